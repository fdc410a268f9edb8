#include "runeditor.h"

#include "store/database.h"

namespace mlwb::widgets::experiments {

RunEditor::RunEditor(QObject *parent)
    : QObject(parent) {
    qRegisterMetaType<RunEditor::Effect>();
    m_pool.setMaxThreadCount(1);
}

RunEditor::~RunEditor() {
    m_pool.waitForDone();
}

void RunEditor::submit(const QList<qint64> &runIds, Effect effect,
                       std::function<Status(tracking::TrackingStore &)> edit) {
    const QString path = m_path;
    m_pool.start([this, path, runIds, effect, edit = std::move(edit)] {
        Status st = [&]() -> Status {
            MLWB_ASSIGN_OR_RETURN(store::Database db, store::Database::open(path));
            tracking::TrackingStore store(db);
            return edit(store);
        }();
        // Signals cross to the GUI thread queued; the destructor waits for this task.
        if (st)
            Q_EMIT applied(runIds, effect);
        else
            Q_EMIT failed(st.error());
    });
}

} // namespace mlwb::widgets::experiments
