"""The poverty rate typed before its start-of-term figure (walk 9, finding 3): the result's and the
assessment's tooltips said "Chưa nhập số liệu đầu nhiệm kỳ: …" twice (the row's note and its
evaluation's are the same words) and nowhere where to enter it; now once, with the place, as the
line under the table says it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import go_to
from ui.entry_model import Col

MISSING = "Chưa nhập số liệu đầu nhiệm kỳ: "
PLACE = " — nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ…"


def test_the_missing_start_of_term_figure_is_said_once_with_where_to_enter_it(window, qtbot):
    go_to(window, "giam_ngheo", "numerator")
    type_text("45")
    press(Qt.Key.Key_Tab)
    type_text("1500")
    press(Qt.Key.Key_Return)
    line = window.model.line_of("giam_ngheo")
    for column in (Col.VALUE, Col.VERDICT):
        tip = window.model.index(line, column).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.count(MISSING) == 1, tip
        said = next(part for part in tip.split("\n") if part.startswith(MISSING))
        assert said.endswith(PLACE), said
    go_to(window, "giam_ngheo", "numerator")
    qtbot.waitUntil(lambda: MISSING in window.cell_info.text())
    assert window.cell_info.text().count(MISSING) == 1 and PLACE in window.cell_info.text()
