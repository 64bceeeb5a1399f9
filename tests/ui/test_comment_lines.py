"""A comment of several lines, typed and read as an officer does with the keyboard: the selected
row's comment is shown whole under the table, beside the selected cell's line (its cell shows
four lines at most), and follows the arrow keys; the comment's editor takes line breaks
(Shift+Enter, or Alt+Enter as in Excel) while Enter saves and goes down, Tab saves and goes on,
Esc drops what was typed; Vietnamese committed by an input method goes in as typed. The line
breaks are saved, shown again after a restart, and written in the submission's workbook and the
PDF report. The editor was a line edit: a 1.000-character explanation on one line."""
from __future__ import annotations

import openpyxl
import pypdf
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import Period
from desktop_app.core.validation import MAX_TEXT
from desktop_app.services import export_period
from tests.ui.conftest import commit_text, focused, press, type_text
from tests.ui.test_entry_form import go_to
from tests.ui.test_small_screens import laid_out

ENTER, ESC, TAB = Qt.Key.Key_Return, Qt.Key.Key_Escape, Qt.Key.Key_Tab
SHIFT, ALT, CTRL = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
SENTENCE = ("Số liệu do Bảo hiểm xã hội khu vực cung cấp; đã đối chiếu với danh sách hộ gia đình tham gia "
            "BHYT của các thôn Khuổi Ô, Nà Pài, Bản Đăng, Lũng Đẩy, Phja Đin. ")
LONG = (SENTENCE * 30)[:2999] + "."  # 3.000 characters
SHORT = "Hộ nghèo tăng do 12 hộ chuyển đến.\nĐã rà soát lại theo Quyết định 24."


def stored(workspace, code: str = "bhyt") -> str:
    return workspace.row("2026-6M", code).entry.comment


def shown(window) -> str:
    """The comment under the table, as the officer sees it ("" when the panel is hidden)."""
    panel = window.messages.comment
    return panel.text.toPlainText() if panel.isVisible() else ""


def test_the_rows_whole_comment_is_under_the_table_and_follows_the_arrow_keys(qtbot, data_dir):
    window = laid_out(qtbot, data_dir, "Phan Đình Phùng", (1366, 768))
    ws = window.workspace
    ws.set_entry("2026-6M", "bhyt", numerator="8123", denominator="9000", comment=LONG)
    ws.set_entry("2026-6M", "giam_ngheo", comment=SHORT)
    window.show_period(Period(2026, "6M"))
    go_to(window, "bhyt", "numerator")
    QApplication.processEvents()
    panel = window.messages.comment
    assert shown(window) == LONG  # whole, where the cell shows four lines ending in "…"
    assert panel.text.isReadOnly() and panel.text.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert panel.text.verticalScrollBar().maximum() > 0  # scrolled, in the area's height
    assert window.table.height() > 300  # the table kept its room
    assert panel.geometry().left() > window.cell_info.geometry().right()  # beside the cell's line
    press(Qt.Key.Key_Down)
    assert shown(window) == SHORT
    press(Qt.Key.Key_Down)  # a row without a comment: nothing shown
    assert shown(window) == "" and not panel.isVisible()
    assert window.cell_info.width() == window.messages.width()  # the cell's line has the whole width again
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert shown(window) == LONG


def test_shift_enter_breaks_the_line_enter_saves_it_and_goes_down(window, workspace):
    go_to(window, "bhyt", "comment")
    assert "Shift+Enter" in window.cell_info.text()  # the selected cell's line says how
    type_text("Số liệu BHXH quý II.")
    press(ENTER, SHIFT)
    type_text("Đã đối chiếu")
    press(ENTER, ALT)  # as in Excel
    type_text("với các thôn.")
    assert stored(workspace) == ""  # still being typed
    press(ENTER)
    comment = "Số liệu BHXH quý II.\nĐã đối chiếu\nvới các thôn."
    assert stored(workspace) == comment
    assert window.current_code() == "giam_ngheo"  # down, as after a figure
    press(Qt.Key.Key_Up)
    assert shown(window) == comment  # under the table, line by line
    window.reload()
    assert window.model.index_of("bhyt", "comment").data(Qt.ItemDataRole.EditRole) == comment
    press(Qt.Key.Key_Z, CTRL)  # undone as any edit
    assert stored(workspace) == ""


