"""Where the workbook's "Báo cáo" breaks its pages, and how it keeps a comparator with its number,
as a reviewer printed it with LibreOffice: with long remarks printed under the table, the rows
kept with the summary were peeled off one page each (an indicator alone on a page, the heading
"II CHỈ TIÊU BỔ SUNG" alone on the next), and "Giảm ≥" could end a line, its number on the next."""
from __future__ import annotations

import itertools
from dataclasses import replace

import openpyxl
import pytest

from exports.sheet_layout import PAGE_SAFETY, row_breaks
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.test_submission_pages import NEEDS_OFFICE, _commune, _lo_pages

PAGE = (210 - 2 * 20) / 25.4 * 72 * PAGE_SAFETY  # pt of an A4 landscape page's rows, at 100 %
HEADER = 34 + 16  # rows 7-8, repeated atop each page after the first

# The reviewer's two sheets, their rows' heights (pt): five remarks of 1.500 characters under a
# table of rows 9-19 (groups in rows 9 and 18, the summary from row 27), printed at 83 %; and
# twenty remarks of 4.000 characters under a table of rows 9-30 (groups 9 and 18, summary from 53), 75 %.
FIVE_NOTES = ([16, 17, 9, 20, 16, 18, 34, 16, 16, 42] + [50] * 5 + [30, 34, 16, 46, 16, 178] + [162] * 4
              + [16] * 5, (9, 19), (9, 18), 27, 0.83)
TWENTY_NOTES = ([16, 17, 9, 20, 16, 16, 34, 16, 16, 90] + [62] * 7 + [16] + [62] * 7 + [110] * 3 + [50, 50, 16, 370]
                + [354] * 6 + [370] + [354] * 12 + [16] * 6, (9, 30), (9, 18), 53, 0.75)


def _pages(heights, breaks) -> list[range]:
    edges = [1, *breaks, len(heights) + 1]
    return [range(a, b) for a, b in itertools.pairwise(edges)]


def _faults(heights, breaks, room, groups, foot) -> list[str]:
    """What a person sees wrong in the printed pages: a page ending on a group's heading, two pages
    whose rows would fit on one (a lone row given a page of its own), the closing lines parted from
    what they close."""
    pages = _pages(heights, breaks)
    found = []
    for n, (page, after) in enumerate(itertools.pairwise(pages), 1):
        if page[-1] in groups:
            found.append(f"page {n} ends on the heading in row {page[-1]}")
        rows = sum(heights[r - 1] for r in (*page, *after))
        if rows <= (room if n == 1 else room - HEADER):
            found.append(f"pages {n} and {n + 1} (rows {page[0]}-{after[-1]}) fit on one")
        if after[0] >= foot - 1:
            found.append(f"page {n + 1} starts with the closing lines (row {after[0]})")
    return found


@pytest.mark.parametrize("case", [FIVE_NOTES, TWENTY_NOTES], ids=["five notes", "twenty notes"])
def test_the_reviewers_sheets_give_no_page_to_a_lone_row_or_heading(case):
    heights, table, groups, foot, scale = case
    breaks = row_breaks(heights, PAGE / scale, HEADER, table, groups=groups, foot=foot)
    assert _faults(heights, breaks, PAGE / scale, groups, foot) == []
    kept = next(b for b in breaks if b > table[1] - 3)  # the page of the table's end and the first remark
    assert kept <= table[1], "the remarks start a page of their own, under no row of the table"


def test_a_row_taller_than_a_page_gets_a_page_of_its_own_and_no_more():
    heights = [20] * 8 + [50, 50, 900, 50] + [16] * 3  # table 9-12, its row 11 taller than a page of 700
    # (the table's last rows went with the summary one by one: row 10 alone, then 11, then 12 and the rest)
    assert row_breaks(heights, 700, 40, (9, 12)) == [11, 12]


NOTE = ("Số liệu được tổng hợp từ báo cáo của các thôn, các cơ quan chuyên môn; một số hồ sơ còn nộp bản giấy "
        "nên chưa cập nhật đầy đủ vào hệ thống; đề nghị tỉnh xem xét. ")
LONG_REMARKS = ("thu_ngan_sach", "bhyt", "giam_ngheo", "truong_chuan", "lao_dong_dao_tao")


@pytest.fixture(scope="module")
def five_notes(tmp_path_factory):
    """The reviewer's case: five remarks of 1.500 characters, each printed whole under the table."""
    return _commune(tmp_path_factory.mktemp("five"), {c: (NOTE * 12)[:1500].rstrip() for c in LONG_REMARKS})


def _written(path):
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    heights = [ws.row_dimensions[r].height for r in range(1, ws.max_row + 1)]
    column_a = [ws.cell(r, 1).value for r in range(1, ws.max_row + 1)]
    return ws, heights, column_a


def test_the_written_sheet_with_five_long_remarks_breaks_its_pages_whole(five_notes, tmp_path):
    path = write_submission(five_notes, tmp_path / f"{five_notes.file_stem}.xlsx")
    ws, heights, column_a = _written(path)
    breaks = [b.id + 1 for b in ws.row_breaks.brk]
    groups = {r for r, v in enumerate(column_a, 1) if v in ("I", "II")}
    foot = next(r for r, v in enumerate(column_a, 1) if str(v).startswith("Tổng hợp "))
    assert breaks and ws.print_title_rows == "$7:$8"
    assert _faults(heights, breaks, PAGE / (ws.page_setup.scale / 100), groups, foot) == []
    assert verify_file(path).ok


@NEEDS_OFFICE
def test_libreoffice_prints_the_heading_with_its_row_and_the_summary_after_a_remark(five_notes, tmp_path):
    """As printed: the pages by hand are the pages printed (none added, none a lone row), "II CHỈ
    TIÊU BỔ SUNG" is on the page of its first indicator, the summary under the last remark."""
    path = write_submission(five_notes, tmp_path / f"{five_notes.file_stem}.xlsx")
    ws, _, column_a = _written(path)
    pages = [" ".join(page.split()) for page in _lo_pages(path, tmp_path)]
    assert len(pages) == len(ws.row_breaks.brk) + 1
    first_of_ii = ws.cell(column_a.index("II") + 2, 2).value  # the name in the row under "II"
    heading = next(page for page in pages if "CHỈ TIÊU BỔ SUNG" in page)
    assert " ".join(first_of_ii.split()[:4]) in heading
    last = pages[-1]
    assert f"{len(LONG_REMARKS)}. Số liệu được tổng hợp" in last and "Tổng hợp " in last


def test_a_target_on_one_line_keeps_its_comparator_with_its_number(commune_sub, tmp_path):
    """A target whose cell is one line (an indicator a province's catalogue adds: no line saying how
    long it runs) shows "Giảm ≥ 5%" joined by a no-break space, as the PDF prints it; the cell
    holds the data's text, what `verify` compares."""
    items = [replace(it, code="tngt_moi") if it.code == "tngt_so_vu" else it for it in commune_sub.items]
    sub = replace(commune_sub, items=items)
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    cell = next(c for row in ws.iter_rows(min_row=9, min_col=4, max_col=4) for c in row
                if str(c.value).startswith("Giảm ≥"))
    assert cell.value == "Giảm ≥ 5% so với cùng kỳ"
    assert cell.number_format == ';;;"Giảm ≥\u00a05% so với cùng kỳ"'
    assert verify_file(path).ok
