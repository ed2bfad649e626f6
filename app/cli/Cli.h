#pragma once

#include <QStringList>

namespace Cli {

// True when the arguments name a headless subcommand.
bool isSubcommand(const QStringList& arguments);

// Runs a subcommand; returns the process exit code (0 success, 1 failure, 2 bad usage).
int run(const QStringList& arguments);

} // namespace Cli
