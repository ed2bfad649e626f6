#include "Lead.h"

#include <QCoreApplication>
#include <QCryptographicHash>

QByteArray Lead::contentHash() const
{
    return QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex().left(32);
}

QString RecordError::message() const
{
    return QCoreApplication::translate("RecordError", "%1 record %2: %3").arg(source, record, reason);
}

namespace LeadColumns {

QStringList names()
{
    static const QStringList columns = {
        QStringLiteral("source"),         QStringLiteral("source_id"),          QStringLiteral("title"),
        QStringLiteral("description"),    QStringLiteral("description_url"),    QStringLiteral("notice_type"),
        QStringLiteral("solicitation_number"), QStringLiteral("agency"),        QStringLiteral("sub_tier"),
        QStringLiteral("office"),         QStringLiteral("country"),            QStringLiteral("location"),
        QStringLiteral("industry"),       QStringLiteral("naics_code"),         QStringLiteral("classification_code"),
        QStringLiteral("set_aside_code"), QStringLiteral("set_aside"),          QStringLiteral("posted_at"),
        QStringLiteral("deadline_at"),    QStringLiteral("amended_at"),         QStringLiteral("value_min"),
        QStringLiteral("value_max"),      QStringLiteral("currency"),           QStringLiteral("active"),
        QStringLiteral("url"),            QStringLiteral("contacts"),           QStringLiteral("first_seen_at"),
        QStringLiteral("last_seen_at"),   QStringLiteral("content_hash"),
    };
    return columns;
}

QString resolve(const QString& nameOrAlias)
{
    const QString name = nameOrAlias.trimmed().toLower();
    if (name == QLatin1String("deadline"))
        return QStringLiteral("deadline_at");
    if (name == QLatin1String("posted"))
        return QStringLiteral("posted_at");
    if (name == QLatin1String("amended"))
        return QStringLiteral("amended_at");
    if (names().contains(name))
        return name;
    return {};
}

} // namespace LeadColumns
