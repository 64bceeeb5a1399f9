"""The lines under the entry table with Windows' "Make text bigger" on a 1366×768 laptop (1366×728 less
its taskbar; S126). At 150 % they kept five lines, 120 pixels (the selected cell's line on three, the
result on two), most of them empty: the cell's line took one line on 136 of Xã Tân Cương's 189 cells,
two on 47, three on 6; the result's second line only for a warning, a notice or a long refusal. With
"Tỷ lệ người dân tham gia bảo hiểm y tế" and the poverty indicator five lines tall, 2 indicators were
whole in sight at the top. They now keep the lines said most of the time (the cell's on two, the result
on one, their empty lines shared) and grow while more is said: 3 whole at the top, every message whole.
At the usual 9-point text nothing moves."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from tests.ui.conftest import press, shot, type_text
from tests.ui.test_bigger_text_rows_in_sight import (
    USUAL_WIDTHS,
    in_sight_from,
    indicator_rows,
    opened,
    scrollable_tops,
    whole_lines,
)
from tests.ui.test_entry_lines_1366 import go_to
from tests.ui.test_feedback_whole_1366 import assert_whole_in_sight, shown
from ui.entry_columns import small_font
from ui.entry_model import OWN_LINE_ROLE, Col

# The window's parts at the usual 9 points on 1366×728 (measured before S126): the table, its view,
# the lines under it (the cell's, the result's) and the status bar, as (top, height).
USUAL_PARTS = {"table": (129, 487), "viewport": (162, 453), "messages": (622, 82), "cell_info": (622, 46),
               "feedback": (672, 32), "status": (706, 22)}


def parts(window) -> dict[str, tuple[int, int]]:
    widgets = {"table": window.table, "viewport": window.table.viewport(), "messages": window.messages,
               "cell_info": window.cell_info, "feedback": window.feedback, "status": window.statusBar()}
    return {name: (w.mapTo(window, w.rect().topLeft()).y(), w.height()) for name, w in widgets.items()}


def code_of(window, no: int) -> str:
    model = window.model
    return next(model.row_at(i).indicator.code for i in indicator_rows(model) if model.row_at(i).indicator.no == no)


@pytest.mark.parametrize("percent, least", [(125, 5), (150, 3)])
def test_more_indicators_whole_at_the_top(qtbot, make_window, workspace, text_size, percent, least):
    """As the window opens: 150 % 2 → 3 indicators whole (the revenue, BHYT and the poverty rate with
    their own targets), 125 % 5 as before; at every scrolled position no fewer than before."""
    text_size(percent)
    window = opened(make_window, workspace)
    shot(window, f"big_text_message_lines_{percent}")
    table = window.table
    tops = scrollable_tops(table)
    seen = [in_sight_from(table, top) for top in tops]
    assert seen[0] >= least, seen
    assert min(seen[1:]) >= least, seen
    assert window.messages.height() < 3 * window.messages.fontMetrics().lineSpacing() + 40  # not five lines


@pytest.mark.parametrize("percent", [125, 150])
def test_a_long_description_and_a_long_refusal_are_whole(qtbot, make_window, workspace, text_size, percent):
    """The cell's line on three lines (indicator 8's figure: its name and field on two, the Phụ lục note
    under them) and a refusal under it: both whole, one under the other, the table giving the room, the
    red cell in sight; the room back once the period is shown again."""
    text_size(percent)
    window = opened(make_window, workspace)
    table = window.table
    usual_height = table.height()
    go_to(window, code_of(window, 8), "numerator")
    QApplication.processEvents()
    assert "STT theo Phụ lục 2" in shown(window.cell_info)
    assert "…" not in shown(window.cell_info)
    assert_whole_in_sight(window)
    index = table.currentIndex()
    type_text("hai mươi")
    press(Qt.Key.Key_Return)
    said = shown(window.feedback)
    assert said.startswith("✖ Chưa lưu: ") and said.endswith("Sửa lại, hoặc nhấn Esc để bỏ."), said
    assert "…" not in said
    assert_whole_in_sight(window)
    assert table.viewport().rect().contains(table.visualRect(index))  # the red cell in sight
    shot(window, f"big_text_message_lines_refused_{percent}")
    press(Qt.Key.Key_Escape)  # the refusal dropped
    assert table.height() >= usual_height - 2 * window.messages.fontMetrics().lineSpacing()  # the five lines at most
    window.reload(window.period)
    table.setCurrentIndex(window.model.index(indicator_rows(window.model)[0], Col.NO))
    QApplication.processEvents()
    assert table.height() == usual_height  # the cell's line on one line, no result: the table's room again


def test_the_table_does_not_move_back_and_forth_while_figures_are_typed(qtbot, make_window, workspace, text_size):
    """At 150 % ten figures typed down the table, each saved line whole: the area grows where a result or
    a cell's line needs it and keeps that height, never giving a line back to take it again at the next
    figure (it went 406, 393, 406, 406, 393, 372 … pixels of table, the rows under the cursor moving)."""
    text_size(150)
    window = opened(make_window, workspace)
    go_to(window, code_of(window, 1), "value")
    heights = []
    for figure in ["120000", "9000", "10000", "1", "2", "30", "40", "50", "60", "70"]:
        type_text(figure)
        press(Qt.Key.Key_Return)
        assert "…" not in shown(window.feedback)
        assert_whole_in_sight(window)
        heights.append(window.table.height())
    assert heights == sorted(heights, reverse=True), heights


@pytest.mark.parametrize("percent", [125, 150])
def test_names_whole_under_the_bigger_text(qtbot, make_window, workspace, text_size, percent):
    """Every name, target and verdict whole in its row, wrapped (never cut with "…")."""
    text_size(percent)
    window = opened(make_window, workspace)
    for i in indicator_rows(window.model):
        for col in (Col.NAME, Col.TARGET, Col.VERDICT):
            assert whole_lines(window.table, i, col), (percent, window.model.index(i, col).data())


def test_the_usual_text_keeps_every_part(qtbot, make_window, workspace):
    """At 9 points the columns and the window's parts are where and as tall as before S126 (a guard:
    the change is for the bigger text only)."""
    window = opened(make_window, workspace)
    assert [window.table.columnWidth(col) for col in Col] == USUAL_WIDTHS
    assert parts(window) == USUAL_PARTS


def wrapped(text: str, font, width: int) -> list[str]:
    """`text` broken into lines `width` pixels wide, as a wrapping cell breaks it."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


