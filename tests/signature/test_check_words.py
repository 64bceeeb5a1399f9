"""What a signature check says is what is true (red-team R3 F6): a self-issued certificate is
called self-issued ("tự cấp"), not "chuỗi chứng thư không hợp lệ"; bytes put after the file's end
mark are called that, not "chỉ là chữ ký khác (được phép)"; every time of one check (the signature,
the certificate, the note on a workbook exported again) is Vietnam's, whatever zone the computer
is set to."""
from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict
from desktop_app.report_signing import sign_report
from desktop_app.signature_check import check_pdf_bytes, unnamed_by_workbook
from tests.signature.test_pdf_of_another_report import leader
from tests.signature.test_signer_named import self_issued  # noqa: F401 (the fixture)

VIETNAM = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture
def utc_computer(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.delenv("TZ")
    time.tzset()


def test_a_self_issued_certificate_is_called_self_issued(pki, approved, self_issued):  # noqa: F811
    ws, out, _ = approved
    signed = sign_report(ws, "2026", out, self_issued, confirm=lambda warning: True)
    check = check_pdf_bytes(signed.pdf.name, signed.pdf.read_bytes(), [pki.root_der])
    assert check.verdict == PdfVerdict.KHONG_TIN_CAY
    assert ("  Tin cậy: KHÔNG tin cậy: chứng thư tự cấp: người giữ tự cấp cho chính mình, không do tổ chức cung cấp "
            "dịch vụ chứng thực chữ ký số nào cấp") in check.lines()  # was "chuỗi chứng thư không hợp lệ"


def test_bytes_after_the_end_mark_are_called_so(pki, approved):
    ws, out, _ = approved
    data = sign_report(ws, "2026", out, leader(pki)).pdf.read_bytes() + b"\r\n-- gui tu hop thu --\r\n"
    check = check_pdf_bytes("x_ky-so.pdf", data, [pki.root_der])
    said = check.lines()
    assert check.verdict == PdfVerdict.KHONG_PHU_TOAN_BO and check.after_eof == 20
    assert ("  Toàn vẹn: nguyên vẹn; tệp có thêm 20 byte sau dấu kết thúc tệp (%%EOF): không phải chữ ký, không thuộc "
            "tài liệu PDF (thường do công cụ chép hoặc gửi tệp thêm vào)") in said
    assert not any("chỉ là chữ ký khác" in line for line in said), said  # what the old code said
    assert ("Sau chữ ký cuối cùng, tệp có thêm 20 byte sau dấu kết thúc tệp (%%EOF): không phải chữ ký, không thuộc "
            "tài liệu PDF (thường do công cụ chép hoặc gửi tệp thêm vào): không được chữ ký nào bảo đảm.") in said
    assert PdfCheck.from_json(json.loads(json.dumps(check.as_json()))).lines() == said
    old = {k: v for k, v in check.as_json().items() if k != "after_eof"}  # stored before: the bytes not counted
    assert PdfCheck.from_json(old).lines()[4] == ("  Toàn vẹn: nguyên vẹn; tệp được lưu thêm sau chữ ký này một phần "
                                                  "không phải chữ ký (được phép: không đổi nội dung trang)")


def test_the_times_of_a_check_are_vietnam_s_on_a_computer_set_to_another_zone(pki, approved, utc_computer):
    ws, out, _ = approved
    signed = sign_report(ws, "2026", out, leader(pki))
    check = check_pdf_bytes(signed.pdf.name, signed.pdf.read_bytes(), [pki.root_der])
    at = check.signatures[0].signing_time.astimezone(VIETNAM)
    assert f"  Thời điểm ký: {at:%H:%M %d/%m/%Y} (theo đồng hồ máy ký, không có dấu thời gian)" in check.lines()
    assert signed.signed_at_text == f"{at:%H:%M %d/%m/%Y}"
    later = at + dt.timedelta(hours=1)
    note = unnamed_by_workbook("x.xlsx", later.astimezone(dt.timezone.utc).isoformat(), check)
    assert note.startswith(f"Tệp x.xlsx bên cạnh được xuất lại lúc {later:%H:%M %d/%m/%Y}, sau khi ký số "
                           f"({at:%H:%M %d/%m/%Y})")
