#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace httplib {
class Client;
}

namespace mlwb::deploy {

enum class EngineKind { Docker, Podman };
QString engineKindName(EngineKind kind); // "docker" / "podman"

// Where an engine's unix socket was found and why this one.
struct EngineSocket {
    QString path;
    QString source; // e.g. "DOCKER_HOST", "/var/run/docker.sock (Docker's default)"
};

// Candidate sockets in the order they are tried: DOCKER_HOST (unix://…),
// /var/run/docker.sock, $XDG_RUNTIME_DIR/podman/podman.sock, /run/podman/podman.sock.
QList<EngineSocket> engineSocketCandidates();
// The first candidate that exists; an error that says how to start an engine if none.
Result<EngineSocket> findEngineSocket();

struct EngineVersion {
    EngineKind kind = EngineKind::Docker;
    QString version;    // the engine's own version
    QString apiVersion; // e.g. "1.41"
    QString platform;   // Platform.Name
};

struct ContainerSpec {
    QString image;
    QString name; // empty: the engine picks one
    QMap<QString, QString> labels;
    int hostPort = 0; // published on 127.0.0.1
    int containerPort = 8080;
};

struct ContainerState {
    QString id;
    QString status; // created, running, exited, …
    bool running = false;
    int exitCode = 0;
    QString health; // healthy/unhealthy/starting or empty without a health check
    QString error;
    bool tty = false;
    QString image;
    QMap<QString, QString> labels;
    int hostPort = 0; // the 127.0.0.1 port bound to 8080/tcp, 0 if none
};

struct ContainerSummary {
    QString id;
    QString name;
    QString image;
    QString state; // running, exited, …
    QMap<QString, QString> labels;
};

struct ContainerStats {
    double cpuPercent = 0;  // of one CPU × online CPUs, like `docker stats`
    qint64 memoryBytes = 0; // usage minus page cache
    qint64 memoryLimit = 0;
};

struct ImageInfo {
    QString id;
    qint64 size = 0;
    QStringList tags;
};

// A request body produced piece by piece (the build context tar).
struct UploadSource {
    qint64 size = 0;
    // Fills up to `max` bytes; returns the count, or -1 on a read error.
    std::function<qint64(char *buffer, qint64 max)> read;
};

enum class LogStream { Stdout, Stderr };

// The Docker Engine HTTP API (v1.41) over a unix socket; Docker and Podman
// alike. Blocking: use from a worker thread. One client per thread; abort()
// may be called from another thread to end a running build or log follow.
class EngineClient {
public:
    explicit EngineClient(EngineSocket socket);
    ~EngineClient();
    EngineClient(EngineClient &&) noexcept;
    EngineClient &operator=(EngineClient &&) noexcept;

    // Finds a socket (or uses `socketPath`), checks it answers and reads its version.
    static Result<EngineClient> connect(const QString &socketPath = {});

    const EngineSocket &socket() const { return m_socket; }
    // Known after connect() or version().
    const EngineVersion &engineVersion() const { return m_version; }

    Status ping();
    Result<EngineVersion> version();

    using LineFn = std::function<void(const QString &line)>;
    // POST /build with a tar context; each progress line goes to onLine as it
    // arrives. Returns the image id. A build error carries the last log lines.
    Result<QString> buildImage(const UploadSource &context, const QString &tag,
                               const QMap<QString, QString> &labels, const LineFn &onLine,
                               const std::atomic_bool *cancel = nullptr);
    Result<ImageInfo> inspectImage(const QString &idOrName);
    Status removeImage(const QString &idOrName, bool force = false);

    Result<QString> createContainer(const ContainerSpec &spec);
    Status startContainer(const QString &id);
    Status stopContainer(const QString &id, int timeoutSeconds = 10);
    Status removeContainer(const QString &id, bool force = true);
    Result<ContainerState> inspectContainer(const QString &id);
    // Containers (running or not) that carry every label "key=value" given.
    Result<QList<ContainerSummary>> listContainers(const QStringList &labelFilters);
    Result<ContainerStats> stats(const QString &id);

    using LogFn = std::function<void(LogStream stream, const QString &line)>;
    // Log lines (stdout/stderr demultiplexed; TTY streams raw). With follow, runs
    // until the container stops, *cancel becomes true or abort() is called.
    // tail < 0: all lines.
    Status logs(const QString &id, const LogFn &onLine, bool follow = false, int tail = -1,
                const std::atomic_bool *cancel = nullptr);
    // The last `tail` lines of stdout and stderr, in order.
    Result<QStringList> lastLogLines(const QString &id, int tail = 20);

    void abort();

private:
    struct Reply {
        int status = 0;
        QByteArray body;
    };
    Result<Reply> call(const char *method, const QString &path, const QByteArray &body = {},
                       const char *contentType = "application/json");
    Error transportError(const QString &what, int code) const;
    Error httpError(const QString &what, const Reply &reply) const;

    EngineSocket m_socket;
    EngineVersion m_version;
    std::unique_ptr<httplib::Client> m_http;
};

} // namespace mlwb::deploy
