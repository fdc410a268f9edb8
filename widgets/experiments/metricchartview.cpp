#include "metricchartview.h"

#include "chartthreads.h"
#include "curvelayer.h"
#include "runcolors.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QLogValueAxis>
#include <QRubberBand>
#include <QValueAxis>
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

// What `over` at `alpha` looks like on `under`, as an opaque colour.
QColor mixed(const QColor &under, const QColor &over, double alpha) {
    const auto mix = [alpha](float a, float b) { return a + (b - a) * float(alpha); };
    return QColor::fromRgbF(mix(under.redF(), over.redF()), mix(under.greenF(), over.greenF()),
                            mix(under.blueF(), over.blueF()));
}

// The round number (1, 2 or 5 times a power of ten) nearest to a positive, finite `rough`.
double roundStep(double rough) {
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    const double m = rough / power;
    return power * (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10);
}

// Ticks at round numbers, about five over [lo, hi].
void setRoundTicks(QValueAxis *axis, double lo, double hi) {
    const double rough = (hi - lo) / 5;
    if (!(rough > 0) || !std::isfinite(rough))
        return;
    const double interval = roundStep(rough);
    axis->setTickInterval(interval);
    // As many decimals as the interval needs, the same for every label (the chart sizes
    // the label column from the ends of the range).
    const int decimals = std::clamp(int(-std::floor(std::log10(interval) + 1e-9)), 0, 12);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
}

// A range around [lo, hi] whose ends are multiples of a round step, with four to eight ticks.
struct NiceRange {
    double lo;
    double hi;
    int ticks;
};

