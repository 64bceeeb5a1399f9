"""How many A3 pages the consolidated workbook's two indicator sheets print on, and what is on
them (walk-through 6: "Tổng hợp" printed 15 pages, every unit's row two lines tall for a
wrapped "Đang thực hiện", Kinh tế's one indicator alone on five pages a third wide, each group's
totals alone on a nearly empty page; "Chỉ tiêu bổ sung" 8 pages). Settings read with openpyxl;
what LibreOffice prints, read with pdftotext."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from exports.consolidated_pages import rows_down
from exports.consolidated_xlsx import SHEET_MAIN, SHEET_SUPPLEMENTARY, write_consolidated
from exports.sheet_layout import DEFAULT_ROW, PRINTABLE_HEIGHT
from tests.province.conftest import PERIOD

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
TITLES = {SHEET_MAIN: "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", SHEET_SUPPLEMENTARY: "KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG"}


@pytest.fixture(scope="module")
def book(received, tmp_path_factory):
    office, _ = received
    con = office.consolidation(PERIOD)
    path = write_consolidated(con, tmp_path_factory.mktemp("pages") / "tong-hop.xlsx")
    return con, path


def test_a_units_row_is_one_line_tall(book):
    """"Đang thực hiện", "Chưa đến kỳ đánh giá" (the party indicator at 6 months) and each status
    fit their columns on one line: no unit's row is two lines tall for them."""
    con, path = book
    wb = load_workbook(path)
    for name, first in ((SHEET_MAIN, 8), (SHEET_SUPPLEMENTARY, 7)):
        ws = wb[name]
        rows = range(first, first + len(con.units))
        assert ws.cell(first, 2).value == con.units[0].commune.name
        assert [r for r in rows if (ws.row_dimensions[r].height or DEFAULT_ROW) > DEFAULT_ROW] == [], name
        assert len(ws.col_breaks.brk) == 1, name  # two pages across


def test_the_page_model_keeps_the_totals_with_rows_and_saves_pages():
    """92 rows of 15 pt at 73 % fill two pages with the nine totals: no third page, no break;
    a page too short for them takes the units' last three rows with them."""
    rows, block = [15.0] * 92, [15.0] * 7 + [30.0] * 2
    assert rows_down(rows, block, 90, 73) == (73, None)
    assert rows_down([15.0] * 55, block, 90, 100) == (100, None)  # 40 rows, then 15 and the totals
    room = PRINTABLE_HEIGHT - 90
    full = int(room // 15)  # units filling the first page at 100 %: the totals cannot go under them
    assert rows_down([15.0] * full, block, 90, 100, scaled=False) == (100, full - 3)
    # a scale lower than the widest page allows only for a page less
    assert rows_down([15.0] * 10, block, 90, 90)[0] == 90


@pytest.mark.skipif(not OFFICE or not shutil.which("pdftotext"), reason="LibreOffice and pdftotext needed")
def test_libreoffice_prints_each_indicator_sheet_on_four_pages_the_totals_with_units(book, tmp_path):
    """Two pages across, two down each; the page with the totals ("Số đơn vị vượt") holds units'
    rows too."""
    con, path = book
    subprocess.run([OFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "tong-hop.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    last_unit = con.units[-1].commune.name
    for name, title in TITLES.items():
        own = [p for p in pages if title in p]
        assert len(own) == 4, (name, len(own))
        with_totals = [p for p in own if "Số đơn vị" in p]
        assert len(with_totals) == 2 and all(last_unit in p for p in with_totals), name
