#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace mlwb::widgets {

// Monochrome SVG icons from :/icons/<name>.svg, tinted when painted with the
// application palette's WindowText (HighlightedText when selected, the
// disabled WindowText when disabled), so they follow light and dark themes.
class IconProvider {
public:
    static QIcon icon(const QString &name);
    // `name` rendered at `size` device-independent pixels, every painted
    // pixel in `color` (alpha kept). Cached per name, size, colour and ratio.
    static QPixmap tinted(const QString &name, QSize size, const QColor &color,
                          qreal devicePixelRatio = 1.0);
    static QString resourcePath(const QString &name);
};

} // namespace mlwb::widgets
