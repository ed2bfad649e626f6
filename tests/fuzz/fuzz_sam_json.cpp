// libFuzzer target: a SAM.gov Get Opportunities response page (v1 and v2 field names).

#include "FuzzSupport.h"
#include "SamJsonParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto page = SamJsonParser::parse(Fuzz::bytes(data, size));
    if (!page) {
        Fuzz::require(!page.errorMessage().isEmpty(), "a rejected page says why");
        return 0;
    }
    Fuzz::checkPage(*page);
    for (const Lead& lead : page->leads)
        Fuzz::require(lead.source == QLatin1String("sam"), "SAM.gov leads are of source sam", lead.source);
    return 0;
}
