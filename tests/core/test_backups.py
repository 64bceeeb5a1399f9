"""Backups: taken with SQLite's backup API, rotated, verified, restored without losing the present."""
import datetime as dt
import os
import shutil
import sqlite3
from decimal import Decimal

import pytest

from pathlib import Path

from desktop_app.backups import (
    BackupError, DataFolderReadOnly, auto_backup, backup_dir, backup_time, check_database, clock_behind,
    list_backups, restore, restore_warning, rotate, take_backup, verify_backup,
)
from desktop_app.core.errors import DatabaseBusy, DatabaseReplaced, NewerDatabase, NotPermitted
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

T0 = dt.datetime(2026, 11, 24, 8, 0, 0)


def test_backup_is_a_checked_copy_holding_the_data(workspace, tmp_path):
    """A backup to a USB folder opens on its own and has the values."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    path = take_backup(workspace, "thu-cong", target_dir=tmp_path / "usb")
    verify_backup(path)
    copy = Workspace.open(tmp_path / "copy")
    copy.close()
    from db.backup import restore_into

    restore_into(path, tmp_path / "copy" / "chitieu.db")
    copy = Workspace.open(tmp_path / "copy")
    assert copy.row("2026", "bhyt").value_text == "95"
    copy.close()


def test_rotation_keeps_the_newest_30_automatic_backups_and_every_manual_one(workspace):
    """Old automatic backups go; ones the user made stay."""
    for i in range(33):
        take_backup(workspace, "tudong-mo", now=T0 + dt.timedelta(hours=i))
    take_backup(workspace, "thu-cong", now=T0 - dt.timedelta(days=10))
    backups = list_backups(workspace.store.path)
    autos = [b for b in backups if b.automatic]
    assert len(autos) == 30
    assert autos[-1].taken_at == T0 + dt.timedelta(hours=3)
    assert any(b.reason == "thu-cong" for b in backups)
    assert rotate(workspace.store.path) == []


def test_rotation_keeps_the_last_backup_of_each_day_for_weeks(workspace):
    """A shared laptop backs up at every start and close: ten a day for ten days keeps the newest 30
    and the last of each earlier day, so a mistake found weeks later still has a backup from before
    it (walk U9, F5); one a day keeps 60 days, then the oldest go."""
    for day in range(10):
        for i in range(10):
            take_backup(workspace, "tudong-mo", now=T0 + dt.timedelta(days=day, minutes=i))
    autos = [b for b in list_backups(workspace.store.path) if b.automatic]
    assert len(autos) == 30 + 7
    older = [b.taken_at for b in autos[30:]]
    assert older == [T0 + dt.timedelta(days=d, minutes=9) for d in range(6, -1, -1)]  # the day's last


def test_rotation_by_day_stops_after_60_days(tmp_path):
    ws = Workspace.open(tmp_path / "xa")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    for day in range(70):
        take_backup(ws, "tudong-mo", now=T0 + dt.timedelta(days=day))
    autos = [b for b in list_backups(ws.store.path) if b.automatic]
    assert len(autos) == 60 and autos[-1].taken_at == T0 + dt.timedelta(days=10)
    ws.close()


def test_automatic_backup_is_skipped_when_recent_and_nothing_changed(workspace):
    """Opening the app twice in an hour with no edit makes one automatic backup, an edit makes another."""
    workspace.add_user("admin", "Quản Trị", "Quản trị", "cay-tre-2026")  # backups start with accounts
    workspace.login("admin", "cay-tre-2026")
    workspace.add_user("canbo", "Cán Bộ", "Cán bộ nhập liệu", "nhaplieu-2026")
    workspace.login("canbo", "nhaplieu-2026")
    now = dt.datetime.now()
    assert auto_backup(workspace, "mo", now=now) is not None
    assert auto_backup(workspace, "dong", now=now + dt.timedelta(seconds=1)) is None
    workspace.set_entry("2026", "bhyt", numerator="9")
    assert auto_backup(workspace, "dong", now=now + dt.timedelta(minutes=5)) is not None
    assert auto_backup(workspace, "mo", now=now + dt.timedelta(days=2)) is not None


def test_a_damaged_backup_is_refused_before_anything_is_replaced(workspace, tmp_path):
    """Restoring from a broken file says so and leaves the database as it was."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    bad = tmp_path / "chitieu-20261124-080000-thu-cong.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(BackupError):
        restore(workspace, bad)
    assert workspace.row("2026", "bhyt").value_text == "95"


