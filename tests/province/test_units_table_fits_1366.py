""""Tình hình gửi báo cáo" at 1366×768 with the 92 units fits the window's width (walk U1 F2): it
needed a sideways scroll, "Lập lúc" and "Loại" past the right edge and the refused file's note cut to
"Đã bị sửa: Số liệu trang "Dữ…". Now every column and its header is in sight as the window opens, the
longest unit names whole, and the note fills what the others leave, cut at a word, whole in its
tooltip. In English (wider statuses and headers, "commune" kept whole) no sideways scroll either since
7faa8d7: the file's name and the unit's type give down to their header's word, the note to its fewest."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop_app.core.consolidation import ReportStatus
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui import i18n
from ui.province_intake_rows import COMPLETENESS_HEADERS, FILE, NOTE
from ui.province_note_column import NOTE_LEAST

TODAY = dt.date(2026, 7, 6)
TYPE = COMPLETENESS_HEADERS.index("Type")


def settled(qtbot, window):
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.table.isVisible)
    for _ in range(3):  # the note fills the room once the event loop is back
        QApplication.processEvents()
    return window.table


def assert_fits(table, office, english: bool = False) -> None:
    header, edge = table.horizontalHeader(), table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0  # in English too (walk U15: the file's name past the edge)
    for col in range(len(COMPLETENESS_HEADERS)):
        name = table.model().headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionViewportPosition(col) + header.sectionSize(col) <= edge, name
        if english and col == NOTE:  # beside the wide statuses and keys: "Note (i…", whole in its tooltip
            assert header.sectionSize(col) >= header.fontMetrics().averageCharWidth() * NOTE_LEAST
        elif english and col in (FILE, TYPE):  # gave down to its header's word, each cell whole in its tooltip
            assert header.sectionSize(col) > header.fontMetrics().horizontalAdvance(name), name
        else:
            assert header.sectionSize(col) >= header.sectionSizeHint(col), name  # the header's words whole
    if not english:
        assert sum(header.sectionSize(col) for col in range(header.count())) == edge  # the note fills the rest
    longest = max(table.fontMetrics().horizontalAdvance(c.name) for c in office.catalog.communes)
    assert table.columnWidth(2) > longest  # Phường Phan Đình Phùng, Xã Nghinh Tường … whole
    assert table.model().rowCount() == 92


@pytest.mark.parametrize("read", [False, True], ids=["nothing-read", "files-read"])
def test_the_units_table_fits_the_window_without_scrolling_sideways(qtbot, office, inbox, read):
    window = shown_window(qtbot, office, PERIOD, TODAY)
    if read:
        with qtbot.waitSignal(window.intake_done, timeout=30000):
            window.start_intake(inbox["folder"], dt.date(2026, 6, 19))
    table = settled(qtbot, window)
    assert_fits(table, office)
    table.selectRow(8)  # a row chosen: the headers are not made bold, wider than their sections ("Chữ ký / số (P…")
    QApplication.processEvents()
    assert not table.horizontalHeader().highlightSections()
    assert_fits(table, office)


def test_in_english_every_column_is_in_sight(qtbot, office, inbox):
    window = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"], dt.date(2026, 6, 19))
    try:
        i18n.install_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: window.model.headerData(4, Qt.Orientation.Horizontal) == "Status")
        assert_fits(settled(qtbot, window), office, english=True)
    finally:
        i18n.install_language(i18n.VIETNAMESE)


def test_the_refused_files_note_is_cut_at_a_word_and_whole_in_its_tooltip(qtbot, office, inbox):
    window = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"], dt.date(2026, 6, 19))
    table = settled(qtbot, window)
    proxy = table.model()
    row = next(r for r in range(proxy.rowCount())
               if window.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].status == ReportStatus.BI_TU_CHOI)
    index = proxy.index(row, NOTE)
    whole = index.data()
    assert whole.startswith("Đã bị sửa: Số liệu trang \"Dữ liệu\"")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == whole
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForColumn(NOTE).initStyleOption(option, index)
    assert option.text.endswith("…") and whole.startswith(option.text[:-1])
    assert table.viewport().rect().contains(option.rect)  # the cell in sight
