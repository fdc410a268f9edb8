#include "signalforwarder.h"

#include <atomic>
#include <csignal>

namespace mlwb::cli {

namespace {

std::atomic<pid_t> g_child{0};
std::atomic<bool> g_interrupted{false};
struct sigaction g_oldInt;
struct sigaction g_oldTerm;

void forward(int sig, siginfo_t *info, void *) {
    g_interrupted.store(true);
    const pid_t child = g_child.load();
    // SI_KERNEL: typed at the terminal, the child got it too.
    if (child > 0 && (!info || info->si_code != SI_KERNEL))
        ::kill(child, sig);
}

} // namespace

SignalForwarder::SignalForwarder(pid_t child) {
    g_child.store(child);
    g_interrupted.store(false);
    struct sigaction sa = {};
    sa.sa_sigaction = forward;
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &g_oldInt);
    sigaction(SIGTERM, &sa, &g_oldTerm);
}

SignalForwarder::~SignalForwarder() {
    sigaction(SIGINT, &g_oldInt, nullptr);
    sigaction(SIGTERM, &g_oldTerm, nullptr);
    g_child.store(0);
}

bool SignalForwarder::interrupted() {
    return g_interrupted.load();
}

} // namespace mlwb::cli
