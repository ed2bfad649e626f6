#pragma once

#include <QDate>
#include <QList>
#include <QString>

class LeadStore;

// How many leads each saved search matches, how many notice families are new to it since the
// analyst last opened it, and how many arrived since a moment (a sync's start). A family
// counts once: its later notices (amendments, the award) are not new matches again. It only reads, so it
// runs on a reader's connection; recordSavedSearchCounts() then writes the counts through the
// one writer.
struct SavedSearchCount
{
    QString name; // the search's key(): "alice/Ports" for a teammate's
    bool mine = true; // a teammate's shared search is counted, but its count is not ours to keep
    bool notify = false;
    qint64 matches = -1;    // -1: the search could not be counted (see error)
    qint64 newMatches = -1; // families first matched after the search was last opened
    qint64 gained = -1;     // families first matched after `gainedSince`; -1 when not asked
    QString error;
};

QList<SavedSearchCount> countSavedSearches(const LeadStore& store, const QDate& today,
                                           const QString& gainedSince = {});
// Keeps each search's last count in the cache.
void recordSavedSearchCounts(LeadStore& store, const QList<SavedSearchCount>& counts);

// The searches a notification names after a sync: those marked "notify" that gained matches.
QList<SavedSearchCount> searchesToNotify(const QList<SavedSearchCount>& counts);
