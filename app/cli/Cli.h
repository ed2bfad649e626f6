#pragma once

#include "LeadFilter.h"
#include "Result.h"

#include <QStringList>

namespace Cli {

// True when the arguments name a headless subcommand.
bool isSubcommand(const QStringList& arguments);

// The filter that a `search` command line asks for (arguments as run() takes them, program
// name first), from the arguments alone: no saved search, no cache. Or the usage error it
// would print. Pure, so that the flag parsing can be tested and fuzzed without a cache.
Result<LeadFilter> searchFilter(const QStringList& arguments);

// True when the arguments ask for `sync`, which runs in a program of its own.
bool isSync(const QStringList& arguments);

// True when the arguments ask for `import`.
bool isImport(const QStringList& arguments);

// Runs a subcommand other than `sync`; returns the process exit code (0 success, 1 failure,
// 2 bad usage).
int run(const QStringList& arguments);

// Runs `sync` (SyncCommand.cpp, in the tradeleads-sync program); the same exit codes.
int runSyncProgram(const QStringList& arguments);

} // namespace Cli
