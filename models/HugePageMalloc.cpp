#include "HugePageMalloc.h"

#include <QList>

#include <cstdlib>
#include <unistd.h>

namespace HugePageMalloc {

namespace {
constexpr char kVariable[] = "GLIBC_TUNABLES";
constexpr char kSetting[] = "glibc.malloc.hugetlb";
} // namespace

std::optional<QByteArray> tunables(const QByteArray& current)
{
    for (const QByteArray& entry : current.split(':')) {
        if (entry.startsWith(QByteArray(kSetting) + '='))
            return std::nullopt;
    }
    const QByteArray setting = QByteArray(kSetting) + "=1";
    return current.isEmpty() ? setting : current + ':' + setting;
}

bool requestForChildren()
{
    const std::optional<QByteArray> value = tunables(qgetenv(kVariable));
    if (!value)
        return false;
    return ::setenv(kVariable, value->constData(), 1) == 0;
}

void restartWithThem(char* argv[])
{
    if (!requestForChildren())
        return;
    ::execv("/proc/self/exe", argv);
    // Not restarted: the environment keeps the setting for whatever this process starts, harmless.
}

} // namespace HugePageMalloc
