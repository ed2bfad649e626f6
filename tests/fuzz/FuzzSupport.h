#pragma once

// What every fuzz target shares: the input as Qt bytes, and checks of the parsers' promises
// that stop the run like a crash does, so libFuzzer keeps the input that broke one.

#include "Lead.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

// The fuzzer's buffer without a copy; it lives for the call.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Text for a report: control characters spelled as \uXXXX so that the log shows them.
inline QString visible(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 && c != u'\n')
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

[[noreturn]] inline void fail(const char* promise, const QString& detail)
{
    // Written with its length: the detail may hold NUL characters from the input.
    const QByteArray text = visible(detail.left(2000)).toUtf8();
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fputc('\n', stderr);
    std::abort();
}

inline void require(bool holds, const char* promise, const QString& detail = QString())
{
    if (!holds)
        fail(promise, detail);
}

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ", or nothing: the only forms the cache stores.
inline bool isCanonicalDate(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}Z)?$"));
    return text.isEmpty() || form.match(text).hasMatch();
}

// What the store relies on in every lead a parser hands over.
inline void checkLead(const Lead& lead)
{
    const QString who = QStringLiteral("%1 %2").arg(lead.source, lead.sourceId);
    require(!lead.source.isEmpty(), "a lead names its source", who);
    require(!lead.sourceId.trimmed().isEmpty(), "a lead has an id", who);
    require(isCanonicalDate(lead.postedAt), "postedAt is canonical", lead.postedAt);
    require(isCanonicalDate(lead.deadlineAt), "deadlineAt is canonical", lead.deadlineAt);
    require(isCanonicalDate(lead.amendedAt), "amendedAt is canonical", lead.amendedAt);
    static const QRegularExpression alpha2(QStringLiteral("^([A-Z]{2})?$"));
    require(alpha2.match(lead.country).hasMatch(), "country is ISO alpha-2 or empty", lead.country);
    require(!lead.valueMin || std::isfinite(*lead.valueMin), "valueMin is finite", who);
    require(!lead.valueMax || std::isfinite(*lead.valueMax), "valueMax is finite", who);
    QJsonParseError error;
    const QJsonDocument raw = QJsonDocument::fromJson(lead.raw, &error);
    require(error.error == QJsonParseError::NoError && raw.isObject(), "raw is a JSON object",
        QString::fromUtf8(lead.raw.left(500)));
    require(lead.contentHash().size() == 32, "the content hash is 32 hex digits", who);
}

inline void checkErrors(const QList<RecordError>& errors)
{
    for (const RecordError& error : errors) {
        require(!error.source.isEmpty() && !error.record.isEmpty() && !error.reason.isEmpty(),
            "a record error says which record and why", error.message());
    }
}

inline void checkPage(const ParsedPage& page)
{
    for (const Lead& lead : page.leads)
        checkLead(lead);
    checkErrors(page.errors);
}

} // namespace Fuzz
