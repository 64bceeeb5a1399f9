"""The window's side of "what the leader approved stays approved": the start-up checks, one
window per data folder, the idle lock, logging out, changes made outside the program or
after an approval, and backups that fail, driven through the real dialogs."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox

from desktop_app import backups
from desktop_app.core.periods import Period
from desktop_app.core.users import Account, Role
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_approval import approved_2027_q1, corrected
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, click_button, commit_text, press, type_text
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from ui import idle_lock
from ui.app import AutomaticBackups, claim_data_folder, run_gui, start
from ui.backup_actions import RestoreAtStartDialog, offer_restore_at_start
from ui.entry_model import Col
from ui.instance import DataFolderLock
from ui.login_dialog import AdministratorDialog, LoginDialog
from ui.setup_dialog import SetupDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)


@pytest.fixture
def no_excepthook_change(monkeypatch):
    """run_gui installs its error hook; the test leaves sys.excepthook as it found it."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _damaged_with_accounts(data_dir: Path) -> Path:
    ws = Workspace.open(data_dir)
    ws.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    ws.login("quantri", "cay-tre-2026")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user("canbo", "Nguyễn Văn An", "Cán bộ nhập liệu", "nhaplieu-2026")
    ws.logout()
    ws.login("canbo", "nhaplieu-2026")
    ws.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    backups.take_backup(ws, "tudong-dong")
    db = Path(ws.store.path)
    ws.close()
    db.write_bytes(db.read_bytes()[:4096])  # damaged
    return db


def test_restoring_at_start_needs_an_administrator_of_the_database(qtbot, data_dir):
    """A damaged database with accounts: the backup chosen in the list is restored only with an
    administrator's user name and password, typed in a small dialog by keyboard alone (it opens
    in the user name, Tab goes to the password, Enter accepts, Escape cancels)."""
    db = _damaged_with_accounts(data_dir)
    seen = {}

    def choose_newest(dialog):
        seen.setdefault("backups", dialog.list.count())
        press(Qt.Key.Key_Return, widget=dialog.list)

    def officer_then_escape(dialog):
        seen["first field"] = QApplication.focusWidget() is dialog.username
        type_text("canbo")
        press(Qt.Key.Key_Tab)
        seen["tab"] = QApplication.focusWidget() is dialog.password
        type_text("nhaplieu-2026")
        press(Qt.Key.Key_Return)
        seen["refused"] = dialog.error.text()
        seen["still open"] = dialog.isVisible()
        press(Qt.Key.Key_Escape)

    def still_damaged(dialog):
        seen["damaged after escape"] = backups.check_database(db) is not None
        choose_newest(dialog)

    def administrator(dialog):
        type_text("quantri")
        press(Qt.Key.Key_Tab)
        type_text("sai-mat-khau")
        press(Qt.Key.Key_Return)
        seen["wrong password"] = dialog.error.text()
        seen["password cleared"] = dialog.password.text() == ""
        type_text("cay-tre-2026")  # the focus stays in the password field
        press(Qt.Key.Key_Return)

    script = Script((RestoreAtStartDialog, choose_newest), (AdministratorDialog, officer_then_escape),
                    (RestoreAtStartDialog, still_damaged), (AdministratorDialog, administrator),
                    (QMessageBox, lambda box: box.accept()))  # which backup was restored (walk 17, L7)
    assert offer_restore_at_start(db) is True
    script.check()
    assert seen["backups"] == 1 and seen["first field"] and seen["tab"]
    assert "Quản trị" in seen["refused"] and seen["still open"]
    assert seen["damaged after escape"]
    assert "Quản trị" in seen["wrong password"] and seen["password cleared"]
    assert backups.check_database(db) is None
    restored = Workspace.open(data_dir)
    assert restored.row("2026", "bhyt").value_text == "95"
    restored.close()


