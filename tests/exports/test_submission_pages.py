"""Where the printed pages of the report break, as a person sees them: the workbook's "Báo cáo"
converted by LibreOffice (a reviewer's commune printed a second page holding only the repeated
header rows over the summary and the signatures), and the PDF's page where the table starts (it
ended with the table's head and one indicator over a quarter page left empty)."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import openpyxl
import pytest

from desktop_app.services import Workspace
from exports.report_pdf import write_report_pdf
from exports.sheet_layout import row_breaks
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of
from tests.exports.sample_data import fill_commune_2026
from tests.exports.test_report_pdf_pages import _longer

OFFICE = shutil.which("libreoffice") or shutil.which("soffice")
NEEDS_OFFICE = pytest.mark.skipif(not OFFICE or not shutil.which("pdftotext"),
                                  reason="LibreOffice and pdftotext (poppler-utils) print the workbook")
NOTE = ("Tăng do vận động hộ cận nghèo tham gia BHYT theo Nghị quyết của HĐND xã; "
        "đã rà soát lại danh sách hộ cận nghèo tham gia theo đợt")
MEDIUM = "Số liệu theo báo cáo của các thôn, chưa có số liệu của thôn Nà Mạ"


def _commune(folder, comments: dict[str, str]):
    """Xã Nghinh Tường (the longest name of a commune), its year entered, with `comments`."""
    ws = Workspace.open(folder, user="can-bo")
    ws.setup("nghinh tuong", "Nguyễn Thị Phương Thảo Nguyên", "Hoàng Nguyễn Minh Khoa", "Phó Chủ tịch", "UBND")
    fill_commune_2026(ws)
    for code, text in comments.items():
        ws.set_entry("2026", code, comment=text)
    sub = submission_of(ws)
    ws.close()
    return sub


@pytest.fixture(scope="module")
def notes_under(tmp_path_factory):
    """The reviewer's case: two remarks printed whole under the table, an own-target summary."""
    return _commune(tmp_path_factory.mktemp("notes"), {"bhyt": NOTE, "giam_ngheo": NOTE.replace("BHYT", "y tế")})


@pytest.fixture(scope="module")
def long_table(tmp_path_factory):
    """A table that really takes two pages: a remark in the cell of every indicator."""
    codes = ("thu_ngan_sach", "bhyt", "giam_ngheo", "truong_chuan", "lao_dong_dao_tao", "nuoc_sach_nong_thon",
             "ket_nap_dang_vien", "to_chuc_dang_htt")
    return _commune(tmp_path_factory.mktemp("long"), {code: MEDIUM for code in codes})


