#include "metriccurves.h"

#include "store/database.h"
#include "tracking/trackingstore.h"

#include <cmath>

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

} // namespace

Result<QList<RunCurve>> readCurves(const QString &dbPath, const QString &key,
                                   const QList<std::pair<qint64, QString>> &runs, int width,
                                   std::optional<std::pair<double, double>> range, XMode mode,
                                   CurveCache *cache) {
    MLWB_ASSIGN_OR_RETURN(store::Database db,
                          store::Database::open(dbPath, store::Database::Mode::ReadOnly));
    tracking::SeriesReader reader(db, cache ? &cache->series : nullptr);
    tracking::TrackingStore store(db);
    const auto axis = mode == XMode::Step ? tracking::XAxis::Step : tracking::XAxis::WallTime;
    const double scale = mode == XMode::WallTime ? 1000.0 : 1.0;
    QList<RunCurve> curves;
    for (const auto &[runId, name] : runs) {
        MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> series, reader.seriesId(runId, key));
        if (!series)
            continue;
        MLWB_ASSIGN_OR_RETURN(RunCurveInfo info, readRunInfo(store, runId, cache));
        const double offset = mode == XMode::RelativeTime ? info.startTime : 0.0;
        std::optional<std::pair<double, double>> sourceRange;
        if (range)
            sourceRange = std::pair(range->first / scale + offset, range->second / scale + offset);
        MLWB_ASSIGN_OR_RETURN(const tracking::DecimatedSeries d,
                              reader.decimate(*series, std::max(16, width), axis, sourceRange));
        RunCurve c{runId, name, {}, d.sourcePoints, info.running, std::move(info.params)};
        c.points.reserve(qsizetype(d.x.size()));
        for (size_t i = 0; i < d.x.size(); ++i)
            c.points.append(QPointF((d.x[i] - offset) * scale, d.y[i]));
        curves.append(std::move(c));
    }
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
