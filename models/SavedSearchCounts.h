#pragma once

#include <QDate>
#include <QList>
#include <QString>

// How many leads each saved search matches, how many of those are new since the analyst
// last opened it, and how many arrived since a moment (a sync's start). Opens a connection
// of its own, so it is meant for a worker thread; it records each count in the cache.
struct SavedSearchCount
{
    QString name;
    bool notify = false;
    qint64 matches = -1;    // -1: the search could not be counted (see error)
    qint64 newMatches = -1; // first seen after the search was last opened
    qint64 gained = -1;     // first seen after `gainedSince`; -1 when not asked
    QString error;
};

QList<SavedSearchCount> countSavedSearches(const QString& cachePath, const QDate& today,
                                           const QString& gainedSince = {});

// The searches a notification names after a sync: those marked "notify" that gained matches.
QList<SavedSearchCount> searchesToNotify(const QList<SavedSearchCount>& counts);
