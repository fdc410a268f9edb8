#include "engineclient.h"

#include "enginestreams.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <httplib.h>

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr char kApi[] = "/v1.41";
constexpr int kMaxErrorLogLines = 20;

QString startHint() {
    return tr("start an engine: `systemctl --user start podman.socket` (Podman) or start "
              "Docker (`sudo systemctl start docker`), or set DOCKER_HOST=unix:///path/to/sock");
}

QString permissionHint(const QString &path) {
    return tr("allow your user to use %1: add it to the `docker` group "
              "(`sudo usermod -aG docker $USER`, then log in again) or use your own Podman "
              "socket (`systemctl --user start podman.socket`)")
        .arg(path);
}

QMap<QString, QString> toLabelMap(const QJsonValue &value) {
    QMap<QString, QString> labels;
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

QJsonObject labelsToJson(const QMap<QString, QString> &labels) {
    QJsonObject obj;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        obj.insert(it.key(), it.value());
    return obj;
}

std::string pathOf(const QString &path) {
    return (QLatin1String(kApi) + path).toStdString();
}

QString enc(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QJsonObject parseObject(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

} // namespace

QString engineKindName(EngineKind kind) {
    return kind == EngineKind::Podman ? QStringLiteral("podman") : QStringLiteral("docker");
}

QList<EngineSocket> engineSocketCandidates() {
    QList<EngineSocket> out;
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (host.startsWith(QStringLiteral("unix://")))
        out.append({host.mid(7), QStringLiteral("DOCKER_HOST")});
    out.append({QStringLiteral("/var/run/docker.sock"), tr("Docker's default socket")});
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty())
        out.append({runtime + QStringLiteral("/podman/podman.sock"), tr("your Podman socket")});
    out.append({QStringLiteral("/run/podman/podman.sock"), tr("the system Podman socket")});
    return out;
}

Result<EngineSocket> findEngineSocket() {
    const QString host = qEnvironmentVariable("DOCKER_HOST");
    if (!host.isEmpty() && !host.startsWith(QStringLiteral("unix://")))
        return fail(tr("find a container engine"),
                    tr("DOCKER_HOST=%1 is not a unix socket (unix://PATH)").arg(host),
                    tr("set DOCKER_HOST=unix:///path/to/engine.sock or unset it"));
    QStringList tried;
    for (const EngineSocket &candidate : engineSocketCandidates()) {
        if (QFileInfo::exists(candidate.path))
            return candidate;
        tried.append(candidate.path);
    }
    return fail(tr("find a container engine"),
                tr("no engine socket at %1").arg(tried.join(QStringLiteral(", "))), startHint());
}

EngineClient::EngineClient(EngineSocket socket)
    : m_socket(std::move(socket))
    , m_http(std::make_unique<httplib::Client>(m_socket.path.toStdString())) {
    m_http->set_address_family(AF_UNIX);
    // Podman refuses the socket path as Host header.
    m_http->set_default_headers({{"Host", "localhost"}});
    m_http->set_connection_timeout(5, 0);
    m_http->set_read_timeout(300, 0);
    m_http->set_write_timeout(300, 0);
}

EngineClient::~EngineClient() = default;
EngineClient::EngineClient(EngineClient &&) noexcept = default;
EngineClient &EngineClient::operator=(EngineClient &&) noexcept = default;

Result<EngineClient> EngineClient::connect(const QString &socketPath) {
    EngineSocket socket;
    if (socketPath.isEmpty()) {
        MLWB_ASSIGN_OR_RETURN(socket, findEngineSocket());
    } else {
        socket = {socketPath, tr("given")};
    }
    EngineClient client(socket);
    MLWB_TRY(client.version());
    return client;
}

void EngineClient::abort() {
    m_http->stop();
}

Error EngineClient::transportError(const QString &what, int code) const {
    const QString path = m_socket.path;
    if (!QFileInfo::exists(path))
        return Error{what, tr("no engine socket at %1 (found from %2)").arg(path, m_socket.source),
                     startHint()};
    if (::access(path.toLocal8Bit().constData(), R_OK | W_OK) != 0 && errno == EACCES)
        return Error{what, tr("permission denied on %1").arg(path), permissionHint(path)};
    const auto err = static_cast<httplib::Error>(code);
    if (err == httplib::Error::Connection)
        return Error{what, tr("the engine does not answer on %1 (not running?)").arg(path),
                     startHint()};
    return Error{what, tr("%1 on %2").arg(QString::fromStdString(httplib::to_string(err)), path),
                 tr("check that the engine is running")};
}

Error EngineClient::httpError(const QString &what, const Reply &reply) const {
    QString message = parseObject(reply.body).value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(reply.body.left(500)).trimmed();
    return Error{what, tr("engine answered %1: %2").arg(reply.status).arg(message), {}};
}

Result<EngineClient::Reply> EngineClient::call(const char *method, const QString &path,
                                               const QByteArray &body, const char *contentType) {
    httplib::Request req;
    req.method = method;
    req.path = pathOf(path);
    if (!body.isEmpty() || std::string_view(method) == "POST") {
        req.body = body.toStdString();
        req.set_header("Content-Type", contentType);
    }
    httplib::Response res;
    httplib::Error err = httplib::Error::Success;
    const QString what = QStringLiteral("%1 %2").arg(QLatin1String(method), path);
    if (!m_http->send(req, res, err))
        return std::unexpected(transportError(what, int(err)));
    return Reply{res.status, QByteArray::fromStdString(res.body)};
}

Status EngineClient::ping() {
    MLWB_ASSIGN_OR_RETURN(const Reply reply, call("GET", QStringLiteral("/_ping")));
    if (reply.status != 200)
        return std::unexpected(httpError(tr("ping the engine"), reply));
    return {};
}

Result<EngineVersion> EngineClient::version() {
    MLWB_ASSIGN_OR_RETURN(const Reply reply, call("GET", QStringLiteral("/version")));
    if (reply.status != 200)
        return std::unexpected(httpError(tr("read the engine version"), reply));
    const QJsonObject obj = parseObject(reply.body);
    EngineVersion v;
    v.version = obj.value(QStringLiteral("Version")).toString();
    v.apiVersion = obj.value(QStringLiteral("ApiVersion")).toString();
    v.platform =
        obj.value(QStringLiteral("Platform")).toObject().value(QStringLiteral("Name")).toString();
    bool podman = v.platform.contains(QStringLiteral("podman"), Qt::CaseInsensitive);
    for (const QJsonValue &c : obj.value(QStringLiteral("Components")).toArray()) {
        const QString name = c.toObject().value(QStringLiteral("Name")).toString();
        if (name.contains(QStringLiteral("Podman"), Qt::CaseInsensitive)) {
            podman = true;
            if (v.version.isEmpty())
                v.version = c.toObject().value(QStringLiteral("Version")).toString();
        }
    }
    v.kind = podman ? EngineKind::Podman : EngineKind::Docker;
    m_version = v;
    return v;
}

Result<QString> EngineClient::buildImage(const UploadSource &context, const QString &tag,
                                         const QMap<QString, QString> &labels, const LineFn &onLine,
                                         const std::atomic_bool *cancel) {
    const QString what = tr("build image %1").arg(tag);
    const QString labelJson =
        QString::fromUtf8(QJsonDocument(labelsToJson(labels)).toJson(QJsonDocument::Compact));
    httplib::Request req;
    req.method = "POST";
    req.path = pathOf(
        QStringLiteral("/build?t=%1&labels=%2&rm=1&forcerm=1").arg(enc(tag), enc(labelJson)));
    req.set_header("Content-Type", "application/x-tar");
    req.content_length_ = size_t(context.size);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 sent = 0;
    bool readFailed = false;
    req.content_provider_ = [&](size_t offset, size_t length, httplib::DataSink &sink) {
        if (cancel && cancel->load())
            return false;
        if (qint64(offset) != sent)
            return false;
        const qint64 n = context.read(buffer.data(), qMin<qint64>(buffer.size(), qint64(length)));
        if (n <= 0) {
            readFailed = true;
            return false;
        }
        sent += n;
        return sink.write(buffer.constData(), size_t(n));
    };

    QStringList recent;
    QString buildError;
    QByteArray rawBody;
    JsonLineSplitter splitter([&](const QJsonObject &obj, qint64) {
        const BuildLine line = parseBuildLine(obj);
        if (!line.error.isEmpty())
            buildError = line.error;
        const QString text = line.error.isEmpty() ? line.text : line.error;
        for (const QString &piece : text.split(QLatin1Char('\n'))) {
            if (piece.trimmed().isEmpty())
                continue;
            recent.append(piece);
            if (recent.size() > kMaxErrorLogLines)
                recent.removeFirst();
            if (onLine)
                onLine(piece);
        }
    });
    req.content_receiver = [&](const char *data, size_t size, uint64_t, uint64_t) {
        if (rawBody.size() < 4096)
            rawBody.append(data, qsizetype(qMin<size_t>(size, 4096)));
        splitter.feed(data, qsizetype(size));
        return !(cancel && cancel->load());
    };
    httplib::Response res;
    httplib::Error err = httplib::Error::Success;
    const bool ok = m_http->send(req, res, err);
    splitter.finish();
    if (cancel && cancel->load())
        return fail(what, tr("cancelled"));
    if (readFailed)
        return fail(what, tr("could not read the build context"), tr("check the context files"));
    if (!ok)
        return std::unexpected(transportError(what, int(err)));
    if (res.status >= 400) {
        QString message = parseObject(rawBody).value(QStringLiteral("message")).toString();
        if (message.isEmpty())
            message = buildError.isEmpty() ? QString::fromUtf8(rawBody.left(500)) : buildError;
        return fail(what, tr("engine answered %1: %2").arg(res.status).arg(message),
                    recent.isEmpty() ? QString()
                                     : tr("build log:\n%1").arg(recent.join(QLatin1Char('\n'))));
    }
    if (!buildError.isEmpty())
        return fail(what, buildError, tr("build log:\n%1").arg(recent.join(QLatin1Char('\n'))));
    MLWB_ASSIGN_OR_RETURN(const ImageInfo image, inspectImage(tag));
    return image.id;
}

Result<ImageInfo> EngineClient::inspectImage(const QString &idOrName) {
    MLWB_ASSIGN_OR_RETURN(const Reply reply,
                          call("GET", QStringLiteral("/images/%1/json").arg(enc(idOrName))));
    if (reply.status != 200)
        return std::unexpected(httpError(tr("inspect image %1").arg(idOrName), reply));
    const QJsonObject obj = parseObject(reply.body);
    ImageInfo info;
    info.id = obj.value(QStringLiteral("Id")).toString();
    info.size = qint64(obj.value(QStringLiteral("Size")).toDouble());
    for (const QJsonValue &t : obj.value(QStringLiteral("RepoTags")).toArray())
        info.tags.append(t.toString());
    return info;
}

Status EngineClient::removeImage(const QString &idOrName, bool force) {
    MLWB_ASSIGN_OR_RETURN(
        const Reply reply,
        call("DELETE", QStringLiteral("/images/%1?force=%2")
                           .arg(enc(idOrName), force ? QStringLiteral("1") : QStringLiteral("0"))));
    if (reply.status >= 300)
        return std::unexpected(httpError(tr("remove image %1").arg(idOrName), reply));
    return {};
}

Result<QString> EngineClient::createContainer(const ContainerSpec &spec) {
    const QString port = QStringLiteral("%1/tcp").arg(spec.containerPort);
    QJsonObject body{{QStringLiteral("Image"), spec.image},
                     {QStringLiteral("Labels"), labelsToJson(spec.labels)},
                     {QStringLiteral("ExposedPorts"), QJsonObject{{port, QJsonObject{}}}}};
    QJsonObject host;
    if (spec.hostPort > 0) {
        const QJsonArray binding{
            QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("127.0.0.1")},
                        {QStringLiteral("HostPort"), QString::number(spec.hostPort)}}};
        host.insert(QStringLiteral("PortBindings"), QJsonObject{{port, binding}});
    }
    body.insert(QStringLiteral("HostConfig"), host);
    QString path = QStringLiteral("/containers/create");
    if (!spec.name.isEmpty())
        path += QStringLiteral("?name=") + enc(spec.name);
    MLWB_ASSIGN_OR_RETURN(const Reply reply,
                          call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    if (reply.status != 201 && reply.status != 200)
        return std::unexpected(httpError(tr("create container from %1").arg(spec.image), reply));
    return parseObject(reply.body).value(QStringLiteral("Id")).toString();
}

