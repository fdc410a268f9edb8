#include "curvelayer.h"

#include "chartthreads.h"

#include <QPaintEngine>
#include <QPainter>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace mlwb::widgets::experiments {

namespace {
// Scenes up to this many points draw in well under a frame: no need to wait for a worker.
constexpr qint64 kDrawAtOnce = 60'000;
} // namespace

CurveLayer::CurveLayer(QGraphicsItem *parent)
    : QGraphicsObject(parent) {
    setFlag(ItemClipsToShape);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CurveLayer::onRendered);
}

CurveLayer::~CurveLayer() {
    m_watcher.waitForFinished();
}

void CurveLayer::setContent(CurveScene scene) {
    m_content = std::move(scene);
    ++m_generation;
    update();
    // A large scene is started on a worker at once rather than at the next paint, for the
    // pixel ratio of the last one.
    if (m_painted && isVisible() && m_content.pointCount() > kDrawAtOnce)
        render();
}

void CurveLayer::setPlotArea(const QRectF &area) {
    if (area.size().toSize() != m_frame.size)
        prepareGeometryChange();
    setPos(area.topLeft());
    m_frame.size = area.size().toSize();
    update();
}

void CurveLayer::setRanges(double x0, double x1, double y0, double y1, bool logY) {
    m_frame.x0 = x0;
    m_frame.x1 = x1;
    m_frame.y0 = y0;
    m_frame.y1 = y1;
    m_frame.logY = logY;
    update();
}

bool CurveLayer::isDrawing() const {
    return m_watcher.isRunning() || m_image.generation != m_generation ||
           m_image.frame != deviceFrame(m_dpr);
}

QRectF CurveLayer::boundingRect() const {
    return QRectF(QPointF(0, 0), QSizeF(m_frame.size));
}

PlotFrame CurveLayer::deviceFrame(double dpr) const {
    PlotFrame f = m_frame;
    f.size = (QSizeF(m_frame.size) * dpr).toSize();
    return f;
}

void CurveLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) {
    if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::SVG) {
        paintCurveVectors(*painter, boundingRect(), m_content, m_frame);
        return;
    }
    const double dpr = painter->device()->devicePixelRatioF();
    const PlotFrame want = deviceFrame(dpr);
    const bool onScreen = painter->device()->devType() == QInternal::Widget;
    if (!onScreen) { // a grab or an export: what the chart shows now, whole
        QImage image = rasterizeCurves(m_content, want, dpr);
        image.setDevicePixelRatio(dpr);
        painter->drawImage(boundingRect(), image);
        return;
    }
    m_dpr = dpr;
    m_painted = true;
    if (m_image.generation != m_generation || m_image.frame != want) {
        if (m_content.pointCount() <= kDrawAtOnce && !m_watcher.isRunning()) {
            m_image = {rasterizeCurves(m_content, want, dpr), want, m_generation};
            QMetaObject::invokeMethod(this, &CurveLayer::drawn, Qt::QueuedConnection);
        } else {
            render();
        }
    }
    if (m_image.frame == want)
        painter->drawImage(boundingRect(), m_image.pixels);
    else
        paintMoved(painter);
}

// The last image where its ranges lie under the current ones.
void CurveLayer::paintMoved(QPainter *painter) const {
    const PlotFrame &old = m_image.frame;
    if (m_image.pixels.isNull() || !old.isValid() || !m_frame.isValid() || old.logY != m_frame.logY)
        return;
    const QPointF topLeft(m_frame.toX(old.x0), m_frame.toY(old.y1));
    const QPointF bottomRight(m_frame.toX(old.x1), m_frame.toY(old.y0));
    painter->save();
    painter->setClipRect(boundingRect());
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(QRectF(topLeft, bottomRight), m_image.pixels);
    painter->restore();
}

void CurveLayer::render() {
    if (m_watcher.isRunning())
        return; // onRendered() paints, and a paint finding the image stale asks again
    m_watcher.setFuture(QtConcurrent::run(
        &chartThreads(ChartWork::Draw),
        [scene = m_content, frame = deviceFrame(m_dpr), dpr = m_dpr, generation = m_generation] {
            return Image{rasterizeCurves(scene, frame, dpr), frame, generation};
        }));
}

void CurveLayer::onRendered() {
    m_image = m_watcher.result();
    update();
    if (m_image.generation == m_generation && m_image.frame == deviceFrame(m_dpr))
        Q_EMIT drawn();
}

} // namespace mlwb::widgets::experiments
