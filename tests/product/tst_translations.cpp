#include "DeadlineChart.h"
#include "DetailPane.h"
#include "FacetPanel.h"
#include "FilterBar.h"
#include "LeadExport.h"
#include "LeadStore.h"
#include "LeadTableModel.h"
#include "MainWindow.h"
#include "SampleData.h"
#include "Translations.h"

#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

// The .ts files are complete and clean, every catalogue loads, and the main window speaks
// French and Spanish, with dates and numbers in that locale.
class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyEntryIsFinished_data();
    void everyEntryIsFinished();
    void frenchAndSpanishHaveTheSameEntries();
    void everyCatalogueLoads_data();
    void everyCatalogueLoads();
    void englishHasItsPluralForms();
    void localeFollowsTheChoice();
    void mainWindowIsTranslated_data();
    void mainWindowIsTranslated();
    void messagesOutsideWidgetsAreTranslated_data();
    void messagesOutsideWidgetsAreTranslated();
    void commandLineIsTranslated_data();
    void commandLineIsTranslated();

private:
    struct TsFile
    {
        QString language;
        int messages = 0;
        QStringList problems;
        QSet<QString> keys; // context, source and comment of each entry
    };
    static TsFile readTs(const QString& path);
    static QString tsPath(const QString& language);
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QCoreApplication::setOrganizationName("TradeLeadsTest");
    QCoreApplication::setApplicationName("tst_translations");
}

QString TestTranslations::tsPath(const QString& language)
{
    return QString(TRADELEADS_TS_DIR "/tradeleads_%1.ts").arg(language);
}

TestTranslations::TsFile TestTranslations::readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.problems.append("cannot open " + path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value("language").toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            numerus = xml.attributes().value("numerus") == QLatin1String("yes");
            comment.clear();
            ++ts.messages;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value("type").toString();
            const QString where = context + " / \"" + source + "\"";
            ts.keys.insert(context + u'\x1f' + source + u'\x1f' + comment);
            if (type == QLatin1String("unfinished"))
                ts.problems.append("unfinished: " + where);
            else if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                ts.problems.append(type + ": " + where);
            if (numerus) {
                int forms = 0;
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform")) {
                        if (xml.readElementText().trimmed().isEmpty())
                            ts.problems.append("empty plural form: " + where);
                        ++forms;
                    } else {
                        xml.skipCurrentElement();
                    }
                }
                // English, French and Spanish each have two plural forms.
                if (forms != 2)
                    ts.problems.append(QString("%1 plural forms: %2").arg(forms).arg(where));
            } else if (xml.readElementText().isEmpty()) {
                ts.problems.append("empty: " + where);
            }
        }
    }
    if (xml.hasError())
        ts.problems.append(xml.errorString());
    return ts;
}

void TestTranslations::everyEntryIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English plural forms") << "en";
    QTest::newRow("French") << "fr";
    QTest::newRow("Spanish") << "es";
}

void TestTranslations::everyEntryIsFinished()
{
    QFETCH(QString, language);
    const QString path = tsPath(language);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const TsFile ts = readTs(path);
    QVERIFY2(ts.problems.isEmpty(), qPrintable(ts.problems.join(u'\n')));
    QVERIFY(ts.language.startsWith(language));
    // English holds only the plural forms (lupdate -pluralonly); the others hold everything.
    QVERIFY(ts.messages >= (language == QLatin1String("en") ? 10 : 400));
}

void TestTranslations::frenchAndSpanishHaveTheSameEntries()
{
    const TsFile french = readTs(tsPath("fr"));
    const TsFile spanish = readTs(tsPath("es"));
    QCOMPARE(french.keys.size(), spanish.keys.size());
    QCOMPARE(french.keys, spanish.keys);
}

void TestTranslations::everyCatalogueLoads_data()
{
    everyEntryIsFinished_data();
}

void TestTranslations::everyCatalogueLoads()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QString(":/i18n/tradeleads_%1.qm").arg(language)));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language().left(2), language);
}

void TestTranslations::englishHasItsPluralForms()
{
    QTranslator english;
    QVERIFY(english.load(":/i18n/tradeleads_en.qm"));
    QCOMPARE(english.translate("MainWindow", "%Ln lead(s)", nullptr, 1), QString("%Ln lead"));
    QCOMPARE(english.translate("MainWindow", "%Ln lead(s)", nullptr, 2), QString("%Ln leads"));
}

