#include "ApiKeyStore.h"
#include "SettingsDialog.h"
#include "SourceSettings.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <qt6keychain/keychain.h>

// API keys through the real keychain: run by with-keyring.sh inside a private D-Bus session
// with an unlocked gnome-keyring and a throwaway HOME. A key saved in Settings is in the
// secret service, read back from it, and in no file at all: not the settings, not the
// fallback key file.
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aSecretServiceAnswers();
    void keySavedInSettingsLivesInTheKeychain();
    void aKeyFileCopyIsRemovedOnSave();
    void removingTheKeyEmptiesTheKeychain();

private:
    // Straight from the secret service, past ApiKeyStore.
    static QString keychainEntry(const QString& service);
    static QStringList filesContaining(const QString& text);
    static void saveInSettings(const QString& samKey);
};

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    QVERIFY2(QDir::homePath().contains("tradeleads-keyring"), "run through with-keyring.sh, in its HOME");
    qunsetenv("TRADELEADS_SAM_API_KEY");
    qunsetenv("TRADELEADS_ITA_API_KEY");
    QCoreApplication::setOrganizationName("TradeLeadsTest");
    QCoreApplication::setApplicationName("tst_keychain");
}

QString TestKeychain::keychainEntry(const QString& service)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("Trade Leads"));
    job.setAutoDelete(false);
    job.setKey(service + "-api-key");
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

QStringList TestKeychain::filesContaining(const QString& text)
{
    QStringList found;
    QDirIterator files(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            found.append(path);
    }
    return found;
}

void TestKeychain::saveInSettings(const QString& samKey)
{
    SettingsDialog dialog;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("SAM.gov API key"))
            edit->setText(samKey);
    }
    dialog.accept();
}

void TestKeychain::aSecretServiceAnswers()
{
    QVERIFY(ApiKeyStore::keychainAvailable());
    SettingsDialog dialog;
    auto* notice = dialog.findChild<QLabel*>("keyStorageNotice");
    QVERIFY(notice);
    QCOMPARE(notice->text(), QString("Keys are kept in the system keychain."));
}

void TestKeychain::keySavedInSettingsLivesInTheKeychain()
{
    const QString secret = "SAM-KEYCHAIN-8c41d2e9f7";
    QSettings().setValue("sources/samDailyQuota", 1000); // the settings file exists either way
    saveInSettings(secret);
    QSettings().sync();

    QCOMPARE(keychainEntry("sam"), secret);
    QCOMPARE(ApiKeyStore::read("sam"), secret);
    QCOMPARE(SourceSettings::samApiKey(), secret);
    QVERIFY(QFile::exists(QSettings().fileName()));
    QVERIFY2(!QFile::exists(ApiKeyStore::keyFilePath()) || filesContaining(secret).isEmpty(),
        qPrintable(ApiKeyStore::keyFilePath()));
    // gnome-keyring keeps its keyring encrypted under this HOME: the key is in no file in clear.
    const QStringList leaks = filesContaining(secret);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(", ")));
    for (const QString& key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(secret));
}

void TestKeychain::aKeyFileCopyIsRemovedOnSave()
{
    // A key left in the fallback file from a session without a keychain moves to the keychain.
    const QString old = "SAM-FROM-FILE-1a2b3c";
    QDir().mkpath(QFileInfo(ApiKeyStore::keyFilePath()).absolutePath());
    QFile file(ApiKeyStore::keyFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(("sam=" + old + "\n").toUtf8());
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const QString secret = "SAM-KEYCHAIN-NEW-77aa00";
    saveInSettings(secret);
    QCOMPARE(keychainEntry("sam"), secret);
    QVERIFY(filesContaining(old).isEmpty());
    QVERIFY(filesContaining(secret).isEmpty());
}

void TestKeychain::removingTheKeyEmptiesTheKeychain()
{
    saveInSettings(QString());
    QVERIFY(keychainEntry("sam").isEmpty());
    QVERIFY(ApiKeyStore::read("sam").isEmpty());
    QVERIFY(!SourceSettings::configuredSources().contains("sam"));
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
