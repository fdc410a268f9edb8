#include "parallelcoordinatesview.h"

#include "exploredata.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlwb::widgets::experiments {

namespace {
constexpr double kMarginX = 60;
constexpr double kMarginTop = 36;
constexpr double kMarginBottom = 24;
constexpr double kGrab = 12; // pixels either side of an axis that start a brush
constexpr double kMinBrush = 0.01;
} // namespace

ParallelCoordinatesView::ParallelCoordinatesView(QWidget *parent)
    : QWidget(parent) {
    setMinimumHeight(180);
    setMouseTracking(false);
}

void ParallelCoordinatesView::setRuns(const QList<itemmodels::RunRow> &runs) {
    m_runs = runs;
    rebuildAxes();
}

void ParallelCoordinatesView::setDimensions(const QStringList &dimensions,
                                            const QString &colourBy) {
    m_dimensions = dimensions;
    m_colourBy = colourBy;
    rebuildAxes();
}

QStringList ParallelCoordinatesView::dimensions() const {
    QStringList out;
    for (const Axis &a : m_axes)
        out.append(a.dimension);
    return out;
}

void ParallelCoordinatesView::rebuildAxes() {
    QList<Axis> axes;
    QStringList dims = m_dimensions;
    if (!m_colourBy.isEmpty() && !dims.contains(m_colourBy))
        dims.append(m_colourBy);
    for (const QString &d : std::as_const(dims)) {
        Axis a;
        a.dimension = d;
        QList<double> values;
        for (const itemmodels::RunRow &r : std::as_const(m_runs)) {
            if (const auto v = numericValue(r, d))
                values.append(*v);
            else if (const auto t = textValue(r, d); t && !a.categories.contains(*t))
                a.categories.append(*t);
        }
        a.categories.sort();
        if (!values.isEmpty()) {
            a.categories.clear(); // a number somewhere makes the axis numeric
            a.log = wantsLogScale(values);
            a.lo = *std::min_element(values.cbegin(), values.cend());
            a.hi = *std::max_element(values.cbegin(), values.cend());
        }
        // Keep the brush of an axis that stays.
        for (const Axis &old : std::as_const(m_axes)) {
            if (old.dimension == d)
                a.brush = old.brush;
        }
        axes.append(a);
    }
    m_axes = axes;
    update();
}

QRectF ParallelCoordinatesView::plotRect() const {
    return QRectF(kMarginX, kMarginTop, std::max(1.0, width() - 2 * kMarginX),
                  std::max(1.0, height() - kMarginTop - kMarginBottom));
}

double ParallelCoordinatesView::axisX(int index) const {
    const QRectF r = plotRect();
    if (m_axes.size() < 2)
        return r.center().x();
    return r.left() + r.width() * index / double(m_axes.size() - 1);
}

double ParallelCoordinatesView::positionOf(const Axis &axis, double value) const {
    double lo = axis.lo, hi = axis.hi, v = value;
    if (axis.log) {
        lo = std::log10(lo);
        hi = std::log10(hi);
        v = std::log10(v);
    }
    return hi > lo ? (v - lo) / (hi - lo) : 0.5;
}

double ParallelCoordinatesView::valueAt(const Axis &axis, double position) const {
    if (axis.log) {
        const double lo = std::log10(axis.lo), hi = std::log10(axis.hi);
        return std::pow(10.0, lo + (hi - lo) * position);
    }
    return axis.lo + (axis.hi - axis.lo) * position;
}

std::optional<double> ParallelCoordinatesView::position(const Axis &axis,
                                                        const itemmodels::RunRow &run) const {
    if (!axis.categories.isEmpty()) {
        const auto t = textValue(run, axis.dimension);
        if (!t)
            return std::nullopt;
        const qsizetype i = axis.categories.indexOf(*t);
        return axis.categories.size() > 1 ? double(i) / double(axis.categories.size() - 1) : 0.5;
    }
    const auto v = numericValue(run, axis.dimension);
    if (!v)
        return std::nullopt;
    return positionOf(axis, *v);
}

QPointF ParallelCoordinatesView::pointFor(int index, double value) const {
    const QRectF r = plotRect();
    return QPointF(axisX(index), r.bottom() - positionOf(m_axes.at(index), value) * r.height());
}

