# The resilience suites (issue 7): crash consistency under SIGKILL, damaged and foreign cache
# files, schema upgrades from every earlier version, and a full disk. Included by
# tests/CMakeLists.txt, so the tradeleads target and the test libraries exist here.

set(resilience_dir ${CMAKE_CURRENT_SOURCE_DIR}/resilience)
set(resilience_out ${CMAKE_CURRENT_BINARY_DIR}/resilience)
file(MAKE_DIRECTORY ${resilience_out})

# tradeleads_add_resilience_test(name LIBS ... [CHILD] [TIMEOUT s]): a Qt Test suite from
# resilience/name.cpp, set up like the suites of tradeleads_add_test(); CHILD for suites that
# run the real tradeleads binary.
function(tradeleads_add_resilience_test name)
    cmake_parse_arguments(ARG "CHILD" "TIMEOUT" "LIBS" ${ARGN})
    add_executable(${name} ${resilience_dir}/${name}.cpp)
    target_link_libraries(${name} PRIVATE tradeleads_build_settings Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        QT_FORCE_ASSERTS
        TRADELEADS_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data"
        TRADELEADS_BINARY="$<TARGET_FILE:tradeleads>"
        TRADELEADS_RESILIENCE_OUT="${resilience_out}")
    # Test tables read better with plain literals; the product code keeps the strict casts.
    target_compile_options(${name} PRIVATE -UQT_NO_CAST_FROM_ASCII)
    if(ARG_CHILD)
        add_dependencies(${name} tradeleads)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 600)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8"
        TIMEOUT ${ARG_TIMEOUT})
endfunction()

# A damaged, cut-short, foreign, non-SQLite or newer cache is found at start and moved aside;
# the analyst's saved searches and tracking come back from the backup of the last clean exit.
tradeleads_add_resilience_test(tst_cacheguard LIBS tradeleads_models SQLite::SQLite3)

# A cache of every earlier schema version (tests/data/schema/vN.sqlite) opens, upgraded, with
# its leads, notes, stars and saved searches intact, searchable and sorted by the new indexes.
tradeleads_add_resilience_test(tst_schemamigration LIBS tradeleads_models SQLite::SQLite3)

# The window's cache opens on a worker thread: a progress dialog while an upgrade runs, none
# for a quick check, and a store that works on the thread that asked for it.
tradeleads_add_resilience_test(tst_cacheopening LIBS tradeleads_ui)

# The real tradeleads binary killed with SIGKILL at random points of an import, a sync (over
# real HTTP from the fake API) and an export: at least 20 kills, each followed by
# integrity_check, the committed pages, no duplicates, the user data, and no partial export.
# It writes its counts to tests/resilience/crash-consistency.txt in the build folder.
tradeleads_add_resilience_test(tst_crashconsistency CHILD TIMEOUT 900
    LIBS tradeleads_models tradeleads_fakeapi tradeleads_leadgen SQLite::SQLite3)

# A full disk under an import and an export: RLIMIT_FSIZE always, and a real 40 MB tmpfs in a
# private mount namespace where unshare can make one.
tradeleads_add_resilience_test(tst_fulldisk CHILD LIBS tradeleads_models tradeleads_leadgen SQLite::SQLite3)
