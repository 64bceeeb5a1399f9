"""Thiết lập lần đầu typed through with Enter (walk W1): after the signer's name it took three more
Enters to start: the first put the cursor in Chức vụ người ký (filled: nothing seemed to happen),
the second in the empty Ký hiệu văn bản, the third pressed Bắt đầu. Now Enter still stops on the
title (walk 6: a Phó Chủ tịch was printed Chủ tịch UBND), where a line under it says why and that
Enter starts; Enter there starts, the document code left empty printing its default."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.setup_dialog import SetupDialog


def _names_typed(qtbot, workspace) -> SetupDialog:
    dialog = shown(qtbot, SetupDialog(workspace, first_run=True))
    type_text("dai phuc")
    press(Qt.Key.Key_Return)
    type_text("Nguyễn Thị Hồng")
    press(Qt.Key.Key_Return)
    type_text("Đặng Văn Quý")
    press(Qt.Key.Key_Return)
    return dialog


def test_one_enter_on_the_title_after_the_last_name_starts(qtbot, blank_workspace):
    dialog = _names_typed(qtbot, blank_workspace)
    assert QApplication.focusWidget() is dialog.signer_title and dialog.isVisible()
    assert dialog.title_note.isVisible() and "Enter" in dialog.title_note.text()
    note, title = dialog.title_note.geometry(), dialog.signer_title.geometry()
    assert note.top() >= title.bottom() and note.top() - title.bottom() < title.height()  # right under the box
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = blank_workspace.settings
    assert (blank_workspace.commune.name, s.preparer, s.signer, s.signer_title, s.doc_prefix) == (
        "Xã Đại Phúc", "Nguyễn Thị Hồng", "Đặng Văn Quý", "Chủ tịch", "")


def test_another_title_chosen_on_the_way_then_enter_starts_with_it(qtbot, blank_workspace):
    _names_typed(qtbot, blank_workspace)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert blank_workspace.is_set_up and blank_workspace.settings.signer_title == "Phó Chủ tịch"


def test_settings_has_no_such_line(qtbot, workspace):
    """Cài đặt: its Enter saves from a filled field already; the line is the first run's."""
    dialog = shown(qtbot, SetupDialog(workspace, first_run=False))
    assert getattr(dialog, "title_note", None) is None
