# One INTERFACE target carries the language level, warnings and Qt's strictness macros;
# every target links it instead of relying on global flags.
add_library(tradeleads_build_settings INTERFACE)
target_compile_features(tradeleads_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(tradeleads_build_settings INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(tradeleads_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    TRADELEADS_VERSION="${PROJECT_VERSION}")
if(TRADELEADS_SANITIZE)
    # Undefined behaviour stops the program like a memory error does, so a test cannot pass
    # with a report scrolled past in its log.
    target_compile_options(tradeleads_build_settings INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tradeleads_build_settings INTERFACE -fsanitize=address,undefined)
endif()
if(TRADELEADS_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TRADELEADS_BUILD_FUZZERS needs clang for libFuzzer: -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    # Every library a fuzz target links reports coverage to libFuzzer (the targets add its
    # main), and memory errors and undefined behaviour stop the run where they happen.
    target_compile_options(tradeleads_build_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(tradeleads_build_settings INTERFACE -fsanitize=address,undefined)
endif()
add_feature_info(Sanitizers TRADELEADS_SANITIZE "AddressSanitizer and UndefinedBehaviorSanitizer")
add_feature_info(Tests TRADELEADS_BUILD_TESTS "Qt Test suites and the benchmark harness")
add_feature_info(Fuzzers TRADELEADS_BUILD_FUZZERS "libFuzzer targets for the parsers of outside bytes")

# GNU ld took about a minute of each build to link its sixty-odd programs; lld (setup.sh
# installs it) links them in a fifth of that. Without it, the compiler's default linker.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" TRADELEADS_HAVE_LLD)
if(TRADELEADS_HAVE_LLD)
    target_link_options(tradeleads_build_settings INTERFACE -fuse-ld=lld)
endif()
add_feature_info(LLD TRADELEADS_HAVE_LLD "links with lld")
