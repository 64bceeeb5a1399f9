"""The province's 2030 consolidation (walk U21): its paper and workbook say the term is judged (F2), and
a term total's running total says where its earlier years come from (F6): the reports the province
holds, or, when it holds none of them, the unit's file's own statement, counted and marked unchecked.
(Some years held, not all: test_earlier_reports_partial.py; held years that differ: test_earlier_reports.py.)"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.consolidated_pdf import render_pdf
from exports.consolidated_xlsx import SHEET_MAIN, write_consolidated
from exports.submission_xlsx import write_submission
from tests.province.helpers import VN, delivered, fill_unit, sign_with

TITLE = "Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường năm 2030 và cả nhiệm kỳ 2026-2030"
JUDGED = ("Năm 2030 là năm cuối nhiệm kỳ: chỉ tiêu số 1–7 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030 (số "
          "2–7: kết quả năm 2030, số 1: lũy kế 2026-2030, so với chỉ tiêu cả nhiệm kỳ); chỉ tiêu số 8, 9 đánh giá kết "
          "quả năm 2030.")
ON_FILE = ("1 đơn vị (tất cả) có các năm trước theo số đơn vị ghi trong tệp, tỉnh chưa nhận báo cáo các năm đó: chưa "
           "kiểm tra được, vẫn được tính và đánh giá")


@pytest.fixture
def unit(tmp_path):
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup([c.code for c in ws.catalog.communes if c.kind == "xã"][0],
             "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    for period in ("2026", "2027", "2028", "2029", "2030"):
        fill_unit(ws, period, seed=3)
        ws.set_entry(period, "thu_ngan_sach", value="50000")
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    inbox = tmp_path / "hop-thu"
    inbox.mkdir()
    yield ws, office, inbox
    office.close()
    ws.close()


def _send(ws, office, inbox, period):
    ws.complete(period)
    ws.approve(period)
    when = dt.datetime(int(period) + 1, 1, 10, 9, tzinfo=VN)
    sub = sign_with(ws.submission(period, approved=True, generated_at=when), ws.signing_key())
    delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), when)
    office.intake(inbox, period)


def _paper(con) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(render_pdf(con))).pages)
    return " ".join(text.split())


def _sheet(con, tmp_path):
    ws = load_workbook(write_consolidated(con, tmp_path / "tinh.xlsx"))[SHEET_MAIN]
    return [[c for c in row] for row in ws.iter_rows(values_only=True)]


def test_earlier_years_the_province_never_received_are_said_to_be_the_files_own(unit, tmp_path):
    """Only 2030 sent: the running total 250.000 is the file's 200.000 of 2026-2029 and 2030's 50.000. The
    paper said "cộng các năm trước của đơn vị tỉnh đã nhận", the workbook nothing; both now say the earlier
    years are the file's, unchecked, still counted; and that 2030 judges the term."""
    ws, office, inbox = unit
    for period in ("2026", "2027", "2028", "2029"):  # approved, never sent
        ws.complete(period)
        ws.approve(period)
    _send(ws, office, inbox, "2030")
    con = office.consolidation("2030")
    code = ws.commune.code
    assert con.items[(code, "thu_ngan_sach")].earlier_total == "200000"  # counted, as the file states it
    paper = _paper(con)
    assert TITLE in paper
    assert JUDGED in paper
    assert "(kết quả năm 2030 cộng các năm trước theo số đơn vị ghi trong tệp)" in paper
    assert ON_FILE in paper
    assert "tỉnh đã nhận)" not in paper  # the check that did not happen is not claimed

    rows = _sheet(con, tmp_path)
    assert rows[0][0].startswith("TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU CỦA CÁC XÃ, PHƯỜNG NĂM 2030 VÀ CẢ "
                                 "NHIỆM KỲ 2026-2030")
    unit_row = next(r for r in rows if r[2] == code)
    assert "Năm 2026-2029 theo tệp" in unit_row
    notes = [r[2] for r in rows if r[1] == "Ghi chú"]  # labelled in B, the words from C
    assert JUDGED in notes
    assert f"Tổng lũy kế chỉ tiêu 1: {ON_FILE} (cột Ghi chú: “Năm … theo tệp”)." in notes
    assert con.on_file == {(code, "thu_ngan_sach"): (2026, 2027, 2028, 2029)}


def test_earlier_years_the_province_holds_are_said_to_be_its_own(unit, tmp_path):
    """Every year sent: nothing is marked, the paper says the earlier years are the reports received, and
    judges the term; 2029's paper says nothing of the term."""
    ws, office, inbox = unit
    for period in ("2026", "2027", "2028", "2029", "2030"):
        _send(ws, office, inbox, period)
    con = office.consolidation("2030")
    paper = _paper(con)
    assert TITLE in paper and JUDGED in paper
    assert "(kết quả năm 2030 cộng các năm trước của đơn vị tỉnh đã nhận)" in paper
    assert "theo số đơn vị ghi trong tệp" not in paper
    rows = _sheet(con, tmp_path)
    assert not any("theo tệp" in str(c) for r in rows for c in r if c)
    before = office.consolidation("2029")
    assert before.title == "Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường năm 2029"
    assert "năm cuối nhiệm kỳ" not in _paper(before)


def test_the_notes_under_the_totals_read_across_the_first_page_not_down_column_b(unit, tmp_path):
    """Walk U21: in B alone (26 wide) the 2030 notes wrapped to 7-12 lines each and pushed "Tổng hợp"'s
    totals a page down on each of its pages across (92 units: 13 A3 pages instead of 9). Each is labelled
    "Ghi chú" in B, its words merged over the first printed page's own columns, a row of one to three lines
    (the narrower of Excel's and LibreOffice's widths, in italic: `consolidated_notes.merged_px`)."""
    ws, office, inbox = unit
    _send(ws, office, inbox, "2030")
    sheet = load_workbook(write_consolidated(office.consolidation("2030"), tmp_path / "tinh.xlsx"))[SHEET_MAIN]
    first_page_ends = min(b.id for b in sheet.col_breaks.brk) if sheet.col_breaks.brk else sheet.max_column
    notes = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "Ghi chú"]
    words = [sheet.cell(r, 3).value for r in notes]
    assert JUDGED in words and any(w.startswith("Tổng lũy kế chỉ tiêu 1 ") for w in words)  # 2026-2029 not approved
    merged = {(m.min_row, m.min_col, m.max_col) for m in sheet.merged_cells.ranges}
    for r in notes:
        assert (r, 3, first_page_ends) in merged
        assert (sheet.row_dimensions[r].height or 15) <= 3 * 13 + 4  # 7 lines and more in B alone
