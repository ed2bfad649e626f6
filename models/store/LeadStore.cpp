#include "LeadStore.h"

#include "PgLeadStore.h"
#include "SqliteLeadStore.h"
#include "SqlitePageMemory.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
};

} // namespace

UpsertStats& UpsertStats::operator+=(const UpsertStats& other)
{
    inserted += other.inserted;
    updated += other.updated;
    unchanged += other.unchanged;
    return *this;
}

LeadStore::~LeadStore() = default;

void LeadStore::sharePageMemory()
{
    (void)installSqlitePageMemory();
}

Result<std::unique_ptr<LeadStore>> LeadStore::open(const QString& location)
{
    if (PgLeadStore::isTeamServer(location)) {
        auto server = PgLeadStore::open(location);
        if (!server)
            return server.error();
        return std::unique_ptr<LeadStore>(std::move(*server));
    }
    auto store = SqliteLeadStore::open(location);
    if (!store)
        return store.error();
    return std::unique_ptr<LeadStore>(std::move(*store));
}

QString LeadStore::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("leads.sqlite"));
}

QString LeadStore::location(const QString& fromFlag)
{
    if (!fromFlag.isEmpty())
        return fromFlag;
    const QString fromEnvironment = qEnvironmentVariable("TRADELEADS_DB");
    return fromEnvironment.isEmpty() ? defaultPath() : fromEnvironment;
}

Result<SavedSearch> LeadStore::savedSearch(const QString& name) const
{
    auto all = savedSearches();
    if (!all)
        return all.error();
    for (const SavedSearch& search : *all) {
        if (search.key() == name)
            return search; // the analyst's own first: savedSearches() lists them first
    }
    return Error { Messages::tr("No saved search named \"%1\"").arg(name) };
}