def test_typed_letters_never_press_a_button_of_the_administrator_dialog(qtbot):
    """Every letter, including the buttons' own letters, goes into the field; only Enter submits."""
    checked = []
    dialog = AdministratorDialog(lambda user, password: checked.append((user, password)))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # a busy machine activates the window after it is exposed: the keys wait for the field's focus, as a person does
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.username, timeout=10_000)
    letters = "".join(b.text().replace("&", "")[:1].lower() for b in dialog.buttons.buttons())
    type_text("khoi phuc huy " + letters, widget=dialog.username)
    assert dialog.isVisible() and checked == []
    assert dialog.username.text() == "khoi phuc huy " + letters


def test_a_newer_database_at_start_says_so_and_offers_no_restore(qtbot, data_dir, no_excepthook_change):
    """A database of a newer version: its own message, the program quits, nothing is replaced."""
    data_dir.mkdir(parents=True)
    db = data_dir / "chitieu.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE entries (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    shown = []

    def read(box):
        shown.append((type(box), box.text(), [b.text() for b in box.buttons()]))
        box.done(0)

    script = Script((QMessageBox, read))
    assert run_gui(data_dir) == 1
    script.check()
    kind, text, buttons = shown[0]
    assert kind is QMessageBox and "phiên bản mới hơn" in text
    assert buttons == ["Đóng"]
    assert db.read_bytes() == before and not (data_dir / "backups").exists()
    assert DataFolderLock(data_dir).acquire()  # released on the way out


def test_a_read_only_data_folder_says_so_and_offers_no_restore(qtbot, workspace, monkeypatch):
    """A folder that cannot be written is not damage: its message, no backup list, False."""
    import tempfile

    db = Path(workspace.store.path)
    workspace.close()

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refused)
    shown = []
    script = Script((QMessageBox, lambda box: (shown.append((box.windowTitle(), box.text())), box.done(0))))
    assert offer_restore_at_start(db) is False
    script.check()
    title, text = shown[0]
    assert title == "Không ghi được vào thư mục dữ liệu" and "không có quyền truy cập" in text


def test_a_second_start_on_the_same_data_folder_says_who_has_it_open(qtbot, data_dir, no_excepthook_change):
    """While a window holds the folder, another start says so, naming who is logged in there, and
    exits; once the window is closed the folder is free again."""
    running = claim_data_folder(data_dir)
    assert running is not None and running.held
    running.record(Account("canbo", "Nguyễn Văn An", Role.OFFICER))
    shown = []
    script = Script((QMessageBox, lambda box: (shown.append(box.text()), box.done(0))))
    assert run_gui(data_dir) == 1
    script.check()
    assert "Chương trình đang mở với thư mục dữ liệu này" in shown[0]
    assert "Nguyễn Văn An (canbo, Cán bộ nhập liệu)" in shown[0]
    running.record(Account("canbo", "Nguyễn Văn An", Role.OFFICER), locked=True)
    assert DataFolderLock(data_dir).holder().locked
    running.release()
    again = claim_data_folder(data_dir)
    assert again is not None and again.held
    again.release()


def test_a_lock_left_by_a_program_that_died_is_taken_over(data_dir):
    """The lock file of a process that no longer runs is stale: the next start takes the folder."""
    data_dir.mkdir(parents=True)
    code = ("import os, sys; from PySide6.QtCore import QLockFile; lock = QLockFile(sys.argv[1]); "
            "lock.setStaleLockTime(0); assert lock.tryLock(0); os._exit(0)")
    subprocess.run([sys.executable, "-c", code, str(data_dir / "chitieu.lock")], check=True)
    assert (data_dir / "chitieu.lock").exists()
    lock = DataFolderLock(data_dir)
    assert lock.acquire()
    lock.release()


@pytest.fixture
def officer_window(make_window, office):  # noqa: F811 (the fixture)
    """The officer logged in to Xã Tân Cương (with an administrator and a leader too)."""
    as_(office, "canbo")
    return make_window(office)


