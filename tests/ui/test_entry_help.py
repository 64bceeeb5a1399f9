"""The entry table helps the person typing (issue 15, point 5): Tab stops on the grey
start-of-term cell, which opens its dialog; a number typed alone in Ghi chú is questioned;
a cumulative figure lower than an earlier period is warned; denominators are proposed."""
from __future__ import annotations

from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from tests.ui.conftest import Script, press, type_text
from tests.ui.test_entry_form import (
    ENTER,
    TAB,
    cell,
    cell_text,
    current_code_and_field,
    go_to,
)
from ui.baseline_dialog import BaselineDialog
from ui.common import MUTED_TEXT
from ui.entry_model import Col

PARTY = "ket_nap_dang_vien"


def baseline_cell(window):
    return window.model.index(window.model.line_of(PARTY), Col.IN2)


def back_in_the_window(window, qtbot):
    """A dialog closed: the window manager gives the keyboard back to the window (offscreen
    Qt has none to do it)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)


def fill_required(workspace, period: str) -> None:
    """The 7 indicators assigned to Tân Cương, entered (a period may then be completed)."""
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_baseline(PARTY, "250")
    for code, num, den in (("bhyt", "9500", "10000"), ("giam_ngheo", "45", "1500"), ("truong_chuan", "3", "4"),
                           ("lao_dong_dao_tao", "2100", "3000"), ("nuoc_sach_nong_thon", "1400", "1500")):
        workspace.set_entry(period, code, numerator=num, denominator=den)
    workspace.set_entry(period, "thu_ngan_sach", value="20000")
    workspace.set_entry(period, PARTY, value="3")


def test_tab_on_the_party_row_stops_on_the_grey_start_of_term_cell(window):
    """The number of admissions, Tab: the grey start-of-term cell (saying where it is entered),
    Tab: the comment, Tab: the next row; Shift+Tab goes back the same way."""
    go_to(window, PARTY, "numerator")
    type_text("6"); press(TAB)
    assert window.table.currentIndex() == baseline_cell(window)
    tip = baseline_cell(window).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Số đảng viên đầu nhiệm kỳ: nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ…; Enter để mở"
    assert "Enter để mở" in window.cell_info.text()
    press(TAB)
    assert current_code_and_field(window) == (PARTY, "comment")
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.table.currentIndex() == baseline_cell(window)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert current_code_and_field(window) == (PARTY, "numerator")


def test_enter_on_the_grey_cell_opens_its_dialog_at_its_field(window, workspace, qtbot):
    """Enter on the start-of-term cell: Số liệu đầu nhiệm kỳ opens with the cursor in that
    indicator's field; 250 and Enter save it, and the table shows it. As after a figure typed in
    the table (walk 7, L5), the line under the table says it is saved and the cursor goes on, to
    the row's comment (H5: not the next row); Enter there does not open the dialog."""
    go_to(window, PARTY, "numerator")
    type_text("6")
    press(TAB)

    def type_250(dialog):
        assert dialog.focusWidget() is dialog.fields[PARTY]
        type_text("250"); press(ENTER)

    script = Script((BaselineDialog, type_250))
    press(ENTER)
    script.check()
    assert workspace.baselines()[PARTY] == D(250)
    assert baseline_cell(window).data() == "250"
    assert window.feedback.text().startswith(
        "Đã lưu: Tỷ lệ kết nạp đảng viên mới hằng năm — Số đảng viên đầu nhiệm kỳ: 250 người; kết quả: 2,4")
    assert current_code_and_field(window) == (PARTY, "comment")
    back_in_the_window(window, qtbot)
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.table.currentIndex() == baseline_cell(window)
    script = Script((BaselineDialog, lambda dialog: press(Qt.Key.Key_Escape)))  # closed: the cursor stays
    press(ENTER)
    script.check()
    assert window.table.currentIndex() == baseline_cell(window)
    back_in_the_window(window, qtbot)
    press(TAB)
    assert current_code_and_field(window) == (PARTY, "comment")


def test_a_number_typed_on_the_grey_cell_goes_to_its_dialog(window, workspace):
    """The issue's mistake: 6, Tab, 250, Enter. The 250 typed on the grey cell lands in the
    start-of-term field of its dialog (not in Ghi chú), and Enter saves it."""
    go_to(window, PARTY, "numerator")
    type_text("6"); press(TAB)
    script = Script((BaselineDialog, lambda dialog: (type_text("50"), press(ENTER))))
    type_text("2")
    script.check()
    assert workspace.baselines()[PARTY] == D(250)
    row = workspace.row("2026-6M", PARTY)
    assert row.entry.numerator == D(6) and row.entry.comment == ""


def test_a_number_alone_in_the_comment_asks_and_yes_moves_it_to_the_figure(window, workspace):
    """250 typed in Ghi chú of the party row (its start-of-term figure still empty) is saved,
    and the bar under the table asks; Yes moves it to the start-of-term figure."""
    go_to(window, PARTY, "numerator")
    type_text("6"); press(ENTER)
    go_to(window, PARTY, "comment")
    type_text("250"); press(ENTER)
    assert workspace.row("2026-6M", PARTY).entry.comment == "250"
    assert window.number_question.isVisible()
    assert window.table.hasFocus()  # typing goes on in the table meanwhile
    assert ("Bạn gõ số 250 vào Ghi chú. Đưa vào ô Số đảng viên đầu nhiệm kỳ?"
            in window.number_question_label.text())
    window.move_number_button.click()
    assert not window.number_question.isVisible()
    assert workspace.baselines()[PARTY] == D(250)
    assert workspace.row("2026-6M", PARTY).entry.comment == ""
    assert baseline_cell(window).data() == "250"


