"""Red-team R25 F2: an intake on a disk that filled up ended in an English traceback,
`sqlite3.OperationalError: database or disk is full`, from the checkpoint that ends
`Store.bulk_writes`, over the run's own refusal "ổ đĩa đã đầy". The checkpoint loses nothing when
it fails (the commits are in the WAL): its failure is not said over the run's words."""
from __future__ import annotations

import sqlite3

import pytest

from db.store import Store
from desktop_app.core.errors import StorageFailed


class _FullAtCheckpoint:
    """The store's connection, whose checkpoint fails as on a full disk."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        if "wal_checkpoint" in sql:
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_run_refused_for_a_full_disk_is_said_so_not_by_the_checkpoint(tmp_path):
    store = Store(tmp_path / "chitieu.db")
    real = store.conn
    store.conn = _FullAtCheckpoint(real)
    try:
        with pytest.raises(StorageFailed), store.bulk_writes():
            raise StorageFailed.of(tmp_path, full=True)
        with store.bulk_writes():  # a run that stored everything is not called failed either
            pass
        assert real.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again after the run
    finally:
        store.conn = real
        store.close()