def test_an_idle_window_locks_and_asks_the_same_password(qtbot, officer_window, office):  # noqa: F811
    """After the idle time the figures are covered and the officer's own password is asked; a wrong
    one is refused (and counted for the lock-out), Escape does not unlock, the right one does."""
    window = officer_window
    window.idle_lock.set_minutes(0.004)  # about a quarter of a second
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=10000)
    dialog = window.idle_lock.dialog
    assert QApplication.activeModalWidget() is dialog and window.idle_lock.cover.isVisible()
    assert "Nguyễn Văn An (Cán bộ nhập liệu)" in dialog.intro.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=10000)
    type_text("sai-mat-khau")
    press(Qt.Key.Key_Return)
    assert window.idle_lock.locked and "Sai tên đăng nhập hoặc mật khẩu" in dialog.error.text()
    assert office.store.user("canbo").failed_logins == 1
    press(Qt.Key.Key_Escape)
    assert window.idle_lock.locked and dialog.isVisible()
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert not window.idle_lock.locked and not window.idle_lock.cover.isVisible()
    assert office.account.username == "canbo" and office.store.user("canbo").failed_logins == 0


def test_activity_keeps_the_window_unlocked(qtbot, officer_window):
    """Keys pressed in the window restart the wait; once they stop, the window locks."""
    window = officer_window
    # A second: a key every 100 ms, each after a pause far from it even on a slow machine (at 360 ms,
    # 260 ms of stall between two keys locked the window).
    window.idle_lock.set_minutes(1 / 60)
    for _ in range(15):  # 1.5 s of pressing arrow keys
        QTest.keyClick(window.table, Qt.Key.Key_Down)
        qtbot.wait(100)
        assert not window.idle_lock.locked
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=5000)
    dialog = window.idle_lock.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=10000)
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert not window.idle_lock.locked


def test_the_lock_time_is_a_setting_of_this_computer(qtbot, workspace, tmp_path):
    """Cài đặt › Khóa cửa sổ sau: saved in the computer's settings, not the database."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert idle_lock.lock_minutes(settings) == 15
    dialog = SetupDialog(workspace, first_run=False, ui_settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes.value() == 15
    dialog.lock_minutes.setValue(5)
    dialog.accept()
    assert idle_lock.lock_minutes(settings) == 5
    settings.setValue(idle_lock.LOCK_MINUTES_KEY, "not a number")
    assert idle_lock.lock_minutes(settings) == 15


def test_the_status_bar_names_who_is_logged_in_and_log_out_returns_to_the_login(qtbot, officer_window, office):
    """"Nguyễn Văn An — Cán bộ nhập liệu" in the status bar; Tệp › Đăng xuất covers the figures
    and asks for a login; the leader logs in; closing the login dialog closes the window."""
    window = officer_window
    assert window.account_label.text() == "Nguyễn Văn An — Cán bộ nhập liệu"
    assert window.log_out_action in window.file_menu.actions()  # every person's menu (walk U16)
    seen = {}

    def leader(dialog):
        seen["covered"] = window.idle_lock.cover.isVisible()
        seen["label"] = window.account_label.text()
        seen["first field"] = QApplication.focusWidget() is dialog.username
        type_text("lanhdao")
        press(Qt.Key.Key_Return)  # on to the password
        type_text(PW["lanhdao"])
        press(Qt.Key.Key_Return)

    script = Script((LoginDialog, leader))
    window.log_out_action.trigger()
    script.check()
    assert seen == {"covered": True, "label": "Chưa ai đăng nhập", "first field": True}
    assert window.account_label.text() == "Trần Thị Bình — Lãnh đạo"
    assert not window.idle_lock.cover.isVisible() and window.isVisible()

    script = Script((LoginDialog, lambda dialog: press(Qt.Key.Key_Escape)))
    window.log_out_action.trigger()
    script.check()
    assert not window.isVisible() and office.account is None


def test_log_out_from_the_lock_goes_to_the_login(qtbot, officer_window, office):
    """"Đăng xuất" on the lock: the login dialog; the administrator logs in."""
    window = officer_window
    dialog = window.idle_lock.lock()
    script = Script((LoginDialog, lambda login: (type_text("admin"), press(Qt.Key.Key_Return),
                                                 type_text(PW["admin"]), press(Qt.Key.Key_Return))))
    click_button(dialog, "Đăng xuất")
    qtbot.waitUntil(lambda: not script.steps, timeout=5000)
    script.check()
    assert office.account.username == "admin" and window.account_label.text() == "Hoàng Văn Quản — Quản trị"
    assert not window.idle_lock.locked and not window.idle_lock.cover.isVisible()


def test_the_session_file_says_who_is_logged_in_and_when_the_screen_is_locked(qtbot, officer_window, data_dir):
    """The running window tells its data folder's session file at login, lock and logout."""
    window = officer_window
    lock = DataFolderLock(data_dir)
    assert lock.acquire()
    window.session = lock
    window.record_session()
    seen = DataFolderLock(data_dir).holder()
    assert (seen.username, seen.full_name, seen.locked) == ("canbo", "Nguyễn Văn An", False)
    dialog = window.idle_lock.lock()
    assert DataFolderLock(data_dir).holder().locked
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=10000)
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert not DataFolderLock(data_dir).holder().locked
    lock.release()
    assert DataFolderLock(data_dir).holder() is None


