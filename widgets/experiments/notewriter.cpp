#include "notewriter.h"

#include "store/database.h"
#include "tracking/trackingstore.h"

namespace mlwb::widgets::experiments {

NoteWriter::NoteWriter(QObject *parent)
    : QObject(parent) {
    m_pool.setMaxThreadCount(1);
}

NoteWriter::~NoteWriter() {
    m_pool.waitForDone();
}

void NoteWriter::write(qint64 runId, const QString &markdown) {
    const QString path = m_path;
    m_pool.start([this, path, runId, markdown] {
        Status st = [&]() -> Status {
            MLWB_ASSIGN_OR_RETURN(store::Database db, store::Database::open(path));
            tracking::TrackingStore store(db);
            return store.setNote(runId, markdown);
        }();
        // Signals cross to the GUI thread queued; the destructor waits for this task.
        if (st)
            Q_EMIT written(runId, markdown);
        else
            Q_EMIT failed(st.error());
    });
}

} // namespace mlwb::widgets::experiments
