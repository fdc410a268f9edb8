#include "metriccurves.h"

#include "store/database.h"
#include "tracking/trackingstore.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace mlwb::widgets::experiments {

namespace {

Result<RunCurveInfo> readRunInfo(tracking::TrackingStore &store, qint64 runId, CurveCache *cache) {
    if (cache) {
        const std::lock_guard lock(cache->mutex);
        const auto it = cache->finishedRuns.constFind(runId);
        if (it != cache->finishedRuns.cend())
            return *it;
    }
    MLWB_ASSIGN_OR_RETURN(const tracking::Run run, store.run(runId));
    MLWB_ASSIGN_OR_RETURN(const QList<tracking::Param> params, store.params(runId));
    RunCurveInfo info{run.startTime, run.status == tracking::RunStatus::Running, {}};
    for (const tracking::Param &p : params)
        info.params.insert(p.key, tracking::toDisplayString(p.value));
    if (cache && !info.running) {
        const std::lock_guard lock(cache->mutex);
        cache->finishedRuns.insert(runId, info);
    }
    return info;
}

constexpr size_t kIdleConnections = 4;
constexpr qsizetype kRunsPerThread = 32; // fewer runs are not worth another connection
constexpr int kMaxThreads = 8;

Result<store::Database> takeConnection(const QString &dbPath, CurveCache *cache) {
    if (cache) {
        const std::lock_guard lock(cache->mutex);
        if (cache->dbPath == dbPath && !cache->idle.empty()) {
            store::Database db = std::move(cache->idle.back());
            cache->idle.pop_back();
            return db;
        }
    }
    return store::Database::open(dbPath, store::Database::Mode::ReadOnly);
}

void keepConnection(const QString &dbPath, CurveCache *cache, store::Database db) {
    if (!cache)
        return;
    const std::lock_guard lock(cache->mutex);
    if (cache->dbPath != dbPath) {
        cache->idle.clear();
        cache->dbPath = dbPath;
    }
    if (cache->idle.size() < kIdleConnections)
        cache->idle.push_back(std::move(db));
}

struct CurveRequest {
    QString key;
    int width = 0;
    std::optional<std::pair<double, double>> range;
    XMode mode = XMode::Step;
};

// One run's curve, or nothing when the run has no such metric.
Result<std::optional<RunCurve>> readCurve(tracking::SeriesReader &reader,
                                          tracking::TrackingStore &store, qint64 runId,
                                          const QString &name, const CurveRequest &request,
                                          CurveCache *cache) {
    MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> series, reader.seriesId(runId, request.key));
    if (!series)
        return std::nullopt;
    MLWB_ASSIGN_OR_RETURN(RunCurveInfo info, readRunInfo(store, runId, cache));
    const auto axis =
        request.mode == XMode::Step ? tracking::XAxis::Step : tracking::XAxis::WallTime;
    const double scale = request.mode == XMode::WallTime ? 1000.0 : 1.0;
    const double offset = request.mode == XMode::RelativeTime ? info.startTime : 0.0;
    std::optional<std::pair<double, double>> sourceRange;
    if (request.range)
        sourceRange = std::pair(request.range->first / scale + offset,
                                request.range->second / scale + offset);
    MLWB_ASSIGN_OR_RETURN(const tracking::DecimatedSeries d,
                          reader.decimate(*series, std::max(16, request.width), axis, sourceRange));
    RunCurve c{runId, name, {}, d.sourcePoints, info.running, std::move(info.params)};
    c.points.resize(qsizetype(d.x.size()));
    for (size_t i = 0; i < d.x.size(); ++i)
        c.points[qsizetype(i)] = QPointF((d.x[i] - offset) * scale, d.y[i]);
    return c;
}

} // namespace

Result<QList<RunCurve>> readCurves(const QString &dbPath, const QString &key,
                                   const QList<std::pair<qint64, QString>> &runs, int width,
                                   std::optional<std::pair<double, double>> range, XMode mode,
                                   CurveCache *cache) {
    const CurveRequest request{key, width, range, mode};
    // Each thread reads with its own connection; runs are handed out one at a time.
    std::vector<std::optional<RunCurve>> read(size_t(runs.size()));
    std::atomic<qsizetype> next = 0;
    std::atomic<bool> failed = false;
    std::mutex errorMutex;
    std::optional<Error> error;
    const auto fail = [&](Error e) {
        const std::lock_guard lock(errorMutex);
        if (!error)
            error = std::move(e);
        failed = true;
    };
    const auto work = [&](int) {
        Result<store::Database> db = takeConnection(dbPath, cache);
        if (!db) {
            fail(std::move(db.error()));
            return;
        }
        {
            tracking::SeriesReader reader(*db, cache ? &cache->series : nullptr);
            tracking::TrackingStore store(*db);
            for (qsizetype i = next++; i < runs.size() && !failed; i = next++) {
                Result<std::optional<RunCurve>> curve =
                    readCurve(reader, store, runs[i].first, runs[i].second, request, cache);
                if (!curve) {
                    fail(std::move(curve.error()));
                    break;
                }
                read[size_t(i)] = std::move(*curve);
            }
        }
        keepConnection(dbPath, cache, std::move(*db));
    };
    const int threads = int(std::clamp<qsizetype>(
        std::min<qsizetype>(QThread::idealThreadCount(),
                            (runs.size() + kRunsPerThread - 1) / kRunsPerThread),
        1, kMaxThreads));
    if (threads == 1) {
        work(0);
    } else {
        std::vector<int> workers(static_cast<size_t>(threads));
        std::iota(workers.begin(), workers.end(), 0);
        QtConcurrent::blockingMap(workers, work);
    }
    if (error)
        return std::unexpected(std::move(*error));
    QList<RunCurve> curves;
    curves.reserve(runs.size());
    for (std::optional<RunCurve> &c : read)
        if (c)
            curves.append(std::move(*c));
    return curves;
}

QList<QPointF> smoothed(const QList<QPointF> &points, double smoothing) {
    if (smoothing <= 0)
        return points;
    QList<QPointF> out;
    out.reserve(points.size());
    double last = std::nan("");
    for (const QPointF &p : points) {
        if (!std::isfinite(p.y())) {
            out.append(p);
            continue;
        }
        last = std::isfinite(last) ? last * smoothing + p.y() * (1 - smoothing) : p.y();
        out.append(QPointF(p.x(), last));
    }
    return out;
}

} // namespace mlwb::widgets::experiments
