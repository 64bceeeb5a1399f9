"""The consolidated workbook shows every figure whole and exact (paper review U2, F2 F3 F7 F8): two
communes reporting the largest budget revenue the program takes, 999.999.999.999.999 triệu đồng, and
one of them 999.999.999.999.999,99 % for a supplementary indicator. Excel keeps 15 significant digits:
"Kết quả" (11 wide) showed "###" for the first, the second was written 1000000000000000 and the
province-wide total 1999999999999998 as numbers that lose digits; the own target "≥ 999.999.999.999.999
(Đang thực hiện)" wrapped inside the number; a long preparer's name printed over the page header's
title."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.province import ProvinceOffice
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace
from exports.consolidated_xlsx import (
    SHEET_MAIN,
    SHEET_SUPPLEMENTARY,
    write_consolidated,
)
from exports.fonts import report_fonts
from exports.submission_xlsx import write_submission
from tests.province.helpers import (
    ON_TIME,
    as_unit,
    delivered,
    fill_unit,
    sign_with,
    unit_key,
)

PERIOD = "2026-6M"
LARGEST = "999.999.999.999.999"  # 15 digits: a number Excel holds
DECIMALS = "999.999.999.999.999,99"  # 17 digits: one it does not
TOTAL = "1.999.999.999.999.998"  # 16
LONG_NAME = "Nguyễn Thị Phương Thảo Huyền Trang Ngọc Diệp Khánh Linh Thùy Dương Hoàng Yến Bảo Châu Quỳnh Anh Mỹ"


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    """The workbook of two communes' approved reports as above, the province's preparer a name of
    the 100 characters the settings allow."""
    root = tmp_path_factory.mktemp("figures-whole")
    folder = root / "inbox"
    folder.mkdir()
    ws = Workspace.open(root / "communes", user="can-bo")
    key = ws.signing_key()
    units = [c for c in default_catalog().communes if c.kind == "xã"][:2]
    for n, unit in enumerate(units):
        as_unit(ws, unit.code)
        fill_unit(ws, PERIOD, seed=n)
        ws.set_entry(PERIOD, "thu_ngan_sach", value=LARGEST, comment="Số lớn nhất")
        ws.set_own_target(2026, "thu_ngan_sach", "≥", LARGEST)
        if n == 0:
            ws.set_entry(PERIOD, "tang_gia_tri_san_pham", value=DECIMALS, comment="Số có phần thập phân")
        ws.complete(PERIOD)
        ws.approve(PERIOD)
        sub = ws.submission(PERIOD, approved=True, generated_at=ON_TIME + dt.timedelta(minutes=n))
        sub = sign_with(sub, key if n == 0 else unit_key(key, unit.code))
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    ws.close()
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup(LONG_NAME, "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(folder, PERIOD)
    con = office.consolidation(PERIOD)
    office.close()
    assert con.settings.preparer == LONG_NAME and len(LONG_NAME) <= 100
    return load_workbook(write_consolidated(con, root / "tong-hop.xlsx")), [u.name for u in units]


def _column(ws, sub_header: str, heading: str) -> int:
    """The column of `sub_header` ("Kết quả") under the indicator heading starting `heading`."""
    top = next(c for c in range(1, ws.max_column + 1) if str(ws.cell(5, c).value or "").startswith(heading))
    return next(c for c in range(top, top + 4) if ws.cell(6, c).value == sub_header)


def _row(ws, label: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == label)


def _fits(ws, col: int, text: str, bold: bool = False) -> bool:
    """`text` on one line in column `col`: its pixels (Excel's 7 a width unit, 5 of padding; 3 a side
    inside the cell) hold the text at 11 pt in the report's Times-compatible font."""
    f = report_fonts()
    px = int(ws.column_dimensions[get_column_letter(col)].width * 7 + 5)
    return stringWidth(text, f.bold if bold else f.regular, 11) <= (px - 6) * 0.75


