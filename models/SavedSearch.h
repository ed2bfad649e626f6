#pragma once

#include "LeadFilter.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct SavedSearch
{
    // A stored filter that cannot be read (damaged text): kept exactly as stored, so that
    // nothing is lost, and never applied.
    struct UnreadableFilter
    {
        QByteArray json;
        QString problem;
    };

    qint64 id = 0;
    QString name;
    LeadFilter filter;
    std::optional<UnreadableFilter> unreadable; // then `filter` is empty and must not be used
    bool notify = false;
    QString lastViewedAt; // matches first seen after this are "new"; set when saved and when opened
    qint64 lastCount = -1; // matches when last counted, -1 before
    // On a team server: `shared` when the team sees this search too; `sharedBy`, the teammate
    // whose search it is (empty for the analyst's own, which alone they may change).
    bool shared = false;
    QString sharedBy;

    // What tells it apart in the analyst's list, where a teammate's may bear the name of one
    // of their own: "alice/Ports" for alice's.
    QString key() const { return sharedBy.isEmpty() ? name : sharedBy + u'/' + name; }

    // The filter, or why it cannot be used.
    Result<LeadFilter> usableFilter() const
    {
        if (unreadable)
            return Error{unreadable->problem};
        return filter;
    }
    // What the store and the share file keep.
    QByteArray filterJson() const { return unreadable ? unreadable->json : filter.toJson(); }
    // Reads what the store kept; an unreadable filter is kept as it is, with the reason.
    void setFilterJson(const QByteArray& json)
    {
        auto parsed = LeadFilter::fromJson(json);
        if (parsed) {
            filter = *parsed;
            unreadable.reset();
        } else {
            filter = {};
            unreadable = UnreadableFilter{json, parsed.errorMessage()};
        }
    }
};
