"""Red team R27: a growth rate of 1500 % was shown "1.500" in its cell, which the reader refuses in a percentage
field as ambiguous (1500 % or an English 1.5 %): F2 and a digit changed, or the cell copied and pasted in the next
period, were refused "không rõ nghĩa". A percentage's cell now shows, edits and copies it without the thousands
point ("1500"), which reads back; counts and amounts keep theirs ("12.500")."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, shot, type_text
from tests.ui.test_keyboard import shown
from ui.entry_model import Col
from ui.own_targets_dialog import FIRST_YEAR_COLUMN, OwnTargetsDialog

ENTER = Qt.Key.Key_Return
GROWTH = "tang_gia_tri_san_pham"


def test_a_growth_rate_over_1000_is_edited_copied_and_pasted_back(window, workspace, qtbot):
    window.resize(1366, 768)
    index = window.model.index_of(GROWTH, "value")
    window.table.setCurrentIndex(index)
    window.table.setFocus()
    type_text("1500")
    press(ENTER)
    assert window.model.index_of(GROWTH, "value").data() == "1500"
    window.table.setCurrentIndex(window.model.index_of(GROWTH, "value"))
    press(Qt.Key.Key_F2)  # the figure in the editor, selected
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)  # its last digit changed
    type_text("1")
    press(ENTER)
    index = window.model.index_of(GROWTH, "value")
    assert window.model.error_at(index) is None, window.model.error_at(index)
    assert workspace.row("2026-6M", GROWTH).entry.value == Decimal(1501)
    assert window.model.index_of(GROWTH, "value").sibling(index.row(), int(Col.VALUE)).data() == "1501"
    assert "— 1501%" in window.feedback.text(), window.feedback.text()  # said as shown
    shot(window, "s93_growth_1501")
    window.table.setCurrentIndex(index)
    press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().strip() == "1501"
    # the amount beside it keeps its thousands point
    land = window.model.index_of("thu_tien_su_dung_dat", "value")
    window.table.setCurrentIndex(land)
    type_text("12500")
    press(ENTER)
    assert window.model.index_of("thu_tien_su_dung_dat", "value").data() == "12.500"


def test_a_growth_rate_own_target_over_1000_is_edited_back(qtbot, office):  # noqa: F811
    """Chỉ tiêu xã tự đặt: "≥ 1500" saved for the growth rate showed "≥ 1.500"; a digit changed with F2 was
    refused as ambiguous."""
    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2026))
    row = [i.code for i in dialog.indicators].index(GROWTH)
    dialog.table.setCurrentCell(row, FIRST_YEAR_COLUMN)
    type_text("≥ 1500")
    press(ENTER)
    assert dialog.table.item(row, FIRST_YEAR_COLUMN).text() == "≥ 1500"
    dialog.table.setCurrentCell(row, FIRST_YEAR_COLUMN)
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    type_text("1")
    press(ENTER)
    assert office.own_targets()[(2026, GROWTH)].value == Decimal(1501), dialog.message.text()
