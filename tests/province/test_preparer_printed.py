"""The person who prepared the consolidated report ("Người lập biểu", asked at the province's
first run and in Tệp › Cài đặt…) is printed: in the PDF's signature area, left of the signer,
the two names on one line; in the header of every page of the workbook (walk 8, finding 3:
printed nowhere)."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import write_consolidated
from tests.province.conftest import PERIOD, REPORT_DATE

PREPARER, SIGNER = "Lê Văn Tổng", "Hoàng Thị Ký"  # as the `received` office was set up


def _placed(page) -> dict[str, tuple[float, float]]:
    """Each text drawn on `page` -> (x, y) where it starts."""
    found = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), (tm[4] * cm[0] + tm[5] * cm[2] + cm[4],
                                            tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("title", ["Phó Chủ tịch", "Chủ tịch"])
def test_the_preparer_signs_left_of_the_signer_on_the_last_page(received, title):
    """Under "Nơi nhận": "Người lập biểu", then the preparer's name on the line of the signer's
    name, left of it, whether a vice-chair (three lines of authority) or the chair signs."""
    office, _ = received
    con = office.consolidation(PERIOD)
    con = replace(con, settings=replace(con.settings, signer_title=title))
    last = PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE))).pages[-1]
    at = _placed(last)
    assert {"Nơi nhận:", "Người lập biểu", PREPARER, SIGNER} <= at.keys(), sorted(at)
    assert at["Nơi nhận:"][1] > at["Người lập biểu"][1] > at[PREPARER][1]  # read downwards
    assert at[PREPARER][1] == pytest.approx(at[SIGNER][1], abs=0.5)  # on one line
    assert at[PREPARER][0] < at["TM. ỦY BAN NHÂN DÂN"][0] < at[SIGNER][0]
    assert at["Người lập biểu"][1] < at["TM. ỦY BAN NHÂN DÂN"][1]


def test_no_empty_preparer_label(received):
    """A province that has set no preparer prints the signature block as before, without a
    "Người lập biểu" waiting for a name."""
    office, _ = received
    con = office.consolidation(PERIOD)
    con = replace(con, settings=replace(con.settings, preparer=""))
    text = PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE))).pages[-1].extract_text()
    assert SIGNER in text and "lập biểu" not in text


def test_every_printed_page_of_the_workbook_names_the_preparer(received, tmp_path):
    """At the right of each sheet's page header, within the 255 characters Excel keeps; the
    footer keeps the sheet's name, the page number, and on a sheet cut into pages its period and
    completeness line."""
    office, _ = received
    con = office.consolidation(PERIOD)
    wb = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))
    for ws in wb.worksheets:
        assert ws.oddHeader.right.text == f"Người lập biểu: {PREPARER}", ws.title
        assert len(str(ws.oddHeader)) <= 255, ws.title
    cut = wb["Tổng hợp"]
    assert cut.oddFooter.right.text == cut.cell(3, 1).value and PERIOD in cut.oddFooter.left.text
    longest = ("Nguyễn Thị Phương Thảo " * 5)[:100].strip()  # names are at most 100 characters
    wb = load_workbook(write_consolidated(replace(con, settings=replace(con.settings, preparer=longest)),
                                          tmp_path / "dai.xlsx"))
    for ws in wb.worksheets:  # whole, but beside a title (test_consolidated_figures_whole)
        assert ws.oddHeader.right.text.endswith(longest) or ws.oddHeader.center.text, ws.title
        assert len(str(ws.oddHeader)) <= 255, ws.title
    no_one = load_workbook(write_consolidated(replace(con, settings=replace(con.settings, preparer="")),
                                              tmp_path / "khong-ten.xlsx"))
    assert not any(ws.oddHeader.right.text for ws in no_one.worksheets)
