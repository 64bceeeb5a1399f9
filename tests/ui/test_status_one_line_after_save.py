"""S129: on a 1366×728 laptop (1366×768 less its taskbar), Xã Tân Cương, 6 tháng 2026: the first figure saved
shows the completeness bar beside its words, and at Windows' 150 % text the counts then went to a second line
("· Tỉnh giao 8: Chưa nhập 6, Đang thực hiện 1, Chưa đến kỳ đánh giá 1" over "· Tự đặt: Chưa nhập 4"), the status
bar 26 → 47 px, the 21 px taken from the entry table: 2 indicators whole at its top instead of 3. The counts now
stay on one line, every count whole; the completeness's words give them the room, cut with "…" after their figure
("Đã nhập 1/7 …"), whole in their tooltip and accessible name."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press, shot, type_text
from tests.ui.test_bigger_text_message_lines import code_of
from tests.ui.test_bigger_text_rows_in_sight import in_sight_from, opened, scrollable_tops
from tests.ui.test_entry_lines_1366 import go_to

COUNTS = ("Tỉnh giao 8:", "Chưa nhập 6", "Đang thực hiện 1", "Chưa đến kỳ đánh giá 1", "Tự đặt:", "Chưa nhập 4")


def at_the_top(window) -> int:
    table = window.table
    return in_sight_from(table, scrollable_tops(table)[0])


@pytest.mark.parametrize("percent, whole_rows", [(100, 8), (125, 5), (150, 3)])
def test_the_first_save_keeps_the_status_bar_one_line(qtbot, make_window, workspace, text_size, percent, whole_rows):
    text_size(percent)
    window = opened(make_window, workspace)
    bar, summary, words = window.statusBar(), window.summary_label, window.completeness_label
    before = bar.height()
    go_to(window, code_of(window, 1), "value")
    type_text("120000")
    press(Qt.Key.Key_Return)
    for _ in range(3):  # the bar laid out again once its words and counts are
        QApplication.processEvents()
    shot(window, f"s129_status_after_save_{percent}")
    assert window.completeness.isVisible()  # the bar, shown once something is entered
    assert bar.height() == before, (before, bar.height(), summary.shown_lines())
    assert len(summary.shown_lines()) == 1 and not summary.is_elided(), summary.shown_lines()
    assert all(count in summary.text() for count in COUNTS), summary.text()
    whole = "Đã nhập 1/7 chỉ tiêu cần nhập kỳ này"
    assert words.text() == whole and words.accessibleName() == whole
    assert not words.is_elided() or words.toolTip() == whole
    shown = words.fontMetrics().elidedText(whole, Qt.TextElideMode.ElideRight, words.contentsRect().width())
    assert shown.startswith("Đã nhập 1/7"), shown  # the figure itself never cut
    assert at_the_top(window) == whole_rows
