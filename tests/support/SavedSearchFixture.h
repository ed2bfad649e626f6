#pragma once

#include "SavedSearch.h"

// A saved search as a test writes one.
inline SavedSearch savedSearch(const QString& name, const LeadFilter& filter, bool notify = false,
                               const QString& lastViewedAt = {})
{
    SavedSearch search;
    search.name = name;
    search.filter = filter;
    search.notify = notify;
    search.lastViewedAt = lastViewedAt;
    return search;
}
