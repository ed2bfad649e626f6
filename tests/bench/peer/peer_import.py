#!/usr/bin/env python3
"""The peer: what an analyst who knows a little Python writes in an afternoon to search the
SAM.gov bulk "Contract Opportunities" CSV. One table of the columns that matter, every row in
one transaction, an FTS5 index over the columns a person searches (title, description, agency,
place, solicitation number) built in bulk after the load, an index for the deadline sort.

    peer_import.py BULK.csv OUT.sqlite
"""
import csv
import sqlite3
import sys


def main():
    source, target = sys.argv[1], sys.argv[2]
    csv.field_size_limit(sys.maxsize)
    db = sqlite3.connect(target)
    db.executescript("""
        CREATE TABLE IF NOT EXISTS opportunity (
            notice_id TEXT PRIMARY KEY, title TEXT, solicitation_number TEXT, agency TEXT,
            sub_tier TEXT, office TEXT, posted TEXT, type TEXT, set_aside TEXT, deadline TEXT,
            naics TEXT, place TEXT, country TEXT, award_amount TEXT, awardee TEXT, link TEXT,
            description TEXT);
    """)
    with open(source, newline="", encoding="utf-8", errors="replace") as file:
        rows = (
            (r["NoticeId"], r["Title"], r["Sol#"], r["Department/Ind.Agency"], r["Sub-Tier"], r["Office"],
             r["PostedDate"], r["Type"], r["SetASide"], r["ResponseDeadLine"], r["NaicsCode"],
             " ".join(v for v in (r["PopCity"], r["PopState"], r["PopCountry"]) if v), r["PopCountry"],
             r["Award$"], r["Awardee"], r["Link"], r["Description"])
            for r in csv.DictReader(file)
        )
        with db:
            db.executemany("INSERT OR REPLACE INTO opportunity VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    with db:
        db.executescript("""
            DROP TABLE IF EXISTS opportunity_fts;
            CREATE VIRTUAL TABLE opportunity_fts USING fts5(
                title, description, agency, place, solicitation_number,
                content='opportunity', content_rowid='rowid');
            INSERT INTO opportunity_fts(opportunity_fts) VALUES ('rebuild');
            CREATE INDEX IF NOT EXISTS opportunity_deadline ON opportunity(deadline);
        """)
    db.close()


if __name__ == "__main__":
    main()
