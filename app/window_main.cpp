// The window's own program: `tradeleads` with no command starts it (WindowLauncher), so
// that the commands never load the window's libraries.
#include "ApiKeyStore.h"
#include "CacheGuard.h"
#include "CacheOpening.h"
#include "Clock.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "Result.h"
#include "SampleData.h"
#include "CacheFileSetting.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

constexpr int kExitUsage = 2;

int usageError(const QString& message)
{
    const QString program = QStringLiteral("tradeleads");
    const QByteArray line
        = (QCoreApplication::translate("main", "%1: %2 (see '%1 --help')").arg(program, message) + u'\n').toLocal8Bit();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return kExitUsage;
}

struct WindowOptions
{
    QString db;
    std::optional<QString> screenshot;
    std::optional<QString> language;
    Theme::Choice theme = Theme::Choice::System;
};

// The window's options, or what is wrong with them in the current language.
Result<WindowOptions> windowOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("PNG"));
    const QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"), QString(), QStringLiteral("NAME"));
    parser.addOptions({ db, screenshot, language, theme });
    if (!parser.parse(arguments))
        return Error { parser.errorText() };
    if (!parser.positionalArguments().isEmpty()) {
        return Error {
            QCoreApplication::translate("main", "unknown command '%1'").arg(parser.positionalArguments().constFirst())
        };
    }
    WindowOptions options;
    options.db = parser.value(db);
    if (parser.isSet(screenshot))
        options.screenshot = parser.value(screenshot);
    if (parser.isSet(language)) {
        if (!Translations::languages().contains(parser.value(language))) {
            return Error { QCoreApplication::translate("main", "--language takes one of: %1")
                               .arg(Translations::languages().join(u", ")) };
        }
        options.language = parser.value(language);
    }
    const std::optional<Theme::Choice> themeChoice
        = parser.isSet(theme) ? Theme::fromName(parser.value(theme)) : std::optional(Theme::configured());
    if (!themeChoice)
        return Error { QCoreApplication::translate("main", "--theme takes one of: system, light, dark") };
    options.theme = *themeChoice;
    return options;
}

int runWindow(int argc, char* argv[], const QStringList& arguments)
{
    // Checked before QApplication exists, so that a typo is reported without a display.
    const Result<WindowOptions> options = windowOptions(arguments);
    if (!options) {
        // In the system's language: the translators need an application object, not a display.
        QCoreApplication core(argc, argv);
        Translations::install(QLocale::system());
        return usageError(windowOptions(arguments).errorMessage());
    }

    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("tradeleads"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("tradeleads")));
    Translations::install(Translations::localeFor(options->language.value_or(Translations::configuredLanguage())));
    Theme::apply(options->theme);
    CacheFileSetting::exportToEnvironment();
    ApiKeyStore::lendToTeamServers();

    const QString path = LeadStore::location(options->db);
    // A damaged or foreign cache is moved aside and the analyst's own data restored from the
    // backup of the last clean exit; the notice says what happened.
    // On a worker thread, with a progress dialog when it lasts (an upgrade of a large cache).
    // An empty cache shows the bundled sample until the first sync brings real leads.
    CacheOpening::Options openOptions;
    openOptions.sampleWhenEmpty = true;
    auto opened = CacheOpening::open(path, nullptr, openOptions);
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Trade Leads"), opened.errorMessage());
        return 1;
    }
    if (!opened->sampleProblem.isEmpty())
        qWarning("%s", qPrintable(opened->sampleProblem));

    auto window = std::make_unique<MainWindow>(opened->location);
    if (options->screenshot) {
        // Taken once the leads are in, so the picture shows what a person would see.
        const QString png = *options->screenshot;
        window->resize(1280, 800);
        auto take = [window = window.get(), png] {
            const bool saved = window->grab().save(png);
            std::fprintf(stderr, "%s %s\n", saved ? "Screenshot written to" : "Could not write", qPrintable(png));
            QApplication::exit(saved ? 0 : 1);
        };
        QObject::connect(window->leadModel(), &LeadTableModel::loaded, window.get(),
            [window = window.get(), take] { QTimer::singleShot(800, window, take); });
        QTimer::singleShot(15000, window.get(), take);
    }
    window->show();
    if (!opened->notice.isEmpty()) {
        qWarning("%s", qPrintable(opened->notice));
        if (!options->screenshot) {
            auto* box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("main", "Trade Leads"),
                                        opened->notice, QMessageBox::Ok, window.get());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
    }
    const int code = app.exec();
    // The window and its connections are gone first; then each clean exit keeps a copy of
    // the saved searches and tracking beside the cache.
    window.reset();
    auto store = LeadStore::open(opened->location);
    auto backup = store ? CacheGuard::backupUserData(**store) : Status(store.error());
    if (!backup)
        qWarning("%s", qPrintable(backup.errorMessage()));
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    LeadStore::sharePageMemory();
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeads"));
    QCoreApplication::setApplicationName(QStringLiteral("tradeleads"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRADELEADS_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return runWindow(argc, argv, arguments);
}
