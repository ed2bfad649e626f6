// libFuzzer target: `tradeleads search` flag parsing, through Cli::searchFilter. The input is
// the command line after the program name, one argument per line.

#include "Cli.h"
#include "FilterChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QStringList arguments = { QStringLiteral("tradeleads") };
    arguments += QString::fromUtf8(Fuzz::bytes(data, size)).split(u'\n');
    const auto filter = Cli::searchFilter(arguments);
    if (!filter) {
        Fuzz::require(!filter.errorMessage().isEmpty(), "a usage error says what is wrong");
        return 0;
    }
    Fuzz::checkFilter(*filter);
    return 0;
}
