#include "curvegroups.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlwb::widgets::experiments {

namespace {

// y at x by linear interpolation between the neighbouring points; NaN outside.
double interpolate(const QList<QPointF> &pts, double x) {
    if (pts.isEmpty() || x < pts.constFirst().x() || x > pts.constLast().x())
        return std::numeric_limits<double>::quiet_NaN();
    auto it = std::lower_bound(pts.cbegin(), pts.cend(), x,
                               [](const QPointF &p, double v) { return p.x() < v; });
    if (it == pts.cbegin())
        return it->y();
    const QPointF b = *it;
    const QPointF a = *(it - 1);
    if (b.x() == a.x())
        return b.y();
    return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
}

// Numbers sort as numbers, the rest as text; unset last.
bool valueLess(const QString &a, const QString &b) {
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    bool okA = false, okB = false;
    const double da = a.toDouble(&okA);
    const double db = b.toDouble(&okB);
    if (okA && okB)
        return da < db;
    if (okA != okB)
        return okA;
    return a < b;
}

} // namespace

QList<CurveGroup> groupCurves(const QList<RunCurve> &curves, const QString &key, int buckets) {
    QMap<QString, QList<const RunCurve *>> byValue;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (const RunCurve &c : curves) {
        byValue[c.params.value(key)].append(&c);
        if (!c.points.isEmpty()) {
            lo = std::min(lo, c.points.constFirst().x());
            hi = std::max(hi, c.points.constLast().x());
        }
    }
    QStringList values = byValue.keys();
    std::sort(values.begin(), values.end(), valueLess);
    buckets = std::max(2, buckets);
    QList<CurveGroup> out;
    for (const QString &value : std::as_const(values)) {
        const QList<const RunCurve *> &members = byValue[value];
        CurveGroup g;
        g.value = value;
        g.label = value.isEmpty() ? QCoreApplication::translate("mlwb", "%1 unset").arg(key)
                                  : QStringLiteral("%1 = %2").arg(key, value);
        g.runs = int(members.size());
        for (int i = 0; lo <= hi && i < buckets; ++i) {
            const double x = hi > lo ? lo + (hi - lo) * i / (buckets - 1) : lo;
            double sum = 0, sumSq = 0;
            int n = 0;
            for (const RunCurve *c : members) {
                const double y = interpolate(c->points, x);
                if (!std::isfinite(y))
                    continue;
                sum += y;
                sumSq += y * y;
                ++n;
            }
            if (n == 0)
                continue;
            const double mean = sum / n;
            const double sd = std::sqrt(std::max(0.0, sumSq / n - mean * mean));
            g.mean.append(QPointF(x, mean));
            g.lower.append(QPointF(x, mean - sd));
            g.upper.append(QPointF(x, mean + sd));
            if (hi == lo)
                break;
        }
        out.append(std::move(g));
    }
    return out;
}

} // namespace mlwb::widgets::experiments
