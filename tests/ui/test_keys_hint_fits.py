"""The keys' line under the entry table is read whole on a 1280×720 and a 1366×768 laptop, with
the catalogue's widest unit names, in Vietnamese and English: where one line does not hold it,
it wraps between its parts, never cut ("… Ctrl+Z: hoàn tác · F6: danh sá…" at 1280, walk 12
finding 8), and the table keeps its Ghi chú column and the buttons their place (beside the tabs)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.ui.test_small_screens import SCREENS, WIDEST_UNITS, laid_out, outside

SEPARATOR = " · "


def shown_lines(label) -> list[str]:
    """The lines the label draws (a one-line label: its text, whatever it paints)."""
    lines = getattr(label, "shown_lines", None)
    return lines() if lines else [label.text()]


def read_whole(label) -> None:
    lines = shown_lines(label)
    room = label.contentsRect().width()
    metrics = label.fontMetrics()
    assert [metrics.horizontalAdvance(line) <= room for line in lines] == [True] * len(lines), (lines, room)
    parts = [p for line in lines for p in line.split(SEPARATOR)]
    assert parts == label.text().split(SEPARATOR)  # every part, whole, in order; no line ends with " ·"
    assert label.height() >= len(lines) * metrics.lineSpacing()  # every line in the label's height


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SCREENS, ids=["1366x768", "1280x720"])
@pytest.mark.parametrize("unit", WIDEST_UNITS)
def test_the_keys_line_is_read_whole(qtbot, data_dir, unit, size, language, english):
    window = laid_out(qtbot, data_dir, unit, size)
    if language == "en":
        english()
        QApplication.processEvents()
    hint = window.keys_hint
    assert ("F6: danh sách kỳ" if language == "vi" else "F6: periods") in hint.text()
    read_whole(hint)
    if size == (1366, 768):  # room for it on one line
        assert len(shown_lines(hint)) == 1
    assert outside(window, *size) == []
    # the buttons beside the tabs, after them; the keys' line under the table
    tabs = window.tabs.tabBar()
    assert window.undo_button.mapTo(window, QPoint(0, 0)).x() > tabs.mapTo(window, tabs.rect().topRight()).x()
    table = window.table
    assert hint.mapTo(window, QPoint(0, 0)).y() > table.mapTo(window, table.rect().bottomLeft()).y()
