#include "ApiKeyStore.h"
#include "PgLeadStore.h"
#include "SettingsDialog.h"
#include "CacheFileSetting.h"
#include "SourceSettings.h"
#include "Theme.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Settings dialog keeps every setting it shows, resets them, and saves API keys where
// QSettings never sees them. No D-Bus session here: keys go to the private key file.
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void coversEverySetting();
    void keepsWhatWasChosen();
    void teamServerLocationIsKept();
    void resetToDefaultsKeepsTheKeys();
    void keyIsNotInAnySettingsFile();
    void noticeSaysWhereKeysAre();

private:
    static QLineEdit* field(SettingsDialog& dialog, const QString& accessibleNameOrLabel);
    static QComboBox* combo(SettingsDialog& dialog, const QString& label);
    static QString contentsOf(const QString& path);

    QTemporaryDir m_home;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath("config").toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath("data").toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    for (const char* variable : { "TRADELEADS_SAM_API_KEY", "TRADELEADS_ITA_API_KEY", "TRADELEADS_SAM_URL",
             "TRADELEADS_ITA_URL", "TRADELEADS_SAM_CSV_URL", "TRADELEADS_DB" })
        qunsetenv(variable);
    QCoreApplication::setOrganizationName("TradeLeadsTest");
    QCoreApplication::setApplicationName("tst_settingsdialog");
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    QFile::remove(ApiKeyStore::keyFilePath());
}

QLineEdit* TestSettingsDialog::field(SettingsDialog& dialog, const QString& name)
{
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == name)
            return edit;
        // A form row's label names its field.
        if (auto* form = qobject_cast<QFormLayout*>(edit->parentWidget()->layout())) {
            if (auto* label = qobject_cast<QLabel*>(form->labelForField(edit)); label && label->text() == name)
                return edit;
        }
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() == edit && label->text() == name)
                return edit;
        }
    }
    return nullptr;
}

QComboBox* TestSettingsDialog::combo(SettingsDialog& dialog, const QString& label)
{
    for (QLabel* candidate : dialog.findChildren<QLabel*>()) {
        if (candidate->text() == label)
            return qobject_cast<QComboBox*>(candidate->buddy());
    }
    return nullptr;
}

QString TestSettingsDialog::contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestSettingsDialog::coversEverySetting()
{
    SettingsDialog dialog;
    // Keys, base URLs, sources, quota, schedule, language, theme, cache location, reset.
    QVERIFY(field(dialog, "SAM.gov API key"));
    QVERIFY(field(dialog, "ITA API key"));
    QCOMPARE(field(dialog, "SAM.gov API key")->echoMode(), QLineEdit::Password);
    QVERIFY(field(dialog, "SAM.gov &API:"));
    QVERIFY(field(dialog, "ITA A&PI:"));
    QVERIFY(field(dialog, "Bulk &CSV:"));
    QVERIFY(field(dialog, "Cache &location:"));
    QVERIFY(combo(dialog, "SAM.gov &quota:"));
    QVERIFY(combo(dialog, "&Language:"));
    QVERIFY(combo(dialog, "&Theme:"));
    QVERIFY(dialog.findChild<QSpinBox*>());
    int sourceSwitches = 0;
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
        sourceSwitches += box->property("sourceKey").isValid() ? 1 : 0;
    QCOMPARE(sourceSwitches, int(SourceSettings::syncSourceKeys().size()) - 1); // sam-csv has its own switch
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::RestoreDefaults));
    // The language list offers the system's and each of ours.
    QComboBox* language = combo(dialog, "&Language:");
    QCOMPARE(language->count(), 1 + int(Translations::languages().size()));
    QVERIFY(language->itemData(0).toString().isEmpty());
}

void TestSettingsDialog::keepsWhatWasChosen()
{
    const QString cache = m_home.filePath("elsewhere/leads.sqlite");
    {
        SettingsDialog dialog;
        field(dialog, "SAM.gov &API:")->setText("http://127.0.0.1:9/sam");
        field(dialog, "Cache &location:")->setText(cache);
        QComboBox* language = combo(dialog, "&Language:");
        language->setCurrentIndex(language->findData("fr"));
        QComboBox* theme = combo(dialog, "&Theme:");
        theme->setCurrentIndex(theme->findData("dark"));
        QComboBox* quota = combo(dialog, "SAM.gov &quota:");
        quota->setCurrentIndex(quota->findData(10000));
        dialog.findChild<QSpinBox*>()->setValue(6);
        dialog.accept();
    }
    QCOMPARE(Translations::configuredLanguage(), QString("fr"));
    QCOMPARE(Theme::configured(), Theme::Choice::Dark);
    QCOMPARE(CacheFileSetting::configured(), cache);
    QCOMPARE(SourceSettings::samBaseUrl(), QUrl("http://127.0.0.1:9/sam"));
    QCOMPARE(SourceSettings::samDailyQuota(), 10000);
    QCOMPARE(QSettings().value("sync/everyHours").toInt(), 6);

    SettingsDialog again;
    QCOMPARE(combo(again, "&Language:")->currentData().toString(), QString("fr"));
    QCOMPARE(combo(again, "&Theme:")->currentData().toString(), QString("dark"));
    QCOMPARE(field(again, "Cache &location:")->text(), cache);
}

