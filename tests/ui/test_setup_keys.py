"""Thiết lập lần đầu and Tệp › Cài đặt… by keyboard: the field with the cursor is always in view
(Tab coming round from Lưu/Hủy, below the scrolled form, left the search box out of sight and
typing there changed the unit unseen), and on a first run no unit is chosen until its name is
typed or picked (the first of the 92 was chosen before anything was typed)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.setup_dialog import SetupDialog


def in_view(dialog, widget) -> bool:
    """`widget` is inside the scroll area's viewport, wholly."""
    viewport = dialog.scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
    return top_left.y() >= 0 and bottom <= viewport.height() and not widget.visibleRegion().isEmpty()


def test_settings_keep_the_field_with_the_cursor_in_view_after_a_tab_round(qtbot, workspace):
    """Tab through every field, Lưu and Hủy and round to the search box: each field scrolled into
    view as the cursor reaches it, the search box too; "dai phuc" typed there is seen choosing
    Xã Đại Phúc, Escape leaves the unit as it was."""
    dialog = shown(qtbot, SetupDialog(workspace, first_run=False))
    assert dialog.scroll.widget().height() > dialog.scroll.viewport().height()  # it does scroll
    start = QApplication.focusWidget()
    assert start is dialog.search
    content = dialog.scroll.widget()
    went_by_buttons = False
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if content.isAncestorOf(focus):
            assert in_view(dialog, focus), f"{focus.accessibleName() or type(focus).__name__} is out of view"
        else:
            went_by_buttons = True
        if focus is start:
            break
    assert went_by_buttons and QApplication.focusWidget() is dialog.search
    assert in_view(dialog, dialog.search)
    type_text("dai phuc")
    assert in_view(dialog, dialog.search) and "Xã Đại Phúc" in dialog.chosen.text()
    assert not dialog.chosen.visibleRegion().isEmpty()
    press(Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and workspace.commune.name == "Xã Tân Cương"


def test_first_run_chooses_no_unit_until_its_name_is_typed(qtbot, blank_workspace):
    """Nothing chosen on opening; Enter in the empty search box says to type the name (the cursor
    stays there); the people typed and Enter: refused, nothing set up; then "dai phuc" chooses
    Xã Đại Phúc and Enter sets it up."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    assert QApplication.focusWidget() is dialog.search
    assert dialog.selected_code() is None and "Gõ tên xã, phường" in dialog.chosen.text()
    press(Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.search and dialog.error.isVisible()
    assert "Gõ tên xã, phường" in dialog.error.text()
    press(Qt.Key.Key_Tab)
    type_text("Nguyễn Thị Hồng")
    press(Qt.Key.Key_Tab)
    type_text("Đặng Văn Quý")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    type_text("UBND")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and not blank_workspace.is_set_up
    assert QApplication.focusWidget() is dialog.search and "Chưa chọn xã, phường" in dialog.error.text()
    type_text("dai phuc")
    assert "Xã Đại Phúc" in dialog.chosen.text()
    press(Qt.Key.Key_Return)  # on to the preparer, then the signer and the title, and Bắt đầu from it
    for _ in range(3):
        press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and blank_workspace.commune.name == "Xã Đại Phúc"


def test_down_arrow_in_the_empty_search_picks_the_first_unit(qtbot, blank_workspace):
    """Picking with the arrows is choosing too: Down in the empty search box takes the first."""
    dialog = shown(qtbot, SetupDialog(blank_workspace, first_run=True))
    press(Qt.Key.Key_Down)
    assert dialog.results.currentRow() == 0 and dialog.selected_code() is not None
    assert "Đã chọn" in dialog.chosen.text()
