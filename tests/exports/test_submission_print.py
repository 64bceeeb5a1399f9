"""The submission workbook as a person prints it: every sheet readable on paper, pages numbered
as Decree 30 numbers them, a draft marked on every page, a long remark whole. Print layout
only: the values every reader reads are the same as before (exports/FORMAT.md)."""
from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from desktop_app.core import wording
from desktop_app.core.wording import REMARK_LINES, remark_cell, remark_lines
from desktop_app.services import Workspace
from exports import report_annex
from exports.submission_cells import _lines, _plain_width
from exports.submission_format import DATA_COLUMNS, INFO_KEYS, SHEET_DATA, SHEET_INFO, SHEET_REPORT
from exports.submission_reader import read_submission, verify_file
from exports.submission_report_sheet import REPORT_WIDTHS
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of
from tests.exports.sample_data import fill_commune_2026

SENTENCE = ("Tổng thu ngân sách giảm so với cùng kỳ do khoản thu tiền thuê đất của Công ty cổ phần Chè "
            "Thái Nguyên chưa nộp, dự kiến nộp trong tháng 7/2026; các khoản thu phí, lệ phí đạt 87,5% dự toán. ")
LONGEST = ("ĐẦU " + SENTENCE * 30)[:3990].rsplit(" ", 1)[0] + " CUỐI"  # the most an officer may type: 4.000
QUOTED = 'Theo "Kế hoạch 12/KH-UBND" ngày 05/3/2026; ' + SENTENCE * 2  # a quote inside the shown text
SHORT = "Lao động đi làm việc ngoài tỉnh chưa được cập nhật"


