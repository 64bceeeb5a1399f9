"""The anchoring mark: what a database's history carries of the version of the program that wrote it, a row of
the chain written once before the first backup this version takes of it (desktop_app/backups.take_backup), which
every backup taken after holds (`mark`); or a restore row recording the anchor (`RestoreRecord.anchor`).

A version that writes it records in every restore's row the last row of the data the restore put back (the anchor)
and keeps a backup holding that row after every restore ("sau-khoi-phuc"): a restore row without the anchor is an
older version's, or one rewritten outside the program (red-team R11 F2, R12 F3: the anchor stripped, the approval
rows cut, the chain rehashed, the "sau-khoi-phuc" backup deleted or overwritten with a copy of the cut data). So a
restore row without the anchor explains nothing when the data hold this row before it, and no backup that holds it
(`anchoring`, db/backup_chain.py): the backups an older version wrote read as they did. It replaces a stamp in the
backup file's header (PRAGMA application_id, 269f084), which one sqlite3 command cleared on each backup left
(red-team R13 F1): the row is in the chain, so taking it out of a backup means rewriting that backup's history, and
the data in use cannot drop it without the rows after it differing from every backup that holds them.

The row is one of the chain's own, as the schema a migration reached (`SCHEMA_ACTION`, not listed in the change
log), its field this one's, its value 0 (no schema number: `integrity.schema_lowered` reads the highest).
"""
from __future__ import annotations

import sqlite3

from db.integrity import SCHEMA_ACTION, Unsealed
from desktop_app.core.errors import ChiTieuError

FIELD = "restore_anchor"  # the field of the row: every restore of this version anchored, and a backup kept after it


def mark(store) -> None:
    """Write the row into the database of `store` unless its history holds one (module note). Not when it cannot be
    written (a database opened to look only, rows added outside the program after the chain's head): the backup is
    taken all the same, and the next one writes it."""
    if store.read_only or anchoring(store.conn):
        return
    try:
        with store.transaction():
            if not anchoring(store.conn):
                store.audit("", SCHEMA_ACTION, field=FIELD, new=0)
    except (ChiTieuError, Unsealed, sqlite3.Error):
        return


def anchoring(conn: sqlite3.Connection, before: int | None = None) -> bool:
    """Whether the audit rows of the file of `conn` (those before the row id `before`, when given) hold the row of a
    version that anchors every restore (`mark`) or a restore row recording its anchor. False for an audit SQLite
    cannot read as the program's: a backup so is no database of ours, compared with nothing."""
    try:
        return conn.execute(
            "SELECT 1 FROM audit WHERE id < ? AND ((action = ? AND field = ?)"
            " OR (action = 'restore' AND old LIKE '{%' AND instr(old, '\"anchor\": [') > 0)) LIMIT 1",
            (before if before is not None else 1 << 62, SCHEMA_ACTION, FIELD)).fetchone() is not None
    except sqlite3.Error:
        return False