NiceRange niceRange(double lo, double hi) {
    const double rough = (hi - lo) / 4;
    if (!(rough > 0) || !std::isfinite(rough))
        return {lo, hi, 5};
    const double step = roundStep(rough);
    const double first = std::floor(lo / step);
    const double last = std::ceil(hi / step);
    return {first * step, last * step, int(last - first) + 1};
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
    // The curves are anti-aliased by their own layer; what QtCharts draws besides text is grid
    // and axis lines, crisp without it and several times cheaper to draw.
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::NoRubberBand); // ours: the axes carry no series to zoom
    m_rubberBand = new QRubberBand(QRubberBand::Rectangle, viewport());
    m_layer = new CurveLayer(c);
    m_layer->setZValue(10); // over the grid, under nothing QtCharts draws on top
    connect(c, &QChart::plotAreaChanged, this, [this](const QRectF &area) {
        m_layer->setPlotArea(area);
        syncLayerRanges();
    });
    connect(m_layer, &CurveLayer::drawn, this, &MetricChartView::drawn);
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
    m_loading = true;
    if (m_watcher.isRunning())
        return; // onFetched() asks again for the newest generation
    m_watchedGeneration = m_generation;
    // A bucket keeps up to 4 points (first, min, max, last); one bucket per two
    // pixel columns keeps every spike at ~2 points per column.
    const int buckets = std::max(50, int(chart()->plotArea().width()) / 2);
    m_watcher.setFuture(QtConcurrent::run(
        &chartThreads(ChartWork::Read), [dbPath = m_dbPath, key = m_key, runs = m_runs, buckets,
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
    m_loading = false;
    if (!result) {
        Q_EMIT errorOccurred(result.error());
        return;
    }
    m_curves = std::move(*result);
    rebuildSeries();
    Q_EMIT curvesLoaded();
}

QList<DrawnCurve> MetricChartView::lines() const {
    return m_groupBy.isEmpty() ? m_lines : m_means;
}

bool MetricChartView::isDrawing() const {
    return isVisible() && m_layer->isDrawing();
}

std::pair<double, double> MetricChartView::xRange() const {
    if (const auto *t = qobject_cast<QDateTimeAxis *>(m_xAxis))
        return {double(t->min().toMSecsSinceEpoch()), double(t->max().toMSecsSinceEpoch())};
    const auto *v = static_cast<QValueAxis *>(m_xAxis);
    return {v->min(), v->max()};
}

std::pair<double, double> MetricChartView::yRange() const {
    if (const auto *log = qobject_cast<QLogValueAxis *>(m_yAxis))
        return {log->min(), log->max()};
    const auto *v = static_cast<QValueAxis *>(m_yAxis);
    return {v->min(), v->max()};
}

void MetricChartView::setYRange(double lo, double hi) {
    m_yAxis->setRange(lo, hi);
}

void MetricChartView::syncLayerRanges() {
    if (!m_xAxis || !m_yAxis)
        return;
    const auto [x0, x1] = xRange();
    const auto [y0, y1] = yRange();
    m_layer->setRanges(x0, x1, y0, y1, m_logY);
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
    }
    m_xAxis->setTitleText(m_xMode == XMode::Step       ? tr("step")
                          : m_xMode == XMode::WallTime ? tr("wall time")
                                                       : tr("seconds since start"));
    const bool wantLog = m_logY;
    if (!m_yAxis || (qobject_cast<QLogValueAxis *>(m_yAxis) != nullptr) != wantLog) {
        if (m_yAxis) {
            c->removeAxis(m_yAxis);
            delete m_yAxis;
        }
        if (wantLog) {
            auto *log = new QLogValueAxis(c);
            log->setBase(10);
            log->setLabelFormat(QStringLiteral("%g"));
            connect(log, &QLogValueAxis::rangeChanged, this, &MetricChartView::syncLayerRanges);
            m_yAxis = log;
        } else {
            auto *v = new QValueAxis(c);
            v->setLabelFormat(QStringLiteral("%g"));
            connect(v, &QValueAxis::rangeChanged, this, &MetricChartView::syncLayerRanges);
            m_yAxis = v;
        }
        c->addAxis(m_yAxis, Qt::AlignLeft);
    }
}

void MetricChartView::rebuildSeries() {
    ensureAxes();
    if (m_groupBy.isEmpty()) {
        m_means.clear();
        m_bands.clear();
        rebuildRunSeries();
    } else {
        m_lines.clear();
        m_raw.clear();
        rebuildGroupSeries();
    }
    if (!m_zoomed)
        fitAxes();
    // New ranges change the axis labels and so the plot area: laid out now, the layer's
    // ranges and size are final before it starts drawing the new curves.
    chart()->layout()->activate();
    applyPalette(); // hands the styled curves to the layer, which starts drawing them
}

// Points a y axis can draw: positive ones on a log scale, finite ones always.
static QList<QPointF> drawable(QList<QPointF> pts, bool logY) {
    pts.removeIf(
        [logY](const QPointF &p) { return !std::isfinite(p.y()) || (logY && !(p.y() > 0)); });
    return pts;
}

void MetricChartView::rebuildRunSeries() {
    m_lines.clear();
    m_raw.clear();
    for (const RunCurve &curve : std::as_const(m_curves)) {
        DrawnCurve line{curve.runId, curve.runName, {}, {}, kPenWidth, true};
        DrawnCurve raw = line;
        raw.visible = m_smoothing > 0;
        // Finite points (above 0 on a log scale) are drawn as read, and so is their average.
        const bool asRead = curve.allFinite && (!m_logY || curve.allPositive);
        if (raw.visible)
            raw.points = asRead ? curve.points : drawable(curve.points, m_logY);
        line.points = smoothed(curve.points, m_smoothing);
        if (!asRead)
            line.points = drawable(line.points, m_logY);
        m_lines.append(std::move(line));
        m_raw.append(std::move(raw));
    }
}

void MetricChartView::rebuildGroupSeries() {
    m_means.clear();
    m_bands.clear();
    QList<RunCurve> curves = m_curves;
    for (RunCurve &c : curves)
        c.points = smoothed(drawable(c.points, m_logY), m_smoothing);
    for (const CurveGroup &g : groupCurves(curves, m_groupBy, kGroupBuckets)) {
        m_bands.append(DrawnBand{g.label, g.upper, drawable(g.lower, m_logY), {}});
        m_means.append(DrawnCurve{
            0, tr("%1 (%n run(s))", nullptr, g.runs).arg(g.label), g.mean, {}, kPenWidth, true});
    }
}

// Where the drawn points lie. A run's smoothed curve stays within its raw curve's values,
// so one curve per run draws no further than its points as read, when all are drawable.
Extent MetricChartView::drawnExtent() const {
    Extent e;
    const bool asRead =
        m_groupBy.isEmpty() && std::all_of(m_curves.cbegin(), m_curves.cend(), [&](auto &c) {
            return c.allFinite && (!m_logY || c.allPositive);
        });
    if (asRead) {
        for (const RunCurve &c : std::as_const(m_curves))
            e.add(c.extent);
        return e;
    }
    const auto extend = [&](const QList<QPointF> &pts) {
        for (const QPointF &p : pts)
            e.add(p);
    };
    for (const DrawnCurve &c : lines())
        extend(c.points);
    for (const DrawnCurve &c : rawLines())
        extend(c.points);
    for (const DrawnBand &b : std::as_const(m_bands)) {
        extend(b.upper);
        extend(b.lower);
    }
    return e;
}

void MetricChartView::fitAxes() {
    const Extent e = drawnExtent();
    double x0 = e.x0, x1 = e.x1, y0 = e.y0, y1 = e.y1;
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
        // A little room above and below the curves, but not across 0: a loss that never goes
        // below 0 is drawn from 0.
        const double pad = (y1 - y0) * 0.05;
        const double lo = y0 >= 0 ? std::max(0.0, y0 - pad) : y0 - pad;
        const double hi = y1 <= 0 ? std::min(0.0, y1 + pad) : y1 + pad;
        // Dynamic ticks elide vertical labels in Qt 6.4; round ends work with fixed ticks.
        // Set only when they change: a refresh that changes nothing lays nothing out again.
        auto *y = static_cast<QValueAxis *>(m_yAxis);
        const NiceRange nice = niceRange(lo, hi);
        if (y->min() != nice.lo || y->max() != nice.hi)
            y->setRange(nice.lo, nice.hi);
        if (y->tickCount() != nice.ticks)
            y->setTickCount(nice.ticks);
    }
    m_settingRange = false;
    syncLayerRanges();
}

