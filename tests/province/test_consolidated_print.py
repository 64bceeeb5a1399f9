"""The consolidated workbook prints: A3 landscape, header rows on every page, one page wide at
8 pt or more (or cut between indicator groups at a scale keeping 8 pt), headers as tall as their
wrapped text, frozen panes and a filter on each table; every figure printed once.

Print sizes are recomputed here from what the file says (column widths, margins, paper, fit or
scale), with Excel's own rule for a column's width: 7 px a character of the default font and
5 px of padding, at 96 px an inch."""
from __future__ import annotations

import io
import itertools

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from reportlab.lib.utils import simpleSplit

from exports.consolidated_xlsx import (
    MAIN_SUB,
    SHEET_COMPLETENESS,
    SHEET_DIFFERENCES,
    SHEET_MAIN,
    SHEET_SUPPLEMENTARY,
    SUPP_SUB,
    UNIT_COLUMNS,
    write_consolidated,
)
from exports.intake_results_sheet import SHEET_INTAKE
from exports.fonts import report_fonts
from tests.province.conftest import PERIOD

A3_LANDSCAPE_INCHES = 420 / 25.4
FIRST_SHEETS = [SHEET_MAIN, SHEET_SUPPLEMENTARY, SHEET_COMPLETENESS, SHEET_INTAKE, SHEET_DIFFERENCES]


@pytest.fixture(scope="module")
def workbook(received, tmp_path_factory):
    office, _ = received
    con = office.consolidation(PERIOD)
    path = write_consolidated(con, tmp_path_factory.mktemp("print") / "tong-hop.xlsx")
    return con, load_workbook(path)


def _px(ws, first: int, last: int) -> int:
    return sum(int(ws.column_dimensions[get_column_letter(c)].width * 7 + 5) for c in range(first, last + 1))


def printed_pt(ws) -> float:
    """The pt 11 pt text prints at on the sheet's paper, from its widths and page setup."""
    room = (A3_LANDSCAPE_INCHES - ws.page_margins.left - ws.page_margins.right) * 96
    last = ws.max_column
    if ws.sheet_properties.pageSetUpPr.fitToPage:
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0), ws.title
        return 11 * min(1.0, room / _px(ws, 1, last))
    breaks = [b.id for b in ws.col_breaks.brk]
    assert breaks and ws.print_title_cols == "$A:$B", ws.title
    edges = [0, *breaks, last]
    widest = max(_px(ws, a + 1, b) + (_px(ws, 1, 2) if a else 0) for a, b in itertools.pairwise(edges))
    assert widest * ws.page_setup.scale / 100 <= room, ws.title  # every page fits its width
    return 11 * ws.page_setup.scale / 100


def pages(ws, span: int) -> list[list[str]]:
    """The indicator headings on each printed page of a units-against-indicators sheet, left to
    right, from its page breaks."""
    first = len(UNIT_COLUMNS)
    edges = [first, *[b.id for b in ws.col_breaks.brk], ws.max_column]
    return [[ws.cell(5, c).value for c in range(a + 1, b + 1, span)] for a, b in itertools.pairwise(edges)]


def test_the_five_sheets_others_read_and_nothing_printed_twice(workbook):
    """The five sheets, in their order; each indicator's figures are on exactly one of them (the
    "In - <nhóm>" sheets that repeated them per group are gone: a workbook printed whole printed
    every figure twice)."""
    con, wb = workbook
    assert wb.sheetnames == FIRST_SHEETS
    assert sum(pages(wb[SHEET_MAIN], len(MAIN_SUB)), []) == [f"{i.name} ({i.unit})" for i in con.assigned]
    assert len(sum(pages(wb[SHEET_SUPPLEMENTARY], len(SUPP_SUB)), [])) == len(con.supplementary)


def test_a_printed_page_holds_as_many_indicators_as_8_pt_allows(workbook):
    """Tổng hợp prints two pages across, as few as 8 pt allows, cutting one group (Văn hóa - Xã
    hội) where whole groups took three and left Kinh tế's one indicator alone on a page a third
    wide (walk-through 6); the 13 supplementary indicators, one group, two pages as even as the
    unit columns on the first allow."""
    con, wb = workbook
    group_of = {f"{i.name} ({i.unit})": con.catalog.groups[i.group] for i in con.assigned}
    printed = [[group_of[h] for h in page] for page in pages(wb[SHEET_MAIN], len(MAIN_SUB))]
    assert [list(dict.fromkeys(page)) for page in printed] == [
        ["Kinh tế", "Văn hóa - Xã hội"], ["Văn hóa - Xã hội", "Môi trường", "Xây dựng Đảng"]]
    assert [len(page) for page in pages(wb[SHEET_SUPPLEMENTARY], len(SUPP_SUB))] == [6, 7]
    for name in (SHEET_MAIN, SHEET_SUPPLEMENTARY):  # one page across fewer would print under 8 pt
        ws = wb[name]
        widths = [_px(ws, 1, 2)] + [_px(ws, c, c) for c in range(3, ws.max_column + 1)]
        room = (A3_LANDSCAPE_INCHES - 1) * 96 * 11 / 8
        assert sum(widths) + _px(ws, 1, 2) * (len(ws.col_breaks.brk) - 1) > room * len(ws.col_breaks.brk)
    # each page names its groups in the row above the headers (printed with them on every page),
    # merged over the group's columns; a group cut between pages is numbered on each
    for name, span, expected in ((SHEET_MAIN, len(MAIN_SUB), ["Kinh tế", "Văn hóa - Xã hội (1/2)",
                                                              "Văn hóa - Xã hội (2/2)", "Môi trường",
                                                              "Xây dựng Đảng"]),
                                 (SHEET_SUPPLEMENTARY, len(SUPP_SUB),
                                  ["Chỉ tiêu bổ sung (1/2)", "Chỉ tiêu bổ sung (2/2)"])):
        ws = wb[name]
        bands = sorted((r.min_col, r.max_col, ws.cell(4, r.min_col).value)
                       for r in ws.merged_cells.ranges if r.min_row == r.max_row == 4)
        assert [text for _, _, text in bands] == expected
        edges = [b.id for b in ws.col_breaks.brk]
        assert not [b for b in edges for first, last, _ in bands if first <= b < last]  # none across pages
        assert all((last - first + 1) % span == 0 for first, last, _ in bands)  # whole indicators


