#pragma once

#include <QImage>
#include <QObject>
#include <QPointF>
#include <QRect>
#include <QWidget>

namespace mlwb::widgets::datasets {

// Zoom and pan shared by the canvases of one compare view, so that side-by-side
// images move together. "Fit" follows the canvas size; otherwise `scale` screen
// pixels per image pixel around `center` (image coordinates).
class ImageViewport : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinScale = 1.0 / 64;
    static constexpr double kMaxScale = 64;

    using QObject::QObject;

    bool fitsWindow() const { return m_fit; }
    double scale() const { return m_scale; }
    QPointF center() const { return m_center; }

    void fitWindow();
    void setView(double scale, QPointF center);

Q_SIGNALS:
    void changed();

private:
    bool m_fit = true;
    double m_scale = 1;
    QPointF m_center;
};

// Paints one image (or two split by a swipe line, or a heatmap over a dimmed image)
// through a shared viewport, with the changed area's bounding box outlined. The wheel
// zooms around the cursor, dragging pans, dragging the swipe line moves the split.
class ImageCanvas : public QWidget {
    Q_OBJECT
public:
    explicit ImageCanvas(ImageViewport *viewport, QWidget *parent = nullptr);

    // `base` is what is shown; `other` appears right of the split in swipe mode.
    void setImages(const QImage &base, const QImage &other = {});
    // Drawn over `base`; with `dimBase` the base fades so the overlay stands out,
    // with `baseHidden` only the overlay is drawn.
    void setOverlay(const QImage &overlay, bool dimBase, bool baseHidden = false);
    void setBox(const QRect &box); // image coordinates; empty: none
    QRect box() const { return m_box; }
    // Swipe position 0..1 across the image; negative turns the split off.
    void setSplit(double fraction);
    double split() const { return m_split; }
    void setCaption(const QString &caption);
    QString caption() const { return m_caption; }
    void setPlaceholder(const QString &text); // shown when there is no image

    // The effective scale (fit resolved) and the image/widget mapping.
    double effectiveScale() const;
    QPointF toWidget(QPointF imagePoint) const;
    QPointF toImage(QPointF widgetPoint) const;
    QRectF imageRectOnScreen() const;
    QSize imageSize() const { return m_base.size(); }

    void zoomBy(double factor, QPointF anchor);
    void zoomBy(double factor) { zoomBy(factor, QPointF(width() / 2.0, height() / 2.0)); }
    void showActualSize();

Q_SIGNALS:
    void splitDragged(double fraction);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool nearSplit(QPointF pos) const;
    double splitX() const;
    void paintLabel(QPainter &p, const QString &text, QPointF topLeft) const;

    ImageViewport *m_viewport;
    QImage m_base;
    QImage m_other;
    QImage m_overlay;
    bool m_dimBase = false;
    bool m_baseHidden = false;
    QRect m_box;
    double m_split = -1;
    QString m_caption;
    QString m_placeholder;
    enum class Drag { None, Pan, Split } m_drag = Drag::None;
    QPointF m_lastPos;
};

} // namespace mlwb::widgets::datasets
