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
    target_compile_options(tradeleads_build_settings INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(tradeleads_build_settings INTERFACE -fsanitize=address,undefined)
endif()
add_feature_info(Sanitizers TRADELEADS_SANITIZE "AddressSanitizer and UndefinedBehaviorSanitizer")
add_feature_info(Tests TRADELEADS_BUILD_TESTS "Qt Test suites and the benchmark harness")
