// Pointer and keyboard handling of MetricChartView: hover values, zoom, pan.
#include "metricchartview.h"

#include "curvelayer.h"

#include <QDateTime>
#include <QMenu>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace mlwb::widgets::experiments {

namespace {
constexpr double kHoverRadius = 24; // pixels from a point that still count as on it
}

QString MetricChartView::formatX(double x) const {
    switch (m_xMode) {
    case XMode::Step:
        return tr("step %1").arg(qint64(std::llround(x)));
    case XMode::WallTime:
        return QDateTime::fromMSecsSinceEpoch(qint64(x)).toString(Qt::ISODateWithMs);
    case XMode::RelativeTime:
        return tr("%1 s since start").arg(x, 0, 'g', 8);
    }
    return {};
}

QPointF MetricChartView::plotPoint(const QPointF &viewportPos) const {
    return chart()->mapFromScene(mapToScene(viewportPos.toPoint())) - chart()->plotArea().topLeft();
}

QPointF MetricChartView::viewportPoint(const QPointF &value) const {
    const PlotFrame &f = m_layer->frame();
    const QPointF inChart =
        chart()->plotArea().topLeft() + QPointF(f.toX(value.x()), f.toY(value.y()));
    return mapFromScene(chart()->mapToScene(inChart));
}

std::optional<MetricChartView::Nearest> MetricChartView::nearestPoint(const QPoint &pos) const {
    const PlotFrame &f = m_layer->frame();
    if (!f.isValid())
        return std::nullopt;
    const QPointF at = plotPoint(pos);
    std::optional<Nearest> best;
    double bestDist = kHoverRadius * kHoverRadius;
    // Points in x order: only those within the hover radius of the pointer's x are looked at.
    const double xlo = f.fromX(at.x() - kHoverRadius);
    const double xhi = f.fromX(at.x() + kHoverRadius);
    const auto byX = [](const QPointF &p, double x) { return p.x() < x; };
    for (const DrawnCurve &c : lines()) {
        if (!c.visible)
            continue;
        auto it = std::lower_bound(c.points.cbegin(), c.points.cend(), xlo, byX);
        for (; it != c.points.cend() && it->x() <= xhi; ++it) {
            const QPointF px(f.toX(it->x()), f.toY(it->y()));
            const double d = QPointF::dotProduct(px - at, px - at);
            if (d < bestDist) {
                bestDist = d;
                best = Nearest{c.runId, c.name, *it};
            }
        }
    }
    return best;
}

QString MetricChartView::toolTipAt(const QPoint &pos) const {
    const auto n = nearestPoint(pos);
    if (!n)
        return {};
    return QStringLiteral("<b>%1</b><br>%2<br>%3 = %4")
        .arg(n->name.toHtmlEscaped(), formatX(n->point.x()), m_key.toHtmlEscaped(),
             QString::number(n->point.y(), 'g', 10));
}

void MetricChartView::zoomBy(double factor, std::optional<QPointF> center) {
    const PlotFrame &f = m_layer->frame();
    if (!f.isValid() || !(factor > 0))
        return;
    const QPointF c =
        center ? plotPoint(*center) : QPointF(f.size.width() / 2.0, f.size.height() / 2.0);
    // The value under `c` stays where it is.
    showPlotRect(QRectF(c.x() - c.x() / factor, c.y() - c.y() / factor, f.size.width() / factor,
                        f.size.height() / factor));
}

void MetricChartView::zoomTo(const QRectF &rect) {
    const QRectF r = rect.normalized();
    if (r.width() < 1 || r.height() < 1)
        return;
    showPlotRect(QRectF(plotPoint(r.topLeft()), plotPoint(r.bottomRight())));
}

void MetricChartView::showPlotRect(const QRectF &rect) {
    const PlotFrame &f = m_layer->frame();
    if (!f.isValid())
        return;
    const double x0 = f.fromX(rect.left()), x1 = f.fromX(rect.right());
    const double y0 = f.fromY(rect.bottom()), y1 = f.fromY(rect.top());
    if (!(x1 > x0) || !(y1 > y0))
        return;
    setYRange(y0, y1);
    setXRange(x0, x1);
}

void MetricChartView::scrollBy(double dx, double dy) {
    const PlotFrame &f = m_layer->frame();
    showPlotRect(QRectF(QPointF(dx, -dy), QSizeF(f.size)));
}

void MetricChartView::wheelEvent(QWheelEvent *event) {
    zoomBy(event->angleDelta().y() > 0 ? 1.25 : 0.8, event->position());
    event->accept();
}

void MetricChartView::mousePressEvent(QMouseEvent *event) {
    const QPoint at = event->position().toPoint();
    const bool pan = event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier);
    if (pan) {
        m_panFrom = at;
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    const QRectF plot(QPointF(0, 0), chart()->plotArea().size());
    if (event->button() == Qt::LeftButton && plot.contains(plotPoint(at))) {
        m_rubberFrom = at;
        m_rubberBand->setGeometry(QRect(at, QSize()));
        m_rubberBand->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event) {
    const QPoint at = event->position().toPoint();
    if (m_panFrom) {
        const QPoint d = at - *m_panFrom;
        m_panFrom = at;
        scrollBy(-d.x(), d.y());
        event->accept();
        return;
    }
    if (m_rubberFrom) {
        m_rubberBand->setGeometry(QRect(*m_rubberFrom, at).normalized());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    const auto n = nearestPoint(at);
    if (n)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipAt(at), this);
    else
        QToolTip::hideText();
    const qint64 hovered = n ? n->runId : 0;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        Q_EMIT hoveredRunChanged(hovered);
    }
}

void MetricChartView::mouseReleaseEvent(QMouseEvent *event) {
    if (m_panFrom) {
        m_panFrom.reset();
        unsetCursor();
        event->accept();
        return;
    }
    if (m_rubberFrom) {
        const QRect r = QRect(*m_rubberFrom, event->position().toPoint()).normalized();
        m_rubberFrom.reset();
        m_rubberBand->hide();
        zoomTo(r);
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton) {
        event->accept();
        showContextMenu(event->globalPosition().toPoint());
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MetricChartView::showContextMenu(const QPoint &globalPos) {
    QMenu menu(this);
    QAction *zoomOut = menu.addAction(tr("&Zoom out"));
    zoomOut->setShortcut(Qt::Key_0);
    connect(zoomOut, &QAction::triggered, this, &MetricChartView::resetZoom);
    menu.addSeparator();
    menu.addAction(tr("Export as &PNG…"), this,
                   [this] { Q_EMIT exportRequested(QStringLiteral("png")); });
    menu.addAction(tr("Export as &SVG…"), this,
                   [this] { Q_EMIT exportRequested(QStringLiteral("svg")); });
    menu.exec(globalPos);
}

void MetricChartView::keyPressEvent(QKeyEvent *event) {
    const QRectF area = chart()->plotArea();
    const double dx = area.width() / 10, dy = area.height() / 10;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        zoomBy(0.8);
        break;
    case Qt::Key_Left:
        scrollBy(-dx, 0);
        break;
    case Qt::Key_Right:
        scrollBy(dx, 0);
        break;
    case Qt::Key_Up:
        scrollBy(0, dy);
        break;
    case Qt::Key_Down:
        scrollBy(0, -dy);
        break;
    case Qt::Key_0:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MetricChartView::leaveEvent(QEvent *event) {
    QChartView::leaveEvent(event);
    if (m_hovered != 0) {
        m_hovered = 0;
        Q_EMIT hoveredRunChanged(0);
    }
}

} // namespace mlwb::widgets::experiments