def test_a_sheet_cut_into_pages_has_its_title_on_every_page(workbook):
    """The sheets printed several pages wide carry their title in the page header and the period
    and the completeness line in the footer, and print from the first unit's row (their header
    rows repeat): their title rows would head only the first pages, cut by the page's edge on the
    others. A sheet one page wide prints its title rows."""
    con, wb = workbook
    for name, title in ((SHEET_MAIN, "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU"),
                        (SHEET_SUPPLEMENTARY, "KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG")):
        ws = wb[name]
        first_unit = 8 if name == SHEET_MAIN else 7
        assert ws.cell(first_unit, 2).value == con.units[0].commune.name
        assert ws.print_area == f"'{name}'!$A${first_unit}:${get_column_letter(ws.max_column)}${ws.max_row}"
        assert ws.oddHeader.center.text.startswith(title) and ws.cell(1, 1).value.startswith(title)
        assert ws.oddFooter.left.text == f"&A – {ws.cell(2, 1).value}"  # the sheet's name, the period
        status = ws.cell(3, 1).value
        assert status.startswith("Tình hình gửi báo cáo: Đã nhận") and ws.oddFooter.right.text == status
        assert len(str(ws.oddHeader)) <= 255 and len(str(ws.oddFooter)) <= 255  # what Excel keeps
    completeness = wb[SHEET_COMPLETENESS]
    assert not completeness.print_area and not completeness.oddHeader.center.text


def test_every_sheet_prints_a3_landscape_at_8_pt_or_more(workbook):
    """A3 (paper 8) landscape; one page wide where 8 pt allows it: every sheet but the two
    all-indicator ones, which print 4,4 pt and 5,9 pt on one page and are cut between indicators."""
    _, wb = workbook
    sizes = {}
    for ws in wb:
        assert (ws.page_setup.paperSize, ws.page_setup.orientation) == (8, "landscape"), ws.title
        sizes[ws.title] = printed_pt(ws)
        assert sizes[ws.title] >= 8, (ws.title, sizes[ws.title])
    one_page = [ws.title for ws in wb if ws.sheet_properties.pageSetUpPr.fitToPage]
    assert one_page == FIRST_SHEETS[2:]
    main = wb[SHEET_MAIN]
    assert 11 * (A3_LANDSCAPE_INCHES - 1) * 96 / _px(main, 1, main.max_column) < 5  # why it is cut
    for name, span in ((SHEET_MAIN, len(MAIN_SUB)), (SHEET_SUPPLEMENTARY, len(SUPP_SUB))):
        breaks = [b.id for b in wb[name].col_breaks.brk]
        assert all((b - len(UNIT_COLUMNS)) % span == 0 for b in breaks), (name, breaks)  # between indicators


def test_header_rows_repeat_panes_freeze_and_tables_filter(workbook):
    """The header rows repeated on every page, panes frozen under them (and after the unit's
    name on the indicator sheets), a filter from the last header row over the table's rows."""
    con, wb = workbook
    n = len(con.units)
    flat = {SHEET_COMPLETENESS: n, SHEET_INTAKE: len(con.intake_log),
            SHEET_DIFFERENCES: max(1, sum(map(len, con.differences.values())))}
    for ws in wb:
        if ws.title in flat:
            top, header, freeze, rows = 5, 5, "A6", flat[ws.title]
        else:  # the units against indicators: assigned ones have a third row numbering the columns,
            # and the groups' names above the headers repeat with them
            top, header = 4, 7 if ws["A7"].value == "(1)" else 6
            freeze, rows = f"C{header + 1}", n
        assert (ws.print_title_rows, ws.freeze_panes) == (f"${top}:${header}", freeze), ws.title
        assert ws.auto_filter.ref == f"A{header}:{get_column_letter(ws.max_column)}{header + rows}", ws.title
    assert [ws.title for ws in wb if ws["A7"].value == "(1)"] == [SHEET_MAIN]