@pytest.fixture(scope="module")
def sub(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("print"), user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_entry("2026", "thu_ngan_sach", comment=LONGEST)
    ws.set_entry("2026", "bhyt", comment=QUOTED)
    yield submission_of(ws)
    ws.close()


@pytest.fixture(scope="module")
def draft(sub, tmp_path_factory):
    return write_submission(sub, tmp_path_factory.mktemp("draft") / f"{sub.file_stem}.xlsx")


@pytest.fixture(scope="module")
def approved(sub, tmp_path_factory):
    return write_submission(replace(sub, approved=True), tmp_path_factory.mktemp("ok") / f"{sub.file_stem}.xlsx")


def _row_of(ws, name):
    return next(r for r in range(9, ws.max_row + 1) if ws.cell(r, 2).value == name)


def test_a_long_remark_shows_as_on_paper_and_is_whole_under_the_table(sub, draft):
    """A remark over 200 characters: its cell shows the PDF's text (its beginning, "… (xem ghi chú
    1 dưới biểu)") in a row no taller than Excel allows, and the whole remark, beginning and end,
    is printed under the table in rows none of which is cut; the cell keeps the remark itself,
    what every reader and `verify` compare with the data."""
    ws = openpyxl.load_workbook(draft)[SHEET_REPORT]
    items = {it.code: it for it in sub.items}
    notes: list[str] = []
    shown = [remark_cell(items[code].remarks, notes) for code in ("thu_ngan_sach", "bhyt")]
    assert shown[0].endswith("… (xem ghi chú 1 dưới biểu)") and shown[1].endswith("(xem ghi chú 2 dưới biểu)")
    for code, text in zip(("thu_ngan_sach", "bhyt"), shown):
        cell = ws.cell(_row_of(ws, items[code].name), 8)
        assert cell.value == items[code].remarks  # the data, as verify reads it
        assert cell.number_format.startswith(';;;"') and len(cell.number_format) <= 255
        assert cell.number_format.replace('"\\""', '"')[4:-1] == text  # what the cell shows
        assert ws.row_dimensions[cell.row].height <= 409
    short = ws.cell(_row_of(ws, items["lao_dong_dao_tao"].name), 8)
    assert short.value == SHORT and short.number_format == "General"

    rows = [(r, ws.cell(r, 1).value) for r in range(1, ws.max_row + 1)]
    # "Ghi chú:" is the first line of the first note's row: no page parts them
    start = next(r for r, v in rows if (v or "").startswith("Ghi chú:\n1. ĐẦU "))
    summary = next(r for r, v in rows if (v or "").startswith("Tổng hợp"))
    under = [(r, v) for r, v in rows if start <= r < summary and v]
    assert len(under) > 2  # the longest remark takes more than one row
    width = sum(ws.column_dimensions[c].width for c in "ABCDEFGH")
    for r, piece in under:
        assert ws.row_dimensions[r].height <= 409
        assert _lines(piece, width) * 16 + 2 <= 409  # every line of it shows
        assert any(f"A{r}:H{r}" == str(m) for m in ws.merged_cells.ranges)
    text = " ".join(v for _, v in under).removeprefix("Ghi chú:\n")
    assert text.startswith("1. ĐẦU ") and " CUỐI 2. Theo " in text
    assert " ".join(text.split()) == " ".join(f"1. {LONGEST} 2. {QUOTED}".split())
    assert verify_file(draft).ok
    assert {it.code: it.comment for it in read_submission(draft).items}["thu_ngan_sach"] == LONGEST


def test_the_pdf_and_the_workbook_share_one_rule_for_a_long_remark():
    """The rule is written once (desktop_app/core/wording.py), on the text alone: a remark of more
    than 7 lines of 10 characters (about the PDF's 22 mm column) goes under the table."""
    assert report_annex.remark_cell is wording.remark_cell and not hasattr(report_annex, "LONG_REMARK")
    assert REMARK_LINES == 7
    notes: list[str] = []
    assert remark_cell("x" * 70, notes) == "x" * 70 and notes == []
    assert remark_cell(SHORT, notes) == SHORT and notes == []
    assert remark_lines("Lao động đi làm việc ngoài tỉnh chưa được cập nhật") == 6
    assert remark_lines("a\nb\n\nc") == 4 and remark_lines("x" * 21) == 3
    assert remark_cell("x" * 71, notes).endswith("… (xem ghi chú 1 dưới biểu)") and notes == ["x" * 71]
    shown = remark_cell("ab " * 100, notes)
    assert shown.startswith("ab ab") and shown.endswith("… (xem ghi chú 2 dưới biểu)") and len(notes) == 2
    assert remark_lines(shown) <= REMARK_LINES


@pytest.mark.parametrize("sheet", [SHEET_REPORT, SHEET_DATA, SHEET_INFO])
def test_pages_are_numbered_at_the_top_from_the_second_each_sheet_from_one(approved, sheet):
    """Decree 30: the number centred in the top margin, Times New Roman 13, none on page 1; each
    sheet counts its own pages, printed alone or with the whole workbook (no "Trang 1/5")."""
    ws = openpyxl.load_workbook(approved)[sheet]
    assert ws.HeaderFooter.differentFirst is True
    assert ws.oddHeader.center.text == "&P"
    assert ws.oddHeader.center.font == "Times New Roman" and ws.oddHeader.center.size == 13
    assert not ws.firstHeader.center.text
    assert not ws.oddFooter.center.text and not ws.firstFooter.center.text
    assert ws.page_setup.firstPageNumber == 1 and ws.page_setup.useFirstPageNumber is True
    assert not ws.oddHeader.right.text and not ws.firstHeader.right.text


@pytest.mark.parametrize("sheet", [SHEET_REPORT, SHEET_DATA, SHEET_INFO])
def test_a_draft_says_so_on_every_page_of_every_sheet(draft, sheet):
    """Once a page: "Báo cáo"'s first page says it boxed in red above "Ghi chú" (H6), so its
    print header says it from the second page only (page 1 said it twice)."""
    ws = openpyxl.load_workbook(draft)[sheet]
    headers = (ws.oddHeader,) if sheet == SHEET_REPORT else (ws.firstHeader, ws.oddHeader)
    for header in headers:
        assert header.right.text == "DỰ THẢO"
        assert header.right.font == "Times New Roman,Bold" and header.right.color == "C00000"
    if sheet == SHEET_REPORT:
        assert not ws.firstHeader.right.text and ws["H6"].value == "DỰ THẢO"


def test_data_sheet_prints_as_a_compact_record_with_its_codes_repeated(sub, draft):
    """Dữ liệu: A4 landscape, its codes upright in row 1, each column as wide as what it holds,
    on as few pages across as keep its text at 8 pt or more (not one short row a page); the codes
    row and the indicator's code and number on every page; its text in Times New Roman 11 in
    rows no taller than Excel allows; a text too long for a row shows its beginning and says it
    goes on (the cell keeps it whole); the print area ends at its last cell. Values unchanged."""
    from exports.submission_data_sheet import DATA_FONT_SIZE, DATA_MIN_PRINTED, DATA_PAGE_PX

    ws = openpyxl.load_workbook(draft)[SHEET_DATA]
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
    widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, len(DATA_COLUMNS) + 1)]
    px = sum(int(w * 7 + 5) for w in widths)
    across = ws.page_setup.fitToWidth
    assert 1 <= across <= 4 and px / across <= DATA_PAGE_PX * DATA_FONT_SIZE / DATA_MIN_PRINTED
    assert ws.print_title_rows.replace("$", "") == "1:1"
    code, number = (openpyxl.utils.get_column_letter(DATA_COLUMNS.index(c) + 1) for c in ("indicator", "indicator_no"))
    assert ws.print_title_cols.replace("$", "") == f"{code}:{number}"
    last = openpyxl.utils.get_column_letter(len(DATA_COLUMNS))
    assert ws.print_area.replace("$", "").split("!")[-1] == f"A1:{last}{ws.max_row}"
    assert [c.value for c in ws[1]] == list(DATA_COLUMNS)
    assert all(c.alignment.text_rotation == 90 for c in ws[1])
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                assert c.font.name == "Times New Roman" and c.font.sz == 11 and c.alignment.wrap_text
    heights = [ws.row_dimensions[r].height for r in range(2, ws.max_row + 1)]
    assert all(h and h <= 409 for h in heights)
    comment = ws.cell(next(r for r in range(2, ws.max_row + 1) if ws[f"{code}{r}"].value == "thu_ngan_sach"),
                      DATA_COLUMNS.index("comment") + 1)
    assert comment.value == LONGEST  # the data
    assert comment.number_format.startswith(';;;"ĐẦU ') and len(comment.number_format) <= 255
    assert comment.number_format.endswith(f'… (còn tiếp: ô có đủ {len(LONGEST):,} ký tự)"'.replace(",", "."))
    assert read_submission(draft).fingerprint == sub.fingerprint
    assert verify_file(draft).ok


