#include "localports.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <httplib.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

struct Fd {
    int fd = -1;
    ~Fd() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

bool portIsFree(int port) {
    Fd s{::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0)};
    if (s.fd < 0)
        return false;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    // Like the server: a port in TIME_WAIT counts as free, a listening one does not.
    const int one = 1;
    ::setsockopt(s.fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    return ::bind(s.fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
}

Result<int> nextFreePort(int from, int count) {
    for (int p = from; p < from + count && p < 65536; ++p)
        if (portIsFree(p))
            return p;
    return fail(tr("find a free port"),
                tr("ports %1 to %2 on 127.0.0.1 are all taken").arg(from).arg(from + count - 1),
                tr("stop some deployments or give --port"));
}

bool healthReady(int port) {
    httplib::Client cli("127.0.0.1", port);
    cli.set_connection_timeout(0, 300'000);
    cli.set_read_timeout(1, 0);
    const auto res = cli.Get("/v2/health/ready");
    return res && res->status == 200;
}

Status waitHealthy(int port, std::chrono::milliseconds timeout,
                   const std::function<Status()> &stillAlive, const std::atomic_bool *cancel) {
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        if (cancel && cancel->load())
            return fail(tr("wait for the endpoint on port %1").arg(port), tr("cancelled"));
        if (healthReady(port))
            return {};
        if (stillAlive)
            MLWB_TRY(stillAlive());
        if (clock.elapsed() > timeout.count())
            return fail(tr("wait for the endpoint on port %1").arg(port),
                        tr("GET /v2/health/ready did not answer 200 within %1 s")
                            .arg(double(timeout.count()) / 1000.0),
                        tr("see the deployment's logs; a large model may need a longer timeout"));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

} // namespace mlwb::deploy
