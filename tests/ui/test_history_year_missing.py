"""Diễn biến of a term total with a year never entered (walk U21 F4: 2028's revenue): the year is a row of its
own, "Năm 2028 | chưa nhập", the chart's line stops at 2027 and starts again at 2029, the running totals say the
year they leave out as the paper does, "(chưa tính năm 2028)", 2030's "So với chỉ tiêu" says what the paper
says, and "Kết quả" is the year's figure, as in the main table, the running total in a column of its own."""
from __future__ import annotations

from desktop_app.core.periods import Period
from desktop_app.services import Workspace
from tests.core.test_term_total_missing_year_said import folder  # noqa: F401 (the fixture)
from tests.ui.conftest import shot
from ui.history_dialog import HistoryDialog


def _cells(table) -> dict[str, list[str]]:
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return {table.item(r, 0).text(): dict(zip(heads, (table.item(r, c).text() for c in range(len(heads)))))
            for r in range(table.rowCount())}


def test_a_year_not_entered_is_a_row_and_a_hole_in_the_line(qtbot, folder):  # noqa: F811
    ws = Workspace.open(folder, user="can-bo")
    try:
        dialog = HistoryDialog(ws, "thu_ngan_sach", Period(2030, "Y"))
        qtbot.addWidget(dialog)
        dialog.resize(1100, 640)
        dialog.show()
        qtbot.waitExposed(dialog)
        shot(dialog, "s113_history_year_missing")
        rows = _cells(dialog.table)
        assert list(rows) == ["Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030"]
        assert rows["Năm 2028"]["Kết quả"] == "chưa nhập" and rows["Năm 2028"]["Đánh giá"] == "Chưa nhập"
        assert rows["Năm 2030"]["Kết quả"] == "45.000"  # the year's, as the main table's
        assert rows["Năm 2030"]["Lũy kế nhiệm kỳ"] == "180.000 (chưa tính năm 2028)"
        assert rows["Năm 2029"]["Lũy kế nhiệm kỳ"] == "135.000 (chưa tính năm 2028)"
        assert "(chưa tính năm 2028): 180.000" in rows["Năm 2030"]["So với chỉ tiêu"]
        # the line in two pieces: none joins a point of 2027 or before to one of 2029 or after
        x_2028 = [i + 0.5 for i, r in enumerate(dialog.rows) if r.period.year == 2028]
        for line in dialog.lines:
            xs = [line.at(k).x() for k in range(line.count())]
            assert not (xs and min(xs) < min(x_2028) and max(xs) > max(x_2028)), xs
        assert len(dialog.lines) == 2
    finally:
        ws.close()
