// libFuzzer target: buyandsell.gc.ca's tender CSV through CanadaCsvParser.

#include "CanadaCsvParser.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto page = CanadaCsvParser::parse(Fuzz::bytes(data, size));
    if (!page) {
        Fuzz::require(!page.errorMessage().isEmpty(), "a rejected file says why");
        return 0;
    }
    Fuzz::checkPage(*page);
    for (const Lead& lead : page->leads) {
        Fuzz::require(lead.source == QLatin1String("ita-canada"), "buyandsell's tenders are Canada leads", lead.source);
        Fuzz::require(!lead.sourceId.isEmpty(), "a tender is stored under a key", lead.title);
    }
    return 0;
}
