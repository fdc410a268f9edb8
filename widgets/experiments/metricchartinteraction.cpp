// Pointer and keyboard handling of MetricChartView: hover values, zoom, pan.
#include "metricchartview.h"

#include <QDateTime>
#include <QLineSeries>
#include <QMenu>
#include <QMouseEvent>
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

std::optional<MetricChartView::Nearest> MetricChartView::nearestPoint(const QPoint &pos) const {
    const QPointF scenePos = mapToScene(pos);
    const QPointF at = chart()->mapFromScene(scenePos);
    std::optional<Nearest> best;
    double bestDist = kHoverRadius * kHoverRadius;
    auto consider = [&](QLineSeries *s, qint64 runId) {
        if (!s->isVisible())
            return;
        for (const QPointF &p : s->points()) {
            const QPointF px = chart()->mapToPosition(p, s);
            const double d = QPointF::dotProduct(px - at, px - at);
            if (d < bestDist) {
                bestDist = d;
                best = Nearest{runId, s->name(), p};
            }
        }
    };
    if (m_groupBy.isEmpty()) {
        for (auto it = m_series.cbegin(); it != m_series.cend(); ++it)
            consider(*it, it.key());
    } else {
        for (QLineSeries *s : m_means)
            consider(s, 0);
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

void MetricChartView::wheelEvent(QWheelEvent *event) {
    const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
    chart()->zoom(factor);
    event->accept();
}

void MetricChartView::mousePressEvent(QMouseEvent *event) {
    const bool pan = event->button() == Qt::MiddleButton ||
                     (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier);
    if (pan) {
        m_panFrom = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

void MetricChartView::mouseMoveEvent(QMouseEvent *event) {
    if (m_panFrom) {
        const QPoint d = event->position().toPoint() - *m_panFrom;
        m_panFrom = event->position().toPoint();
        chart()->scroll(-d.x(), d.y());
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
    const auto n = nearestPoint(event->position().toPoint());
    if (n)
        QToolTip::showText(event->globalPosition().toPoint(),
                           toolTipAt(event->position().toPoint()), this);
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
        chart()->zoom(1.25);
        break;
    case Qt::Key_Minus:
        chart()->zoom(0.8);
        break;
    case Qt::Key_Left:
        chart()->scroll(-dx, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(dx, 0);
        break;
    case Qt::Key_Up:
        chart()->scroll(0, dy);
        break;
    case Qt::Key_Down:
        chart()->scroll(0, -dy);
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
