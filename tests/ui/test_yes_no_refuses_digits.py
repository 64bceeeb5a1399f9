"""A digit typed in a Có/Không cell is refused, not read as Có/Không (walk U16): in "Đơn vị không có
ma túy (Có/Không)" an officer typing 0 for "0 cases" recorded Không, the unit NOT drug-free."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import press, shot, type_text

ENTER = Qt.Key.Key_Return


def _type_in_flag(window, text: str):
    index = window.model.index_of("khong_ma_tuy", "flag")
    window.table.setCurrentIndex(index)
    window.table.setFocus()
    type_text(text); press(ENTER)
    return index


def test_zero_typed_in_the_drug_free_cell_is_refused_naming_the_field_and_c_or_k(window, workspace):
    index = _type_in_flag(window, "0")
    assert workspace.row("2026-6M", "khong_ma_tuy").entry.flag is None  # nothing saved, not Không
    message = window.model.error_at(index)
    assert message is not None and message.startswith("Đơn vị không có ma túy")
    assert 'không nhận số "0": gõ C (Có) hoặc K (Không)' in message
    assert "Chưa lưu" in window.feedback.text()
    shot(window, "s88_flag_zero_refused")
    # the red cell retyped with a letter is saved
    type_text("c"); press(ENTER)
    assert window.model.error_at(index) is None
    assert workspace.row("2026-6M", "khong_ma_tuy").entry.flag is True


def test_one_typed_is_refused_too_and_a_stored_yes_stays(window, workspace):
    workspace.set_entry("2026-6M", "khong_ma_tuy", flag="Có")
    window.reload()
    index = _type_in_flag(window, "1")
    assert 'không nhận số "1"' in window.model.error_at(index)
    assert workspace.row("2026-6M", "khong_ma_tuy").entry.flag is True
