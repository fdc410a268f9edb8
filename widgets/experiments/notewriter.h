#pragma once

#include "core/error.h"

#include <QObject>
#include <QThreadPool>

namespace mlwb::widgets::experiments {

// Writes run notes off the GUI thread, one at a time and in order, each on a
// connection of its own; an undo right after an edit never overtakes it.
class NoteWriter : public QObject {
    Q_OBJECT
public:
    explicit NoteWriter(QObject *parent = nullptr);
    ~NoteWriter() override;

    void setDatabasePath(const QString &path) { m_path = path; }
    void write(qint64 runId, const QString &markdown);
    // Waits for queued writes (teardown and tests).
    void waitForDone() { m_pool.waitForDone(); }

Q_SIGNALS:
    void written(qint64 runId, const QString &markdown);
    void failed(const mlwb::Error &error);

private:
    QString m_path;
    QThreadPool m_pool;
};

} // namespace mlwb::widgets::experiments
