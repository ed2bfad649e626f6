#pragma once

// Checks of a LeadFilter that came from outside (a saved search, a command line): it
// compiles to SQL whose placeholders match its bindings, and it survives its JSON form.

#include "FuzzSupport.h"
#include "LeadFilter.h"
#include "FilterQuery.h"

#include <QDate>

#include <limits>

namespace Fuzz {

inline bool textIsValidUtf16(const LeadFilter& filter)
{
    QStringList texts = { filter.text, filter.sortColumn };
    for (const QStringList* list : { &filter.sources, &filter.countries, &filter.industries, &filter.naicsPrefixes,
             &filter.setAsideCodes, &filter.noticeTypes, &filter.statuses, &filter.tags })
        texts += *list;
    for (const QString& text : std::as_const(texts)) {
        if (!QStringView(text).isValidUtf16())
            return false;
    }
    return true;
}

inline void checkFilter(const LeadFilter& filter)
{
    for (const QDate& today : { QDate(2026, 1, 15), QDate(9999, 12, 31) }) {
        for (const auto plan : { FilterQuery::KeywordPlan::Lookup, FilterQuery::KeywordPlan::Scan }) {
            const FilterQuery sql = FilterQuery::compile(filter, today, plan);
            const qsizetype placeholders = sql.where().count(u'?') + sql.orderBy().count(u'?');
            require(placeholders == sql.bindings().size(), "every placeholder has its binding", sql.where() + sql.orderBy());
        }
    }
    const QByteArray json = filter.toJson();
    const auto again = LeadFilter::fromJson(json);
    require(again.ok(), "a filter reads back its own JSON", QString::fromUtf8(json));
    require(again->toJson() == json, "a filter's JSON is stable", QString::fromUtf8(json));
    // Unpaired surrogates cannot be spelled in UTF-8, so only valid text round-trips exactly.
    if (textIsValidUtf16(filter)) {
        LeadFilter saved = filter;
        saved.firstSeenAfter.clear(); // not part of a saved search
        require(*again == saved, "a filter survives its JSON", QString::fromUtf8(json));
    }
}

} // namespace Fuzz