class Recording(QPainter):
    """A painter that keeps the texts drawn with it."""

    def __init__(self, image):
        super().__init__(image)
        self.texts: list[str] = []

    def drawText(self, *args):  # noqa: N802 - Qt's name
        self.texts.append(args[-1])
        super().drawText(*args)


def drawn_own_line(table, index) -> str:
    """The last line the table's delegate draws in the cell: its own target or verdict, as drawn."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index).translated(-table.visualRect(index).topLeft())
    option.widget = table
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = Recording(image)
    table.itemDelegate().paint(painter, option, index)
    painter.end()
    return painter.texts[-1]


@pytest.mark.parametrize("percent, width", [(150, 1366), (150, 1440), (125, 1366)])
def test_the_own_lines_break_after_their_colon(qtbot, make_window, workspace, text_size, percent, width):
    """The commune's own lines, where they do not fit: at 150 % "Tự đặt 2026: ≥ 94" (165 pixels) in Chỉ
    tiêu giao, 120 pixels on 1366 and 152 on 1440, breaks after "Tự đặt 2026:", never between "≥" and its
    number (1440 read "Tự đặt 2026: ≥" over "94"); at 125 % Đánh giá's "Theo chỉ tiêu tự đặt: Chưa nhập"
    after its ":" (it read "… tự đặt: Chưa" over "nhập")."""
    text_size(percent)
    window = opened(make_window, workspace)
    window.resize(width, 728)
    QApplication.processEvents()
    table, model = window.table, window.model
    font = small_font(table.font())
    shot(window, f"big_text_own_lines_{percent}_{width}")
    seen = 0
    for col in (Col.TARGET, Col.VERDICT):
        column = table.columnWidth(col) - 8  # the cell's text rectangle, as the delegate draws it
        for i in indicator_rows(model):
            index = model.index(i, col)
            if not model.data(index, OWN_LINE_ROLE):
                continue
            lines = wrapped(drawn_own_line(table, index), font, column)
            seen += 1
            assert len(lines) == 1 or lines[0].endswith(":"), (percent, width, lines)
            assert not any(line.endswith(("≥", "≤", "<", ">")) for line in lines), (percent, width, lines)
    assert seen >= 6
