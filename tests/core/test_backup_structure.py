"""A backup whose tables are not the program's own is refused before SQLite checks it, naming the file and
the table, nothing replaced (db/backup_structure.py). SQLite runs a table's definition at every write into
it: a backup's `entries` rewritten with sqlite3 to CHECK (length(hex(zeroblob(100000000)))), restored, took
0,43 s and 565 MB for each figure saved afterwards; DEFAULT (hex(randomblob(50000000))) on two `audit`
columns 2 s and 100 MB of file for each; CHECK (0) refused every save with an IntegrityError. Backups of
earlier versions (older schema numbers, names quoted [x] by sqlite-utils 3) are still restored."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from desktop_app import backups
from desktop_app.backups import BackupError
from desktop_app.services import Workspace
from tests.core.test_restore_other_unit import PW, _unit

DATA = Path(__file__).parents[1] / "db" / "data"


@pytest.fixture
def unit(tmp_path):
    """A commune's database (accounts, 2026-6M approved) and a backup of it on a USB stick."""
    ws = _unit(tmp_path / "xa", "05503")
    source = backups.take_backup(ws, "thu-cong", target_dir=tmp_path / "usb")
    ws.close()
    return tmp_path / "xa", source


def _rewrite(path, table: str, old: str, new: str) -> None:
    """`table`'s definition in the file with `old` replaced by `new`, its rows as they are."""
    conn = sqlite3.connect(path)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert old in sql
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), table))
    conn.commit()
    conn.close()


def _digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.mark.parametrize("table, old, new", [
    ("entries", '"updated_by" TEXT,', '"updated_by" TEXT, CHECK (length(hex(zeroblob(100000000)))),'),
    ("entries", '"updated_by" TEXT,', '"updated_by" TEXT, CHECK (0),'),
    ("audit", '"indicator" TEXT', '"indicator" TEXT DEFAULT (hex(randomblob(50000000)))'),
    ("entries", '"value" TEXT', '"value" INTEGER'),
    ("entries", '"indicator" TEXT NOT NULL', '"indicator" TEXT NOT NULL COLLATE NOCASE'),
    ("users", '"active" INTEGER DEFAULT 1', '"active" INTEGER DEFAULT 0'),
    ("period_states", '"approval_id" INTEGER', '"approval_id" INTEGER REFERENCES approvals(id) ON DELETE CASCADE'),
    ("approvals", '"snapshot" TEXT NOT NULL', '"snapshot" TEXT NOT NULL ON CONFLICT IGNORE'),
])
def test_a_table_rewritten_outside_is_refused_naming_it_nothing_replaced(unit, table, old, new):
    folder, source = unit
    _rewrite(source, table, old, new)
    refused = restore_refused(folder, source)
    said = refused.message
    assert said.startswith(f'Tệp {source.name} có bảng "{table}" khác cấu trúc của chương trình (lược đồ {SCHEMA_VERSION}): ')
    assert "Chỉ khôi phục được từ bản sao lưu do chương trình Chỉ tiêu xã tạo ra" in said
    assert f'holds the table "{table}" unlike the program\'s own (schema {SCHEMA_VERSION})' in refused.en
    assert not [b for b in backups.list_backups(folder / "chitieu.db") if b.reason == "truoc-khoi-phuc"]


def restore_refused(folder: Path, chosen: Path) -> BackupError:
    """Restore `chosen` as the administrator: refused, the database as it was and still opening."""
    before = _digest(folder / "chitieu.db")
    ws = Workspace.open(folder)
    ws.login("quantri", PW)
    with pytest.raises(BackupError) as refused:
        backups.restore(ws, chosen)
    ws.close()
    assert _digest(folder / "chitieu.db") == before
    Workspace.open(folder).close()
    return refused.value


@pytest.mark.parametrize("statement, named", [
    ("CREATE TABLE t (a)", 'có bảng "t" chương trình không tạo'),
    ("DROP INDEX idx_audit_at", 'thiếu chỉ mục "idx_audit_at" của chương trình'),
    ("CREATE UNIQUE INDEX u ON entries (commune, period, indicator, value)", 'có chỉ mục "u" chương trình không tạo'),
    ("DROP TABLE trust_roots", 'thiếu bảng "trust_roots" của chương trình'),
])
def test_a_table_or_index_more_or_less_is_refused(unit, statement, named):
    _folder, source = unit
    conn = sqlite3.connect(source)
    conn.execute(statement)
    conn.commit()
    conn.close()
    with pytest.raises(BackupError) as refused:
        backups.verify_backup(source)
    assert refused.value.message.startswith(f"Tệp {source.name} {named} (lược đồ {SCHEMA_VERSION}): ")


def test_sqlite_utils_3s_quotes_are_the_same_names(unit):
    """Installs of earlier versions made their tables with sqlite-utils 3, which quotes names [x]."""
    _folder, source = unit
    conn = sqlite3.connect(source)
    conn.execute("PRAGMA writable_schema = ON")
    for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall():
        old = sql
        for quoted in {part.split('"')[0] for part in sql.split('"')[1::2]}:
            sql = sql.replace(f'"{quoted}"', f"[{quoted}]")
        assert sql != old
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, name))
    conn.commit()
    conn.close()
    backups.verify_backup(source)
    _rewrite(source, "entries", "[value] TEXT", "[value] TEXT CHECK (0)")
    with pytest.raises(BackupError, match='bảng "entries" khác cấu trúc'):
        backups.verify_backup(source)


@pytest.mark.parametrize("fixture", sorted(p.name for p in DATA.glob("*.db")))
def test_backups_of_earlier_schema_numbers_are_still_accepted(fixture, tmp_path):
    shutil.copy(DATA / fixture, tmp_path / fixture)  # a copy: reading a WAL file leaves its -shm beside it
    backups.verify_backup(tmp_path / fixture)


def test_the_oldest_backup_restores_and_opens_upgraded(tmp_path):
    source = tmp_path / "usb" / "schema2_commune.db"
    source.parent.mkdir()
    shutil.copy(DATA / "schema2_commune.db", source)
    folder = tmp_path / "may-moi"
    folder.mkdir()
    backups.restore(folder / "chitieu.db", source, administrator=("quantri", "Admin!2026pw"))
    ws = Workspace.open(folder)
    try:
        assert ws.store.schema_version == SCHEMA_VERSION
        assert ws.store.conn.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
    finally:
        ws.close()
    backups.verify_backup(backups.take_backup(Workspace.open(folder), "thu-cong", target_dir=tmp_path / "usb2"))
