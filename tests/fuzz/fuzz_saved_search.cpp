// libFuzzer target: a saved search's filter as JSON (the cache's saved_search.filter, and
// what shared saved-search files carry), through LeadFilter::fromJson.

#include "FilterChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto filter = LeadFilter::fromJson(Fuzz::bytes(data, size));
    if (!filter) {
        Fuzz::require(!filter.errorMessage().isEmpty(), "a rejected filter says why");
        return 0;
    }
    Fuzz::checkFilter(*filter);
    return 0;
}
