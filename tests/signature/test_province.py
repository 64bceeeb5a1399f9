"""The province checks the signed PDFs e-mailed beside the submission files: offline, against
the trust roots it imported; per unit, who signed, whether the certificate is trusted, and
whether the PDF is the one the submission file names."""
from __future__ import annotations

import hashlib
import shutil

import pytest

from desktop_app.certificates import KeySource
from desktop_app.core.errors import InvalidInput, NotFound, NotPermitted
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.province import ProvinceOffice
from desktop_app.report_signing import sign_report
from desktop_app.services import Workspace
from desktop_app.signature_check import pdf_signatures
from desktop_app.trust_roots import import_trust_roots, remove_trust_root, trust_roots
from tests.signature.conftest import P12_PASSWORD


@pytest.fixture
def office(tmp_path):
    ws = Workspace.open(tmp_path / "tinh", user="van-thu")
    office = ProvinceOffice(ws)
    office.setup()
    yield office
    ws.close()


@pytest.fixture
def inbox(pki, approved, tmp_path):
    """The e-mail's two attachments, saved into the province's inbox folder."""
    ws, out, _ = approved
    result = sign_report(ws, "2026", out, KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD))
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    for path in (result.xlsx, result.pdf):
        shutil.copy2(path, folder / path.name)
    return folder


def test_intake_shows_the_signer_and_validity_per_unit(office, pki, inbox):
    added = import_trust_roots(office, [pki.root_pem])
    assert [r.subject for r in added] == ["CA thử nghiệm Chính phủ"]
    assert import_trust_roots(office, [pki.root_pem]) == []  # already trusted: nothing added
    office.intake(inbox, "2026")
    checks = pdf_signatures(office, "2026")
    assert list(checks) == ["05503"]
    check = checks["05503"]
    assert check.verdict == PdfVerdict.HOP_LE and check.matches_submission is True
    assert check.summary == "Chữ ký số hợp lệ: Trần Thị Bình"
    (sig,) = check.signatures
    assert sig.trusted and sig.intact and sig.whole_file and sig.valid_when_signed
    assert sig.not_before < sig.signing_time < sig.not_after
    # the figures were received as usual, from the Excel file
    unit = next(u for u in office.checked_completeness("2026").units if u.code == "05503")
    assert unit.file_name == "2026_05503_xa-tan-cuong.xlsx"


def test_a_pdf_that_is_not_the_one_the_submission_names_is_flagged(office, pki, inbox):
    import_trust_roots(office, [pki.root_pem])
    signed = inbox / "2026_05503_xa-tan-cuong_ky-so.pdf"
    signed.write_bytes(signed.read_bytes() + b"\n% a line added after signing\n")
    office.intake(inbox, "2026")
    check = pdf_signatures(office, "2026")["05503"]
    assert check.matches_submission is False
    assert check.verdict in (PdfVerdict.KHAC_TEP_SO_LIEU, PdfVerdict.KHONG_PHU_TOAN_BO)
    assert "KHÁC mã tệp Excel gửi kèm ghi cho bản PDF đã ký" in "\n".join(check.lines())


def test_without_the_root_the_signature_is_not_trusted_and_reading_again_rechecks(office, pki, inbox):
    office.intake(inbox, "2026")
    check = pdf_signatures(office, "2026")["05503"]
    assert check.verdict == PdfVerdict.KHONG_TIN_CAY and check.trust_roots == 0
    import_trust_roots(office, [pki.root_pem])
    office.intake(inbox, "2026")  # the same files again: the same version, its PDF checked again
    assert pdf_signatures(office, "2026")["05503"].verdict == PdfVerdict.HOP_LE
    root = trust_roots(office)[0]
    with pytest.raises(NotFound, match="không khớp đúng một chứng thư đang tin cậy"):
        remove_trust_root(office, "ABCDEF12")
    assert remove_trust_root(office, root.code.lower()).sha256 == root.sha256
    assert trust_roots(office) == []
    assert office.ws.verify_history() == []  # every change went through the program
    audit = [r.action for r in office.store.audit_rows()]
    assert audit.count("trust_root_add") == 1 and audit.count("trust_root_remove") == 1


def test_a_root_slipped_into_the_database_is_reported(office, pki):
    import_trust_roots(office, [pki.root_pem])
    office.store.conn.execute("UPDATE trust_roots SET subject = 'CA giả' ")
    problems = office.ws.verify_history()
    assert any("danh sách chứng thư gốc tin cậy" in p.message and "bị sửa" in p.message for p in problems)


def test_a_file_that_is_no_certificate_is_refused_by_name(office, tmp_path):
    bad = tmp_path / "goc.cer"
    bad.write_text("không phải chứng thư")
    with pytest.raises(InvalidInput, match="Tệp chứng thư gốc: goc.cer không phải tệp chứng thư số"):
        import_trust_roots(office, [bad])


