"""Printing the submission workbook (Ctrl+P in Excel or LibreOffice, which print the selected sheets)
prints the "Báo cáo" sheet alone: it is the one sheet the file marks selected, the one it opens on. The
machine data ("Dữ liệu", "Thông tin") print only when asked for; the sheets, their order, cells and print
areas are as exports/FORMAT.md has them."""
from __future__ import annotations

import openpyxl

from exports.submission_xlsx import write_submission


def test_the_report_sheet_alone_is_selected_to_print(commune_sub, tmp_path):
    path = write_submission(commune_sub, tmp_path / "bao-cao.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Báo cáo", "Dữ liệu", "Thông tin"]
    assert wb.active.title == "Báo cáo"
    assert {ws.title: bool(ws.sheet_view.tabSelected) for ws in wb.worksheets} == {
        "Báo cáo": True, "Dữ liệu": False, "Thông tin": False}
    assert all(ws.sheet_state == "visible" and ws.print_area for ws in wb.worksheets)
