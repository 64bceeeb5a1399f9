"""The comment editor at 1366×728, opened with the keyboard as an officer writes why a target is not
met: it lies over its Ghi chú cell and the rows under it, never over Đánh giá on its left (walk 26:
the editor, 48 characters wide, covered the verdict the officer was explaining); in the narrow
column it is taller, to hold as much; Enter still saves. And the number after a gap (8 after 6:
the ward's indicator 7 is not the commune's) says why, in the report's words (`core.numbering`)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.numbering import numbering_note
from desktop_app.core.periods import Period
from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import go_to
from ui.comment_cell import CommentEditor, EDIT_CHARACTERS, EDIT_LINES
from ui.entry_model import Col

ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab
SHIFT = Qt.KeyboardModifier.ShiftModifier
WHY = "Thiếu nguồn kết nạp ở thôn xa"


def at_1366x728(window):
    window.resize(1366, 728)
    QApplication.processEvents()
    return window


def open_editor(window):
    editor = window.table.itemDelegate().open_editor
    assert isinstance(editor, CommentEditor) and editor.isVisible()
    return editor


def test_the_editor_leaves_the_verdict_in_sight(window, workspace):
    at_1366x728(window)
    workspace.set_baseline("ket_nap_dang_vien", "250")
    workspace.set_entry("2026-6M", "ket_nap_dang_vien", numerator="3")
    window.reload()
    table = window.table
    # Near the table's foot, and with room under it; Tab, Tab: from Tử số over Mẫu số (grey for the
    # first: the start of term, a stop too) to Ghi chú.
    for code in ("ket_nap_dang_vien", "bhyt"):
        go_to(window, code, "numerator")
        press(TAB)
        press(TAB)
        assert table.currentIndex() == window.model.index_of(code, "comment")
        type_text(WHY)
        editor = open_editor(window)
        line = window.model.line_of(code)
        verdict = table.visualRect(window.model.index(line, Col.VERDICT))
        comment = table.visualRect(window.model.index(line, Col.COMMENT))
        assert editor.geometry().left() >= verdict.right() + 1  # was over it, 48 characters wide
        assert editor.geometry().left() == comment.left()
        assert comment.top() <= editor.geometry().top() + editor.fontMetrics().lineSpacing()  # on its row
        assert editor.height() >= EDIT_LINES * editor.fontMetrics().lineSpacing()
        narrow = comment.width() < EDIT_CHARACTERS * editor.fontMetrics().averageCharWidth()
        assert narrow  # Ghi chú at 1366 pixels: what this test is about
        press(ENTER)
        assert workspace.row("2026-6M", code).entry.comment == WHY  # Enter saves, as before
        assert table.itemDelegate().open_editor is None or not table.itemDelegate().open_editor.isVisible()


def test_the_editor_is_taller_where_its_column_is_narrow(window, workspace):
    at_1366x728(window)
    go_to(window, "bhyt", "comment")  # the second indicator: room under it
    type_text("a")
    editor = open_editor(window)
    assert editor.height() > (EDIT_LINES + 2) * editor.fontMetrics().lineSpacing()
    press(ENTER, SHIFT)
    type_text("b")
    press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.comment == "a\nb"


def test_the_number_after_a_gap_says_why_as_the_report_does(window, workspace):
    model = window.model
    numbers = [r.indicator.no for r in model.view.assigned_rows]
    assert 7 not in numbers and 8 in numbers  # a commune: the ward's waste indicator 7 is not its
    said = numbering_note(numbers, "xã")
    assert said == "STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho phường."  # the PDF's line
    go_to(window, "nuoc_sach_nong_thon", "numerator")  # 6
    press(Qt.Key.Key_Down)  # to 8, over the group's heading
    current = window.table.currentIndex()
    assert model.row_at(current).indicator.no == 8
    assert current.siblingAtColumn(Col.NO).data(Qt.ItemDataRole.ToolTipRole) == said
    assert said in window.cell_info.text()  # the keyboard's reader sees it too, in the line under the table
    assert model.headerData(Col.NO, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == said
    no_gap = model.index_of("nuoc_sach_nong_thon", "numerator").siblingAtColumn(Col.NO)
    assert no_gap.data(Qt.ItemDataRole.ToolTipRole) is None  # 6 follows 5


def test_a_ward_is_told_of_the_communes_indicators(make_window, ward_workspace, english):
    window = make_window(ward_workspace)
    model = window.model
    numbers = [r.indicator.no for r in model.view.assigned_rows]
    assert 6 not in numbers  # a ward: rural water is the communes'
    line = model.line_of("rac_thai_do_thi")  # 7, after 5
    tip = model.index(line, Col.NO).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho xã."
    english()
    QApplication.processEvents()
    window.reload(Period(2026, "6M"))
    tip = model.index(model.line_of("rac_thai_do_thi"), Col.NO).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Numbers as in Annex 2, skipping the indicators assigned to communes only."
