"""A note typed in "Ghi chú" is said saved under the table (walk 14, L1): Enter on the comment cell
answered "Đã lưu: Tổng thu ngân sách … — 1.234,5 triệu đồng, Đang thực hiện.", the figure's message
typed earlier, so the officer who had just typed a sentence read about a number. An emptied note
is said removed. (The words before and after the translator's: the source's English until then.)"""
from __future__ import annotations

import re

from PySide6.QtCore import Qt

from tests.ui.conftest import press, type_text

ENTER = Qt.Key.Key_Return
NAME = "Tổng thu ngân sách địa phương"


def go_to(window, code, field):
    window.table.setCurrentIndex(window.model.index_of(code, field))
    window.table.setFocus()


def feedback(window) -> str:
    return window.feedback.toolTip().splitlines()[0]


def test_a_note_typed_and_entered_is_said_saved_not_the_figure(window, workspace):
    go_to(window, "thu_ngan_sach", "value")
    type_text("1.235"); press(ENTER)
    assert feedback(window).startswith("Đã lưu: ") and "1.235 triệu đồng" in feedback(window)
    go_to(window, "thu_ngan_sach", "comment")
    type_text("Thu thuế, phí, lệ phí đạt thấp do chưa đến kỳ nộp"); press(ENTER)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.comment == "Thu thuế, phí, lệ phí đạt thấp do chưa đến kỳ nộp"
    said = feedback(window)
    assert re.fullmatch(rf"(Đã lưu ghi chú|Comment saved): {NAME}[^—]*\.", said), said
    assert "1.235" not in said and "Đang thực hiện" not in said  # nothing about the figure
    assert "1.235" not in window.feedback.text()


def test_a_note_emptied_is_said_removed(window, workspace):
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="1.500", comment="Chưa đến kỳ nộp")
    window.reload()
    go_to(window, "thu_ngan_sach", "comment")
    press(Qt.Key.Key_Delete)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.comment in ("", None)
    said = feedback(window)
    assert re.fullmatch(rf"(Đã xóa ghi chú|Comment removed): {NAME}[^—]*\.", said), said


def test_a_figure_deleted_is_said_removed_not_saved(window, workspace):
    """Delete on a saved figure (walk 16, L2) said "Đã lưu: … — chưa có kết quả, Chưa nhập."."""
    workspace.set_entry("2026-6M", "thu_ngan_sach", value="500")
    workspace.set_entry("2026-6M", "bhyt", numerator="9.500", denominator="10.000")
    window.reload()
    go_to(window, "thu_ngan_sach", "value")
    press(Qt.Key.Key_Delete)
    assert workspace.row("2026-6M", "thu_ngan_sach").entry.value is None
    said = feedback(window)
    assert re.fullmatch(rf"(Đã xóa số liệu|Figure removed): {NAME}.* — Thu ngân sách lũy kế từ đầu năm "
                        r"\((Ctrl\+Z để lấy lại|Ctrl\+Z brings it back)\)\.", said), said
    go_to(window, "bhyt", "numerator")
    press(Qt.Key.Key_Delete)
    said = feedback(window)
    assert re.fullmatch(r"(Đã xóa số liệu|Figure removed): Tỷ lệ người dân tham gia bảo hiểm y tế — .+ "
                        r"\((Ctrl\+Z để lấy lại|Ctrl\+Z brings it back)\)\.", said), said
    assert "Đã lưu" not in said