void TestTranslations::localeFollowsTheChoice()
{
    QCOMPARE(Translations::languageFor(Translations::localeFor("fr")), QString("fr"));
    QCOMPARE(Translations::localeFor("fr").language(), QLocale::French);
    QCOMPARE(Translations::localeFor("es").language(), QLocale::Spanish);
    // No choice: the system's locale (C here, whose interface is English).
    QCOMPARE(Translations::localeFor(QString()), QLocale::system());
    QCOMPARE(Translations::languageFor(QLocale(QLocale::German)), QString("en"));
    Translations::setConfiguredLanguage("es");
    QCOMPARE(Translations::configuredLanguage(), QString("es"));
    Translations::setConfiguredLanguage("xx");
    QVERIFY(Translations::configuredLanguage().isEmpty());
}

void TestTranslations::mainWindowIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("deadlineHeader");
    QTest::addColumn<QString>("dockTitle");
    QTest::addColumn<QString>("facetHeader");
    QTest::addColumn<QString>("emptyDetail");
    QTest::addColumn<QString>("searchName");
    QTest::addColumn<QString>("leadsWord");
    QTest::newRow("French") << "fr"
                            << QStringList { "&Fichier", QString::fromUtf8("&Édition"), "&Recherche",
                                   "S&ynchronisation", "&Affichage", "Ai&de" }
                            << QString::fromUtf8("Échéance") << QString::fromUtf8("Échéances") << "Filtrer par"
                            << QString::fromUtf8("Sélectionnez une piste pour voir tout ce que l'on sait d'elle.")
                            << QString::fromUtf8("Recherche par mots-clés") << "pistes";
    QTest::newRow("Spanish") << "es"
                             << QStringList { "&Archivo", "&Editar", "&Buscar", QString::fromUtf8("&Sincronización"),
                                    "&Ver", "A&yuda" }
                             << "Vencimiento"
                             << "Vencimientos"
                             << "Acotar por"
                             << QString::fromUtf8("Seleccione una oportunidad para ver todo lo que se sabe de ella.")
                             << QString::fromUtf8("Búsqueda por palabras clave") << "oportunidades";
}

void TestTranslations::mainWindowIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, deadlineHeader);
    QFETCH(QString, dockTitle);
    QFETCH(QString, facetHeader);
    QFETCH(QString, emptyDetail);
    QFETCH(QString, searchName);
    QFETCH(QString, leadsWord);

    QSettings().clear();
    QTranslator translator;
    QVERIFY(translator.load(QString(":/i18n/tradeleads_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QLocale before;
    QLocale::setDefault(Translations::localeFor(language));
    auto restore = qScopeGuard([&] {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
    });

    QTemporaryDir dir;
    auto store = LeadStore::open(dir.filePath("cache.sqlite"));
    QVERIFY(store.ok());
    QVERIFY(SampleData::load(**store, QDate(2026, 11, 23)).ok());
    MainWindow window((*store)->path());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The whole answer, not the first screen of it: the status bar counts the whole.
    QTRY_VERIFY_WITH_TIMEOUT(window.leadModel()->isComplete() && window.leadModel()->totalCount() > 0, 20000);

    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles, menus);
    QCOMPARE(window.leadModel()->headerData(LeadTableModel::Deadline, Qt::Horizontal).toString(), deadlineHeader);
    QCOMPARE(window.findChild<QDockWidget*>("deadlineDock")->windowTitle(), dockTitle);
    QCOMPARE(window.facets()->tree()->headerItem()->text(0), facetHeader);
    QVERIFY(window.detailPane()->findChild<QLabel*>() != nullptr);
    bool emptyDetailShown = false;
    for (QLabel* label : window.detailPane()->findChildren<QLabel*>())
        emptyDetailShown |= label->text() == emptyDetail;
    QVERIFY2(emptyDetailShown, qPrintable(emptyDetail));
    QCOMPARE(window.searchField()->accessibleName(), searchName);

    // The count in the status bar: the translated plural, the number grouped as the locale does.
    const QLocale locale;
    const QString count = locale.toString(window.leadModel()->totalCount()) + u' ' + leadsWord;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) {
                if (label->text() == count)
                    return true;
            }
            return false;
        }(),
        10000);

    // Dates in the table in the locale's own short form.
    const QModelIndex deadline = window.leadModel()->index(0, LeadTableModel::Deadline);
    QTRY_VERIFY(deadline.data(LeadTableModel::LoadedRole).toBool());
    const QString iso = deadline.data(LeadTableModel::SortRole).toString();
    const QDate date = iso.size() == 10 ? QDate::fromString(iso, Qt::ISODate)
                                        : QDateTime::fromString(iso, Qt::ISODate).toLocalTime().date();
    const QString shown = deadline.data(Qt::DisplayRole).toString();
    QVERIFY2(shown.contains(locale.toString(date, QLocale::ShortFormat)), qPrintable(shown + " / " + iso));
    window.close();
}

