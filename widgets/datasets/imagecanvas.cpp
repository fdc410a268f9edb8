#include "imagecanvas.h"

#include "shared/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace mlwb::widgets::datasets {

void ImageViewport::fitWindow() {
    if (m_fit)
        return;
    m_fit = true;
    Q_EMIT changed();
}

void ImageViewport::setView(double scale, QPointF center) {
    m_fit = false;
    m_scale = std::clamp(scale, kMinScale, kMaxScale);
    m_center = center;
    Q_EMIT changed();
}

ImageCanvas::ImageCanvas(ImageViewport *viewport, QWidget *parent)
    : QWidget(parent)
    , m_viewport(viewport) {
    setMinimumSize(120, 90);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    connect(m_viewport, &ImageViewport::changed, this, qOverload<>(&QWidget::update));
}

void ImageCanvas::setImages(const QImage &base, const QImage &other) {
    m_base = base;
    m_other = other;
    update();
}

void ImageCanvas::setOverlay(const QImage &overlay, bool dimBase, bool baseHidden) {
    m_overlay = overlay;
    m_dimBase = dimBase;
    m_baseHidden = baseHidden;
    update();
}

void ImageCanvas::setBox(const QRect &box) {
    m_box = box;
    update();
}

void ImageCanvas::setSplit(double fraction) {
    m_split = fraction < 0 ? -1 : std::clamp(fraction, 0.0, 1.0);
    update();
}

void ImageCanvas::setCaption(const QString &caption) {
    m_caption = caption;
    update();
}

void ImageCanvas::setPlaceholder(const QString &text) {
    m_placeholder = text;
    update();
}

double ImageCanvas::effectiveScale() const {
    if (!m_viewport->fitsWindow() || m_base.isNull())
        return m_viewport->scale();
    const double margin = 8;
    const double sx = (width() - 2 * margin) / m_base.width();
    const double sy = (height() - 2 * margin) / m_base.height();
    return std::clamp(std::min(sx, sy), ImageViewport::kMinScale, ImageViewport::kMaxScale);
}

QPointF ImageCanvas::toWidget(QPointF imagePoint) const {
    const QPointF center = m_viewport->fitsWindow()
                               ? QPointF(m_base.width() / 2.0, m_base.height() / 2.0)
                               : m_viewport->center();
    return (imagePoint - center) * effectiveScale() + QPointF(width() / 2.0, height() / 2.0);
}

QPointF ImageCanvas::toImage(QPointF widgetPoint) const {
    const QPointF center = m_viewport->fitsWindow()
                               ? QPointF(m_base.width() / 2.0, m_base.height() / 2.0)
                               : m_viewport->center();
    return (widgetPoint - QPointF(width() / 2.0, height() / 2.0)) / effectiveScale() + center;
}

QRectF ImageCanvas::imageRectOnScreen() const {
    return QRectF(toWidget(QPointF(0, 0)), toWidget(QPointF(m_base.width(), m_base.height())));
}

void ImageCanvas::zoomBy(double factor, QPointF anchor) {
    if (m_base.isNull())
        return;
    const QPointF under = toImage(anchor);
    const double scale =
        std::clamp(effectiveScale() * factor, ImageViewport::kMinScale, ImageViewport::kMaxScale);
    const QPointF offset = (anchor - QPointF(width() / 2.0, height() / 2.0)) / scale;
    m_viewport->setView(scale, under - offset);
}

void ImageCanvas::showActualSize() {
    if (m_base.isNull())
        return;
    m_viewport->setView(1.0, toImage(QPointF(width() / 2.0, height() / 2.0)));
}

double ImageCanvas::splitX() const {
    const QRectF r = imageRectOnScreen();
    return r.left() + r.width() * m_split;
}

bool ImageCanvas::nearSplit(QPointF pos) const {
    return m_split >= 0 && !m_base.isNull() && std::abs(pos.x() - splitX()) <= 8;
}

void ImageCanvas::paintLabel(QPainter &p, const QString &text, QPointF topLeft) const {
    const QFontMetrics fm(font());
    const QRectF r(topLeft, QSizeF(fm.horizontalAdvance(text) + 12, fm.height() + 6));
    QColor back = palette().color(QPalette::Window);
    back.setAlpha(215);
    p.setPen(Qt::NoPen);
    p.setBrush(back);
    p.drawRoundedRect(r, 4, 4);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(r, Qt::AlignCenter, text);
}

