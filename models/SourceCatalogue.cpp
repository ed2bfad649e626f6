#include "SourceCatalogue.h"

#include <QCoreApplication>

namespace SourceCatalogue {

const QList<Source>& all()
{
    static const QList<Source> sources = {
        { "sam", Kind::Leads, nullptr, QT_TRANSLATE_NOOP("LeadDetails", "SAM.gov") },
        { "sam-csv", Kind::Leads, nullptr, QT_TRANSLATE_NOOP("LeadDetails", "SAM.gov") },
        { "ita-leads", Kind::TradeLeads, "/trade_leads/search", nullptr },
        { "ita-events", Kind::Events, "/events/q", QT_TRANSLATE_NOOP("LeadDetails", "ITA \u00B7 Trade events") },
        { "ita-offices", Kind::Reference, "/locations/q", QT_TRANSLATE_NOOP("LeadDetails", "ITA \u00B7 Offices") },
        { "ita-programs", Kind::Reference, "/programs/q", QT_TRANSLATE_NOOP("LeadDetails", "ITA \u00B7 Programs") },
        { "ita-mrl", Kind::Reference, "/MRL/q", QT_TRANSLATE_NOOP("LeadDetails", "ITA \u00B7 Market research") },
        { "ita-articles", Kind::Reference, "/articles/q", QT_TRANSLATE_NOOP("LeadDetails", "ITA \u00B7 Articles") },
        { "ita-etoolkit", Kind::Reference, "/etoolkit/q",
          QT_TRANSLATE_NOOP("LeadDetails", "ITA \u00B7 Environmental toolkit") },
    };
    return sources;
}

QStringList syncKeys()
{
    QStringList keys;
    for (const Source& source : all())
        keys.append(QLatin1String(source.key));
    return keys;
}

QString itaPath(const QString& syncKey)
{
    for (const Source& source : all()) {
        if (source.itaPath && syncKey == QLatin1String(source.key))
            return QLatin1String(source.itaPath);
    }
    return {};
}

QStringList referenceSources()
{
    QStringList keys;
    for (const Source& source : all()) {
        if (source.kind == Kind::Reference)
            keys.append(QLatin1String(source.key));
    }
    return keys;
}

QStringList itaDatasetSources()
{
    return QStringList { eventSource() } + referenceSources();
}

QString eventSource()
{
    return QStringLiteral("ita-events");
}

bool namesEveryTradeLeadSource(const QString& key)
{
    return key == QLatin1String("ita") || key == QLatin1String("ita-leads");
}

QString storedSource(const QString& key)
{
    return key == QLatin1String("sam-csv") ? QStringLiteral("sam") : key;
}

QString displayName(const QString& storedSource)
{
    if (storedSource == QLatin1String("ita-state"))
        return QCoreApplication::translate("LeadDetails", "ITA \u00B7 State Dept (BIDS)");
    for (const Source& source : all()) {
        if (source.name && storedSource == QLatin1String(source.key))
            return QCoreApplication::translate("LeadDetails", source.name);
    }
    if (storedSource.startsWith(QLatin1String("ita-"))) {
        QString rest = storedSource.mid(4);
        rest = rest.size() <= 4 ? rest.toUpper() : rest.left(1).toUpper() + rest.mid(1);
        return QCoreApplication::translate("LeadDetails", "ITA \u00B7 %1").arg(rest);
    }
    return storedSource;
}

} // namespace SourceCatalogue
