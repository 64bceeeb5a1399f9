"""The annex says what became of the supplementary indicators (group II) it does not print: a
report states one only when something was entered for it (exports/FORMAT.md), so a commune that
entered none got a table of group I alone and a paper silent on the 13 the screen lists as "Chưa
nhập" and the province counts as "Chưa báo cáo" (walk 19, finding 6). The line is under the table,
on the page of its last rows, in the PDF only (the workbook's "Báo cáo" is compared with "Dữ liệu"
by `verify` and stays as it was)."""
from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from exports.report_pdf import render_pdf

NONE_ENTERED = "Các chỉ tiêu bổ sung chưa nhập số liệu nên không in trong biểu."
SOME_ENTERED = "Chỉ tiêu bổ sung không có trong biểu là chỉ tiêu chưa nhập số liệu."


def _pages(sub) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages]


def test_a_report_with_no_supplementary_indicator_entered_says_so_under_its_table(commune_sub):
    sub = replace(commune_sub, items=tuple(commune_sub.assigned_items))
    pages = _pages(sub)
    at = [n for n, text in enumerate(pages) if NONE_ENTERED in text]
    assert at == [len(pages) - 1]  # under the table's last rows, the annex's last page
    assert "CHỈ TIÊU BỔ SUNG" not in pages[-1]  # the table itself is as before: group I alone
    assert "STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho phường." in pages[-1]


def test_a_report_with_some_entered_says_an_absent_one_is_not_entered(commune_sub, ward_sub):
    for sub in (commune_sub, ward_sub):
        text = " ".join(_pages(sub))
        assert "II CHỈ TIÊU BỔ SUNG" in text
        assert SOME_ENTERED in text and NONE_ENTERED not in text


def test_the_workbook_report_sheet_prints_it_from_0_2_only(commune_sub, tmp_path):
    """The submission workbook's "Báo cáo" prints the PDF's line from 0.2.0 (its form `PAPER`, walk U14
    F5), under the table; a file of 0.1.0, as that version wrote it, none (`verify` reads both)."""
    from openpyxl import load_workbook

    from exports.submission_reader import verify_file
    from exports.submission_xlsx import write_submission

    sub = replace(commune_sub, items=tuple(commune_sub.assigned_items))
    for version, printed in (("0.1.0", False), (sub.app_version, True)):
        path = write_submission(replace(sub, app_version=version), tmp_path / f"s{version}.xlsx")
        cells = [str(c.value) for row in load_workbook(path)["Báo cáo"].iter_rows() for c in row if c.value]
        assert (NONE_ENTERED in cells) is printed and not any(SOME_ENTERED in c for c in cells)
        assert verify_file(path).ok
