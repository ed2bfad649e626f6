#!/usr/bin/env python3
"""The team server (PostgreSQL) against the local cache (SQLite), side by side, in one run.

Starts a throwaway PostgreSQL 15 (tests/pg-test-server.sh; or --server LOCATION of a role that
may create databases), generates N bulk-CSV leads (not timed), then times as whole processes on
both stores:
  import:  `tradeleads import --format sam-csv` (leads/s);
  search:  `tradeleads search WORD --limit 100 --sort deadline --format json` (median of --runs);
  stats:   `tradeleads stats`;
and runs tradeleads-gui-bench (the real window, offscreen) on each: first rows, keyword to rows,
sort, jump, open a lead, star round trip, facets and chart, and on the server the live refresh
from a commit to the repainted row. Prints each figure with the ratio server/local.

    tests/bench/team_server_bench.py --build build --count 200000 [--runs 3] [--work DIR]
"""
import argparse
import os
import shutil
import subprocess
import tempfile
import time

from bench_runs import GUI_MEASURES, gui_bench, repeat, run

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER_SCRIPT = os.path.join(HERE, "..", "pg-test-server.sh")


def median_of(argv, runs, env=None):
    return repeat(argv, runs, env)[:3]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build", help="the CMake build directory")
    parser.add_argument("--count", type=int, default=200000)
    parser.add_argument("--keyword", default="maintenance")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", help="a directory to keep the files in (default: a temporary one)")
    parser.add_argument("--server", help="a postgresql:// location to use instead of a throwaway server")
    args = parser.parse_args()

    build = os.path.abspath(args.build)
    tradeleads = os.path.join(build, "app", "tradeleads")
    leadgen = os.path.join(build, "tests", "bench", "tradeleads-leadgen")
    gui = os.path.join(build, "tests", "bench", "tradeleads-gui-bench")
    work = args.work or tempfile.mkdtemp(prefix="tl-team-bench-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"))
    env.pop("TRADELEADS_DB", None)

    socket_dir = None
    if args.server:
        server = args.server
    else:
        socket_dir = f"/tmp/tl-pg-bench-{os.getpid()}"
        subprocess.run([SERVER_SCRIPT, "start", socket_dir], check=True,
                       env=dict(os.environ, TRADELEADS_PG_OPTIONS="-c shared_buffers=512MB -c work_mem=32MB"))
        server = f"postgresql://tradeleads@/tl_bench?host={socket_dir}&port=54329"
    try:
        run([tradeleads, "admin", "init", "--db", server], env)
        local = os.path.join(work, "local.sqlite")
        csv = os.path.join(work, f"leads-{args.count}.csv")
        if not os.path.exists(csv):
            today = time.strftime("%Y-%m-%d", time.gmtime())
            run([leadgen, "--format", "sam-csv", "--count", str(args.count), "--anchor", today, "--seed", "7",
                 "--out", csv])
        results = []
        for name, db in (("local", local), ("server", server)):
            seconds, rss, _ = run([tradeleads, "import", "--format", "sam-csv", csv, "--db", db], env)
            results.append((name, "import leads/s", args.count / seconds, rss))
        print(f"{args.count:,} leads; server {server.split('?')[0]}")
        print(f"{'measure':36} {'local':>14} {'server':>14} {'server/local':>13}")
        rates = {r[0]: r for r in results}
        print(f"{'import (leads/s)':36} {rates['local'][2]:14,.0f} {rates['server'][2]:14,.0f} "
              f"{rates['server'][2] / rates['local'][2]:13.2f}")
        for label, argv in (
                (f"search {args.keyword} (s)", ["search", args.keyword, "--limit", "100", "--sort", "deadline",
                                                "--format", "json"]),
                ("stats (s)", ["stats"])):
            local_time = median_of([tradeleads] + argv + ["--db", local], args.runs, env)
            server_time = median_of([tradeleads] + argv + ["--db", server], args.runs, env)
            print(f"{label:36} {local_time[0]:14.3f} {server_time[0]:14.3f} {server_time[0] / local_time[0]:13.2f}")
        local_gui = gui_bench(gui, args.count, local, args.keyword, args.runs, env)
        server_gui = gui_bench(gui, args.count, server, args.keyword, args.runs, env)
        for measure in GUI_MEASURES:
            if measure not in local_gui and measure not in server_gui:
                continue
            a = local_gui.get(measure)
            b = server_gui.get(measure)
            ratio = f"{b[0] / a[0]:13.2f}" if a and b and a[0] > 0 else f"{'-':>13}"
            show = lambda v: f"{v[0]:8.1f} ({v[1]:.0f}-{v[2]:.0f})" if v else f"{'-':>14}"
            print(f"{measure + ' (ms)' if 'RSS' not in measure else measure:36} {show(a):>14} {show(b):>14} {ratio}")
    finally:
        if socket_dir:
            subprocess.run([SERVER_SCRIPT, "stop", socket_dir], check=False)
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
