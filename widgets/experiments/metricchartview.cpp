#include "metricchartview.h"

#include "runcolors.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlwb::widgets::experiments {

namespace {
constexpr double kPenWidth = 1.6;
constexpr double kHighlightWidth = 3.2;
constexpr int kGroupBuckets = 200;

QColor faded(QColor c, double alpha) {
    c.setAlphaF(float(alpha));
    return c;
}

// Ticks at round numbers (1, 2 or 5 times a power of ten), about five over [lo, hi].
void setRoundTicks(QValueAxis *axis, double lo, double hi) {
    const double rough = (hi - lo) / 5;
    if (!(rough > 0) || !std::isfinite(rough))
        return;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double m = rough / power;
    const double interval = power * (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10);
    axis->setTickInterval(interval);
    // As many decimals as the interval needs, the same for every label (the chart sizes
    // the label column from the ends of the range).
    const int decimals = std::clamp(int(-std::floor(std::log10(interval) + 1e-9)), 0, 12);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

// The chart lays ticks out with the old interval before rangeChanged reaches us, so
// large jumps (fitting, zooming out) set the interval first; this follows the rest.
void useRoundTicks(QValueAxis *axis) {
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    setRoundTicks(axis, axis->min(), axis->max());
    QObject::connect(axis, &QValueAxis::rangeChanged, axis,
                     [axis](double lo, double hi) { setRoundTicks(axis, lo, hi); });
}
} // namespace

MetricChartView::MetricChartView(const QString &key, QWidget *parent)
    : QChartView(parent)
    , m_key(key) {
    auto *c = new QChart;
    c->setTitle(key);
    c->legend()->setVisible(false);
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setBackgroundRoundness(0);
    setChart(c);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(220);
    m_refetch.setSingleShot(true);
    m_refetch.setInterval(120);
    connect(&m_refetch, &QTimer::timeout, this, [this] {
        if (m_zoomed)
            fetch(xRange());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MetricChartView::onFetched);
    rebuildSeries();
}

MetricChartView::~MetricChartView() {
    m_watcher.waitForFinished();
}

void MetricChartView::setRuns(const QString &dbPath,
                              const QList<std::pair<qint64, QString>> &runs) {
    if (dbPath != m_dbPath || !m_cache)
        m_cache = std::make_shared<CurveCache>(); // another project: nothing carries over
    m_dbPath = dbPath;
    m_runs = runs;
    m_zoomed = false;
    fetch(std::nullopt);
}

void MetricChartView::refresh() {
    fetch(m_zoomed ? std::optional(xRange()) : std::nullopt);
}

bool MetricChartView::isLive() const {
    return std::any_of(m_curves.cbegin(), m_curves.cend(),
                       [](const RunCurve &c) { return c.running; });
}

void MetricChartView::fetch(std::optional<std::pair<double, double>> range) {
    ++m_generation;
    if (m_watcher.isRunning())
        return; // onFetched() asks again for the newest generation
    m_watchedGeneration = m_generation;
    // A bucket keeps up to 4 points (first, min, max, last); one bucket per two
    // pixel columns keeps every spike at ~2 points per column.
    const int buckets = std::max(50, int(chart()->plotArea().width()) / 2);
    m_watcher.setFuture(QtConcurrent::run([dbPath = m_dbPath, key = m_key, runs = m_runs, buckets,
                                           range, mode = m_xMode, cache = m_cache] {
        return readCurves(dbPath, key, runs, buckets, range, mode, cache.get());
    }));
}

void MetricChartView::onFetched() {
    auto result = m_watcher.result();
    if (m_watchedGeneration != m_generation) {
        refresh();
        return;
    }
    if (!result) {
        Q_EMIT errorOccurred(result.error());
        return;
    }
    m_curves = std::move(*result);
    rebuildSeries();
    Q_EMIT curvesLoaded();
}

QList<QLineSeries *> MetricChartView::lineSeries() const {
    if (!m_groupBy.isEmpty())
        return m_means;
    QList<QLineSeries *> out;
    for (const RunCurve &c : m_curves) {
        if (QLineSeries *s = m_series.value(c.runId))
            out.append(s);
    }
    return out;
}

QList<QLineSeries *> MetricChartView::rawSeries() const {
    QList<QLineSeries *> out;
    for (const RunCurve &c : m_curves) {
        if (QLineSeries *s = m_raw.value(c.runId))
            out.append(s);
    }
    return out;
}

std::pair<double, double> MetricChartView::xRange() const {
    if (const auto *t = qobject_cast<QDateTimeAxis *>(m_xAxis))
        return {double(t->min().toMSecsSinceEpoch()), double(t->max().toMSecsSinceEpoch())};
    const auto *v = static_cast<QValueAxis *>(m_xAxis);
    return {v->min(), v->max()};
}

void MetricChartView::setXRange(double lo, double hi) {
    if (auto *t = qobject_cast<QDateTimeAxis *>(m_xAxis))
        t->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo)),
                    QDateTime::fromMSecsSinceEpoch(qint64(std::ceil(hi))));
    else {
        auto *v = static_cast<QValueAxis *>(m_xAxis);
        setRoundTicks(v, lo, hi);
        v->setRange(lo, hi);
    }
}

