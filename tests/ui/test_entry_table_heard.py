"""The entry table for a screen reader and on a dark palette (walk U23 F1, F5, F8, F9).

- A figure refused ("9,5,0") is read as typed and not saved, with the refusal; it was read as the
  old figure ("Số người tham gia BHYT: 9.690"), as if saved, the refusal only in a tooltip.
- Every cell names its indicator (the row header is hidden): "Kết quả" read "95,19" alone, the
  start-of-term figure nothing, a group's heading row 8 blank cells; the rows' headers were blank.
- A save and a refusal are said aloud (an announcement), the cursor staying in the table: the line
  under the table changed silently. What is said is the line's words, as it shows them: the table's
  own sentence said an undo "Saved", and after the period was read again named a figure changed
  meanwhile with the one saved.
- A group's heading ("Kinh tế") is drawn dark on its light grey on a dark palette too: it was white.
"""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QColor
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Script, press, shot, type_text
from tests.ui.test_baseline_back_on_row import _save_250
from tests.ui.test_dark_palette_colours import contrast, dark  # noqa: F401 (the fixture: dark mode, High Contrast)
from tests.ui.test_entry_form import TAB
from tests.ui.test_entry_help import PARTY, back_in_the_window
from ui import labels
from ui.announce import shown_words
from ui.baseline_dialog import BaselineDialog
from ui.entry_model import ROW_KIND_ROLE, Col

ENTER = Qt.Key.Key_Return
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def go_to(window, code, field):
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.table.setFocus()


def heard_cell(window, row: int, col: int):
    """The table's cell as a screen reader gets it: through Qt's accessible table."""
    table = QAccessible.queryAccessibleInterface(window.table)
    for i in range(table.childCount()):
        child = table.child(i)
        cell = child.tableCellInterface() if child is not None else None
        if cell is not None and child.role() == QAccessible.Role.Cell and (cell.rowIndex(), cell.columnIndex()) == (row, col):
            return child
    raise AssertionError(f"no accessible cell at {row}, {col}")


def heard(window, code, field) -> tuple[str, str]:
    index = window.model.index_of(code, field)
    cell = heard_cell(window, index.row(), index.column())
    return cell.text(NAME), cell.text(DESCRIPTION)


def test_a_refused_figure_is_heard_as_typed_not_as_the_figure_kept(window):
    go_to(window, "bhyt", "numerator")
    type_text("9690"); press(ENTER)
    name, _ = heard(window, "bhyt", "numerator")
    assert "9.690" in name and "Tỷ lệ người dân tham gia bảo hiểm y tế" in name, name

    go_to(window, "bhyt", "numerator")
    type_text("9,5,0"); press(ENTER)
    index = window.model.index_of("bhyt", "numerator")
    assert window.model.error_at(index) and window.table.currentIndex() == index  # red, the cursor on it
    name, description = heard(window, "bhyt", "numerator")
    assert "9,5,0" in name and "9.690" not in name, name  # what the cell shows, not the figure kept
    assert name.startswith("Số người tham gia BHYT: 9,5,0"), name
    assert description.startswith("✖ Chưa lưu: ") and window.model.error_at(index) in description, description

    press(Qt.Key.Key_Escape)  # dropped: the figure kept is read again
    name, description = heard(window, "bhyt", "numerator")
    assert "9.690" in name and "9,5,0" not in name and "Chưa lưu" not in description


def test_every_cell_names_its_indicator_and_the_group_rows_their_group(window):
    model = window.model
    window.table.resize(1366, 700)
    groups = 0
    for r in range(model.rowCount()):
        header = heard_cell(window, r, 1).tableCellInterface().rowHeaderCells()
        row = model.row_at(r)
        if model.data(model.index(r, 0), ROW_KIND_ROLE) == "group":
            groups += 1
            group = model.data(model.index(r, 0))
            assert [h.text(NAME) for h in header] == [group]
            assert all(group in heard_cell(window, r, c).text(NAME) for c in range(model.columnCount()))
            continue
        said = f"{row.indicator.no}. {labels.short_name(row.indicator)}"
        assert [h.text(NAME) for h in header] == [said]
        for c in range(model.columnCount()):
            name = heard_cell(window, r, c).text(NAME)
            if c in (Col.NO, Col.NAME):
                assert name == f"{row.indicator.no}. {labels.indicator_name(row.indicator)}"
            else:
                assert name.endswith(f" — {said}"), (r, c, name)
                title = model.headerData(c, Qt.Orientation.Horizontal).replace("\n", " ")
                field = model.field_at(model.index(r, c))
                if field is None and model.elsewhere_at(model.index(r, c)) is None:
                    assert name.startswith(f"{title}: "), name  # "Kết quả: 95,19 — 2. Tỷ lệ…"
    assert groups >= 3
    # the start-of-term figure a ratio is taken of, entered elsewhere: named (it was silent)
    elsewhere = [(r, Col.IN2) for r in range(model.rowCount()) if model.elsewhere_at(model.index(r, Col.IN2))]
    assert elsewhere
    for r, c in elsewhere:
        name = heard_cell(window, r, c).text(NAME)
        assert name.startswith(labels.field_label(model.row_at(r).indicator.baseline) + ": "), name


