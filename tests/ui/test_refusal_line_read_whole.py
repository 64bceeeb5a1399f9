"""The login forms, the setup (and Settings) and the start-of-term figures say a refusal on the one red line
under a form (ui/form_error.py): hidden until there is something to say, read by a screen reader as the refusal
itself (the login's line was named "Error message", read instead of it; setup's and the figures' had no name),
and wholly inside the window, above its buttons, however many lines it wraps to."""
from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.core.test_workflow import PW, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import button, shown, tab_sequence
from ui.baseline_dialog import BaselineDialog
from ui.login_dialog import FirstAdminDialog, LoginDialog
from ui.setup_dialog import SetupDialog

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: each dialog refusing, as a person sees it, saved there


def opened(qtbot, dialog, before_close=None):
    """`dialog` on screen with the keyboard in it, nothing refused yet and so nothing said."""
    qtbot.addWidget(dialog, before_close_func=before_close)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    assert not dialog.error.isVisible()
    return dialog


def read_whole(dialog, name: str) -> str:
    """The refusal on the line, once checked to be read as itself and drawn whole above the buttons."""
    line = dialog.error
    assert line.isVisible()
    assert line.accessibleName() == line.text()
    assert QAccessible.queryAccessibleInterface(line).text(QAccessible.Text.Name) == line.text()
    assert line.height() >= line.heightForWidth(line.width())  # every wrapped line of it
    ok = dialog.findChild(QDialogButtonBox).buttons()[0]
    assert line.geometry().bottom() < ok.mapTo(dialog, QPoint(0, 0)).y() <= dialog.height()
    assert dialog.height() <= dialog.screen().availableGeometry().height()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, f"{name}.png"))
    return line.text()


def test_a_wrong_password_is_read_as_said(qtbot, office):  # noqa: F811
    dialog = opened(qtbot, LoginDialog(office))
    type_text("canbo")
    press(Qt.Key.Key_Tab)
    type_text("sai-mat-khau")
    press(Qt.Key.Key_Return)
    assert read_whole(dialog, "login").startswith("Sai tên đăng nhập hoặc mật khẩu. Còn 4 lần thử")
    # as before: the password emptied, the cursor in it to type again
    assert dialog.password.text() == "" and QApplication.focusWidget() is dialog.password
    type_text(PW["canbo"])
    press(Qt.Key.Key_Return)
    assert office.account.username == "canbo"


def test_the_first_run_s_two_passwords_not_the_same_are_read_as_said(qtbot, blank_workspace):
    dialog = opened(qtbot, FirstAdminDialog(blank_workspace))
    for text in ("quantri", "Nguyễn Văn Quản", "hoa-sen-2026"):
        type_text(text)
        press(Qt.Key.Key_Tab)
    type_text("hoa-sen-2027")
    press(Qt.Key.Key_Return)  # the last field: creates the account
    assert read_whole(dialog, "first_admin") == "Hai lần nhập mật khẩu không giống nhau."
    assert dialog.password.text() == dialog.again.text() == "" and QApplication.focusWidget() is dialog.password


def test_settings_refusing_another_unit_read_whole_above_the_buttons(qtbot, workspace):
    """The longest refusal of Settings (four lines: the database is another unit's, which approved a report)."""
    fill_year(workspace, "2026-6M")
    workspace.complete("2026-6M")
    workspace.approve("2026-6M")
    dialog = opened(qtbot, SetupDialog(workspace, first_run=False))
    height = dialog.height()
    type_text("nghinh tuong")
    press(Qt.Key.Key_Return)  # the unit chosen, on to the preparer
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Lưu (a button's letter clicks it a moment later)
    qtbot.waitUntil(dialog.error.isVisible)
    said = read_whole(dialog, "settings")
    assert said.startswith("Cơ sở dữ liệu này là của Xã Tân Cương"), said
    assert dialog.height() == height  # the form scrolls to give it room, within the screen
    assert QApplication.focusWidget() is dialog.search  # as before: to choose the unit again
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("tan cuong")
    assert not dialog.error.isVisible()


def test_a_first_run_with_no_unit_chosen_is_read_as_said(qtbot, blank_workspace):
    dialog = opened(qtbot, SetupDialog(blank_workspace, first_run=True))
    press(Qt.Key.Key_Tab)
    type_text("Nguyễn Văn An")
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Bắt đầu (a button's letter clicks it a moment later)
    qtbot.waitUntil(dialog.error.isVisible)
    said = read_whole(dialog, "first_run_setup")
    assert said == "Chưa chọn xã, phường: gõ tên vào ô tìm kiếm rồi chọn trong danh sách.", said
    assert QApplication.focusWidget() is dialog.search


def test_a_start_of_term_figure_refused_is_read_as_said(qtbot, workspace):
    dialog = BaselineDialog(workspace)
    first, second = dialog.fields.values()
    # closed at the end with nothing typed: what was typed and not saved would be asked about, a box no one answers
    opened(qtbot, dialog, before_close=lambda _d: [edit.clear() for edit in (first, second)])
    type_text("-3")
    press(Qt.Key.Key_Tab)
    type_text("250")
    press(Qt.Key.Key_Return)  # the last field: saves
    said = read_whole(dialog, "baseline")
    assert said.startswith("Chưa lưu: ") and "âm" in said, said
    assert QApplication.focusWidget() is first and workspace.baselines() == {}  # as before: nothing saved
    assert first.text() == "-3" and second.text() == "250"


def test_the_start_of_term_figures_tab_through_the_fields_then_save_and_close(qtbot, workspace):
    """(The login's and the setup's first field and Tab order: tests/ui/test_keyboard.py.)"""
    dialog = shown(qtbot, BaselineDialog(workspace))
    first, second = dialog.fields.values()
    assert tab_sequence(dialog, 4) == [first, second, button(dialog, "Lưu"), button(dialog, "Đóng"), first]
