"""The first run's administrator dialog names what its buttons do, as the login's "Đăng nhập /
Thoát" does (walk 8, finding 11: "OK / Hủy", and "Hủy" quit the program): "Tạo tài khoản" makes
the account and Enter presses it; "Thoát" ends the program, Escape too."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import Script, press, type_text
from ui.login_dialog import FirstAdminDialog, ensure_login

PASSWORD = "hoa-sen-2026"
SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the dialog as a person sees it, saved there


def buttons_seen(dialog) -> list[str]:
    """The buttons' words as shown (without the Alt letter's &)."""
    return [b.text().replace("&", "") for b in dialog.buttons.buttons() if b.isVisible()]


def test_the_first_run_buttons_say_create_and_quit_and_enter_creates(qtbot, blank_workspace):
    ws = blank_workspace
    seen = {}

    def fill(dialog):
        seen["buttons"] = buttons_seen(dialog)
        seen["default"] = next(b.text().replace("&", "") for b in dialog.buttons.buttons() if b.isDefault())
        type_text("tinh")
        press(Qt.Key.Key_Tab)
        type_text("Đỗ Thị Thanh Hương")
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "first_admin_buttons.png"))
        press(Qt.Key.Key_Return)

    script = Script((FirstAdminDialog, fill))
    accepted = ensure_login(ws)
    script.check()
    assert sorted(seen["buttons"]) == ["Thoát", "Tạo tài khoản"]
    assert seen["default"] == "Tạo tài khoản"
    assert accepted is not None and ws.account.username == "tinh"


def test_escape_quits_the_first_run_as_before(qtbot, blank_workspace):
    ws = blank_workspace
    roles = {}

    def leave(dialog):
        quit_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        roles["quit"] = (quit_button.text().replace("&", ""), dialog.buttons.buttonRole(quit_button))
        press(Qt.Key.Key_Escape)

    script = Script((FirstAdminDialog, leave))
    assert ensure_login(ws) is None
    script.check()
    assert roles["quit"] == ("Thoát", QDialogButtonBox.ButtonRole.RejectRole)
    assert not ws.has_accounts
