"""Mức giảm tỷ lệ hộ nghèo entered as the current rate from scratch in the entry window, by
keyboard: a commune that reports the rate (no household counts) types it in the row's first cell,
"1,25" or "1,25%"; the row turns to the rate (its verdict repainted), a rate typed over households
says what it replaced and Ctrl+Z puts them back, a rate out of range is refused naming the rate,
and the report and the workbook print it as they print a rate set by `chitieu set --value`."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop_app.__main__ import main as chitieu
from exports.report_pdf import write_report_pdf
from exports.submission_xlsx import write_submission
from tests.exports.sample_data import GENERATED_AT, REPORT_DATE
from tests.ui.conftest import press, type_text
from ui.entry_model import Col

SIX_MONTHS = "2026-6M"
CTRL = Qt.KeyboardModifier.ControlModifier


def _cell(window, col: Col):
    return window.model.index(window.model.line_of("giam_ngheo"), col)


def _go(window, col: Col) -> None:
    window.table.setCurrentIndex(_cell(window, col))
    window.table.setFocus()


def _type_in(window, col: Col, text: str) -> None:
    _go(window, col)
    type_text(text)
    press(Qt.Key.Key_Return)


def _plain(label) -> str:
    return " ".join(re.sub("<[^>]+>", "", label.text()).replace("&quot;", '"').split())


def _entry(workspace):
    return workspace.row(SIX_MONTHS, "giam_ngheo").entry


@pytest.mark.parametrize("typed", ["1,25", "1,25%"])
def test_a_rate_typed_from_scratch_is_saved_as_the_rate_and_judged(make_window, workspace, typed):
    """No households entered: the line under the table says the first cell takes the rate too;
    "1,25" (or "1,25%") typed there is the rate: the cell shows it as the rate, the cell beside it
    says "theo tỷ lệ", the result and the verdict are repainted."""
    workspace.set_baseline("giam_ngheo", "4,5")
    window = make_window(workspace)
    _go(window, Col.IN1)
    assert "xã báo cáo theo tỷ lệ thì gõ tỷ lệ vào đây, ví dụ 1,25%" in _plain(window.cell_info)
    assert _cell(window, Col.VERDICT).data().startswith("Chưa nhập")

    type_text(typed)
    press(Qt.Key.Key_Return)

    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (Decimal("1.25"), None, None)
    rate = _cell(window, Col.IN1)
    assert rate.data() == "1,25"
    assert rate.data(Qt.ItemDataRole.ToolTipRole).startswith("Tỷ lệ hộ nghèo hiện tại (%)")
    assert _cell(window, Col.IN2).data() == "theo tỷ lệ"
    assert _cell(window, Col.VALUE).data() == "3,25"
    assert not _cell(window, Col.VERDICT).data().startswith("Chưa nhập")
    said = _plain(window.feedback)
    assert "Tỷ lệ hộ nghèo hiện tại: 1,25%; kết quả: 3,25 điểm %" in said, said
    assert _cell(window, Col.VERDICT).data() == "Đang thực hiện\nĐến nay đã vượt chỉ tiêu 2,95 điểm %"


def test_a_rate_typed_over_households_says_what_it_replaced_and_undoes_whole(make_window, workspace):
    """Households typed, then "1,25%" in the same cell: the line under the table has said so
    before, the rate replaces both counts (one service call: one audit row for each field changed)
    and says which; Ctrl+Z brings back 30 / 1.500 at once, Ctrl+Y the rate again."""
    workspace.set_baseline("giam_ngheo", "4,5")
    window = make_window(workspace)
    _type_in(window, Col.IN1, "30")
    _type_in(window, Col.IN2, "1500")
    _go(window, Col.IN1)
    assert "gõ tỷ lệ kèm dấu % (ví dụ 1,25%) sẽ thay cho số hộ đã nhập" in _plain(window.cell_info)
    audited = len(workspace.store.audit_rows())

    type_text("1,25%")
    press(Qt.Key.Key_Return)

    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (Decimal("1.25"), None, None)
    assert _cell(window, Col.IN1).data() == "1,25" and _cell(window, Col.VALUE).data() == "3,25"
    assert "Thay cho số hộ đã nhập trước đó (30 / 1.500); Ctrl+Z để khôi phục." in _plain(window.feedback)
    assert sorted(r.field for r in workspace.store.audit_rows()[audited:]) == ["denominator", "numerator", "value"]

    press(Qt.Key.Key_Z, CTRL)
    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (None, Decimal(30), Decimal(1500))
    assert (_cell(window, Col.IN1).data(), _cell(window, Col.IN2).data()) == ("30", "1.500")
    assert _cell(window, Col.VALUE).data() == "2,5"
    press(Qt.Key.Key_Y, CTRL)
    assert _entry(workspace).value == Decimal("1.25") and _entry(workspace).numerator is None


def test_from_the_rate_back_to_households(make_window, workspace):
    """The rate's cell says how to enter the households instead: Delete, and the two household
    cells are back; what is typed there counts, the rate stays gone (Ctrl+Z brings it back)."""
    workspace.set_baseline("giam_ngheo", "4,5")
    window = make_window(workspace)
    _type_in(window, Col.IN1, "1,25")
    _go(window, Col.IN1)
    assert "để nhập theo số hộ, xóa tỷ lệ (phím Delete)" in _plain(window.cell_info)
    press(Qt.Key.Key_Delete)
    assert window.model.field_at(_cell(window, Col.IN1)).field == "numerator"
    assert _cell(window, Col.IN2).data() == ""
    _type_in(window, Col.IN1, "45")
    _type_in(window, Col.IN2, "1500")
    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (None, Decimal(45), Decimal(1500))
    assert _cell(window, Col.VALUE).data() == "1,5"


@pytest.mark.parametrize("typed, reason", [
    ("150%", "Tỷ lệ hộ nghèo hiện tại: tỷ lệ không quá 100%."),
    ("1,234%", 'Tỷ lệ hộ nghèo hiện tại: "1,234%" không rõ nghĩa'),
])
def test_a_refused_rate_says_why_naming_the_rate_and_replaces_nothing(make_window, workspace, typed, reason):
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry(SIX_MONTHS, "giam_ngheo", numerator="30", denominator="1500")
    window = make_window(workspace)
    _type_in(window, Col.IN1, typed)
    said = _plain(window.feedback)
    assert said.startswith("✖ Chưa lưu: " + reason), said
    assert _cell(window, Col.IN1).data() == typed  # kept red in its cell, to fix
    assert reason in _cell(window, Col.IN1).data(Qt.ItemDataRole.ToolTipRole)
    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (None, Decimal(30), Decimal(1500))


def _printed(workspace, folder) -> tuple[str, list]:
    """The 6-month report's PDF text and every cell of its workbook, on a fixed date."""
    sub = workspace.submission(SIX_MONTHS, report_date=REPORT_DATE, generated_at=GENERATED_AT)
    pdf = write_report_pdf(sub, folder / "bao-cao.pdf")
    xlsx = write_submission(sub, folder / "bao-cao.xlsx")
    text = "\n".join(unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(str(pdf)).pages)
    book = openpyxl.load_workbook(xlsx)
    cells = [(ws.title, c.coordinate, c.value) for ws in book.worksheets for r in ws.iter_rows() for c in r
             if c.value is not None]
    # but the audit chain's last link ("chain_head"): the rate cleared in between was audited
    sheet, head = next((title, coordinate) for title, coordinate, value in cells if value == "chain_head")
    return text, [c for c in cells if c[:2] != (sheet, f"C{head[1:]}")]