def test_restore_needs_the_administrator_once_accounts_exist(data_dir):
    """Only Quản trị restores; the current state is backed up first and the restore is audited."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Quản Trị", "Quản trị", "cay-tre-2026")
    ws.login("admin", "cay-tre-2026")
    ws.setup("tan cuong", "A", "B")
    ws.add_user("canbo", "Cán Bộ", "Cán bộ nhập liệu", "nhaplieu-2026")
    ws.logout()
    ws.login("canbo", "nhaplieu-2026")
    ws.set_entry("2026", "bhyt", numerator="9000", denominator="10000")
    old = take_backup(ws, "thu-cong")
    ws.set_entry("2026", "bhyt", numerator="9900")
    with pytest.raises(NotPermitted):
        restore(ws, old)
    ws.logout()
    ws.login("admin", "cay-tre-2026")
    saved = restore(ws, old)
    assert "truoc-khoi-phuc" in saved.name
    back = Workspace.open(data_dir)
    assert back.row("2026", "bhyt").value_text == "90"
    assert back.store.audit_rows()[-1].action == "restore"
    back.close()


def test_no_automatic_backup_before_the_administrator_exists(blank_workspace):
    """A copy without accounts would let anyone restore a database nobody can log in to."""
    assert auto_backup(blank_workspace, "mo") is None
    blank_workspace.add_user("admin", "Quản Trị", "Quản trị", "cay-tre-2026")
    assert auto_backup(blank_workspace, "mo") is not None


def test_backups_follow_the_order_they_were_taken_not_the_clock(workspace):
    """After a wrong clock (2031), later backups are neither deleted at once nor out of order:
    the newest 30 by the order taken stay, and the one just taken is always kept; beyond them, the
    last of each day (the 2031 one, the only of its day; 24/11's last, 23:00, is among the 30)."""
    wrong = take_backup(workspace, "tudong-mo", now=dt.datetime(2031, 1, 1, 8, 0))
    taken = [take_backup(workspace, "tudong-mo", now=T0 + dt.timedelta(hours=3 * i)) for i in range(35)]
    autos = [b.path for b in list_backups(workspace.store.path) if b.automatic]
    assert autos == list(reversed(taken))[:30] + [wrong]  # newest first, by the order taken
    assert all(p.exists() for p in taken[-30:]) and not any(p.exists() for p in taken[:5])


def test_a_clock_earlier_than_the_last_change_is_reported(workspace, laptop_in_vietnam):
    """A date set back behind the newest recorded change gets a warning naming both times."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    assert clock_behind(workspace) is None
    warning = clock_behind(workspace, now=dt.datetime(2025, 1, 1, 8, 0))
    assert "Đồng hồ máy tính đang chỉ 08:00 01/01/2025" in warning


def test_a_full_disk_leaves_no_partial_backup_and_says_so(workspace, monkeypatch):
    """A disk that fills up while copying: no file is left behind, and the message says why."""
    import errno

    from db import backup as sqlite_backup

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sqlite_backup, "_fsync", full)
    with pytest.raises(BackupError, match="ổ đĩa đã đầy"):
        take_backup(workspace, "tudong-mo")
    assert list(backup_dir(Path(workspace.store.path)).iterdir()) == []


def test_an_sqlite_error_while_copying_is_a_backup_error_and_leaves_nothing(workspace, monkeypatch):
    """sqlite3's own "database or disk is full" becomes a Vietnamese BackupError, no .part stays."""
    import sqlite3

    from db import backup as sqlite_backup

    class FullDisk(sqlite3.Connection):
        def execute(self, sql, *args):
            raise sqlite3.OperationalError("database or disk is full")

    real = sqlite3.connect
    monkeypatch.setattr(sqlite_backup.sqlite3, "connect", lambda path, *a, **k: real(path, factory=FullDisk)
                        if str(path).endswith(".part") else real(path, *a, **k))
    with pytest.raises(BackupError, match="ổ đĩa đã đầy"):
        take_backup(workspace, "tudong-mo")
    assert list(backup_dir(Path(workspace.store.path)).iterdir()) == []


def test_a_read_only_folder_and_a_newer_database_are_not_called_damaged(workspace, tmp_path, monkeypatch):
    """Each has its own message; neither is DatabaseDamaged (no restore would be offered)."""
    import sqlite3
    import tempfile

    db_path = Path(workspace.store.path)
    workspace.close()
    newer = tmp_path / "newer" / "chitieu.db"
    newer.parent.mkdir()
    conn = sqlite3.connect(newer)
    conn.execute("CREATE TABLE entries (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert isinstance(check_database(newer), NewerDatabase)

    def refused(*a, **k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    problem = check_database(db_path)
    assert isinstance(problem, DataFolderReadOnly) and "không có quyền truy cập" in problem.message


def test_restoring_at_start_needs_an_administrator_of_the_database(data_dir):
    """The start-up restore of a damaged database refuses without an administrator's password."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Quản Trị", "Quản trị", "cay-tre-2026")
    ws.login("admin", "cay-tre-2026")
    ws.setup("tan cuong", "A", "B")
    ws.add_user("canbo", "Cán Bộ", "Cán bộ nhập liệu", "nhaplieu-2026")
    good = take_backup(ws, "thu-cong")
    db_path = Path(ws.store.path)
    ws.close()
    db_path.write_bytes(db_path.read_bytes()[:4096])  # damaged
    with pytest.raises(NotPermitted, match="Quản trị"):
        restore(db_path, good)
    with pytest.raises(NotPermitted):
        restore(db_path, good, administrator=("canbo", "nhaplieu-2026"))
    with pytest.raises(NotPermitted):
        restore(db_path, good, administrator=("admin", "sai-mat-khau"))
    restore(db_path, good, administrator=("admin", "cay-tre-2026"))
    assert check_database(db_path) is None


def test_a_restore_that_would_undo_an_approval_or_bring_back_an_edit_says_so(office, tmp_path):
    """A copy made before the leader approved takes the approval away: said before replacing.
    A copy whose history shows a figure edited outside the program: said too (its check was
    SQLite's own, which such an edit passes)."""
    ws = as_(office, "canbo")
    fill_year(ws)
    as_(ws, "admin")
    before = take_backup(ws, "thu-cong")
    as_(ws, "canbo")
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    said = restore_warning(Path(ws.store.path), before)
    assert "Kỳ năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu" in said and "phải duyệt lại" in said
    assert "Year 2026: approved by the leader after the backup was taken" in said.en
    assert restore_warning(Path(ws.store.path), take_backup(ws, "thu-cong")) is None
    edited = tmp_path / "sua.db"
    shutil.copy2(before, edited)
    conn = sqlite3.connect(edited)
    conn.execute("UPDATE entries SET numerator = '9999' WHERE indicator = 'bhyt'")
    conn.commit()
    conn.close()
    assert "Lịch sử trong bản sao lưu cho thấy số liệu bị sửa ngoài chương trình: Số liệu chỉ tiêu bhyt (năm 2026)" \
        in restore_warning(Path(ws.store.path), edited)


def test_a_restore_names_the_backup_s_time_and_what_was_entered_since(office, tmp_path, laptop_in_vietnam):
    """What the restore would put back as it was, period by period (figures and comments counted
    apart, from the two files' entries), with the time the copy was taken; the start-of-term
    figures and own targets too. A "Không" (0) entered since is a figure."""
    ws = as_(office, "canbo")
    fill_year(ws, "2026-Q1")
    copy = take_backup(ws, "thu-cong", target_dir=tmp_path / "usb", now=dt.datetime(2026, 6, 15, 9, 30))
    assert backup_time(copy) == dt.datetime(2026, 6, 15, 9, 30)
    assert restore_warning(Path(ws.store.path), copy) is None  # nothing since
    fill_year(ws, "2026-6M")  # 14 figures and a comment
    ws.set_entry("2026-Q1", "bhyt", comment="Theo số liệu BHXH huyện")
    ws.set_entry("2026-Q1", "thu_ngan_sach", value="50.500")
    ws.set_baseline("ket_nap_dang_vien", "251")
    said = restore_warning(Path(ws.store.path), copy)
    assert said.startswith(
        "Từ lúc sao lưu (09:30 15/06/2026) đến nay đã nhập hoặc sửa: kỳ quý I năm 2026: 1 số liệu và 1 ghi chú; "
        "kỳ 6 tháng đầu năm 2026: 14 số liệu và 1 ghi chú; 1 số liệu đầu nhiệm kỳ. Sau khi khôi phục, những số "
        "liệu đó trở lại như trong bản sao lưu (hiện nay → sau khi khôi phục):\nKỳ quý I năm 2026:\n")
    assert said.en.startswith(  # what the English window shows
        "Entered or changed since the backup was taken (09:30 15/06/2026): Quarter I 2026: 1 figure(s) and 1 "
        "comment(s); First 6 months of 2026: 14 figure(s) and 1 comment(s); 1 start-of-term figure(s). After the "
        "restore, they are back as they are in the backup (now → after the restore):\nQuarter I 2026:\n")

    renamed = tmp_path / "ban-sao.db"  # a copy renamed by hand: the last change it records
    shutil.copy2(copy, renamed)
    taken = backup_time(renamed)
    assert taken is not None and abs(taken - dt.datetime.now()) < dt.timedelta(minutes=5)


def test_a_backup_with_fewer_accounts_says_so_before_replacing(data_dir):
    """Restoring a copy made before two accounts existed names the accounts that would go."""
    ws = Workspace.open(data_dir)
    ws.add_user("admin", "Quản Trị", "Quản trị", "cay-tre-2026")
    ws.login("admin", "cay-tre-2026")
    old = take_backup(ws, "thu-cong")
    ws.add_user("canbo", "Cán Bộ", "Cán bộ nhập liệu", "nhaplieu-2026")
    ws.add_user("lanhdao", "Lãnh Đạo", "Lãnh đạo", "duyet-so-2026")
    assert restore_warning(Path(ws.store.path), old) == (
        "Bản sao lưu có 1 tài khoản, ít hơn cơ sở dữ liệu hiện tại: sau khi khôi phục, các tài khoản "
        "Cán Bộ (canbo, Cán bộ nhập liệu), Lãnh Đạo (lanhdao, Lãnh đạo) sẽ không còn.")
    assert restore_warning(Path(ws.store.path), take_backup(ws, "thu-cong")) is None
    ws.close()


def test_a_restore_waits_until_no_other_window_or_command_has_the_database_open(office, data_dir):
    """An officer's window (or a long command) still has the database open: the administrator's
    restore is refused, saying so, nothing is replaced and both go on working; once the other
    copy closes, the same restore goes through."""
    as_(office, "canbo")
    fill_year(office)
    as_(office, "admin")
    good = take_backup(office, "thu-cong")
    officer = Workspace.open(data_dir)
    officer.login("canbo", PW["canbo"])
    officer.set_entry("2026", "thu_ngan_sach", value="77.777")

    with pytest.raises(DatabaseBusy, match="đang được mở ở một cửa sổ hoặc lệnh khác") as refused:
        restore(office, good)
    assert "Nothing was replaced" in refused.value.en
    officer.set_entry("2026", "bhyt", numerator="9.600")  # saved into the database that stays
    assert office.row("2026", "thu_ngan_sach").entry.value == Decimal("77777")
    assert office.store.verify_integrity() == []

    officer.close()
    restore(office, good)
    again = Workspace.open(data_dir)
    assert again.row("2026", "thu_ngan_sach").entry.value == Decimal("50000")
    again.close()


def test_a_copy_left_open_across_a_replaced_database_saves_nothing_into_the_old_file(office, data_dir):
    """The database file is replaced under an open copy (a backup moved over it by hand, a
    restore by an older version of the program): that copy's next save is refused, saying why,
    instead of being reported saved into a file nobody will open again."""
    as_(office, "canbo")
    fill_year(office)
    as_(office, "admin")
    backup = take_backup(office, "thu-cong", target_dir=data_dir.parent / "usb")
    as_(office, "canbo")
    db_path = Path(office.store.path)
    shutil.copy(backup, db_path.with_name("moved-over.db"))
    db_path.with_name("moved-over.db").replace(db_path)

    with pytest.raises(DatabaseReplaced, match="bị thay bằng tệp khác.*chưa được lưu.*đóng chương trình") as refused:
        office.set_entry("2026", "thu_ngan_sach", value="77.777")
    assert "restored from a backup" in refused.value.en
    assert not office.store.conn.in_transaction
    fresh = Workspace.open(data_dir)
    assert fresh.row("2026", "thu_ngan_sach").entry.value == Decimal("50000")
    assert fresh.store.verify_integrity() == []
    fresh.close()


@pytest.mark.parametrize("name", ["Báo cáo #2 năm 2026", "Tiến độ 100% xong"]
                         + ["Kỳ 6 tháng?"] * (os.name != "nt"))  # a name Windows does not allow
def test_a_data_folder_named_with_hash_percent_or_question_mark_is_read_backed_up_and_restored(tmp_path, name):
    """'#', '%' and '?' in a folder's name are letters of its path: the database there is not called
    damaged, its backups are taken and checked, a restore asks for an administrator and goes through."""
    data = tmp_path / name / "dữ liệu"
    ws = Workspace.open(data)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    ws.add_user("admin", "Hoàng Văn Quản", "Quản trị", PW["admin"])
    ws.login("admin", PW["admin"])
    ws.add_user("canbo", "Nguyễn Văn An", "Cán bộ nhập liệu", PW["canbo"])
    db_path = data / "chitieu.db"

    assert check_database(db_path) is None
    taken = auto_backup(ws, "mo")
    assert [b.path for b in list_backups(db_path)] == [taken]
    verify_backup(taken)
    as_(ws, "canbo").set_entry("2026", "bhyt", numerator="9.000")
    assert "kỳ năm 2026: 1 số liệu" in restore_warning(db_path, taken)
    restore(as_(ws, "admin"), taken)
    ws = Workspace.open(data)
    assert ws.row("2026", "bhyt").entry.numerator == Decimal("9500")
    ws.close()
    db_path.write_bytes(db_path.read_bytes()[:4096])  # damaged: the start-up restore needs the administrator
    with pytest.raises(NotPermitted):
        restore(db_path, taken)
    restore(db_path, taken, administrator=("admin", PW["admin"]))
    assert check_database(db_path) is None


def test_a_restore_names_the_accounts_it_gives_back(office, data_dir):
    """The administrator locked the officer who left and changed the leader's password (someone
    else knew it): restoring an older backup undoes both, so the question says so, account by
    account, before it is confirmed."""
    as_(office, "admin")
    old = take_backup(office, "thu-cong")
    office.lock_account("canbo")
    office.set_password("lanhdao", "mat-khau-moi-2027")
    said = restore_warning(Path(office.store.path), old)
    assert ("Sau khi khôi phục, tài khoản trở lại như trong bản sao lưu: Nguyễn Văn An (canbo, Cán bộ nhập liệu, "
            "nay đã khóa) đăng nhập lại được; Trần Thị Bình (lanhdao, Lãnh đạo) đăng nhập bằng mật khẩu lúc sao lưu (mật khẩu đổi sau đó không dùng được nữa). Việc khóa "
            "tài khoản, đổi mật khẩu làm sau lúc sao lưu phải làm lại ngay sau khi khôi phục") in said
    assert "Nguyễn Văn An (canbo, Data-entry officer, locked now) can log in again" in said.en
    office.add_user("canbo4", "Lê Văn Bốn", "Cán bộ nhập liệu", "nhaplieu-2027")
    assert ("sau khi khôi phục, tài khoản Lê Văn Bốn (canbo4, Cán bộ nhập liệu) sẽ không còn."
            in restore_warning(Path(office.store.path), old))  # one account: singular
    assert restore_warning(Path(office.store.path), take_backup(office, "thu-cong")) is None


def test_a_restore_names_a_role_it_gives_back(office, data_dir):
    """A backup in which an account has another role (here edited in the copy) names both roles."""
    as_(office, "admin")
    old = take_backup(office, "thu-cong")
    conn = sqlite3.connect(old)
    conn.execute("UPDATE users SET role = 'Quản trị' WHERE username = 'lanhdao'")
    conn.commit()
    conn.close()
    said = restore_warning(Path(office.store.path), old)
    assert "Trần Thị Bình (lanhdao, Lãnh đạo) trở lại vai trò Quản trị" in said
    assert "Trần Thị Bình (lanhdao, Leader) has the role Administrator again" in said.en
