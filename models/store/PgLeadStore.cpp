// PgLeadStore: the location and the connection, transactions, the upsert of synced leads, and
// what a team server does differently by design.
#include "PgLeadStorePrivate.h"

#include "Clock.h"
#include "SharedTables.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QUrlQuery>
#include <QUuid>

#include <utility>

namespace {

// A load of this many leads or more is followed by a vacuum (finishBulkLoad).
constexpr qint64 kLargeLoad = 5000;

const SharedTables::ErrorFor kPgError = [](const QString& what, const QSqlError& error) { return pgError(what, error); };

// libpq's connection options a location may carry; anything else is refused rather than
// passed on unread.
const QStringList kConnectOptions = { QStringLiteral("sslmode"),     QStringLiteral("sslrootcert"),
                                      QStringLiteral("sslcert"),     QStringLiteral("sslkey"),
                                      QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
                                      QStringLiteral("target_session_attrs") };

Error noTeamToShareWith()
{
    return Error { PgMessages::tr("You are in no team to share the search with (tradeleads admin add-analyst --team)") };
}

} // namespace

Error pgError(const QString& what, const QSqlError& error)
{
    // QPSQL puts the server's message in databaseText() and its own words in driverText().
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return Error { PgMessages::tr("Team server error while %1: %2").arg(what, text) };
}

Result<PgLocation> PgLocation::parse(const QString& location)
{
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error { PgMessages::tr("Not a team server location: use postgresql://user@host:port/database") };
    if (!url.password().isEmpty())
        return Error { PgMessages::tr("A team server location must not hold a password: put it in ~/.pgpass "
                                      "(or the file PGPASSFILE names)") };
    PgLocation parsed;
    parsed.host = url.host();
    parsed.port = url.port(5432);
    parsed.user = url.userName();
    parsed.database = url.path().mid(1);
    QStringList options = { QStringLiteral("application_name=tradeleads"), QStringLiteral("connect_timeout=5") };
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            parsed.host = value; // a socket folder, as libpq reads it
        } else if (key == QLatin1String("port")) {
            parsed.port = value.toInt();
        } else if (key == QLatin1String("team")) {
            parsed.team = value;
        } else if (kConnectOptions.contains(key)) {
            const QString prefix = key + u'='; // a later value of an option replaces the default
            options.erase(std::remove_if(options.begin(), options.end(),
                                         [&prefix](const QString& option) { return option.startsWith(prefix); }),
                          options.end());
            options.append(key + u'=' + value);
        } else {
            return Error { PgMessages::tr("The team server location has an option Trade Leads does not know: %1").arg(key) };
        }
    }
    if (parsed.database.isEmpty())
        parsed.database = QStringLiteral("tradeleads");
    parsed.connectOptions = options.join(u';');
    QUrl shown = url;
    shown.setQuery(QString());
    parsed.display = shown.toString();
    parsed.account = QStringLiteral("%1@%2:%3/%4").arg(parsed.user, parsed.host).arg(parsed.port).arg(parsed.database);
    return parsed;
}

namespace {

QMutex passwordLookupMutex;
PgLeadStore::PasswordLookup passwordLookup;

} // namespace

void PgLeadStore::setPasswordLookup(PasswordLookup lookup)
{
    const QMutexLocker locker(&passwordLookupMutex);
    passwordLookup = std::move(lookup);
}

QString PgLeadStore::account(const QString& location)
{
    auto parsed = PgLocation::parse(location);
    return parsed ? parsed->account : QString();
}

