// libFuzzer target: the body of a SAM.gov description link ({"description": "<html>"}), as
// DescriptionFetcher hands it to SamJsonParser::parseDescription, then made safe to show.

#include "FuzzSupport.h"
#include "HtmlSanitizer.h"
#include "SamJsonParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto description = SamJsonParser::parseDescription(Fuzz::bytes(data, size));
    if (!description) {
        Fuzz::require(!description.errorMessage().isEmpty(), "a rejected description says why");
        return 0;
    }
    const QString shown = HtmlSanitizer::toSafeHtml(*description);
    Fuzz::require(!shown.contains(QLatin1String("<script"), Qt::CaseInsensitive), "no script survives", shown);
    return 0;
}
