#include "ApiKeyStore.h"
#include "SourceSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestApiKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileFallbackIsPrivate();
    void environmentWinsOverTheStore();
    void removeForgetsTheKey();

private:
    QTemporaryDir m_home;
};

void TestApiKeyStore::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no secret service: the file fallback
    qunsetenv("TRADELEADS_SAM_API_KEY");
    QCoreApplication::setOrganizationName(QStringLiteral("TradeLeadsTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apikeystore"));
}

void TestApiKeyStore::fileFallbackIsPrivate()
{
    QVERIFY(!ApiKeyStore::keychainAvailable());
    const QString secret = QStringLiteral("SAM-KEY-0123456789abcdef");
    QSettings().setValue(QStringLiteral("sources/samUrl"), QStringLiteral("https://api.sam.gov"));
    auto where = ApiKeyStore::write(QStringLiteral("sam"), secret);
    QVERIFY2(where.ok(), qPrintable(where.errorMessage()));
    QCOMPARE(*where, ApiKeyStore::Where::File);
    QCOMPARE(ApiKeyStore::read(QStringLiteral("sam")), secret);
    QCOMPARE(SourceSettings::samApiKey(), secret);
    QFile file(ApiKeyStore::keyFilePath());
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                   | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    // The key is nowhere in the settings files.
    QSettings().sync();
    QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
    int settingsFiles = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == ApiKeyStore::keyFilePath())
            continue;
        QFile other(path);
        QVERIFY(other.open(QIODevice::ReadOnly));
        QVERIFY2(!other.readAll().contains(secret.toUtf8()), qPrintable(path));
        ++settingsFiles;
    }
    QVERIFY(settingsFiles >= 1);
}

void TestApiKeyStore::environmentWinsOverTheStore()
{
    QVERIFY(ApiKeyStore::write(QStringLiteral("ita"), QStringLiteral("stored-ita")).ok());
    QCOMPARE(SourceSettings::itaApiKey(), QStringLiteral("stored-ita"));
    qputenv("TRADELEADS_ITA_API_KEY", "from-environment");
    QCOMPARE(SourceSettings::itaApiKey(), QStringLiteral("from-environment"));
    qunsetenv("TRADELEADS_ITA_API_KEY");
    QVERIFY(SourceSettings::configuredSources().contains(QStringLiteral("ita-leads")));
}

void TestApiKeyStore::removeForgetsTheKey()
{
    QVERIFY(ApiKeyStore::write(QStringLiteral("sam"), QStringLiteral("to-be-removed")).ok());
    QVERIFY(ApiKeyStore::remove(QStringLiteral("sam")).ok());
    QVERIFY(ApiKeyStore::read(QStringLiteral("sam")).isEmpty());
    QVERIFY(!SourceSettings::configuredSources().contains(QStringLiteral("sam")));
}

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
