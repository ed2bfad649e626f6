# The desktop-product suites: translations, settings and keys, keyboard and accessibility,
# screenshots in French, dark and at 200%, and the Debian package. Included by
# tests/CMakeLists.txt, so tradeleads_add_test() and the tradeleads target exist here.

set(product_dir ${CMAKE_CURRENT_SOURCE_DIR}/product)
set(product_out ${CMAKE_CURRENT_BINARY_DIR}/product)
file(MAKE_DIRECTORY ${product_out})

# tradeleads_add_product_test(name ...): a suite of tradeleads_add_test() from product/name.cpp,
# which may write what it shows to TRADELEADS_PRODUCT_OUT.
function(tradeleads_add_product_test name)
    tradeleads_add_test(${name} DIR product TIMEOUT 300 DEFINITIONS TRADELEADS_PRODUCT_OUT="${product_out}" ${ARGN})
endfunction()

# Every .ts entry finished, every catalogue loading, the main window speaking French and Spanish.
tradeleads_add_product_test(tst_translations CHILD LIBS tradeleads_ui tradeleads_resources)
target_compile_definitions(tst_translations PRIVATE TRADELEADS_TS_DIR="${PROJECT_SOURCE_DIR}/translations")

# Settings: every setting kept, reset to defaults, and the key never in the settings file
# (here without a secret service: the private key file).
tradeleads_add_product_test(tst_settingsdialog LIBS tradeleads_ui)

# Keyboard reach, tab order, accessible names, marks that read without colour, and no text
# squeezed below its size in French and Spanish at 1280x800.
tradeleads_add_product_test(tst_accessibility LIBS tradeleads_ui tradeleads_resources)

# The keychain for real: a private D-Bus session with an unlocked gnome-keyring, in a
# throwaway HOME.
find_package(Qt6Keychain REQUIRED)
tradeleads_add_product_test(tst_keychain LIBS tradeleads_ui qt6keychain NO_TEST)
add_test(NAME tst_keychain COMMAND sh ${product_dir}/with-keyring.sh $<TARGET_FILE:tst_keychain>)
set_tests_properties(tst_keychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8" TIMEOUT 120)

# The real window under Xvfb, as a person would start it, in French, dark and at 200%.
# Each on a server of its own (support/with-xvfb.sh picks a free display).
set(screenshot_script ${product_dir}/screenshot.sh)
set(with_xvfb ${CMAKE_CURRENT_SOURCE_DIR}/support/with-xvfb.sh)
add_test(NAME screenshot_french
    COMMAND sh ${screenshot_script} ${product_out} mainwindow-french 1280x800 ${with_xvfb} $<TARGET_FILE:tradeleads> --language fr)
add_test(NAME screenshot_dark
    COMMAND sh ${screenshot_script} ${product_out} mainwindow-dark 1280x800 ${with_xvfb} $<TARGET_FILE:tradeleads> --theme dark)
add_test(NAME screenshot_scale200
    COMMAND sh ${screenshot_script} ${product_out} mainwindow-200-percent 2560x1600 ${with_xvfb} $<TARGET_FILE:tradeleads>)
set_tests_properties(screenshot_french screenshot_dark PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8" TIMEOUT 120)
set_tests_properties(screenshot_scale200 PROPERTIES
    ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_SCALE_FACTOR=2;TRADELEADS_EXPECT_SIZE=2560 x 1600"
    TIMEOUT 120)

# Dialogs (Settings, About, the user guide) in French and Spanish, light and dark, at 100%
# and 200%, grabbed to PNG and checked for squeezed text.
tradeleads_add_product_test(tst_dialogscreens LIBS tradeleads_ui)
add_test(NAME tst_dialogscreens_scale200 COMMAND tst_dialogscreens)
set_tests_properties(tst_dialogscreens_scale200 PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_SCALE_FACTOR=2" TIMEOUT 300)

# The desktop entry, the AppStream metadata and the manual page pass their validators.
add_test(NAME packaging_desktop_file COMMAND desktop-file-validate ${PROJECT_SOURCE_DIR}/packaging/tradeleads.desktop)
add_test(NAME packaging_metainfo
    COMMAND appstreamcli validate --no-net --strict
            ${PROJECT_BINARY_DIR}/packaging/org.tradeleads.TradeLeads.metainfo.xml)
add_test(NAME packaging_manpage COMMAND sh ${product_dir}/check-manpage.sh ${PROJECT_BINARY_DIR}/packaging/tradeleads.1)
set_tests_properties(packaging_manpage PROPERTIES SKIP_RETURN_CODE 77)

# cpack -G DEB, then dpkg -x into a temporary root and run the installed binary.
add_test(NAME package_deb
    COMMAND sh ${product_dir}/package-test.sh ${PROJECT_BINARY_DIR} ${product_out}/package ${PROJECT_VERSION})
set_tests_properties(package_deb PROPERTIES TIMEOUT 300 ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8")
