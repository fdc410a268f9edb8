#include "iconprovider.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace mlwb::widgets {

namespace {

class TintedSvgIconEngine : public QIconEngine {
public:
    explicit TintedSvgIconEngine(QString name)
        : m_name(std::move(name)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmapFor(rect.size(), mode, state, dpr));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override {
        return pixmapFor(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override {
        return pixmapFor(size, mode, state, scale);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("mlwb-tinted-svg"); }
    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_name); }
    QString iconName() override { return m_name; }

private:
    QPixmap pixmapFor(QSize size, QIcon::Mode mode, QIcon::State, qreal dpr) const {
        const QPalette palette = QGuiApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);
        return IconProvider::tinted(m_name, size, color, dpr);
    }

    QString m_name;
};

} // namespace

QString IconProvider::resourcePath(const QString &name) {
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon IconProvider::icon(const QString &name) {
    return QIcon(new TintedSvgIconEngine(name));
}

QPixmap IconProvider::tinted(const QString &name, QSize size, const QColor &color,
                             qreal devicePixelRatio) {
    const QString cacheKey = QStringLiteral("mlwb-icon:%1:%2x%3:%4:%5")
                                 .arg(name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(color.rgba(), 0, 16)
                                 .arg(devicePixelRatio);
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached))
        return cached;

    const QSize pixels = (QSizeF(size) * devicePixelRatio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(resourcePath(name));
    if (renderer.isValid()) {
        QPainter p(&image);
        // Keep the SVG's aspect ratio, centred.
        QSizeF drawn = QSizeF(renderer.defaultSize()).scaled(QSizeF(pixels), Qt::KeepAspectRatio);
        const QPointF topLeft((pixels.width() - drawn.width()) / 2,
                              (pixels.height() - drawn.height()) / 2);
        renderer.render(&p, QRectF(topLeft, drawn));
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), color);
    }
    QPixmap result = QPixmap::fromImage(std::move(image));
    result.setDevicePixelRatio(devicePixelRatio);
    QPixmapCache::insert(cacheKey, result);
    return result;
}

} // namespace mlwb::widgets
