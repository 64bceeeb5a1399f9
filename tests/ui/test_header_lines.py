"""A header's words on two lines ("Chữ ký\nsố (PDF)") are cut line by line (ui/header_lines.py, helper S108):
Qt cut them as one line, so at Windows' 150 % the PDF's signature's header read "Chữ k…" in a column as wide
as "số (PDF)", each of its lines fitting. Where the lines fit, the header is drawn whole, as with no cutting;
where one does not, that line ends with "…"."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QTableView

from ui.header_lines import lines_elided

WORDS = "Chữ ký\nsố (PDF)"


def _header(qtbot, width: int, mode: Qt.TextElideMode, lines: bool):
    model = QStandardItemModel(2, 2)
    model.setHorizontalHeaderLabels([WORDS, "Tệp"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    header = table.horizontalHeader()
    header.setTextElideMode(mode)
    if lines:
        lines_elided(header)
    font = QFont(QApplication.font())
    font.setPointSizeF(13.5)  # Windows' 150 %
    table.setFont(font)
    header.setFont(font)
    table.setColumnWidth(0, width)
    table.resize(400, 160)
    table.show()
    qtbot.waitExposed(table)
    return table


def _drawn(qtbot, width: int, mode: Qt.TextElideMode, lines: bool):
    """The header as it is drawn."""
    table = _header(qtbot, width, mode, lines)
    return table.horizontalHeader().grab().toImage()


def _words_width(table) -> int:
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return max(header.fontMetrics().horizontalAdvance(line) for line in WORDS.split("\n")) + 2 * margin + 2


def test_two_lines_that_fit_are_drawn_whole(qtbot):
    probe = _header(qtbot, 200, Qt.TextElideMode.ElideNone, False)
    width = _words_width(probe)  # each line fits; the words on one line do not
    assert probe.horizontalHeader().fontMetrics().horizontalAdvance(WORDS.replace("\n", " ")) > width
    whole = _drawn(qtbot, width, Qt.TextElideMode.ElideNone, False)
    cut_whole = _drawn(qtbot, width, Qt.TextElideMode.ElideRight, False)
    by_lines = _drawn(qtbot, width, Qt.TextElideMode.ElideRight, True)
    assert cut_whole != whole  # before: "Chữ k…"
    assert by_lines == whole


def test_a_line_too_long_still_ends_with_an_ellipsis(qtbot):
    narrow = 50
    whole = _drawn(qtbot, narrow, Qt.TextElideMode.ElideNone, False)
    by_lines = _drawn(qtbot, narrow, Qt.TextElideMode.ElideRight, True)
    assert by_lines != whole
