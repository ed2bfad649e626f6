# The hardening suites, included from tests/CMakeLists.txt. They are registered the way
# tradeleads_add_test registers a suite, with their sources in this folder.
function(tradeleads_add_hardening_test name)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    add_executable(${name} hardening/${name}.cpp)
    target_link_libraries(${name} PRIVATE tradeleads_build_settings Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE QT_FORCE_ASSERTS)
    # Test tables read better with plain literals; the product code keeps the strict casts.
    target_compile_options(${name} PRIVATE -UQT_NO_CAST_FROM_ASCII)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8"
        TIMEOUT 600)
endfunction()

tradeleads_add_hardening_test(tst_hostileinput LIBS tradeleads_cli)
