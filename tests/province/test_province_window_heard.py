"""The province window with a screen reader (walk U26 F3-F5), as the person hears it:

- each table has a name ("table" said alone, four times: which was which?);
- moving down "Tình hình gửi báo cáo" and "Tổng hợp chỉ tiêu", the cell the keyboard is on names
  the row (the unit, the indicator): only the row's number ("2", "7") was said, the unit after a
  Right; a column chosen with Right stays chosen from row to row;
- an action's result, shown only in the status bar ("Đã đọc 8 tệp: …", "Đã sao chép tên … đơn vị
  chưa gửi."), is said aloud; the same action again, again.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.province.test_keys_window import (  # noqa: F401 - fixtures: the e-mailed folder, the window
    mail,
    received,
    window,
)
from tests.ui.conftest import press
from ui import announce
from ui.province_consolidation import SUMMARY_HEADERS_BEFORE
from ui.province_intake_rows import COMPLETENESS_HEADERS

NAME = QAccessible.Text.Name


@pytest.fixture
def announced(monkeypatch):
    """The announcements the window sends a screen reader, in order (through `ui.announce`: patching
    QAccessible.updateAccessibility itself stopped the window's Alt+letters)."""
    said = []
    send = announce.announce

    def record(source, message, assertive=False):
        said.append(message)
        send(source, message, assertive)

    monkeypatch.setattr(announce, "announce", record)
    return said


def heard(table) -> str:
    """What a screen reader says of the cell the keyboard is on in `table`."""
    cell = QAccessible.queryAccessibleInterface(table).focusChild()
    assert cell is not None and cell.role() == QAccessible.Role.Cell
    return cell.text(NAME)


def column_text(table, header: str) -> str:
    """The text of the current row's cell under `header` (the model's column)."""
    model = table.model()
    source = model.sourceModel() if hasattr(model, "sourceModel") else model
    col = source.HEADERS.index(header)
    return table.currentIndex().siblingAtColumn(col).data()


def test_every_table_of_the_window_has_its_own_name(received):  # noqa: F811
    names = [QAccessible.queryAccessibleInterface(t).text(NAME)
             for t in (received.table, received.intake_table, received.summary_table, received.differences_table)]
    assert all(names) and len(set(names)) == 4, names


def test_moving_down_reports_sent_the_unit_is_heard(qtbot, received):  # noqa: F811
    """Tab from the status filter to the table, Down twice: each row reached is heard by its
    unit's name (it was "2", "7"); Right to Tình trạng, then Down: the status is heard, column kept."""
    window = received  # noqa: F811 (the window, once it has read the folder)
    window.tabs.setCurrentIndex(0)
    window.status_box.setFocus()
    press(Qt.Key.Key_Tab)
    table = window.table
    assert QApplication.focusWidget() is table
    for _ in range(2):
        press(Qt.Key.Key_Down)
        name = column_text(table, "Commune or ward")
        assert name and heard(table) == name
        assert table.selectionModel().isRowSelected(table.currentIndex().row())
    press(Qt.Key.Key_Right)  # the column after the unit's: Tình trạng
    status = column_text(table, "Status")
    assert heard(table) == status
    press(Qt.Key.Key_Up)
    assert heard(table) == column_text(table, "Status")
    press(Qt.Key.Key_Left)  # Left within the row: the person's own column, past the name to the code
    press(Qt.Key.Key_Left)
    assert table.currentIndex().column() == COMPLETENESS_HEADERS.index("Code")


def test_moving_down_the_summary_the_indicator_is_heard(received):  # noqa: F811
    window = received  # noqa: F811 (the window, once it has read the folder)
    window.tabs.setCurrentIndex(2)
    table = window.summary_table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):
        press(Qt.Key.Key_Down)
        name = table.currentIndex().siblingAtColumn(SUMMARY_HEADERS_BEFORE.index("Indicator")).data()
        assert name and heard(table) == name


def test_the_files_read_and_the_list_copied_are_said_aloud(qtbot, announced, received):  # noqa: F811
    """The intake's count ("Đã đọc … tệp") and Alt+C's "Đã sao chép tên …" are said as the status
    bar shows them, whole; the list copied again is said again."""
    window = received  # noqa: F811 (the window, once it has read the folder)
    assert window.statusBar().currentMessage() or window.statusBar().accessibleName()
    shown = window.statusBar().accessibleName() or window.statusBar().currentMessage()
    assert shown in announced
    window.copy_button.setFocus()
    before = len(announced)
    press(Qt.Key.Key_Space)
    copied = window.statusBar().currentMessage()
    assert "chưa gửi" in copied and announced[before:] == [copied]
    press(Qt.Key.Key_Space)
    assert announced[before:] == [copied, copied]
