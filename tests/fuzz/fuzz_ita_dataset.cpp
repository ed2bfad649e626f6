// libFuzzer target: ITA's other data sets (events, offices, programs, market research,
// articles, environmental toolkit). The input's length picks the data set, so every byte
// of a seed stays JSON.

#include "FuzzSupport.h"
#include "ItaDatasetParser.h"

#include <array>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const std::array<QString, 6> kDatasets = {
        QStringLiteral("ita-events"),
        QStringLiteral("ita-offices"),
        QStringLiteral("ita-programs"),
        QStringLiteral("ita-mrl"),
        QStringLiteral("ita-articles"),
        QStringLiteral("ita-etoolkit"),
    };
    const QString& dataset = kDatasets[size % kDatasets.size()];
    const auto page = ItaDatasetParser::parse(Fuzz::bytes(data, size), dataset);
    if (!page) {
        Fuzz::require(!page.errorMessage().isEmpty(), "a rejected page says why");
        return 0;
    }
    Fuzz::checkPage(*page);
    for (const Lead& lead : page->leads)
        Fuzz::require(lead.source == dataset, "a data set's records are of its source", lead.source);
    return 0;
}