double ParallelCoordinatesView::fractionAt(double y) const {
    const QRectF r = plotRect();
    return std::clamp((r.bottom() - y) / r.height(), 0.0, 1.0);
}

bool ParallelCoordinatesView::passesBrushes(const itemmodels::RunRow &run) const {
    for (const Axis &a : m_axes) {
        if (!a.brush)
            continue;
        const auto p = position(a, run);
        if (!p || *p < a.brush->first - 1e-9 || *p > a.brush->second + 1e-9)
            return false;
    }
    return true;
}

QList<qint64> ParallelCoordinatesView::brushedRuns() const {
    QList<qint64> out;
    for (const itemmodels::RunRow &r : m_runs) {
        if (passesBrushes(r))
            out.append(r.id);
    }
    return out;
}

void ParallelCoordinatesView::setBrush(int index, std::optional<std::pair<double, double>> range) {
    if (index < 0 || index >= m_axes.size())
        return;
    Axis &a = m_axes[index];
    if (range) {
        double p0 = positionOf(a, std::min(range->first, range->second));
        double p1 = positionOf(a, std::max(range->first, range->second));
        a.brush = std::pair(std::clamp(p0, 0.0, 1.0), std::clamp(p1, 0.0, 1.0));
    } else {
        a.brush.reset();
    }
    update();
    Q_EMIT filterRequested(brushQuery());
}