@pytest.fixture
def announced(monkeypatch):
    """The announcements the window sends a screen reader: (message, assertive) in order."""
    said = []
    send = QAccessible.updateAccessibility

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append((event.message(), event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        send(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return said


def line_under_the_table(window) -> str:
    """The last action's result as the line under the table shows it: its words, without markup."""
    return shown_words(window.feedback)


def said_after(qtbot, announced, count: int) -> tuple[str, bool]:
    """The announcement made by the action just taken: the only one since the `count` before it."""
    qtbot.waitUntil(lambda: len(announced) > count)
    QApplication.processEvents()
    assert len(announced) == count + 1, announced[count:]
    return announced[count]


def test_a_save_and_a_refusal_are_said_aloud_the_cursor_staying_in_the_table(window, announced, qtbot):
    go_to(window, "bhyt", "numerator")
    type_text("9690"); press(ENTER)
    message, assertive = said_after(qtbot, announced, 0)
    assert message == line_under_the_table(window) and not assertive, message
    assert message.startswith("Đã lưu: ") and "9.690" in message and "<" not in message, message

    go_to(window, "bhyt", "numerator")
    type_text("9,5,0"); press(ENTER)
    message, assertive = said_after(qtbot, announced, 1)
    index = window.model.index_of("bhyt", "numerator")
    assert message == line_under_the_table(window) and assertive, message
    assert message.startswith("✖ Chưa lưu: ") and window.model.error_at(index) in message, message
    assert QApplication.focusWidget() is window.table  # nothing took the keyboard to say it


def test_a_block_pasted_is_said_in_one_announcement(window, announced, qtbot):
    go_to(window, "bhyt", "numerator")
    QApplication.clipboard().setText("9690\t10180\r\n")
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    message, assertive = said_after(qtbot, announced, 0)
    assert message == line_under_the_table(window) and not assertive, message
    assert window.model.row_at(window.model.index_of("bhyt", "numerator")).entry.denominator == 10180


def test_an_undo_is_said_as_the_line_says_it(window, announced, qtbot):
    go_to(window, "bhyt", "numerator")
    type_text("9690"); press(ENTER)
    said_after(qtbot, announced, 0)
    go_to(window, "bhyt", "numerator")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    message, assertive = said_after(qtbot, announced, 1)
    assert message == line_under_the_table(window) and not assertive, message
    assert message.startswith("Đã xóa số liệu: ") and "9.690" not in message, message  # not "Đã lưu: … 9.690"


def test_a_save_after_the_period_was_read_again_names_only_the_figure_saved(window, announced, qtbot):
    """Another window on the same data changed the row's Dân số; this one read the period again."""
    workspace = window.workspace
    workspace.set_entry(window.period, "bhyt", denominator="10500")
    window.reload(window.period)
    QApplication.processEvents()
    before = len(announced)
    go_to(window, "bhyt", "numerator")
    type_text("9690"); press(ENTER)
    message, _ = said_after(qtbot, announced, before)
    assert message == line_under_the_table(window), message
    assert "9.690" in message and "Dân số" not in message and "10.500" not in message, message


def drawn_contrast(window, row: int) -> float:
    """The contrast of a group heading's text as drawn: its strongest pixel against its background."""
    table = window.table
    table.setCurrentIndex(window.model.index_of("bhyt", "numerator"))  # not the heading: drawn unselected
    rect = table.visualRect(window.model.index(row, 0)).adjusted(2, 2, -2, -2)  # not the grid's lines
    image = table.viewport().grab(rect).toImage()
    pixels = Counter(image.pixelColor(x, y).rgb() for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(p), background) for p in pixels)


def group_rows(model) -> list[int]:
    return [r for r in range(model.rowCount()) if model.data(model.index(r, 0), ROW_KIND_ROLE) == "group"]


def test_a_group_heading_reads_on_a_dark_palette(dark, make_window, workspace):  # noqa: F811
    window = make_window(workspace)
    window.resize(1366, 768)
    QApplication.processEvents()
    shot(window, "entry_dark_groups")
    rows = group_rows(window.model)
    assert rows
    drawn = {window.model.data(window.model.index(row, 0)): drawn_contrast(window, row) for row in rows}
    assert all(c >= 4.5 for c in drawn.values()), drawn


def test_a_group_heading_is_drawn_as_before_on_a_light_palette(window):
    """Black on the light grey, as the palette's text drew it."""
    row = group_rows(window.model)[0]
    assert drawn_contrast(window, row) >= 15


def test_a_start_of_term_figure_saved_from_its_grey_cell_is_said_as_the_line_says_it(window, announced, qtbot):
    """Saved in its own dialog (Enter on the grey cell): the line says it saved, as it does a cell's figure."""
    go_to(window, PARTY, "numerator")
    type_text("6"); press(TAB)
    said_after(qtbot, announced, 0)
    script = Script((BaselineDialog, _save_250))
    press(ENTER)
    script.check()
    back_in_the_window(window, qtbot)
    message, assertive = said_after(qtbot, announced, 1)
    assert message == line_under_the_table(window) and not assertive, message
    assert "Số đảng viên đầu nhiệm kỳ: 250 người" in message, message
