#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Who won similar work: the award notices in the cache for an agency and an industry, and the
// awards of a solicitation that is competed again (its incumbent). Values only; the store
// answers LeadStore::awardHistory().
struct AwardQuery
{
    QString agency;      // exact, as the source names it ("DEPT OF DEFENSE"); empty: any
    QString subTier;     // exact; empty: any
    QString office;      // exact; empty: any
    QString naicsPrefix; // "2373" matches 237310; empty: any
    QString solicitationNumber; // the incumbent: award notices with this number, in any agency
    QDate since;         // awards dated on or after it; invalid: any date
    int limit = 20;      // the most recent awards and the top awardees, each at most this many
};

struct Award
{
    QString awardee;
    std::optional<double> amount;
    QString date; // YYYY-MM-DD
    QString awardNumber;
    QString source;
    QString sourceId;
    QString title;
    QString agency;
    QString naicsCode;
    QString solicitationNumber;
};

struct Awardee
{
    QString name; // the spelling used most, without an address after the company name
    qint64 awards = 0;
    double total = 0; // the amounts stated; an award without one counts, adds nothing
};

struct AwardHistory
{
    QList<Award> recent;      // the newest award date first
    QList<Awardee> awardees;  // most awards first, then the largest total
    QList<Award> incumbent;   // the awards whose solicitation number is the query's, newest first
};

namespace AwardNames {

// The company part of an awardee as sources write it: the bulk CSV often adds the address
// ("Ironclad Environmental Group, LLC, Portland, OR 97204, USA", "ACME INC. HOLLADAY 84121").
QString companyName(const QString& awardee);
// The key awardees are grouped by: the company part, case-folded, its spacing and
// punctuation ignored.
QString groupingKey(const QString& awardee);

} // namespace AwardNames

// Spellings of awardees with their counts and totals, as the store groups them, merged into
// one entry per company and ranked; at most `limit` (all when negative).
struct AwardeeSpelling
{
    QString spelling;
    qint64 awards = 0;
    double total = 0;
};
QList<Awardee> rankAwardees(const QList<AwardeeSpelling>& spellings, int limit);
