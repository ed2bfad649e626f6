// PgLeadStore::check(): `tradeleads check` on a team server.
#include "PgLeadStorePrivate.h"

namespace {

const char kKept[] = "SELECT facet, value, source, deadline_at, active, leads FROM lead_tally WHERE leads <> 0";

} // namespace

Result<PgLeadStore::CheckReport> PgLeadStore::check(bool thorough) const
{
    const QString what = PgMessages::tr("checking the team server");
    CheckReport report;
    auto size = d->execute(QStringLiteral("SELECT pg_database_size(current_database()), (SELECT COUNT(*) FROM lead)"), {},
                           what);
    if (!size)
        return size.error();
    if (size->next()) {
        report.databaseBytes = size->value(0).toLongLong();
        report.leads = size->value(1).toLongLong();
    }
    size->finish();

    // Every table of the schema read to its end; with --thorough, the values PostgreSQL keeps
    // out of the row (records, descriptions, versions, attachment text) read too.
    auto tables = d->execute(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                            "WHERE n.nspname = 'tradeleads' AND c.relkind = 'r' "
                                            "AND has_table_privilege(c.oid, 'SELECT') ORDER BY c.relname"),
                             {}, what);
    if (!tables)
        return tables.error();
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());
    tables->finish();
    for (const QString& table : std::as_const(names)) {
        QString sql = QStringLiteral("SELECT COUNT(*) FROM tradeleads.\"%1\"").arg(table);
        if (thorough)
            sql = QStringLiteral("SELECT SUM(length(r::text)) FROM tradeleads.\"%1\" r").arg(table);
        auto read = d->execute(sql, {}, what);
        if (!read) {
            report.problem = PgMessages::tr("The table %1 cannot be read to its end: %2").arg(table, read.errorMessage());
            return report;
        }
    }

    auto differing = d->execute(QStringLiteral("SELECT COUNT(*) FROM ((%1 EXCEPT %2) UNION ALL (%2 EXCEPT %1)) AS differing")
                                    .arg(QLatin1String(kKept), QLatin1String(kPgTallyRecount)),
                                {}, what);
    if (!differing)
        return differing.error();
    if (differing->next() && differing->value(0).toLongLong() > 0) {
        report.problem = PgMessages::tr("The statistics' kept counts (lead_tally) differ from a count of the leads in "
                                        "%n place(s); the administrator rebuilds them with `tradeleads admin init`.",
                                        nullptr, int(differing->value(0).toLongLong()));
    }
    return report;
}
