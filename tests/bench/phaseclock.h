#pragma once

// Wall and CPU time of one benchmark phase. On a loaded machine the wall time includes
// waiting for a core; the CPU time (all threads of the process, user + system) does not, so
// the report shows both.

#include <QElapsedTimer>
#include <QString>

#include <sys/resource.h>

namespace mlwb::bench {

class PhaseClock {
public:
    PhaseClock() { restart(); }

    void restart() {
        m_cpuStart = processCpuMs();
        m_wall.start();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return processCpuMs() - m_cpuStart; }

    static double processCpuMs() {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + t.tv_usec / 1e3; };
        return ms(usage.ru_utime) + ms(usage.ru_stime);
    }

private:
    QElapsedTimer m_wall;
    double m_cpuStart = 0;
};

// One measured phase: wall and CPU milliseconds.
struct Timing {
    double wall = 0;
    double cpu = 0;

    static Timing of(const PhaseClock &c) { return {c.wallMs(), c.cpuMs()}; }
    // The slower of two runs of a phase (by wall time).
    Timing max(const Timing &o) const { return o.wall > wall ? o : *this; }
    Timing min(const Timing &o) const { return o.wall < wall ? o : *this; }
    Timing scaled(double f) const { return {wall * f, cpu * f}; }
};

inline QString formatMs(double ms) {
    return ms >= 10'000 ? QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1)
                        : QStringLiteral("%1 ms").arg(ms, 0, 'f', ms < 100 ? 1 : 0);
}

// "12.3 ms (CPU 9.8 ms)"
inline QString formatTiming(const Timing &t) {
    return QStringLiteral("%1 (CPU %2)").arg(formatMs(t.wall), formatMs(t.cpu));
}

} // namespace mlwb::bench