void MetricChartView::ensureAxes() {
    QChart *c = chart();
    const bool wantTime = m_xMode == XMode::WallTime;
    if (!m_xAxis || (qobject_cast<QDateTimeAxis *>(m_xAxis) != nullptr) != wantTime) {
        if (m_xAxis) {
            for (QAbstractSeries *s : c->series())
                s->detachAxis(m_xAxis);
            c->removeAxis(m_xAxis);
            delete m_xAxis;
        }
        if (wantTime) {
            auto *t = new QDateTimeAxis(c);
            t->setFormat(QStringLiteral("HH:mm:ss"));
            connect(t, &QDateTimeAxis::rangeChanged, this, &MetricChartView::onXRangeChanged);
            m_xAxis = t;
        } else {
            auto *v = new QValueAxis(c);
            useRoundTicks(v);
            connect(v, &QValueAxis::rangeChanged, this, &MetricChartView::onXRangeChanged);
            m_xAxis = v;
        }
        c->addAxis(m_xAxis, Qt::AlignBottom);
        for (QAbstractSeries *s : c->series())
            s->attachAxis(m_xAxis);
    }
    m_xAxis->setTitleText(m_xMode == XMode::Step       ? tr("step")
                          : m_xMode == XMode::WallTime ? tr("wall time")
                                                       : tr("seconds since start"));
    const bool wantLog = m_logY;
    if (!m_yAxis || (qobject_cast<QLogValueAxis *>(m_yAxis) != nullptr) != wantLog) {
        if (m_yAxis) {
            for (QAbstractSeries *s : c->series())
                s->detachAxis(m_yAxis);
            c->removeAxis(m_yAxis);
            delete m_yAxis;
        }
        if (wantLog) {
            auto *log = new QLogValueAxis(c);
            log->setBase(10);
            log->setLabelFormat(QStringLiteral("%g"));
            m_yAxis = log;
        } else {
            auto *v = new QValueAxis(c);
            v->setLabelFormat(QStringLiteral("%g"));
            m_yAxis = v;
        }
        c->addAxis(m_yAxis, Qt::AlignLeft);
        for (QAbstractSeries *s : c->series())
            s->attachAxis(m_yAxis);
    }
}

void MetricChartView::rebuildSeries() {
    ensureAxes();
    if (m_groupBy.isEmpty()) {
        clearGroupSeries();
        rebuildRunSeries();
    } else {
        clearRunSeries();
        rebuildGroupSeries();
    }
    applyPalette();
    if (!m_zoomed)
        fitAxes();
}

void MetricChartView::clearRunSeries() {
    for (auto *hash : {&m_series, &m_raw}) {
        for (QLineSeries *s : std::as_const(*hash)) {
            chart()->removeSeries(s);
            delete s;
        }
        hash->clear();
    }
}