def test_an_approved_period_says_what_changed_since_with_both_figures(qtbot, make_window, office):  # noqa: F811
    """2026-Q1's accidents corrected after 2027-Q1 was approved: a yellow notice over the table names
    the indicator with the approved and the live figures, says the report keeps the approved ones,
    and its "Mở lại kỳ…" reopens the period for a leader (not for the officer)."""
    approved_2027_q1(office)
    corrected(office, "2026-Q1", "tngt_so_vu", value="3")  # reopened, corrected, approved again
    window = make_window(office, today=dt.date(2027, 4, 5))
    window.show_period(Period(2027, "Q1"))
    assert window.drift_notice.isVisible()
    text = window.drift_label.text()
    assert ("Số vụ tai nạn giao thông: khi duyệt 6 vụ, Giảm 40% so với cùng kỳ (Vượt) — "
            "nay 6 vụ, Tăng 100% so với cùng kỳ (Không đạt)") in text
    assert "Báo cáo và tệp gửi tỉnh vẫn giữ số liệu đã duyệt" in text
    line = window.model.line_of("tngt_so_vu")
    assert window.model.index(line, Col.VERDICT).data().startswith("Vượt")  # the table: as approved
    assert window.reopen_button.text() == "Mở lại kỳ…" and not window.reopen_button.isEnabled()

    as_(office, "lanhdao")
    window.reload(Period(2027, "Q1"))
    assert window.reopen_button.isEnabled()
    asked = []

    def reason(dialog):
        asked.append(dialog.labelText())
        commit_text("Số vụ tai nạn quý I/2026 sửa lại")
        press(Qt.Key.Key_Return)

    script = Script((QInputDialog, reason), (QMessageBox, lambda box: press(Qt.Key.Key_Return)))  # "Đã mở lại"
    window.reopen_button.click()
    script.check()
    assert asked and office.period_state("2027-Q1") == State.ENTERING
    assert not window.drift_notice.isVisible()
    assert window.deadline_label.text().endswith("Trạng thái: Quá hạn")  # reopened past its deadline, as the list says


def test_an_unchanged_approved_period_has_no_notice(make_window, office):  # noqa: F811
    """Approved and nothing corrected since: no notice."""
    approved_2027_q1(office)
    window = make_window(office, today=dt.date(2027, 4, 5))
    window.show_period(Period(2027, "Q1"))
    assert not window.drift_notice.isVisible()


def test_an_edit_after_complete_says_the_period_is_back_to_entering(qtbot, officer_window, office):
    """The service's notice reaches the status bar and the line under the table, and the header
    shows the period's new state at once."""
    window = officer_window
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    window.reload()
    assert "Hoàn thành" in window.deadline_label.text()
    window.table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))
    window.table.setFocus()
    type_text("9600")
    script = Script((QMessageBox, lambda box: press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier, widget=box)))
    press(Qt.Key.Key_Return)  # asked first (walk 26): Alt+C, Có
    script.check()
    assert "trở lại trạng thái Đang nhập" in window.statusBar().currentMessage()
    assert "trở lại trạng thái Đang nhập" in window.feedback.toolTip()
    assert "Đang nhập" in window.deadline_label.text()


