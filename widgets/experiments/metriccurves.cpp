#include "metriccurves.h"

#include "store/database.h"

#include <cmath>

namespace mlwb::widgets::experiments {

Result<QList<RunCurve>> readCurves(const QString &dbPath, const QString &key,
                                   const QList<std::pair<qint64, QString>> &runs, int width,
                                   std::optional<std::pair<double, double>> range) {
    MLWB_ASSIGN_OR_RETURN(store::Database db,
                          store::Database::open(dbPath, store::Database::Mode::ReadOnly));
    tracking::SeriesReader reader(db);
    QList<RunCurve> curves;
    for (const auto &[runId, name] : runs) {
        MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> series, reader.seriesId(runId, key));
        if (!series)
            continue;
        MLWB_ASSIGN_OR_RETURN(
            const tracking::DecimatedSeries d,
            reader.decimate(*series, std::max(16, width), tracking::XAxis::Step, range));
        RunCurve c{runId, name, {}, d.sourcePoints};
        c.points.reserve(qsizetype(d.x.size()));
        for (size_t i = 0; i < d.x.size(); ++i)
            c.points.append(QPointF(d.x[i], d.y[i]));
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
