#!/usr/bin/env bash
# Builds the libFuzzer targets with clang into build-fuzz/ (or $TRADELEADS_FUZZ_BUILD_DIR) and
# runs each from its seed corpus for $TRADELEADS_FUZZ_SECONDS seconds (30), two at a time.
# $TRADELEADS_FUZZ_TARGETS (space-separated names) runs only those targets.
# Prints every target's executions and coverage. Any crash, leak, timeout or broken promise
# fails the script; the input that caused it is kept in <build>/fuzz-run/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=${TRADELEADS_FUZZ_BUILD_DIR:-build-fuzz}
seconds=${TRADELEADS_FUZZ_SECONDS:-30}
parallel=${TRADELEADS_FUZZ_JOBS:-2}

# -O1 with line tables, as libFuzzer's documentation builds: findings keep file and line.
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only -DNDEBUG" \
  -DCMAKE_CXX_COMPILER=clang++-14 \
  -DTRADELEADS_BUILD_FUZZERS=ON -DTRADELEADS_BUILD_TESTS=OFF >/dev/null
cmake --build "$build_dir" --target tradeleads_fuzzers -j2

fuzz_dir=$build_dir/tests/fuzz
run_dir=$PWD/$build_dir/fuzz-run
rm -rf "$run_dir"
mkdir -p "$run_dir"

export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/hardening/lsan.supp:print_suppressions=0"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

# One target: a fresh corpus that grows from the seeds, its log, and the artifact of a finding.
fuzz() {
  local name=$1 dictionary=$2
  local dir=$run_dir/$name
  mkdir -p "$dir/corpus"
  local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                 -artifact_prefix="$dir/")
  [[ -n "$dictionary" ]] && options+=(-dict="$dictionary")
  if "$fuzz_dir/$name" "${options[@]}" "$dir/corpus" "$fuzz_dir/seeds/$name" >"$dir/log" 2>&1; then
    echo ok >"$dir/outcome"
  else
    echo "failed (exit $?)" >"$dir/outcome"
  fi
}

names=()
while IFS=$'\t' read -r name dictionary; do
  [[ -n "$name" ]] || continue
  if [[ -n "${TRADELEADS_FUZZ_TARGETS:-}" && " $TRADELEADS_FUZZ_TARGETS " != *" $name "* ]]; then
    continue
  fi
  names+=("$name")
  while (($(jobs -rp | wc -l) >= parallel)); do
    wait -n || true
  done
  echo "fuzzing $name for ${seconds}s"
  fuzz "$name" "$dictionary" &
done <"$fuzz_dir/fuzzers.txt"
wait

# libFuzzer's last status line ("#N DONE cov: C ft: F corp: ...") and its final stats.
failed=0
printf '\n%-22s %-8s %12s %10s %8s %8s %10s\n' target outcome executions execs/s cov ft corpus
for name in "${names[@]}"; do
  dir=$run_dir/$name
  outcome=$(cat "$dir/outcome")
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/log" | tail -1)
  status=$(grep -E '^#[0-9]+.*cov: ' "$dir/log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
  corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\).*/\1/p' <<<"$status")
  printf '%-22s %-8s %12s %10s %8s %8s %10s\n' "$name" "${outcome%% *}" "${executions:--}" "${speed:--}" \
    "${cov:--}" "${ft:--}" "${corpus:--}"
  if [[ "$outcome" != ok ]]; then
    failed=$((failed + 1))
  fi
done

for name in "${names[@]}"; do
  dir=$run_dir/$name
  [[ "$(cat "$dir/outcome")" == ok ]] && continue
  echo
  echo "== $name: $(cat "$dir/outcome"); the report, then the input that caused it:"
  awk '/ERROR: |runtime error|broken promise|ALARM|out-of-memory/ { report = 1 } report' "$dir/log" | head -40
  ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null || true
done

echo
echo "fuzz targets: $((${#names[@]} - failed)) clean, $failed with findings"
((failed == 0))
