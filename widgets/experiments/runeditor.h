#pragma once

#include "core/error.h"
#include "tracking/trackingstore.h"

#include <QObject>
#include <QThreadPool>

#include <functional>

namespace mlwb::widgets::experiments {

// Applies edits to runs (tags, trash) off the GUI thread, one at a time and
// in order, each on a connection of its own, so an undo never overtakes the
// edit it reverts.
class RunEditor : public QObject {
    Q_OBJECT
public:
    // What an edit changes: the rows' contents, or which runs a view lists.
    enum class Effect { RowsChanged, MembershipChanged };

    explicit RunEditor(QObject *parent = nullptr);
    ~RunEditor() override;

    void setDatabasePath(const QString &path) { m_path = path; }
    void submit(const QList<qint64> &runIds, Effect effect,
                std::function<Status(tracking::TrackingStore &)> edit);
    // Waits for queued edits (teardown and tests).
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void applied(const QList<qint64> &runIds, mlwb::widgets::experiments::RunEditor::Effect effect);
    void failed(const mlwb::Error &error);

private:
    QString m_path;
    QThreadPool m_pool;
};

} // namespace mlwb::widgets::experiments