Result<QSqlDatabase> connectPg(const PgLocation& location, const QString& connectionName, const QString& database)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error { PgMessages::tr("Qt's PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)") };
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!location.host.isEmpty())
        db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(database.isEmpty() ? location.database : database);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    db.setConnectOptions(location.connectOptions);
    // A password kept in the keychain; without one libpq reads ~/.pgpass (PGPASSFILE).
    PgLeadStore::PasswordLookup lookup;
    {
        const QMutexLocker locker(&passwordLookupMutex);
        lookup = passwordLookup;
    }
    if (lookup) {
        if (const QString password = lookup(location.account); !password.isEmpty())
            db.setPassword(password);
    }
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed().isEmpty() ? db.lastError().text()
                                                                                 : db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error { PgMessages::tr("Cannot connect to the team server %1: %2").arg(location.display, text) };
    }
    // NOTICEs ("… already exists, skipping") would reach stderr through libpq's default printer.
    QSqlQuery quiet(db);
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

bool PgLeadStore::isTeamServer(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Status PgLeadStore::checkLocation(const QString& location)
{
    auto parsed = PgLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return Done{};
}

namespace {

// The team whose pipeline this connection shares: the location's `team=`, else the first team
// role the login is a member of (`admin add-analyst --team`), else none. Set per connection,
// where lead_user_view reads it.
Status joinTeam(PgLeadStore::Private& d, const PgLocation& location)
{
    const QString what = PgMessages::tr("finding your team");
    auto teams = d.execute(QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                                          "WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = current_user) "
                                          "AND NOT r.rolcanlogin AND r.rolname NOT LIKE 'tl\\_%' "
                                          "AND r.rolname NOT LIKE 'pg\\_%' ORDER BY r.rolname"),
                           {}, what);
    if (!teams)
        return teams.error();
    QStringList memberOf;
    while (teams->next())
        memberOf.append(teams->value(0).toString());
    if (!location.team.isEmpty() && !memberOf.contains(location.team))
        return Error { PgMessages::tr("You are not in the team %1 on %2").arg(location.team, location.display) };
    d.team = location.team.isEmpty() ? memberOf.value(0) : location.team;
    auto set = d.execute(QStringLiteral("SELECT set_config('tradeleads.team', ?, false)"), { d.team }, what);
    if (!set)
        return set.error();
    return Done{};
}

} // namespace

PgLeadStore::PgLeadStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

PgLeadStore::~PgLeadStore() = default;

