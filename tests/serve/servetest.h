#pragma once

// Helpers for tests of mlwb-serve: fixture paths, a running server binary, JSON.
#include "json.h"

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <httplib.h>

#include <sys/prctl.h>

#include <csignal>

#include <memory>
#include <string>

namespace mlwb::serve::testing {

inline QString onnxFixtures() {
    return QStringLiteral(MLWB_FIXTURES "/onnx/onnx/onnx/backend/test/data");
}

inline QString onnxCase(const QString &relative) {
    return onnxFixtures() + u'/' + relative + QStringLiteral("/model.onnx");
}

inline QString serveBinary() {
    return QStringLiteral(MLWB_BINARY_DIR "/app/serve/mlwb-serve");
}

// The real mlwb-serve binary on a free port of 127.0.0.1.
class ServeProcess {
public:
    ~ServeProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Starts the server and waits for its "listening on http://HOST:PORT" line.
    bool start(const QStringList &args) {
        m_process.setProgram(serveBinary());
        // The server dies with the test, even when the test aborts.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.setArguments(args + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
        m_process.start();
        if (!m_process.waitForStarted())
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(30000))
                return false;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        if (!line.startsWith(QStringLiteral("listening on http://127.0.0.1:")))
            return false;
        m_port = line.section(u':', -1).toInt();
        m_client = std::make_unique<httplib::Client>("127.0.0.1", m_port);
        m_client->set_read_timeout(30, 0);
        m_client->set_tcp_nodelay(true);
        return m_port > 0;
    }

    int port() const { return m_port; }
    httplib::Client &client() { return *m_client; }
    QProcess &process() { return m_process; }

    httplib::Result post(const std::string &path, const std::string &body) {
        return m_client->Post(path, body, "application/json");
    }
    httplib::Result get(const std::string &path) { return m_client->Get(path); }

private:
    QProcess m_process;
    int m_port = 0;
    std::unique_ptr<httplib::Client> m_client;
};

inline QString qs(const std::string &s) {
    return QString::fromStdString(s);
}

} // namespace mlwb::serve::testing
