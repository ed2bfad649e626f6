#include "AwardHistory.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace AwardNames {

QString companyName(const QString& awardee)
{
    QString name = awardee.simplified();
    // Every address this recognises ends in a ZIP code; most names hold no digit at all.
    if (std::none_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); }))
        return name;
    // "…, LLC, Portland, OR 97204, USA": the address is what follows the first comma after
    // which a US address (city, state, ZIP, maybe a country) runs to the end. A comma whose
    // rest is not one belongs to the name ("Smith, Jones and Partners, Inc.").
    static const QRegularExpression usAddress(
        QStringLiteral(R"(^[^,]+, [A-Za-z]{2},? \d{5}(-\d{4})?(, [^,]+)?$)"));
    for (qsizetype comma = name.indexOf(QLatin1String(", ")); comma > 0;
         comma = name.indexOf(QLatin1String(", "), comma + 2)) {
        if (usAddress.match(QStringView(name).mid(comma + 2)).hasMatch()) {
            name.truncate(comma);
            return name;
        }
    }
    // The bulk CSV also glues city and ZIP on ("…SERVICE, INC. HOLLADAY 84121"): the city then
    // ends at the company's legal form, when it has one; the ZIP goes in any case.
    static const QRegularExpression gluedZip(QStringLiteral(R"(\s+\d{5}(-\d{4})?$)"));
    if (const auto zip = gluedZip.match(name); zip.hasMatch()) {
        name.truncate(zip.capturedStart());
        static const QRegularExpression legalForm(
            QStringLiteral(R"(\b(INC|INCORPORATED|LLC|L\.L\.C|CORP|CORPORATION|CO|COMPANY|LTD|LIMITED|LLP|LP|PLLC|PC)\b\.?)"),
            QRegularExpression::CaseInsensitiveOption);
        qsizetype end = -1;
        for (auto it = legalForm.globalMatch(name); it.hasNext();)
            end = it.next().capturedEnd();
        if (end > 0)
            name.truncate(end);
    }
    while (name.endsWith(u',') || name.endsWith(u' '))
        name.chop(1);
    return name;
}

namespace {

QString keyOfCompany(const QString& company)
{
    const QString folded = company.toCaseFolded();
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

} // namespace

QString groupingKey(const QString& awardee)
{
    return keyOfCompany(companyName(awardee));
}

} // namespace AwardNames

QList<Awardee> rankAwardees(const QList<AwardeeSpelling>& spellings, int limit)
{
    struct Group
    {
        Awardee awardee;
        QHash<QString, qint64> awardsByName; // its spellings, the address cut off
    };
    QHash<QString, Group> groups;
    for (const AwardeeSpelling& spelling : spellings) {
        const QString company = AwardNames::companyName(spelling.spelling);
        const QString key = AwardNames::keyOfCompany(company);
        if (key.isEmpty())
            continue;
        Group& group = groups[key];
        group.awardee.awards += spelling.awards;
        group.awardee.total += spelling.total;
        group.awardsByName[company] += spelling.awards;
    }
    QList<Awardee> ranked;
    ranked.reserve(groups.size());
    for (Group& group : groups) {
        // The most used spelling; between equals, the same one whatever order they came in.
        qint64 most = -1;
        for (auto it = group.awardsByName.cbegin(); it != group.awardsByName.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < group.awardee.name)) {
                most = it.value();
                group.awardee.name = it.key();
            }
        }
        ranked.append(group.awardee);
    }
    std::sort(ranked.begin(), ranked.end(), [](const Awardee& a, const Awardee& b) {
        if (a.awards != b.awards)
            return a.awards > b.awards;
        if (a.total != b.total)
            return a.total > b.total;
        return a.name < b.name;
    });
    if (limit >= 0 && ranked.size() > limit)
        ranked.resize(limit);
    return ranked;
}
