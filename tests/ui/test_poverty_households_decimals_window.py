"""The entry window's side of walk-through 6's "1234.5" in Số hộ nghèo hiện tại (hộ): the line under
the table names the field typed in, says households are whole and a figure with decimals there is
taken as the rate (%), and what to type; the figure stays red in its cell (it named "Tỷ lệ hộ
nghèo hiện tại", a field the officer never typed in). The words are the core's (`rows.households_refusal`)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_poverty_rate_typed_window import _cell, _entry, _plain, _type_in
from ui.entry_model import Col


def test_1234_5_in_the_poor_households_names_that_field_and_says_why(make_window, workspace):
    window = make_window(workspace)
    _type_in(window, Col.IN1, "1234.5")
    said = _plain(window.feedback)
    assert said.startswith("✖ Chưa lưu: Số hộ nghèo hiện tại: số hộ là số nguyên. Số có phần thập phân gõ ở ô "
                           "này được hiểu là tỷ lệ hộ nghèo (%), nhưng 1.234,5% quá 100%."), said
    assert "Tỷ lệ hộ nghèo hiện tại" not in said
    assert _cell(window, Col.IN1).data() == "1234.5"  # kept red in its cell, to fix
    assert "ví dụ 1.234" in _cell(window, Col.IN1).data(Qt.ItemDataRole.ToolTipRole)
    assert _entry(workspace).is_empty
