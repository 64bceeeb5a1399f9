"""The period list's "Nhập" column counts a period as the status bar does (walk h4 follow-up): with
rows typed whose result waits for the start-of-term figure, the bar said "Có kết quả 1/7 chỉ tiêu cần
nhập kỳ này, 1 chờ số liệu đầu nhiệm kỳ" and the list "1/7" for the same period, read as six rows not
typed. The cell now says the rows waiting apart, its tooltip the bar's sentence, and it is read whole."""
from __future__ import annotations

import re

from desktop_app.core.periods import Period
from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import ENTER, TAB, go_to

BAR = "Có kết quả 1/7 chỉ tiêu cần nhập kỳ này, 1 chờ số liệu đầu nhiệm kỳ"


def test_the_period_list_and_the_status_bar_count_a_row_waiting_alike(qtbot, window):
    go_to(window, "bhyt", "numerator")
    for figure in ("9.500", "10.000"):
        type_text(figure)
        press(TAB)
    go_to(window, "giam_ngheo", "numerator")  # no start-of-term poverty rate yet: no result
    type_text("312")
    press(TAB)
    type_text("12.480")
    press(ENTER)
    item = window.navigator._items[Period(2026, "6M")]
    qtbot.waitUntil(lambda: item.toolTip(1) == BAR, timeout=10000)  # the list follows a moment after the edits
    assert window.completeness_label.text() == BAR
    assert re.findall(r"\d+", item.text(1)) == re.findall(r"\d+", BAR) == ["1", "7", "1"]
    assert item.text(1) == "1/7, 1 chờ"
    assert item.toolTip(3).startswith(f"Đang nhập: {BAR}")
    nav = window.navigator
    for column in (1, 3):  # read whole: the list widened for it
        assert nav.fontMetrics().horizontalAdvance(item.text(column)) < nav.columnWidth(column), column
    assert window.splitter.sizes()[0] >= nav.fitted_width()
    # another period without a row waiting: its count alone, and the bar's words in its tooltip
    other = nav._items[Period(2026, "9M")]
    assert (other.text(1), other.toolTip(1)) == ("0/7", "Đã nhập 0/7 chỉ tiêu cần nhập kỳ này")
