#include "runcolors.h"

#include <cmath>

namespace mlwb::widgets::experiments {

namespace {

bool darkPalette(const QPalette &p) {
    return p.color(QPalette::Window).lightnessF() < 0.5;
}

// The palette's accent turned to another hue.
QColor accentWithHue(const QPalette &p, double hue) {
    const QColor accent = p.color(QPalette::Highlight).toHsv();
    const double s = std::max(0.55, double(accent.hsvSaturationF()));
    const double v = darkPalette(p) ? std::max(0.85, double(accent.valueF()))
                                    : std::min(0.75, double(accent.valueF()));
    return QColor::fromHsvF(float(std::fmod(hue, 1.0)), float(s), float(v));
}

QColor blend(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

QColor statusColor(tracking::RunStatus status, const QPalette &palette) {
    switch (status) {
    case tracking::RunStatus::Running:
        return palette.color(QPalette::Highlight);
    case tracking::RunStatus::Finished:
        return accentWithHue(palette, 120.0 / 360.0);
    case tracking::RunStatus::Failed:
        return accentWithHue(palette, 0.0);
    case tracking::RunStatus::Killed:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QColor runColor(qint64 runId, const QPalette &palette) {
    // Golden-ratio hue steps keep neighbouring ids far apart on the wheel.
    return accentWithHue(palette, 0.58 + double(runId) * 0.618033988749895);
}

QColor diffAddedBackground(const QPalette &palette) {
    return blend(palette.color(QPalette::Base), accentWithHue(palette, 120.0 / 360.0), 0.22);
}

QColor diffRemovedBackground(const QPalette &palette) {
    return blend(palette.color(QPalette::Base), accentWithHue(palette, 0.0), 0.22);
}

} // namespace mlwb::widgets::experiments
