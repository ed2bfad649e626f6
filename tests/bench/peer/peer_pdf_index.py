#!/usr/bin/env python3
"""The peer of attachment text: what an analyst would script to search inside downloaded
PDFs. For every PDF in DIR, `pdftotext` (poppler-utils, the same library Trade Leads reads
PDFs with) and an insert into an FTS5 table of an SQLite file, in one transaction.

    peer_pdf_index.py DIR DATABASE
"""
import os
import sqlite3
import subprocess
import sys


def main():
    folder, database = sys.argv[1], sys.argv[2]
    db = sqlite3.connect(database)
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS document USING fts5 (name, text)")
    with db:
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".pdf"):
                continue
            text = subprocess.run(["pdftotext", "-q", os.path.join(folder, name), "-"],
                                  capture_output=True, check=False).stdout.decode("utf-8", "replace")
            db.execute("INSERT INTO document (name, text) VALUES (?, ?)", (name, text))
    db.close()


if __name__ == "__main__":
    main()
