#include "ExportCommon.h"

#include <QDateTime>
#include <QIODevice>
#include <QUrl>

namespace LeadExport::detail {

QString cancelledMessage()
{
    return Messages::tr("The export was cancelled");
}

Status DeviceBuffer::flush()
{
    if (!m_bytes.isEmpty() && m_device.write(m_bytes) != m_bytes.size())
        return Error{m_device.errorString()};
    m_bytes.clear();
    return Done{};
}

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

} // namespace

std::optional<Moment> parseMoment(const QString& text)
{
    // The two shapes the store writes, parsed by hand: QDateTime::fromString costs more
    // than the rest of a cell at a million rows.
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        if (date.isValid())
            return Moment{date, QTime()};
    } else if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
               && text[16] == u':' && text[19] == u'Z') {
        const QDate date(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (date.isValid() && time.isValid())
            return Moment{date, time};
    }
    if (text.size() > 10) {
        const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (parsed.isValid()) {
            const QDateTime utc = parsed.toUTC();
            return Moment{utc.date(), utc.time()};
        }
    }
    return std::nullopt;
}

QByteArray webLink(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    return url.toEncoded();
}

} // namespace LeadExport::detail
