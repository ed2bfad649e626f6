#pragma once

#include "CliSupport.h"

class QCommandLineParser;

// The subcommands, one file each; run() picks one. Each returns the process exit code.
namespace Cli {

int runAwards(const Invocation& invocation);
int runCheck(const Invocation& invocation);
int runImport(const Invocation& invocation);
int runSearch(const Invocation& invocation);
int runSaved(const Invocation& invocation);
int runSavedTry(const Invocation& invocation, const QCommandLineParser& parser); // saved try, after runSaved parsed
int runStats(const Invocation& invocation);
int runSync(const Invocation& invocation); // in tradeleads-sync only

} // namespace Cli