Result<std::unique_ptr<PgLeadStore>> PgLeadStore::open(const QString& location)
{
    auto parsed = PgLocation::parse(location);
    if (!parsed)
        return parsed.error();
    auto d = std::make_unique<Private>();
    d->location = location;
    d->connectionName = QStringLiteral("leadstore-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto db = connectPg(*parsed, d->connectionName);
    if (!db)
        return db.error();
    d->db = *db;
    const QString what = PgMessages::tr("configuring the connection");
    for (const QString& setting : {
             QStringLiteral("SET search_path = tradeleads"),
             // Keyword selectivity differs per value: a generic plan would fit one word only.
             QStringLiteral("SET plan_cache_mode = force_custom_plan"),
             QStringLiteral("SET statement_timeout = '120s'"),
             QStringLiteral("SET idle_in_transaction_session_timeout = '5min'"),
         }) {
        if (auto status = d->exec(setting, what); !status)
            return status.error();
    }
    if (auto team = joinTeam(*d, *parsed); !team)
        return team.error();
    QSqlQuery version(d->db);
    if (!version.exec(QStringLiteral("SELECT version FROM schema_version")) || !version.next())
        return Error { PgMessages::tr("The database %1 has no Trade Leads schema: an administrator sets it up with "
                                      "`tradeleads admin init --db %1`")
                           .arg(parsed->display) };
    const int found = version.value(0).toInt();
    if (found > pgSchemaVersion())
        return Error { PgMessages::tr("The team server %1 was set up by a newer Trade Leads (schema %2, this one knows %3)")
                           .arg(parsed->display)
                           .arg(found)
                           .arg(pgSchemaVersion()) };
    if (found < pgSchemaVersion())
        return Error { PgMessages::tr("The team server %1 has an older schema (%2, this Trade Leads needs %3): an "
                                      "administrator upgrades it with `tradeleads admin init --db %1`")
                           .arg(parsed->display)
                           .arg(found)
                           .arg(pgSchemaVersion()) };
    return std::unique_ptr<PgLeadStore>(new PgLeadStore(std::move(d)));
}

QString PgLeadStore::team() const
{
    return d->team;
}

bool PgLeadStore::writesLeads() const
{
    QSqlQuery query(d->db);
    return query.exec(QStringLiteral("SELECT has_table_privilege('lead', 'INSERT')")) && query.next()
        && query.value(0).toBool();
}

QSqlDatabase PgLeadStore::database() const
{
    return d->db;
}

int PgLeadStore::schemaVersion() const
{
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("SELECT version FROM schema_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString PgLeadStore::path() const
{
    return d->location;
}

void PgLeadStore::setLifetime(Lifetime)
{
    // The server keeps its own cache; a connection has nothing to size.
}

Status PgLeadStore::beginTransaction()
{
    if (!d->db.transaction())
        return pgError(PgMessages::tr("starting a transaction"), d->db.lastError());
    d->inTransaction = true;
    return Done{};
}

Status PgLeadStore::commit()
{
    if (!d->db.commit())
        return pgError(PgMessages::tr("committing"), d->db.lastError());
    d->inTransaction = false;
    return Done{};
}

void PgLeadStore::rollback()
{
    if (d->inTransaction)
        d->db.rollback();
    d->inTransaction = false;
}

namespace {

// PostgreSQL text holds no NUL: a hostile record loses them rather than failing the page.
QJsonValue textValue(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    if (!text.contains(QChar(0)))
        return text;
    QString clean = text;
    clean.remove(QChar(0));
    return clean;
}

QJsonValue numberValue(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject pageRow(const Lead& lead, const QByteArray& hash)
{
    QJsonObject row;
    row.insert(QStringLiteral("source"), textValue(lead.source));
    row.insert(QStringLiteral("source_id"), textValue(lead.sourceId));
    row.insert(QStringLiteral("title"), textValue(lead.title));
    row.insert(QStringLiteral("description"), textValue(lead.description));
    row.insert(QStringLiteral("description_url"), textValue(lead.descriptionUrl));
    row.insert(QStringLiteral("notice_type"), textValue(lead.noticeType));
    row.insert(QStringLiteral("solicitation_number"), textValue(lead.solicitationNumber));
    row.insert(QStringLiteral("agency"), textValue(lead.agency));
    row.insert(QStringLiteral("sub_tier"), textValue(lead.subTier));
    row.insert(QStringLiteral("office"), textValue(lead.office));
    row.insert(QStringLiteral("country"), textValue(lead.country));
    row.insert(QStringLiteral("location"), textValue(lead.location));
    row.insert(QStringLiteral("industry"), textValue(lead.industry));
    row.insert(QStringLiteral("naics_code"), textValue(lead.naicsCode));
    row.insert(QStringLiteral("classification_code"), textValue(lead.classificationCode));
    row.insert(QStringLiteral("set_aside_code"), textValue(lead.setAsideCode));
    row.insert(QStringLiteral("set_aside"), textValue(lead.setAside));
    row.insert(QStringLiteral("posted_at"), textValue(lead.postedAt));
    row.insert(QStringLiteral("deadline_at"), textValue(lead.deadlineAt));
    row.insert(QStringLiteral("amended_at"), textValue(lead.amendedAt));
    row.insert(QStringLiteral("value_min"), numberValue(lead.valueMin));
    row.insert(QStringLiteral("value_max"), numberValue(lead.valueMax));
    row.insert(QStringLiteral("currency"), textValue(lead.currency));
    row.insert(QStringLiteral("active"), lead.active ? QJsonValue(*lead.active ? 1 : 0) : QJsonValue(QJsonValue::Null));
    row.insert(QStringLiteral("url"), textValue(lead.url));
    row.insert(QStringLiteral("contacts"),
               lead.contacts.isEmpty()
                   ? QJsonValue(QJsonValue::Null)
                   : textValue(QString::fromUtf8(QJsonDocument(lead.contacts).toJson(QJsonDocument::Compact))));
    row.insert(QStringLiteral("raw"), textValue(QString::fromUtf8(lead.raw)));
    row.insert(QStringLiteral("content_hash"), QString::fromLatin1(hash));
    return row;
}

// A page's new and changed leads in one statement: the rows travel as one JSON parameter
// (QPSQL binds no arrays, and a statement per lead is a round trip per lead).
const char* const kPageUpsertSql = R"SQL(
INSERT INTO lead AS l (source, source_id, title, description, description_url, notice_type, solicitation_number,
    agency, sub_tier, office, country, location, industry, naics_code, classification_code, set_aside_code,
    set_aside, posted_at, deadline_at, amended_at, value_min, value_max, currency, active, url, contacts, raw,
    first_seen_at, last_seen_at, content_hash)
SELECT r.source, r.source_id, r.title, r.description, r.description_url, r.notice_type, r.solicitation_number,
    r.agency, r.sub_tier, r.office, r.country, r.location, r.industry, r.naics_code, r.classification_code,
    r.set_aside_code, r.set_aside, r.posted_at, r.deadline_at, r.amended_at, r.value_min, r.value_max, r.currency,
    r.active, r.url, r.contacts, r.raw, ?, ?, r.content_hash
FROM json_to_recordset(?::json) AS r(source text, source_id text, title text, description text,
    description_url text, notice_type text, solicitation_number text, agency text, sub_tier text, office text,
    country text, location text, industry text, naics_code text, classification_code text, set_aside_code text,
    set_aside text, posted_at text, deadline_at text, amended_at text, value_min double precision,
    value_max double precision, currency text, active integer, url text, contacts text, raw text, content_hash text)
ON CONFLICT (source, source_id) DO UPDATE SET
    title = excluded.title, description = COALESCE(excluded.description, l.description),
    description_url = COALESCE(excluded.description_url, l.description_url),
    notice_type = excluded.notice_type, solicitation_number = excluded.solicitation_number,
    agency = excluded.agency, sub_tier = excluded.sub_tier, office = excluded.office, country = excluded.country,
    location = excluded.location, industry = excluded.industry, naics_code = excluded.naics_code,
    classification_code = excluded.classification_code, set_aside_code = excluded.set_aside_code,
    set_aside = excluded.set_aside, posted_at = excluded.posted_at, deadline_at = excluded.deadline_at,
    amended_at = excluded.amended_at, value_min = excluded.value_min, value_max = excluded.value_max,
    currency = excluded.currency, active = excluded.active, url = excluded.url, contacts = excluded.contacts,
    raw = excluded.raw, last_seen_at = excluded.last_seen_at, content_hash = excluded.content_hash
WHERE l.content_hash IS DISTINCT FROM excluded.content_hash
RETURNING l.id, l.source, l.source_id, (l.xmax = 0) AS inserted
)SQL";

// Keys as a JSON parameter: [{"source": …, "source_id": …}, …].
QString keysJson(const QList<const Lead*>& leads)
{
    QJsonArray keys;
    for (const Lead* lead : leads)
        keys.append(QJsonObject { { QStringLiteral("source"), textValue(lead->source) },
                                  { QStringLiteral("source_id"), textValue(lead->sourceId) } });
    return QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact));
}

} // namespace

Result<UpsertStats> PgLeadStore::upsert(const QList<Lead>& leads)
{
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status.error();
    }
    auto fail = [&](const Error& error) -> Result<UpsertStats> {
        if (ownTransaction)
            rollback();
        return error;
    };
    const QString what = PgMessages::tr("storing leads");
    const QString now = Clock::nowUtcText();
    UpsertStats stats;
    // Batches without a key twice (ON CONFLICT changes a row once per statement): a lead sent
    // twice in a page counts as SQLite's row path counts it, the second time against the first.
    constexpr qsizetype kBatch = 500;
    qsizetype start = 0;
    while (start < leads.size()) {
        QList<const Lead*> batch;
        QSet<QPair<QString, QString>> keys;
        qsizetype next = start;
        while (next < leads.size() && batch.size() < kBatch) {
            const Lead& lead = leads[next];
            if (keys.contains({ lead.source, lead.sourceId }))
                break;
            keys.insert({ lead.source, lead.sourceId });
            batch.append(&lead);
            ++next;
        }
        start = next;
        const QString keyJson = keysJson(batch);

        // What the server holds of them: only new and changed leads are sent whole.
        auto stored = d->execute(QStringLiteral("SELECT l.source, l.source_id, l.content_hash FROM "
                                                "json_to_recordset(?::json) AS k(source text, source_id text) "
                                                "JOIN lead l ON l.source = k.source AND l.source_id = k.source_id"),
                                 { keyJson }, what);
        if (!stored)
            return fail(stored.error());
        QHash<QPair<QString, QString>, QString> hashes;
        while (stored->next())
            hashes.insert({ stored->value(0).toString(), stored->value(1).toString() }, stored->value(2).toString());

        QJsonArray rows;
        QHash<QPair<QString, QString>, const Lead*> sent;
        for (const Lead* lead : batch) {
            const QByteArray hash = lead->contentHash();
            const auto known = hashes.constFind({ lead->source, lead->sourceId });
            if (known != hashes.constEnd() && known->toLatin1() == hash) {
                ++stats.unchanged;
                continue;
            }
            rows.append(pageRow(*lead, hash));
            sent.insert({ lead->source, lead->sourceId }, lead);
        }
        if (!rows.isEmpty()) {
            auto written = d->execute(QString::fromLatin1(kPageUpsertSql),
                                      { now, now, QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) },
                                      what);
            if (!written)
                return fail(written.error());
            QJsonArray links;
            qsizetype returned = 0;
            while (written->next()) {
                ++returned;
                if (written->value(3).toBool())
                    ++stats.inserted;
                else
                    ++stats.updated;
                const Lead* lead = sent.value({ written->value(1).toString(), written->value(2).toString() });
                if (!lead)
                    continue;
                for (const QString& url : lead->attachmentUrls)
                    links.append(QJsonObject { { QStringLiteral("lead_id"), written->value(0).toLongLong() },
                                               { QStringLiteral("url"), textValue(url) } });
            }
            // Sent but neither inserted nor changed: another writer stored the same content first.
            stats.unchanged += rows.size() - returned;
            if (!links.isEmpty()) {
                // An attachment stays listed when a later version no longer links to it.
                auto listed = d->execute(QStringLiteral("INSERT INTO attachment (lead_id, url) SELECT a.lead_id, a.url "
                                                        "FROM json_to_recordset(?::json) AS a(lead_id bigint, url text) "
                                                        "WHERE a.url IS NOT NULL ON CONFLICT DO NOTHING"),
                                         { QString::fromUtf8(QJsonDocument(links).toJson(QJsonDocument::Compact)) },
                                         what);
                if (!listed)
                    return fail(listed.error());
            }
        }
        // When a sync last saw each lead, in a narrow table: an unchanged lead's wide row is never rewritten.
        auto seen = d->execute(QStringLiteral("INSERT INTO lead_seen (lead_id, last_seen_at) SELECT l.id, ? FROM "
                                              "json_to_recordset(?::json) AS k(source text, source_id text) "
                                              "JOIN lead l ON l.source = k.source AND l.source_id = k.source_id "
                                              "ON CONFLICT (lead_id) DO UPDATE SET last_seen_at = excluded.last_seen_at"),
                               { now, keyJson }, what);
        if (!seen)
            return fail(seen.error());
    }
    if (stats.inserted + stats.updated > 0) {
        // Desktops listening refresh when this commits (never on a rollback). Counts only: any
        // login that may LISTEN reads every payload, whatever row-level security hides.
        auto notified = d->execute(QStringLiteral("SELECT pg_notify(?, ?)"),
                                   { QString::fromLatin1(PgLeadStore::kLeadsChannel),
                                     QStringLiteral("{\"inserted\":%1,\"updated\":%2}").arg(stats.inserted).arg(stats.updated) },
                                   what);
        if (!notified)
            return fail(notified.error());
    }
    if (ownTransaction) {
        if (auto status = commit(); !status)
            return fail(status.error());
    }
    return stats;
}