def test_merged_headers_are_wrapped_centred_and_tall_enough(workbook):
    """Each indicator's name, merged over its columns, wraps centred; its row holds the lines
    reportlab's own splitter makes of it at the merged width (12,7 pt a line of 11 pt Times, as
    LibreOffice sets it), and the sub-headers' row theirs: no header runs into the next row."""
    _, wb = workbook
    f = report_fonts()
    for ws in wb:
        merged = [r for r in ws.merged_cells.ranges if r.min_row == 5 and r.max_row == 5]
        if not merged:
            continue
        assert len(merged) == len([c for c in ws[5] if c.value]) - len(UNIT_COLUMNS), ws.title
        for r in merged:
            cell = ws.cell(5, r.min_col)
            assert (cell.alignment.wrap_text, cell.alignment.horizontal) == (True, "center"), ws.title
            width = (_px(ws, r.min_col, r.max_col) - 6) * 0.75
            lines = len(simpleSplit(cell.value, f.bold, 11, width))
            assert ws.row_dimensions[5].height >= lines * 12.7, (ws.title, cell.value, lines)
        for cell in ws[6][len(UNIT_COLUMNS):]:
            width = (_px(ws, cell.column, cell.column) - 6) * 0.75
            lines = len(simpleSplit(cell.value, f.bold, 11, width))
            assert (ws.row_dimensions[6].height or 15) >= lines * 12.7, (ws.title, cell.value)


def test_rows_fill_a_page_as_libreoffice_prints_them():
    """The page model the workbook keeps blocks together with: an A3 landscape page at 100 %
    holds 46 rows of one line (what LibreOffice printed of a sheet of 300 such rows), a row
    that does not fit starts the next page, and the header rows repeat atop each."""
    from exports.sheet_layout import DEFAULT_ROW, PRINTABLE_HEIGHT, room_left

    assert 0 <= room_left([DEFAULT_ROW] * 46, 1.0, 0) < DEFAULT_ROW
    assert room_left([DEFAULT_ROW] * 47, 1.0, 0) == room_left([DEFAULT_ROW], 1.0, 0)  # the 47th starts page 2
    assert room_left([DEFAULT_ROW] * 10, 0.5, 100) == pytest.approx(PRINTABLE_HEIGHT * 2 - 100 - 10 * DEFAULT_ROW)


def _printed_pages(s, scale: float) -> list[list[int]]:
    """The sheet's rows (1-based) on each printed page, from its table's first row down: pages of
    the printable height at `scale` under the repeated header rows, a row never cut, a page ended
    by each of its row breaks (as LibreOffice printed them, test_rows_fill_a_page_as_libreoffice_prints_them)."""
    from exports.sheet_layout import PRINTABLE_HEIGHT

    room = PRINTABLE_HEIGHT / scale - sum(s.heights[r - 1] for r in s.repeated)
    breaks = {b.id for b in s.ws.row_breaks.brk}
    printed, left = [[]], room
    for row in range(s.table_row, s.row + 1):
        h = s.heights[row - 1]
        if printed[-1] and (h > left or row - 1 in breaks):
            printed.append([])
            left = room
        printed[-1].append(row)
        left -= h
    return printed


def test_the_provinces_figures_and_counts_print_with_the_units_last_rows(received):
    """Spreadsheets keep no rows together: "Toàn tỉnh" and the first count printed at the foot
    of a page, the other seven counts alone on the next, or the block alone on a nearly empty page
    (walk-through 6). Whatever the number of units, the block prints whole on one page with at
    least the units' last three rows, at 8 pt or more; the text is made smaller than the widest
    page across allows only where that saves a page down."""
    from openpyxl import Workbook

    from exports import consolidated_xlsx as cx
    from exports.consolidated_pages import KEEP_WITH

    office, _ = received
    con = office.consolidation(PERIOD)
    seen = set()
    for units in range(1, 130):
        book = cx._Book(Workbook(write_only=True), {})
        s = cx._main_sheet(book, con, cx.SHEET_MAIN, cx.MAIN_TITLE, con.assigned)
        widest = s.ws.page_setup.scale
        for n in range(units):
            s.append([(n + 1, cx._CENTRE), (f"Xã {n + 1}", cx._LEFT)])
        last_unit = s.row
        cx._main_counts(s, con, con.assigned)
        scale = s.ws.page_setup.scale
        assert 11 * scale / 100 >= 8 and scale <= widest, units
        printed = _printed_pages(s, scale / 100)
        end = next(page for page in printed if last_unit + 1 in page)
        assert s.row in end, units  # the block whole on one page
        assert len([r for r in end if r <= last_unit]) >= min(KEEP_WITH, units), units
        if scale < widest:  # smaller text only for a page less
            s.ws.page_setup.scale = widest
            assert len(_printed_pages(s, widest / 100)) > len(printed) or s.ws.row_breaks.brk, units
        seen.add((bool(s.ws.row_breaks.brk), scale < widest))
        book.wb.save(io.BytesIO())  # a write-only workbook left open warns when collected
    assert {(False, False), (True, False)} <= seen
