#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <chrono>

enum class SyncOutcome { Ok, Failed, Cancelled, QuotaExhausted };

QString outcomeName(SyncOutcome outcome); // "ok", "failed", "cancelled", "quota"

struct SyncProgress
{
    QString source;
    qint64 pages = 0;
    qint64 pagesEstimated = -1; // -1 until the server has said how many records match
    qint64 records = 0;
    qint64 recordsEstimated = -1;
    qint64 bytes = 0; // downloads
    qint64 bytesTotal = -1;
    bool indexing = false; // every page stored; the cache's indexes being made again after a bulk load
};

struct SourceReport
{
    QString source;
    SyncOutcome outcome = SyncOutcome::Ok;
    qint64 pages = 0;
    qint64 records = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    qint64 requests = 0;
    QString message;   // for people; never holds a key
    QDateTime resumeAt; // when a quota stop may be resumed
};

// How a run talks to the services; every field has a default that suits the real APIs.
struct SyncConfig
{
    QUrl samBaseUrl;
    QUrl samCsvUrl;
    QUrl itaBaseUrl;
    QString samApiKey;
    QString itaApiKey;
    int samDailyQuota = 1000;
    int samPageSize = 1000;      // the API's maximum
    int itaPageSize = 100;       // the API's maximum
    int overlapDays = 3;         // incremental syncs look back this far for late edits
    int initialDays = 30;        // a first SAM sync covers this many days back
    int windowDays = 364;        // SAM allows at most a year per request
    int maxAttempts = 4;         // transient faults: tries per request
    std::chrono::milliseconds retryBase{1000};
    std::chrono::milliseconds retryCap{30000};
    std::chrono::milliseconds timeout{60000};
    std::chrono::seconds maxRetryAfter{120}; // a longer 429 wait stops the source instead
    QDate postedFrom; // explicit range for SAM (else incremental)
    QDate postedTo;
    QString downloadDir; // where the bulk CSV is downloaded to

    static SyncConfig fromEnvironment(); // settings, overridden by TRADELEADS_* variables
};
