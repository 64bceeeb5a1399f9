"""The filters of "Tình hình gửi báo cáo" and "Khóa ký" after the interface is switched to English
at 1366×768: each box as wide as its longest choice. Sized once, when first shown in Vietnamese, the
status box read "Awaiting the province's k" once that choice was made (its 33 characters in a box
sized for "Chờ tỉnh đối chiếu khóa")."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui import i18n


def wide_enough(box: QComboBox) -> int:
    """The width a box holding `box`'s choices asks for, each whole."""
    same = QComboBox()
    same.setFont(box.font())
    same.addItems([box.itemText(i) for i in range(box.count())])
    return same.sizeHint().width()


def test_each_filter_shows_its_longest_choice_whole_in_english(qtbot, received):
    office, _ = received
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Reports &sent", timeout=10000)
    for page, box in ((0, window.status_box), (window.tabs.indexOf(window.keys_tab), window.keys_tab.state_box)):
        window.tabs.setCurrentIndex(page)
        longest = max(range(box.count()), key=lambda i: box.fontMetrics().horizontalAdvance(box.itemText(i)))
        box.setCurrentIndex(longest)
        qtbot.waitUntil(lambda box=box: box.width() >= wide_enough(box), timeout=5000)  # the layout, posted
        assert box.currentText() in ("Awaiting the province's key check", "Awaiting confirmation")
