#pragma once

#include "core/error.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>

namespace mlwb::deploy {

// True when nothing listens on 127.0.0.1:port (we could bind it).
bool portIsFree(int port);
// The first free port on 127.0.0.1 from `from` on.
Result<int> nextFreePort(int from = 8080, int count = 200);

// Polls GET http://127.0.0.1:PORT/v2/health/ready until it answers 200.
// `stillAlive` is asked between polls; when it returns an error that error is
// returned at once (e.g. the container exited). Cancels when *cancel is set.
Status waitHealthy(int port, std::chrono::milliseconds timeout,
                   const std::function<Status()> &stillAlive,
                   const std::atomic_bool *cancel = nullptr);

// One GET of the health endpoint: true on 200.
bool healthReady(int port);

} // namespace mlwb::deploy
