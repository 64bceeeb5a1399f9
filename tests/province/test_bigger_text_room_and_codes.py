"""With Windows' "Make text bigger" at 150 % (the system font 13,5 pt instead of 9) on a 1366×728 laptop,
92 units' files read (helper S108, after walk S106): "Tình hình gửi báo cáo" has every column in view, no
sideways scroll bar ("Loại", "Tệp" and part of "Lập lúc" were 87 px past the edge); the key codes a reviewer
compares with the paper are as big as the words around them in the key register and in Xác nhận khóa's
field (they stayed at 9 points). At 100 % nothing changes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from tests.province.test_province_text_bigger import (  # noqa: F401 (fixtures)
    MARGINS,
    beyond_view,
    open_window,
    settle,
    text_size,
)
from tests.ui.conftest import shot
from ui.province_intake_rows import COMPLETENESS_HEADERS

NAME = COMPLETENESS_HEADERS.index("Commune or ward")
FINGERPRINT = COMPLETENESS_HEADERS.index("Fingerprint")


@pytest.mark.parametrize("percent", [100, 150])
def test_every_column_of_reports_sent_in_view(qtbot, open_window, text_size, percent):  # noqa: F811
    """At 150 % the columns took 1.401 px of a 1.314 px view (walk S106, after 15317ff): "Loại", "Tệp"
    and part of "Lập lúc" reached only by scrolling sideways. Now the PDF's signature goes down to its
    header's words, the note to its header's, and last the longest units' names are cut with "…" (whole in
    their tooltip); every header's words whole, the fingerprint whole."""
    text_size(percent)
    window = open_window()
    settle(qtbot, window, 0)
    table, model = window.table, window.table.model()
    shot(window, f"s108_reports_sent_{percent}")
    assert beyond_view(table) == []
    assert table.horizontalScrollBar().maximum() == 0, "a sideways scroll bar"
    for col in range(model.columnCount()):  # the headers' words whole (the sort arrow's room aside)
        if not table.isColumnHidden(col):
            assert window._header_words(col) <= table.columnWidth(col), model.headerData(col, Qt.Orientation.Horizontal)
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        fingerprint, name = model.index(row, FINGERPRINT), model.index(row, NAME)
        assert metrics.horizontalAdvance(fingerprint.data()) + MARGINS <= table.columnWidth(FINGERPRINT)
        assert name.data() in name.data(Qt.ItemDataRole.ToolTipRole)
        if percent == 100:  # every name whole, as before
            assert metrics.horizontalAdvance(name.data()) + MARGINS <= table.columnWidth(NAME), name.data()


@pytest.mark.parametrize("percent", [100, 150])
def test_key_codes_as_big_as_the_words(qtbot, open_window, text_size, percent):  # noqa: F811
    """The key register's codes and Xác nhận khóa's field were in the system's fixed font at 9 points
    whatever the text's size: at 150 % a code read two thirds as big as the unit's name beside it."""
    from ui.province_key_dialog import KeyConfirmDialog

    text_size(percent)
    window = open_window()
    settle(qtbot, window, 4)
    table = window.keys_tab.table
    code_font = table.model().index(0, 2).data(Qt.ItemDataRole.FontRole)
    usual = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).pointSizeF()
    words = QApplication.font().pointSizeF()
    dialog = KeyConfirmDialog(None, "05443", "Phường Phan Đình Phùng")
    qtbot.addWidget(dialog)
    dialog.code.setText("K7QX-3M2P-ABCD-EFGH")
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(window, f"s108_keys_{percent}")
    shot(dialog, f"s108_key_confirm_{percent}")
    for font in (code_font, dialog.code.font()):
        if percent == 100:
            assert font.pointSizeF() == usual
        else:
            assert font.pointSizeF() >= words * usual / 9 - 0.25, (font.pointSizeF(), words)
    assert beyond_view(table) == [], "the bigger codes pushed the register past its view"
