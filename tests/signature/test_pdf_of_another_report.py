"""The signed PDF beside a commune's Excel file is compared with that file's report: the unit,
period and fingerprint its document information's Subject states, as the first signature signed
it (red-team: with a workbook exported before signing, which names no PDF by SHA-256, a genuinely
signed PDF of another unit, another period or an earlier version was checked "Chữ ký số hợp
lệ"). A PDF stating no report at all cannot be matched; one stating the unit and period only (a
Subject lacking a field) is that unit's report of that period."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from desktop_app.certificates import KeySource
from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict
from desktop_app.province import ProvinceOffice
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace, export_period
from desktop_app.signature_check import check_pdf_bytes, pdf_signatures
from desktop_app.trust_roots import import_trust_roots
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE, fill_commune_2026
from tests.signature.conftest import P12_PASSWORD

STEM = "2026_05503_xa-tan-cuong"


@pytest.fixture
def sent(pki, approved, tmp_path):
    """Tân Cương's workbook as exported before signing (it names no signed PDF), its unsigned
    export PDF and the PDF its leader then signed."""
    ws, out, _ = approved
    keep = tmp_path / "gui"
    keep.mkdir()
    files = {"xlsx": shutil.copy2(out / f"{STEM}.xlsx", keep), "unsigned": shutil.copy2(out / f"{STEM}.pdf", keep)}
    assert read_submission(files["xlsx"]).signed_pdf_sha256 == ""
    files["signed"] = shutil.copy2(sign_report(ws, "2026", out, leader(pki)).pdf, keep / "da-ky.pdf")
    return {key: Path(path) for key, path in files.items()}


@pytest.fixture
def office(pki, tmp_path):
    ws = Workspace.open(tmp_path / "tinh", user="van-thu")
    office = ProvinceOffice(ws)
    office.setup()
    import_trust_roots(office, [pki.root_pem])
    yield office
    ws.close()


def leader(pki):
    return KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD)


def received_check(office, tmp_path, xlsx, pdf_bytes, name="hop-thu") -> PdfCheck:
    """Tân Cương's `xlsx` received with `pdf_bytes` beside it as its signed PDF: the check shown."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy2(xlsx, folder / f"{STEM}.xlsx")
    (folder / f"{STEM}_ky-so.pdf").write_bytes(pdf_bytes)
    office.intake(folder, "2026")
    return pdf_signatures(office, "2026")["05503"]


def document(sub) -> str:
    from desktop_app.core.report_info import report_document

    return report_document(sub.unit_code, sub.period, sub.fingerprint)


def signed_with_info(pki, pdf: bytes, subject: str | None, keywords: str | None = None) -> bytes:
    """`pdf` with its Subject and Keywords set (None: removed), signed by the trusted leader."""
    from pyhanko.pdf_utils.generic import NameObject, pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    ref = writer.trailer.raw_get("/Info")
    info = ref.get_object()
    for key, value in (("/Subject", subject), ("/Keywords", keywords)):
        if value is None:
            info.pop(key, None)
        else:
            info[NameObject(key)] = pdf_string(value)
    writer.mark_update(ref)
    out = io.BytesIO()
    signer = signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode())
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="ChuKyNguoiCoThamQuyen"), signer=signer,
                     output=out)
    return out.getvalue()