Result<bool> PgLeadStore::beginBulkLoad(qint64 expectedLeads)
{
    // The server keeps its indexes row by row (pages already travel whole); a large load is
    // followed by a vacuum instead, at finishBulkLoad().
    if (expectedLeads >= kLargeLoad)
        d->largeLoadPending = true;
    return false;
}

Status PgLeadStore::finishBulkLoad()
{
    // After a large load the visibility map is empty and the planner's statistics are stale, so
    // every count, facet and id list reads the wide rows instead of walking an index alone
    // (measured at 200,000 leads: facets 700 -> 110 ms, the open id list 930 -> 50 ms). Only
    // the tables' owner may vacuum them; for the sync role autovacuum follows a load closely
    // (the schema lowers its thresholds).
    if (!std::exchange(d->largeLoadPending, false) || d->inTransaction)
        return Done{};
    const QString what = PgMessages::tr("tidying the server after a large load");
    auto owner = d->execute(QStringLiteral("SELECT pg_has_role(current_user, relowner, 'USAGE') FROM pg_class "
                                           "WHERE oid = 'lead'::regclass"),
                            {}, what);
    if (!owner)
        return owner.error();
    if (!owner->next() || !owner->value(0).toBool())
        return Done{};
    return d->exec(QStringLiteral("VACUUM (ANALYZE) lead, lead_seen, lead_version"), what);
}

