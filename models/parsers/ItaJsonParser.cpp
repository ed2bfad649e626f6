#include "ItaJsonParser.h"

namespace ItaJsonParser {
Result<ParsedPage> parse(const QByteArray&) { return Error{QStringLiteral("not implemented")}; }
Result<Lead> leadFromRecord(const QJsonObject&) { return Error{QStringLiteral("not implemented")}; }
}