void MetricChartView::clearGroupSeries() {
    for (QAbstractSeries *s : std::as_const(m_bands))
        chart()->removeSeries(s);
    for (QAbstractSeries *s : std::as_const(m_means))
        chart()->removeSeries(s);
    qDeleteAll(m_bands);
    qDeleteAll(m_means);
    m_bands.clear();
    m_means.clear();
}

// Points a y axis can draw: positive ones on a log scale, finite ones always.
static QList<QPointF> drawable(QList<QPointF> pts, bool logY) {
    pts.removeIf(
        [logY](const QPointF &p) { return !std::isfinite(p.y()) || (logY && !(p.y() > 0)); });
    return pts;
}

void MetricChartView::rebuildRunSeries() {
    QChart *c = chart();
    // Series of runs that are no longer shown go; the others keep their object.
    QSet<qint64> wanted;
    for (const RunCurve &curve : std::as_const(m_curves))
        wanted.insert(curve.runId);
    for (auto *hash : {&m_series, &m_raw}) {
        for (auto it = hash->begin(); it != hash->end();) {
            if (!wanted.contains(it.key())) {
                c->removeSeries(*it);
                delete *it;
                it = hash->erase(it);
            } else {
                ++it;
            }
        }
    }
    auto add = [&](QHash<qint64, QLineSeries *> &hash, const RunCurve &curve) {
        QLineSeries *s = hash.value(curve.runId);
        if (!s) {
            s = new QLineSeries(c);
            s->setName(curve.runName);
            c->addSeries(s);
            s->attachAxis(m_xAxis);
            s->attachAxis(m_yAxis);
            hash.insert(curve.runId, s);
        }
        return s;
    };
    // Raw curves first so the smoothed ones draw over them.
    for (const RunCurve &curve : std::as_const(m_curves)) {
        QLineSeries *raw = add(m_raw, curve);
        raw->setVisible(m_smoothing > 0);
        raw->replace(m_smoothing > 0 ? drawable(curve.points, m_logY) : QList<QPointF>());
    }
    for (const RunCurve &curve : std::as_const(m_curves))
        add(m_series, curve)->replace(drawable(smoothed(curve.points, m_smoothing), m_logY));
}

void MetricChartView::rebuildGroupSeries() {
    clearGroupSeries();
    QList<RunCurve> curves = m_curves;
    for (RunCurve &c : curves)
        c.points = smoothed(drawable(c.points, m_logY), m_smoothing);
    const QList<CurveGroup> groups = groupCurves(curves, m_groupBy, kGroupBuckets);
    for (const CurveGroup &g : groups) {
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        upper->replace(g.upper);
        lower->replace(drawable(g.lower, m_logY));
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        band->setName(g.label);
        auto *mean = new QLineSeries;
        mean->setName(tr("%1 (%n run(s))", nullptr, g.runs).arg(g.label));
        mean->replace(g.mean);
        for (QAbstractSeries *s :
             {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(mean)}) {
            chart()->addSeries(s);
            s->attachAxis(m_xAxis);
            s->attachAxis(m_yAxis);
        }
        m_bands.append(band);
        m_means.append(mean);
    }
}

