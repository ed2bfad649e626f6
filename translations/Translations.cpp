#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

namespace Translations {

QStringList languages()
{
    return { QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es") };
}

QString nativeName(const QString& code)
{
    // Written out rather than asked of QLocale, which says "français" and "español" in
    // lower case, as inside a sentence.
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    return QStringLiteral("English");
}

QString configuredLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return languages().contains(code) ? code : QString();
}

void setConfiguredLanguage(const QString& code)
{
    if (languages().contains(code))
        QSettings().setValue(kLanguageKey, code);
    else
        QSettings().remove(kLanguageKey);
}

QLocale localeFor(const QString& choice)
{
    const QLocale system = QLocale::system();
    if (!languages().contains(choice))
        return system;
    // The system's own locale when it speaks the chosen language, so that a French
    // Canadian keeps Canadian dates; else the language's main country.
    if (languageFor(system) == choice && system.language() != QLocale::C)
        return system;
    return QLocale(choice);
}

QString languageFor(const QLocale& locale)
{
    const QString code = QLocale::languageToCode(locale.language());
    return languages().contains(code) ? code : QStringLiteral("en");
}

bool install(const QLocale& locale)
{
    QLocale::setDefault(locale);
    QCoreApplication* app = QCoreApplication::instance();
    const QString language = languageFor(locale);

    // Qt's first, so that ours is asked first (the last installed translator wins).
    if (language != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }

    auto* ours = new QTranslator(app);
    if (!ours->load(QStringLiteral(":/i18n/tradeleads_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace Translations
