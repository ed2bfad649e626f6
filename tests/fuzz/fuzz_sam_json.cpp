// libFuzzer target: a SAM.gov Get Opportunities response page (v1 and v2 field names).

#include "FuzzSupport.h"
#include "SamJsonParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A sync asks for the next page on the outline: it must come once, only for a page that is
    // then read, and count every record the page turns into a lead or an error.
    QList<PageOutline> outlines;
    const auto page = SamJsonParser::parse(Fuzz::bytes(data, size),
                                           [&outlines](const PageOutline& outline) { outlines.append(outline); });
    if (!page) {
        Fuzz::require(!page.errorMessage().isEmpty(), "a rejected page says why");
        Fuzz::require(outlines.isEmpty(), "a rejected page has no outline", page.errorMessage());
        return 0;
    }
    Fuzz::checkPage(*page);
    for (const Lead& lead : page->leads)
        Fuzz::require(lead.source == QLatin1String("sam"), "SAM.gov leads are of source sam", lead.source);
    Fuzz::require(outlines.size() <= 1, "a page is outlined at most once");
    if (!outlines.isEmpty()) {
        const PageOutline& outline = outlines.first();
        Fuzz::require(outline.records == page->leads.size() + page->errors.size(),
                      "the outline counts every record", QString::number(outline.records));
        Fuzz::require(outline.total == page->total, "the outline's total is the page's");
        Fuzz::require(outline.firstIds.size() == qMin<qsizetype>(2, outline.records), "the outline names the first two");
    } else {
        Fuzz::require(page->leads.isEmpty() && page->errors.isEmpty(), "a page with records is outlined");
    }
    return 0;
}
