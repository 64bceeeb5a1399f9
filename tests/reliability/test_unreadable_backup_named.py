"""Red-team R4 F7 on d4260ce: a kept backup that could not be OPENED during a restore (the file swapped for a folder;
on Windows an antivirus or sync tool's sharing lock fails the same way) was skipped as not ours: the restore went on
without naming it, and once it was readable again `audit verify` said a change made outside the program (a false
alarm) and automatic backups were refused. Now a file under a backup's name that cannot be opened or read stops the
restore naming it, as a locked one does, and is a finding while so; only a file SQLite reads and finds no database
of ours is not ours. The province's exports, refused over a backup locked or unreadable, say it in its own words,
not "acknowledge" (as b7dbba3 made the commune say)."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import unread_backup
from desktop_app import backups
from desktop_app.core.errors import ChangedOutside
from desktop_app.province import ProvinceOffice
from desktop_app.province_reports import EXPORT_NAMES
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture

LATER = dt.datetime.now() + dt.timedelta(days=2)
NOT_A_FILE = "không mở được tệp (không phải một tệp: thư mục hoặc thiết bị)"


def _two_backups_and_an_edit(ws) -> tuple[Path, Path]:
    as_(ws, "canbo")
    ws.set_entry("2026-6M", "thu_ngan_sach", value="45.000")
    first = backups.auto_backup(ws, "mo")
    ws.set_entry("2026-6M", "thu_ngan_sach", value="46.000")
    second = backups.auto_backup(ws, "dong", now=LATER)
    ws.set_entry("2026-6M", "thu_ngan_sach", value="47.000")
    as_(ws, "admin")
    return first, second


def _figure(ws) -> str:
    return ws.store.conn.execute("SELECT value FROM entries WHERE indicator = 'thu_ngan_sach'").fetchone()[0]


def test_a_backup_swapped_for_a_folder_stops_the_restore_and_is_no_false_alarm_after(office, tmp_path):  # noqa: F811
    first, second = _two_backups_and_an_edit(office)
    shutil.move(second, tmp_path / "held.db")
    second.mkdir()  # the file "cannot be opened" while the restore runs
    found = [t.message for t in office.verify_history()]  # was []: skipped as none of the program's
    assert [f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {second.name}: {NOT_A_FILE}" in m
            for m in found] == [True], found
    with pytest.raises(backups.BackupError, match=f"Chưa khôi phục, chưa có gì bị thay: không mở được bản sao lưu "
                                                  f"{second.name} \\(không phải một tệp"):
        backups.restore(office, first)  # was restored, explaining nothing of the backup it could not read
    assert _figure(office) == "47000"  # nothing replaced
    with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: không mở được bản sao lưu {second.name}"):
        backups.auto_backup(office, "mo", now=LATER + dt.timedelta(days=1))

    second.rmdir()
    shutil.move(tmp_path / "held.db", second)  # the file back: the restore goes on, honest, and says nothing after
    db = Path(office.store.path)
    backups.restore(office, first, confirmed=backups.restore_warning(db, first))
    ws = as_(Workspace.open(db.parent), "admin")
    try:
        assert _figure(ws) == "45000"
        assert ws.verify_history() == []  # was a finding naming `second` (a false alarm)
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=1)) is not None  # was refused
    finally:
        ws.close()


def test_a_backup_another_program_will_not_let_open_is_named_and_one_not_ours_is_not(office, monkeypatch):  # noqa: F811
    first, second = _two_backups_and_an_edit(office)
    (second.parent / "chitieu-000050-20261201-080000-thu-cong.db").write_bytes(b"not a database " * 200)
    assert office.verify_history() == []  # a file under the name that is no database: not ours, as before
    opened = unread_backup.open_backup

    def sharing_lock(path):  # Windows: another program holds the file open without sharing it
        if Path(path).name == second.name:
            refused = sqlite3.OperationalError("unable to open database file")
            refused.sqlite_errorcode, refused.sqlite_errorname = sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN"
            raise refused
        return opened(path)

    monkeypatch.setattr(unread_backup, "open_backup", sharing_lock)
    found = [t.message for t in office.verify_history()]
    assert [f"bản sao lưu {second.name}: không mở được tệp (không mở được tệp)" in m for m in found] == [True], found
    with pytest.raises(backups.BackupError, match=f"không mở được bản sao lưu {second.name}"):
        backups.restore(office, first)
    monkeypatch.undo()
    assert office.verify_history() == []


@pytest.fixture
def province(tmp_path):
    o = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    o.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    yield o
    o.close()


def test_the_province_s_export_refused_over_a_backup_locked_or_unreadable_says_so_not_acknowledge(province,
                                                                                                  tmp_path):
    kept = backups.take_backup(province.ws)
    holder = sqlite3.connect(kept, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ChangedOutside) as refused:
            province.refuse_if_changed_outside(EXPORT_NAMES["dhis2"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    said = refused.value.message  # was "… bị sửa ngoài chương trình …, rồi xác nhận đã kiểm tra …"
    assert said.startswith(f"Chưa xuất được {EXPORT_NAMES['dhis2'][0]}: Chưa so sánh được nhật ký thay đổi với bản "
                           f"sao lưu {kept.name}: tệp đang bị một chương trình khác khóa"), said
    assert "xác nhận đã kiểm tra" not in said and "bị sửa ngoài chương trình" not in said

    shutil.move(kept, tmp_path / "held.db")
    kept.mkdir()
    with pytest.raises(ChangedOutside, match=f"Chưa xuất được .*: Chưa so sánh được nhật ký thay đổi với bản sao lưu "
                                             f"{kept.name}: {NOT_A_FILE.replace('(', '.').replace(')', '.')}"):
        province.refuse_if_changed_outside(EXPORT_NAMES["dhis2"])
    kept.rmdir()
    shutil.move(tmp_path / "held.db", kept)
    province.refuse_if_changed_outside(EXPORT_NAMES["dhis2"])  # readable again: nothing to say