Status PgLeadStore::setDescription(const QString& source, const QString& sourceId, const QString& description)
{
    auto done = d->execute(QStringLiteral("SELECT set_description(?, ?, ?)"), { source, sourceId, description },
                           PgMessages::tr("saving a description"));
    if (!done)
        return done.error();
    return Done{};
}

Result<QList<SavedSearch>> PgLeadStore::savedSearches() const
{
    // The analyst's own in their order, then what teammates share (row-level security shows
    // no other), without the sharer's notify and "new since" marks, which are theirs.
    const QString what = PgMessages::tr("reading saved searches");
    auto query = d->execute(QStringLiteral("SELECT id, name, filter, "
                                           "CASE WHEN owner = current_user THEN notify ELSE 0 END, "
                                           "CASE WHEN owner = current_user THEN last_viewed_at END, "
                                           "CASE WHEN owner = current_user THEN last_count END, "
                                           "team IS NOT NULL, CASE WHEN owner = current_user THEN '' ELSE owner::text END "
                                           "FROM saved_search ORDER BY owner <> current_user, "
                                           "CASE WHEN owner = current_user THEN position END, owner, name"),
                            {}, what);
    if (!query)
        return query.error();
    QList<SavedSearch> searches;
    while (query->next()) {
        SavedSearch search = SharedTables::savedSearchFrom(*query);
        search.shared = query->value(6).toBool();
        search.sharedBy = query->value(7).toString();
        searches.append(search);
    }
    if (query->lastError().isValid())
        return pgError(what, query->lastError());
    return searches;
}