def test_info_sheet_prints_every_label_whole_in_times(draft):
    ws = openpyxl.load_workbook(draft)[SHEET_INFO]
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    labels = [label for _, label in INFO_KEYS]
    widest = max(_plain_width(t, 11, False) for t in labels)
    assert ws.column_dimensions["B"].width * 5.25 - 6 >= widest  # no label runs into the value
    assert [ws.cell(r, 2).value for r in range(2, len(INFO_KEYS) + 2)] == labels
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                assert c.font.name == "Times New Roman"
    assert ws.print_area.replace("$", "").split("!")[-1] == f"A1:C{len(INFO_KEYS) + 1}"


@pytest.mark.parametrize("which", ["draft", "approved"])
def test_heading_has_the_decrees_rules_and_still_verifies(sub, which, request):
    """A short rule under "XÃ TÂN CƯƠNG" (a third of it; a draft's cell holds "DỰ THẢO", showing the rule)
    and one as long as "Độc lập - Tự do - Hạnh phúc" under it, in row 3's cells no reader looks
    at: A3 is still empty, or "DỰ THẢO" in a draft, and the file verifies."""
    path = request.getfixturevalue(which)
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    dash = 10  # pt: an em dash of 10 pt, bold (8 pt underscores printed a hairline, faint in LibreOffice)
    motto = ws["D3"].value
    assert set(motto) == {"—"} and ws["D3"].font.sz == dash and ws["D3"].font.b
    assert len(motto) * dash == pytest.approx(_plain_width("Độc lập - Tự do - Hạnh phúc", 13, True), abs=6)
    if which == "draft":
        # A3 holds "DỰ THẢO" (what verify reads) and shows the rule; "DỰ THẢO" shows in red above the table
        assert ws["A3"].value == "DỰ THẢO" and "A3:C3" in [str(m) for m in ws.merged_cells.ranges]
        rule = ws["A3"].number_format.removeprefix(';;;"').removesuffix('"')
        assert ws["H6"].value == "DỰ THẢO" and ws["H6"].font.color.rgb.endswith("C00000") and ws["H6"].font.b
    else:
        assert ws["A3"].value is None
        rule = ws["B3"].value.strip()
    assert set(rule) == {"—"}
    assert len(rule) * dash == pytest.approx(_plain_width("XÃ TÂN CƯƠNG", 12, True) / 3, abs=6)
    assert verify_file(path).ok


