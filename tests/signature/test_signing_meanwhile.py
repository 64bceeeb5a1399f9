"""Ký số báo cáo signs only the approval the period stands on. The database is not held while
the leader is at the token (PIN, certificate): another window or command may reopen the period,
correct a figure and approve it again in that time. The signing then refuses, names what
happened, and writes nothing: no signed PDF, the Excel file as exported, no pdf_sign row. Here
the other person works through a second Workspace on the same data folder while the token is
open (PKCS#12 file: no SoftHSM2 needed)."""
from __future__ import annotations

import contextlib

import pytest

import desktop_app.report_signing as report_signing
from desktop_app.certificates import KeySource
from desktop_app.core.errors import SignatureError
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from exports.submission_reader import read_submission, verify_file
from tests.signature.conftest import P12_PASSWORD
from tests.signature.test_signing import folder_state

STEM = "2026_05503_xa-tan-cuong"


@pytest.fixture
def at_the_token(approved, tmp_path, monkeypatch):
    """`at_the_token(step, …)`: each step — (method, *args), a dict last for keywords — is done
    in a second Workspace on the same data folder (the `approved` one's) while the leader is at
    the token, the first time only."""
    def plan(*steps):
        real = report_signing.opened

        @contextlib.contextmanager
        def opened(source):
            monkeypatch.setattr(report_signing, "opened", real)  # once: a later signing is undisturbed
            other = Workspace.open(tmp_path / "data", user="lanh-dao")
            try:
                for method, *args in steps:
                    kw = args.pop() if args and isinstance(args[-1], dict) else {}
                    getattr(other, method)(*args, **kw)
            finally:
                other.close()
            with real(source) as key:
                yield key

        monkeypatch.setattr(report_signing, "opened", opened)
    return plan


def p12(pki):
    return KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD)


def pdf_sign_rows(ws):
    return [r for r in ws.store.audit_rows() if r.action == "pdf_sign"]


def test_approved_again_while_at_the_token_signs_nothing(pki, approved, at_the_token):
    """The reviewer's case: reopened, a figure corrected, approved again (a new code)."""
    ws, out, export = approved
    first = export.submission.fingerprint
    at_the_token(("reopen", "2026", "Sửa thu ngân sách"),
                 ("set_entry", "2026", "thu_ngan_sach", {"value": "165.000"}),
                 ("complete", "2026"), ("approve", "2026"))
    before = folder_state(out)
    with pytest.raises(SignatureError) as err:
        report_signing.sign_report(ws, "2026", out, p12(pki))
    now = ws.store.period_state(ws.commune.code, "2026")
    assert now.state == State.APPROVED.value and now.fingerprint != first
    assert err.value.message.startswith(
        f"Chưa ký số: trong lúc ký, kỳ năm 2026 đã được mở lại và duyệt lại ở cửa sổ hoặc lệnh khác (mã xác thực "
        f"{now.fingerprint[:16]}, duyệt lúc ")
    assert (f"tệp là của lần duyệt trước (mã xác thực {first[:16]}). Không tệp nào được ghi. Xuất lại báo cáo kỳ "
            "năm 2026 (Tệp › Xuất báo cáo…) rồi ký số.") in err.value.message
    assert err.value.en.startswith("Not signed: while signing, ") and "No file was written." in err.value.en
    assert folder_state(out) == before  # no _ky-so.pdf, the Excel file as exported, no temporary file
    assert not (out / f"{STEM}_ky-so.pdf").exists()
    assert read_submission(out / f"{STEM}.xlsx").signed_pdf_sha256 == ""
    assert pdf_sign_rows(ws) == [] and ws.verify_history() == []
    # the new approval exported again: that one is signed
    export_period(ws, "2026", out)
    signed = report_signing.sign_report(ws, "2026", out, p12(pki))
    assert read_submission(signed.xlsx).fingerprint == now.fingerprint and len(pdf_sign_rows(ws)) == 1


def test_reopened_while_at_the_token_signs_nothing(pki, approved, at_the_token):
    ws, out, _ = approved
    at_the_token(("reopen", "2026", "Sửa thu ngân sách"))
    before = folder_state(out)
    with pytest.raises(SignatureError, match=r"trong lúc ký, kỳ năm 2026 đã được mở lại ở cửa sổ hoặc lệnh khác "
                                             r"\(nay ở trạng thái Đang nhập\)"):
        report_signing.sign_report(ws, "2026", out, p12(pki))
    assert folder_state(out) == before and pdf_sign_rows(ws) == []
    assert ws.period_state("2026") == State.ENTERING


def test_an_export_of_an_earlier_approval_of_the_same_figures_is_not_signed(pki, approved):
    """Reopened and approved again unchanged (the same code): the export in the folder is the
    first approval's, not the one the period stands on."""
    ws, out, export = approved
    ws.reopen("2026", "Kiểm tra lại")
    ws.complete("2026")
    assert ws.approve("2026") == export.submission.fingerprint
    before = folder_state(out)
    with pytest.raises(SignatureError, match="không phải bản xuất của lần duyệt hiện tại kỳ năm 2026"):
        report_signing.sign_report(ws, "2026", out, p12(pki))
    assert folder_state(out) == before and pdf_sign_rows(ws) == []
    check = verify_file(out / f"{STEM}.xlsx")
    assert check.ok and "ĐÃ DUYỆT" in check.message  # the old export, as it was: not claimed signed
