#include "AwardConditions.h"

#include <QSqlQuery>

namespace {

// The first string after every string that starts with `prefix`: "2373" -> "2374".
QString pastPrefix(QString prefix)
{
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}

} // namespace

AwardConditions AwardConditions::of(const AwardQuery& query)
{
    AwardConditions conditions;
    QStringList terms { QStringLiteral("notice_type = 'Award Notice'"), QStringLiteral("award_awardee IS NOT NULL") };
    auto equal = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        terms.append(QString::fromLatin1(column) + QStringLiteral(" = ?"));
        conditions.values.append(value);
    };
    equal("agency", query.agency);
    equal("sub_tier", query.subTier);
    equal("office", query.office);
    if (!query.naicsPrefix.isEmpty()) {
        terms.append(QStringLiteral("naics_code >= ? AND naics_code < ?"));
        conditions.values << query.naicsPrefix << pastPrefix(query.naicsPrefix);
    }
    if (query.since.isValid()) {
        terms.append(QStringLiteral("award_date >= ?"));
        conditions.values.append(query.since.toString(Qt::ISODate));
    }
    conditions.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    // An industry is narrower than an agency the size of Defense.
    conditions.byIndustry = !query.naicsPrefix.isEmpty() && (query.agency.isEmpty() || query.naicsPrefix.size() >= 4);
    return conditions;
}

QString AwardConditions::columns()
{
    return QStringLiteral("award_awardee, award_amount, award_date, award_number, source, source_id, title, agency, "
                          "naics_code, solicitation_number");
}

Award AwardConditions::awardFrom(const QSqlQuery& query)
{
    Award award;
    int c = 0;
    award.awardee = query.value(c++).toString();
    const QVariant amount = query.value(c++);
    if (!amount.isNull())
        award.amount = amount.toDouble();
    award.date = query.value(c++).toString();
    award.awardNumber = query.value(c++).toString();
    award.source = query.value(c++).toString();
    award.sourceId = query.value(c++).toString();
    award.title = query.value(c++).toString();
    award.agency = query.value(c++).toString();
    award.naicsCode = query.value(c++).toString();
    award.solicitationNumber = query.value(c++).toString();
    return award;
}