def test_own_targets_are_for_leaders_and_administrators(make_window, office):  # noqa: F811
    """Dữ liệu › Chỉ tiêu xã tự đặt… is disabled for the officer, enabled for a leader."""
    as_(office, "canbo")
    window = make_window(office)
    assert not window.own_targets_action.isEnabled() and window.open_own_targets() is None
    as_(office, "lanhdao")
    window.reload()
    assert window.own_targets_action.isEnabled()


def test_a_change_made_outside_the_program_is_shown_at_start(qtbot, workspace):
    """A figure changed with sqlite3: after the login a box names it, and a red line stays."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    conn = sqlite3.connect(workspace.store.path)
    conn.execute("UPDATE entries SET comment = 'sửa ngoài' WHERE indicator = 'bhyt'")
    conn.commit()
    conn.close()
    window = start(workspace, login=False)
    qtbot.addWidget(window)
    assert window.tampering_label.isVisible()
    assert "bị sửa ngoài chương trình" in window.tampering_label.text()
    assert "chitieu audit verify" in window.tampering_label.text()
    box = window.notice_boxes[0]
    assert box.isVisible() and "bảo hiểm y tế" in box.text() and "chitieu audit verify" in box.text()
    box.done(0)


def test_an_intact_history_shows_no_warning(qtbot, workspace):
    """Nothing changed outside the program: no red line, no box."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    window = start(workspace, login=False)
    qtbot.addWidget(window)
    assert not window.tampering_label.isVisible() and window.notice_boxes == []


def test_a_failed_automatic_backup_is_shown_in_the_window(qtbot, make_window, office, monkeypatch):  # noqa: F811
    """A full disk: a line in the status bar until a backup succeeds, and a box once a session."""
    from db import backup as sqlite_backup

    def disk_full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    as_(office, "canbo")
    with monkeypatch.context() as patch:
        patch.setattr(sqlite_backup, "backup_to", disk_full)
        automatic = AutomaticBackups(office)  # at start, before the window exists
        window = make_window(office)
        automatic.show_in(window)
        assert window.backup_label.isVisible() and "ổ đĩa đã đầy" in window.backup_label.toolTip()
        assert len(window.notice_boxes) == 1 and "ổ đĩa đã đầy" in window.notice_boxes[0].text()
        window.notice_boxes[0].done(0)
        automatic.run(office, "ngay")
        assert window.backup_label.isVisible() and window.notice_boxes == []  # no second box
    automatic.run(office, "ngay")
    automatic.stop()
    assert not window.backup_label.isVisible()


def test_restoring_from_the_menu_names_the_accounts_the_backup_lacks(qtbot, make_window, office, tmp_path):  # noqa: F811
    """Tệp › Khôi phục…: a backup without the officer's account says so and asks; No keeps all."""
    as_(office, "admin")
    old = backups.take_backup(office, "thu-cong", target_dir=tmp_path)
    office.add_user("moi", "Người Mới", "Cán bộ nhập liệu", "cay-la-2026")
    window = make_window(office)
    shown = []

    def answer_no(box):
        shown.append(box.said())  # the question and, in its frame, what it would undo
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((QMessageBox, answer_no))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
        window.restore()
    script.check()
    assert "tài khoản Người Mới (moi, Cán bộ nhập liệu) sẽ không còn" in shown[0]
    assert office.store.user("moi") is not None and window.isVisible()


def test_the_restore_question_is_in_english_in_the_english_interface(laptop_in_vietnam, qtbot, make_window, office, tmp_path,
                                                                     english):  # noqa: F811
    """What the restore would put back, said in the interface's language."""
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    old = backups.take_backup(office, "thu-cong", target_dir=tmp_path, now=dt.datetime(2026, 6, 15, 9, 30))
    fill_year(office, "2026-6M")
    as_(office, "admin")
    english()
    window = make_window(office)
    shown = []

    def no(box):
        shown.append(box.said())
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((QMessageBox, no))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
        window.restore()
    script.check()
    assert "Entered or changed since the backup was taken (09:30 15/06/2026): First 6 months of 2026: 14 figure(s)" \
        in shown[0]
    assert "Từ lúc" not in shown[0]


