"""Whose certificate signed the report is compared with the signer the report names (red-team R3
F3): any certificate a trusted CA issued signed any commune's report "hợp lệ" without a word. The
province's check and `chitieu verify` now say when the leader's signature is another person's
(a warning beside the result, not a failure: a CA spells names its own way), and the commune's
signing asks before another person's or a self-issued certificate signs (the leader may go on)."""
from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from cryptography import x509

from desktop_app.certificates import KeySource
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.core.person_names import names_person
from desktop_app.core.periods import parse_period
from desktop_app.report_signing import sign_report
from tests.signature.conftest import P12_PASSWORD, _name, _p12
from exports.submission_reader import read_submission
from tests.signature.test_pdf_of_another_report import STEM, office, received_check, sent  # noqa: F401
from tests.signature.test_windows import boxes  # noqa: F401 (the fixture)

OTHER = "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG"
SAID = (f"Cảnh báo: chứng thư ký thuộc về {OTHER}, báo cáo ghi người ký là Trần Thị Bình: hỏi lại đơn vị ai đã ký "
        "báo cáo này.")
WARNED = (f"Chứng thư số dùng để ký thuộc về {OTHER}, báo cáo ghi người ký là Trần Thị Bình: tỉnh sẽ thấy người ký "
          "khác tên trên báo cáo.")


@pytest.fixture
def stranger(pki, tmp_path) -> KeySource:
    """A certificate the trusted CA issued to someone else than the report's signer."""
    key, cert = pki.token_contents["Co quan"]
    root = x509.load_pem_x509_certificate(pki.root_pem.read_bytes())
    return KeySource("p12", str(_p12(tmp_path / "nguoi-khac.p12", key, cert, root)), secret=P12_PASSWORD)


