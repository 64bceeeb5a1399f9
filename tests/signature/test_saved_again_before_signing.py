"""A signed PDF whose export was saved again before it was signed is said so to the province.

The program's export is saved once and each signature is appended to it: a genuine report's
first signature signs revision 1 (pyHanko's `signed_revision`, 0-based). A copy of the export
edited incrementally (text added over page 1, keeping the document information) and then signed
by another tool, or by an older version of the program, signed revision 2: the check stated
"Nội dung: báo cáo của cùng đơn vị, kỳ và số liệu với tệp Excel gửi kèm" from the Subject alone.
It now counts the saves before the first signature and warns of them wherever the check's
lines are shown (`chitieu verify`, the window's tooltip, the stored check), and says only what
the Subject states."""
from __future__ import annotations

import io
import json
import shutil

from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict
from desktop_app.signature_check import check_pdf_bytes
from exports.submission_reader import read_submission
from tests.signature.conftest import P12_PASSWORD
from tests.signature.test_edited_pdf_not_signed import overlay, red_text, white_box
from tests.signature.test_pdf_of_another_report import STEM, document, office, received_check, sent  # noqa: F401

WARNING = ("Cảnh báo: tệp PDF đã được lưu lại {n} lần sau khi xuất, trước khi ký: nội dung có thể đã bị sửa (bản xuất "
           "của phần mềm được ký ngay, mỗi chữ ký là một lần lưu nối tiếp).")


def signed_elsewhere(pki, pdf: bytes) -> bytes:
    """`pdf` signed in its leader's field by a tool other than the program (pyHanko, the leader's .p12)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    out = io.BytesIO()
    signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False),
                     signers.PdfSignatureMetadata(field_name="ChuKyNguoiCoThamQuyen"), output=out,
                     signer=signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode()))
    return out.getvalue()


def test_an_export_edited_then_signed_is_said_saved_again(pki, sent):
    sub = read_submission(sent["xlsx"])
    edited = overlay(sent["unsigned"].read_bytes(), red_text, incremental=True)
    check = check_pdf_bytes("x_ky-so.pdf", signed_elsewhere(pki, edited), [pki.root_der], "", document(sub))
    said = check.lines()
    assert check.revisions_before_signing == 2 and check.saved_again == 1
    assert WARNING.format(n=1) in said, said
    assert not any("cùng đơn vị, kỳ và số liệu" in line for line in said), said  # what the old code said
    assert (f"Nội dung: tệp PDF ghi là báo cáo của đơn vị 05503, năm 2026, mã xác thực {sub.fingerprint[:16]}, khớp "
            "với tệp Excel gửi kèm; số liệu in trong tệp PDF không được so với tệp Excel.") in said
    assert check.summary == ("Chữ ký số hợp lệ (tệp lưu lại 1 lần sau khi xuất, trước khi ký): Trần Thị Bình")
    stored = PdfCheck.from_json(json.loads(json.dumps(check.as_json())))
    assert stored.revisions_before_signing == 2 and stored.lines() == said


def test_saved_twice_it_says_twice(pki, sent):
    twice = overlay(overlay(sent["unsigned"].read_bytes(), white_box, incremental=True), red_text, incremental=True)
    check = check_pdf_bytes("x_ky-so.pdf", signed_elsewhere(pki, twice), [pki.root_der], "",
                            document(read_submission(sent["xlsx"])))
    assert check.saved_again == 2 and WARNING.format(n=2) in check.lines()


def test_the_province_window_and_verify_show_the_warning(pki, office, sent, tmp_path, capsys):  # noqa: F811
    """Through the intake (the check stored, then read for the window) and `chitieu verify`."""
    from desktop_app.cli import run

    data = signed_elsewhere(pki, overlay(sent["unsigned"].read_bytes(), red_text, incremental=True))
    check = received_check(office, tmp_path, sent["xlsx"], data)
    assert WARNING.format(n=1) in check.lines()
    folder = tmp_path / "xem"
    folder.mkdir()
    shutil.copy2(sent["xlsx"], folder / f"{STEM}.xlsx")
    pdf = folder / f"{STEM}_ky-so.pdf"
    pdf.write_bytes(data)
    run(["--data-dir", str(tmp_path / "khong-co"), "verify", str(pdf), "--trust", str(pki.root_pem)])
    printed = capsys.readouterr()
    assert WARNING.format(n=1) in printed.out + printed.err


def test_the_program_s_own_signed_export_has_no_warning(pki, sent):
    check = check_pdf_bytes("x_ky-so.pdf", sent["signed"].read_bytes(), [pki.root_der], "",
                            document(read_submission(sent["xlsx"])))
    assert check.revisions_before_signing == 1 and check.saved_again == 0
    assert check.verdict == PdfVerdict.HOP_LE and check.summary == "Chữ ký số hợp lệ: Trần Thị Bình"
    assert not any(line.startswith("Cảnh báo") for line in check.lines())


def test_a_check_stored_before_the_saves_were_counted_still_loads(pki, sent):
    edited = overlay(sent["unsigned"].read_bytes(), red_text, incremental=True)
    check = check_pdf_bytes("x_ky-so.pdf", signed_elsewhere(pki, edited), [pki.root_der], "",
                            document(read_submission(sent["xlsx"])))
    old = {k: v for k, v in check.as_json().items() if k != "revisions_before_signing"}  # as an older version stored it
    stored = PdfCheck.from_json(json.loads(json.dumps(old)))
    assert stored.revisions_before_signing is None and stored.saved_again == 0  # not known: nothing claimed
    assert stored.verdict == PdfVerdict.HOP_LE
    assert not any(line.startswith("Cảnh báo") for line in stored.lines())


def test_an_unsigned_pdf_counts_nothing(pki, sent):
    check = check_pdf_bytes("x.pdf", sent["unsigned"].read_bytes(), [pki.root_der], "",
                            document(read_submission(sent["xlsx"])))
    assert check.revisions_before_signing is None and check.saved_again == 0
