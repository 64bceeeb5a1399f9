"""A budget counted in whole million đồng, typed "1.234,5" and Enter, as the walk-through's officer
did (walk 18, F1): refused in red where it is typed, naming the field and the two figures to type,
nothing saved (it was kept, and printed, sent and summed as 1.235); "1.235" then is saved as typed.
The same in English, and for a block pasted with Ctrl+V."""
from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from tests.ui.conftest import press, type_text, window_in_english
from ui.entry_model import Col

ENTER = Qt.Key.Key_Return
P6M = parse_period("2026-6M")
BUDGET = "Thu ngân sách lũy kế từ đầu năm"


def go_to(window, code, field):
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.table.setFocus()


def plain(label) -> str:
    return re.sub("<[^>]+>", "", label.text()).replace("&quot;", '"').replace("&amp;", "&")


def test_a_budget_typed_with_decimals_is_refused_in_red_and_the_whole_figure_saved(window, workspace, qtbot,
                                                                                   english):
    window.resize(1366, 768)
    QApplication.processEvents()
    go_to(window, "thu_ngan_sach", "value")
    type_text("1.234,5"); press(ENTER)
    said = plain(window.feedback)
    assert said.startswith("✖ Chưa lưu:"), said
    assert "tính đến đơn vị triệu đồng, không có phần lẻ: gõ 1.234 hoặc 1.235" in said, said
    assert "Đã lưu" not in said and "làm tròn" not in said
    index = window.model.index_of("thu_ngan_sach", "value")
    assert window.model.error_at(index) and window.table.currentIndex() == index  # red, the cursor on it
    assert workspace.row(P6M, "thu_ngan_sach").entry.value is None
    line = window.model.line_of("thu_ngan_sach")
    assert window.model.index(line, Col.VALUE).data() in ("", None)  # no 1.235 the officer did not type

    type_text("1.235"); press(ENTER)
    assert workspace.row(P6M, "thu_ngan_sach").entry.value == Decimal(1235)
    assert not window.model.error_at(index)
    said = plain(window.feedback)
    assert "— 1.235 triệu đồng, " in said and "làm tròn" not in said, said
    assert window.model.index(line, Col.IN1).data() == window.model.index(line, Col.VALUE).data() == "1.235"

    window_in_english(window, qtbot, english)
    go_to(window, "thu_ngan_sach", "value")
    type_text("12.345,67"); press(ENTER)
    said = plain(window.feedback)
    assert "counted in whole million VND, without a fraction: type 12345 or 12346." in said, said
    assert workspace.row(P6M, "thu_ngan_sach").entry.value == Decimal(1235)


def test_a_budget_with_decimals_pasted_is_refused_and_the_others_kept(window, workspace):
    go_to(window, "thu_ngan_sach", "value")
    QApplication.clipboard().setText("1.234,5\r\n")
    press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert workspace.row(P6M, "thu_ngan_sach").entry.value is None
    said = plain(window.feedback)
    assert "gõ 1.234 hoặc 1.235" in said, said