def test_restoring_names_the_backup_s_time_and_the_figures_since_and_enter_says_no(laptop_in_vietnam, qtbot, make_window,
                                                                                    office, tmp_path):  # noqa: F811
    """Tệp › Khôi phục…: a copy taken before the 6-month figures names its time and what the
    restore would put back; the cursor is on Không, so Enter restores nothing. A copy with
    nothing since asks with its time, Có first."""
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    old = backups.take_backup(office, "thu-cong", target_dir=tmp_path, now=dt.datetime(2026, 6, 15, 9, 30))
    fill_year(office, "2026-6M")
    as_(office, "admin")
    window = make_window(office)
    shown = []

    def enter(box):
        shown.append((box.said(), box.defaultButton() is box.button(QMessageBox.StandardButton.No),
                      QApplication.focusWidget() is box.button(QMessageBox.StandardButton.No)))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, enter))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
        window.restore()
    script.check()
    text, no_is_default, no_has_focus = shown[0]
    assert "bằng bản sao lưu lúc 09:30 15/06/2026?" in text
    assert "Từ lúc sao lưu (09:30 15/06/2026) đến nay đã nhập hoặc sửa: kỳ 6 tháng đầu năm 2026: 14 số liệu" in text
    assert no_is_default and no_has_focus
    assert office.row("2026-6M", "bhyt").entry.numerator is not None and window.isVisible()  # nothing restored

    same = backups.take_backup(office, "thu-cong", target_dir=tmp_path / "moi", now=dt.datetime(2026, 7, 1, 8, 5))
    asked = []

    def answer_no(box):
        asked.append((box.text(), box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)))
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((QMessageBox, answer_no))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(same), ""))
        window.restore()
    script.check()
    assert "lúc 08:05 01/07/2026?" in asked[0][0] and "⚠" not in asked[0][0] and asked[0][1]


def test_a_new_claim_forgets_the_session_a_dead_window_left(data_dir):
    """The session file of a window that died does not name its user to the next start."""
    first = DataFolderLock(data_dir)
    data_dir.mkdir(parents=True)
    assert first.acquire()
    first.record(Account("canbo", "Nguyễn Văn An", Role.OFFICER))
    first._lock.unlock()  # as if the program died: the session file stays
    first.held = False
    assert DataFolderLock(data_dir).holder().username == "canbo"
    second = DataFolderLock(data_dir)
    assert second.acquire()
    assert second.holder().username is None
    second.release()


def test_restoring_from_the_menu_shows_no_error_only_restored(qtbot, make_window, office, tmp_path,
                                                             clock):  # noqa: F811
    """Tệp › Khôi phục…, Có: the administrator sees one box, "Đã khôi phục…" saying the program
    opens again on the restored data (test_restore_opens_again), and no error box (the window used to reload itself on the database the restore had closed:
    "Lỗi không mong muốn … Cannot operate on a closed database"). Each box is read before Enter
    (the one after the restore's copying ignores keys typed through it: test_unprompted_boxes)."""
    as_(office, "canbo")
    fill_year(office, "2026-Q1")
    as_(office, "admin")
    old = backups.take_backup(office, "thu-cong", target_dir=tmp_path)
    window = make_window(office)
    shown = []

    def answer(box):
        shown.append((box.windowTitle(), box.text()))
        clock.passes(1.0)
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, answer), (QMessageBox, answer))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
        window.restore()
    script.check()
    assert [title for title, _ in shown] == ["Khôi phục từ bản sao lưu", "Khôi phục"], shown
    assert shown[1][1].startswith("Đã khôi phục từ bản sao lưu.")
    assert not window.isVisible() and window.restored


