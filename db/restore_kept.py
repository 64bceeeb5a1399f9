"""The backups a restore keeps, as the history reads them (desktop_app/backups.restore): the copy of the data it
replaces ("truoc-khoi-phuc"), which its row names (`RestoreRecord.copy`), and the backup of the data it puts in,
taken right after that copy under the next number and holding the restore's row as written ("sau-khoi-phuc",
desktop_app/backups._kept_after).

That backup deleted, or overwritten with a copy of data cut with sqlite3, took the last trace of the rows the
restore put back (red-team R12 F3): so a restore explains a backup of this version (db/anchoring_mark.py) only while a
kept backup holds its row as the data in use hold it, or the backup it put back is still kept, its newest row the
restore's anchor as the data hold it (`held_after`, db/backup_chain.py: deleting a backup by hand is no finding by
itself, red-team R13 F2), and the next backup's number
follows the highest the history names (`numbers_named`), not the highest file left: a deleted "sau-khoi-phuc"
backup's number is not taken again by an automatic backup, which would leave no gap where it was.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from db import audit_rows
from db.province_records import ProvinceRecords
from db.unread_backup import BackupBusy, opened
from desktop_app.core import restore_record


class _Rows(ProvinceRecords):
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn


def copies_named(conn: sqlite3.Connection) -> list[str]:
    """The file names of the copies of the data replaced ("truoc-khoi-phuc") that the restore rows of the database of
    `conn` record, oldest first; [] when its history cannot be read so."""
    try:
        records = [restore_record.read(r.old) for r in _Rows(conn).chained_audit_rows("restore")]
    except sqlite3.Error:
        return []
    return [record.copy for record in records if record is not None and record.copy]


def held_after(conn: sqlite3.Connection, restore_id: int, anchor: tuple[int, str], backups: Iterable[Path]) -> bool:
    """Whether one of the kept `backups` holds the audit row `restore_id` (a restore's) as the database of `conn`
    holds it: its "sau-khoi-phuc" backup, or any taken after it of the same data; or, that one deleted, the backup
    the restore put back: its newest row is the restore's `anchor` (id, chain hash), as the data hold it (red-team
    R13 F2: the person deleting that backup by hand, after a restore that discarded work, made the restore's copy of
    the work a finding). The anchor moved down to a cut, the rows renumbered, is no backup's newest row. A backup
    that cannot be read holds nothing here (the check names it on its own: db/unread_backup.py)."""
    columns = audit_rows.columns(conn)
    now = audit_rows.row(conn, columns, restore_id) if columns else None
    put_back = audit_rows.row(conn, columns, anchor[0]) if now is not None else None
    if put_back is None or put_back.get("hash") != anchor[1]:
        return False
    for path in backups:
        try:
            source = opened(path)
        except BackupBusy:
            continue
        if source is None:
            continue
        try:
            if (kept := audit_rows.columns(source)) and (
                    audit_rows.same(now, audit_rows.row(source, kept, restore_id))
                    or audit_rows.same(put_back, newest := audit_rows.row(source, kept, None))
                    and newest["id"] == anchor[0]):
                return True
        except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):
            continue
        finally:
            source.close()
    return False
