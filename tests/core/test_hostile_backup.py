"""A backup chosen to restore is a file from outside: what SQLite or the program computes while reading it
is bounded by what the program itself writes, and a file it never writes is refused naming it, nothing
replaced. An index on an expression made `PRAGMA integrity_check` work out the expression for every row (a
3 MB file of 150.000 rows, 0,2 s a row: eight hours); a setting nested 100.000 deep stopped the restore
warning with a RecursionError, a period's state "zzz" with a ValueError."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop_app import backups
from desktop_app.backups import BackupError
from tests.core.test_restore_other_unit import PW, _unit


@pytest.fixture
def unit(tmp_path):
    """A commune's database (accounts, 2026-6M approved) and a backup of it to edit."""
    ws = _unit(tmp_path / "xa", "05503")
    source = backups.take_backup(ws, "thu-cong", target_dir=tmp_path / "usb")
    ws.close()
    return tmp_path / "xa" / "chitieu.db", source


def _edit(path, *statements, params=()):
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql, params if "?" in sql else ())
    conn.commit()
    conn.close()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.timeout(60, method="signal")
def test_an_index_computed_for_every_row_is_refused_before_the_check(unit):
    db_path, source = unit
    _edit(source, "CREATE TABLE t(a)")
    conn = sqlite3.connect(source)
    # 400 rows: 80 s of the old check (the signal's timeout waits for SQLite to return); 150.000 fit in 3 MB
    conn.executemany("INSERT INTO t VALUES (0)", [()] * 400)
    conn.execute("CREATE INDEX ti ON t(a + 100000000)")  # the same values as below, cheap to make
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX ti ON t(length(hex(zeroblob(50000000 + a))))' "
                 "WHERE name = 'ti'")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(BackupError) as err:
        backups.restore(db_path, source, administrator=("quantri", PW))
    assert f'Tệp {source.name} có chỉ mục tính bằng biểu thức "ti" do người ngoài chương trình thêm vào' in str(err.value)
    assert "Chỉ khôi phục được từ bản sao lưu do chương trình Chỉ tiêu xã tạo ra" in str(err.value)
    assert _digest(db_path) == before


@pytest.mark.parametrize("sql, named", [
    ("CREATE INDEX p ON audit(id) WHERE length(hex(zeroblob(10 + id))) > 0", 'chỉ mục tính bằng biểu thức "p"'),
    ("ALTER TABLE audit ADD COLUMN z AS (length(hex(zeroblob(400000000 + id)))) VIRTUAL",
     'cột tính bằng biểu thức "audit.z"'),
    ("CREATE VIRTUAL TABLE v USING rtree(id, a, b)", 'bảng ảo (virtual table) "v"'),
])
def test_what_sqlite_computes_or_runs_on_reading_is_refused(unit, sql, named):
    _db_path, source = unit
    _edit(source, sql)
    with pytest.raises(BackupError) as err:
        backups.verify_backup(source)
    assert f"Tệp {source.name} có {named} do người ngoài chương trình thêm vào" in str(err.value)


def test_the_programs_own_backup_is_still_accepted(unit):
    _db_path, source = unit
    backups.verify_backup(source)


def test_a_setting_nested_deeper_than_json_reads_is_a_value_not_read(unit):
    db_path, source = unit
    _edit(source, "UPDATE settings SET value = ?", params=("[" * 100_000 + "]" * 100_000,))
    backups.verify_backup(source)
    backups.refuse_other_unit(db_path, source)  # its unit not known: as for any setting not read
    backups.restore_warning(db_path, source)


@pytest.mark.parametrize("sql", ["UPDATE period_states SET state = 'zzz'", "UPDATE period_states SET period = 'q'"])
def test_a_value_the_program_never_writes_refuses_the_backup_naming_it(unit, sql):
    db_path, source = unit
    _edit(source, sql)
    with pytest.raises(BackupError) as err:
        backups.restore_warning(db_path, source)
    assert str(err.value).startswith(f"Tệp {source.name} có dữ liệu không đúng dạng chương trình ghi")
