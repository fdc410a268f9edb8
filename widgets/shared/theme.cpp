#include "theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>

namespace mlwb::widgets {

namespace {

QPalette g_platformPalette;
bool g_platformPaletteKnown = false;
ThemeMode g_mode = ThemeMode::System;

struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, highlight,
        highlightedText, link, toolTipBase, toolTipText, placeholder, disabledText, light, mid,
        dark, shadow;
};

QPalette makePalette(const Colours &c) {
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.windowText);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.buttonText);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.toolTipText);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Light, c.light);
    p.setColor(QPalette::Midlight, c.light);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Shadow, c.shadow);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.mid);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledText);
    return p;
}

QColor blend(const QColor &a, const QColor &b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

constexpr double kGreen = 120.0 / 360.0;
constexpr double kRed = 0.0;
constexpr double kAmber = 38.0 / 360.0;

} // namespace

QColor accentWithHue(const QPalette &palette, double hue) {
    const QColor accent = palette.color(QPalette::Highlight).toHsv();
    const double s = std::max(0.55, double(accent.hsvSaturationF()));
    const double v = isDark(palette) ? std::max(0.85, double(accent.valueF()))
                                     : std::min(0.75, double(accent.valueF()));
    return QColor::fromHsvF(float(std::fmod(hue, 1.0)), float(s), float(v));
}

QColor statusColor(StatusTone tone, const QPalette &palette) {
    switch (tone) {
    case StatusTone::Running:
        return palette.color(QPalette::Highlight);
    case StatusTone::Finished:
        return accentWithHue(palette, kGreen);
    case StatusTone::Failed:
        return accentWithHue(palette, kRed);
    case StatusTone::Killed:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QColor diffForeground(DiffTone tone, const QPalette &palette) {
    switch (tone) {
    case DiffTone::Added:
        return accentWithHue(palette, kGreen);
    case DiffTone::Removed:
        return accentWithHue(palette, kRed);
    case DiffTone::Changed:
        return accentWithHue(palette, kAmber);
    }
    return palette.color(QPalette::Text);
}

QColor diffBackground(DiffTone tone, const QPalette &palette) {
    return blend(palette.color(QPalette::Base), diffForeground(tone, palette), 0.22);
}

QString toString(ThemeMode mode) {
    switch (mode) {
    case ThemeMode::System:
        return QStringLiteral("system");
    case ThemeMode::Light:
        return QStringLiteral("light");
    case ThemeMode::Dark:
        return QStringLiteral("dark");
    }
    return {};
}

std::optional<ThemeMode> themeModeFromString(const QString &text) {
    for (ThemeMode m : {ThemeMode::System, ThemeMode::Light, ThemeMode::Dark}) {
        if (text.compare(toString(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

QPalette lightPalette() {
    return makePalette({
        .window = QColor(0xf4, 0xf5, 0xf7),
        .windowText = QColor(0x1f, 0x23, 0x28),
        .base = QColor(0xff, 0xff, 0xff),
        .alternateBase = QColor(0xf0, 0xf2, 0xf5),
        .text = QColor(0x1f, 0x23, 0x28),
        .button = QColor(0xec, 0xee, 0xf1),
        .buttonText = QColor(0x1f, 0x23, 0x28),
        .highlight = QColor(0x2f, 0x6f, 0xd6),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x1f, 0x5f, 0xc4),
        .toolTipBase = QColor(0xff, 0xff, 0xf2),
        .toolTipText = QColor(0x1f, 0x23, 0x28),
        .placeholder = QColor(0x6a, 0x73, 0x7d),
        .disabledText = QColor(0x9a, 0xa1, 0xa9),
        .light = QColor(0xff, 0xff, 0xff),
        .mid = QColor(0xc4, 0xc9, 0xd0),
        .dark = QColor(0x9a, 0xa1, 0xa9),
        .shadow = QColor(0x6a, 0x73, 0x7d),
    });
}

QPalette darkPalette() {
    return makePalette({
        .window = QColor(0x25, 0x27, 0x2b),
        .windowText = QColor(0xdf, 0xe2, 0xe6),
        .base = QColor(0x1b, 0x1d, 0x20),
        .alternateBase = QColor(0x22, 0x25, 0x29),
        .text = QColor(0xdf, 0xe2, 0xe6),
        .button = QColor(0x31, 0x34, 0x39),
        .buttonText = QColor(0xdf, 0xe2, 0xe6),
        .highlight = QColor(0x3d, 0x7e, 0xe6),
        .highlightedText = QColor(0xff, 0xff, 0xff),
        .link = QColor(0x7a, 0xaa, 0xf5),
        .toolTipBase = QColor(0x31, 0x34, 0x39),
        .toolTipText = QColor(0xdf, 0xe2, 0xe6),
        .placeholder = QColor(0x8b, 0x93, 0x9c),
        .disabledText = QColor(0x6b, 0x72, 0x7a),
        .light = QColor(0x3e, 0x42, 0x48),
        .mid = QColor(0x45, 0x49, 0x50),
        .dark = QColor(0x16, 0x18, 0x1a),
        .shadow = QColor(0x0c, 0x0d, 0x0e),
    });
}

bool isDark(const QPalette &palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

void rememberPlatformPalette() {
    g_platformPalette = QGuiApplication::palette();
    g_platformPaletteKnown = true;
}

bool systemPrefersDark() {
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive);
    return isDark(g_platformPaletteKnown ? g_platformPalette : QGuiApplication::palette());
}

void applyTheme(ThemeMode mode) {
    if (!g_platformPaletteKnown)
        rememberPlatformPalette();
    g_mode = mode;
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = mode == ThemeMode::Dark || (mode == ThemeMode::System && systemPrefersDark());
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

ThemeMode currentThemeMode() {
    return g_mode;
}

} // namespace mlwb::widgets