void TestSettingsDialog::teamServerLocationIsKept()
{
    const QString server = QStringLiteral("postgresql://alice@db.example.com/tradeleads?sslmode=verify-full");
    const QString password = QStringLiteral("TEAM-SERVER-PASSWORD-41c7");
    {
        SettingsDialog dialog;
        QVERIFY(!field(dialog, "Team server password")->isEnabled()); // a cache file has none
        field(dialog, "Cache &location:")->setText(server);
        QVERIFY(field(dialog, "Team server password")->isEnabled());
        QCOMPARE(field(dialog, "Team server password")->echoMode(), QLineEdit::Password);
        field(dialog, "Team server password")->setText(password);
        dialog.accept();
    }
    QCOMPARE(CacheFileSetting::configured(), server);
    // Kept where the keys are (no keychain here: the file readable by the user only), under the
    // account, never in the settings; the window and the sync hand it to the connection.
    QCOMPARE(ApiKeyStore::read(ApiKeyStore::teamServerEntry(QStringLiteral("alice@db.example.com:5432/tradeleads"))),
             password);
    QVERIFY(!contentsOf(QSettings().fileName()).contains(password));
    SettingsDialog again;
    QCOMPARE(field(again, "Cache &location:")->text(), server);
    QCOMPARE(field(again, "Team server password")->text(), password);
    QVERIFY(field(again, "Cache &location:")->toolTip().contains(QLatin1String("postgresql://")));
    // A location that holds a password is never kept (a warning says where it goes instead).
    QVERIFY(!PgLeadStore::checkLocation(QStringLiteral("postgresql://alice:secret@db.example.com/tradeleads")));
}

void TestSettingsDialog::resetToDefaultsKeepsTheKeys()
{
    {
        SettingsDialog dialog;
        field(dialog, "SAM.gov API key")->setText("sam-key-kept-through-reset");
        field(dialog, "ITA A&PI:")->setText("http://127.0.0.1:9/ita");
        QComboBox* theme = combo(dialog, "&Theme:");
        theme->setCurrentIndex(theme->findData("light"));
        dialog.accept();
    }
    QCOMPARE(Theme::configured(), Theme::Choice::Light);
    {
        SettingsDialog dialog;
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(field(dialog, "ITA A&PI:")->text().isEmpty());
        QCOMPARE(combo(dialog, "&Theme:")->currentIndex(), 0);
        QCOMPARE(combo(dialog, "&Language:")->currentIndex(), 0);
        QVERIFY(field(dialog, "Cache &location:")->text().isEmpty());
        dialog.accept();
    }
    QCOMPARE(Theme::configured(), Theme::Choice::System);
    QVERIFY(Translations::configuredLanguage().isEmpty());
    QVERIFY(CacheFileSetting::configured().isEmpty());
    QCOMPARE(SourceSettings::itaBaseUrl(), QUrl("https://api.trade.gov"));
    QCOMPARE(SourceSettings::samApiKey(), QString("sam-key-kept-through-reset"));
}

void TestSettingsDialog::keyIsNotInAnySettingsFile()
{
    const QString samSecret = "SAM-SECRET-5f1c9e0a7b";
    const QString itaSecret = "ITA-SECRET-0d3e8c2f41";
    {
        SettingsDialog dialog;
        field(dialog, "SAM.gov API key")->setText(samSecret);
        field(dialog, "ITA API key")->setText(itaSecret);
        field(dialog, "SAM.gov &API:")->setText("http://127.0.0.1:9/sam"); // so that the settings file exists
        dialog.accept();
    }
    QCOMPARE(SourceSettings::samApiKey(), samSecret);
    QCOMPARE(SourceSettings::itaApiKey(), itaSecret);

    // The QSettings file, and every other file under the config and data folders, but the
    // private key file.
    QSettings settings;
    settings.sync();
    QVERIFY(QFile::exists(settings.fileName()));
    for (const QString& key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(samSecret) && !value.contains(itaSecret), qPrintable(key));
    }
    int checked = 0;
    QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (QFileInfo(path).canonicalFilePath() == QFileInfo(ApiKeyStore::keyFilePath()).canonicalFilePath())
            continue;
        const QString text = contentsOf(path);
        QVERIFY2(!text.contains(samSecret) && !text.contains(itaSecret), qPrintable(path));
        ++checked;
    }
    QVERIFY(checked >= 1);

    // The key file: the user's alone.
    QFile keys(ApiKeyStore::keyFilePath());
    QVERIFY(keys.exists());
    QCOMPARE(keys.permissions()
            & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::Permissions());
    QVERIFY(contentsOf(keys.fileName()).contains(samSecret));
}

void TestSettingsDialog::noticeSaysWhereKeysAre()
{
    SettingsDialog dialog;
    auto* notice = dialog.findChild<QLabel*>("keyStorageNotice");
    QVERIFY(notice);
    QVERIFY2(notice->text().contains(ApiKeyStore::keyFilePath()), qPrintable(notice->text()));
    QVERIFY(notice->text().contains("readable by you only"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