def test_the_trust_commands(office, pki, capsys):
    from desktop_app.cli import run

    folder = office.store.path.rsplit("/", 1)[0]
    office.close()
    assert run(["--data-dir", folder, "trust", "list"]) == 0
    assert "Chưa có chứng thư gốc nào" in capsys.readouterr().out
    assert run(["--data-dir", folder, "trust", "add", str(pki.root_pem)]) == 0
    said = capsys.readouterr().out
    assert "Đã nhập chứng thư gốc" in said
    sha256 = hashlib.sha256(pki.root_der).hexdigest()  # the whole code, to compare with the CA's (red-team R3 F4)
    assert f"mã SHA-256 đầy đủ {sha256}: so với mã CA công bố, khác thì bỏ ngay" in said
    assert run(["--data-dir", folder, "trust", "list"]) == 0
    code = capsys.readouterr().out.split()[0]
    assert run(["--data-dir", folder, "trust", "remove", code]) == 0
    assert "Đã bỏ chứng thư gốc" in capsys.readouterr().out


def test_a_workbook_naming_another_version_s_signed_pdf_by_its_hash_is_not_vouched_for(office, pki, inbox, approved):
    """Red-team R3 F1 (HIGH): the commune re-signs, with its own installation key, a workbook of figures the leader
    never signed (one figure changed) that names the leader's signed PDF by its SHA-256. The PDF's signed Subject
    states another report than the workbook: it is 'PDF của bản báo cáo khác', never 'Chữ ký số hợp lệ'."""
    import dataclasses
    import datetime as dt
    import hashlib

    from desktop_app.core.submission import signed
    from exports.submission_reader import read_submission
    from exports.submission_xlsx import write_submission

    ws = approved[0]
    xlsx, pdf = inbox / "2026_05503_xa-tan-cuong.xlsx", inbox / "2026_05503_xa-tan-cuong_ky-so.pdf"
    sub = read_submission(xlsx)
    assert sub.signed_pdf_sha256 == hashlib.sha256(pdf.read_bytes()).hexdigest()
    items = tuple(dataclasses.replace(i, value="60000", input_value="60000") if i.code == "thu_ngan_sach" else i
                  for i in sub.items)
    later = (dt.datetime.fromisoformat(sub.generated_at) + dt.timedelta(seconds=5)).isoformat()
    write_submission(signed(dataclasses.replace(sub, items=items, generated_at=later, stated_fingerprint=None),
                            ws.signing_key()), xlsx)
    import_trust_roots(office, [pki.root_pem])
    office.intake(inbox, "2026")
    check = pdf_signatures(office, "2026")["05503"]
    assert check.matches_submission is True  # the hash the workbook names: the sender's word only
    assert check.verdict == PdfVerdict.KHAC_BAN_BAO_CAO and not check.ok
    assert check.summary.startswith(f"{PdfVerdict.KHAC_BAN_BAO_CAO} (mã xác thực ")


def test_an_administrator_adding_a_trust_root_is_told_the_task_and_who_may(office, pki):
    """Red-team R3 F6: the administrator running 'trust add' was told 'không được duyệt kỳ báo cáo': the
    permission's name, not the task. The refusal names importing a trust root, and nothing is added."""
    ws = office.ws
    ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", "hoa-sen-2026", "can-bo")
    ws.login("tinh", "hoa-sen-2026")
    ws.add_user("lanh-dao", "Trần Thị Duyệt", "leader", "hoa-sen-2026")
    with pytest.raises(NotPermitted, match=r"^Tài khoản tinh \(Quản trị\) không được nhập chứng thư gốc tin cậy\. "
                                           r"Việc này do Lãnh đạo làm: Trần Thị Duyệt \(lanh-dao\)"):
        import_trust_roots(office, [pki.root_pem])
    ws.login("lanh-dao", "hoa-sen-2026")
    root = import_trust_roots(office, [pki.root_pem])[0]
    ws.login("tinh", "hoa-sen-2026")
    with pytest.raises(NotPermitted, match="không được bỏ chứng thư gốc tin cậy"):
        remove_trust_root(office, root.code)
    assert [r.sha256 for r in trust_roots(office)] == [root.sha256]


def test_a_person_s_own_certificate_is_refused_as_a_trust_root(office, pki, tmp_path):
    """Red-team R3 F4: 'trust add' took any certificate as a root, the leader's own one included, and every
    signature by its key was then 'hợp lệ, tin cậy'. A root must be a certification authority's certificate;
    the CA's root is still taken."""
    from cryptography.hazmat.primitives.serialization import Encoding

    leader = tmp_path / "tran-thi-binh.cer"
    leader.write_bytes(pki.token_contents["Lanh dao"][1].public_bytes(Encoding.PEM))
    with pytest.raises(InvalidInput, match=r"tran-thi-binh\.cer là chứng thư của Trần Thị Bình, không phải chứng thư "
                                           r"của tổ chức cung cấp dịch vụ chứng thực chữ ký số \(CA\)"):
        import_trust_roots(office, [leader])
    assert trust_roots(office) == []
    assert [r.subject for r in import_trust_roots(office, [pki.root_pem])] == ["CA thử nghiệm Chính phủ"]
