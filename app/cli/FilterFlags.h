#pragma once

#include "LeadFilter.h"
#include "Result.h"

#include <QString>
#include <QStringList>

class QCommandLineParser;

// The flags that pick leads (--source, --country, --open, ...), which `search` and `saved add`
// share, and those only `search` adds: query words, --sort, --desc and its output options.
namespace Cli {

void addFilterOptions(QCommandLineParser& parser);
void addSearchOptions(QCommandLineParser& parser);

// Repeated and comma-separated values as one list: "--country US,CA --country MX".
QStringList splitValues(const QStringList& values);

// The filter flags over `filter`; or the usage error for a bad value.
Result<LeadFilter> filterFrom(const QCommandLineParser& parser, LeadFilter filter = {});

// --sort as a canonical column; empty when not given.
Result<QString> sortColumnFrom(const QCommandLineParser& parser);

// search's filter flags, query words, --sort and --desc over `base` (a saved search or nothing).
Result<LeadFilter> searchFilterFrom(const QCommandLineParser& parser, const LeadFilter& base,
                                    const QString& sortColumn);

} // namespace Cli
