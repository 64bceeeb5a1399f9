"""The entry table of a filled, approved year on a 1366×728 laptop, for the officer and the leader,
in Vietnamese and in English (walk 26, A): "Đang thực hiện / Đến nay đã vượt mức chỉ tiêu (104%)"
took four lines in a 112-pixel Đánh giá, every such row 60 pixels tall, and 6 of 21 indicators
were in view at a time beside a wide, empty Ghi chú. A verdict is two lines high, Ghi chú keeps
its minimum, and more indicators are in view."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)
from tests.ui.conftest import TODAY
from tests.ui.test_small_screens import MIN_COMMENT_WIDTH, outside
from ui.entry_model import Col
from ui.entry_view import small_font
from ui.main_window import MainWindow

YEAR = parse_period("2026")
SIZE = (1366, 728)
SO_FAR = {"vi": "Đến nay đã vượt mức chỉ tiêu (104%)", "en": "So far above the target level (104%)"}


def rows_in_view(table) -> int:
    """Indicators whose whole row is in the table's view, the table scrolled to its top."""
    model, height = table.model(), table.viewport().height()
    return sum(1 for i in range(model.rowCount())
               if model.row_at(i) is not None and 0 <= table.rowViewportPosition(i)
               and table.rowViewportPosition(i) + table.rowHeight(i) <= height)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("who", ["canbo", "lanhdao"])
def test_a_so_far_verdict_is_two_lines_and_more_indicators_are_in_view(qtbot, office, english, who, language):  # noqa: F811
    as_(office, "canbo"); fill_year(office); office.complete(YEAR)
    as_(office, "lanhdao"); office.approve(YEAR)
    as_(office, who)
    if language == "en":
        english()
    window = MainWindow(office, today=TODAY)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    window.reload(YEAR)
    QApplication.processEvents()
    table, model = window.table, window.model
    line = table.fontMetrics().lineSpacing()
    small = QFontMetrics(small_font(table.font()))
    verdicts = [model.data(model.index(i, Col.VERDICT)) or "" for i in range(model.rowCount())]
    long_rows = [i for i, text in enumerate(verdicts) if SO_FAR[language] in text]
    assert long_rows, verdicts  # the walk's verdict is in the table
    for i in long_rows:
        assert small.horizontalAdvance(SO_FAR[language]) <= table.columnWidth(Col.VERDICT) - 10  # on one line
        assert table.rowHeight(i) <= line + small.lineSpacing() + 6 + 2  # two lines high (the name's too)
    assert rows_in_view(table) >= 8  # 6 before
    assert table.columnWidth(Col.NAME) >= 170 and table.columnWidth(Col.COMMENT) >= MIN_COMMENT_WIDTH
    assert table.columnViewportPosition(Col.COMMENT) + table.columnWidth(Col.COMMENT) <= table.viewport().width()
    assert outside(window, *SIZE) == []
