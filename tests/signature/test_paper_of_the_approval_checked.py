"""The province checks the paper of an approval in the form of the version that approved it (walk U24 F3), and
finds the report a re-approval after a restore replaces among those it holds (U24 F2)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app import backups
from desktop_app.core.doc_number import Issued
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.core.report_info import REPLACES_KEY, read_replaces
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace, export_period
from exports.rendered_report import rendered_report
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE, fill_commune_2026
from tests.exports.test_paper_of_the_approval import _text, clock  # noqa: F401 (clock: the fixture)
from tests.signature.test_pdf_of_another_report import leader, office, received_check  # noqa: F401
from tests.signature.test_saved_again_before_signing import signed_elsewhere


def _again(ws, value: str, reason: str) -> str:
    ws.reopen("2026", reason)
    ws.set_entry("2026", "thu_ngan_sach", value=value)
    ws.complete("2026")
    return ws.approve("2026")


@pytest.fixture
def approved_by_0_2(tmp_path, monkeypatch, clock):  # noqa: F811
    """Tân Cương's year approved by 0.2.0 and issued as 27, approved again by 0.2.0; then 0.3.0 installed over it."""
    import desktop_app.approval

    with monkeypatch.context() as m:
        m.setattr(desktop_app.approval, "app_version", lambda: "0.2.0")
        ws = Workspace.open(tmp_path / "data", user="lanh-dao")
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_commune_2026(ws)
        ws.complete("2026")
        first = ws.approve("2026")
        export_period(ws, "2026", tmp_path / "27", doc_number="27", report_date=REPORT_DATE - dt.timedelta(days=2))
        _again(ws, "45.231", "Sửa số thu ngân sách")
    yield ws, first
    ws.close()


def test_a_0_2_0_approval_printed_by_0_3_0_is_checked_in_0_2_0_s_form(approved_by_0_2, pki, office, tmp_path):  # noqa: F811
    ws, first = approved_by_0_2
    export_period(ws, "2026", tmp_path / "45", doc_number="45", report_date=REPORT_DATE)
    paper = sign_report(ws, "2026", tmp_path / "45", leader(pki))
    assert read_submission(paper.xlsx).paper_version == "0.2.0"
    text = _text(paper.pdf.read_bytes())
    assert f"thay bản mã {first[:16]} đã duyệt ngày 04/12/2026" in text and "Báo cáo số 27" not in text, text
    check = received_check(office, tmp_path, paper.xlsx, paper.pdf.read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
    assert f"thay bản mã {first[:16]}" in check.pages_line(), check.pages_line()


def test_a_0_2_0_paper_made_to_name_a_number_is_not_the_paper(approved_by_0_2, pki, office, tmp_path):  # noqa: F811
    """The same signed data printed with 0.3.0's "thay thế Báo cáo số 27…" beside a file stating 0.2.0's paper: the
    province's render of that paper prints no number, and the pages differ."""
    ws, _ = approved_by_0_2
    export_period(ws, "2026", tmp_path / "45", doc_number="45", report_date=REPORT_DATE)
    xlsx, pdf = tmp_path / "45" / "2026_05503_xa-tan-cuong.xlsx", tmp_path / "45" / "2026_05503_xa-tan-cuong.pdf"
    sub = read_submission(xlsx)
    stated = PdfReader(io.BytesIO(pdf.read_bytes())).metadata[REPLACES_KEY]
    replaces, _ = read_replaces(stated, sub.approved_at)
    named = dataclasses.replace(replaces, issued=Issued("27", REPORT_DATE - dt.timedelta(days=2), "BC-UBND"))
    forged = signed_elsewhere(pki, rendered_report(sub, named))
    assert "thay thế Báo cáo số 27/BC-UBND" in _text(forged)
    check = received_check(office, tmp_path, xlsx, forged)
    assert check.pages_match is False, check.lines()


def restored_and_approved_again(pki, office, tmp_path, restore=backups.restore):  # noqa: F811
    """Tân Cương's year issued as 38, approved again and issued as 53 (signed, held by the province), a backup
    from before 53 restored (`restore(ws, backup)`), approved again and issued as 55 (signed): the first
    approval's code, 53's, and 55's signed paper (U24 F2)."""
    ws = Workspace.open(tmp_path / "data", user="lanh-dao")
    try:
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_commune_2026(ws)
        ws.complete("2026")
        kept = ws.approve("2026")
        export_period(ws, "2026", tmp_path / "38", doc_number="38", report_date=REPORT_DATE - dt.timedelta(days=2))
        backup = backups.take_backup(ws, "truoc")
        lost = _again(ws, "45.231", "Sửa số thu ngân sách")
        export_period(ws, "2026", tmp_path / "53", doc_number="53", report_date=REPORT_DATE - dt.timedelta(days=1))
        held = sign_report(ws, "2026", tmp_path / "53", leader(pki))
        received_check(office, tmp_path, held.xlsx, held.pdf.read_bytes(), name="hop-thu-53")  # the province holds 53
        restore(ws, backup)
    finally:
        ws.close()
    ws = Workspace.open(tmp_path / "data", user="lanh-dao")
    try:
        _again(ws, "45.300", "Sửa số thu ngân sách (sau khôi phục)")
        export_period(ws, "2026", tmp_path / "55", doc_number="55", report_date=REPORT_DATE)
        return kept, lost, sign_report(ws, "2026", tmp_path / "55", leader(pki))
    finally:
        ws.close()


def test_the_province_finds_the_report_a_re_approval_after_a_restore_replaces(pki, office, tmp_path, clock):  # noqa: F811
    _, lost, paper = restored_and_approved_again(pki, office, tmp_path)
    assert f"thay thế Báo cáo số 53/BC-UBND ngày 17/12/2026 (bản mã {lost[:16]}" in _text(paper.pdf.read_bytes())
    check = received_check(office, tmp_path, paper.xlsx, paper.pdf.read_bytes(), name="hop-thu-55")
    assert check.verdict == PdfVerdict.HOP_LE, check.lines()
    assert f"tỉnh đã nhận của đơn vị bản mã {lost[:16]}" in check.pages_line(), check.pages_line()
    assert Path(paper.pdf).is_file()