def test_the_report_and_the_workbook_print_a_typed_rate_as_one_set_by_the_command(
        make_window, workspace, data_dir, tmp_path):
    """The same rate, once by `chitieu set --value 1,25`, once typed "1,25" in the window: the
    verdict, the printed report and the submission workbook are the same, cell for cell."""
    workspace.set_baseline("giam_ngheo", "4,5")
    assert chitieu(["--data-dir", str(data_dir), "set", "--period", SIX_MONTHS, "--indicator", "giam_ngheo",
                    "--value", "1,25"]) == 0
    by_command = workspace.row(SIX_MONTHS, "giam_ngheo")
    (tmp_path / "command").mkdir()
    printed_by_command = _printed(workspace, tmp_path / "command")
    workspace.set_entry(SIX_MONTHS, "giam_ngheo", value=None)

    window = make_window(workspace)
    _type_in(window, Col.IN1, "1,25")
    typed = workspace.row(SIX_MONTHS, "giam_ngheo")
    (tmp_path / "window").mkdir()
    printed_typed = _printed(workspace, tmp_path / "window")

    assert (typed.entry, typed.verdict, typed.value_text, typed.compared_text) == (
        by_command.entry, by_command.verdict, by_command.value_text, by_command.compared_text)
    words = " ".join(printed_typed[0].split())
    # the typed rate printed under the fall, from the start of the term's (S64, walk U11 F5)
    assert "3,25 4,5% (cuối 2025) → 1,25% (nay) Đến nay đã vượt chỉ tiêu 2,95 điểm %" in words, words
    assert printed_typed[0] == printed_by_command[0]
    assert printed_typed[1] == printed_by_command[1]
    assert [v for _, _, v in printed_typed[1] if str(v) in ("1,25", "1.25", "3,25", "3.25")], printed_typed[1]


def test_a_rate_pasted_where_the_households_go_is_the_rate_and_undone_whole(make_window, workspace):
    """Ctrl+V of "1,25%" from a spreadsheet on the households' first cell: saved as the rate, as
    typed; Ctrl+Z puts the households it replaced back."""
    from PySide6.QtWidgets import QApplication

    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry(SIX_MONTHS, "giam_ngheo", numerator="30", denominator="1500")
    window = make_window(workspace)
    _go(window, Col.IN1)
    QApplication.clipboard().setText("1,25%\n")
    press(Qt.Key.Key_V, CTRL)
    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (Decimal("1.25"), None, None)
    assert _cell(window, Col.VALUE).data() == "3,25"
    press(Qt.Key.Key_Z, CTRL)
    entry = _entry(workspace)
    assert (entry.value, entry.numerator, entry.denominator) == (None, Decimal(30), Decimal(1500))
