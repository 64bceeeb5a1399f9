"""The commune's paper as 0.3.0 prints it, and the files 0.2.0 wrote read as before.

The province compares a signed PDF's pages with its own render only when the versions are equal
(desktop_app/signed_pages.compare_pages), so the paper's fixes that waited for a new version come with
0.3.0: "Duyệt ngày" in Vietnam time (walk U20 F10), a re-approval naming the report it replaces by number
and date (U20 F8, "issued" in the PDF's /ChiTieuReplaces), and in the 2030 report a five-year total's
running total in column (5) and its share of the target on a row "Chưa đủ số liệu" (U21 F7, F8)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.core.mail import mail_body
from desktop_app.core.report_info import REPLACES_KEY, read_replaces, replaces_info
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import Replaced, signed
from desktop_app.resources import app_version
from desktop_app.services import Workspace, export_period
from exports.report_pdf import approval_line, render_pdf
from exports.report_rows import PAPER, PAPER_3, form_of, term_rows
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission
from tests.core.vietnam_laptop import laptop_in_vietnam, laptop_on_utc  # noqa: F401 (fixtures)
from tests.exports.sample_data import fill_commune_2026

GAP_2028 = Path(__file__).parent / "data" / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx"  # 0.2.0
FP = "6ff1b4b7" + "0" * 56


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in pages)).split())


def test_the_version_is_0_3_0():
    assert app_version() == "0.3.0"


# --- "Duyệt ngày" in Vietnam time ---------------------------------------------------------------

@pytest.mark.parametrize("laptop", ["laptop_on_utc", "laptop_in_vietnam"])
def test_the_paper_prints_the_day_of_the_approval_in_vietnam_whatever_the_laptops_zone(commune_sub, request, laptop):
    """Approved at 01:03 on 7 December in Vietnam by a laptop set to UTC (it stores 18:03 on the 6th): the
    paper and the e-mail say 07/12/2026 (until 0.3.0 the laptop's 06/12/2026), printed on either laptop."""
    request.getfixturevalue(laptop)
    sub = dataclasses.replace(commune_sub, approved=True, approved_at="2026-12-06T18:03:30+00:00", replaces=None)
    text = _text(render_pdf(sub))
    assert "Duyệt ngày 07/12/2026." in text and "06/12/2026" not in text
    assert "Duyệt ngày 07/12/2026." in mail_body(sub, ["bao-cao.xlsx"])
    # the replaced approval's day too: 23:30 UTC on 5 April is 6 April in Vietnam
    again = dataclasses.replace(sub, replaces=Replaced(FP, "2026-04-05T23:30:00+00:00", "Sửa số"))
    assert "thay bản mã 6ff1b4b700000000 đã duyệt ngày 06/04/2026" in approval_line(again)
    # a time stored without its zone (an older version's) prints the date it states, on any computer
    naive = dataclasses.replace(sub, approved_at="2026-12-06T23:30:00")
    assert approval_line(naive) == "<b>Duyệt ngày</b> 06/12/2026."


# --- the report a re-approval replaces, by number and date ----------------------------------------

def test_a_reapproval_names_the_report_it_replaces_by_its_number_and_date(tmp_path, monkeypatch):
    """Approved, exported for the province as 45/BC-UBND dated 18/12/2026, reopened, corrected, approved
    again: the new paper says "thay thế Báo cáo số 45/BC-UBND ngày 18/12/2026 (bản mã … đã duyệt ngày
    04/12/2026)", which the clerk finds in the register (before: the code alone). The PDF states it in its
    /ChiTieuReplaces, and the province's render of the same version from that statement is the same PDF."""
    import db.period_records
    from exports.rendered_report import rendered_report, same_but_when
    from tests.core.test_exported_first_time import at

    monkeypatch.setattr(db.period_records, "now", lambda: "2026-12-04T09:00:00+07:00")
    ws = Workspace.open(tmp_path / "d", user="can-bo")
    try:
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_commune_2026(ws)
        ws.complete("2026")
        first_fp = ws.approve("2026")
        export_period(ws, "2026", tmp_path / "first", doc_number="45", report_date=dt.date(2026, 12, 18))
        monkeypatch.setattr(db.period_records, "now", lambda: "2026-12-19T08:00:00+07:00")
        ws.reopen("2026", "Sửa số BHYT theo BHXH")
        ws.set_entry("2026", "bhyt", numerator="9.500", denominator="9.870")
        ws.complete("2026")
        ws.approve("2026")
        # exported after that approval (a file made before its approval is refused: walk U25 F2)
        at(monkeypatch, dt.datetime(2026, 12, 19, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))
        again = export_period(ws, "2026", tmp_path / "again", doc_number="46", report_date=dt.date(2026, 12, 19))
    finally:
        ws.close()
    data = again.pdf.read_bytes()
    assert (f"Duyệt lại ngày 19/12/2026, thay thế Báo cáo số 45/BC-UBND ngày 18/12/2026 (bản mã {first_fp[:16]} "
            "đã duyệt ngày 04/12/2026); lý do mở lại: Sửa số BHYT theo BHXH.") in _text(data)
    stated = PdfReader(io.BytesIO(data)).metadata[REPLACES_KEY]
    assert json.loads(stated)["issued"] == {"doc_number": "45", "symbol": "BC-UBND", "report_date": "2026-12-18"}
    sub = read_submission(again.xlsx)
    replaces, wrong = read_replaces(stated, sub.approved_at)
    assert not wrong and replaces.issued.doc_number == "45"
    made = rendered_report(sub, replaces)
    assert same_but_when(data[:len(made)], made)


def test_a_replaced_approval_stated_as_0_2_0_wrote_it_reads_and_prints_as_before():
    """Old-to-new: a /ChiTieuReplaces without "issued" (every PDF before 0.3.0) is read, and its line
    printed, as before; one with it reads back as written; an "issued" not of the program's form is refused."""
    old = json.dumps({"approved_at": "2026-04-05T09:00:00+07:00", "fingerprint": FP, "reason": "Sửa số",
                      "reopened": True}, ensure_ascii=False, sort_keys=True)
    replaces, wrong = read_replaces(old, "2026-04-10T09:00:00+07:00")
    assert not wrong and replaces == Replaced(FP, "2026-04-05T09:00:00+07:00", "Sửa số") and replaces.issued is None
    sub = dataclasses.replace(read_submission(GAP_2028), replaces=replaces)
    assert replaces_info(sub) == old  # written again as it was
    assert ", thay bản mã 6ff1b4b700000000 đã duyệt ngày 05/04/2026; lý do mở lại: Sửa số." in approval_line(sub)
    from desktop_app.core.doc_number import Issued

    issued = dataclasses.replace(replaces, issued=Issued("45", dt.date(2026, 4, 8), "BC-UBND"))
    again, wrong = read_replaces(replaces_info(dataclasses.replace(sub, replaces=issued)), "2026-04-10T09:00:00+07:00")
    assert not wrong and again.issued == issued.issued and again.issued.symbol == "BC-UBND"
    for bad in ({"doc_number": 45, "symbol": "BC-UBND", "report_date": "2026-04-08"},
                {"doc_number": "45", "symbol": "BC-UBND", "report_date": "08/04/2026"},
                {"doc_number": "45\n46", "symbol": "BC-UBND", "report_date": "2026-04-08"}, "45"):
        text = json.dumps({**json.loads(old), "issued": bad})
        assert read_replaces(text, "2026-04-10T09:00:00+07:00")[0] is None, bad


def test_the_province_of_0_3_0_says_a_0_2_0_file_is_not_compared_page_by_page():
    """A PDF beside a workbook 0.2.0 wrote: its pages are not compared with 0.3.0's render (which prints
    otherwise), and the note says why, instead of calling a genuine 0.2.0 paper changed."""
    from desktop_app.signed_pages import compare_pages

    sub = read_submission(GAP_2028)
    assert sub.app_version == "0.2.0"
    assert compare_pages(b"", {}, sub) == {
        "pages_note": "tệp Excel lập bằng phiên bản 0.2.0 của phần mềm, máy này phiên bản 0.3.0"}


# --- the 2030 report's five-year total (walk U21 F7, F8) --------------------------------------------

def _row_1(sheet) -> tuple:
    return next(r for r in sheet.iter_rows(values_only=True) if r[0] == "1")


def test_the_2030_paper_prints_a_five_year_totals_running_total_and_its_share(tmp_path):
    """Phường Phan Đình Phùng's 2030 report, 2028's revenue never entered: written by 0.3.0, column (5)
    says the term's running total the "4.450.844 tổng 5 năm" target is judged against, and the year's
    under it; column (6) its share of the target before the running total, as the 2029 report said
    "63% chỉ tiêu. Lũy kế …". The workbook's "Báo cáo" prints the same and verifies intact. The file
    0.2.0 wrote keeps its own form: the year's figure, no share (and verifies intact, test_paper_gap_file)."""
    frozen = read_submission(GAP_2028)
    assert form_of(frozen) == PAPER
    old_row = term_rows(frozen, PAPER)[1]  # [0]: the group's heading
    assert old_row[4] == "1.000.000" and old_row[5].startswith("Lũy kế 2026-2027, 2029-2030")

    sub = signed(dataclasses.replace(frozen, app_version="0.3.0"), new_private_key())
    assert form_of(sub) == PAPER_3
    text = _text(render_pdf(sub))
    assert "3.802.450 lũy kế nhiệm kỳ (chưa tính năm 2028) năm 2030: 1.000.000" in text
    assert ("85,4% chỉ tiêu. Lũy kế 2026-2027, 2029-2030 (chưa tính năm 2028): 3.802.450 (còn 648.394 để "
            "đạt chỉ tiêu nhiệm kỳ)") in text
    path = write_submission(sub, tmp_path / GAP_2028.name)
    row = _row_1(openpyxl.load_workbook(path, rich_text=False)["Báo cáo"])
    assert str(row[4]) == "3.802.450\nlũy kế nhiệm kỳ (chưa tính năm 2028)\nnăm 2030: 1.000.000"
    assert str(row[5]).startswith("85,4% chỉ tiêu. Lũy kế 2026-2027, 2029-2030 (chưa tính năm 2028): 3.802.450")
    verdict = verify_file(path)
    assert verdict.ok, verdict
    # the other rows as 0.2.0 printed them
    assert term_rows(sub)[2:] == term_rows(frozen, PAPER)[2:]


@pytest.mark.parametrize("issued_on, named", [(dt.date(2026, 12, 3), False), (dt.date(2026, 12, 4), True)])
def test_a_replaced_report_dated_before_its_approval_is_named_by_its_code(monkeypatch, issued_on, named):
    """0.1.0 let a report be dated before its approval's day; the province refuses such an "issued" on a
    paper (red-team R30 F4), so a re-approval of such a report names it by its code, as before 0.3.0,
    and its paper still reads at the province."""
    import desktop_app.issued_reports as issued_reports
    from desktop_app.core.doc_number import Issued
    from desktop_app.core.number_taken import IssuedReport
    from desktop_app.core.submission import Replaced

    old = Replaced("ab" * 32, "2026-12-04T09:00:00+07:00", "Sửa số BHYT")
    monkeypatch.setattr(issued_reports, "issued_reports", lambda store, unit: [
        IssuedReport("2026", old.fingerprint, Issued("45", issued_on), "2026-12-04T10:00:00+07:00")])
    got = issued_reports.with_issued(None, "05503", "2026", old)
    assert (got.issued is not None) is named
