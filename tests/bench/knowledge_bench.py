#!/usr/bin/env python3
"""What the cache knows, against the peer: award history, leads like this one and a saved
search tried on the past 12 weeks, side by side, whole processes, in one run.

Generates N bulk-CSV leads (not timed) and loads them into our cache (`tradeleads import`) and
into the peer's (peer/peer_import.py: one table, FTS5), unless --work already holds both. Then
times, as whole processes, the median of --runs:
  awards:   `tradeleads awards --agency A --format json` against the awardees of A's award
            notices ranked by count and total, and its latest awards, in the `sqlite3` shell;
  like:     `tradeleads search --like sam:ID --limit 20 --format json` against an FTS5 query
            of the lead's title words joined by OR, best rank first, in the `sqlite3` shell;
  backtest: `tradeleads saved try FILTER --weeks 12 --format json` against twelve weekly counts
            of the same filter in the `sqlite3` shell (the peer knows no notice families).
A is the agency with the most award notices; the lead is the middle solicitation by notice
id. Leads are posted in the 150 days before 2026-01-01, so "today" is 2025-12-31.

    tests/bench/knowledge_bench.py --build build --count 1000000 [--runs 5] [--work DIR]
"""
import argparse
import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from peer_bench import repeat, run  # noqa: E402

TODAY = datetime.date(2025, 12, 31)
WEEKS = 12
# The saved searches tried: (label, our filter flags, the peer's WHERE clause).
SEARCHES = [
    ("naics 2362", ["--naics", "2362"], "o.naics LIKE '2362%'"),
    ("keyword bridge", ["bridge"], "o.rowid IN (SELECT rowid FROM opportunity_fts WHERE opportunity_fts MATCH 'bridge')"),
    ("naics 2373 + SBA", ["--naics", "2373", "--set-aside", "SBA"], "o.naics LIKE '2373%' AND o.set_aside = 'SBA'"),
]


def peer_value(sqlite3, peer, sql):
    return subprocess.run([sqlite3, peer, sql], check=True, capture_output=True, text=True).stdout.strip()


def weekly_counts_sql(where):
    monday = TODAY - datetime.timedelta(days=TODAY.weekday()) - datetime.timedelta(weeks=WEEKS - 1)
    parts = []
    for week in range(WEEKS):
        start = monday + datetime.timedelta(weeks=week)
        end = start + datetime.timedelta(weeks=1)
        parts.append(f"SELECT '{start}', COUNT(*) FROM opportunity o WHERE {where} "
                     f"AND o.posted >= '{start}' AND o.posted < '{end}'")
    return " UNION ALL ".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build", help="the CMake build directory")
    parser.add_argument("--count", type=int, default=1000000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--work", help="a directory to keep the files in, and to find them in (default: a temporary one)")
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()

    tradeleads = os.path.join(args.build, "app", "tradeleads")
    leadgen = os.path.join(args.build, "tests", "bench", "tradeleads-leadgen")
    sqlite3 = shutil.which("sqlite3")
    if not sqlite3:
        sys.exit("the sqlite3 shell is needed: apt-get install sqlite3")
    work = args.work or tempfile.mkdtemp(prefix="tradeleads-knowledge-")
    os.makedirs(work, exist_ok=True)
    csv_path = os.path.join(work, f"leads-{args.count}.csv")
    ours = os.path.join(work, f"ours-{args.count}.sqlite")
    peer = os.path.join(work, f"peer-{args.count}.sqlite")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TRADELEADS_TODAY=TODAY.isoformat())
    if not (os.path.exists(ours) and os.path.exists(peer)):
        if not os.path.exists(csv_path):
            subprocess.run([leadgen, "--format", "sam-csv", "--count", str(args.count), "--out", csv_path],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for path in (ours, peer):
            for suffix in ("", "-wal", "-shm", ".userdata.json", ".check-needed"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
        print("loading the caches (not timed)…", file=sys.stderr)
        run([tradeleads, "import", "--db", ours, "--format", "sam-csv", csv_path], env)
        run([args.python, os.path.join(HERE, "peer", "peer_import.py"), csv_path, peer])
    # One run of each first, untimed: both files' pages in the OS's cache alike.
    run([sqlite3, peer, "SELECT COUNT(*) FROM opportunity"])
    run([tradeleads, "stats", "--db", ours], env)

    agency = peer_value(sqlite3, peer, "SELECT agency FROM opportunity WHERE type = 'Award Notice' "
                                       "GROUP BY agency ORDER BY COUNT(*) DESC LIMIT 1")
    solicitations = int(peer_value(sqlite3, peer, "SELECT COUNT(*) FROM opportunity WHERE type = 'Solicitation'"))
    notice, title = peer_value(sqlite3, peer, "SELECT notice_id || char(9) || title FROM opportunity "
                                              "WHERE type = 'Solicitation' ORDER BY notice_id "
                                              f"LIMIT 1 OFFSET {solicitations // 2}").split("\t", 1)
    words = [w for w in re.findall(r"[A-Za-z0-9]+", title) if len(w) > 2]
    quoted_agency = agency.replace("'", "''")

    rows = []
    ours_awards = repeat([tradeleads, "awards", "--db", ours, "--agency", agency, "--format", "json"], args.runs, env)
    peer_awards = repeat([sqlite3, "-json", peer,
                          "SELECT awardee, COUNT(*) AS awards, SUM(CAST(award_amount AS REAL)) AS total FROM opportunity "
                          f"WHERE agency = '{quoted_agency}' AND type = 'Award Notice' AND awardee <> '' "
                          "GROUP BY awardee ORDER BY awards DESC, total DESC LIMIT 20; "
                          "SELECT notice_id, awardee, award_amount, posted FROM opportunity "
                          f"WHERE agency = '{quoted_agency}' AND type = 'Award Notice' ORDER BY posted DESC LIMIT 20"],
                         args.runs)
    rows.append(("awards", ours_awards, peer_awards))

    ours_like = repeat([tradeleads, "search", "--db", ours, "--like", f"sam:{notice}", "--limit", "20",
                        "--format", "json"], args.runs, env)
    match = " OR ".join(f'"{w}"' for w in words)
    peer_like = repeat([sqlite3, "-json", peer,
                        "SELECT o.notice_id, o.title FROM opportunity_fts f JOIN opportunity o ON o.rowid = f.rowid "
                        f"WHERE opportunity_fts MATCH '{match}' AND o.notice_id <> '{notice}' ORDER BY f.rank LIMIT 20"],
                       args.runs)
    rows.append(("like this", ours_like, peer_like))

    for label, flags, where in SEARCHES:
        ours_try = repeat([tradeleads, "saved", "try", "--db", ours, *flags, "--weeks", str(WEEKS), "--format", "json"],
                          args.runs, env)
        peer_try = repeat([sqlite3, peer, weekly_counts_sql(where)], args.runs)
        rows.append((f"backtest {label}", ours_try, peer_try))

    print(f"{args.count:,} bulk-CSV leads; median of {args.runs} runs (min-max), whole processes; "
          f"awards of {agency!r}; like sam:{notice} ({title!r})")
    print(f"{'step':<26} {'ours s':>22} {'peer s':>22} {'ratio':>6} {'ours RSS MB':>12} {'peer RSS MB':>12}")
    for step, (om, olo, ohi, orss), (pm, plo, phi, prss) in rows:
        print(f"{step:<26} {f'{om:.3f} ({olo:.3f}-{ohi:.3f})':>22} {f'{pm:.3f} ({plo:.3f}-{phi:.3f})':>22} "
              f"{om / pm:>6.2f} {orss:>12.1f} {prss:>12.1f}")
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