Status PgLeadStore::addSavedSearch(const SavedSearch& search)
{
    if (search.shared && d->team.isEmpty())
        return noTeamToShareWith();
    return SharedTables::addSavedSearch(d->db, search, kPgError,
                                        search.shared ? QVariant(d->team) : QVariant());
}

Result<bool> PgLeadStore::removeSavedSearch(const QString& name)
{
    return SharedTables::removeSavedSearch(d->db, name, kPgError);
}

Status PgLeadStore::renameSavedSearch(const QString& name, const QString& newName)
{
    return SharedTables::renameSavedSearch(d->db, name, newName, kPgError);
}

Status PgLeadStore::setSavedSearchShared(const QString& name, bool shared)
{
    if (shared && d->team.isEmpty())
        return noTeamToShareWith();
    auto updated = d->execute(QStringLiteral("UPDATE saved_search SET team = ? WHERE owner = current_user AND name = ?"),
                              { shared ? QVariant(d->team) : QVariant(QMetaType::fromType<QString>()), name },
                              PgMessages::tr("sharing the saved search"));
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error { PgMessages::tr("You have no saved search named \"%1\"").arg(name) };
    return Done{};
}

Status PgLeadStore::setSavedSearchNotify(const QString& name, bool notify)
{
    return SharedTables::setSavedSearchNotify(d->db, name, notify, kPgError);
}