def _lo_pages(path, tmp_path) -> list[str]:
    """The pages of the "Báo cáo" sheet as LibreOffice prints it, as pdftotext reads them."""
    subprocess.run([OFFICE, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    text = subprocess.run(["pdftotext", "-layout", str(path.with_suffix(".pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    last = next(n for n, page in enumerate(pages) if "(đầyđủtạitrangThôngtin)" in "".join(page.split()))
    return pages[:last + 1]


def _rows_on(page: str, sub) -> list[str]:
    """The indicators whose row is on `page`: the first words of their names."""
    flat = " ".join(page.split())
    return [it.name for it in sub.items if " ".join(it.name.split()[:4]) in flat]


@NEEDS_OFFICE
@pytest.mark.parametrize("case", ["notes_under", "long_table", "commune_sub"])
def test_libreoffice_prints_no_page_of_only_the_repeated_header(case, request, tmp_path):
    """Each printed page of "Báo cáo" holds all eight columns (one page wide) and, under the header
    rows, rows of the table: the summary, the signatures and the code go with its last rows."""
    sub = request.getfixturevalue(case)
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    pages = _lo_pages(path, tmp_path)
    for n, page in enumerate(pages, 1):
        assert "STT" in page and "Ghi chú" in page, f"page {n}: not one page wide"
        assert _rows_on(page, sub), f"page {n}: the header rows over no row of the table"
    assert f"Người ký: {sub.signer}" in pages[-1]
    if case == "long_table":  # a table of two pages: its header repeated, at least 3 rows with the summary
        assert len(pages) == 2 and len(_rows_on(pages[1], sub)) >= 3
    elif case == "notes_under":  # since 0.2.0 its table prints the paper's start-of-term figures and
        assert len(pages) in (1, 2, 3)  # a gap: 7 pt more than two pages hold, its end rows with the notes
    else:
        assert len(pages) in (1, 2)
    assert verify_file(path).ok


@NEEDS_OFFICE
def test_a_draft_is_marked_once_on_the_first_page_and_the_heading_rules_print(notes_under, tmp_path):
    """Page 1 says "DỰ THẢO" once (boxed above "Ghi chú"; the print header says it from page 2),
    and the rules under the unit's name and the motto are drawn as text LibreOffice prints."""
    path = write_submission(notes_under, tmp_path / f"{notes_under.file_stem}.xlsx")
    pages = _lo_pages(path, tmp_path)
    assert pages[0].count("DỰ THẢO") == 1
    assert all(page.count("DỰ THẢO") == 1 for page in pages)
    lines = pages[0].splitlines()
    under = next(k for k, line in enumerate(lines) if "Độc lập - Tự do - Hạnh phúc" in line) + 1
    rules = re.findall("—+", lines[under])
    assert len(rules) == 2 and len(rules[0]) < len(rules[1])  # under the unit's name, under the motto


@NEEDS_OFFICE
def test_a_sheet_that_nearly_fits_prints_on_one_page(ward_sub, tmp_path):
    """The ward's table and summary at the scale of its width take a little more than a page: the
    sheet is fitted to one page (its text printed at 8 pt or more), no header rows to repeat. (Without
    its last two rows, the road accidents: since each target says how long it runs on a line of its
    own, the whole ward's sheet would print at 7,3 pt on one page, so it prints on two at 10 pt.
    Without its last three: since 0.2.0 the sheet prints what the paper prints, the start-of-term
    figure under two results and a Không đạt's gap, 60 pt more, and without the third it would
    print at 7,6 pt. Without its last four: since the sheet prints the paper's three lines under the
    table, 56 pt more, without the fourth it would print at 7,7 pt.)"""
    ward_sub = replace(ward_sub, items=ward_sub.items[:-4])
    # its budget row in the words it was sized with, before the running total's (three lines more: walk U11 F3)
    ward_sub = replace(ward_sub, items=tuple(replace(it, compared_text=it.compared_text.split(". Lũy kế ")[0])
                                             for it in ward_sub.items))
    path = write_submission(ward_sub, tmp_path / f"{ward_sub.file_stem}.xlsx")
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1) and not ws.print_title_rows
    pages = _lo_pages(path, tmp_path)
    assert len(pages) == 1 and len(_rows_on(pages[0], ward_sub)) == len(ward_sub.items)


def test_the_pages_rows_are_broken_by_hand_to_keep_the_end_of_the_table_with_its_foot():
    """`row_breaks`: a page takes rows while they fit; the page that would start after the table
    (only its summary under the repeated header) takes the table's last rows with it, never a
    group's row at the foot of a page."""
    heights = [20] * 8 + [50] * 10 + [16] * 5  # heading and header rows 1-8, table 9-18, foot 19-23
    # 8*20 + 10*50 = 660 pt of rows: a page of 700 would take them all and leave the foot alone
    assert row_breaks(heights, 700, 40, (9, 18)) == [16]  # rows 16-18 go with the foot
    assert row_breaks(heights, 700, 40, (9, 18), keep=1) == [18]
    assert row_breaks(heights, 700, 40, (9, 18), groups={15}) == [15]  # "II" not alone at the foot
    assert row_breaks(heights, 2000, 40, (9, 18)) == []
    # notes under the table (rows 20-21), then the foot from 23: the page that would start at the
    # second note (only notes and the foot under the repeated header) takes the table's last rows
    notes = [20] * 8 + [50] * 10 + [16] + [40, 40] + [16] + [16] * 5
    assert row_breaks(notes, 720, 40, (9, 18), foot=23) == [16]


@pytest.mark.parametrize("unit, sentences", [("commune", 0), ("commune", 31), ("ward", 4)])
def test_the_page_where_the_table_starts_holds_more_than_one_of_its_rows(unit, sentences, request, tmp_path):
    """The lengths of text where the table's head and group row "I" ended a page over a single
    indicator (the next one too tall for what was left): the table starts at the top of the
    annex's first landscape page, at least two of its indicators under its head, as pdftotext reads
    the page (each row's number at the start of a line of its own or of the row's name)."""
    sub = _longer(request.getfixturevalue(f"{unit}_sub"), sentences)
    pdf = write_report_pdf(sub, tmp_path / "r.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")
    start = next(n for n, page in enumerate(pages) if "Kèm theo Báo cáo" in page)  # the annex's first page
    numbers = [m.group(1) for line in pages[start].splitlines() if (m := re.match(r" {0,3}(\d{1,2})(\s|$)", line))]
    rows, it = 0, iter(numbers)  # the table's STT numbers, in order, each a line of its own
    for item in sub.items:
        if str(item.no) in it:
            rows += 1
        else:
            break
    assert rows >= 2, f"page {start + 1}: the table's head over {rows} row"
