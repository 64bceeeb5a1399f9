"""What a restore checks is what it restores: the backup chosen is checked, copied to a private folder,
and only that copy is checked, upgraded and restored. Before, `restore` checked the file on the USB stick,
then read it again to restore it: a file changed in between (on a stick or a shared folder another
computer writes) was restored unchecked, e.g. with a table rewritten to CHECK (0), after which no figure
could be saved. A backup of an older version whose data its upgrade cannot read replaced the database and
then stopped every start with a traceback (red-team H7, F1); a schema number below 0 passed the structure
check (F2); a sparse file of gigabytes was copied whole before being refused (F3); a pipe hung (F4)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from db.schema import MIGRATIONS
from desktop_app import backups
from desktop_app.services import Workspace
from tests.core.test_backup_structure import _rewrite, restore_refused, unit  # noqa: F401 - the fixture
from tests.core.test_restore_other_unit import PW


def test_a_backup_changed_after_its_check_is_not_what_is_restored(unit, monkeypatch):  # noqa: F811
    folder, source = unit
    hostile = source.with_name("thay-doi.db")
    shutil.copyfile(source, hostile)
    _rewrite(hostile, "entries", '"updated_by" TEXT,', '"updated_by" TEXT, CHECK (0),')
    refuse_other_unit = backups.refuse_other_unit

    def swapped_after_the_check(db_path, chosen):  # runs once the backup passed its check
        shutil.copyfile(hostile, source)  # the file on the stick changes now
        refuse_other_unit(db_path, chosen)

    monkeypatch.setattr(backups, "refuse_other_unit", swapped_after_the_check)
    ws = Workspace.open(folder)
    ws.login("quantri", PW)
    backups.restore(ws, source)

    ws = Workspace.open(folder)
    try:
        structure = ws.store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entries'").fetchone()[0]
        assert "CHECK" not in structure  # the backup as it was checked, not as it became
    finally:
        ws.close()


def test_a_file_that_is_no_backup_is_still_refused_naming_it(tmp_path):
    ws = Workspace.open(tmp_path / "xa")
    chosen = tmp_path / "ghi-chu.db"
    chosen.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    try:
        backups.restore(ws, chosen)
    except backups.BackupError as err:
        assert err.message.startswith("Tệp ghi-chu.db không đọc được"), err.message
        assert err.field == "Bản sao lưu"
    else:
        raise AssertionError("a text file was restored")
    finally:
        ws.close()


def _old_with_data_no_version_writes(old: Path, live: Path) -> None:
    """A database at schema 5 (the program's own tables then) with `live`'s unit and accounts, and a
    received document '[]' no version writes: its upgrade to schema 6 cannot read it."""
    import sqlite_utils

    conn = sqlite3.connect(old)
    db = sqlite_utils.Database(conn, execute_plugins=False)
    for migration in MIGRATIONS[:5]:  # the program's own tables at schema 5, as a version of then wrote them
        migration(db)
    conn.execute("PRAGMA user_version = 5")
    conn.execute("ATTACH ? AS live", (str(live),))
    for table in ("meta", "settings", "catalogs", "users"):
        cols = ",".join(c[1] for c in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM live.{table}")
    conn.execute("INSERT INTO received (unit_code, period, fingerprint, canonical, document, received_at) "
                 "VALUES ('05503', '2026-6M', 'x', '{\"items\": []}', '[]', '2026-07-01')")  # a document no version writes
    conn.commit()
    conn.execute("DETACH live")
    conn.close()


def test_an_old_backup_its_upgrade_cannot_read_is_refused_before_anything_is_replaced(unit, tmp_path):  # noqa: F811
    folder, _ = unit
    old = tmp_path / "usb" / "chitieu-cu.db"
    _old_with_data_no_version_writes(old, folder / "chitieu.db")
    backups.verify_backup(old)  # its tables are the program's own at its schema number

    said = restore_refused(folder, old)
    assert said.message.startswith("Cơ sở dữ liệu chitieu-cu.db không nâng cấp được lên lược đồ 6: có dữ liệu "
                                   "không đúng dạng chương trình ghi (đã bị sửa ngoài chương trình)."), said.message
    assert "Chỉ khôi phục được từ bản sao lưu do chương trình Chỉ tiêu xã tạo ra" in said.message


def test_a_schema_number_below_zero_is_not_ours(unit):  # noqa: F811
    folder, source = unit
    conn = sqlite3.connect(source)
    conn.execute("DELETE FROM audit WHERE action = 'schema'")  # no history to say it was set back
    conn.execute("PRAGMA user_version = -1")
    conn.commit()
    conn.close()
    said = restore_refused(folder, source)
    assert said.message.startswith(f"Tệp {source.name} không phải cơ sở dữ liệu Chỉ tiêu xã."), said.message


def test_a_sparse_file_of_gigabytes_is_refused_without_being_copied(unit, monkeypatch):  # noqa: F811
    folder, source = unit
    os.truncate(source, 2 * 2**30)  # 2 GB on the stick, a few kB of them written
    with open(source, "r+b") as f:
        f.seek(92)
        f.write(b"\0\0\0\0")  # the header's page count no longer trusted: SQLite takes the file's size
    copied = []
    monkeypatch.setattr(backups.sqlite_backup, "backup_file", lambda *a: copied.append(a))
    restore_refused(folder, source)
    assert copied == []


def test_a_folder_is_no_backup(unit, tmp_path):  # noqa: F811
    folder, _ = unit
    chosen = tmp_path / "usb" / "chitieu-thu-muc.db"
    chosen.mkdir()
    said = restore_refused(folder, chosen)
    assert said.message.startswith("chitieu-thu-muc.db không phải một tệp (là thư mục hoặc thiết bị)."), said.message


@pytest.mark.skipif(sys.platform == "win32", reason="no named pipes in the file system")
@pytest.mark.timeout(60, method="signal")
def test_a_named_pipe_is_refused_not_waited_on(unit, tmp_path):  # noqa: F811
    folder, _ = unit
    chosen = tmp_path / "usb" / "chitieu-ong.db"
    os.mkfifo(chosen)
    said = restore_refused(folder, chosen)
    assert "không phải một tệp" in said.message


def test_a_database_its_upgrade_cannot_read_is_offered_a_restore_at_start(unit, tmp_path):  # noqa: F811
    """The same data in the database in use (a copy put in the data folder by hand): the start says it is
    damaged, and offers the backups (`ui.backup_actions.offer_restore_at_start`), instead of a
    traceback at every start; the file is left as it was, at schema 5."""
    from desktop_app.core.errors import DatabaseDamaged

    folder, _ = unit
    live = tmp_path / "xa2" / "chitieu.db"
    live.parent.mkdir()
    _old_with_data_no_version_writes(live, folder / "chitieu.db")
    problem = backups.check_database(live)
    assert isinstance(problem, DatabaseDamaged)
    assert "không nâng cấp được lên lược đồ 6: có dữ liệu không đúng dạng chương trình ghi" in problem.message
    with pytest.raises(DatabaseDamaged):
        Workspace.open(live.parent)
    conn = sqlite3.connect(live)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    conn.close()
