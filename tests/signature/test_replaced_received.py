"""The approval a re-approved report's paper says it replaces ("Duyệt lại ngày …, thay bản mã … đã
duyệt ngày …; lý do mở lại: …", /ChiTieuReplaces in the PDF, which the workbook does not carry) is
looked for among the versions the province received from that unit for that period. A well-formed
statement was printed as the PDF stated it and the pages said right, unchecked. Now a genuine
re-approval whose first approval the province received says so; a paper naming an approval the
province holds as approved another day contradicts it: "Ghi thay bản khác bản tỉnh đã nhận" (amber,
exit 1); one the province never received is said, the verdict unchanged (a commune reopening an
approval before sending it is honest and common); without a province database the line is said not
compared."""
from __future__ import annotations

import json
import shutil

from desktop_app.core.keys import KeyState
from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict
from desktop_app.core.replaced_received import HeldApproval, replaced_received
from desktop_app.core.submission import Replaced
from desktop_app.report_signing import sign_report
from desktop_app.services import export_period
from exports.rendered_report import rendered_report
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE
from tests.signature.test_pdf_of_another_report import (  # noqa: F401
    STEM,
    leader,
    office,
    received_check,
    sent,
)
from tests.signature.test_saved_again_before_signing import signed_elsewhere

CODE = "0123456789abcdef" * 4
NEVER_RECEIVED = ("báo cáo ghi thay thế bản mã 0123456789abcdef duyệt ngày 01/01/2026, tỉnh chưa nhận bản đó của "
                  "đơn vị (đơn vị có thể đã mở lại kỳ báo cáo trước khi gửi bản đó): bản được thay và lý do mở lại là "
                  "lời đơn vị ghi, chưa đối chiếu được.")


def verify(tmp_path, xlsx, pdf_bytes, pki, capsys, data_dir) -> tuple[int, str]:
    """`chitieu verify` of `pdf_bytes` with `xlsx` beside it, run where `data_dir` is the data folder."""
    from desktop_app.cli import run

    here = tmp_path / "xem"
    here.mkdir(exist_ok=True)
    shutil.copy2(xlsx, here / f"{STEM}.xlsx")
    (here / f"{STEM}_ky-so.pdf").write_bytes(pdf_bytes)
    code = run(["--data-dir", str(data_dir), "verify", str(here / f"{STEM}_ky-so.pdf"), "--trust", str(pki.root_pem)])
    printed = capsys.readouterr()
    return code, printed.out + printed.err


def test_a_genuine_re_approval_whose_first_approval_the_province_received_stays_valid(
        pki, approved, office, sent, tmp_path, capsys):  # noqa: F811
    ws, _, _ = approved
    first = read_submission(sent["xlsx"])
    received_check(office, tmp_path, sent["xlsx"], sent["signed"].read_bytes(), name="hop-thu-1")
    ws.reopen("2026", "Sửa số thu ngân sách")
    ws.set_entry("2026", "thu_ngan_sach", value="45.231")
    ws.complete("2026")
    ws.approve("2026")
    export_period(ws, "2026", tmp_path / "ban-2", report_date=REPORT_DATE)
    signed = sign_report(ws, "2026", tmp_path / "ban-2", leader(pki))
    check = received_check(office, tmp_path, signed.xlsx, signed.pdf.read_bytes(), name="hop-thu-2")  # at intake
    day = f"{first.approved_at[8:10]}/{first.approved_at[5:7]}/{first.approved_at[:4]}"
    assert check.verdict == PdfVerdict.HOP_LE, check.lines()
    assert check.pages_line().endswith(
        f"Dòng “Duyệt lại …” (thay bản mã {first.fingerprint[:16]} duyệt ngày {day}, và lý do) in theo điều tệp PDF "
        f"ghi, tệp Excel không ghi: tỉnh đã nhận của đơn vị bản mã {first.fingerprint[:16]} duyệt ngày {day}; lý do "
        "mở lại là lời đơn vị ghi (tệp Excel không ghi lý do nên không đối chiếu được)."), check.pages_line()
    code, printed = verify(tmp_path, signed.xlsx, signed.pdf.read_bytes(), pki, capsys, tmp_path / "tinh")
    assert code == 0 and f"tỉnh đã nhận của đơn vị bản mã {first.fingerprint[:16]}" in printed, printed


