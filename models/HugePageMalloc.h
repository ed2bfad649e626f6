#pragma once

// An import or a sync first touches a few hundred megabytes of memory (SQLite's page cache, the
// parsed batches, the index sorts), and on a virtual machine each 4 KB page's first touch is a
// fault of tens of microseconds: half of a 200,000-lead import's 94,000 faults went with glibc's
// malloc asking for transparent huge pages (`glibc.malloc.hugetlb=1`, glibc 2.35 and later).
// glibc reads its tunables only when a program starts, so the setting travels in the
// environment, to a program this one starts or to this one started again.

#include <QByteArray>

#include <optional>

namespace HugePageMalloc {

// GLIBC_TUNABLES with huge pages asked for, from its current value; nothing when that already
// says how malloc should use them (an analyst's own "glibc.malloc.hugetlb=0" stands).
std::optional<QByteArray> tunables(const QByteArray& current);

// Sets GLIBC_TUNABLES for the programs this process starts; true when it changed.
bool requestForChildren();

// Starts this program again, with the same arguments, when malloc was not asked for huge pages;
// returns when it was, or when the new start failed (the work then goes on as it is).
void restartWithThem(char* argv[]);

} // namespace HugePageMalloc
