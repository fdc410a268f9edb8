#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <chrono>

namespace mlwb::itemmodels {

// Notices commits to a project database made by any other connection (other
// threads, other processes such as a training script) by polling
// `PRAGMA data_version` on its own connection on its own thread. changed() is
// delivered on the thread that owns the watcher.
class DataVersionWatcher : public QObject {
    Q_OBJECT
public:
    explicit DataVersionWatcher(const QString &dbPath,
                                std::chrono::milliseconds interval = std::chrono::milliseconds(250),
                                QObject *parent = nullptr);
    ~DataVersionWatcher() override;

Q_SIGNALS:
    void changed();
    // The database could not be opened or polled; polling stops.
    void failed(const mlwb::Error &error);

private:
    QThread m_thread;
};

} // namespace mlwb::itemmodels
