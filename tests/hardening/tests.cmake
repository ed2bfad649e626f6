# The hardening suites, included from tests/CMakeLists.txt, with their sources in this folder.
tradeleads_add_test(tst_hostileinput DIR hardening LIBS tradeleads_cli)
