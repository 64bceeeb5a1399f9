"""A new data folder's database held by another program for longer than a write waits (red-team 9,
finding 6): opening says the database is busy, in the officer's words, and does not end in a
traceback; once the other lets go, it opens."""
from __future__ import annotations

import sqlite3

import pytest

import db.store
from desktop_app.core.errors import DatabaseBusy
from desktop_app.services import Workspace


def test_a_new_database_held_by_another_program_is_said_busy(tmp_path, monkeypatch):
    monkeypatch.setattr(db.store, "BUSY_SECONDS", 1)
    other = sqlite3.connect(tmp_path / "chitieu.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    other.execute("CREATE TABLE x (a)")
    with pytest.raises(DatabaseBusy) as busy:
        Workspace.open(tmp_path, user="can-bo")
    assert busy.value.message.startswith("Cơ sở dữ liệu đang được một cửa sổ hoặc lệnh khác của chương trình ghi")
    assert "Chờ một lát rồi thử lại" in busy.value.message
    other.execute("ROLLBACK")
    other.close()
    Workspace.open(tmp_path, user="can-bo").close()