def test_another_unit_s_signed_pdf_beside_a_workbook_naming_none_is_not_valid(office, pki, sent, tmp_path):
    other_ws = Workspace.open(tmp_path / "dai-phuc", user="lanh-dao")
    other_ws.setup("dai phuc", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(other_ws)
    other_ws.complete("2026")
    other_ws.approve("2026")
    export_period(other_ws, "2026", tmp_path / "dai-phuc-out", report_date=REPORT_DATE)
    other = sign_report(other_ws, "2026", tmp_path / "dai-phuc-out", leader(pki))
    other_ws.close()
    check = received_check(office, tmp_path, sent["xlsx"], other.pdf.read_bytes())
    assert not check.ok, check.summary  # the old code: "Chữ ký số hợp lệ: Trần Thị Bình"
    assert check.verdict == PdfVerdict.KHAC_DON_VI_KY
    assert check.summary == ("PDF của đơn vị/kỳ khác (đơn vị 05488, năm 2026; tệp Excel: đơn vị 05503, năm 2026): "
                             "Trần Thị Bình")
    assert ("Nội dung: tệp PDF ghi là báo cáo của đơn vị 05488, năm 2026, KHÔNG phải của đơn vị 05503, năm 2026 như tệp "
            "Excel gửi kèm: không phải báo cáo đơn vị gửi cùng số liệu này.") in check.lines()
    assert office.ws.verify_history() == []


def test_the_unit_s_own_signed_pdf_is_still_valid(office, sent, tmp_path):
    check = received_check(office, tmp_path, sent["xlsx"], sent["signed"].read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE and check.summary == "Chữ ký số hợp lệ: Trần Thị Bình"
    fingerprint = read_submission(sent["xlsx"]).fingerprint
    assert check.matches_submission is None and check.subject == f"05503 2026 {fingerprint}"
    assert (f"Nội dung: tệp PDF ghi là báo cáo của đơn vị 05503, năm 2026, mã xác thực {fingerprint[:16]}, khớp với "
            "tệp Excel gửi kèm; trang in được so ở dòng dưới.") in check.lines()
    assert check.pages_match is True


def test_an_earlier_version_s_signed_pdf_is_said_to_be_another_version(office, pki, approved, sent, tmp_path):
    ws, _, _ = approved
    ws.reopen("2026", "Sửa số thu ngân sách")
    ws.set_entry("2026", "thu_ngan_sach", value="45.231")
    ws.complete("2026")
    ws.approve("2026")
    export_period(ws, "2026", tmp_path / "ban-2", report_date=REPORT_DATE)
    old, new = read_submission(sent["xlsx"]).fingerprint, read_submission(tmp_path / "ban-2" / f"{STEM}.xlsx").fingerprint
    check = received_check(office, tmp_path, tmp_path / "ban-2" / f"{STEM}.xlsx", sent["signed"].read_bytes())
    assert not check.ok, check.summary
    assert check.verdict == PdfVerdict.KHAC_BAN_BAO_CAO
    assert check.summary == f"PDF của bản báo cáo khác (mã xác thực {old[:16]}, tệp Excel {new[:16]}): Trần Thị Bình"


@pytest.mark.parametrize("subject, keywords, verdict", [
    ("05503 2026-6M {fp}", "chitieu-submission", PdfVerdict.KHAC_DON_VI_KY),  # another period
    (None, None, PdfVerdict.KHONG_DOI_CHIEU_DUOC),  # made by another program: states no report
    ("Báo cáo", "ký số", PdfVerdict.KHONG_DOI_CHIEU_DUOC),
    ("05503 2026 {fp} 05488", None, PdfVerdict.KHONG_DOI_CHIEU_DUOC),  # two units: says neither
    ("05503 2026", None, PdfVerdict.HOP_LE),  # a Subject lacking the fingerprint: the unit's report of the period
    (None, "chitieu-submission; mã xác thực {short}", PdfVerdict.HOP_LE),  # the Keywords' code alone
    (None, "chitieu-submission; mã xác thực 0123456789abcdef", PdfVerdict.KHAC_BAN_BAO_CAO),
])
def test_what_the_pdf_states_of_its_report_is_compared(pki, sent, subject, keywords, verdict):
    sub = read_submission(sent["xlsx"])
    fill = {"fp": sub.fingerprint, "short": sub.fingerprint[:16]}
    data = signed_with_info(pki, sent["unsigned"].read_bytes(), subject and subject.format(**fill),
                            keywords and keywords.format(**fill))
    check = check_pdf_bytes("x_ky-so.pdf", data, [pki.root_der], "", document(sub))
    assert check.verdict == verdict, check.lines()
    if verdict == PdfVerdict.KHONG_DOI_CHIEU_DUOC:
        assert check.summary == "Không đối chiếu được PDF với tệp Excel: Trần Thị Bình"
        assert "không đối chiếu được với tệp Excel gửi kèm" in "\n".join(check.lines())
    assert PdfCheck.from_json(json.loads(json.dumps(check.as_json()))).verdict == verdict  # as stored


def test_a_subject_changed_after_signing_is_not_believed(office, pki, sent, tmp_path):
    """pyHanko lets a revision after a signature change the document information: the Subject
    compared is the one the first signature signed. Relabelled alone, the last signature does not
    cover the file; signed again by anyone trusted, the PDF is still the other unit's."""
    from pyhanko.pdf_utils.generic import NameObject, pdf_string
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    ours = f"05503 2026 {read_submission(sent['xlsx']).fingerprint}"  # as the report writes it
    other = signed_with_info(pki, sent["unsigned"].read_bytes(), f"05488 2026 {'0' * 64}")
    writer = IncrementalPdfFileWriter(io.BytesIO(other), strict=False)
    ref = writer.trailer.raw_get("/Info")
    ref.get_object()[NameObject("/Subject")] = pdf_string(ours)
    writer.mark_update(ref)
    out = io.BytesIO()
    writer.write(out)
    relabelled = out.getvalue()
    check = check_pdf_bytes("x.pdf", relabelled, [pki.root_der], "", ours)
    assert check.verdict == PdfVerdict.KHONG_PHU_TOAN_BO
    writer, out = IncrementalPdfFileWriter(io.BytesIO(relabelled), strict=False), io.BytesIO()
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name="Them"), output=out,
                     new_field_spec=fields.SigFieldSpec("Them"),
                     signer=signers.SimpleSigner.load_pkcs12(pki.leader_p12, passphrase=P12_PASSWORD.encode()))
    check = received_check(office, tmp_path, sent["xlsx"], out.getvalue())
    assert [s.verdict for s in check.signatures] == [PdfVerdict.HOP_LE, PdfVerdict.HOP_LE]  # what the old code said
    assert not check.ok, check.summary
    assert check.verdict == PdfVerdict.KHAC_DON_VI_KY and check.subject_later == ours
    assert any(line.startswith("Sau chữ ký đầu tiên, thông tin tài liệu đã bị đổi thành") for line in check.lines())


