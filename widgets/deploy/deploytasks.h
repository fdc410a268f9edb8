#pragma once

#include "core/error.h"
#include "deploy/deployer.h"
#include "shared/runinbackground.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <QFuture>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace mlwb::widgets::deploy {

using widgets::runInBackground;

// Blocking helpers for worker threads; each opens its own project connection.

// Runs `work` with a Deployer on the project's database.
Status withDeployer(const QString &root,
                    const std::function<Status(mlwb::deploy::Deployer &)> &work);

// Which engine answers, its version, or how to start one.
struct EngineStatus {
    bool found = false;
    QString text;
};
EngineStatus probeEngine();

// "NAME@VERSION" and "NAME@ALIAS" of every registered ONNX version, newest first.
Result<QStringList> deployableRefs(const QString &root);
// The ONNX signature of a registered version (empty when it has none).
Result<QJsonObject> signatureOf(const QString &root, const QString &model, const QString &version);

// A /v1/predict body for a signature: every input with its shape (dynamic
// dimensions as 1) and zeros, or random values in [0, 1) when `random`.
QByteArray exampleRequest(const QJsonObject &signature, bool random);
QString curlExample(const QString &url, const QByteArray &body);

// One deployment (or a replacement of `replaceId`) run on a worker thread of
// its own (it may take minutes; the global pool stays free for short tasks).
// Progress arrives on the GUI thread; cancel() stops it between steps and
// the deployer removes what it made.
class DeployJob : public QObject {
    Q_OBJECT
public:
    explicit DeployJob(QObject *parent = nullptr);
    ~DeployJob() override;

    // `ref` is "NAME@VERSION" or "NAME@ALIAS".
    void start(const QString &root, const QString &ref, qint64 replaceId = 0);
    void cancel();
    bool isRunning() const { return m_running; }
    // The outcome, once finished() was emitted.
    const Result<mlwb::deploy::Deployment> &result() const { return m_result; }

Q_SIGNALS:
    void targetChosen(const mlwb::deploy::TargetChoice &choice);
    void progress(const mlwb::deploy::DeployProgress &progress);
    void finished();

private:
    QThreadPool m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<void> m_future;
    bool m_running = false;
    Result<mlwb::deploy::Deployment> m_result;
};

// Follows the log of one deployment on a worker thread of its own until
// stopped: a follow blocks its thread for as long as the log is shown.
class LogFollower : public QObject {
    Q_OBJECT
public:
    explicit LogFollower(QObject *parent = nullptr);
    ~LogFollower() override;

    void start(const QString &root, qint64 id, bool follow, int tail = 1000);
    void stop();

Q_SIGNALS:
    void line(bool stderrLine, const QString &text);
    void ended(const QString &error);

private:
    QThreadPool m_threads; // the current reader and cancelled ones still ending
    std::shared_ptr<std::atomic_bool> m_cancel;
    QList<QFuture<void>> m_readers; // a cancelled reader may still be ending
    quint64 m_generation = 0;
};

} // namespace mlwb::widgets::deploy
