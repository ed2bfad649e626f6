#pragma once

#include <QPalette>
#include <QString>

#include <optional>

// The window's colours: the desktop's own, or Qt's Fusion style with a light or a dark
// palette. Chosen in Settings (or with --theme) and applied at start.
namespace Theme {

enum class Choice { System, Light, Dark };

Choice configured();
void setConfigured(Choice choice);

// "system", "light", "dark": the names --theme and the settings file use.
QString name(Choice choice);
std::optional<Choice> fromName(const QString& name);

// Call after QApplication exists and before any window is shown.
void apply(Choice choice);

// Fusion's palettes, with colours chosen so that text, links, placeholders and the
// selection keep a contrast of at least 4.5:1 against what they are drawn on.
QPalette lightPalette();
QPalette darkPalette();

} // namespace Theme