def test_a_check_stored_before_the_content_was_compared_reads_as_it_was(pki, sent):
    check = check_pdf_bytes("x.pdf", signed_with_info(pki, sent["unsigned"].read_bytes(), None), [pki.root_der], "",
                            "05503 2026 " + "a" * 64)
    assert check.verdict == PdfVerdict.KHONG_DOI_CHIEU_DUOC
    old = {k: v for k, v in check.as_json().items() if k not in ("subject", "keywords", "subject_later",
                                                                 "expected_document")}
    assert PdfCheck.from_json(old).verdict == PdfVerdict.HOP_LE


def test_chitieu_verify_compares_the_pdf_with_the_workbook_beside_it(pki, approved, sent, tmp_path, capsys):
    """`chitieu verify FILE_ky-so.pdf` with the workbook of the same name beside it: its own leader's
    PDF valid (exit 0), an earlier version's signed PDF put there instead not (exit 1), said as
    intake says it (it called both "hợp lệ")."""
    from desktop_app.cli import run

    ws, _, _ = approved
    folder = tmp_path / "xem"
    folder.mkdir()
    shutil.copy2(sent["xlsx"], folder / f"{STEM}.xlsx")
    pdf = folder / f"{STEM}_ky-so.pdf"
    shutil.copy2(sent["signed"], pdf)
    verify = ["--data-dir", str(tmp_path / "khong-co"), "verify", str(pdf), "--trust", str(pki.root_pem)]
    assert run(verify) == 0
    assert "Chữ ký số hợp lệ" in capsys.readouterr().out
    ws.reopen("2026", "Sửa số thu ngân sách")
    ws.set_entry("2026", "thu_ngan_sach", value="45.231")
    ws.complete("2026")
    ws.approve("2026")
    export_period(ws, "2026", tmp_path / "ban-2", report_date=REPORT_DATE)
    shutil.copy2(tmp_path / "ban-2" / f"{STEM}.xlsx", folder / f"{STEM}.xlsx")  # the newer figures beside it
    assert run(verify) == 1
    said = capsys.readouterr().err
    assert said.startswith(f"Tệp {pdf.name}: PDF của bản báo cáo khác."), said
    assert "Nội dung: tệp PDF ghi là một bản khác của báo cáo đơn vị 05503, năm 2026 (mã xác thực" in said
