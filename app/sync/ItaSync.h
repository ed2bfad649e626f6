#pragma once

#include "SourceSync.h"

// ITA's APIs: Trade Leads (`/trade_leads/search`, every source it carries) and the other
// data sets (`/events/q`, `/locations/q`, `/programs/q`, `/MRL/q`, `/articles/q`,
// `/etoolkit/q`). Each run reads the whole set in pages of `size` 100 by `offset`; the
// data sets are small, so a full pass catches edits and amendments alike.
class ItaSync final : public SourceSync
{
    Q_OBJECT
public:
    // `source` is "ita-leads" or one of the data-set keys ("ita-events", ...).
    ItaSync(const QString& source, StoreWorker& writer, QNetworkAccessManager& network, const SyncConfig& config,
            QObject* parent = nullptr);

    static QString pathFor(const QString& source);

protected:
    Status prepare(const SyncState& state) override;
    std::optional<QNetworkRequest> nextRequest() override;
    bool readsPagesAhead() const override { return true; }
    ParsedPage parsePage(const QByteArray& body, const Outlined& outlined) const override;
    PageStep advance(const PageOutline& page) override;
    Status complete(LeadStore& store) override;
    QString serviceName() const override;
    QString keyHint() const override;

private:
    qint64 m_offset = 0;
    qint64 m_total = -1;
    bool m_done = false;
    QString m_highWater;
};
