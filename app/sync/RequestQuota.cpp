#include "RequestQuota.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSettings>

RequestQuota::RequestQuota(const QString& apiKey, int dailyLimit)
    : m_keyHash(QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)),
      m_limit(dailyLimit)
{
}

QString RequestQuota::settingsKey() const
{
    return QStringLiteral("quota/%1/%2")
        .arg(QString::fromLatin1(m_keyHash), QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
}

int RequestQuota::used() const
{
    return QSettings().value(settingsKey(), 0).toInt();
}

int RequestQuota::remaining() const
{
    return qMax(0, m_limit - used());
}

void RequestQuota::countRequest()
{
    QSettings settings;
    settings.setValue(settingsKey(), settings.value(settingsKey(), 0).toInt() + 1);
}

QDateTime RequestQuota::nextReset()
{
    return QDateTime(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(0, 0), Qt::UTC);
}