def test_every_verdict_fits_its_column_on_one_line():
    """"Chưa đến kỳ đánh giá", the longest verdict, on one line of column G in Times New Roman 12."""
    for verdict in ("Chưa đến kỳ đánh giá", "Chưa giao chỉ tiêu", "Đang thực hiện", "Chưa đủ số liệu"):
        assert _lines(verdict, REPORT_WIDTHS[6]) == 1


def test_a_notes_number_and_heading_stay_with_its_text_and_figures_are_not_broken(tmp_path):
    """A remark without spaces: "Ghi chú:", "1." and its first letters share one row (no page
    parts them); the figure columns are as wide as their longest figure, on one line."""
    from exports.submission_report_sheet import _report_widths
    from exports.submission_format import report_rows

    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_entry("2026", "thu_ngan_sach", comment="Y" * 4000)
    sub = submission_of(ws)
    ws.close()
    path = write_submission(sub, tmp_path / "x.xlsx")
    sheet = openpyxl.load_workbook(path)[SHEET_REPORT]
    first = [sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)
             if (sheet.cell(r, 1).value or "").startswith("Ghi chú:")]
    assert len(first) == 1 and first[0].startswith("Ghi chú:\n1. YYYY")
    widths = _report_widths(report_rows(sub))
    for row in report_rows(sub):
        for i in range(2, 7):
            for word in row[i].split():
                assert _lines(word, widths[i]) == 1
    assert verify_file(path).ok


def test_a_long_remark_of_quoted_codes_without_spaces_is_written(tmp_path):
    """A remark starting with a run of quoted codes ("TT01","TT02",…: each quote escaped takes
    four characters of Excel's 255) is cut inside the run: the export ends, the cell shows the
    paper's reference."""
    from exports.submission_report_sheet import _shown_as

    remark = ",".join(f'"TT{n:02d}"' for n in range(40)) + " " + SENTENCE * 2
    shown = remark_cell(remark, [])
    fmt = _shown_as(shown)
    assert len(fmt) <= 255 and fmt.endswith('… (xem ghi chú 1 dưới biểu)"')


def test_a_long_remark_of_several_lines_is_shown_whole_in_a_row_sized_for_it(tmp_path):
    """LibreOffice shows a text cell of several lines as it is, whatever its number format: such
    a remark keeps no format, its row is as tall as it (up to Excel's 409 pt), and it is printed
    whole under the table too."""
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    lines = "Thu ngân sách:\n" + SENTENCE + "\n" + SENTENCE
    ws.set_entry("2026", "thu_ngan_sach", comment=lines)
    sub = submission_of(ws)
    ws.close()
    sheet = openpyxl.load_workbook(write_submission(sub, tmp_path / "x.xlsx"))[SHEET_REPORT]
    item = next(it for it in sub.items if it.code == "thu_ngan_sach")
    cell = sheet.cell(_row_of(sheet, item.name), 8)
    assert cell.value == item.remarks and cell.number_format == "General"
    assert sheet.row_dimensions[cell.row].height >= 16 * _lines(item.remarks, REPORT_WIDTHS[7])
    assert any((v or "").startswith("Ghi chú:\n1. ") for v in (sheet.cell(r, 1).value for r in range(1, sheet.max_row + 1)))
