"""Mức giảm tỷ lệ hộ nghèo entered as the current poverty rate (docs/indicators.md: "poor
households and total households (or the rate)"): `chitieu set … --value` stores the rate, and
the window shows it in the row's input cell, where the officer can change it or delete it to
enter the households instead; what either side writes, the other shows."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from desktop_app.__main__ import main as chitieu
from tests.ui.conftest import press, type_text
from ui.entry_model import Col

SIX_MONTHS = "2026-6M"


def _cli(data_dir, *args) -> int:
    return chitieu(["--data-dir", str(data_dir), *args])


def _cell(window, col: Col):
    return window.model.index(window.model.line_of("giam_ngheo"), col)


def _type_in(window, col: Col, text: str) -> None:
    window.table.setCurrentIndex(_cell(window, col))
    window.table.setFocus()
    press(Qt.Key.Key_Delete) if text == "" else (type_text(text), press(Qt.Key.Key_Return))


def test_a_rate_set_by_the_command_shows_in_the_windows_input_cell(make_window, workspace, data_dir):
    """`chitieu set --indicator giam_ngheo --value 3,2`: the window shows 3,2 in the row's first
    input cell, named as the current poverty rate in %, not two empty household cells beside a result."""
    workspace.set_baseline("giam_ngheo", "4,5")
    assert _cli(data_dir, "set", "--period", SIX_MONTHS, "--indicator", "giam_ngheo", "--value", "3,2") == 0
    window = make_window(workspace)
    rate = _cell(window, Col.IN1)
    assert rate.data() == "3,2"
    assert rate.data(Qt.ItemDataRole.ToolTipRole).split("\n")[0] == "Tỷ lệ hộ nghèo hiện tại (%)"
    assert window.model.field_at(rate).field == "value"
    assert not window.model.is_editable(_cell(window, Col.IN2))
    assert _cell(window, Col.VALUE).data() == "1,3"


def test_what_the_window_types_in_the_rate_cell_is_what_the_command_shows(
        make_window, workspace, data_dir, capsys):
    """The officer changes the rate in that cell: `chitieu show` prints the new rate; deleting it
    gives back the two household cells, and the households typed there are what the command prints."""
    workspace.set_baseline("giam_ngheo", "4,5")
    assert _cli(data_dir, "set", "--period", SIX_MONTHS, "--indicator", "giam_ngheo", "--value", "3,2") == 0
    window = make_window(workspace)
    window.reload()
    _type_in(window, Col.IN1, "3")
    assert workspace.row(SIX_MONTHS, "giam_ngheo").entry.value == Decimal(3)
    capsys.readouterr()
    assert _cli(data_dir, "show", "--period", SIX_MONTHS) == 0
    assert "Tỷ lệ hộ nghèo hiện tại: 3 → 1,5 điểm %" in capsys.readouterr().out

    _type_in(window, Col.IN1, "")  # the rate deleted
    assert workspace.row(SIX_MONTHS, "giam_ngheo").entry.value is None
    assert window.model.field_at(_cell(window, Col.IN1)).field == "numerator"
    assert window.model.field_at(_cell(window, Col.IN2)).field == "denominator"
    _type_in(window, Col.IN1, "45")
    _type_in(window, Col.IN2, "1500")
    assert _cli(data_dir, "show", "--period", SIX_MONTHS) == 0
    assert "Số hộ nghèo hiện tại: 45; Tổng số hộ: 1.500 → 1,5 điểm %" in capsys.readouterr().out


def test_a_refused_rate_is_named_as_the_rate_when_closing(make_window, workspace, qtbot):
    """A rate typed ambiguously ("1,234") in the rate cell and refused: closing the window asks
    about it by its name, "Tỷ lệ hộ nghèo hiện tại", not the field's code "value"."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import Script, click_button

    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry(SIX_MONTHS, "giam_ngheo", value="3,2")
    window = make_window(workspace)
    _type_in(window, Col.IN1, "1,234")
    asked = []

    def leave(box):
        asked.append(box.text() + "\n" + box.informativeText())
        click_button(box, "Bỏ các số đó, đóng")

    script = Script((QMessageBox, leave))
    assert window.close() is True
    script.check()
    assert "Tỷ lệ hộ nghèo hiện tại" in asked[0] and "“1,234”" in asked[0]
    assert "— value" not in asked[0]
    assert workspace.row(SIX_MONTHS, "giam_ngheo").entry.value == Decimal("3.2")
