"""Running whole processes for the benchmarks: time, peak RSS, and tradeleads-gui-bench's table."""
import os
import re
import statistics
import subprocess
import sys
import time


def run(argv, env=None, capture=False):
    """Runs argv to the end: (seconds, peak RSS in MB of that process alone, stdout)."""
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=env)
    out = process.stdout.read().decode(errors="replace") if capture else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    errors = process.stderr.read().decode(errors="replace")
    if code != 0:
        sys.exit(f"{' '.join(argv)} failed ({code}): {errors[-2000:]}")
    return seconds, usage.ru_maxrss / 1024.0, out


def spread(seconds):
    """Median, min and max of a list of timings."""
    return statistics.median(seconds), min(seconds), max(seconds)


def repeat(argv, runs, env=None):
    """Median, min and max seconds of `runs` runs, and the largest peak RSS."""
    results = [run(argv, env) for _ in range(runs)]
    return (*spread([r[0] for r in results]), max(r[1] for r in results))


GUI_MEASURES = [
    "first rows after start", "keyword filter to updated rows", "sort change", "jump to the last row",
    "open a lead to a filled pane", "star to the updated row", "facets and chart (worker thread)",
    "live refresh, commit to row", "longest UI-thread stall", "peak RSS (MB)",
]


def gui_bench(binary, count, cache, keyword, runs, env):
    """Each measure of `runs` runs of tradeleads-gui-bench: {measure: (median, min, max, goal)}."""
    values = {}
    goals = {}
    for _ in range(runs):
        _, _, out = run([binary, "--count", str(count), "--cache", cache, "--keyword", keyword], env, capture=True)
        for line in out.splitlines():
            for measure in GUI_MEASURES:
                if line.startswith(measure):
                    numbers = re.match(r"\s*([\d.]+)\s+(\S+)", line[len(measure):])
                    if numbers:
                        values.setdefault(measure, []).append(float(numbers.group(1)))
                        goals[measure] = numbers.group(2)
    return {m: (statistics.median(v), min(v), max(v), goals[m]) for m, v in values.items()}