def test_yes_moves_a_denominator_and_undo_puts_both_back(window, workspace):
    """BHYT with its numerator typed, then 10.000 in Ghi chú: Yes makes it the denominator
    (one result, 95%); Ctrl+Z restores the comment as typed, the denominator empty."""
    go_to(window, "bhyt", "numerator")
    type_text("9500"); press(TAB); press(TAB)  # the proposal-free denominator, then Ghi chú
    assert current_code_and_field(window) == ("bhyt", "comment")
    type_text("10.000"); press(ENTER)
    assert "Bạn gõ số 10.000 vào Ghi chú. Đưa vào ô Dân số?" in window.number_question_label.text()
    window.move_number_button.click()
    row = workspace.row("2026-6M", "bhyt")
    assert (row.entry.denominator, row.entry.comment) == (D(10000), "")
    assert cell_text(window, "bhyt", Col.VALUE) == "95"
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    row = workspace.row("2026-6M", "bhyt")
    assert (row.entry.denominator, row.entry.comment) == (None, "10.000")


def test_no_keeps_the_number_as_a_comment_and_words_ask_nothing(window, workspace):
    """No leaves the comment as typed; a comment in words, or a number on a row whose figures
    are all entered, asks nothing."""
    go_to(window, "bhyt", "comment")
    type_text("1.234,5"); press(ENTER)
    assert window.number_question.isVisible()
    window.keep_comment_button.click()
    assert not window.number_question.isVisible()
    assert workspace.row("2026-6M", "bhyt").entry.comment == "1.234,5"
    go_to(window, "truong_chuan", "comment")
    type_text("Thiếu 2 trường"); press(ENTER)
    assert not window.number_question.isVisible()
    go_to(window, "thu_ngan_sach", "value")
    type_text("52.000"); press(TAB)
    type_text("12"); press(ENTER)
    assert not window.number_question.isVisible()
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.comment == "12"


def test_a_cumulative_figure_lower_than_an_earlier_period_is_warned_but_saved(window, workspace):
    """Budget revenue is counted from 1 January: 6 months lower than Quý I is saved, with a
    warning naming both figures under the table and a mark in the row."""
    workspace.set_entry("2026-Q1", "thu_ngan_sach", value="30.000")
    window.reload()
    go_to(window, "thu_ngan_sach", "value")
    type_text("25.000"); press(ENTER)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value == D(25000)
    warning = "Lũy kế 6 tháng đầu năm 2026 (25.000 triệu đồng) thấp hơn quý I năm 2026 (30.000 triệu đồng)"
    assert warning in window.feedback.toolTip()
    assert "⚠" in window.feedback.text()
    assert cell_text(window, "thu_ngan_sach", Col.VALUE).startswith("⚠")
    window.reload()  # and again when the period is opened
    go_to(window, "thu_ngan_sach", "value")
    assert warning in window.cell_info.toolTip()


def test_a_denominator_is_proposed_grey_and_enter_accepts_it(window, workspace):
    """The population of Quý I shows grey and italic in the empty denominator of 6 months,
    with a tooltip; Enter saves it through the same path as typing, and moves down."""
    workspace.set_entry("2026-Q1", "bhyt", numerator="9.000", denominator="10.000")
    window.reload()
    index = cell(window, "bhyt", "denominator")
    assert index.data() == "10.000"
    assert index.data(Qt.ItemDataRole.FontRole).italic()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == MUTED_TEXT
    assert index.data(Qt.ItemDataRole.ToolTipRole).endswith("Đề xuất từ kỳ trước: 10.000; Enter để nhận")
    assert workspace.row("2026-6M", "bhyt").entry.denominator is None
    go_to(window, "bhyt", "numerator")
    type_text("9500"); press(TAB)
    assert "Dân số (người) — Đề xuất từ kỳ trước: 10.000; Enter để nhận" in window.cell_info.text()
    press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.denominator == D(10000)
    assert cell_text(window, "bhyt", Col.VALUE) == "95"
    assert not isinstance(cell(window, "bhyt", "denominator").data(Qt.ItemDataRole.FontRole), QFont)
    assert current_code_and_field(window) == ("giam_ngheo", "numerator")  # where the Tab run started
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone like a typed figure
    assert workspace.row("2026-6M", "bhyt").entry.denominator is None
    assert cell(window, "bhyt", "denominator").data() == "10.000"  # proposed again


def test_typing_replaces_a_proposed_denominator(window, workspace):
    workspace.set_entry("2026-Q1", "bhyt", denominator="10.000")
    window.reload()
    go_to(window, "bhyt", "denominator")
    type_text("10200"); press(ENTER)
    assert workspace.row("2026-6M", "bhyt").entry.denominator == D(10200)
    assert cell(window, "bhyt", "denominator").data() == "10.200"


def test_no_denominator_is_proposed_in_an_approved_period(window, workspace):
    """An approved period is read only: its empty denominators stay empty, Enter saves nothing."""
    workspace.set_entry("2026-Q1", "gia_dinh_van_hoa", denominator="2.400")  # not assigned: optional
    fill_required(workspace, "2026-6M")
    window.reload()
    assert cell(window, "gia_dinh_van_hoa", "denominator").data() == "2.400"
    workspace.complete("2026-6M")
    workspace.approve("2026-6M")
    window.reload()
    assert window.table.read_only
    assert cell(window, "gia_dinh_van_hoa", "denominator").data() == ""
    go_to(window, "gia_dinh_van_hoa", "denominator")
    press(ENTER)
    assert workspace.row("2026-6M", "gia_dinh_van_hoa").entry.denominator is None
