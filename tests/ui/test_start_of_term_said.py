"""The poverty row and the party row typed before their start-of-term figures (walk h4, 404-501):
the message after the figure saved said "kết quả: chưa có kết quả, Chưa đủ số liệu" alone, while the
cursor was already on the next row, whose line the one under the table was; what was missing and
where to enter it showed only on going back to the row. The message now says it, in the row's own
words, with the menu's keys. And the status bar's "Đã nhập 5/7" with all seven rows typed read as
two rows not entered: it counts the results, and now says so, the rows waiting apart."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Script, press, type_text
from tests.ui.test_entry_form import ENTER, TAB, current_code_and_field, go_to
from tests.ui.test_entry_help import back_in_the_window
from ui.baseline_dialog import BaselineDialog

POVERTY, PARTY = "giam_ngheo", "ket_nap_dang_vien"
WHERE = " — nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ… (Alt+D, N)"
POVERTY_WAITS = "Chưa nhập số liệu đầu nhiệm kỳ: Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ)" + WHERE
PARTY_WAITS = "Chưa nhập số liệu đầu nhiệm kỳ: Số đảng viên đầu nhiệm kỳ" + WHERE


def _said(window) -> str:
    return window.feedback.text().replace("\u00a0", " ")  # a menu path's no-break spaces read as spaces


def test_the_poverty_rows_saved_message_says_the_start_of_term_rate_is_missing_and_where(window):
    go_to(window, POVERTY, "numerator")
    type_text("312")
    press(TAB)
    type_text("12480")
    press(ENTER)
    assert current_code_and_field(window)[0] != POVERTY  # on the next row: its line is not this one's
    said = _said(window)
    assert said.startswith("Đã lưu: ") and POVERTY_WAITS in said, said
    assert POVERTY_WAITS not in window.cell_info.text()


def test_the_party_rows_saved_message_says_the_members_at_the_start_are_missing_and_where(window):
    go_to(window, PARTY, "numerator")
    type_text("12")
    press(ENTER)
    assert current_code_and_field(window)[0] != PARTY
    assert PARTY_WAITS in _said(window), _said(window)


def test_not_said_once_the_result_is_there(window, workspace):
    workspace.set_baseline(PARTY, "250")
    window.reload(window.period)
    go_to(window, PARTY, "numerator")
    type_text("12")
    press(ENTER)
    said = _said(window)
    assert said.startswith("Đã lưu: ") and "Chưa nhập số liệu đầu nhiệm kỳ" not in said, said


def _completeness(entered: int, waiting: int = 0) -> str:
    """The status bar's words, in the language loaded (the lead translates new sources)."""
    if not waiting:
        return f"Đã nhập {entered}/7 chỉ tiêu cần nhập kỳ này"
    return QCoreApplication.translate(
        "labels", "Result for {entered}/{required} indicators due this period, {waiting} waiting for the "
                  "start-of-term figure").format(entered=entered, required=7, waiting=waiting)


def _fill_but_the_two(workspace) -> None:
    for code, num, den in (("bhyt", "9500", "10000"), ("truong_chuan", "3", "4"),
                           ("lao_dong_dao_tao", "2100", "3000"), ("nuoc_sach_nong_thon", "1400", "1500")):
        workspace.set_entry("2026-6M", code, numerator=num, denominator=den)
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="20000")


def _start_of_term_figures(dialog) -> None:
    assert dialog.focusWidget() is dialog.fields[POVERTY]
    type_text("5,2")
    press(TAB)
    assert dialog.focusWidget() is dialog.fields[PARTY]
    type_text("250")
    press(ENTER)


def test_the_status_bar_counts_the_results_and_says_the_rows_waiting_apart(make_window, workspace, qtbot):
    _fill_but_the_two(workspace)
    window = make_window(workspace)
    assert window.completeness_label.text() == _completeness(5)
    go_to(window, POVERTY, "numerator")
    type_text("312")
    press(TAB)
    type_text("12480")
    press(ENTER)
    go_to(window, PARTY, "numerator")
    type_text("12")
    press(ENTER)
    said = window.completeness_label.text()
    assert said == _completeness(5, waiting=2) and not said.startswith("Đã nhập 5/7"), said
    assert window.completeness.format() == said  # what a screen reader says of the bar
    script = Script((BaselineDialog, _start_of_term_figures))
    press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.data_menu, timeout=10000)
    QTest.keyClick(window.data_menu, Qt.Key.Key_N)
    script.check()
    back_in_the_window(window, qtbot)
    assert window.completeness_label.text() == _completeness(7)