def test_a_figure_of_15_digits_is_the_number_its_column_shows_whole(book):
    wb, (first, second) = book
    ws = wb[SHEET_MAIN]
    result = _column(ws, "Kết quả", "Tổng thu ngân sách")
    for name in (first, second):
        cell = ws.cell(_row(ws, name), result)
        assert cell.data_type == "n" and cell.value == 999_999_999_999_999 and cell.number_format == "#,##0"
    assert _fits(ws, result, LARGEST)  # "###" in 11 width units
    own = _column(ws, "Chỉ tiêu xã tự đặt (đánh giá)", "Tổng thu ngân sách")
    assert ws.cell(_row(ws, first), own).value.startswith(f"≥ {LARGEST} (")
    assert _fits(ws, own, f"≥ {LARGEST}")  # never "≥ 999.999.999.9 / 99.999 (Đang thực hiện)"
    target = _column(ws, "Chỉ tiêu giao", "Tổng thu ngân sách")
    shown = ws.cell(_row(ws, first), target)
    assert shown.data_type == "n" and _fits(ws, target, "≥ " + f"{shown.value:,.0f}".replace(",", "."))


def test_a_figure_excel_cannot_hold_is_its_exact_text_the_cells_named_under_the_totals(book):
    wb, (first, _) = book
    supp = wb[SHEET_SUPPLEMENTARY]
    col = _column(supp, "Kết quả", "Tốc độ tăng giá trị sản phẩm")
    cell = supp.cell(_row(supp, first), col)
    assert (cell.value, cell.data_type, cell.alignment.horizontal) == (DECIMALS, "s", "right")  # 1000000000000000
    assert _fits(supp, col, DECIMALS)
    main = wb[SHEET_MAIN]
    result = _column(main, "Kết quả", "Tổng thu ngân sách")
    total = main.cell(_row(main, "Toàn tỉnh"), result)
    assert (total.value, total.data_type, total.font.b) == (TOTAL, "s", True) and _fits(main, result, TOTAL, bold=True)
    average = supp.cell(_row(supp, "Toàn tỉnh"), col)  # of the one unit that stated it
    assert (average.value, average.data_type) == (DECIMALS, "s")
    for ws, cells in ((supp, [cell, average]), (main, [total])):
        named = ", ".join(c.coordinate for c in cells)
        # labelled in B, its words in C as the other notes' (S125; until then "Ghi chú: các ô …" in B alone)
        assert [ws.cell(ws.max_row, col).value for col in (2, 3)] == ["Ghi chú", (
            f"{'Các ô' if len(cells) > 1 else 'Ô'} {named} ghi số dạng chữ để giữ đủ chữ số (Excel chỉ giữ "
            "15 chữ số); hàm SUM không cộng các ô này.")], ws.title
    # the rows others read keep their places: the counts' rows, then the notes (the party indicator's empty counts)
    assert [main.cell(main.max_row - n, 2).value for n in (2, 1)] == [
        "Số đơn vị có báo cáo, chưa nhập số liệu", "Ghi chú về các ô để trống (cột AL)"]


def test_the_preparer_never_prints_over_the_title_in_the_page_header(book):
    """A sheet cut into pages prints its title in the header's centre: the name beside it is cut
    after a word to the room right of the title; a sheet printed one page wide, without a title
    there, names the preparer whole."""
    wb, _ = book
    f = report_fonts()
    titled = 0
    for ws in wb.worksheets:
        right, centre = ws.oddHeader.right, ws.oddHeader.center
        page = (420 / 25.4 - ws.page_margins.left - ws.page_margins.right) * 72
        assert right.text.startswith("Người lập biểu: Nguyễn Thị Phương Thảo"), ws.title
        if not centre.text:
            assert right.text == f"Người lập biểu: {LONG_NAME}", ws.title
            continue
        titled += 1
        title = stringWidth(centre.text, f.bold, centre.size)
        assert title / 2 + stringWidth(right.text, f.regular, right.size or 11) < page / 2, ws.title
        assert right.text.endswith("…") and LONG_NAME.startswith(right.text[len("Người lập biểu: "):-1])
        assert len(str(ws.oddHeader)) <= 255
    assert titled == 2  # "Tổng hợp", "Chỉ tiêu bổ sung"

