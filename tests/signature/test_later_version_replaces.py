"""The report a later version's paper says it replaces (red-team R31 F3).

Beside a workbook stating a later version than the province's, the province does not compare the signed PDF's
pages with its own render, and said so in general words: the paper's "thay thế Báo cáo số … ngày …" line (from
the PDF's /ChiTieuReplaces) was checked against nothing and named nowhere, so a commune could print there a
number the province does not hold. Verify and intake now name the report the PDF says it replaces and say
whether the province holds it; what the signed workbook contradicts in it is refused whatever the version."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.cli import run
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.core.submission import Submission
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace, export_period
from desktop_app.signed_pages import compare_pages
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE, fill_commune_2026
from tests.exports.test_paper_of_the_approval import clock  # noqa: F401 (the fixture)
from tests.signature.test_pdf_of_another_report import leader, office, received_check  # noqa: F401

LATER = "9.0.0"


@pytest.fixture
def later_paper(tmp_path, monkeypatch, pki, clock):  # noqa: F811
    """Tân Cương's year approved, issued as 27 (never sent), approved again and issued as 45 by version 9.0.0:
    its workbook and signed PDF, whose paper says it replaces Báo cáo số 27."""
    import desktop_app.approval

    monkeypatch.setattr(desktop_app.approval, "app_version", lambda: LATER)
    ws = Workspace.open(tmp_path / "data", user="lanh-dao")
    try:
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        fill_commune_2026(ws)
        ws.complete("2026")
        first = ws.approve("2026")
        export_period(ws, "2026", tmp_path / "27", doc_number="27", report_date=REPORT_DATE - dt.timedelta(days=2))
        ws.reopen("2026", "Sửa số thu ngân sách")
        ws.set_entry("2026", "thu_ngan_sach", value="45.231")
        ws.complete("2026")
        ws.approve("2026")
        export_period(ws, "2026", tmp_path / "45", doc_number="45", report_date=REPORT_DATE)
        paper = sign_report(ws, "2026", tmp_path / "45", leader(pki))
    finally:
        ws.close()
    monkeypatch.undo()
    assert read_submission(paper.xlsx).app_version == LATER
    return paper, first


def test_intake_and_verify_name_the_report_a_later_paper_says_it_replaces(later_paper, office, tmp_path, capsys):  # noqa: F811
    paper, first = later_paper
    day = (REPORT_DATE - dt.timedelta(days=2)).strftime("%d/%m/%Y")
    named = f"tệp PDF ghi thay thế Báo cáo số 27/BC-UBND ngày {day} (bản mã {first[:16]} đã duyệt ngày 04/12/2026)"
    check = received_check(office, tmp_path, paper.xlsx, paper.pdf.read_bytes())
    assert check.pages_match is None and check.verdict == PdfVerdict.CHUA_SO_TRANG_IN, check.lines()
    line = check.pages_line()
    assert f"mới hơn phiên bản máy này" in line and named in line, line
    assert "dòng này chưa được so với trang in" in line
    assert f"tỉnh chưa nhận bản đó của đơn vị" in line, line  # the province holds no 27 of Tân Cương

    # `chitieu verify` of the PDF beside its workbook, on a computer without the province's database
    assert run(["--data-dir", str(tmp_path / "nowhere"), "verify", str(paper.pdf)]) == 1
    said = capsys.readouterr()
    out = said.out + said.err
    assert named in out and "chưa đối chiếu được với các bản tỉnh đã nhận của đơn vị" in out, out
    # and where the province's database is: it holds 45 now, not 27
    run(["--data-dir", str(tmp_path / "tinh"), "verify", str(paper.pdf)])
    said = capsys.readouterr()
    assert named in said.out + said.err and "tỉnh chưa nhận bản đó của đơn vị" in said.out + said.err


def _sub(app_version: str, paper_version: str = "") -> Submission:
    return Submission("05503", "Xã Tân Cương", "xã", "2026", "2026.1", (), approved=True,
                      approved_at="2026-12-04T09:05:00+07:00", app_version=app_version, paper_version=paper_version)


REPLACES = {"fingerprint": "ab" * 32, "approved_at": "2026-12-04T09:00:00+07:00", "reason": "Sửa", "reopened": True}


@pytest.mark.parametrize("version", [LATER, "0.2.0"])
def test_what_the_signed_workbook_contradicts_is_refused_in_every_version(version):
    later = {**REPLACES, "approved_at": "2032-01-05T09:00:00+07:00"}  # after any day the program approves on
    found = compare_pages(b"", {"replaces": json.dumps(later)}, _sub(version), held=())
    assert found["pages_match"] is False and found["pages_note"].startswith("tệp ghi bản duyệt được thay duyệt sau bản này")
    # a number the paper of 0.2.0 (stated by the signed workbook) never prints
    issued = {**REPLACES, "issued": {"doc_number": "27", "symbol": "BC-UBND", "report_date": "2026-12-04"}}
    found = compare_pages(b"", {"replaces": json.dumps(issued)}, _sub(version, "0.2.0" if version == LATER else ""),
                          held=())
    assert found["pages_match"] is False and "mẫu báo cáo giấy phiên bản 0.2.0" in found["pages_note"], found
    # stated as the program writes it: not compared, and named
    found = compare_pages(b"", {"replaces": json.dumps(REPLACES)}, _sub(version), held=())
    assert found.get("pages_match") is None and "thay bản mã abababababababab" in found["replaced_note"], found
