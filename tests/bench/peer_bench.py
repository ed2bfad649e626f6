#!/usr/bin/env python3
"""Trade Leads against its peer, side by side, whole processes, in one run.

Generates N bulk-CSV leads (not timed), then times as whole processes:
  import:  `tradeleads import --format sam-csv` against peer/peer_import.py (csv + sqlite3 +
           FTS5) loading the same file;
  search:  `tradeleads search WORD --limit 100 --sort deadline --format json` against the same
           query in the `sqlite3` shell (-json) on the peer's database;
  stats:   `tradeleads stats` against a count by notice type in the `sqlite3` shell.
Prints seconds (median of --import-runs imports of each, taken in turns, and of --runs for the
queries, with min and max), the ratio ours/peer of the medians and each process's peak RSS.
With --window, then runs tradeleads-gui-bench (the real window, offscreen) --runs times on our
cache and prints each measure's median, min and max.

    tests/bench/peer_bench.py --build build --count 200000 [--keyword bridge] [--runs 5]
                              [--import-runs 3] [--window]
                              [--window-keyword maintenance] [--work DIR]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

from bench_runs import GUI_MEASURES, gui_bench, repeat, run, spread

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build", help="the CMake build directory")
    parser.add_argument("--count", type=int, default=200000)
    parser.add_argument("--keyword", default="bridge")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--import-runs", type=int, default=3,
                        help="imports of each, taken in turns (each into a new file); the median counts")
    parser.add_argument("--work", help="a directory to keep the files in (default: a temporary one)")
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--window", action="store_true", help="also time the window on our cache")
    parser.add_argument("--window-keyword", default="maintenance")
    args = parser.parse_args()

    tradeleads = os.path.join(args.build, "app", "tradeleads")
    leadgen = os.path.join(args.build, "tests", "bench", "tradeleads-leadgen")
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("the sqlite3 shell is needed: apt-get install sqlite3")
    work = args.work or tempfile.mkdtemp(prefix="tradeleads-peer-")
    os.makedirs(work, exist_ok=True)
    csv_path = os.path.join(work, f"leads-{args.count}.csv")
    ours = os.path.join(work, f"ours-{args.count}.sqlite")
    peer = os.path.join(work, f"peer-{args.count}.sqlite")
    if not os.path.exists(csv_path):
        subprocess.run([leadgen, "--format", "sam-csv", "--count", str(args.count), "--out", csv_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # Both imports read the file from memory: a file kept from an earlier run may be on the
    # disk only, and whichever import ran first would pay for reading it.
    # By `cat`: a child's peak RSS starts from this process's at the fork, so it stays small.
    subprocess.run(["cat", csv_path], check=True, stdout=subprocess.DEVNULL)

    # In turns, so that a slow spell of a shared machine falls on both; the last files stay
    # for the queries.
    ours_runs, peer_runs = [], []
    for _ in range(max(1, args.import_runs)):
        for path in (ours, peer):
            for suffix in ("", "-wal", "-shm", "-journal", ".userdata.json", ".check-needed"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        ours_runs.append(run([tradeleads, "import", "--db", ours, "--format", "sam-csv", csv_path], env)[:2])
        peer_runs.append(run([args.python, os.path.join(HERE, "peer", "peer_import.py"), csv_path, peer])[:2])
    rows = []
    rows.append(("import", *spread([r[0] for r in ours_runs]), max(r[1] for r in ours_runs),
                 *spread([r[0] for r in peer_runs]), max(r[1] for r in peer_runs)))

    word = args.keyword
    ours_search = repeat([tradeleads, "search", word, "--db", ours, "--limit", "100", "--sort", "deadline",
                          "--format", "json"], args.runs, env)
    peer_search = repeat([sqlite3, "-json", peer,
                          "SELECT o.* FROM opportunity o JOIN opportunity_fts f ON f.rowid = o.rowid "
                          f"WHERE opportunity_fts MATCH '{word}' ORDER BY o.deadline LIMIT 100"], args.runs)
    rows.append((f"search {word}", *ours_search[:3], ours_search[3], *peer_search[:3], peer_search[3]))

    ours_stats = repeat([tradeleads, "stats", "--db", ours], args.runs, env)
    peer_stats = repeat([sqlite3, peer, "SELECT type, COUNT(*) FROM opportunity GROUP BY type"], args.runs)
    rows.append(("stats", *ours_stats[:3], ours_stats[3], *peer_stats[:3], peer_stats[3]))

    print(f"{args.count:,} bulk-CSV leads; import: median of {max(1, args.import_runs)} runs in turns, "
          f"queries: of {args.runs} (min-max); whole processes")
    print(f"{'step':<16} {'ours s':>22} {'peer s':>22} {'ratio':>6} {'ours RSS MB':>12} {'peer RSS MB':>12}")
    for step, om, olo, ohi, orss, pm, plo, phi, prss in rows:
        ours_text = f"{om:.3f} ({olo:.3f}-{ohi:.3f})" if olo != ohi else f"{om:.3f}"
        peer_text = f"{pm:.3f} ({plo:.3f}-{phi:.3f})" if plo != phi else f"{pm:.3f}"
        print(f"{step:<16} {ours_text:>22} {peer_text:>22} {om / pm:>6.2f} {orss:>12.1f} {prss:>12.1f}")
    for path, name in ((ours, "ours"), (peer, "peer")):
        print(f"{name} file: {os.path.getsize(path) / 1e6:,.0f} MB")

    if args.window:
        gui = os.path.join(args.build, "tests", "bench", "tradeleads-gui-bench")
        window = gui_bench(gui, args.count, ours, args.window_keyword, args.runs, env)
        print(f"\nthe window on our cache, keyword \"{args.window_keyword}\": median of {args.runs} runs (min-max)")
        print(f"{'measure':36} {'median':>8} {'min-max':>15} {'goal':>6}")
        for measure in GUI_MEASURES:
            if measure in window:
                median, low, high, goal = window[measure]
                name = measure if "RSS" in measure else measure + " (ms)"
                print(f"{name:36} {median:8.1f} {f'{low:.1f}-{high:.1f}':>15} {goal:>6}")
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
