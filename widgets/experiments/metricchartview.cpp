#include "metricchartview.h"

#include "runcolors.h"

#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <limits>

namespace mlwb::widgets::experiments {

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
    setMinimumHeight(220);
    m_refetch.setSingleShot(true);
    m_refetch.setInterval(120);
    connect(&m_refetch, &QTimer::timeout, this, [this] {
        const auto *x = qobject_cast<QValueAxis *>(m_xAxis);
        if (x && m_zoomed)
            fetch(std::pair(x->min(), x->max()));
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MetricChartView::onFetched);
    rebuildSeries();
}

MetricChartView::~MetricChartView() {
    m_watcher.waitForFinished();
}

void MetricChartView::setRuns(const QString &dbPath,
                              const QList<std::pair<qint64, QString>> &runs) {
    m_dbPath = dbPath;
    m_runs = runs;
    m_zoomed = false;
    fetch(std::nullopt);
}

void MetricChartView::fetch(std::optional<std::pair<double, double>> range) {
    ++m_generation;
    if (m_watcher.isRunning())
        return; // onFetched() asks again for the newest generation
    m_watchedGeneration = m_generation;
    const int width = std::max(100, int(chart()->plotArea().width()));
    m_watcher.setFuture(QtConcurrent::run(readCurves, m_dbPath, m_key, m_runs, width, range));
}

void MetricChartView::onFetched() {
    auto result = m_watcher.result();
    if (m_watchedGeneration != m_generation) {
        const auto *x = qobject_cast<QValueAxis *>(m_xAxis);
        fetch(m_zoomed && x ? std::optional(std::pair(x->min(), x->max())) : std::nullopt);
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
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *l = qobject_cast<QLineSeries *>(s))
            out.append(l);
    }
    return out;
}

void MetricChartView::rebuildSeries() {
    QChart *c = chart();
    // Series of runs that are no longer shown go; the others keep their object.
    QSet<qint64> wanted;
    for (const RunCurve &curve : std::as_const(m_curves))
        wanted.insert(curve.runId);
    for (auto it = m_series.begin(); it != m_series.end();) {
        if (!wanted.contains(it.key())) {
            c->removeSeries(*it);
            delete *it;
            it = m_series.erase(it);
        } else {
            ++it;
        }
    }
    if (!m_xAxis) {
        m_xAxis = new QValueAxis(c);
        c->addAxis(m_xAxis, Qt::AlignBottom);
        connect(static_cast<QValueAxis *>(m_xAxis), &QValueAxis::rangeChanged, this,
                &MetricChartView::onXRangeChanged);
    }
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
            m_yAxis = new QValueAxis(c);
        }
        c->addAxis(m_yAxis, Qt::AlignLeft);
        for (QAbstractSeries *s : c->series())
            s->attachAxis(m_yAxis);
    }
    for (const RunCurve &curve : std::as_const(m_curves)) {
        QLineSeries *s = m_series.value(curve.runId);
        if (!s) {
            s = new QLineSeries(c);
            s->setName(curve.runName);
            c->addSeries(s);
            s->attachAxis(m_xAxis);
            s->attachAxis(m_yAxis);
            m_series.insert(curve.runId, s);
        }
        QList<QPointF> pts = smoothed(curve.points, m_smoothing);
        if (m_logY)
            pts.removeIf([](const QPointF &p) { return !(p.y() > 0); });
        pts.removeIf([](const QPointF &p) { return !std::isfinite(p.y()); });
        s->replace(pts);
    }
    applyPalette();
    if (!m_zoomed)
        fitAxes();
}

void MetricChartView::fitAxes() {
    double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
    double y0 = x0, y1 = x1;
    for (QLineSeries *s : lineSeries()) {
        for (const QPointF &p : s->points()) {
            x0 = std::min(x0, p.x());
            x1 = std::max(x1, p.x());
            y0 = std::min(y0, p.y());
            y1 = std::max(y1, p.y());
        }
    }
    if (x0 > x1) {
        x0 = 0, x1 = 1, y0 = m_logY ? 0.1 : 0, y1 = 1;
    }
    if (x1 == x0)
        x1 = x0 + 1;
    if (y1 == y0)
        y1 = y0 + (y0 == 0 ? 1 : std::abs(y0) * 0.1);
    m_settingRange = true;
    m_xAxis->setRange(x0, x1);
    if (m_logY) {
        m_yAxis->setRange(y0 * 0.9, y1 * 1.1);
    } else {
        const double pad = (y1 - y0) * 0.05;
        m_yAxis->setRange(y0 - pad, y1 + pad);
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

void MetricChartView::wheelEvent(QWheelEvent *event) {
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    chart()->zoom(factor);
    event->accept();
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() == Qt::RightButton) {
        event->accept();
        resetZoom();
        return;
    }
    QChartView::mouseReleaseEvent(event);
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
        a->setGridLineColor(pal.color(QPalette::Midlight));
        a->setLinePenColor(pal.color(QPalette::Mid));
    }
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        QPen pen(runColor(it.key(), pal));
        pen.setWidthF(1.6);
        (*it)->setPen(pen);
    }
}

} // namespace mlwb::widgets::experiments
