// libFuzzer target: an ITA Trade Leads response, in the documented envelope, the
// data.trade.gov envelope, or as a bare array.

#include "FuzzSupport.h"
#include "ItaJsonParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto page = ItaJsonParser::parse(Fuzz::bytes(data, size));
    if (!page) {
        Fuzz::require(!page.errorMessage().isEmpty(), "a rejected page says why");
        return 0;
    }
    Fuzz::checkPage(*page);
    for (const Lead& lead : page->leads)
        Fuzz::require(lead.source.startsWith(QLatin1String("ita-")), "ITA leads are of an ita- source", lead.source);
    return 0;
}
