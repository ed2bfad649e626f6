#pragma once

// The memory of SQLite's page caches: one region for every connection of the process, its
// pages backed by the kernel's huge pages where it gives them (Linux's transparent huge
// pages, on request).
//
// Why: a new cache has 64 KB pages (SqliteLeadStore.cpp, kNewCachePageSize), and each page a
// connection reads first lands in fresh memory, sixteen 4 KB pages the kernel maps one fault
// at a time. On a virtual machine a fault costs tens of microseconds: fetching a window's 200
// rows took 60–80 ms, 13 ms from reused memory. A huge page is one fault for 2 MB, and the
// region's slots are reused by every connection after.

// Gives SQLite the region; before SQLite's first use (LeadStore::sharePageMemory(), at the
// window's start). Returns whether it was taken. Pages beyond the region come from malloc.
// Not for an import: the region, once touched, stays the process's, and a load's larger
// page cache would keep it through the rebuild (a 200,000-lead import peaked at 308–334 MB).
bool installSqlitePageMemory();
