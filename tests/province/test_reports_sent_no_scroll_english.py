"""Both receiving tabs at 1366×768 need no sideways scroll in English either (walk U15: a provincial
reviewer reading English scrolled "Reports sent" sideways, the file's name past the right edge,
beside the wide statuses "Late, another key awaiting confirmation", "Draft, late, key awaiting
confirmation"). Once the note is at its fewest the file's name, then the unit's type (its name says
"Xã …", "Phường …"), give down to their header's word, each whole in its tooltip; every status whole."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD
from tests.province.helpers import make_submissions, shown_window
from tests.ui.conftest import shot
from ui import i18n
from ui.province_intake_rows import COMPLETENESS_HEADERS, INTAKE_HEADERS

STATUS, TYPE = COMPLETENESS_HEADERS.index("Status"), COMPLETENESS_HEADERS.index("Type")


@pytest.fixture
def window(qtbot, office, inbox, tmp_path):
    """Every file late (received 05/07/2026), one unit's report also from a reinstalled laptop after its
    first key was confirmed: its status "Trễ hạn, khóa khác chờ xác nhận"."""
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    with qtbot.waitSignal(w.intake_done, timeout=60000):
        w.start_intake(inbox["folder"], dt.date(2026, 7, 5))
    unit = inbox["units"][2]
    office.confirm_key(unit, office.keys(unit)[0].key_code)
    ws, _ = make_submissions(tmp_path / "may-cai-lai", [unit], PERIOD, data_dir=tmp_path / "may-cai-lai-db")
    ws.close()
    with qtbot.waitSignal(w.intake_done, timeout=60000):
        w.start_intake(tmp_path / "may-cai-lai", dt.date(2026, 7, 5))
    yield w
    i18n.install_language(i18n.VIETNAMESE)


def settled(qtbot, window, language, tab: int):
    i18n.install_language(language)
    words = "Status" if language == i18n.ENGLISH else "Tình trạng"
    qtbot.waitUntil(lambda: window.model.headerData(STATUS, Qt.Orientation.Horizontal) == words)
    window.tabs.setCurrentIndex(tab)
    table = window.table if tab == 0 else window.intake_table
    qtbot.waitUntil(table.isVisible)
    for _ in range(4):  # the note and the reason fill the room once the event loop is back
        QApplication.processEvents()
    return table


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_every_column_of_both_tabs_in_sight_without_scrolling_sideways(qtbot, window, language):
    statuses = {u.status_text for u in window.model.rows}
    assert "Trễ hạn, khóa khác chờ xác nhận" in statuses and "Dự thảo, trễ hạn, khóa chờ xác nhận" in statuses
    for tab, headers in ((0, COMPLETENESS_HEADERS), (1, INTAKE_HEADERS)):
        table = settled(qtbot, window, language, tab)
        shot(window, f"s97_no_scroll_{language}_{tab}")
        header, edge = table.horizontalHeader(), table.viewport().width()
        assert window.width() == 1366 and table.horizontalScrollBar().maximum() == 0, (language, tab)
        for col, name in enumerate(headers):
            assert header.sectionViewportPosition(col) + header.sectionSize(col) <= edge, (language, name)
            words = str(table.model().headerData(col, Qt.Orientation.Horizontal)).split("\n")
            if name != "Note":  # the note's header may end "Note (i…" in English (whole in its tooltip)
                assert max(map(header.fontMetrics().horizontalAdvance, words)) < header.sectionSize(col), name
    table = window.table
    assert table.columnWidth(STATUS) >= table.sizeHintForColumn(STATUS)  # "Late, another key awaiting confirmation"
    model = table.model()
    for row in range(model.rowCount()):  # a column that gave is whole in its tooltip
        for col in (TYPE, COMPLETENESS_HEADERS.index("File")):
            index = model.index(row, col)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
