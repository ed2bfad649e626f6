#include "SamSync.h"

#include "Clock.h"
#include "LeadStore.h"
#include "SamJsonParser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

QString samDate(const QDate& date)
{
    return date.toString(QStringLiteral("MM/dd/yyyy"));
}

} // namespace

SamSync::SamSync(StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config, QObject* parent)
    : SourceSync(QStringLiteral("sam"), writer, network, config, parent),
      m_quota(std::make_unique<RequestQuota>(config.samApiKey, config.samDailyQuota))
{
}

SamSync::~SamSync() = default;

QString SamSync::serviceName() const
{
    return QStringLiteral("SAM.gov");
}

QString SamSync::keyHint() const
{
    return QStringLiteral("TRADELEADS_SAM_API_KEY");
}

Status SamSync::prepare(const SyncState& state)
{
    if (m_config.samApiKey.isEmpty())
        return Error{tr("No SAM.gov API key is set: add it in Settings or set TRADELEADS_SAM_API_KEY.")};
    m_highWater = state.highWater;
    const QJsonObject cursor = QJsonDocument::fromJson(state.cursor).object();
    const QDate cursorFrom = QDate::fromString(cursor.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate cursorTo = QDate::fromString(cursor.value(QStringLiteral("to")).toString(), Qt::ISODate);
    const bool explicitRange = m_config.postedFrom.isValid() || m_config.postedTo.isValid();
    const bool resume = cursorFrom.isValid() && cursorTo.isValid()
        && (!explicitRange
            || ((!m_config.postedFrom.isValid() || m_config.postedFrom == cursorFrom)
                && (!m_config.postedTo.isValid() || m_config.postedTo == cursorTo)));
    if (resume) {
        // An earlier run stopped part-way: carry on from its last committed page.
        m_from = cursorFrom;
        m_to = cursorTo;
    } else {
        m_to = m_config.postedTo.isValid() ? m_config.postedTo : Clock::nowUtc().date();
        if (m_config.postedFrom.isValid()) {
            m_from = m_config.postedFrom;
        } else {
            const QDate highWater = QDate::fromString(state.highWater.left(10), Qt::ISODate);
            m_from = highWater.isValid() ? highWater.addDays(-m_config.overlapDays) : m_to.addDays(-m_config.initialDays);
        }
    }
    if (m_from > m_to)
        return Error{tr("The posted-from date %1 is after the posted-to date %2")
                         .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))};
    for (QDate start = m_from; start <= m_to;) {
        const QDate end = qMin(start.addDays(m_config.windowDays), m_to);
        m_windows.append({start, end});
        start = end.addDays(1);
    }
    if (resume) {
        m_window = cursor.value(QStringLiteral("window")).toInt();
        m_page = cursor.value(QStringLiteral("page")).toInteger();
        m_covered = cursor.value(QStringLiteral("covered")).toInteger();
        m_recordOffsets = cursor.value(QStringLiteral("recordOffsets")).toBool();
        m_planChecked = true;
    }
    if (m_quota->remaining() <= 0) {
        return Error{tr("The daily quota of %1 SAM.gov requests is used up; nothing was fetched. Resume after %2, "
                        "or fill the cache from the bulk CSV (sync --source sam-csv), which needs no key.")
                         .arg(m_quota->limit())
                         .arg(RequestQuota::nextReset().toString(Qt::ISODate))};
    }
    return Done{};
}

QByteArray SamSync::cursorJson(int window, qint64 page, qint64 covered) const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("from"), m_from.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), m_to.toString(Qt::ISODate)},
                                     {QStringLiteral("window"), window},
                                     {QStringLiteral("page"), page},
                                     {QStringLiteral("covered"), covered},
                                     {QStringLiteral("recordOffsets"), m_recordOffsets}})
        .toJson(QJsonDocument::Compact);
}

std::optional<QNetworkRequest> SamSync::nextRequest()
{
    if (m_window >= m_windows.size())
        return std::nullopt;
    QUrl url = m_config.samBaseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/opportunities/v2/search"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api_key"), m_config.samApiKey);
    query.addQueryItem(QStringLiteral("postedFrom"), samDate(m_windows[m_window].first));
    query.addQueryItem(QStringLiteral("postedTo"), samDate(m_windows[m_window].second));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_config.samPageSize));
    query.addQueryItem(QStringLiteral("offset"), QString::number(m_recordOffsets ? m_covered : m_page));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    return request;
}

SourceSync::ParsedPage SamSync::parsePage(const QByteArray& body, const Outlined& outlined) const
{
    return parsedPage(SamJsonParser::parse(body, outlined));
}

SourceSync::PageStep SamSync::advance(const PageOutline& page)
{
    const qint64 count = page.records;
    const qint64 limit = m_config.samPageSize;
    if (!m_recordOffsets && m_page == 0 && page.firstIds.size() > 1)
        m_secondIdOfFirstPage = page.firstIds.at(1);
    if (!m_recordOffsets && m_page == 1 && !page.firstIds.isEmpty() && !m_secondIdOfFirstPage.isEmpty()
        && page.firstIds.first() == m_secondIdOfFirstPage) {
        // This server reads offset as a record offset: page 1 started at record 1.
        m_recordOffsets = true;
        m_covered = 1;
    }
    const qint64 total = page.total;
    PageStep step;
    step.expectedLeads = total;
    qint64 covered = m_recordOffsets ? m_covered + count : (m_page + 1) * limit;
    const bool windowDone = count == 0 || count < limit || (total >= 0 && covered >= total);
    int nextWindow = m_window;
    qint64 nextPage = m_page + 1;
    if (windowDone) {
        ++nextWindow;
        nextPage = 0;
        covered = 0;
    }
    step.next.highWater = m_highWater;
    step.next.cursor = cursorJson(nextWindow, nextPage, covered);

    const qint64 pagesInWindow = total >= 0 ? qMax<qint64>(1, (total + limit - 1) / limit) : -1;
    if (!m_planChecked && total >= 0) {
        m_planChecked = true;
        const qint64 needed = pagesInWindow - 1 + (m_windows.size() - m_window - 1);
        if (needed > m_quota->remaining()) {
            PageResult stop;
            stop.kind = PageResult::Stop;
            stop.stopOutcome = SyncOutcome::QuotaExhausted;
            stop.resumeAt = RequestQuota::nextReset();
            stop.message = tr("This sync needs about %1 more SAM.gov requests but only %2 of today's %3 are left; "
                              "the first page is kept. Narrow the dates (--posted-from), resume after %4, or use "
                              "the bulk CSV (sync --source sam-csv).")
                               .arg(needed)
                               .arg(m_quota->remaining())
                               .arg(m_quota->limit())
                               .arg(RequestQuota::nextReset().toString(Qt::ISODate));
            step.stopAfter = stop;
            return step;
        }
    }
    const qint64 recordsSoFar = m_recordsThisRun + page.records;
    if (windowDone) {
        m_recordsBeforeWindow = recordsSoFar;
        m_recordOffsets = false;
        m_secondIdOfFirstPage.clear();
    }
    m_recordsThisRun = recordsSoFar;
    m_window = nextWindow;
    m_page = nextPage;
    m_covered = covered;
    ++m_pagesThisRun;
    reportProgress(pagesInWindow >= 0 ? m_pagesThisRun + (windowDone ? 0 : pagesInWindow - m_page) : -1,
                   total >= 0 ? m_recordsBeforeWindow + (windowDone ? 0 : total) : -1);
    return step;
}

Status SamSync::complete(LeadStore& store)
{
    SyncState done;
    done.highWater = m_to.toString(Qt::ISODate);
    return store.setSyncState(source(), done);
}
