#pragma once

#include "CliSupport.h"

// The subcommands, one file each; run() picks one. Each returns the process exit code.
namespace Cli {

int runAwards(const Invocation& invocation);
int runCheck(const Invocation& invocation);
int runImport(const Invocation& invocation);
int runSearch(const Invocation& invocation);
int runSaved(const Invocation& invocation);
int runStats(const Invocation& invocation);
int runSync(const Invocation& invocation); // in tradeleads-sync only

} // namespace Cli