Status PgLeadStore::markSavedSearchViewed(const QString& name, const QString& at)
{
    return SharedTables::markSavedSearchViewed(d->db, name, at, kPgError);
}

Status PgLeadStore::setSavedSearchCount(const QString& name, qint64 count)
{
    return SharedTables::setSavedSearchCount(d->db, name, count, kPgError);
}

Status PgLeadStore::setSavedSearchOrder(const QStringList& names)
{
    const bool ownTransaction = !d->inTransaction;
    if (ownTransaction) {
        if (auto status = beginTransaction(); !status)
            return status;
    }
    if (auto status = SharedTables::setSavedSearchOrder(d->db, names, kPgError); !status) {
        if (ownTransaction)
            rollback();
        return status;
    }
    if (ownTransaction)
        return commit();
    return Done{};
}

Result<qint64> PgLeadStore::startSyncRun(const QString& source)
{
    // One sync of a source at a time for the whole team: a session lock, which a killed run's
    // connection takes with it.
    auto locked = d->execute(QStringLiteral("SELECT pg_try_advisory_lock(hashtext(?))"),
                             { QStringLiteral("tradeleads.sync.") + source }, PgMessages::tr("recording the sync"));
    if (!locked)
        return locked.error();
    if (!locked->next() || !locked->value(0).toBool())
        return Error { PgMessages::tr("Another sync of %1 is running on the team server").arg(source) };
    auto started = SharedTables::startSyncRun(d->db, source, kPgError);
    if (started)
        d->lockedSyncRuns.insert(*started, source);
    else
        (void)d->execute(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"),
                         { QStringLiteral("tradeleads.sync.") + source }, PgMessages::tr("recording the sync"));
    return started;
}

Status PgLeadStore::updateSyncRun(qint64 id, qint64 pages, qint64 records)
{
    return SharedTables::updateSyncRun(d->db, id, pages, records, kPgError);
}

Status PgLeadStore::finishSyncRun(qint64 id, const QString& outcome, const QString& error, qint64 pages, qint64 records)
{
    Status finished = SharedTables::finishSyncRun(d->db, id, outcome, error, pages, records, kPgError);
    if (d->lockedSyncRuns.contains(id)) {
        (void)d->execute(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"),
                         { QStringLiteral("tradeleads.sync.") + d->lockedSyncRuns.take(id) },
                         PgMessages::tr("recording the sync"));
    }
    return finished;
}

Result<QList<SyncRun>> PgLeadStore::syncRuns(const QString& source) const
{
    return SharedTables::syncRuns(d->db, source, kPgError);
}

SyncState PgLeadStore::syncState(const QString& source) const
{
    return SharedTables::syncState(d->db, source);
}

Status PgLeadStore::setSyncState(const QString& source, const SyncState& state)
{
    return SharedTables::setSyncState(d->db, source, state, kPgError);
}

QString PgLeadStore::info(const QString& key) const
{
    return SharedTables::info(d->db, key);
}

Status PgLeadStore::setInfo(const QString& key, const QString& value)
{
    return SharedTables::setInfo(d->db, key, value, kPgError);
}
