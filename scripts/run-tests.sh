#!/usr/bin/env bash
# Sets up, builds and runs every test through CTest; then the same suites built with
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/run-sanitized-tests.sh), then each
# fuzz target from its seed corpus (scripts/run-fuzz.sh). Any failure, sanitizer report or
# fuzzer finding fails the run. TRADELEADS_SKIP_HARDENING=1 stops after the plain suite.
set -euo pipefail
cd "$(dirname "$0")/.."

stage_started=$SECONDS
stage_done() {
  echo "== $1 took $((SECONDS - stage_started)) s"
  stage_started=$SECONDS
}

scripts/setup.sh
# The team-server suites start their own PostgreSQL (a CTest fixture); setup.sh installed it,
# so one that skips here is a failure, not a pass.
export TRADELEADS_REQUIRE_PG=1
scripts/build.sh -DTRADELEADS_BUILD_TESTS=ON
(cd "${TRADELEADS_BUILD_DIR:-build}" && ctest --output-on-failure -j2 --timeout 900)
# ctest shows a passing suite's output only on failure; the kill count is worth seeing.
cat "${TRADELEADS_BUILD_DIR:-build}/tests/resilience/crash-consistency.txt" 2>/dev/null || true
stage_done "build and test suite"

if [[ "${TRADELEADS_SKIP_HARDENING:-0}" == 1 ]]; then
  exit 0
fi
scripts/run-sanitized-tests.sh
stage_done "sanitizer build and test suite"
scripts/run-fuzz.sh
stage_done "fuzz build and runs"
