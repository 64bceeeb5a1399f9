"""The day an approval of 0.2.0 prints when 0.3.0 prints it again, and the province's check of it (S131).

0.2.0 printed "Duyệt ngày" as the date the stored time states (the approving laptop's); 0.3.0 prints the day in
Vietnam time. An approval stored at 18:30 UTC on 7 December (a laptop set to UTC, in the evening: 01:30 on 8
December in Vietnam) was printed "07/12/2026" by 0.2.0 and, printed again by 0.3.0 in 0.2.0's form,
"08/12/2026": the same approval, another paper. It keeps 0.2.0's day, and the province's render of it matches."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace, export_period
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE, fill_commune_2026
from tests.exports.test_paper_of_the_approval import _text
from tests.signature.test_pdf_of_another_report import leader, office, received_check  # noqa: F401

EVENING_UTC = dt.datetime(2026, 12, 7, 18, 30, tzinfo=dt.UTC)  # 01:30 on 08/12/2026 in Vietnam


@pytest.fixture
def evening_on_utc(monkeypatch):
    """Each step of the history a minute after the one before, from 18:30 UTC on 7 December, as stored by a
    laptop set to UTC."""
    import db.period_records

    minutes = itertools.count()
    monkeypatch.setattr(db.period_records, "now", lambda: (
        EVENING_UTC + dt.timedelta(minutes=next(minutes))).isoformat(timespec="seconds"))


@pytest.fixture
def ws_0_2(tmp_path, monkeypatch, evening_on_utc):
    """Tân Cương's year approved by 0.2.0 at 18:30 UTC; then 0.3.0 installed over it."""
    import desktop_app.approval

    with monkeypatch.context() as m:
        m.setattr(desktop_app.approval, "app_version", lambda: "0.2.0")
        ws = Workspace.open(tmp_path / "data", user="lanh-dao")
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_commune_2026(ws)
        ws.complete("2026")
        first = ws.approve("2026")
    yield ws, first
    ws.close()


def test_an_evening_approval_of_0_2_0_printed_by_0_3_0_says_0_2_0_s_day_and_the_province_finds_it_khop(
        ws_0_2, pki, office, tmp_path):  # noqa: F811
    ws, _ = ws_0_2
    export_period(ws, "2026", tmp_path / "45", doc_number="45", report_date=REPORT_DATE)
    paper = sign_report(ws, "2026", tmp_path / "45", leader(pki))
    sub = read_submission(paper.xlsx)
    assert (sub.app_version, sub.paper_version) == ("0.3.0", "0.2.0") and sub.approved_at.startswith("2026-12-07T18:")
    text = _text(paper.pdf.read_bytes())
    assert "Duyệt ngày 07/12/2026." in text and "08/12/2026" not in text, text  # as 0.2.0 printed it
    check = received_check(office, tmp_path, paper.xlsx, paper.pdf.read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()


def test_a_re_approval_of_0_2_0_in_the_evening_keeps_both_days_of_0_2_0(
        ws_0_2, pki, office, tmp_path, monkeypatch):  # noqa: F811
    import desktop_app.approval

    ws, first = ws_0_2
    with monkeypatch.context() as m:  # approved again by 0.2.0, then 0.3.0 installed over it
        m.setattr(desktop_app.approval, "app_version", lambda: "0.2.0")
        ws.reopen("2026", "Sửa số thu ngân sách")
        ws.set_entry("2026", "thu_ngan_sach", value="45.231")
        ws.complete("2026")
        ws.approve("2026")
    export_period(ws, "2026", tmp_path / "46", doc_number="46", report_date=REPORT_DATE)
    paper = sign_report(ws, "2026", tmp_path / "46", leader(pki))
    text = _text(paper.pdf.read_bytes())
    assert (f"Duyệt lại ngày 07/12/2026, thay bản mã {first[:16]} đã duyệt ngày 07/12/2026; lý do mở lại: "
            "Sửa số thu ngân sách.") in text and "08/12/2026" not in text, text
    check = received_check(office, tmp_path, paper.xlsx, paper.pdf.read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
