"""The consolidated workbook as a provincial reviewer prints it (S125): a note's row as tall as its words
wrap where LibreOffice and Excel print them, the poverty block's "Toàn tỉnh" words broken between words.
Three xã of 2027-6M whose poverty rate rose (from 2,00 % by 0,87, 1,94 and 3,36 points), stating the road
accidents of the same period a year before (the province holds no 2026 report of them), one stating a
figure Excel cannot hold. Before: the poverty note was measured breaking at its no-break spaces ("1,94 điểm %") on
Excel's widths, 3 lines, and printed 4 in its row of 3, its first line cut; the same-period note was
written twice, under each accident indicator, 7 lines each (a 95 pt row); the note on figures written as
text stayed "Ghi chú: ô …" in B alone while the others read across from C; "của 3 đơn vị; tỷ / lệ hộ
nghèo tăng". The words keep plain spaces (no-break ones would hold "của 3 đơn vị" whole, and fail a
reviewer's Find): "Tổng của 3 / đơn vị" is left so."""
from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.consolidated_xlsx import SHEET_MAIN, SHEET_SUPPLEMENTARY, write_consolidated
from exports.fonts import report_fonts
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, as_unit, delivered, fill_unit, sign_with, unit_key

PERIOD = "2027"
# (unit, poor households of 10.000 at a start-of-term rate of 2,00 %): rose 0,87, 1,94 and 3,36 points
UNITS = (("01912", "287"), ("01894", "394"), ("02071", "536"))
DECIMALS = "999.999.999.999.999,99"  # 17 significant digits: written as its text
LIBREOFFICE_LINE = 12.7  # pt a line of 11 pt Times takes in LibreOffice's print


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    root = tmp_path_factory.mktemp("notes-whole")
    inbox = root / "inbox"
    inbox.mkdir()
    ws = Workspace.open(root / "communes", user="can-bo")
    key = ws.signing_key()
    when = dt.datetime(2027, 12, 18, 9, tzinfo=VN)
    for n, (unit, poor) in enumerate(UNITS):
        as_unit(ws, unit)
        fill_unit(ws, PERIOD, seed=n)
        ws.set_baseline("giam_ngheo", "2,00")
        ws.set_entry(PERIOD, "giam_ngheo", numerator=poor, denominator="10000", comment="Theo rà soát")
        ws.set_entry(PERIOD, "tngt_so_vu", value="8", previous="20")
        ws.set_entry(PERIOD, "tngt_nguoi_chet", value="3", previous="4")
        if n == 0:
            ws.set_entry(PERIOD, "tang_gia_tri_san_pham", value=DECIMALS, comment="Số có phần thập phân")
        ws.complete(PERIOD)
        ws.approve(PERIOD)
        sub = ws.submission(PERIOD, approved=True, generated_at=when + dt.timedelta(minutes=n))
        sub = sign_with(sub, key if n == 0 else unit_key(key, unit))
        delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)
    ws.close()
    office = ProvinceOffice.open(root / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    office.intake(inbox, PERIOD)
    con = office.consolidation(PERIOD)
    office.close()
    return load_workbook(write_consolidated(con, root / "tong-hop.xlsx"))


def _printed(text: str, widths) -> list[str]:
    """The lines `text` prints in, in a cell over columns `widths` wide, italic 11 pt: broken at its
    spaces only (a no-break space holds), where both offices have room, LibreOffice's 5,45 pt a width
    unit less 1,2 pt (measured in LibreOffice 7 on 1 to 8 columns 8 to 40 wide) and Excel's 7 px and 5
    of padding a column, 3 px a side of the cell."""
    font = report_fonts().italic
    room = min(5.45 * sum(widths) - 1.2, (sum(int(w * 7 + 5) for w in widths) - 6) * 0.75)
    lines = []
    for word in text.split(" "):
        if lines and stringWidth(f"{lines[-1]} {word}", font, 11) <= room:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _cell(ws, row: int, col: int):
    """(its text, the widths of the columns it is merged over)."""
    span = next((m for m in ws.merged_cells.ranges if (m.min_row, m.min_col) == (row, col)), None)
    last = span.max_col if span else col
    return ws.cell(row, col).value, [ws.column_dimensions[get_column_letter(c)].width for c in range(col, last + 1)]


def _height(ws, row: int) -> float:
    return ws.row_dimensions[row].height or 15


def _notes(ws) -> list[int]:
    return [r for r in range(1, ws.max_row + 1) if str(ws.cell(r, 2).value or "").startswith("Ghi chú")]


def test_the_poverty_note_row_holds_every_line_it_prints(book):
    ws = book[SHEET_MAIN]
    row, col = next((r, c) for r in _notes(ws) for c in range(3, ws.max_column + 1)
                    if str(ws.cell(r, c).value or "").startswith("Tỷ lệ hộ nghèo tăng so với đầu nhiệm kỳ ở 3 đơn vị"))
    text, widths = _cell(ws, row, col)
    assert "1,94\xa0điểm\xa0%" in text and len(widths) == 4  # over the poverty block's columns
    lines = _printed(text, widths)
    assert _height(ws, row) >= len(lines) * LIBREOFFICE_LINE + 2, lines  # was 43 pt for 4 lines: the first cut


def test_the_same_period_note_is_said_once_over_both_accident_indicators(book):
    ws = book[SHEET_SUPPLEMENTARY]
    row = next(r for r in _notes(ws) if ws.cell(r, 2).value.startswith("Ghi chú về cùng kỳ năm trước theo tệp (cột "))
    said = [c for c in range(3, ws.max_column + 1) if ws.cell(row, c).value]
    assert len(said) == 1  # once, not under each indicator
    text, widths = _cell(ws, row, said[0])
    assert text.startswith("3 đơn vị (tất cả) có cùng kỳ năm trước theo số đơn vị ghi trong tệp") and len(widths) == 4
    lines = len(_printed(text, widths))
    assert lines * LIBREOFFICE_LINE + 2 <= _height(ws, row) <= 4 * 13 + 4  # 95 pt for 7 lines under each


def test_the_note_on_figures_written_as_text_reads_across_and_stays_last(book):
    ws = book[SHEET_SUPPLEMENTARY]
    last = ws.max_row
    assert ws.cell(last, 2).value == "Ghi chú"  # labelled as the notes above it
    text, widths = _cell(ws, last, 3)
    named = text.removeprefix("Các ô ").partition(" ghi số dạng chữ")[0].split(", ")
    assert [ws[c].value for c in named] == [DECIMALS, DECIMALS]  # the unit's and the province's average
    first_page = min(b.id for b in ws.col_breaks.brk) if ws.col_breaks.brk else ws.max_column
    assert len(widths) == first_page - 2  # C to the first page's last column
    lines = len(_printed(text, widths))
    assert lines == 1 or _height(ws, last) >= lines * LIBREOFFICE_LINE + 2
    assert ws.cell(last - 1, 2).value.startswith("Ghi chú về cùng kỳ năm trước")  # the rows above in their places


@pytest.mark.parametrize(("sheet", "parts"), [
    # the poverty block's "Đánh giá", as wide as the rise's words: LibreOffice broke "tỷ / lệ"
    (SHEET_MAIN, ["của 3 đơn vị; tỷ lệ", "hộ nghèo tăng"]),
])
def test_the_province_wide_words_break_between_their_parts(book, sheet, parts):
    ws = book[sheet]
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Toàn tỉnh")
    col = next(c for c in range(3, ws.max_column + 1) if " ".join(str(ws.cell(row, c).value).split()) == " ".join(parts))
    text, widths = _cell(ws, row, col)
    assert [" ".join(line.split()) for line in _printed(text, widths)] == parts
    assert _height(ws, row) >= len(parts) * LIBREOFFICE_LINE + 2
