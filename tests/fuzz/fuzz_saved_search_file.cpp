// libFuzzer target: a shared saved-search file, through SavedSearchFile::read. Every entry it
// keeps must be a filter LeadFilter reads, and what it keeps must survive being written and
// read again with nothing reported.

#include "FilterChecks.h"
#include "SavedSearchFile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto contents = SavedSearchFile::read(Fuzz::bytes(data, size));
    if (!contents) {
        Fuzz::require(!contents.errorMessage().isEmpty(), "a rejected file says why");
        return 0;
    }
    for (const QString& problem : contents->problems)
        Fuzz::require(!problem.isEmpty(), "a left-out entry says why");
    for (const SavedSearch& search : contents->searches) {
        Fuzz::require(!search.name.trimmed().isEmpty(), "a kept search has a name");
        const auto filter = search.usableFilter();
        Fuzz::require(filter.ok(), "a kept search has a filter LeadFilter reads", QString::fromUtf8(search.filterJson()));
        Fuzz::checkFilter(*filter);
    }

    const QByteArray written = SavedSearchFile::write(contents->searches);
    const auto again = SavedSearchFile::read(written);
    Fuzz::require(again.ok(), "a written file reads back", QString::fromUtf8(written));
    Fuzz::require(again->problems.isEmpty(), "a written file reads back without problems", again->problems.join(u'\n'));
    Fuzz::require(again->searches.size() == contents->searches.size(), "every search survives writing",
        QString::fromUtf8(written));
    for (qsizetype i = 0; i < again->searches.size(); ++i) {
        const SavedSearch& before = contents->searches.at(i);
        const SavedSearch& after = again->searches.at(i);
        Fuzz::require(after.notify == before.notify && after.filterJson() == before.filterJson(),
            "a search survives writing", QString::fromUtf8(written));
        // Unpaired surrogates cannot be spelled in UTF-8, so only valid names round-trip exactly.
        if (QStringView(before.name).isValidUtf16())
            Fuzz::require(after.name == before.name, "a search's name survives writing", before.name);
    }
    return 0;
}