def test_tab_saves_the_lines_and_goes_to_the_next_cell(window, workspace):
    go_to(window, "bhyt", "comment")
    type_text("Dòng một")
    press(ENTER, SHIFT)
    type_text("Dòng hai")
    press(TAB)
    assert stored(workspace) == "Dòng một\nDòng hai"
    assert window.table.state() != window.table.State.EditingState
    assert window.current_code() == "giam_ngheo"  # the next row's first cell to fill


def test_lines_pasted_while_typing_a_comment_are_its_lines(window, workspace):
    """Ctrl+V of an explanation of several lines (from a letter, an e-mail) in the comment being
    typed: its lines, not one line a row down the column's comments; cells of Excel (a tab) are
    still pasted as a block."""
    go_to(window, "bhyt", "comment")
    type_text("Lý do: ")
    QApplication.clipboard().setText("mưa lũ tháng 9.\r\nĐã báo cáo huyện.")
    press(Qt.Key.Key_V, CTRL)
    press(ENTER)
    assert stored(workspace) == "Lý do: mưa lũ tháng 9.\nĐã báo cáo huyện."
    assert stored(workspace, "giam_ngheo") == ""


def test_escape_leaves_the_stored_comment_unchanged(window, workspace):
    workspace.set_entry("2026-6M", "bhyt", comment="Giải trình cũ.\nDòng hai.")
    window.reload()
    go_to(window, "bhyt", "comment")
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_End, CTRL)
    press(ENTER, SHIFT)
    type_text("Thêm một dòng")
    press(ESC)
    assert stored(workspace) == "Giải trình cũ.\nDòng hai."
    assert window.table.state() != window.table.State.EditingState
    assert window.model.error_at(window.table.currentIndex()) is None
    assert window.current_code() == "bhyt"
    assert shown(window) == "Giải trình cũ.\nDòng hai."


def test_vietnamese_committed_by_the_input_method_goes_in_with_its_lines(window, workspace):
    go_to(window, "bhyt", "comment")
    commit_text("Số liệu của")  # opens the cell with it
    QApplication.sendEvent(focused(), QInputMethodEvent("BHX", []))  # Telex's word being composed
    QApplication.processEvents()
    commit_text(" BHXH")
    press(ENTER, SHIFT)
    commit_text("đã đối chiếu")
    press(ENTER)
    assert stored(workspace) == "Số liệu của BHXH\nđã đối chiếu"


def test_the_characters_left_are_said_and_a_comment_over_the_limit_is_refused(window, workspace):
    workspace.set_entry("2026-6M", "bhyt", comment="x" * (MAX_TEXT - 10))
    window.reload()
    go_to(window, "bhyt", "comment")
    press(Qt.Key.Key_F2)
    press(Qt.Key.Key_End, CTRL)
    editor = focused()
    assert editor.count.isVisible() and editor.count.text() == "Còn 10 ký tự"
    press(ENTER, SHIFT)
    type_text("thêm 16 ký tự")
    assert editor.count.text() == "Quá 4 ký tự (tối đa 4.000)"
    press(ENTER)  # refused: red, kept as typed, the cursor stays; nothing saved
    assert stored(workspace) == "x" * (MAX_TEXT - 10)
    assert window.model.error_at(window.table.currentIndex()) is not None
    assert window.current_code() == "bhyt"
    press(ESC)  # the saved comment back
    assert window.model.error_at(window.table.currentIndex()) is None


def test_the_line_breaks_reach_the_workbook_and_the_report(window, workspace, tmp_path):
    go_to(window, "bhyt", "comment")
    type_text("Dòng thứ nhất.")
    press(ENTER, SHIFT)
    type_text("Dòng thứ hai.")
    press(ENTER)
    files = export_period(workspace, "2026-6M", tmp_path, mark_sent=False)
    book = openpyxl.load_workbook(files.xlsx)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and "Dòng thứ nhất." in c.value]
    assert cells and all("Dòng thứ nhất.\nDòng thứ hai." in c.value and c.alignment.wrap_text for c in cells)
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(files.pdf).pages)
    assert "Dòng thứ nhất.\nDòng thứ hai." in text  # printed on two lines
