""""1.500" typed in the growth rate (%) stays red, told both readings (walk U16: kept as 1500 % with
only a soft note, where the officer meant 1.5 %); "1,5" then saves 1.5."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from tests.ui.conftest import press, shot, type_text

ENTER = Qt.Key.Key_Return


def test_a_thousands_point_in_the_growth_rate_is_refused_then_the_decimal_saved(window, workspace):
    index = window.model.index_of("tang_gia_tri_san_pham", "value")
    window.table.setCurrentIndex(index)
    window.table.setFocus()
    type_text("1.500"); press(ENTER)
    assert workspace.row("2026-6M", "tang_gia_tri_san_pham").entry.value is None
    message = window.model.error_at(index)
    assert message is not None and "không rõ nghĩa" in message
    assert "Nếu là số nguyên, gõ 1500; nếu là số thập phân, gõ 1,5." in message
    assert "Chưa lưu" in window.feedback.text()
    shot(window, "s88_percent_1500_refused")
    type_text("1,5"); press(ENTER)
    assert window.model.error_at(index) is None
    assert workspace.row("2026-6M", "tang_gia_tri_san_pham").entry.value == Decimal("1.5")
