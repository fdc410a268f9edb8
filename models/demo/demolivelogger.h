#pragma once

#include "core/error.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>

namespace mlwb::demo {

// Keeps the demo's running run alive: a worker thread with its own database
// connection appends the next few training steps (and epoch metrics when an
// epoch ends) every `interval`, continuing the run's stored curves. Marks the
// run finished when its last step is reached.
class DemoLiveLogger {
public:
    DemoLiveLogger(QString projectRoot, qint64 runId,
                   std::chrono::milliseconds interval = std::chrono::milliseconds(200),
                   int stepsPerTick = 5);
    ~DemoLiveLogger(); // stops
    DemoLiveLogger(const DemoLiveLogger &) = delete;
    DemoLiveLogger &operator=(const DemoLiveLogger &) = delete;

    void start(); // returns at once; errors show up in error()
    void stop();  // waits for the current tick's write to finish
    bool isRunning() const { return m_running; }
    qint64 stepsLogged() const { return m_steps; }
    std::optional<Error> error() const;

private:
    Status work(std::stop_token stop);
    void setError(Error e);

    QString m_root;
    qint64 m_runId;
    std::chrono::milliseconds m_interval;
    int m_stepsPerTick;
    std::atomic<bool> m_running{false};
    std::atomic<qint64> m_steps{0};
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::optional<Error> m_error;
    std::jthread m_thread; // last: joined before the members it uses go away
};

} // namespace mlwb::demo
