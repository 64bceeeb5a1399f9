"""After Tệp › Khôi phục từ bản sao lưu…, one box says the data were restored and that the program
opens again on them; the login follows and the window shows the restored figures. The backup at
close is not attempted on the database the restore closed (walk 7, L7: two boxes in a row, the
program quit, and "Sao lưu tự động không thực hiện được: Cannot operate on a closed database."
on stderr)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.services import Workspace
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_session_and_safety import no_excepthook_change  # noqa: F401 (the fixture)
from tests.ui.test_unprompted_boxes import clock  # noqa: F401 (the fixture)
from tests.ui.test_menu_restore_lists_backups import another_file
from ui.app import run_gui
from ui.backup_actions import RestoreAtStartDialog
from ui.instance import DataFolderLock
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow

ADMIN, OFFICER = ("quantri", "cay-tre-2026"), ("canbo", "nhaplieu-2026")


def _database_and_an_older_backup(data_dir: Path, usb: Path) -> Path:
    """Xã Tân Cương with BHYT 9.500 in a backup on a USB stick, 9.600 in the database since."""
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", "Quản trị", ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user(OFFICER[0], "Nguyễn Văn An", "Cán bộ nhập liệu", OFFICER[1])
    ws.logout()
    ws.login(*OFFICER)
    ws.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    old = backups.take_backup(ws, "thu-cong", target_dir=usb)
    ws.set_entry("2026", "bhyt", numerator="9600", denominator="10000")
    ws.close()
    return old


def _log_in(who):
    def log_in(_dialog):
        type_text(who[0])
        press(Qt.Key.Key_Return)
        type_text(who[1])
        press(Qt.Key.Key_Return)
    return log_in


def _when_a_window_shows(act, but_not=()):
    """`act(window)` once a main window (not one of `but_not`) is shown with no dialog over it,
    polled from the event loop run_gui runs, as a person waits for the window."""
    def poll():
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, MainWindow) and widget.isVisible() and widget not in but_not
                    and QApplication.activeModalWidget() is None):
                act(widget)
                return
        QTimer.singleShot(20, poll)
    QTimer.singleShot(20, poll)


def test_a_restore_says_so_once_and_opens_the_window_again_on_the_restored_data(
        qtbot, data_dir, tmp_path, capsys, clock, no_excepthook_change):  # noqa: F811
    old = _database_and_an_older_backup(data_dir, tmp_path / "usb")
    windows, boxes, seen = [], [], {}

    def restore(window):
        windows.append(window)
        window.restore_action.trigger()  # returns once the window has closed
        _when_a_window_shows(look_then_close, but_not=windows)

    def yes(box):  # figures typed since the backup: Không is the default, Có is chosen
        boxes.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def read_then_enter(box):
        boxes.append(box.text())
        clock.passes(1.0)  # read before Enter (the box ignores keys typed through it)
        press(Qt.Key.Key_Return)

    def look_then_close(window):
        seen["account"] = window.workspace.account.username
        seen["bhyt"] = window.workspace.row("2026", "bhyt").value_text  # 95 %: 9.500 of 10.000
        window.close()

    # the program's backups are listed first (the one at start among them): the backup on the USB stick
    # is another file
    script = Script((LoginDialog, _log_in(ADMIN)), (RestoreAtStartDialog, another_file), (QMessageBox, yes),
                    (QMessageBox, read_then_enter),
                    (LoginDialog, _log_in(OFFICER)),
                    (QMessageBox, read_then_enter))  # the officer told what the restore undid of their work (U7 F3)
    _when_a_window_shows(restore)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(old), ""))
        assert run_gui(data_dir) == 0
    script.check()
    assert len(boxes) == 3, boxes  # the question, then one box: restored, and opening again; then the officer's
    assert "1 số liệu kỳ năm 2026 nhập sau lúc sao lưu trở lại như trong bản sao lưu; hãy nhập lại." in boxes[2], boxes
    assert boxes[1].startswith("Đã khôi phục từ bản sao lưu.") and "mở lại trên số liệu đã khôi phục" in boxes[1]
    # the copy of the data as they were is named with its folder, where the administrator finds it again
    from desktop_app.backups import backup_dir
    assert f"trong thư mục\n{backup_dir(data_dir / 'chitieu.db')}\n" in boxes[1], boxes[1]
    assert seen == {"account": "canbo", "bhyt": "95"}  # the new login, on the restored figures
    err = capsys.readouterr().err
    assert "closed database" not in err and "Sao lưu tự động không thực hiện được" not in err, err
    assert DataFolderLock(data_dir).acquire()  # released on the way out

