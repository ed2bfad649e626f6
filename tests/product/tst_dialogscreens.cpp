#include "AboutDialog.h"
#include "SettingsDialog.h"
#include "Theme.h"
#include "Translations.h"
#include "UserGuideWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

// The dialogs of the Settings and Help menus in each language and theme, grabbed to PNG
// (under the build's tests/product/dialogs*/) and checked: they fit a 1280x800 screen (at
// QT_SCALE_FACTOR=2, a 2560x1600 one), and no label or button is narrower than its text.
class TestDialogScreens : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogs_data();
    void dialogs();
    void userGuideInEachLanguage_data();
    void userGuideInEachLanguage();

private:
    static QStringList squeezedTexts(QWidget* dialog);
    QDir m_out;
};

void TestDialogScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCoreApplication::setOrganizationName("TradeLeadsTest");
    QCoreApplication::setApplicationName("tst_dialogscreens");
    QSettings().clear();
    const qreal scale
        = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1;
    m_out.setPath(QString(TRADELEADS_PRODUCT_OUT) + (scale > 1 ? "/dialogs-200-percent" : "/dialogs"));
    QVERIFY(m_out.mkpath("."));
}

QStringList TestDialogScreens::squeezedTexts(QWidget* dialog)
{
    QStringList squeezed;
    for (QWidget* widget : dialog->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(dialog))
            continue;
        auto* label = qobject_cast<QLabel*>(widget);
        auto* button = qobject_cast<QAbstractButton*>(widget);
        QString text;
        if (label && !label->wordWrap())
            text = label->text();
        else if (button)
            text = button->text();
        if (!text.isEmpty() && widget->width() < widget->minimumSizeHint().width())
            squeezed.append(
                QString("\"%1\" %2 < %3").arg(text).arg(widget->width()).arg(widget->minimumSizeHint().width()));
    }
    return squeezed;
}

void TestDialogScreens::dialogs_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    for (const QString& language : Translations::languages()) {
        for (const QString& theme : { QString("light"), QString("dark") })
            QTest::newRow(qPrintable(language + "-" + theme)) << language << theme;
    }
}

void TestDialogScreens::dialogs()
{
    QFETCH(QString, language);
    QFETCH(QString, theme);
    QTranslator translator;
    QVERIFY(translator.load(QString(":/i18n/tradeleads_%1.qm").arg(language)));
    QTranslator qtTranslator; // the dialog buttons, as the application shows them
    if (qtTranslator.load(QLocale(language), "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QCoreApplication::installTranslator(&translator);
    const QLocale before;
    QLocale::setDefault(Translations::localeFor(language));
    Theme::apply(*Theme::fromName(theme));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::removeTranslator(&qtTranslator);
        QLocale::setDefault(before);
        Theme::apply(Theme::Choice::Light);
    });

    const QSize screen(1280, 800); // in device-independent pixels, whatever the scale
    SettingsDialog settings;
    AboutDialog about;
    UserGuideWindow guide;
    for (QDialog* dialog :
        { static_cast<QDialog*>(&settings), static_cast<QDialog*>(&about), static_cast<QDialog*>(&guide) }) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QSize wanted = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
        QVERIFY2(dialog->minimumSizeHint().width() <= screen.width()
                && dialog->minimumSizeHint().height() <= screen.height(),
            qPrintable(QString("%1 needs %2x%3").arg(dialog->windowTitle()).arg(wanted.width()).arg(wanted.height())));
        const QStringList squeezed = squeezedTexts(dialog);
        QVERIFY2(squeezed.isEmpty(), qPrintable(dialog->windowTitle() + ": " + squeezed.join(", ")));
        const QString png = m_out.filePath(
            QString("%1-%2-%3.png")
                .arg(dialog->objectName().isEmpty() ? "settings" : dialog->objectName(), language, theme));
        QVERIFY(dialog->grab().save(png));
        dialog->hide();
    }
    // The About box names each source's licence.
    const QString aboutText = about.text()->toPlainText();
    for (const char* needle : { "github.com/USStateDept/bids", "open-government-licence-canada",
             "nationalarchives.gov.uk", "GPL-3.0-or-later", TRADELEADS_VERSION })
        QVERIFY2(aboutText.contains(needle) || about.text()->toHtml().contains(needle), needle);
}

void TestDialogScreens::userGuideInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("English") << "en"
                             << "Trade Leads — user guide";
    QTest::newRow("French") << "fr" << QString::fromUtf8("Trade Leads — guide d'utilisation");
    QTest::newRow("Spanish") << "es" << QString::fromUtf8("Trade Leads — guía del usuario");
}

void TestDialogScreens::userGuideInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    const QString markdown = UserGuideWindow::guideMarkdown(language);
    QVERIFY(markdown.startsWith("# " + title));
    QVERIFY(markdown.contains("tradeleads --help"));
    QCOMPARE(UserGuideWindow::guideMarkdown("de"), UserGuideWindow::guideMarkdown("en"));
}

QTEST_MAIN(TestDialogScreens)
#include "tst_dialogscreens.moc"
