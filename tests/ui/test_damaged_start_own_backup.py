"""A damaged database at start (walk 11, finding 7): a wrong administrator password is said to be wrong
(the account checked is the backup's: the database cannot be read), never the rule again; the laptop's
own backup, chosen from a USB stick, is restored with no "Bản sao lưu là của …" warning whose Hủy (the
default) would send the user back to the list and a new login; a backup of another unit than the
laptop's own backups is still warned about."""
from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.services import Workspace
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_session_and_safety import _damaged_with_accounts
from ui.backup_actions import RestoreAtStartDialog, offer_restore_at_start
from ui.fitting import unbroken_names
from ui.login_dialog import AdministratorDialog


def test_wrong_password_said_and_own_backup_from_usb_restored_without_a_unit_warning(qtbot, data_dir, tmp_path):
    db = _damaged_with_accounts(data_dir)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = usb / "chitieu-saoluu.db"
    shutil.copy(backups.list_backups(db)[0].path, copy)
    seen = {}

    def other_file(dialog):
        for _ in range(4):  # Tab from the list to "Chọn tệp sao lưu khác…", Space presses it
            if QApplication.focusWidget() is dialog.choose_button:
                break
            press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_Space)

    def administrator(dialog):
        seen["intro"] = dialog.intro.text()
        type_text("quantri")
        press(Qt.Key.Key_Tab)
        type_text("sai-mat-khau")
        press(Qt.Key.Key_Return)
        seen["wrong password"] = dialog.error.text()
        type_text("cay-tre-2026")
        press(Qt.Key.Key_Return)

    def unexpected():  # a warning box (the old code's unit line): recorded, closed, then the offer quits
        for widget in QApplication.topLevelWidgets():
            if (isinstance(widget, QMessageBox) and widget.isVisible()
                    and unbroken_names(copy.name) not in widget.informativeText()):  # its name on one line
                seen.setdefault("boxes", []).append(widget.text())
                widget.reject()
            elif isinstance(widget, RestoreAtStartDialog) and widget.isVisible() and seen.get("boxes"):
                widget.reject()

    def restored(box):  # the box that ends a restore names the backup restored (walk 17, L7)
        seen["restored"] = box.informativeText()
        box.accept()

    watcher = QTimer()
    watcher.timeout.connect(unexpected)
    watcher.start(300)
    script = Script((RestoreAtStartDialog, other_file), (AdministratorDialog, administrator),
                    (QMessageBox, restored))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
        restored_at_start = offer_restore_at_start(db)
    watcher.stop()
    script.check()
    assert "boxes" not in seen and restored_at_start is True
    assert seen["wrong password"] == "Tên đăng nhập hoặc mật khẩu không đúng (tài khoản Quản trị trong bản sao lưu)."
    assert "in the backup" in seen["intro"] or "trong bản sao lưu" in seen["intro"]
    assert backups.check_database(db) is None
    restored = Workspace.open(data_dir)
    assert restored.row("2026", "bhyt").value_text == "95"
    restored.close()


def test_an_officer_account_is_named_not_called_a_wrong_password(data_dir):
    db = _damaged_with_accounts(data_dir)
    source = backups.list_backups(db)[0].path
    with pytest.raises(backups.NotPermitted) as err:
        backups.check_administrator(db, source, "canbo", "nhaplieu-2026")
    assert err.value.message.startswith("Tài khoản canbo trong bản sao lưu không phải tài khoản Quản trị")


def test_another_units_backup_over_a_damaged_database_is_still_warned_about(data_dir, tmp_path):
    db = _damaged_with_accounts(data_dir)
    other = Workspace.open(tmp_path / "vanlang")
    other.add_user("quantri", "Hoàng Văn Quản", "Quản trị", "cay-tre-2026")
    other.login("quantri", "cay-tre-2026")
    other.setup("05665", "Nguyễn Văn An", "Trần Thị Bình")
    source = backups.take_backup(other, "thu-cong", target_dir=tmp_path / "usb")
    other.close()
    warning = backups.restore_warning(db, source)
    assert warning is not None
    assert ("Bản sao lưu là của Xã Văn Lăng (mã 05665), nhưng các bản sao lưu của máy này (trong thư mục sao lưu) "
            "là của Xã Tân Cương (mã 05503)") in warning
