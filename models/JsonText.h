#pragma once

// QJsonDocument::toJson's text, indented or compact, written straight into a buffer: the same
// escapes, numbers, key order and layout, without building a document first (a command's page
// of 100 leads took 4 ms to build and write as a document, a fifth of its run).

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace JsonText {

// A string with its quotes, escaped as Qt escapes it.
void appendString(QByteArray& out, QStringView text);
// A value at `indent` levels (4 spaces each); objects' keys come out sorted, as Qt keeps them.
void appendValue(QByteArray& out, const QJsonValue& value, int indent);
// A value as toJson(QJsonDocument::Compact) writes it.
void appendCompact(QByteArray& out, const QJsonValue& value);
// QJsonDocument(object).toJson(QJsonDocument::Compact) in three quarters of its time: a record's raw
// text, whose hash tells a changed lead, so byte for byte the same.
QByteArray compact(const QJsonObject& object);

} // namespace JsonText