Status EngineClient::startContainer(const QString &id) {
    MLWB_ASSIGN_OR_RETURN(const Reply reply,
                          call("POST", QStringLiteral("/containers/%1/start").arg(id)));
    if (reply.status != 204 && reply.status != 304 && reply.status != 200)
        return std::unexpected(httpError(tr("start container %1").arg(id.left(12)), reply));
    return {};
}

Status EngineClient::stopContainer(const QString &id, int timeoutSeconds) {
    MLWB_ASSIGN_OR_RETURN(
        const Reply reply,
        call("POST", QStringLiteral("/containers/%1/stop?t=%2").arg(id).arg(timeoutSeconds)));
    if (reply.status != 204 && reply.status != 304 && reply.status != 200)
        return std::unexpected(httpError(tr("stop container %1").arg(id.left(12)), reply));
    return {};
}

Status EngineClient::removeContainer(const QString &id, bool force) {
    MLWB_ASSIGN_OR_RETURN(
        const Reply reply,
        call("DELETE", QStringLiteral("/containers/%1?force=%2&v=1")
                           .arg(id, force ? QStringLiteral("1") : QStringLiteral("0"))));
    if (reply.status >= 300)
        return std::unexpected(httpError(tr("remove container %1").arg(id.left(12)), reply));
    return {};
}

