#include "Cli.h"

namespace Cli {
bool isSubcommand(const QStringList&) { return false; }
int run(const QStringList&) { return 2; }
}
