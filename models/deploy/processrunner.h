#pragma once

#include "core/error.h"
#include "engineclient.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>

namespace mlwb::deploy {

struct ServeCommand {
    QString serveBinary;
    QString modelFile;
    QString modelName;
    QString modelVersion;
    int port = 0;
    QString logPath; // stdout and stderr go here
};

// Starts mlwb-serve detached (it outlives the app, like a container does) and
// returns its pid.
Result<qint64> startServeProcess(const ServeCommand &cmd);
bool processAlive(qint64 pid);
// SIGTERM, then SIGKILL after `graceMs`.
Status stopProcess(qint64 pid, int graceMs = 5000);

// CPU (percent of one core, measured over `sample`, like `top`) and resident
// memory of a running process, read from /proc.
Result<ContainerStats>
processStats(qint64 pid, std::chrono::milliseconds sample = std::chrono::milliseconds(250));

// The last `count` lines of a log file.
QStringList tailLines(const QString &path, int count);
// Hands over the lines of a log file; with follow, keeps reading while
// `alive` says so and *cancel is not set.
Status readLogFile(const QString &path, const EngineClient::LogFn &onLine, bool follow, int tail,
                   const std::function<bool()> &alive, const std::atomic_bool *cancel);

} // namespace mlwb::deploy