void ImageCanvas::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base).darker(isDark(pal) ? 115 : 104));
    if (m_base.isNull()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    const double scale = effectiveScale();
    const QRectF target = imageRectOnScreen();
    // Enlarged images show their pixels; reduced ones are smoothed.
    p.setRenderHint(QPainter::SmoothPixmapTransform, scale < 1);
    // A light frame marks the image edge, also where it is transparent.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(target.adjusted(-1, -1, 0, 0));
    if (!m_baseHidden) {
        if (m_split >= 0 && !m_other.isNull()) {
            const double x = splitX();
            p.save();
            p.setClipRect(
                QRectF(QPointF(target.left(), target.top()), QPointF(x, target.bottom())));
            p.drawImage(target, m_base);
            p.setClipRect(
                QRectF(QPointF(x, target.top()), QPointF(target.left() + m_other.width() * scale,
                                                         target.top() + m_other.height() * scale)));
            p.drawImage(QRectF(target.topLeft(), QSizeF(m_other.size()) * scale), m_other);
            p.restore();
        } else {
            p.setOpacity(m_dimBase ? 0.3 : 1.0);
            p.drawImage(target, m_base);
            p.setOpacity(1.0);
        }
    }
    if (!m_overlay.isNull())
        p.drawImage(QRectF(target.topLeft(), QSizeF(m_overlay.size()) * scale), m_overlay);
    if (!m_box.isEmpty()) {
        const QRectF box(toWidget(m_box.topLeft()),
                         toWidget(m_box.topLeft() + QPoint(m_box.width(), m_box.height())));
        // Never thinner than a few screen pixels, so a one-pixel change is still seen.
        const QRectF shown = box.adjusted(-2, -2, 2, 2);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.color(QPalette::Base), 3));
        p.drawRect(shown);
        p.setPen(QPen(diffForeground(DiffTone::Changed, pal), 1.5));
        p.drawRect(shown);
    }
    if (m_split >= 0 && !m_other.isNull()) {
        const double x = splitX();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2));
        p.drawLine(QPointF(x, target.top()), QPointF(x, target.bottom()));
        const QPointF knob(x, std::clamp(height() / 2.0, target.top(), target.bottom()));
        p.setBrush(pal.color(QPalette::Highlight));
        p.drawEllipse(knob, 9, 9);
        p.setPen(QPen(pal.color(QPalette::HighlightedText), 1.5));
        p.drawLine(knob + QPointF(-4, 0), knob + QPointF(-1.5, -3));
        p.drawLine(knob + QPointF(-4, 0), knob + QPointF(-1.5, 3));
        p.drawLine(knob + QPointF(4, 0), knob + QPointF(1.5, -3));
        p.drawLine(knob + QPointF(4, 0), knob + QPointF(1.5, 3));
    }
    if (!m_caption.isEmpty())
        paintLabel(p, m_caption, QPointF(8, 8));
    paintLabel(p, QStringLiteral("%1%").arg(std::lround(scale * 100)),
               QPointF(8, height() - QFontMetrics(font()).height() - 14));
}

void ImageCanvas::wheelEvent(QWheelEvent *event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || m_base.isNull())
        return;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || m_base.isNull())
        return QWidget::mousePressEvent(event);
    m_lastPos = event->position();
    m_drag = nearSplit(event->position()) ? Drag::Split : Drag::Pan;
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event) {
    const QPointF pos = event->position();
    if (m_drag == Drag::Split) {
        const QRectF r = imageRectOnScreen();
        if (r.width() > 0) {
            setSplit((pos.x() - r.left()) / r.width());
            Q_EMIT splitDragged(m_split);
        }
    } else if (m_drag == Drag::Pan) {
        const double scale = effectiveScale();
        const QPointF center = m_viewport->fitsWindow()
                                   ? QPointF(m_base.width() / 2.0, m_base.height() / 2.0)
                                   : m_viewport->center();
        m_viewport->setView(scale, center - (pos - m_lastPos) / scale);
        m_lastPos = pos;
    } else {
        setCursor(nearSplit(pos) ? Qt::SplitHCursor : Qt::OpenHandCursor);
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event) {
    m_drag = Drag::None;
    setCursor(nearSplit(event->position()) ? Qt::SplitHCursor : Qt::OpenHandCursor);
}

} // namespace mlwb::widgets::datasets
