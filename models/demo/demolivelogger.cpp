#include "demolivelogger.h"

#include "democurves.h"
#include "project/project.h"
#include "tracking/metricwriter.h"
#include "tracking/trackingstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mlwb::demo {

namespace {
QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}
} // namespace

DemoLiveLogger::DemoLiveLogger(QString projectRoot, qint64 runId,
                               std::chrono::milliseconds interval, int stepsPerTick)
    : m_root(std::move(projectRoot))
    , m_runId(runId)
    , m_interval(interval)
    , m_stepsPerTick(std::max(1, stepsPerTick)) {}

DemoLiveLogger::~DemoLiveLogger() {
    stop();
}

void DemoLiveLogger::start() {
    if (m_thread.joinable())
        return;
    m_running = true;
    m_thread = std::jthread([this](std::stop_token stop) {
        if (auto r = work(stop); !r)
            setError(std::move(r.error()));
        m_running = false;
    });
}

void DemoLiveLogger::stop() {
    if (!m_thread.joinable())
        return;
    m_thread.request_stop();
    m_wake.notify_all();
    m_thread.join();
    m_thread = {};
}

std::optional<Error> DemoLiveLogger::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

void DemoLiveLogger::setError(Error e) {
    std::lock_guard lock(m_mutex);
    m_error = std::move(e);
}

Status DemoLiveLogger::work(std::stop_token stop) {
    const QString what = tr("continue the live demo run %1").arg(m_runId);
    auto project = Project::open(ProjectPaths(m_root));
    if (!project)
        return std::unexpected(withContext(project.error(), what));
    tracking::TrackingStore store(project->db());
    MLWB_ASSIGN_OR_RETURN(const tracking::Run run, store.run(m_runId));
    if (run.status != tracking::RunStatus::Running)
        return fail(what, tr("the run is %1, not running").arg(tracking::toString(run.status)),
                    tr("generate a new demo project to get a running run"));
    const std::optional<Task> task = taskForExperiment(run.experiment);
    if (!task)
        return fail(what, tr("experiment \"%1\" is not one of the demo's").arg(run.experiment),
                    tr("pick the running run of a demo project"));
    MLWB_ASSIGN_OR_RETURN(const QList<tracking::Param> params, store.params(m_runId));
    const CurveModel model(*task, params);
    MLWB_ASSIGN_OR_RETURN(const QList<tracking::MetricSummary> summaries,
                          store.metricSummaries(m_runId));
    qint64 next = 0;
    for (const tracking::MetricSummary &s : summaries)
        if (s.key == u"train/loss"_s)
            next = s.lastStep + 1;

    tracking::MetricWriter writer(project->db(), m_runId);
    std::mutex idle;
    std::unique_lock lock(idle);
    while (!m_wake.wait_for(lock, stop, m_interval, [] { return false; }) &&
           !stop.stop_requested()) {
        const qint64 to = std::min(next + m_stepsPerTick, model.totalSteps());
        const double startTime = tracking::nowSeconds() - model.elapsedAt(next);
        MLWB_TRY(logCurves(writer, model, next, to, startTime));
        MLWB_TRY(writer.flush());
        m_steps += to - next;
        next = to;
        if (next >= model.totalSteps())
            return store.finishRun(m_runId, tracking::RunStatus::Finished, 0);
    }
    return {};
}

} // namespace mlwb::demo
