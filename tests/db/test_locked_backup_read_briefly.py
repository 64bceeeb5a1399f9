"""A kept backup another program holds locked (a DB browser's write transaction, a sqlite3 session's
BEGIN EXCLUSIVE) cost SQLite's default five-second wait each time the history was compared with the backups:
at the window's start-up (on the UI thread, the window frozen), at every `chitieu audit verify`, at a restore.
A finished backup is never locked by the program (written under a temporary name, then renamed), so a backup
is now read with a short wait (db/backup.BACKUP_BUSY_SECONDS); the database in use keeps its own."""
from __future__ import annotations

import sqlite3

import pytest

from db import backup, backup_chain
from desktop_app import backups
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture

LOCKED = "đang bị một chương trình khác khóa"


@pytest.fixture
def opened(monkeypatch):
    """The busy timeout (ms) of every connection the program opens, by the file it opens."""
    waits: list[tuple[str, int]] = []
    connect = sqlite3.connect

    def noted(database, *args, **kwargs):
        conn = connect(database, *args, **kwargs)
        waits.append((str(database), conn.execute("PRAGMA busy_timeout").fetchone()[0]))
        return conn

    monkeypatch.setattr(sqlite3, "connect", noted)
    return waits


def test_the_check_says_a_locked_backup_without_waiting_for_it(office, opened):  # noqa: F811
    as_(office, "admin")
    kept = backups.auto_backup(office, "mo")
    holder = sqlite3.connect(kept, isolation_level=None)  # a sqlite3 session, or a DB browser saving
    holder.execute("BEGIN EXCLUSIVE")
    opened.clear()
    try:
        found = [t.message for t in office.verify_history()]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert [f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {kept.name}: tệp {LOCKED}" in m
            for m in found] == [True], found
    on_backup = [wait for path, wait in opened if kept.name in path]
    assert on_backup and all(wait == backup.BACKUP_BUSY_SECONDS * 1000 for wait in on_backup), opened  # was 5000
    on_database = [wait for path, wait in opened if str(office.store.path) in path]
    assert all(wait == 5000 for wait in on_database), opened  # the database in use waits as it did


def test_a_backup_is_opened_with_the_short_wait_and_the_database_with_sqlites(tmp_path):
    path = tmp_path / "b.db"
    sqlite3.connect(path).close()
    for opened_, wait in ((backup.open_backup(path), backup.BACKUP_BUSY_SECONDS), (backup.open_read_only(path), 5)):
        try:
            assert opened_.execute("PRAGMA busy_timeout").fetchone()[0] == wait * 1000
        finally:
            opened_.close()
    assert backup_chain.open_backup is backup.open_backup
