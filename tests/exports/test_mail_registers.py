"""Gửi cho tỉnh (walk U4 F5): the e-mail says what the province's clerk registers an incoming document by, the
report's number and date ("Số 1234/BC-UBND ngày 06/12/2026") and its approval date, or that it is a draft with none,
and what the clerk does with it: compare the codes with the paper, read the Excel file with the program."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from email import message_from_bytes
from email.policy import default

from desktop_app.core.mail import mail_body
from desktop_app.core.signing import new_private_key, public_key
from exports.mail_draft import mail_draft


def clerk(key: bool) -> str:
    return ("Văn thư tỉnh: đối chiếu mã xác thực" + (" và mã khóa" if key else "") + " trên với mã in ở chân trang có "
            "chữ ký của báo cáo giấy; đọc tệp Excel bằng phần mềm của tỉnh (Tệp › Nhận báo cáo từ thư mục…), không "
            "nhập lại số liệu bằng tay.")


def _lines(sub) -> list[str]:
    return mail_body(sub, ["a.pdf", "a.xlsx"]).split("\n")


def test_an_approved_report_s_number_report_date_and_approval_date(ward_sub, tmp_path):
    sub = replace(ward_sub, approved=True, approved_at="2026-12-04T16:20:00+07:00", doc_number="1234/BC-UBND",
                  doc_symbol="BC-UBND", report_date=dt.date(2026, 12, 6))
    lines = _lines(sub)
    intro = next(k for k, line in enumerate(lines) if line.startswith("Ủy ban nhân dân phường Phan Đình Phùng"))
    assert lines[intro + 1:intro + 3] == ["Số 1234/BC-UBND ngày 06/12/2026.", "Duyệt ngày 04/12/2026."]
    assert "dự thảo" not in "\n".join(lines)
    assert clerk(False) in lines and lines.index(clerk(False)) > lines.index("Tệp đính kèm:")  # unsigned: no key
    with_key = _lines(replace(sub, public_key=public_key(new_private_key())))
    assert clerk(True) in with_key and any(line.startswith("Mã khóa của máy lập: ") for line in with_key)

    attached = tmp_path / "a.pdf"
    attached.write_bytes(b"%PDF-1.4")
    raw = mail_draft(sub, [attached]).as_bytes()
    assert raw.isascii()  # 7-bit: subject and body encoded
    body = message_from_bytes(raw, policy=default).get_body(("plain",)).get_content()
    assert "Số 1234/BC-UBND ngày 06/12/2026." in body and clerk(False) in body.replace("\r\n", "\n")


def test_a_number_left_to_write_by_hand_still_gives_the_date(ward_sub):
    sub = replace(ward_sub, approved=True, approved_at="2026-12-04T16:20:00+07:00", doc_number="",
                  report_date=dt.date(2026, 12, 6))
    lines = _lines(sub)
    assert "Ngày báo cáo: 06/12/2026 (số văn bản ghi tay trên báo cáo giấy)." in lines
    assert not any(line.startswith("Số ") for line in lines) and "Duyệt ngày 04/12/2026." in lines


def test_a_draft_says_so_and_has_no_approval_date(ward_sub):
    sub = replace(ward_sub, approved=False, approved_at="", doc_number="", report_date=dt.date(2026, 12, 6))
    lines = _lines(sub)
    assert "Bản dự thảo, chưa được duyệt nên chưa có ngày duyệt." in lines
    assert not any(line.startswith("Duyệt ngày") for line in lines)
