#include "UpsertRows.h"

#include "JsonText.h"

namespace UpsertRows {

// Parameters 21, 22, 24 (the values and `active`) and 28 (the time) are bound as they are.
const std::array<int, 25> kTextParameters
    = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23, 25, 26, 27, 29};

QList<UpsertRow> encode(const QList<Lead>& leads, qsizetype from, qsizetype to)
{
    QList<UpsertRow> rows;
    rows.reserve(to - from);
    for (qsizetype i = from; i < to; ++i) {
        const Lead& lead = leads.at(i);
        UpsertRow row;
        const QString* fields[] = {&lead.source,       &lead.sourceId,     &lead.title,
                                   &lead.description,  &lead.descriptionUrl, &lead.noticeType,
                                   &lead.solicitationNumber, &lead.agency, &lead.subTier,
                                   &lead.office,       &lead.country,      &lead.location,
                                   &lead.industry,     &lead.naicsCode,    &lead.classificationCode,
                                   &lead.setAsideCode, &lead.setAside,     &lead.postedAt,
                                   &lead.deadlineAt,   &lead.amendedAt,    &lead.currency,
                                   &lead.url};
        static_assert(std::size(fields) == 22);
        for (size_t f = 0; f < std::size(fields); ++f)
            row.text[f] = fields[f]->toUtf8();
        if (!lead.contacts.isEmpty())
            JsonText::appendCompact(row.text[22], lead.contacts);
        row.text[23] = lead.raw;
        row.text[24] = lead.contentHash();
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace UpsertRows
