"""The line under the table says what a term total's share is of (walk U11 F3: the window read
"37,9% chỉ tiêu" of a running total it printed nowhere): the years it adds up, the total, and what is
left of the term's target, as the paper's "So với chỉ tiêu" says it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text
from tests.ui.test_entry_form import go_to


def test_the_budget_row_says_its_running_total_under_the_table(window, qtbot):
    go_to(window, "thu_ngan_sach", "value")
    type_text("43.900")
    press(Qt.Key.Key_Return)
    go_to(window, "thu_ngan_sach", "value")
    qtbot.waitUntil(lambda: "Lũy kế" in window.cell_info.text())
    text = window.cell_info.text()
    assert "Lũy kế 6 tháng đầu năm 2026: 43.900 (còn " in text, text
    assert "để đạt chỉ tiêu nhiệm kỳ)" in text