void MetricChartView::onXRangeChanged() {
    syncLayerRanges();
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
        // Opaque: the raster engine fills opaque lines in place, where it blends translucent
        // ones a row at a time on threads that cost more to wake than the line to draw.
        a->setGridLineColor(mixed(pal.color(QPalette::Base), pal.color(QPalette::Mid), 0.35));
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    QList<qint64> ids;
    for (const auto &run : std::as_const(m_runs))
        ids.append(run.first);
    const QHash<qint64, QColor> colors = runColors(ids, pal);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const qint64 id = m_lines[i].runId;
        const QColor color = colors.value(id, runColor(id, pal));
        const bool dim = m_highlighted != 0 && id != m_highlighted;
        m_lines[i].color = dim ? faded(color, 0.2) : color;
        m_lines[i].width = id == m_highlighted ? kHighlightWidth : kPenWidth;
        m_raw[i].color = faded(color, dim ? 0.08 : 0.25);
        m_raw[i].width = 1;
    }
    for (qsizetype i = 0; i < m_means.size(); ++i) {
        const QColor color = runColor(i + 1, pal);
        m_means[i].color = color;
        m_bands[i].color = faded(color, 0.2);
    }
    // Raw curves under smoothed ones, the highlighted run over all others.
    CurveScene scene{m_bands, m_raw + m_means};
    for (const DrawnCurve &line : std::as_const(m_lines)) {
        if (line.runId != m_highlighted)
            scene.curves.append(line);
    }
    for (const DrawnCurve &line : std::as_const(m_lines)) {
        if (line.runId == m_highlighted)
            scene.curves.append(line);
    }
    m_layer->setContent(std::move(scene));
}

} // namespace mlwb::widgets::experiments
