#pragma once

#include <sys/types.h>

namespace mlwb::cli {

// While alive, SIGINT and SIGTERM sent to this process by another process
// (kill, a scheduler) are passed on to `child`. A Ctrl+C at the terminal
// already reaches the child through its process group and is not sent twice.
class SignalForwarder {
public:
    explicit SignalForwarder(pid_t child);
    ~SignalForwarder();
    SignalForwarder(const SignalForwarder &) = delete;
    SignalForwarder &operator=(const SignalForwarder &) = delete;

    // True once SIGINT or SIGTERM arrived, from anywhere.
    static bool interrupted();
};

} // namespace mlwb::cli
