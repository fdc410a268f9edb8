#pragma once

#include "curveraster.h"

#include <QFutureWatcher>
#include <QGraphicsObject>
#include <QImage>

namespace mlwb::widgets::experiments {

// The curves of a metric chart, drawn over its plot area as one image. The image is drawn
// on a worker thread; when the axes move (pan, zoom) the last image is shown moved and
// scaled at once, in a frame's time however many curves there are, until the image for the
// new ranges is ready. Small scenes are drawn at once. Grabs and PNG exports draw the
// current scene whole; SVG exports get vectors.
class CurveLayer : public QGraphicsObject {
    Q_OBJECT
public:
    explicit CurveLayer(QGraphicsItem *parent = nullptr);
    ~CurveLayer() override;

    void setContent(CurveScene scene);
    const CurveScene &content() const { return m_content; }
    // The plot area, in the parent's coordinates.
    void setPlotArea(const QRectF &area);
    void setRanges(double x0, double x1, double y0, double y1, bool logY);
    // The ranges over the plot area's logical size.
    const PlotFrame &frame() const { return m_frame; }
    // True until the image of the current scene and ranges has been drawn.
    bool isDrawing() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    // The image of the current scene and ranges is ready (and scheduled to be painted).
    void drawn();

private:
    struct Image {
        QImage pixels;
        PlotFrame frame; // in device pixels
        quint64 generation = 0;
    };
    PlotFrame deviceFrame(double dpr) const;
    void render();
    void onRendered();
    void paintMoved(QPainter *painter) const;

    CurveScene m_content;
    quint64 m_generation = 1;
    PlotFrame m_frame;
    double m_dpr = 1;
    bool m_painted = false; // on screen once: m_dpr is the screen's
    Image m_image;
    QFutureWatcher<Image> m_watcher;
};

} // namespace mlwb::widgets::experiments