Result<ContainerState> EngineClient::inspectContainer(const QString &id) {
    MLWB_ASSIGN_OR_RETURN(const Reply reply,
                          call("GET", QStringLiteral("/containers/%1/json").arg(id)));
    if (reply.status != 200)
        return std::unexpected(httpError(tr("inspect container %1").arg(id.left(12)), reply));
    const QJsonObject obj = parseObject(reply.body);
    const QJsonObject state = obj.value(QStringLiteral("State")).toObject();
    const QJsonObject config = obj.value(QStringLiteral("Config")).toObject();
    ContainerState s;
    s.id = obj.value(QStringLiteral("Id")).toString();
    s.status = state.value(QStringLiteral("Status")).toString();
    s.running = state.value(QStringLiteral("Running")).toBool();
    s.exitCode = state.value(QStringLiteral("ExitCode")).toInt();
    s.health =
        state.value(QStringLiteral("Health")).toObject().value(QStringLiteral("Status")).toString();
    s.error = state.value(QStringLiteral("Error")).toString();
    s.tty = config.value(QStringLiteral("Tty")).toBool();
    s.image = config.value(QStringLiteral("Image")).toString();
    s.labels = toLabelMap(config.value(QStringLiteral("Labels")));
    const QJsonObject ports = obj.value(QStringLiteral("NetworkSettings"))
                                  .toObject()
                                  .value(QStringLiteral("Ports"))
                                  .toObject();
    for (const QJsonValue &b : ports.value(QStringLiteral("8080/tcp")).toArray()) {
        s.hostPort = b.toObject().value(QStringLiteral("HostPort")).toString().toInt();
        if (s.hostPort > 0)
            break;
    }
    return s;
}

