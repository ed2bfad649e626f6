#include "SampleData.h"

#include "LeadStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// The messages of this file. A class, not a free tr(), so that lupdate files them under
// the context they are looked up with.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SampleData)
};

const QString kFolder = QStringLiteral(":/sample/");

} // namespace

namespace SampleData {

QByteArray shiftDates(const QByteArray& text, qint64 days)
{
    if (days == 0)
        return text;
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![0-9])(?:(\d{4})-(\d{2})-(\d{2})|(\d{2})/(\d{2})/(\d{4}))(?![0-9]))"));
    const QString source = QString::fromUtf8(text);
    QString out;
    out.reserve(source.size());
    qsizetype last = 0;
    auto it = pattern.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool iso = match.capturedLength(1) > 0;
        const QDate date = iso ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
                               : QDate(match.captured(6).toInt(), match.captured(4).toInt(), match.captured(5).toInt());
        if (!date.isValid())
            continue;
        const QDate moved = date.addDays(days);
        out += QStringView(source).mid(last, match.capturedStart() - last);
        out += moved.toString(iso ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("MM/dd/yyyy"));
        last = match.capturedEnd();
    }
    out += QStringView(source).mid(last);
    return out.toUtf8();
}

Result<ImportSummary> load(LeadStore& store, const QDate& today)
{
    QFile manifestFile(kFolder + QStringLiteral("manifest.json"));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Error { Messages::tr("The bundled sample data is missing from this build") };
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QDate anchor = QDate::fromString(manifest.value(QStringLiteral("anchorDate")).toString(), Qt::ISODate);
    if (!anchor.isValid())
        return Error { Messages::tr("The bundled sample data has no anchor date") };
    const qint64 shift = anchor.daysTo(today);

    ImportSummary total;
    if (auto status = store.beginTransaction(); !status)
        return status.error();
    LeadImporter importer(store);
    for (const QJsonValue& entry : manifest.value(QStringLiteral("files")).toArray()) {
        const QString name = entry.toObject().value(QStringLiteral("file")).toString();
        const auto format = importFormatFromName(entry.toObject().value(QStringLiteral("format")).toString());
        QFile file(kFolder + name);
        if (!format || !file.open(QIODevice::ReadOnly)) {
            store.rollback();
            return Error { Messages::tr("The bundled sample file %1 cannot be read").arg(name) };
        }
        QByteArray bytes = shiftDates(file.readAll(), shift);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto summary = importer.importDevice(buffer, *format, name);
        if (!summary) {
            store.rollback();
            return summary.error();
        }
        total.inserted += summary->inserted;
        total.updated += summary->updated;
        total.unchanged += summary->unchanged;
        total.errorCount += summary->errorCount;
        total.noteCount += summary->noteCount;
        total.errors += summary->errors;
    }
    if (auto status = store.setInfo(QStringLiteral("sample_data"), QStringLiteral("1")); !status) {
        store.rollback();
        return status.error();
    }
    if (auto status = store.commit(); !status) {
        store.rollback();
        return status.error();
    }
    return total;
}

} // namespace SampleData