def test_a_pdf_naming_an_approval_never_received_says_so_and_stays_valid(qapp, qtbot, pki, office, sent,  # noqa: F811
                                                                         tmp_path, capsys):
    """As a commune's paper reads after reopening an approval never sent: not a forgery (it was called one, amber,
    in every province window, for a commune that corrected a figure before sending)."""
    sub = read_submission(sent["xlsx"])
    paper = signed_elsewhere(pki, rendered_report(sub, Replaced(CODE, "2026-01-01T08:00:00+07:00", "Sửa số", True)))
    check = received_check(office, tmp_path, sent["xlsx"], paper)  # at intake, as the window shows it
    assert check.verdict == PdfVerdict.HOP_LE and check.ok
    assert check.pages_match is True and check.pages_line().endswith(NEVER_RECEIVED), check.pages_line()
    assert PdfCheck.from_json(json.loads(json.dumps(check.as_json()))).lines() == check.lines()  # as stored
    code, printed = verify(tmp_path, sent["xlsx"], paper, pki, capsys, tmp_path / "tinh")
    assert code == 0 and printed.startswith(f"Tệp {STEM}_ky-so.pdf: Chữ ký số hợp lệ"), printed
    assert NEVER_RECEIVED in printed

    from ui.province_intake_rows import COMPLETENESS_HEADERS
    from ui.province_window import ProvinceWindow

    window = ProvinceWindow(office.ws)
    qtbot.addWidget(window)
    window.period_box.setCurrentIndex(window.period_box.findData("2026"))
    row = next(i for i, u in enumerate(window.model.rows) if u.code == "05503")
    index = window.model.index(row, COMPLETENESS_HEADERS.index("Digital signature (PDF)"))
    assert window.model.data(index) == "Chữ ký số hợp lệ: Trần Thị Bình"


def test_without_a_province_database_the_line_is_said_not_compared(pki, sent, tmp_path, capsys):  # noqa: F811
    sub = read_submission(sent["xlsx"])
    paper = signed_elsewhere(pki, rendered_report(sub, Replaced(CODE, "2026-01-01T08:00:00+07:00", "Sửa số", True)))
    code, printed = verify(tmp_path, sent["xlsx"], paper, pki, capsys, tmp_path / "khong-co")
    assert code == 0 and "Chữ ký số hợp lệ" in printed  # the verdict as before: nothing to compare with
    assert "tệp Excel không ghi: chưa đối chiếu được với các bản tỉnh đã nhận của đơn vị." in printed, printed


def test_an_approval_received_on_another_day_or_signed_by_a_revoked_key_is_not_the_one_stated(sent):  # noqa: F811
    sub = read_submission(sent["xlsx"])
    stated = Replaced(CODE, "2026-11-02T08:00:00+07:00", "Sửa số", True)
    other_day = HeldApproval(CODE, "2026-11-20T08:00:00+07:00", KeyState.XAC_NHAN)
    assert replaced_received(stated, [other_day], sub) == (False, (
        "báo cáo ghi thay thế bản mã 0123456789abcdef duyệt ngày 02/11/2026, nhưng bản mã 0123456789abcdef tỉnh "
        "nhận của đơn vị duyệt ngày 20/11/2026: hỏi lại đơn vị trước khi dựa vào dòng này"))
    for held in (HeldApproval(CODE, stated.approved_at, KeyState.THU_HOI), HeldApproval(CODE, stated.approved_at, ""),
                 HeldApproval(CODE, "", KeyState.XAC_NHAN)):  # revoked, unsigned, a draft: none held, said so
        assert replaced_received(stated, [held], sub)[0] is None
    assert replaced_received(stated, [HeldApproval(CODE, stated.approved_at, KeyState.CHO)], sub)[0] is True