void TestTranslations::messagesOutsideWidgetsAreTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("nameTaken");
    QTest::addColumn<QString>("exportToFolder");
    QTest::newRow("French") << "fr" << QString::fromUtf8("Une recherche enregistrée nommée «\u00a0Lighting\u00a0» existe déjà")
                            << QString::fromUtf8("Impossible d'exporter vers %1\u00a0: c'est un dossier");
    QTest::newRow("Spanish") << "es" << QString::fromUtf8("Ya existe una búsqueda guardada llamada «Lighting»")
                             << "No se puede exportar a %1: es una carpeta";
}

// The cache and the exports say what went wrong in the interface's language, whole: a
// message is looked up under the context lupdate filed it in, or it stays English.
void TestTranslations::messagesOutsideWidgetsAreTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, nameTaken);
    QFETCH(QString, exportToFolder);

    QTranslator translator;
    QVERIFY(translator.load(QString(":/i18n/tradeleads_%1.qm").arg(language)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    QTemporaryDir dir;
    auto store = LeadStore::open(dir.filePath("cache.sqlite"));
    QVERIFY(store.ok());
    SavedSearch search;
    search.name = "Lighting";
    QVERIFY((*store)->addSavedSearch(search).ok());
    QCOMPARE((*store)->addSavedSearch(search).errorMessage(), nameTaken);

    LeadExport::Options options;
    options.format = LeadExport::Format::Xlsx;
    const auto exported = LeadExport::write(**store, QList<qint64> {}, dir.path(), options);
    QVERIFY(!exported.ok());
    QCOMPARE(exported.errorMessage(), exportToFolder.arg(QDir::toNativeSeparators(dir.path())));
}

void TestTranslations::commandLineIsTranslated_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("synopsis");
    QTest::addColumn<QString>("badLimit");
    QTest::newRow("French") << "fr_FR.UTF-8" << "Cherche dans le cache."
                            << QString::fromUtf8("tradeleads search\u00a0: --limit attend un nombre entier, pas "
                                                 "«\u00a0many\u00a0» (voir «\u00a0tradeleads search --help\u00a0»)");
    QTest::newRow("Spanish") << "es_ES.UTF-8" << QString::fromUtf8("Busca en la caché.")
                             << QString::fromUtf8("tradeleads search: --limit admite un número entero, no «many» "
                                                  "(consulte «tradeleads search --help»)");
    QTest::newRow("English") << "C.UTF-8" << "Searches the cache."
                             << "tradeleads search: --limit takes a whole number, not \"many\" "
                                "(see 'tradeleads search --help')";
}

// The command line follows the system's language: its help and its usage errors.
void TestTranslations::commandLineIsTranslated()
{
    QFETCH(QString, locale);
    QFETCH(QString, synopsis);
    QFETCH(QString, badLimit);

    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove("LANGUAGE");
    environment.insert("LC_ALL", locale);
    environment.insert("LANG", locale);
    environment.insert("TRADELEADS_DB", dir.filePath("cache.sqlite"));
    auto run = [&](const QStringList& arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(TRADELEADS_BINARY, arguments);
        process.waitForFinished(60000);
        return std::pair { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())
                                                   + QString::fromUtf8(process.readAllStandardError()) };
    };

    const auto [helpCode, help] = run({ "search", "--help" });
    QCOMPARE(helpCode, 0);
    QVERIFY2(help.contains(synopsis), qPrintable(help));
    QVERIFY2(help.contains("tradeleads search"), qPrintable(help));

    const auto [usageCode, usage] = run({ "search", "--limit", "many" });
    QCOMPARE(usageCode, 2);
    QCOMPARE(usage.trimmed(), badLimit);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
