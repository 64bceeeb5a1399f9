"""Ký số báo cáo: the leader signs the exported report with the token (SoftHSM2 here) or a
PKCS#12 file; pyHanko validates what was written; a wrong PIN, a missing module, an empty token
and an expired certificate are refused in Vietnamese and leave nothing behind."""
from __future__ import annotations

import hashlib
import io
import os

import pytest

from desktop_app.certificates import KeySource
from desktop_app.core.errors import InvalidInput, NotFound, NotPermitted, SignatureError
from desktop_app.core.pdf_signature import LEADER_FIELD, ORG_FIELD, PdfVerdict
from desktop_app.report_signing import set_signature_settings, sign_report
from desktop_app.signature_check import verify_pdf
from tests.exports.conftest import signed_page
from exports.submission_reader import read_submission, verify_file
from tests.signature.conftest import P12_PASSWORD, PIN


def token(module, label="Lanh dao", pin=PIN):
    return KeySource("pkcs11", module, label, pin)


def folder_state(folder):
    """Every file of the folder with its bytes' hash: what a refused signing must not change."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def pyhanko_status(path, root_der):
    """pyHanko's own verdict on the file's signatures, with the test CA as the only root."""
    from asn1crypto import x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(path.read_bytes()))
    vc = ValidationContext(trust_roots=[x509.Certificate.load(root_der)], allow_fetching=False,
                           revocation_mode="soft-fail")
    return [validate_pdf_signature(s, signer_validation_context=vc) for s in reader.embedded_regular_signatures]


def test_a_signed_report_validates_as_intact_covering_the_whole_file_and_trusted(softhsm, pki, approved):
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    ws, out, export = approved
    result = sign_report(ws, "2026", out, token(softhsm))
    assert result.pdf == out / "2026_05503_xa-tan-cuong_ky-so.pdf" and result.signers == ("Trần Thị Bình",)
    (status,) = pyhanko_status(result.pdf, pki.root_der)
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    check = verify_pdf(result.pdf, [pki.root_der], result.sha256)
    assert check.verdict == PdfVerdict.HOP_LE and check.matches_submission is True
    (sig,) = check.signatures
    assert (sig.field_name, sig.signer, sig.organisation) == (LEADER_FIELD, "Trần Thị Bình", "UBND xã Tân Cương")
    assert abs((sig.signing_time - result.signed_at).total_seconds()) < 2
    # the exported PDF is untouched: the signed one is a new file beside it
    assert export.pdf.read_bytes() != result.pdf.read_bytes() and result.pdf.read_bytes().startswith(
        export.pdf.read_bytes())


def test_the_signature_sits_in_the_signature_block_of_the_signed_page(approved):
    """The leader's field is the room between "CHỦ TỊCH" and the name, on the signed page (the
    last portrait one, the annex's table on landscape pages after it); the organisation's lies
    over its left third, where the seal goes."""
    from pypdf import PdfReader

    ws, out, export = approved
    reader = PdfReader(export.pdf)
    fields = {a["/T"]: (n, [float(v) for v in a["/Rect"]]) for n, page in enumerate(reader.pages)
              for a in (x.get_object() for x in page.get("/Annots") or [])}
    (page, leader), (org_page, org) = fields[LEADER_FIELD], fields[ORG_FIELD]
    assert page == org_page == signed_page(reader) < len(reader.pages) - 1
    text = reader.pages[page].extract_text()
    assert "CHỦ TỊCH" in text and "Trần Thị Bình" in text
    width = leader[2] - leader[0]
    # the signature column (0,55 of the 165-mm text width) × the 28 mm left to sign in
    assert width == pytest.approx(0.55 * 165 * 72 / 25.4, abs=0.1)
    assert leader[3] - leader[1] == pytest.approx(28 * 72 / 25.4, abs=0.1)
    assert leader[0] > reader.pages[page].mediabox.width / 2 - 20  # the right-hand column
    image_left = leader[0] + width / 4  # the signature image: the middle half of the block
    assert org[2] == pytest.approx(image_left + width / 2 / 3, abs=0.05)  # covers its left third
    assert org[2] - org[0] == pytest.approx(36 * 72 / 25.4, abs=0.05)


def test_a_pdf_changed_after_signing_is_reported_as_changed(softhsm, pki, approved, tmp_path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils import generic

    ws, out, _ = approved
    result = sign_report(ws, "2026", out, token(softhsm))
    data = result.pdf.read_bytes()
    # a figure typed over inside the signed bytes
    at = data.index(b"/Producer")
    edited = tmp_path / "sua-noi-dung.pdf"
    edited.write_bytes(data[:at] + b"/Producer (chinh sua)" + data[at + len(b"/Producer (chinh sua)"):])
    check = verify_pdf(edited, [pki.root_der], result.sha256)
    assert check.verdict == PdfVerdict.DA_BI_SUA and not check.signatures[0].intact
    assert "KHÔNG nguyên vẹn" in "\n".join(check.lines())
    # content added after the signature, as a new revision (the signed bytes untouched)
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Rotate"] = generic.NumberObject(90)
    writer.update_container(page)
    appended = tmp_path / "them-noi-dung.pdf"
    buf = io.BytesIO()
    writer.write(buf)
    appended.write_bytes(buf.getvalue())
    check = verify_pdf(appended, [pki.root_der], result.sha256)
    assert check.signatures[0].intact and not check.signatures[0].whole_file
    assert check.verdict == PdfVerdict.DA_BI_SUA  # a change to the content, not an added signature
    assert check.matches_submission is False


def test_an_untrusted_root_is_reported_as_such(pki, approved):
    ws, out, _ = approved
    result = sign_report(ws, "2026", out, KeySource("p12", str(pki.untrusted_p12), secret=P12_PASSWORD))
    check = verify_pdf(result.pdf, [pki.root_der], result.sha256)
    assert check.verdict == PdfVerdict.KHONG_TIN_CAY
    (sig,) = check.signatures
    assert sig.intact and sig.whole_file and not sig.trusted
    assert sig.trust_problem == "chứng thư không do chứng thư gốc nào tỉnh đã nhập cấp"
    assert "CA lạ không được tỉnh tin cậy" in "\n".join(check.lines())
    assert verify_pdf(result.pdf, [], result.sha256).signatures[0].trust_problem.startswith("chưa có chứng thư gốc")


def test_a_wrong_pin_says_so_in_vietnamese_and_leaves_nothing_behind(softhsm, approved):
    ws, out, _ = approved
    before = folder_state(out)
    with pytest.raises(SignatureError) as err:
        sign_report(ws, "2026", out, token(softhsm, pin="000000"))
    assert err.value.field == "Mã PIN"
    assert err.value.message.startswith('Mã PIN của thiết bị ký số "Lanh dao" không đúng.')
    assert "tự khóa sau vài lần nhập sai" in err.value.message
    assert folder_state(out) == before  # no signed PDF, the Excel file as it was, no temporary file
    # the database is not held: another write goes through at once, and the history is intact
    ws.store.conn.execute("PRAGMA busy_timeout = 0")
    set_signature_settings(ws, tsa_url="")
    assert ws.verify_history() == []
    # and the right PIN signs
    assert sign_report(ws, "2026", out, token(softhsm)).pdf.is_file()


def test_every_bad_input_is_named_with_what_is_accepted(softhsm, pki, approved, tmp_path):
    ws, out, _ = approved
    cases = [
        (KeySource("pkcs11", str(tmp_path / "khong-co.dll"), "", PIN),
         "Tệp thư viện PKCS#11 của thiết bị ký số: không có tệp"),
        (KeySource("pkcs11", "/etc/hostname", "", PIN), "Tệp thư viện PKCS#11 của thiết bị ký số: không nạp được"),
        (token(softhsm, label="Khong cam"), 'Không thấy thiết bị ký số "Khong cam": cắm thiết bị vào máy'),
        (token(softhsm, label=""), "Đang cắm nhiều thiết bị ký số"),
        (token(softhsm, label="Trong"), 'Không có chứng thư số dùng để ký (kèm khóa bí mật) trên thiết bị ký số "Trong"'),
        (token(softhsm, label="Het han"), 'Chứng thư số trên thiết bị ký số "Het han" (Trần Thị Bình) đã hết hạn ngày'),
        (KeySource("p12", str(pki.expired_p12), secret=P12_PASSWORD), "đã hết hạn ngày"),
        (KeySource("p12", str(pki.leader_p12), secret="sai"), "Mật khẩu tệp chứng thư số leader.p12 không đúng"),
        (token(softhsm, pin=""), "Mã PIN: chưa nhập mã PIN"),
    ]
    before = folder_state(out)
    for source, words in cases:
        with pytest.raises(SignatureError) as err:
            sign_report(ws, "2026", out, source)
        assert words in err.value.message, (source, err.value.message)
    assert folder_state(out) == before


def test_pkcs12_signing_and_the_submission_carries_the_pdf_hash(pki, approved):
    ws, out, export = approved
    result = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    digest = hashlib.sha256(result.pdf.read_bytes()).hexdigest()
    assert result.sha256 == digest
    sub = read_submission(result.xlsx)
    assert sub.signed_pdf_sha256 == digest and sub.signature_valid()
    assert sub.fingerprint == export.submission.fingerprint  # the same figures, signed again
    assert sub.generated_at > export.submission.generated_at  # a later version of the report
    check = verify_file(result.xlsx)
    assert check.ok and digest in check.message
    assert verify_pdf(result.pdf, [pki.root_der], sub.signed_pdf_sha256).verdict == PdfVerdict.HOP_LE
    audit = [r for r in ws.store.audit_rows() if r.action == "pdf_sign"]
    assert len(audit) == 1 and digest in audit[0].new and "Trần Thị Bình" in audit[0].new


def test_the_organisation_signs_second_over_the_seal(softhsm, pki, approved):
    ws, out, _ = approved
    result = sign_report(ws, "2026", out, token(softhsm), token(softhsm, label="Co quan"))
    assert result.signers == ("Trần Thị Bình", "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG")
    check = verify_pdf(result.pdf, [pki.root_der], result.sha256)
    assert check.verdict == PdfVerdict.HOP_LE
    leader, org = check.signatures
    assert (leader.field_name, org.field_name) == (LEADER_FIELD, ORG_FIELD)
    assert not leader.whole_file and leader.later_changes_allowed  # only a signature added after it
    assert org.whole_file


def test_an_unreachable_timestamp_server_signs_without_a_timestamp(pki, approved):
    ws, out, _ = approved
    result = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD),
                         tsa_url="http://127.0.0.1:9/tsa")
    assert not result.timestamped
    assert "Không kết nối được máy chủ cấp dấu thời gian http://127.0.0.1:9/tsa" in result.notice
    assert verify_pdf(result.pdf, [pki.root_der]).verdict == PdfVerdict.HOP_LE


def test_only_an_approved_period_is_signed_and_only_by_a_leader(pki, approved, tmp_path):
    ws, out, _ = approved
    p12 = KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD)
    with pytest.raises(InvalidInput, match="chỉ ký số được báo cáo của kỳ đã duyệt"):
        sign_report(ws, "2026-6M", out, p12)
    ws.add_user("admin", "Quản Trị", "Quản trị", "mat-khau-dai-1")
    ws.login("admin", "mat-khau-dai-1")
    ws.add_user("canbo", "Nguyễn Văn An", "Cán bộ nhập liệu", "mat-khau-dai-2")
    ws.add_user("lanhdao", "Trần Thị Bình", "Lãnh đạo", "mat-khau-dai-3")
    ws.login("canbo", "mat-khau-dai-2")
    with pytest.raises(NotPermitted):
        sign_report(ws, "2026", out, p12)
    ws.login("lanhdao", "mat-khau-dai-3")
    assert sign_report(ws, "2026", out, p12).signers == ("Trần Thị Bình",)
    # reopened, the old export is no longer the approval's report
    ws.reopen("2026", "Sửa số liệu thu ngân sách")
    with pytest.raises(InvalidInput, match="chỉ ký số được báo cáo của kỳ đã duyệt"):
        sign_report(ws, "2026", out, p12)


def test_the_export_must_be_there_and_be_this_approvals(pki, approved, tmp_path):
    ws, out, export = approved
    p12 = KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD)
    with pytest.raises(NotFound, match="Không có tệp 2026_05503_xa-tan-cuong.xlsx"):
        sign_report(ws, "2026", tmp_path / "trong", p12)
    export.pdf.write_bytes(b"%PDF-1.4 not the report")
    with pytest.raises(SignatureError, match="không phải báo cáo PDF phần mềm xuất cho bản đã duyệt này"):
        sign_report(ws, "2026", out, p12)


def test_the_leader_reads_every_refusal_in_english_too(softhsm, pki, approved, tmp_path):
    """The English window shows a refusal's `en`: the same facts and numbers as the Vietnamese
    (tests/core/test_english_errors.py), for the token, the certificate, the export and the settings."""
    from tests.core.test_english_errors import english

    ws, out, export = approved
    p12 = KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD)
    cases = [
        (token(softhsm, pin="000000"), 'The PIN of the token "Lanh dao" is wrong. Type it again carefully: the token '
                                       "locks itself after a few wrong PINs in a row"),
        (token(softhsm, pin=""), 'Token PIN: the PIN of the token "Lanh dao" is not typed.'),
        (KeySource("pkcs11", str(tmp_path / "khong-co.dll"), "", PIN), "Token library (PKCS#11): there is no file "),
        (KeySource("pkcs11", "/etc/hostname", "", PIN), "Token library (PKCS#11): could not load hostname"),
        (token(softhsm, label="Khong cam"), 'The token "Khong cam" is not found: plug it into the computer'),
        (token(softhsm, label=""), "Several tokens are plugged in ("),
        (token(softhsm, label="Trong"), 'There is no certificate to sign with (with its private key) on the token '
                                        '"Trong"'),
        (token(softhsm, label="Het han"), 'The certificate on the token "Het han" (Trần Thị Bình) expired on '),
        (KeySource("p12", str(pki.expired_p12), secret=P12_PASSWORD), "expired on "),
        (KeySource("p12", str(pki.leader_p12), secret="sai"), "The password of the certificate file leader.p12 is "
                                                               "wrong"),
    ]
    for source, words in cases:
        with pytest.raises(SignatureError) as err:
            sign_report(ws, "2026", out, source)
        assert words in english(err.value), (source, err.value.en)
    with pytest.raises(NotFound) as err:
        sign_report(ws, "2026", tmp_path / "trong", p12)
    assert english(err.value).startswith("There is no file 2026_05503_xa-tan-cuong.xlsx in the folder ")
    for typed in ({"pkcs11_module": str(tmp_path / "vnpt.dll")}, {"token_label": "x" * 33},
                  {"tsa_url": "tsa.example"}, {"image": str(export.pdf)}, {"org_p12": str(export.pdf)},
                  {"khong_co": "1"}):
        with pytest.raises(InvalidInput) as err:
            set_signature_settings(ws, **typed)
        english(err.value)
    # approved again with a figure changed: the export in the folder is the earlier approval's
    ws.reopen("2026", "Sửa số vụ tai nạn giao thông")
    ws.set_entry("2026", "tngt_so_vu", value="2", previous="4")
    ws.complete("2026")
    ws.approve("2026")
    with pytest.raises(SignatureError) as err:
        sign_report(ws, "2026", out, p12)
    assert english(err.value).startswith(
        "The file 2026_05503_xa-tan-cuong.xlsx is not the export of the current approval of year 2026")
    from desktop_app.services import export_period
    from tests.exports.sample_data import REPORT_DATE

    again = export_period(ws, "2026", out, report_date=REPORT_DATE)
    again.pdf.write_bytes(b"%PDF-1.4 not the report")
    with pytest.raises(SignatureError) as err:
        sign_report(ws, "2026", out, p12)
    assert english(err.value).startswith(
        "The file 2026_05503_xa-tan-cuong.pdf is not the report PDF the program exported for this approval")


def test_signature_settings_refuse_what_they_cannot_use(approved, tmp_path):
    ws, _, _ = approved
    with pytest.raises(InvalidInput, match="Tệp thư viện PKCS#11 của thiết bị ký số: không có tệp"):
        set_signature_settings(ws, pkcs11_module=str(tmp_path / "vnpt.dll"))
    notes = tmp_path / "chu-ky.txt"
    notes.write_text("không phải ảnh")
    with pytest.raises(InvalidInput, match=r"Ảnh chữ ký \(PNG\): chu-ky.txt phải là ảnh PNG"):
        set_signature_settings(ws, image=str(notes))
    with pytest.raises(InvalidInput, match="không phải địa chỉ http"):
        set_signature_settings(ws, tsa_url="tsa.example")
    module = tmp_path / "token.dll"
    module.write_bytes(b"MZ")
    settings = set_signature_settings(ws, pkcs11_module=str(module), token_label="Lanh dao")
    assert settings.pkcs11_module == str(module.resolve()) and settings.token_label == "Lanh dao"
    assert {r.field for r in ws.store.audit_rows() if r.action == "setting"} >= {
        "signature_pkcs11_module", "signature_token_label"}


def test_the_command_line_signs_and_verifies(softhsm, pki, approved, capsys, monkeypatch):
    from desktop_app.cli import run

    ws, out, _ = approved
    data = str(ws.store.path).rsplit("/", 1)[0]
    ws.close()
    monkeypatch.setenv("CHITIEU_TOKEN_PIN", "000000")
    assert run(["--data-dir", data, "sign", "--period", "2026", "--pkcs11", softhsm, "--token", "Lanh dao",
                "--out", str(out)]) == 2
    assert 'Lỗi: Mã PIN của thiết bị ký số "Lanh dao" không đúng.' in capsys.readouterr().err
    monkeypatch.setenv("CHITIEU_TOKEN_PIN", PIN)
    assert run(["--data-dir", data, "sign", "--period", "2026", "--pkcs11", softhsm, "--token", "Lanh dao",
                "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "Đã ký số (PAdES B-B) bởi Trần Thị Bình" in said and "2026_05503_xa-tan-cuong_ky-so.pdf" in said
    signed = out / "2026_05503_xa-tan-cuong_ky-so.pdf"
    assert run(["verify", str(signed), "--trust", str(pki.root_pem)]) == 0
    said = capsys.readouterr().out
    assert "Chữ ký số hợp lệ" in said and "Người có thẩm quyền: Trần Thị Bình (UBND xã Tân Cương)" in said
    assert "Toàn vẹn: nguyên vẹn; phủ toàn bộ tệp" in said and "khớp mã ghi trong tệp Excel gửi kèm" in said
    assert run(["verify", str(signed), "--trust", str(pki.other_root_pem)]) == 1
    assert "Chứng thư số không tin cậy" in capsys.readouterr().err
    assert os.environ["CHITIEU_TOKEN_PIN"] == PIN  # read from the environment, never stored
    from desktop_app.services import Workspace

    again = Workspace.open(data)
    assert PIN not in str(again.store.settings()) and PIN not in str([r.new for r in again.store.audit_rows()])
    again.close()


def test_other_commands_and_the_windows_do_not_load_pyhanko():
    """pyHanko and python-pkcs11 load only to sign or check a PDF: the command line's parser,
    the settings dialog and the province window import none of them."""
    import subprocess
    import sys

    code = ("import sys, desktop_app.cli as c, ui.province_window, ui.setup_dialog, ui.main_window; c.build_parser(); "
            "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('pyhanko', 'pkcs11', 'asn1crypto'))}))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.strip() == "[]", done.stderr[-2000:]