void MetricChartView::fitAxes() {
    double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
    double y0 = x0, y1 = x1;
    auto extend = [&](const QList<QPointF> &pts) {
        for (const QPointF &p : pts) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    };
    for (QLineSeries *s : lineSeries())
        extend(s->points());
    for (QLineSeries *s : rawSeries())
        extend(s->points());
    for (QAreaSeries *b : std::as_const(m_bands)) {
        extend(b->upperSeries()->points());
        extend(b->lowerSeries()->points());
    }
    if (x0 > x1) {
        x0 = m_xMode == XMode::WallTime ? double(QDateTime::currentMSecsSinceEpoch()) : 0;
        x1 = x0 + (m_xMode == XMode::WallTime ? 60000 : 1);
        y0 = m_logY ? 0.1 : 0;
        y1 = 1;
    }
    if (x1 == x0)
        x1 = x0 + 1;
    if (y1 == y0)
        y1 = y0 + (y0 == 0 ? 1 : std::abs(y0) * 0.1);
    m_settingRange = true;
    setXRange(x0, x1);
    if (m_logY) {
        m_yAxis->setRange(y0 * 0.9, y1 * 1.1);
    } else {
        const double pad = (y1 - y0) * 0.05;
        // Dynamic ticks elide vertical labels in Qt 6.4; round ends work with fixed ticks.
        auto *y = static_cast<QValueAxis *>(m_yAxis);
        y->setRange(y0 - pad, y1 + pad);
        y->applyNiceNumbers();
    }
    m_settingRange = false;
}

void MetricChartView::onXRangeChanged() {
    if (m_settingRange)
        return;
    m_zoomed = true;
    m_refetch.start();
}

void MetricChartView::resetZoom() {
    m_zoomed = false;
    fetch(std::nullopt);
}

void MetricChartView::setLogY(bool on) {
    if (on == m_logY)
        return;
    m_logY = on;
    rebuildSeries();
    if (m_zoomed)
        fitAxes();
}

void MetricChartView::setSmoothing(double smoothing) {
    m_smoothing = std::clamp(smoothing, 0.0, 0.99);
    rebuildSeries();
}

void MetricChartView::setXMode(XMode mode) {
    if (mode == m_xMode)
        return;
    m_xMode = mode;
    m_curves.clear(); // x values of the old mode mean nothing on the new axis
    rebuildSeries();
    resetZoom();
}

void MetricChartView::setGroupBy(const QString &paramKey) {
    if (paramKey == m_groupBy)
        return;
    m_groupBy = paramKey;
    rebuildSeries();
}

void MetricChartView::setHighlightedRun(qint64 runId) {
    if (runId == m_highlighted)
        return;
    m_highlighted = runId;
    applyPalette();
}

void MetricChartView::changeEvent(QEvent *event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MetricChartView::applyPalette() {
    const QPalette pal = palette();
    QChart *c = chart();
    c->setBackgroundBrush(pal.color(QPalette::Base));
    c->setPlotAreaBackgroundVisible(false);
    c->setTitleBrush(pal.color(QPalette::Text));
    QFont f = font();
    f.setBold(true);
    c->setTitleFont(f);
    for (QAbstractAxis *a : {m_xAxis, m_yAxis}) {
        if (!a)
            continue;
        a->setLabelsBrush(pal.color(QPalette::Text));
        a->setLabelsFont(font());
        a->setTitleBrush(pal.color(QPalette::PlaceholderText));
        a->setTitleFont(font());
        a->setGridLineColor(faded(pal.color(QPalette::Mid), 0.35));
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    QList<qint64> ids;
    for (const auto &run : std::as_const(m_runs))
        ids.append(run.first);
    const QHash<qint64, QColor> colors = runColors(ids, pal);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QColor color = colors.value(it.key(), runColor(it.key(), pal));
        const bool dim = m_highlighted != 0 && it.key() != m_highlighted;
        QPen pen(dim ? faded(color, 0.2) : color);
        pen.setWidthF(it.key() == m_highlighted ? kHighlightWidth : kPenWidth);
        (*it)->setPen(pen);
        if (QLineSeries *raw = m_raw.value(it.key())) {
            QPen rawPen(faded(color, dim ? 0.08 : 0.25));
            rawPen.setWidthF(1);
            raw->setPen(rawPen);
        }
    }
    for (qsizetype i = 0; i < m_means.size(); ++i) {
        const QColor color = runColor(i + 1, pal);
        QPen pen(color);
        pen.setWidthF(kPenWidth);
        m_means[i]->setPen(pen);
        m_bands[i]->setPen(Qt::NoPen);
        m_bands[i]->setBrush(faded(color, 0.2));
    }
}

} // namespace mlwb::widgets::experiments
