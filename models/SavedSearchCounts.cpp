#include "SavedSearchCounts.h"

#include "LeadFilter.h"
#include "LeadStore.h"

QList<SavedSearchCount> countSavedSearches(const LeadStore& store, const QDate& today, const QString& gainedSince)
{
    QList<SavedSearchCount> counts;
    auto searches = store.savedSearches();
    if (!searches)
        return counts;
    for (const SavedSearch& search : *searches) {
        SavedSearchCount count;
        count.name = search.key();
        count.mine = search.sharedBy.isEmpty();
        count.notify = search.notify;
        auto filter = search.usableFilter();
        if (!filter) {
            count.error = filter.errorMessage();
            counts.append(count);
            continue;
        }
        // New means a new family: an amendment or the award of a family the search already
        // showed is not news again.
        auto countSince = [&](const QString& since) { return store.countNewFamilies(*filter, today, since); };
        auto matches = store.count(*filter, today);
        if (!matches) {
            count.error = matches.errorMessage();
            counts.append(count);
            continue;
        }
        count.matches = *matches;
        if (auto fresh = countSince(search.lastViewedAt); fresh && !search.lastViewedAt.isEmpty())
            count.newMatches = *fresh;
        else if (fresh)
            count.newMatches = 0;
        if (!gainedSince.isEmpty()) {
            if (auto gained = countSince(gainedSince))
                count.gained = *gained;
        }
        counts.append(count);
    }
    return counts;
}

void recordSavedSearchCounts(LeadStore& store, const QList<SavedSearchCount>& counts)
{
    for (const SavedSearchCount& count : counts) {
        if (count.matches >= 0 && count.mine)
            (void)store.setSavedSearchCount(count.name, count.matches);
    }
}

QList<SavedSearchCount> searchesToNotify(const QList<SavedSearchCount>& counts)
{
    QList<SavedSearchCount> notify;
    for (const SavedSearchCount& count : counts) {
        if (count.notify && count.gained > 0)
            notify.append(count);
    }
    return notify;
}
