#include "processrunner.h"

#include "enginestreams.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <csignal>
#include <optional>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// utime + stime of a process in clock ticks: fields 14 and 15 of /proc/PID/stat.
std::optional<qint64> cpuTicks(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = f.readAll();
    // Field 2, the command name, is in parentheses and may hold spaces.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 13) // fields[0] is field 3
        return std::nullopt;
    return fields[11].toLongLong() + fields[12].toLongLong();
}

// A pidfd: readable once the process has ended, child of ours or not.
// A file descriptor closed when it goes; -1 when it could not be had.
struct OwnedFd {
    int fd;
    explicit OwnedFd(int f)
        : fd(f) {}
    ~OwnedFd() {
        if (fd >= 0)
            ::close(fd);
    }
    OwnedFd(OwnedFd &&other) noexcept
        : fd(std::exchange(other.fd, -1)) {}
    OwnedFd(const OwnedFd &) = delete;
    OwnedFd &operator=(const OwnedFd &) = delete;
};

// Readable when the process has ended (Linux 5.3 and later).
OwnedFd pidFd(qint64 pid) {
    return OwnedFd(int(::syscall(SYS_pidfd_open, pid_t(pid), 0)));
}

// Readable when `path` is written to.
OwnedFd writesTo(const QString &path) {
    OwnedFd fd(::inotify_init1(IN_CLOEXEC | IN_NONBLOCK));
    if (fd.fd >= 0 &&
        ::inotify_add_watch(fd.fd, QFile::encodeName(path).constData(), IN_MODIFY) < 0)
        return OwnedFd(-1);
    return fd;
}

// Waits up to `ms` for `fd` to become readable, then takes what it holds.
void waitReadable(const OwnedFd &fd, int ms) {
    pollfd p{fd.fd, POLLIN, 0};
    if (::poll(&p, 1, ms) > 0) {
        char events[4096];
        while (::read(fd.fd, events, sizeof events) > 0) {
        }
    }
}

// True once `pid` has ended, waiting at most `ms` for it.
bool waitForExit(qint64 pid, int ms) {
    QElapsedTimer clock;
    clock.start();
    const OwnedFd pidfd = pidFd(pid);
    while (processAlive(pid)) {
        const qint64 left = ms - clock.elapsed();
        if (left <= 0)
            return false;
        if (pidfd.fd >= 0) {
            pollfd p{pidfd.fd, POLLIN, 0};
            ::poll(&p, 1, int(left)); // woken by the exit; EINTR loops
        } else {                      // a kernel without pidfd_open (before 5.3)
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min<qint64>(left, 20)));
        }
    }
    return true;
}

} // namespace

Result<qint64> startServeProcess(const ServeCommand &cmd) {
    const QString what = tr("start mlwb-serve for %1@%2").arg(cmd.modelName, cmd.modelVersion);
    QDir().mkpath(QFileInfo(cmd.logPath).absolutePath());
    {
        QFile log(cmd.logPath);
        if (!log.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(what, tr("cannot write %1: %2").arg(cmd.logPath, log.errorString()));
    }
    QProcess p;
    p.setProgram(cmd.serveBinary);
    p.setArguments({QStringLiteral("--model"), cmd.modelFile, QStringLiteral("--name"),
                    cmd.modelName, QStringLiteral("--version"), cmd.modelVersion,
                    QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                    QString::number(cmd.port)});
    p.setStandardOutputFile(cmd.logPath, QIODevice::Append);
    p.setStandardErrorFile(cmd.logPath, QIODevice::Append);
    p.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!p.startDetached(&pid))
        return fail(what, p.errorString(), tr("check that %1 runs").arg(cmd.serveBinary));
    return pid;
}

bool processAlive(qint64 pid) {
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    // A zombie still answers kill(0); its /proc state says Z.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        if (close > 0 && close + 2 < s.size() && s.at(close + 2) == 'Z')
            return false;
    }
    return true;
}

Status stopProcess(qint64 pid, int graceMs) {
    if (!processAlive(pid))
        return {};
    if (::kill(pid_t(pid), SIGTERM) != 0)
        return fail(tr("stop process %1").arg(pid), QString::fromLocal8Bit(strerror(errno)));
    if (!waitForExit(pid, graceMs))
        ::kill(pid_t(pid), SIGKILL);
    return {};
}

Result<ContainerStats> processStats(qint64 pid, std::chrono::milliseconds sample) {
    const QString what = tr("read the CPU and memory of process %1").arg(pid);
    QElapsedTimer clock;
    clock.start();
    const std::optional<qint64> before = cpuTicks(pid);
    if (!before || !processAlive(pid))
        return fail(what, tr("it is not running"), tr("restart or redeploy it"));
    std::this_thread::sleep_for(sample);
    const std::optional<qint64> after = cpuTicks(pid);
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!after || !statm.open(QIODevice::ReadOnly))
        return fail(what, tr("it ended while it was measured"));
    const QList<QByteArray> pages = statm.readAll().split(' ');
    ContainerStats s;
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    s.cpuPercent = 100.0 * double(*after - *before) / double(::sysconf(_SC_CLK_TCK)) / seconds;
    s.memoryBytes = pages.size() > 1 ? pages[1].toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
    return s;
}

QStringList tailLines(const QString &path, int count) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const qint64 keep = 64 * 1024;
    if (f.size() > keep)
        f.seek(f.size() - keep);
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.mid(qMax(0, int(lines.size()) - count));
}

Status readLogFile(const QString &path, const EngineClient::LogFn &onLine, bool follow, int tail,
                   const std::function<bool()> &alive, const std::atomic_bool *cancel) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("read log %1").arg(path), f.errorString());
    if (tail >= 0) {
        for (const QString &line : tailLines(path, tail))
            onLine(LogStream::Stdout, line);
        f.seek(f.size());
    }
    LineBuffer lines;
    const OwnedFd written = follow ? writesTo(path) : OwnedFd(-1);
    for (;;) {
        const QByteArray chunk = f.readAll();
        for (const QString &line : lines.append(chunk))
            onLine(LogStream::Stdout, line);
        if (!follow || (cancel && cancel->load()))
            break;
        if (chunk.isEmpty()) {
            if (alive && !alive())
                break;
            // Woken by a write at once; the timeout is for the checks above.
            if (written.fd >= 0)
                waitReadable(written, 200);
            else
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    if (!lines.rest().isEmpty())
        onLine(LogStream::Stdout, lines.rest());
    return {};
}

} // namespace mlwb::deploy
