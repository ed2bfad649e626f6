#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The languages of the interface and the choice between them. The .qm files are embedded
// under :/i18n (English carries only the plural forms of the source texts); Qt's own
// translations (dialog buttons, context menus) come from the system when it has them.
namespace Translations {

// The languages the interface speaks, as ISO 639 codes: "en" first, the source language.
QStringList languages();

// The language's name in that language ("Français"), for the Settings list.
QString nativeName(const QString& code);

// What Settings holds: a code from languages(), or empty to follow the system.
QString configuredLanguage();
void setConfiguredLanguage(const QString& code);

// The locale the application runs in for `choice` (a code, or empty for the system's):
// dates, numbers and amounts follow it, and so does the interface language when it is one
// of ours (English otherwise).
QLocale localeFor(const QString& choice);

// The language of ours that serves `locale`: its own when translated, else English.
QString languageFor(const QLocale& locale);

// Makes `locale` the default and installs our and Qt's translators into the running
// application. Call once, before any widget exists. Returns false when our catalogue for
// the language could not be loaded (the interface then stays in English).
bool install(const QLocale& locale);

} // namespace Translations
