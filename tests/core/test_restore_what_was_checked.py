"""What a restore checks is what it restores: the backup chosen is copied to a private folder first and
only that copy is checked and restored. Before, `restore` checked the file on the USB stick, then read it
again to restore it: a file changed in between (on a stick or a shared folder another computer writes)
was restored unchecked, e.g. with a table rewritten to CHECK (0), after which no figure could be saved."""
from __future__ import annotations

import shutil

from desktop_app import backups
from desktop_app.services import Workspace
from tests.core.test_backup_structure import _rewrite, unit  # noqa: F401 - the fixture
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
