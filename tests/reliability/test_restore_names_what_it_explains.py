"""Red-team R2 on 190ca08: a restore's row recorded the rows the data it replaced had lost, read from the backups it
could read at that moment, and explained every other backup taken before it. So a tail cut with sqlite3 (2026's
approval, its number 07 sent, their rows) was laundered by restoring a copy of the cut database while the automatic
backup holding the rows was locked by another program (F1), or while the backup folder was moved aside (F1), or
over the database damaged (F2): afterwards the backup, back in place, still held the rows, yet `audit verify` said
the history was intact and automatic backups resumed. Now the restore names the backups it explains (each one's
newest row), those the data it replaced held or explained; a locked backup stops the restore and is said by the
check, not skipped. And a backup of another commune, sharing its first rows with the data (one data folder with
the administrator's account copied to two communes), is not compared (F4: a false finding)."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.backup_files import backup_dir
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, office  # noqa: F401 - office is a fixture
from tests.reliability.test_chain_tail_cut import (
    SAID,
    _approved_and_sent,
    _cut_the_tail,
)
from tests.reliability.test_restore_explains_only_what_it_discards import (
    _copied_with_sqlite3,
    _restored,
)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
LATER = dt.datetime.now() + dt.timedelta(days=2)
LOCKED = "đang bị một chương trình khác khóa"


def _cut_with_its_copy(ws, tmp_path: Path) -> tuple[Path, Path]:
    """The approval sent, the automatic backup holding it, the tail cut with sqlite3, a copy of the cut data."""
    _approved_and_sent(ws, tmp_path / "gui")
    kept = backups.auto_backup(ws, "mo")
    _cut_the_tail(ws)
    as_(ws, "admin")
    return kept, _copied_with_sqlite3(ws, tmp_path / "t4.db")


def _found(ws) -> list[str]:
    return [t.message for t in ws.verify_history()]


def test_a_backup_locked_by_another_program_stops_the_restore_and_is_said_by_the_check(office, tmp_path):  # noqa: F811
    kept, cut = _cut_with_its_copy(office, tmp_path)
    holder = sqlite3.connect(kept, isolation_level=None)  # a sqlite3 session: BEGIN EXCLUSIVE on the backup
    holder.execute("BEGIN EXCLUSIVE")
    try:
        found = _found(office)  # was []: the locked backup skipped as none of the program's
        assert [f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {kept.name}: tệp {LOCKED}" in m
                for m in found] == [True], found
        with pytest.raises(backups.BackupError, match=f"Chưa khôi phục, chưa có gì bị thay: bản sao lưu {kept.name} "
                                                      f"{LOCKED}.*rồi khôi phục lại"):
            backups.restore(office, cut)  # was restored, explaining the backup it could not read
        with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: bản sao lưu {kept.name} {LOCKED}"):
            backups.auto_backup(office, "mo", now=LATER)  # was taken
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert office.period_state("2026") == State.COMPLETE
    assert [SAID in m for m in _found(office)] == [True]


def test_a_restore_run_with_the_backups_moved_aside_explains_none_of_them(office, tmp_path):  # noqa: F811
    kept, cut = _cut_with_its_copy(office, tmp_path)
    outside = shutil.copy(kept, tmp_path / "usb.db")
    folder = backup_dir(Path(office.store.path))
    folder.rename(tmp_path / "away")
    ws = _restored(office, cut)
    try:
        (tmp_path / "away" / kept.name).rename(folder / kept.name)
        found = _found(ws)  # was []: the restore explained every backup taken before it
        assert [f"Bản sao lưu tự động {kept.name} (lấy lúc " in m and SAID in m for m in found] == [True], found
        kept.unlink()
        shutil.copy(outside, folder / "chitieu-000099-20261206-170000-thu-cong.db")  # the copy kept outside
        assert [SAID in m for m in _found(ws)] == [True]  # was []
        with pytest.raises(backups.BackupError, match="Chưa sao lưu tự động: dữ liệu đang dùng không còn giữ"):
            backups.auto_backup(ws, "mo", now=LATER)
    finally:
        ws.close()


def _damaged(db: Path) -> None:
    """One byte written into the database file's header: SQLite no longer reads it."""
    with open(db, "r+b") as f:
        f.write(b"X")


def _restored_at_start(db: Path, backup: Path) -> Workspace:
    """The restore the program offers at start over a database it cannot read, the administrator's login given."""
    backups.restore(db, backup, administrator=("admin", PW["admin"]), confirmed=backups.restore_warning(db, backup))
    return as_(Workspace.open(db.parent), "admin")


def test_a_restore_over_a_damaged_database_explains_only_what_the_backup_chosen_holds(office, tmp_path):  # noqa: F811
    kept, cut = _cut_with_its_copy(office, tmp_path)
    db = Path(office.store.path)
    office.close()
    _damaged(db)
    warned = str(backups.restore_warning(db, cut) or "")  # was silent
    assert (f"Bản sao lưu {kept.name} có các dòng nhật ký thay đổi mà bản sao lưu chọn không có, và cơ sở dữ liệu "
            "đang dùng không đọc được" in warned), warned
    ws = _restored_at_start(db, cut)
    try:
        assert ws.period_state("2026") == State.COMPLETE
        assert [SAID in m for m in _found(ws)] == [True]  # was []
    finally:
        ws.close()


def test_an_honest_restore_of_the_newest_backup_over_a_damaged_database_leaves_nothing_to_find(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    older = backups.take_backup(office, "thu-cong")
    as_(office, "canbo")
    office.set_entry("2027-Q1", "thu_ngan_sach", value="10.000")
    newest = backups.auto_backup(office, "dong")
    db = Path(office.store.path)
    office.close()
    _damaged(db)
    assert backups.restore_warning(db, newest) is None or "bản sao lưu chọn không có" not in str(
        backups.restore_warning(db, newest))
    ws = _restored_at_start(db, newest)
    try:
        assert _found(ws) == [] and older.exists()
        assert backups.auto_backup(ws, "mo", now=LATER) is not None
    finally:
        ws.close()


def _set_up_from(template: Path, folder: Path, commune: str) -> Workspace:
    shutil.copytree(template, folder)
    ws = as_(Workspace.open(folder), "admin")
    ws.setup(commune, "Nguyễn Văn An", "Trần Thị Bình")
    return ws


def test_a_backup_of_another_commune_set_up_from_the_same_folder_is_not_compared(tmp_path):
    """One data folder with the administrator's account, copied by the district's IT officer to two communes."""
    template = tmp_path / "mau"
    ws = Workspace.open(template)
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.close()
    here, there = _set_up_from(template, tmp_path / "x", "tan cuong"), _set_up_from(template, tmp_path / "y", "phu binh")
    try:
        backups.auto_backup(here, "mo")
        theirs = backups.auto_backup(there, "mo")
        shutil.copy(theirs, backup_dir(Path(here.store.path)) / "chitieu-000050-20261206-120000-thu-cong.db")
        assert _found(here) == []  # was "… từ dòng số … đến dòng số …": their set-up, not ours
        assert backups.auto_backup(here, "mo", now=LATER) is not None  # was refused
    finally:
        here.close()
        there.close()