// The runs' own values inside the brush bound it, so the condition reads as the data does.
QString ParallelCoordinatesView::axisCondition(const Axis &axis) const {
    const QString &d = axis.dimension;
    if (!axis.categories.isEmpty()) {
        QStringList inside;
        for (const itemmodels::RunRow &r : m_runs) {
            const auto p = position(axis, r);
            const auto t = textValue(r, d);
            if (p && t && *p >= axis.brush->first - 1e-9 && *p <= axis.brush->second + 1e-9 &&
                !inside.contains(queryLiteral(*t)))
                inside.append(queryLiteral(*t));
        }
        inside.sort();
        if (inside.size() == 1)
            return QStringLiteral("%1 = %2").arg(d, inside.constFirst());
        return QStringLiteral("%1 in (%2)").arg(d, inside.join(QStringLiteral(", ")));
    }
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (const itemmodels::RunRow &r : m_runs) {
        const auto v = numericValue(r, d);
        if (!v)
            continue;
        const double p = positionOf(axis, *v);
        if (p >= axis.brush->first - 1e-9 && p <= axis.brush->second + 1e-9) {
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
    }
    if (lo > hi) { // no run inside: the brushed range itself
        lo = valueAt(axis, axis.brush->first);
        hi = valueAt(axis, axis.brush->second);
    }
    if (lo == hi)
        return QStringLiteral("%1 = %2").arg(d, queryNumber(lo));
    return QStringLiteral("%1 >= %2 and %1 <= %3").arg(d, queryNumber(lo), queryNumber(hi));
}

QString ParallelCoordinatesView::brushQuery() const {
    QStringList parts;
    for (const Axis &a : m_axes) {
        if (a.brush)
            parts.append(axisCondition(a));
    }
    return parts.join(QStringLiteral(" and "));
}

QColor ParallelCoordinatesView::colourFor(const itemmodels::RunRow &run, double lo,
                                          double hi) const {
    const auto v = numericValue(run, m_colourBy);
    if (!v)
        return palette().color(QPalette::PlaceholderText);
    const double t = hi > lo ? (*v - lo) / (hi - lo) : 0.5;
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    // Blue for low, through violet, to orange for high values.
    const double hue = std::fmod(0.6 + 0.48 * t, 1.0);
    return QColor::fromHsvF(float(hue), 0.75f, dark ? 0.95f : 0.8f);
}

void ParallelCoordinatesView::paintEvent(QPaintEvent *) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF r = plotRect();
    if (m_axes.isEmpty() || m_runs.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Select runs and choose axes to explore them."));
        return;
    }
    double clo = std::numeric_limits<double>::infinity(), chi = -clo;
    for (const itemmodels::RunRow &run : std::as_const(m_runs)) {
        if (const auto v = numericValue(run, m_colourBy)) {
            clo = std::min(clo, *v);
            chi = std::max(chi, *v);
        }
    }
    // Faded runs first, so the brushed ones draw on top.
    for (const bool brushed : {false, true}) {
        for (const itemmodels::RunRow &run : std::as_const(m_runs)) {
            if (passesBrushes(run) != brushed)
                continue;
            QColor c = colourFor(run, clo, chi);
            if (!brushed)
                c.setAlphaF(0.15f);
            p.setPen(QPen(c, brushed ? 1.8 : 1.2));
            QPainterPath path;
            bool drawing = false;
            for (int i = 0; i < m_axes.size(); ++i) {
                const auto pos = position(m_axes[i], run);
                if (!pos) {
                    drawing = false;
                    continue;
                }
                const QPointF pt(axisX(i), r.bottom() - *pos * r.height());
                if (drawing)
                    path.lineTo(pt);
                else
                    path.moveTo(pt);
                drawing = true;
            }
            p.drawPath(path);
        }
    }
    const QFontMetrics fm(font());
    for (int i = 0; i < m_axes.size(); ++i) {
        const Axis &a = m_axes[i];
        const double x = axisX(i);
        p.setPen(QPen(palette().color(QPalette::Text), 1));
        p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        const double room = m_axes.size() > 1 ? std::min(200.0, axisX(1) - axisX(0) - 8) : 200;
        const QString title =
            QFontMetrics(bold).elidedText(a.dimension, Qt::ElideMiddle, int(room));
        p.drawText(QRectF(x - room / 2, 4, room, fm.height() + 2), Qt::AlignCenter, title);
        p.setFont(font());
        p.setPen(palette().color(QPalette::PlaceholderText));
        if (!a.categories.isEmpty()) {
            for (qsizetype k = 0; k < a.categories.size(); ++k) {
                const double pos =
                    a.categories.size() > 1 ? double(k) / (a.categories.size() - 1) : 0.5;
                p.drawText(QPointF(x + 4, r.bottom() - pos * r.height() + fm.ascent() / 2.0),
                           a.categories[k]);
            }
        } else {
            p.drawText(QPointF(x + 4, r.bottom() + fm.ascent()), queryNumber(a.lo));
            p.drawText(QPointF(x + 4, r.top() - 2), queryNumber(a.hi));
        }
        if (a.brush) {
            QColor h = palette().color(QPalette::Highlight);
            h.setAlphaF(0.35f);
            const QRectF b(x - 6, r.bottom() - a.brush->second * r.height(), 12,
                           (a.brush->second - a.brush->first) * r.height());
            p.fillRect(b, h);
            p.setPen(palette().color(QPalette::Highlight));
            p.drawRect(b);
        }
    }
}

void ParallelCoordinatesView::mousePressEvent(QMouseEvent *event) {
    const QPointF pos = event->position();
    for (int i = 0; i < m_axes.size(); ++i) {
        if (std::abs(pos.x() - axisX(i)) <= kGrab && event->button() == Qt::LeftButton) {
            m_dragAxis = i;
            m_dragFrom = fractionAt(pos.y());
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void ParallelCoordinatesView::mouseMoveEvent(QMouseEvent *event) {
    if (m_dragAxis < 0)
        return QWidget::mouseMoveEvent(event);
    const double to = fractionAt(event->position().y());
    m_axes[m_dragAxis].brush = std::pair(std::min(m_dragFrom, to), std::max(m_dragFrom, to));
    update();
}

void ParallelCoordinatesView::mouseReleaseEvent(QMouseEvent *event) {
    if (m_dragAxis < 0)
        return QWidget::mouseReleaseEvent(event);
    const double to = fractionAt(event->position().y());
    if (std::abs(to - m_dragFrom) < kMinBrush)
        m_axes[m_dragAxis].brush.reset(); // a click clears
    else
        m_axes[m_dragAxis].brush = std::pair(std::min(m_dragFrom, to), std::max(m_dragFrom, to));
    m_dragAxis = -1;
    update();
    Q_EMIT filterRequested(brushQuery());
}

} // namespace mlwb::widgets::experiments
