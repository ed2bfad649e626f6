#pragma once

#include <QByteArray>
#include <QString>

// Where a source's sync stands: what resumes an interrupted run.
struct SyncState
{
    QString highWater; // the newest posted date synced completely
    QByteArray cursor; // where an unfinished run stopped, as JSON; empty when none
};

// One run of one source, as the sync history keeps it.
struct SyncRun
{
    qint64 id = 0;
    QString source;
    QString startedAt;
    QString finishedAt;
    qint64 pages = 0;
    qint64 records = 0;
    QString outcome; // running, ok, failed, cancelled, quota, interrupted (killed)
    QString error;
};
