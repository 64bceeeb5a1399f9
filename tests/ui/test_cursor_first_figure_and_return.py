"""Walk U3: where the keyboard puts the cursor in the entry table.

F1: Ctrl+Home went to the heading "Kinh tế" (Qt's first cell), where 2500 typed was refused and
Enter went on to STT; Ctrl+Home and Ctrl+End now go to the table's first and last figure cell, as
a spreadsheet's go to its first and last cell, in an approved period too, and PgUp / PgDown never
stop on a heading. F2: the window opened again on the period the officer left but at its first
row; it now opens at the indicator (by its code) and the column they left, in that period, each
person their own; an indicator no longer there gives the first cell to type in."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.core.periods import Period
from tests.core.test_workflow import approved_office, as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press, type_text
from ui.entry_model import Col
from ui.preferences import UserPreferences

CTRL = Qt.KeyboardModifier.ControlModifier
NINE_MONTHS, SIX_MONTHS, YEAR = Period(2026, "9M"), Period(2026, "6M"), Period(2026, "Y")


def data_rows(window) -> list[int]:
    return [r for r in range(window.model.rowCount()) if window.model.row_at(r) is not None]


def figure_cells(window, row: int) -> list[int]:
    return [c for c in (Col.IN1, Col.IN2) if window.model.is_editable(window.model.index(row, c))]


def at(window) -> tuple[str | None, int]:
    index = window.table.currentIndex()
    row = window.model.row_at(index)
    return (row.indicator.code if row is not None else None), index.column()


def test_ctrl_home_goes_to_the_first_figure_and_takes_it(window, workspace):
    """The walk's keys: 9 tháng, Ctrl+Home, 2500, Enter."""
    window.navigator.select(NINE_MONTHS)
    window.table.setFocus()
    press(Qt.Key.Key_End, CTRL)
    press(Qt.Key.Key_Home, CTRL)
    rows = data_rows(window)
    first = window.model.row_at(rows[0]).indicator.code
    assert at(window) == (first, Col.IN1)
    type_text("2500")
    press(Qt.Key.Key_Return)
    assert "dòng tên nhóm" not in window.feedback.text() and window.feedback.text().startswith("Đã lưu")
    row = workspace.row(NINE_MONTHS, first)
    assert Decimal(2500) in (row.entry.value, row.entry.numerator)
    assert window.table.currentIndex().row() == rows[1]  # Enter went down, in the figure's column
    assert window.table.currentIndex().column() == Col.IN1


def test_ctrl_end_goes_to_the_last_figure_not_the_comment(window):
    window.navigator.select(NINE_MONTHS)
    window.table.setFocus()
    press(Qt.Key.Key_End, CTRL)
    last = data_rows(window)[-1]
    assert window.table.currentIndex().row() == last
    assert window.table.currentIndex().column() == figure_cells(window, last)[-1]
    press(Qt.Key.Key_Home, CTRL)
    press(Qt.Key.Key_End, CTRL)
    assert window.table.currentIndex().row() == last


def test_page_down_and_page_up_never_stop_on_a_heading(window):
    """From every indicator's figure, PgDown then PgUp: an indicator's row each time, the column kept."""
    window.navigator.select(YEAR)
    window.table.setFocus()
    rows = data_rows(window)
    for start in rows:
        for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            window.table.setCurrentIndex(window.model.index(start, Col.IN1))
            press(key)
            index = window.table.currentIndex()
            assert index.row() in rows and index.column() == Col.IN1, (start, key, index.row())


def test_an_approved_periods_ctrl_home_lands_on_a_figure(make_window, office):  # noqa: F811
    approved_office(office)
    window = make_window(office)
    window.navigator.select(YEAR)
    window.table.setFocus()
    assert window.table.read_only
    press(Qt.Key.Key_End, CTRL)
    assert window.model.row_at(window.table.currentIndex()) is not None
    press(Qt.Key.Key_Home, CTRL)
    assert at(window) == (window.model.row_at(data_rows(window)[0]).indicator.code, Col.IN1)
    type_text("5")  # the period's reason, said where the cursor is (not the heading's words)
    assert "dòng tên nhóm" not in window.feedback.text() and "duyệt" in window.feedback.text()


def test_the_window_opens_again_at_the_cell_the_officer_left(make_window, office):  # noqa: F811
    """The walk's keys: 6 tháng, four rows down, a Tab to the second figure, the window closed."""
    as_(office, "canbo")
    first = make_window(office)
    assert first.period == SIX_MONTHS
    for _ in range(4):
        press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Tab)
    left = at(first)
    assert left[0] != first.model.row_at(data_rows(first)[0]).indicator.code
    first.close()
    again = make_window(office)
    assert again.period == SIX_MONTHS and at(again) == left
    folder = Path(office.store.path).parent
    assert UserPreferences(folder, "canbo").last_cell(SIX_MONTHS) == (left[0], Col(left[1]).name)
    # each person their own: the leader opens at the first figure, then the officer again at theirs
    again.close()
    as_(office, "lanhdao")
    leader = make_window(office)
    assert at(leader) == (leader.model.row_at(data_rows(leader)[0]).indicator.code, Col.IN1)
    leader.close()
    as_(office, "canbo")
    assert at(make_window(office)) == left


def test_an_indicator_no_longer_there_opens_at_the_first_figure(make_window, office):  # noqa: F811
    as_(office, "canbo")
    first = make_window(office)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    first.close()
    prefs = UserPreferences(Path(office.store.path).parent, "canbo")
    assert prefs.last_cell(SIX_MONTHS) is not None
    prefs.set_last_cell(SIX_MONTHS, "chi_tieu_da_bo", "IN2")  # a catalogue update took it away
    again = make_window(office)
    assert at(again) == (again.model.row_at(data_rows(again)[0]).indicator.code, Col.IN1)
