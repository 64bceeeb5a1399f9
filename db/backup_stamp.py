"""What a backup file carries of the version of the program that wrote it: a stamp in its header (SQLite's
`PRAGMA application_id`, a number of the file's first page no table holds), written on every backup this version
takes (desktop_app/backups._take), into the copy, never into the database in use.

A version that writes it records in every restore's row the last row of the data the restore put back
(`RestoreRecord.anchor`) and keeps a backup holding that row after every restore ("sau-khoi-phuc"): a restore row
without the anchor is an older version's, or one rewritten outside the program (red-team R11 F2, R12 F3: the anchor
stripped, the approval rows cut, the chain rehashed, the "sau-khoi-phuc" backup deleted or overwritten with a copy of
the cut data). The history's check lets such a row explain only backups without the stamp, which an older version
wrote before it (db/backup_chain.py): the backups an older version wrote read as they did, and the stamp of a kept
backup is not changed by editing the database in use. Editing the backup files themselves is another matter: whoever
can do that can delete them too (db/backup_chain.py, "Not closable from inside the data folder").
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

STAMP = 0x43540012  # "CT" and 18: a backup of a version that anchors every restore and keeps one after it


def stamp(path: Path) -> None:
    """Write the stamp into the backup file `path` (a copy just taken, not yet checked)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {STAMP}")
        conn.commit()
    finally:
        conn.close()


def stamped(source: sqlite3.Connection) -> bool:
    """Whether the backup read through `source` carries the stamp (`stamp`): False for one of an older version."""
    return source.execute("PRAGMA application_id").fetchone()[0] == STAMP
