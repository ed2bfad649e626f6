#include "SamJsonParser.h"

namespace SamJsonParser {
Result<ParsedPage> parse(const QByteArray&) { return Error{QStringLiteral("not implemented")}; }
Result<Lead> leadFromRecord(const QJsonObject&) { return Error{QStringLiteral("not implemented")}; }
Result<QString> parseDescription(const QByteArray&) { return Error{QStringLiteral("not implemented")}; }
}
