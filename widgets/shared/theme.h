#pragma once

#include "settings.h"

#include <QPalette>
#include <QString>

#include <optional>

namespace mlwb::widgets {

enum class ThemeMode { System, Light, Dark };

QString toString(ThemeMode mode); // "system", "light", "dark"
std::optional<ThemeMode> themeModeFromString(const QString &text);

inline const Setting<QString> themeSetting{QStringLiteral("appearance/theme"),
                                           QStringLiteral("system")};

// The only place that defines colours. Everything else asks the palette.
QPalette lightPalette();
QPalette darkPalette();

bool isDark(const QPalette &palette); // by the lightness of its Window colour

// Semantic colours derived from a palette (its Highlight's saturation and
// value, its Base to blend with), so they stay readable in light and dark.
enum class StatusTone { Running, Finished, Failed, Killed };
QColor statusColor(StatusTone tone, const QPalette &palette);
enum class DiffTone { Added, Removed, Changed };
QColor diffForeground(DiffTone tone, const QPalette &palette); // text, markers
QColor diffBackground(DiffTone tone, const QPalette &palette); // line backgrounds
// The palette's accent turned to another hue (0..1), e.g. for series colours.
QColor accentWithHue(const QPalette &palette, double hue);

// Whether the desktop asks for a dark look: GTK_THEME's ":dark" variant when
// set, else the lightness of the platform theme's window colour.
bool systemPrefersDark();

// Fusion plus the light or dark palette on the whole application. Call
// rememberPlatformPalette() once at startup, before the first applyTheme().
void rememberPlatformPalette();
void applyTheme(ThemeMode mode);
ThemeMode currentThemeMode();

} // namespace mlwb::widgets
