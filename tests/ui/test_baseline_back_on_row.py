"""After the start-of-term figure saved from its grey cell (H5): the cursor went down to the next
indicator's row, away from the row worked on. It comes back to that row, on the cell Tab goes to
from the grey one (the comment; on the grey cell itself the next Enter would open the dialog
again, walk 7, L5), the line under the table saying what was saved; the Tab run goes on."""
from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt

from tests.ui.conftest import Script, press, type_text
from tests.ui.test_entry_form import ENTER, TAB, current_code_and_field, go_to
from tests.ui.test_entry_help import PARTY, back_in_the_window, baseline_cell
from ui.baseline_dialog import BaselineDialog


def _save_250(dialog):
    assert dialog.focusWidget() is dialog.fields[PARTY]
    type_text("250")
    press(ENTER)


def test_saved_from_the_grey_cell_the_cursor_is_back_on_its_row(window, workspace, qtbot):
    """6, Tab (the grey cell), Enter, 250, Enter: back on the party row, in its Ghi chú, the line
    saying it is saved; Enter there goes down in the column the Tab run began in."""
    go_to(window, PARTY, "numerator")
    type_text("6")
    press(TAB)
    script = Script((BaselineDialog, _save_250))
    press(ENTER)
    script.check()
    back_in_the_window(window, qtbot)
    assert workspace.baselines()[PARTY] == D(250) and baseline_cell(window).data() == "250"
    assert current_code_and_field(window) == (PARTY, "comment")
    assert window.feedback.text().startswith("Đã lưu: Tỷ lệ kết nạp đảng viên mới hằng năm — Số đảng viên đầu "
                                             "nhiệm kỳ: 250 người")
    press(ENTER)
    assert current_code_and_field(window) == ("to_chuc_dang_htt", "numerator")


def test_reached_with_the_arrows_the_cursor_is_back_on_its_row_too(window, workspace, qtbot):
    """The grey cell reached with → (no Tab run): saved, the cursor is on the same row's comment;
    Shift+Tab goes back to the grey cell, which shows the figure."""
    go_to(window, PARTY, "numerator")
    press(Qt.Key.Key_Right)
    assert window.table.currentIndex() == baseline_cell(window)
    script = Script((BaselineDialog, _save_250))
    press(ENTER)
    script.check()
    back_in_the_window(window, qtbot)
    assert current_code_and_field(window) == (PARTY, "comment")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.table.currentIndex() == baseline_cell(window) and baseline_cell(window).data() == "250"
