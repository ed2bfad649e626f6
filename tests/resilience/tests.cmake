# The resilience suites (issue 7): crash consistency under SIGKILL, damaged and foreign cache
# files, schema upgrades from every earlier version, and a full disk. Included by
# tests/CMakeLists.txt, so the tradeleads target and the test libraries exist here.

set(resilience_out ${CMAKE_CURRENT_BINARY_DIR}/resilience)
file(MAKE_DIRECTORY ${resilience_out})

# tradeleads_add_resilience_test(name ...): a suite of tradeleads_add_test() from
# resilience/name.cpp, which may write what it finds to TRADELEADS_RESILIENCE_OUT.
function(tradeleads_add_resilience_test name)
    tradeleads_add_test(${name} DIR resilience DEFINITIONS TRADELEADS_RESILIENCE_OUT="${resilience_out}" ${ARGN})
endfunction()

# A damaged, cut-short, foreign, non-SQLite or newer cache is found at start and moved aside;
# the analyst's saved searches and tracking come back from the backup of the last clean exit.
tradeleads_add_resilience_test(tst_cacheguard LIBS tradeleads_models SQLite::SQLite3)

# A cache of every earlier schema version (tests/data/schema/vN.sqlite) opens, upgraded, with
# its leads, notes, stars and saved searches intact, searchable and sorted by the new indexes.
tradeleads_add_resilience_test(tst_schemamigration LIBS tradeleads_models SQLite::SQLite3)

# The window's cache opens on a worker thread: a progress dialog while an upgrade runs, none
# for a quick check, and a store that works on the thread that asked for it.
tradeleads_add_resilience_test(tst_cacheopening LIBS tradeleads_ui tradeleads_resources)

# The real tradeleads binary killed with SIGKILL at random points of an import, a sync (over
# real HTTP from the fake API) and an export: at least 20 kills, each followed by
# integrity_check, the committed pages, no duplicates, the user data, and no partial export.
# It writes its counts to tests/resilience/crash-consistency.txt in the build folder.
# Its kill rounds are whole processes: under the sanitizers one test function runs past Qt
# Test's 300-second watchdog, so the watchdog gets the suite's own budget (CTest's 900 s).
tradeleads_add_resilience_test(tst_crashconsistency CHILD TIMEOUT 900
    LIBS tradeleads_models tradeleads_fakeapi tradeleads_leadgen SQLite::SQLite3
    ENVIRONMENT QTEST_FUNCTION_TIMEOUT=900000)

# A full disk under an import and an export: RLIMIT_FSIZE always, and a real 40 MB tmpfs in a
# private mount namespace where unshare can make one.
tradeleads_add_resilience_test(tst_fulldisk CHILD LIBS tradeleads_models tradeleads_leadgen SQLite::SQLite3)
