#!/usr/bin/env bash
# Sets up, builds and runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh -DTRADELEADS_BUILD_TESTS=ON
cd "${TRADELEADS_BUILD_DIR:-build}"
ctest --output-on-failure -j2 --timeout 900