@pytest.fixture
def self_issued(tmp_path) -> KeySource:
    """Trần Thị Bình's signing certificate she issued herself (no CA)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    now = dt.datetime.now(dt.timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = _name("Trần Thị Bình", "UBND xã Tân Cương")
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return KeySource("p12", str(_p12(tmp_path / "tu-cap.p12", key, cert, cert)), secret=P12_PASSWORD)


def folder_state(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


@pytest.mark.parametrize("holder, signer, same", [
    ("Trần Thị Bình", "Trần Thị Bình", True), ("TRẦN THỊ BÌNH", "Trần Thị Bình", True),
    ("Trần  Thị Bình (CCCD 001234567890)", "Trần Thị Bình", True), ("Trấn Thị Bình", "Trần Thị Bình", False),
    ("Trần Văn Toan", "An", False), ("Nguyễn Văn Lạ", "Trần Thị Bình", False)])
def test_names_compared_with_their_diacritics_word_by_word(holder, signer, same):
    assert names_person(holder, signer) is same


@pytest.mark.parametrize("holder, same", [  # red-team R5 F6: certificates' spellings of "Trần Thị Bình"
    ("Trần Thị Bình:079123456789", True), ("Bình Trần Thị", True), ("CHỦ TỊCH UBND XÃ - TRẦN THỊ BÌNH", True),
    ("TRAN THI BINH", True), ("Trần Thị Bình Minh", False), ("Thị", False), ("Bình", False),
    ("TRAN THI BINH MINH", False), ("TRẦN-THỊ-BÌNH", True), ("TRAN-THI-BINH", True),  # R6 F5: hyphens
    ("Trần-Thị-Bình-Minh", False), ("Trần Thị Bình - Giám đốc", True)])
def test_a_certificate_s_spelling_of_the_signer(holder, same):
    assert names_person(holder, "Trần Thị Bình") is same


def test_tone_marks_placed_the_old_or_the_new_way_are_one_name():
    assert names_person("Nguyễn Văn Hoà", "Nguyễn Văn Hòa") and names_person("Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy")
    assert not names_person("Nguyễn Văn Hóa", "Nguyễn Văn Hòa")


def test_a_name_without_diacritics_is_said_compared_so(pki, sent):  # noqa: F811
    from dataclasses import replace

    from desktop_app.signature_check import check_pdf_bytes

    check = check_pdf_bytes(f"{STEM}_ky-so.pdf", sent["signed"].read_bytes(), [pki.root_der],
                            submission=read_submission(sent["xlsx"]))
    check = replace(check, signatures=tuple(replace(s, signer="TRAN THI BINH") for s in check.signatures))
    assert check.signer_line() == ("Người ký: chứng thư ghi tên không dấu (TRAN THI BINH), so không dấu với người ký "
                                   "báo cáo ghi (Trần Thị Bình): trùng tên.")
    assert check.summary == "Chữ ký số hợp lệ: TRAN THI BINH"


def test_the_province_says_the_leader_s_certificate_is_another_person_s(pki, approved, office, stranger,  # noqa: F811
                                                                        tmp_path, capsys):
    from desktop_app.cli import run

    ws, out, _ = approved
    signed = sign_report(ws, "2026", out, stranger, confirm=lambda warning: True)
    check = received_check(office, tmp_path, signed.xlsx, signed.pdf.read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE  # trusted and intact: a warning, not a failure
    assert SAID in check.lines()
    assert check.summary == f"Chữ ký số hợp lệ (người ký khác tên trên báo cáo): {OTHER}"
    code = run(["--data-dir", str(tmp_path / "khong-co"), "verify", str(signed.pdf), "--trust", str(pki.root_pem)])
    printed = capsys.readouterr()
    assert code == 0 and SAID in printed.out


def test_the_leader_s_own_certificate_is_not_questioned(pki, approved, office, tmp_path):  # noqa: F811
    ws, out, _ = approved
    asked = []
    signed = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD),
                         confirm=asked.append)
    assert asked == [] and signed.notice == ""
    check = received_check(office, tmp_path, signed.xlsx, signed.pdf.read_bytes())
    assert check.signer_line() == "" and not any(line.startswith("Cảnh báo") for line in check.lines())


def test_the_commune_is_asked_before_another_person_s_certificate_signs(approved, stranger):
    ws, out, _ = approved
    before, asked = folder_state(out), []
    assert sign_report(ws, "2026", out, stranger, confirm=lambda warning: asked.append(warning) or False) is None
    assert asked == [WARNED] and asked[0].en.startswith(f"The signing certificate belongs to {OTHER}")
    assert folder_state(out) == before  # nothing signed, nothing written
    result = sign_report(ws, "2026", out, stranger)  # no one to ask (a script): said with the result
    assert WARNED in result.notice


def test_a_self_issued_certificate_is_warned_of(approved, self_issued):
    ws, out, _ = approved
    asked = []
    assert sign_report(ws, "2026", out, self_issued, confirm=lambda warning: asked.append(warning) or False) is None
    assert asked == ["Chứng thư số của Trần Thị Bình là chứng thư tự cấp (không do tổ chức cung cấp dịch vụ chứng "
                     "thực chữ ký số nào cấp): tỉnh sẽ không tin cậy chữ ký này."]


def test_the_command_line_warns_then_signs(approved, stranger, capsys, monkeypatch):
    from desktop_app.cli import run

    ws, out, _ = approved
    monkeypatch.setenv("CHITIEU_P12_PASSWORD", P12_PASSWORD)
    data = str(ws.store.path).rsplit("/", 1)[0]
    code = run(["--data-dir", data, "sign", "--period", "2026", "--p12", stranger.path, "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0 and f"Cảnh báo: {WARNED} Vẫn ký số theo lệnh." in printed.err
    assert (out / f"{STEM}_ky-so.pdf").is_file()


def test_the_sign_dialog_asks_and_not_signing_writes_nothing(qapp, qtbot, approved, stranger, boxes):  # noqa: F811
    from ui.sign_dialog import SignDialog

    ws, out, _ = approved
    before = folder_state(out)
    dialog = SignDialog(ws, parse_period("2026"), str(out))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.source.setCurrentIndex(dialog.source.findData("p12"))
    dialog.p12.setText(stranger.path)
    dialog.pin.setText(P12_PASSWORD)
    dialog.accept()  # the question's box closed without a click: its default, "Do not sign"
    assert len(boxes) == 1 and boxes[0][1].startswith(WARNED)
    assert dialog.isVisible() and dialog.result is None and dialog.pin.text() == ""
    assert folder_state(out) == before
