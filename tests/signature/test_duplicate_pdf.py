"""A copy of a received workbook sent again under another name ("Trùng") with another PDF beside
it never replaces the check recorded for the version's PDF (red-team: the check of the genuine
signed PDF was silently written over by that of an unsigned, altered or untrusted one). Only
the same PDF checked again, or the one PDF the signed workbook names where the recorded one was
not, is recorded; any other PDF's result is said on the duplicate's own line."""
from __future__ import annotations

import shutil

import pytest

from desktop_app.certificates import KeySource
from desktop_app.core.intake import FileClass
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.province import ProvinceOffice
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace
from desktop_app.signature_check import pdf_signatures
from desktop_app.trust_roots import import_trust_roots
from tests.signature.conftest import P12_PASSWORD

GENUINE = "2026_05503_xa-tan-cuong_ky-so.pdf"


@pytest.fixture
def sent(pki, approved, tmp_path):
    """The signed pair, the unsigned export PDF, and a PDF of the same report signed by a CA the
    province does not trust (its workbook, naming that PDF, is another version and not sent)."""
    ws, out, _ = approved
    signed = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    keep = tmp_path / "gui"
    keep.mkdir()
    files = {"xlsx": signed.xlsx, "signed": signed.pdf, "unsigned": out / f"{signed.xlsx.stem}.pdf"}
    files = {k: shutil.copy2(p, keep / p.name) for k, p in files.items()}
    other = sign_report(ws, "2026", out, KeySource("p12", str(pki.untrusted_p12), secret=P12_PASSWORD))
    files["untrusted"] = shutil.copy2(other.pdf, keep / "khong-tin-cay.pdf")
    return files


@pytest.fixture
def office(pki, tmp_path):
    ws = Workspace.open(tmp_path / "tinh", user="van-thu")
    office = ProvinceOffice(ws)
    office.setup()
    import_trust_roots(office, [pki.root_pem])
    yield office
    ws.close()


def receive(office, tmp_path, name, xlsx, pdf=None, pdf_bytes=None):
    """A folder holding `xlsx` as `name`.xlsx and beside it `pdf` (or `pdf_bytes`) as `name`_ky-so.pdf, read;
    the file's result, its log line saying the same."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy2(xlsx, folder / f"{name}.xlsx")
    if pdf is not None or pdf_bytes is not None:
        (folder / f"{name}_ky-so.pdf").write_bytes(pdf_bytes if pdf_bytes is not None else pdf.read_bytes())
    run = office.intake(folder, "2026")
    (result,) = run.results
    assert [line.reason for line in office.store.intake_log(run_id=run.run_id)] == [result.reason]  # as logged
    return result


def paper(office):
    check = pdf_signatures(office, "2026")["05503"]
    return check.file_name, check.verdict


def test_a_duplicate_s_other_pdf_never_replaces_the_genuine_signed_pdf_s_check(office, sent, tmp_path):
    first = receive(office, tmp_path, "2026_05503_xa-tan-cuong", sent["xlsx"], sent["signed"])
    assert first.class_ == FileClass.HOP_LE and paper(office) == (GENUINE, PdfVerdict.HOP_LE)
    altered = sent["signed"].read_bytes() + b"\n% changed after signing\n"
    for name, pdf, pdf_bytes, said in (
            ("ban-sao", sent["unsigned"], None, "PDF chưa ký số"),
            ("ban-sao-2", None, altered, "Chữ ký không phủ toàn bộ tệp: Trần Thị Bình"),
            ("ban-sao-3", sent["untrusted"], None, "Khác bản ghi trong tệp Excel: Trần Thị Bình")):
        again = receive(office, tmp_path, name, sent["xlsx"], pdf, pdf_bytes)
        assert again.class_ == FileClass.TRUNG and again.received_id == first.received_id
        assert paper(office) == (GENUINE, PdfVerdict.HOP_LE), name  # the version's paper as it was
        assert again.reason.endswith(
            f" Tệp PDF gửi kèm ({name}_ky-so.pdf: {said}) khác tệp PDF đã nhận với bản này ({GENUINE}: Chữ ký số hợp "
            "lệ: Trần Thị Bình): vẫn giữ kết quả kiểm tra tệp PDF nhận trước."), again.reason
    receive(office, tmp_path, "ban-sao-4", sent["xlsx"])  # no PDF beside the copy: nothing changes
    assert paper(office) == (GENUINE, PdfVerdict.HOP_LE)
    assert office.ws.verify_history() == []


def test_a_bad_pdf_s_check_is_replaced_only_by_the_pdf_the_workbook_names(office, sent, tmp_path):
    first = receive(office, tmp_path, "2026_05503_xa-tan-cuong", sent["xlsx"], sent["unsigned"])
    assert paper(office) == (GENUINE, PdfVerdict.CHUA_KY)
    again = receive(office, tmp_path, "ban-sao", sent["xlsx"], sent["untrusted"])  # signed, but not the one named
    assert paper(office) == (GENUINE, PdfVerdict.CHUA_KY) and "vẫn giữ kết quả" in again.reason
    right = receive(office, tmp_path, "ban-sao-2", sent["xlsx"], sent["signed"])
    assert right.received_id == first.received_id
    assert paper(office) == ("ban-sao-2_ky-so.pdf", PdfVerdict.HOP_LE)
    assert " là bản PDF đã ký mà tệp Excel ghi mã SHA-256: kết quả kiểm tra tệp này thay kết quả của tệp PDF nhận " \
           f"trước với bản này ({GENUINE}: PDF chưa ký số), không phải bản đó." in right.reason
    receive(office, tmp_path, "ban-sao-3", sent["xlsx"], sent["unsigned"])  # and it stays
    assert paper(office) == ("ban-sao-2_ky-so.pdf", PdfVerdict.HOP_LE)
    assert office.ws.verify_history() == []
