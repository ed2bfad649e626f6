#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

// Counts requests per API key per UTC day in the user's settings, so the daily quota
// (SAM.gov: 10, 1,000 or 10,000) is known before a run starts. Only a hash of the key is kept.
class RequestQuota final
{
public:
    RequestQuota(const QString& apiKey, int dailyLimit);

    int used() const;
    int remaining() const;
    int limit() const { return m_limit; }
    void countRequest();

    static QDateTime nextReset(); // the next UTC midnight

private:
    QString settingsKey() const;

    QByteArray m_keyHash;
    int m_limit;
};
