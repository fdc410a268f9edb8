#pragma once

#include "core/error.h"
#include "deployments.h"
#include "engineclient.h"
#include "store/database.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace mlwb::deploy {

enum class Stage { Context, Build, Start, Health, Done };
QString stageName(Stage stage);

// What the panel shows while a deployment goes on.
struct DeployProgress {
    Stage stage = Stage::Context;
    QString message;
    bool logLine = false; // a line of the build log rather than a stage step
};
using ProgressFn = std::function<void(const DeployProgress &)>;

struct DeployRequest {
    QString modelFile;
    QString modelName;
    QString modelVersion;
    QString modelHash;            // computed from modelFile when empty
    std::optional<Target> target; // empty: an engine when found, else a process
    int port = 0;                 // 0: the next free port from 8080
    QString engineSocket;         // empty: found like `docker` does
    QString serveBinary;          // empty: findServeBinary()
    std::chrono::milliseconds healthTimeout{30'000};
};

// Which target a deployment uses and why (shown to the user).
struct TargetChoice {
    Target target = Target::Process;
    QString reason;
    QString socket; // engine targets
};

struct ReattachReport {
    QList<Deployment> deployments; // active after reconciling
    QStringList notes;             // what changed, for the user
};

// mlwb-serve next to this program, in ../serve/, MLWB_SERVE, or on PATH.
QString findServeBinary();

// Runs deployments of one project: build context → build → start → health,
// recorded in the deployments table. Blocking: run it in a worker thread with
// its own database connection; progress arrives on that thread. Nothing is
// left half-made on failure: the container and image it created are removed
// and the record says why it failed.
class Deployer {
public:
    Deployer(store::Database &db, QString projectRoot);

    // The label value that marks this project's containers.
    QString projectLabel() const;
    Result<TargetChoice> chooseTarget(std::optional<Target> wanted,
                                      const QString &socket = {}) const;

    Result<Deployment> deploy(const DeployRequest &request, const ProgressFn &progress = {},
                              const std::atomic_bool *cancel = nullptr);
    // Redeploys another version on the port of deployment `id`: stops the old
    // one, starts the new one and, if that fails, starts the old one again.
    // The error says whether the rollback worked.
    Result<Deployment> replace(qint64 id, DeployRequest request, const ProgressFn &progress = {},
                               const std::atomic_bool *cancel = nullptr);
    Status stop(qint64 id, const QString &reason = {});
    // Starts a stopped deployment again and waits for health.
    Result<Deployment>
    restart(qint64 id, std::chrono::milliseconds healthTimeout = std::chrono::milliseconds(30'000));
    // Stops it and removes its container and image (the record stays).
    Status remove(qint64 id);

    // Reconciles the table with the engine's containers labelled with this
    // project and with live processes (after an app restart).
    Result<ReattachReport> reattach();

    Status logs(qint64 id, const EngineClient::LogFn &onLine, bool follow = false, int tail = -1,
                const std::atomic_bool *cancel = nullptr);
    Result<ContainerStats> stats(qint64 id);

    DeploymentStore &records() { return m_records; }
    // Where process targets write their output.
    QString processLogPath(qint64 id) const;

private:
    Result<Deployment> deployEngine(Deployment &d, const DeployRequest &request,
                                    const TargetChoice &choice, const ProgressFn &progress,
                                    const std::atomic_bool *cancel);
    Result<Deployment> deployProcess(Deployment &d, const DeployRequest &request,
                                     const ProgressFn &progress, const std::atomic_bool *cancel);
    Status startAndWait(Deployment &d, std::chrono::milliseconds timeout,
                        const std::atomic_bool *cancel);
    Result<Deployment> markFailed(Deployment &d, const Error &error);
    Result<EngineClient> engineFor(const Deployment &d) const;

    DeploymentStore m_records;
    QString m_root;
};

} // namespace mlwb::deploy
