"""A file refused for a figure that is not a number: the reason names the row's indicator and
the column as the report calls it (its code kept for support), and says how the program
writes numbers without an English-style example standing alone (review L8)."""
from __future__ import annotations

from openpyxl import load_workbook

import pytest

from desktop_app.core.errors import TamperedFile
from exports.submission_format import SHEET_DATA
from exports.submission_reader import read_submission
from tests.province.conftest import tamper


def test_a_figure_that_is_not_a_number_is_named_as_the_report_names_it(inbox, tmp_path):
    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    tamper(src, tmp_path / "mu-lon.xlsx", column="numerator", new="inf")
    sheet = load_workbook(tmp_path / "mu-lon.xlsx")[SHEET_DATA]
    header = [c.value for c in sheet[1]]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, header.index("numerator") + 1).value == "inf")
    no = sheet.cell(row, header.index("indicator_no") + 1).value
    name = sheet.cell(row, header.index("indicator_name") + 1).value
    with pytest.raises(TamperedFile) as refused:
        read_submission(tmp_path / "mu-lon.xlsx")
    reason = refused.value.message
    assert (f'Trang "Dữ liệu", dòng {row} (chỉ tiêu {no} "{name}"), cột numerator (tử số): "inf" không phải là số.'
            in reason)
    assert "Phần mềm ghi số vào tệp bằng chữ số, dấu chấm trước phần lẻ (như 1234.5)" in reason
    assert "số viết dạng" not in reason
