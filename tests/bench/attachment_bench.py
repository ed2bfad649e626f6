#!/usr/bin/env python3
"""Attachment text, ours against the peer, whole processes, in one run: N generated PDFs of
P pages (not timed) read and indexed by `tradeleads-attachment-bench index` (AttachmentText
on the worker pool, the store's setAttachmentFile) and by peer/peer_pdf_index.py
(`pdftotext` per file into an FTS5 table). Prints seconds, files/s, peak RSS and the ratio.
Needs poppler-utils for the peer.

    tests/bench/attachment_bench.py --build build [--count 1000] [--pages 10] [--runs 3]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from peer_bench import run  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", help="a directory to keep the PDFs in (default: a temporary one)")
    args = parser.parse_args()
    if not shutil.which("pdftotext"):
        sys.exit("the peer needs pdftotext: apt-get install poppler-utils")
    bench = os.path.join(args.build, "tests", "bench", "tradeleads-attachment-bench")
    work = args.work or tempfile.mkdtemp(prefix="attachment-bench-")
    pdfs = os.path.join(work, "pdfs")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if not os.path.isdir(pdfs) or len(os.listdir(pdfs)) != args.count:
        shutil.rmtree(pdfs, ignore_errors=True)
        subprocess.run([bench, "generate", pdfs, str(args.count), str(args.pages)], check=True, env=env,
                       stderr=subprocess.DEVNULL)
    megabytes = sum(os.path.getsize(os.path.join(pdfs, n)) for n in os.listdir(pdfs)) / 1e6
    print(f"{args.count} PDFs of {args.pages} pages, {megabytes:.1f} MB, median of {args.runs} runs")
    results = {}
    for label, argv in (("ours", lambda db: [bench, "index", pdfs, db]),
                        ("peer", lambda db: [sys.executable, os.path.join(HERE, "peer", "peer_pdf_index.py"), pdfs, db])):
        times, rss = [], []
        for i in range(args.runs):
            db = os.path.join(work, f"{label}-{i}.sqlite")
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db + suffix):
                    os.remove(db + suffix)
            seconds, peak = run(argv(db), env)
            times.append(seconds)
            rss.append(peak)
        results[label] = (statistics.median(times), min(times), max(times), max(rss))
    print(f"{'':6} {'median s':>9} {'min':>7} {'max':>7} {'files/s':>8} {'peak RSS MB':>12}")
    for label, (median, low, high, peak) in results.items():
        print(f"{label:6} {median:9.2f} {low:7.2f} {high:7.2f} {args.count / median:8.1f} {peak:12.1f}")
    print(f"ratio ours/peer: {results['ours'][0] / results['peer'][0]:.2f}")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
