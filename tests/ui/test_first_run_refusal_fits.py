"""A refusal of two lines under the first-run form grows the dialog (walk 16, L1): the dialog kept its
height and the grey note about the officer's account lost its first and last lines."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import Script, press, type_text
from ui.login_dialog import FirstAdminDialog, ensure_login

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the dialog as a person sees it, saved there


def cut(label: QLabel) -> int:
    """How many pixels of a wrapped label's lines are cut off at its width."""
    return max(0, label.heightForWidth(label.width()) - label.height())


def test_a_two_line_refusal_leaves_every_line_of_the_note_in_sight(qtbot, blank_workspace):
    seen = {}

    def type_a_bad_name(dialog):
        seen["height before"] = dialog.height()
        type_text("quản trị")  # refused: accents and a space in a user name
        press(Qt.Key.Key_Tab)
        type_text("Nguyễn Văn Quản Trị")
        press(Qt.Key.Key_Tab)
        type_text("hoa-sen-2026")
        press(Qt.Key.Key_Tab)
        type_text("hoa-sen-2026")
        press(Qt.Key.Key_Return)
        seen["error"] = dialog.error.text()
        error = dialog.error
        seen["error lines"] = error.heightForWidth(error.width()) // error.fontMetrics().lineSpacing()
        seen["cut"] = {name: cut(label) for name, label in
                       (("intro", dialog.intro), ("note", dialog.officer_note), ("error", dialog.error))}
        seen["height after"] = dialog.height()
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "first_run_two_line_refusal.png"))
        press(Qt.Key.Key_Escape)

    script = Script((FirstAdminDialog, type_a_bad_name))
    assert ensure_login(blank_workspace) is None
    script.check()
    assert seen["error"].startswith("Tên đăng nhập:") and seen["error lines"] >= 2
    assert seen["cut"] == {"intro": 0, "note": 0, "error": 0}
    assert seen["height after"] > seen["height before"]
    assert not blank_workspace.has_accounts