Result<QList<ContainerSummary>> EngineClient::listContainers(const QStringList &labelFilters) {
    const QJsonObject filters{{QStringLiteral("label"), QJsonArray::fromStringList(labelFilters)}};
    const QString f = QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact));
    MLWB_ASSIGN_OR_RETURN(
        const Reply reply,
        call("GET", QStringLiteral("/containers/json?all=1&filters=%1").arg(enc(f))));
    if (reply.status != 200)
        return std::unexpected(httpError(tr("list containers"), reply));
    QList<ContainerSummary> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(reply.body).array()) {
        const QJsonObject o = v.toObject();
        ContainerSummary c;
        c.id = o.value(QStringLiteral("Id")).toString();
        const QJsonArray names = o.value(QStringLiteral("Names")).toArray();
        c.name = names.isEmpty() ? QString() : names.first().toString().remove(0, 1);
        c.image = o.value(QStringLiteral("Image")).toString();
        c.state = o.value(QStringLiteral("State")).toString();
        c.labels = toLabelMap(o.value(QStringLiteral("Labels")));
        out.append(c);
    }
    return out;
}

Result<ContainerStats> EngineClient::stats(const QString &id) {
    MLWB_ASSIGN_OR_RETURN(const Reply reply,
                          call("GET", QStringLiteral("/containers/%1/stats?stream=false").arg(id)));
    if (reply.status != 200)
        return std::unexpected(httpError(tr("read stats of container %1").arg(id.left(12)), reply));
    const QJsonObject obj = parseObject(reply.body);
    const auto num = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toDouble();
    };
    const QJsonObject cpu = obj.value(QStringLiteral("cpu_stats")).toObject();
    const QJsonObject pre = obj.value(QStringLiteral("precpu_stats")).toObject();
    const double cpuDelta = num(cpu.value(QStringLiteral("cpu_usage")).toObject(), "total_usage") -
                            num(pre.value(QStringLiteral("cpu_usage")).toObject(), "total_usage");
    const double systemDelta = num(cpu, "system_cpu_usage") - num(pre, "system_cpu_usage");
    double cpus = num(cpu, "online_cpus");
    if (cpus <= 0)
        cpus = cpu.value(QStringLiteral("cpu_usage"))
                   .toObject()
                   .value(QStringLiteral("percpu_usage"))
                   .toArray()
                   .size();
    if (cpus <= 0)
        cpus = 1;
    ContainerStats s;
    if (cpuDelta > 0 && systemDelta > 0)
        s.cpuPercent = cpuDelta / systemDelta * cpus * 100.0;
    const QJsonObject mem = obj.value(QStringLiteral("memory_stats")).toObject();
    const QJsonObject memDetail = mem.value(QStringLiteral("stats")).toObject();
    double cache = num(memDetail, "cache");
    if (cache <= 0)
        cache = num(memDetail, "inactive_file");
    if (cache <= 0)
        cache = num(memDetail, "total_inactive_file");
    const double usage = num(mem, "usage");
    s.memoryBytes = qint64(usage > cache ? usage - cache : usage);
    s.memoryLimit = qint64(num(mem, "limit"));
    return s;
}

