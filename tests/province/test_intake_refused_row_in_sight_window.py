"""Walk 28, M1: at 1366×728, after a folder of 92 files with one refused file was read, the
window chose the refused file and showed its red reason under the table, but its row lay just
below the table's edge: the table had been scrolled to it before the reason, three lines long,
took room from the table. The chosen row stays whole in sight, after the reading and when the
keyboard moves onto a file whose reason is longer."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from tests.province.conftest import PERIOD, tamper

TODAY = dt.date(2026, 7, 1)
REFUSED = 40  # in the folder's order: well below the table's first screen


@pytest.fixture
def window(qtbot, office, inbox_92, tmp_path):
    from ui.province_window import ProvinceWindow

    folder = tmp_path / "inbox"
    shutil.copytree(inbox_92, folder)
    changed = sorted(folder.glob("*.xlsx"))[REFUSED]
    tamper(changed, changed, column="numerator", new="1E+300000000")  # refused: its reason three lines long
    w = ProvinceWindow(office.ws, today=TODAY)
    w.period_box.setCurrentIndex(w.period_box.findData(PERIOD))
    qtbot.addWidget(w)
    w.resize(1366, 728)
    w.show()
    qtbot.waitExposed(w)
    with qtbot.waitSignal(w.intake_done, timeout=60000):
        w.start_intake(folder, TODAY)
    return w


def _in_sight(table) -> None:
    """The current row whole inside the table's viewport, once the layout has settled (the
    reason's new height reaches the table through posted layout requests)."""
    QTest.qWait(50)
    rect = table.visualRect(table.currentIndex())
    assert rect.isValid() and table.viewport().rect().contains(rect), (rect, table.viewport().rect())


def test_the_refused_file_chosen_after_reading_is_in_sight(qtbot, window):
    table = window.intake_table
    row = window.intake_proxy.mapToSource(table.currentIndex()).row()
    assert not window.intake_model.rows[row].accepted
    assert window.file_reason.text().count("\n") or len(window.file_reason.text()) > 150  # the long reason shown
    _in_sight(table)


def test_a_file_reached_by_the_keyboard_is_in_sight(qtbot, window):
    """No file chosen (the one-line hint under the table), then the last file's name typed in
    the table (Qt's search by the first letters): its reason, two lines, takes room from the
    table; its row stays whole."""
    table = window.intake_table
    table.setFocus()
    table.setCurrentIndex(QModelIndex())
    QTest.qWait(50)  # the hint's layout settles: the table at its tallest
    assert not table.currentIndex().isValid()
    assert window.file_title.text() == "Chọn một tệp để đọc đầy đủ lý do ở đây."
    last = window.intake_proxy.rowCount() - 1
    QTest.keyClicks(table, window.intake_proxy.index(last, 0).data())
    assert table.currentIndex().row() == last
    _in_sight(table)
