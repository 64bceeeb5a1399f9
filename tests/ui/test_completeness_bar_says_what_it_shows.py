"""Walk U16: the status bar's bar read as "a moving bar", nothing saying what it was: a screen reader said "Mức độ
nhập đủ, 1" (the bar's bare value) and Windows' style runs a glow along a bar partly filled, as along work in
progress. The bar is a measure of the entry: a screen reader now reads what it measures and how far ("Mức độ nhập
đủ: Đã nhập 1/7 chỉ tiêu cần nhập kỳ này"), following each figure typed, and it is drawn still (a style sheet's bar,
which no style animates)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.conftest import press, shot, type_text
from tests.ui.test_entry_form import go_to

ENTER = Qt.Key.Key_Return


def _read(bar) -> str:
    return QAccessible.queryAccessibleInterface(bar).text(QAccessible.Text.Name)


def test_a_screen_reader_reads_what_the_bar_measures(window, workspace):
    window.resize(1366, 768)
    go_to(window, "thu_ngan_sach", "value")
    type_text("50.000")
    press(ENTER)
    bar = window.completeness
    assert bar.isVisible()
    words = window.completeness_label.text()
    assert words.startswith("Đã nhập 1/"), words
    assert _read(bar) == f"Mức độ nhập đủ: {words}", _read(bar)
    go_to(window, "bhyt", "numerator")
    type_text("9.500")
    press(Qt.Key.Key_Tab)
    type_text("10.000")
    press(ENTER)
    assert "Đã nhập 2/" in _read(bar), _read(bar)
    assert "::chunk" in bar.styleSheet()  # drawn by the style sheet: no style's animation
    shot(window, "s93_completeness_bar")