Status EngineClient::logs(const QString &id, const LogFn &onLine, bool follow, int tail,
                          const std::atomic_bool *cancel) {
    LogDemuxer::Mode mode = LogDemuxer::Mode::Auto;
    if (auto state = inspectContainer(id))
        mode = state->tty ? LogDemuxer::Mode::Raw : LogDemuxer::Mode::Framed;
    else
        return std::unexpected(state.error());
    LineBuffer out;
    LineBuffer err;
    LogDemuxer demux(
        [&](LogDemuxer::Stream stream, const QByteArray &bytes) {
            const bool isErr = stream == LogDemuxer::Stream::Stderr;
            for (const QString &line : (isErr ? err : out).append(bytes))
                onLine(isErr ? LogStream::Stderr : LogStream::Stdout, line);
        },
        mode);
    int status = 0;
    QByteArray errorBody;
    bool ok = false;
    httplib::Error failure = httplib::Error::Success;
    for (int round = 0;; ++round) {
        // A quiet follow ends in a read timeout; go on from where it was (tail=0).
        const QString path =
            QStringLiteral("/containers/%1/logs?stdout=1&stderr=1&follow=%2&tail=%3")
                .arg(id, follow ? QStringLiteral("1") : QStringLiteral("0"),
                     round > 0  ? QStringLiteral("0")
                     : tail < 0 ? QStringLiteral("all")
                                : QString::number(tail));
        auto result = m_http->Get(
            pathOf(path), httplib::Headers{},
            [&](const httplib::Response &res) {
                status = res.status;
                return true;
            },
            [&](const char *data, size_t size) {
                if (status >= 400)
                    errorBody.append(data, qsizetype(size));
                else
                    demux.feed(data, qsizetype(size));
                return !(cancel && cancel->load());
            });
        ok = bool(result);
        failure = result.error();
        const bool quiet = !ok && failure == httplib::Error::Read;
        if (!follow || !quiet || (cancel && cancel->load()))
            break;
        auto state = inspectContainer(id);
        if (!state || !state->running)
            break;
    }
    if (!out.rest().isEmpty())
        onLine(LogStream::Stdout, out.rest());
    if (!err.rest().isEmpty())
        onLine(LogStream::Stderr, err.rest());
    if (cancel && cancel->load())
        return {};
    const QString what = tr("read logs of container %1").arg(id.left(12));
    if (!ok) {
        if (failure == httplib::Error::Canceled || (follow && failure == httplib::Error::Read))
            return {}; // cancelled, or the followed container stopped while quiet
        return std::unexpected(transportError(what, int(failure)));
    }
    if (status >= 400)
        return std::unexpected(httpError(what, Reply{status, errorBody}));
    return {};
}

Result<QStringList> EngineClient::lastLogLines(const QString &id, int tail) {
    QStringList lines;
    MLWB_TRY(logs(
        id, [&](LogStream, const QString &line) { lines.append(line); }, false, tail));
    return lines;
}

} // namespace mlwb::deploy