def test_a_question_left_open_is_closed_when_the_locked_window_is_logged_out(qtbot, make_window, office):  # noqa: F811
    """Trần Thị Bình asks Duyệt kỳ báo cáo and walks away: the window locks over the question,
    someone presses Đăng xuất and another leader logs in. The question is gone, answered as
    cancelled: the new leader's Enter approves nothing (it approved in their name before)."""
    import shiboken6
    from PySide6.QtCore import QTimer

    from desktop_app.core.users import Role
    from tests.ui.conftest import close_modal_dialogs
    from ui.idle_lock import LockDialog

    as_(office, "admin")
    office.add_user("phochutich", "Lê Văn Phó", Role.LEADER, "ky-duyet-2026")
    as_(office, "canbo")
    fill_year(office, "2026-6M")
    office.complete("2026-6M")
    as_(office, "lanhdao")
    window = make_window(office)
    seen = {}

    def walk_away(box):
        seen["question"] = box
        seen["text"] = box.text()
        window.idle_lock.set_minutes(0.004)  # nobody touches anything: the window locks over the question

    def log_out(lock):
        seen["locked over the question"] = seen["question"].isVisible()
        # Clicked from the event loop, as a person's click: the login it opens waits in there.
        QTimer.singleShot(0, lambda: click_button(lock, "Đăng xuất"))

    def second_leader(login):
        seen["question at login"] = shiboken6.isValid(seen["question"]) and seen["question"].isVisible()
        type_text("phochutich")
        press(Qt.Key.Key_Tab)
        type_text("ky-duyet-2026")
        press(Qt.Key.Key_Return)
        QTimer.singleShot(300, enter_if_still_asked)

    def enter_if_still_asked():
        """The new leader at the window: a question still there takes their Enter."""
        question = seen["question"]
        seen["question after login"] = shiboken6.isValid(question) and question.isVisible()
        if seen["question after login"]:
            QTimer.singleShot(300, close_modal_dialogs)  # the "Đã duyệt" box that follows
            press(Qt.Key.Key_Return, widget=question)

    script = Script((QMessageBox, walk_away), (LockDialog, log_out), (LoginDialog, second_leader))
    window.approve_action.trigger()
    script.check()
    window.idle_lock.set_minutes(0)
    assert seen["text"].startswith("Duyệt kết quả") and seen["locked over the question"]
    assert seen["question at login"] is False
    assert any(d is seen["question"] for d in window.idle_lock.closed)
    qtbot.waitUntil(lambda: "question after login" in seen, timeout=10000)
    assert seen["question after login"] is False
    assert office.account.username == "phochutich"
    press(Qt.Key.Key_Return, widget=window)  # the Enter that answered the question before
    assert office.period_state("2026-6M") == State.COMPLETE


def test_approving_a_period_still_being_entered_says_why_at_once(qtbot, make_window, office):  # noqa: F811
    """Duyệt kỳ báo cáo on a period in Đang nhập: no question first, one box saying why and what
    to do, Enter closes it (it asked "Duyệt kết quả Năm 2026?", then refused); the menu item greyed
    saying the same (stop 41). On a Complete period the question names the period in lower case
    inside the sentence."""
    as_(office, "lanhdao")
    window = make_window(office)
    window.show_period(Period(2026, "Y"))
    shown = []

    def enter(box):
        shown.append((box.text().replace("\u00a0", " "), box.icon()))  # ui.unbroken_paths
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, enter))
    window._workflow("approve_period")
    script.check()
    assert len(shown) == 1 and shown[0][1] == QMessageBox.Icon.Information
    assert not window.approve_action.isEnabled() and window.approve_action.statusTip() == shown[0][0]
    assert shown[0][0] == ("Chưa duyệt được kết quả năm 2026: kỳ báo cáo đang ở trạng thái Đang nhập. Cán bộ nhập "
                           "liệu nhập xong và đánh dấu Hoàn thành (Kỳ báo cáo › Đánh dấu hoàn thành), sau đó Lãnh "
                           "đạo mới duyệt.")
    assert office.period_state("2026") == State.ENTERING

    as_(office, "canbo")
    fill_year(office, "2026")
    office.complete("2026")
    as_(office, "lanhdao")
    window.reload(window.period)
    asked = []

    def no(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((QMessageBox, no))
    window.approve_action.trigger()
    script.check()
    assert asked[0].startswith("Duyệt kết quả năm 2026?")
    assert office.period_state("2026") == State.COMPLETE
