"""Walk 12 #5: in "Tình hình gửi báo cáo", Enter or Down in the search field puts the keyboard on
the first unit found, chosen, its whole note under the table; the keys stayed in the field (Tab,
Tab past Tình trạng, Down were needed). Up and Down then move in the table as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.catalog import fold
from desktop_app.core.consolidation import ReportStatus
from tests.province import status_units
from tests.province.helpers import shown_window
from tests.ui.conftest import press, type_text


@pytest.fixture
def window(qtbot, office):
    w = shown_window(qtbot, office, status_units.PERIOD, status_units.TODAY)
    status_units.show(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    w.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.search, timeout=10000)
    return w


def chosen(window) -> list[str]:
    """The names of the rows chosen in the table."""
    return [window.proxy.index(i.row(), 2).data() for i in window.table.selectionModel().selectedRows()]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down])
def test_enter_or_down_in_the_search_goes_to_the_unit_found(qtbot, window, key):
    refused = next(u for u in window.model.rows if u.status == ReportStatus.BI_TU_CHOI)
    type_text(fold(refused.name).lower())  # without accents, as people type
    assert window.proxy.rowCount() >= 1
    press(key)
    assert QApplication.focusWidget() is window.table
    assert window.table.currentIndex().row() == 0
    assert chosen(window) == [window.proxy.index(0, 2).data()]
    first = window.proxy.index(0, 2).data()
    assert window.unit_note.text().startswith(f"{first}: ")
    if first == refused.name:
        assert refused.reason in window.unit_note.text()


def test_up_and_down_move_in_the_table_after_it(qtbot, window):
    type_text("phuong")
    found = [window.proxy.index(r, 2).data() for r in range(window.proxy.rowCount())]
    assert len(found) > 3 and all("phuong" in fold(name).lower() for name in found)
    press(Qt.Key.Key_Down)
    assert chosen(window) == found[:1]
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert chosen(window) == [found[2]] and QApplication.focusWidget() is window.table
    assert window.unit_note.text().startswith(f"{found[2]}: ")
    press(Qt.Key.Key_Up)
    assert chosen(window) == [found[1]]


def test_nothing_found_the_keys_stay_in_the_search(qtbot, window):
    type_text("khong co xa nay")
    assert window.proxy.rowCount() == 0
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search
    assert window.search.text() == "khong co xa nay"
