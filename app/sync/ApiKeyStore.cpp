#include "ApiKeyStore.h"

#include "PgLeadStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

const QString kKeychainService = QStringLiteral("Trade Leads");

QString entryName(const QString& service)
{
    return service + QStringLiteral("-api-key");
}

// QtKeychain works by asynchronous jobs; these short local waits talk to the local
// secret service only, never to the network.
template<typename Job>
bool runJob(Job& job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished && job.error() == QKeychain::NoError;
}

QHash<QString, QString> readFile()
{
    QHash<QString, QString> keys;
    QFile file(ApiKeyStore::keyFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return keys;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            keys.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    return keys;
}

Status writeFile(const QHash<QString, QString>& keys)
{
    const QString path = ApiKeyStore::keyFilePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QCoreApplication::translate("ApiKeyStore", "Cannot create the folder for %1").arg(path)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("ApiKeyStore", "Cannot write %1: %2").arg(path, file.errorString())};
    // Readable by the user only, before a key is written into it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        file.write((it.key() + u'=' + it.value() + u'\n').toUtf8());
    if (!file.commit())
        return Error{QCoreApplication::translate("ApiKeyStore", "Cannot write %1: %2").arg(path, file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Done{};
}

} // namespace

namespace ApiKeyStore {

QString keyFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("api-keys"));
}

QString teamServerEntry(const QString& account)
{
    return QStringLiteral("team-server:") + account;
}

void lendToTeamServers()
{
    PgLeadStore::setPasswordLookup([](const QString& account) { return read(teamServerEntry(account)); });
}

bool keychainAvailable()
{
    // Without a session bus, QtKeychain can only fail; asking would only cost time.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return false;
    QKeychain::ReadPasswordJob probe(kKeychainService);
    probe.setKey(QStringLiteral("availability-probe"));
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&probe, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    probe.setAutoDelete(false);
    probe.start();
    if (!finished)
        loop.exec();
    return finished && (probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound);
}

QString read(const QString& service)
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QKeychain::ReadPasswordJob job(kKeychainService);
        job.setKey(entryName(service));
        if (runJob(job) && !job.textData().isEmpty())
            return job.textData();
    }
    return readFile().value(service);
}

Result<Where> write(const QString& service, const QString& key)
{
    if (keychainAvailable()) {
        QKeychain::WritePasswordJob job(kKeychainService);
        job.setKey(entryName(service));
        job.setTextData(key);
        if (runJob(job)) {
            // A key kept in the keychain leaves no copy in the file.
            QHash<QString, QString> keys = readFile();
            if (keys.remove(service) > 0) {
                if (auto status = writeFile(keys); !status)
                    return status.error();
            }
            return Where::Keychain;
        }
    }
    QHash<QString, QString> keys = readFile();
    keys.insert(service, key);
    if (auto status = writeFile(keys); !status)
        return status.error();
    return Where::File;
}

Status remove(const QString& service)
{
    if (keychainAvailable()) {
        QKeychain::DeletePasswordJob job(kKeychainService);
        job.setKey(entryName(service));
        runJob(job);
    }
    QHash<QString, QString> keys = readFile();
    if (keys.remove(service) > 0)
        return writeFile(keys);
    return Done{};
}

} // namespace ApiKeyStore
