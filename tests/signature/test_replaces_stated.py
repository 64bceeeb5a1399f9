"""The approval a re-approved report's paper replaces is the sender's word (/ChiTieuReplaces in the
PDF's document information, which the workbook does not carry): red-team R5 F2. Its fields went
unescaped into the paper's markup (a fingerprint '<font x' made the province's render fail, then
excused as "not compared", so an edited figure was "hợp lệ"), and any reason, however long, was
printed and the pages said right. Now every field is escaped, what the PDF states is checked for the
form the program gives it (a 64-hex code, a time not after the approval, a reason no longer than a
leader may type), anything else is a difference, and a paper whose line matches says that line is
printed as the PDF states it, not checked against what the province received."""
from __future__ import annotations

import io
import json

import pytest

from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.core.report_info import REPLACES_KEY
from desktop_app.core.submission import Replaced
from desktop_app.signature_check import check_pdf_bytes
from exports.rendered_report import rendered_report
from exports.submission_reader import read_submission
from tests.signature.test_pages_compared import figure_edited
from tests.signature.test_pdf_of_another_report import STEM, document, sent  # noqa: F401
from tests.signature.test_saved_again_before_signing import signed_elsewhere

CODE = "0123456789abcdef" * 4


def stating(pdf: bytes, replaces: dict) -> bytes:
    """`pdf` saved whole with its document information stating `replaces`."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.add_metadata({**reader.metadata, REPLACES_KEY: json.dumps(replaces)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def checked(pki, sent, data: bytes):  # noqa: F811
    sub = read_submission(sent["xlsx"])
    return check_pdf_bytes(f"{STEM}_ky-so.pdf", signed_elsewhere(pki, data), [pki.root_der], "", document(sub), sub)


def test_markup_in_what_the_pdf_states_is_printed_as_text_and_counts_against_the_file(pki, sent):  # noqa: F811
    sub = read_submission(sent["xlsx"])
    rendered_report(sub, Replaced("<font x", sub.approved_at, "<b>lý do", True))  # printed, not read as markup
    edited = stating(figure_edited(sent["unsigned"].read_bytes()),
                     {"fingerprint": "<font x", "approved_at": "2026-01-01", "reason": "", "reopened": True})
    check = checked(pki, sent, edited)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN  # was "Chữ ký số hợp lệ", the render failing
    assert "tệp ghi mã bản duyệt được thay không phải mã xác thực 64 chữ số hệ 16" in check.pages_line()
    assert "Error" not in " ".join(check.lines())


@pytest.mark.parametrize("fields, why", [
    ({"reason": "Số thu ngân sách đúng là 950.000. " * 40},
     "tệp ghi lý do mở lại dài 1.360 ký tự, phần mềm chỉ cho nhập tới 1.000 ký tự"),
    ({"approved_at": "2099-01-01T08:00:00+07:00"},
     "tệp ghi bản duyệt được thay duyệt sau bản này, sau ngày 31/12/2031: phần mềm không duyệt với đồng hồ chỉ sau "
     "ngày đó"),
    ({"approved_at": "hôm qua"}, "tệp ghi ngày duyệt của bản được thay không phải một thời điểm"),
])
def test_a_stated_approval_the_program_never_writes_is_a_difference(pki, sent, fields, why):  # noqa: F811
    sub = read_submission(sent["xlsx"])
    old = Replaced(**{"fingerprint": CODE, "approved_at": "2026-01-01T08:00:00+07:00", "reason": "Sửa số",
                      "reopened": True, **fields})
    check = checked(pki, sent, rendered_report(sub, old))  # the paper printing it, the render of its statement
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and why in check.pages_line()


def test_a_stated_approval_printed_is_said_to_be_the_pdf_s_word(pki, sent):  # noqa: F811
    sub = read_submission(sent["xlsx"])
    check = checked(pki, sent, rendered_report(sub, Replaced(CODE, "2026-01-01T08:00:00+07:00", "Sửa số", True)))
    assert check.pages_match is True
    assert check.pages_line().endswith(
        "sau đó chỉ thêm chữ ký. Dòng “Duyệt lại …” (thay bản mã 0123456789abcdef duyệt ngày 01/01/2026, và lý do) "
        "in theo điều tệp PDF ghi, tệp Excel không ghi: chưa đối chiếu được với các bản tỉnh đã nhận của đơn vị.")


def test_a_leader_s_reason_is_no_longer_than_the_province_accepts(approved):
    from desktop_app.core.errors import InvalidInput

    ws, _, _ = approved
    with pytest.raises(InvalidInput, match="Lý do mở lại: dài quá 1.000 ký tự"):
        ws.reopen("2026", "Sửa số. " * 130)
    ws.reopen("2026", "Sửa số. " * 120)  # 959 characters: reopened, printed, accepted by the province
