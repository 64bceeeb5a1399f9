"""The last column in sight of "Tình hình gửi báo cáo" at 1366×768 (walk 6, finding 4): its header
read "Chữ ký số (": the column kept Qt's 100 px, narrower than its header, and before any file
was read it straddled the table's edge. Now it is as wide as its header in either language,
and with nothing read yet (the longest unit names listed) the note gives way so that it shows
whole; once files are read no column but the file's name is cut by the table's edge (walk 15, L8:
"Loại" read "Loạ" beside "Đã nhận, khóa chờ xác nhận"), the note filling what the others leave
(walk U1 F2: tests/province/test_units_table_fits_1366.py)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from ui import i18n
from ui.province_intake_rows import COMPLETENESS_HEADERS, FILE, NOTE
from ui.province_note_column import NOTE_LEAST

TODAY = dt.date(2026, 7, 6)
SIGNATURE = COMPLETENESS_HEADERS.index("Digital signature (PDF)")


def settled(qtbot, window) -> None:
    """The status tab shown and its columns fitted (the note narrows once the event loop is back)."""
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(window.table.isVisible)
    for _ in range(3):
        QApplication.processEvents()


def whole(table, col: int) -> bool:
    """The header's words fit its section: as wide as the style asks for them, and wider than the
    words themselves in the header's font."""
    header = table.horizontalHeader()
    lines = table.model().headerData(col, Qt.Orientation.Horizontal).split("\n")  # some on two lines
    return (header.sectionSize(col) >= header.sectionSizeHint(col)
            and max(map(header.fontMetrics().horizontalAdvance, lines)) < header.sectionSize(col))


def in_sight(table, col: int) -> bool:
    header = table.horizontalHeader()
    return header.sectionViewportPosition(col) + header.sectionSize(col) <= table.viewport().width()


def cut_at_the_edge(table) -> list[int]:
    """The columns, but the last (the file's name, cut if it must), that the table's right edge cuts
    as it opens (not scrolled): begun in sight, ended out of it."""
    header, edge = table.horizontalHeader(), table.viewport().width()
    last = header.logicalIndex(header.count() - 1)
    return [col for col in range(header.count()) if col != last
            and header.sectionViewportPosition(col) < edge < header.sectionViewportPosition(col) + header.sectionSize(col)]


def test_before_any_file_the_signature_column_is_whole_and_in_sight(qtbot, office):
    """Nothing read yet, 92 units listed: "Chữ ký số (PDF)" whole and in sight, the longest unit
    name whole, the note narrowed but no narrower than its header; the file's name after it."""
    window = shown_window(qtbot, office, PERIOD, TODAY)
    settled(qtbot, window)
    table = window.table
    qtbot.waitUntil(lambda: in_sight(table, SIGNATURE), timeout=10000)
    assert window.model.headerData(SIGNATURE, Qt.Orientation.Horizontal) == "Chữ ký số (PDF)"
    assert table.model().headerData(SIGNATURE, Qt.Orientation.Horizontal) == "Chữ ký\nsố (PDF)"  # as shown
    assert whole(table, SIGNATURE)
    header = table.horizontalHeader()
    longest = max(table.fontMetrics().horizontalAdvance(c.name) for c in office.catalog.communes)
    assert table.columnWidth(2) > longest
    assert header.sectionSizeHint(NOTE) <= table.columnWidth(NOTE)  # it fills what the others leave (walk U1 F2)
    assert all(in_sight(table, col) for col in range(len(COMPLETENESS_HEADERS))
               if col != COMPLETENESS_HEADERS.index("File"))


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_with_files_read_the_signature_header_is_whole(qtbot, office, inbox, language):
    """Files read (the statuses and keys wide): every header whole in either language, "Digital
    signature (PDF)" too, in sight without scrolling (beside the status: red-team R4 F4); no column
    but the file's name cut by the table's edge. The note no narrower than its header in Vietnamese;
    in English, where the statuses, keys and the signature's header leave it less, it ends at the
    edge, its header "Note (in Vi…" (whole in its tooltip and the note under the table)."""
    window = shown_window(qtbot, office, PERIOD, TODAY)
    with qtbot.waitSignal(window.intake_done, timeout=30000):
        window.start_intake(inbox["folder"], dt.date(2026, 7, 5))
    try:
        i18n.install_language(language)
        words = "Status" if language == i18n.ENGLISH else "Tình trạng"
        qtbot.waitUntil(lambda: window.model.headerData(4, Qt.Orientation.Horizontal) == words)
        settled(qtbot, window)
        table = window.table
        header = table.horizontalHeader()
        assert in_sight(table, SIGNATURE)
        if language == i18n.VIETNAMESE:
            assert header.sectionSizeHint(NOTE) <= table.columnWidth(NOTE)
        else:  # the other columns as narrow as they go: the note NOTE_LEAST characters wide
            assert table.columnWidth(NOTE) >= header.fontMetrics().averageCharWidth() * NOTE_LEAST
            assert header.textElideMode() == Qt.TextElideMode.ElideRight  # "Note (i…", not clipped
        for col in range(len(COMPLETENESS_HEADERS)):
            if col == FILE and language == i18n.ENGLISH:  # its word whole, not the sort arrow's room (walk U15)
                assert header.fontMetrics().horizontalAdvance("File") < header.sectionSize(col)
            elif col != NOTE or language == i18n.VIETNAMESE:
                assert whole(table, col), table.model().headerData(col, Qt.Orientation.Horizontal)
        assert not cut_at_the_edge(table), table.model().headerData(cut_at_the_edge(table)[0], Qt.Orientation.Horizontal)
    finally:
        i18n.install_language(i18n.VIETNAMESE)
