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

// Whether the desktop asks for a dark look: GTK_THEME's ":dark" variant when
// set, else the lightness of the platform theme's window colour.
bool systemPrefersDark();

// Fusion plus the light or dark palette on the whole application. Call
// rememberPlatformPalette() once at startup, before the first applyTheme().
void rememberPlatformPalette();
void applyTheme(ThemeMode mode);
ThemeMode currentThemeMode();

} // namespace mlwb::widgets
