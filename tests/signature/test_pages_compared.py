"""The pages a signed PDF's first signature signed are compared with the report the program renders
from the workbook beside it (red-team R3 F2, HIGH): an export edited (a figure changed on the page,
or text drawn over it as an incremental save) and then signed with another tool by the leader's
trusted certificate kept its Subject, and the province's intake and `chitieu verify` said "Chữ ký số
hợp lệ": the paper signed could state other figures than the Excel file counted. Now "Trang in khác
số liệu tệp Excel", saying what to do; a genuine report stays valid, a re-approved one included (its
paper names the approval it replaces, which the workbook does not carry); a workbook of another
version of the program is said not comparable, not a failure."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from desktop_app.core.pdf_signature import PdfCheck, PdfVerdict
from desktop_app.report_signing import sign_report
from desktop_app.services import export_period
from desktop_app.signature_check import check_pdf_bytes, recorded_check
from exports.submission_reader import read_submission
from tests.exports.sample_data import REPORT_DATE
from tests.signature.test_edited_pdf_not_signed import overlay, red_text
from tests.signature.test_pdf_of_another_report import (STEM, document, leader, office, received_check,  # noqa: F401
                                                        sent)
from tests.signature.test_saved_again_before_signing import signed_elsewhere

VERDICT = "Trang in khác số liệu tệp Excel"
DIFFERS = ("Trang in: tệp {name} KHÔNG phải báo cáo phần mềm in từ số liệu tệp Excel gửi kèm ({why}): bản người ký "
           "đã ký có thể ghi số liệu khác số liệu tỉnh tổng hợp. Liên hệ đơn vị gửi lại bản PDF xuất và ký số bằng "
           "phần mềm Chỉ tiêu xã cùng tệp Excel.")
SAME = ("Trang in: phần chữ ký đầu tiên đã ký đúng là báo cáo phần mềm in từ số liệu tệp Excel gửi kèm (so từng "
        "byte, trừ thời điểm xuất); sau đó chỉ thêm chữ ký.")
CONTENT_CHANGED = "nội dung khác báo cáo phần mềm in từ số liệu đó"
ADDED = "sau khi xuất, tệp được thêm hoặc sửa nội dung khác ngoài chữ ký"


def figure_edited(pdf: bytes, old: bytes = b"(45.230)", new: bytes = b"(95.230)") -> bytes:
    """`pdf` with one figure of the annex changed in its page's content and saved whole ("Save As"
    in an editor), its document information and signature fields kept."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    changed = 0
    for page in writer.pages:
        content = page.get_contents()
        data = content.get_data()
        if old in data:
            content.set_data(data.replace(old, new))
            page.replace_contents(content)
            changed += 1
    assert changed == 1
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def verify(tmp_path, xlsx, pdf_bytes, pki, capsys, folder="xem") -> tuple[int, str]:
    from desktop_app.cli import run

    here = tmp_path / folder
    here.mkdir()
    shutil.copy2(xlsx, here / f"{STEM}.xlsx")
    (here / f"{STEM}_ky-so.pdf").write_bytes(pdf_bytes)
    code = run(["--data-dir", str(tmp_path / "khong-co"), "verify", str(here / f"{STEM}_ky-so.pdf"),
                "--trust", str(pki.root_pem)])
    printed = capsys.readouterr()
    return code, printed.out + printed.err


def test_the_program_s_signed_report_matches_its_pages(pki, office, sent, tmp_path, capsys):  # noqa: F811
    check = received_check(office, tmp_path, sent["xlsx"], sent["signed"].read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True
    assert SAME in check.lines()
    code, printed = verify(tmp_path, sent["xlsx"], sent["signed"].read_bytes(), pki, capsys)
    assert code == 0 and SAME in printed, printed


@pytest.mark.parametrize("edit, why", [(figure_edited, CONTENT_CHANGED),
                                       (lambda pdf: overlay(pdf, red_text, incremental=True), ADDED)])
def test_an_export_edited_then_signed_elsewhere_is_not_the_report(pki, office, sent, tmp_path, capsys,  # noqa: F811
                                                                   edit, why):
    data = signed_elsewhere(pki, edit(sent["unsigned"].read_bytes()))
    check = received_check(office, tmp_path, sent["xlsx"], data)  # stored at intake, read as the window reads it
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and str(check.verdict) == VERDICT  # was "Chữ ký số hợp lệ"
    assert not check.ok and check.summary.startswith(VERDICT) and check.summary.endswith(": Trần Thị Bình")
    assert DIFFERS.format(name=f"{STEM}_ky-so.pdf", why=why) in check.lines()
    code, printed = verify(tmp_path, sent["xlsx"], data, pki, capsys)
    assert code == 1 and f"Tệp {STEM}_ky-so.pdf: {VERDICT}." in printed and DIFFERS.format(
        name=f"{STEM}_ky-so.pdf", why=why) in printed, printed
    assert "Traceback" not in printed


def test_the_export_itself_signed_elsewhere_is_the_report(pki, sent):
    sub = read_submission(sent["xlsx"])
    check = check_pdf_bytes(f"{STEM}_ky-so.pdf", signed_elsewhere(pki, sent["unsigned"].read_bytes()),
                            [pki.root_der], "", document(sub), sub)
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True


def test_a_draft_signed_elsewhere_beside_the_approved_workbook_is_not_the_report(pki, approved, office,  # noqa: F811
                                                                                 tmp_path, capsys):
    """The same unit, period and figures (the Subject matches): the paper is the DỰ THẢO."""
    ws, out, _ = approved
    approved_xlsx = shutil.copy2(out / f"{STEM}.xlsx", tmp_path / "duyet.xlsx")
    ws.reopen("2026", "Xem lại")
    draft = export_period(ws, "2026", tmp_path / "du-thao", report_date=REPORT_DATE)
    data = signed_elsewhere(pki, draft.pdf.read_bytes())
    check = received_check(office, tmp_path, approved_xlsx, data)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN
    why = "tệp không có ô chữ ký của báo cáo đã duyệt (như bản DỰ THẢO)"
    assert DIFFERS.format(name=f"{STEM}_ky-so.pdf", why=why) in check.lines()


def test_a_re_approved_report_matches_with_the_approval_its_paper_replaces(pki, approved, office,  # noqa: F811
                                                                          tmp_path):
    """Its paper prints "Duyệt lại ngày …, thay bản mã …; lý do mở lại: …", from the commune's
    history, which the workbook does not carry: the province renders it from what the PDF states (and
    finds the approval it replaces among those it received: test_replaced_received)."""
    ws, first, _ = approved
    received_check(office, tmp_path, first / f"{STEM}.xlsx", (first / f"{STEM}.pdf").read_bytes(), name="lan-mot")
    ws.reopen("2026", "Sửa số BHYT theo BHXH")
    ws.set_entry("2026", "bhyt", numerator="9.500", denominator="9.870")
    ws.complete("2026")
    ws.approve("2026")
    assert ws.submission("2026").replaces is not None
    out = tmp_path / "lan-hai"
    export_period(ws, "2026", out, report_date=REPORT_DATE)
    unsigned = (out / f"{STEM}.pdf").read_bytes()
    signed = sign_report(ws, "2026", out, leader(pki))
    check = received_check(office, tmp_path, signed.xlsx, signed.pdf.read_bytes())
    assert check.verdict == PdfVerdict.HOP_LE and check.pages_match is True, check.lines()
    sub = read_submission(signed.xlsx)
    edited = check_pdf_bytes(f"{STEM}_ky-so.pdf", signed_elsewhere(pki, figure_edited(unsigned)), [pki.root_der],
                             "", document(sub), sub)
    assert edited.verdict == PdfVerdict.KHAC_TRANG_IN


def test_a_workbook_of_another_version_is_said_not_comparable(pki, office, sent, tmp_path, capsys,  # noqa: F811
                                                             monkeypatch):
    import desktop_app.resources

    monkeypatch.setattr(desktop_app.resources, "app_version", lambda: "9.9.9")
    made_by = read_submission(sent["xlsx"]).app_version
    line = (f"Trang in: tệp Excel lập bằng phiên bản {made_by} của phần mềm, máy này phiên bản 9.9.9: chưa so được "
            "nội dung trang in với số liệu, nên chưa biết số liệu in trong tệp PDF có đúng số liệu tệp Excel không: "
            "đừng dựa vào số liệu in trong tệp PDF. Đề nghị đơn vị xuất lại báo cáo và ký số ở (Kỳ báo cáo › Ký số "
            "báo cáo…) của phần mềm Chỉ tiêu xã cùng phiên bản với máy của tỉnh (không vẽ thêm gì lên bản in) rồi "
            "gửi lại cả tệp Excel và tệp PDF.")
    data = signed_elsewhere(pki, figure_edited(sent["unsigned"].read_bytes()))
    check = received_check(office, tmp_path, sent["xlsx"], data)
    # not claimed either way, and never "Chữ ký số hợp lệ" (red-team R5 F1)
    assert check.verdict == PdfVerdict.CHUA_SO_TRANG_IN and check.pages_match is None
    assert line in check.lines()
    assert check.summary == "Chưa so được trang in với số liệu: Trần Thị Bình"
    code, printed = verify(tmp_path, sent["xlsx"], data, pki, capsys)
    assert code == 1 and line in printed


def test_a_check_stored_before_pages_were_compared_reads_as_it_was(pki, sent):
    sub = read_submission(sent["xlsx"])
    check = check_pdf_bytes(f"{STEM}_ky-so.pdf", signed_elsewhere(pki, figure_edited(sent["unsigned"].read_bytes())),
                            [pki.root_der], "", document(sub), sub)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN
    old = {k: v for k, v in check.as_json().items() if k not in ("pages_match", "pages_note")}
    stored = PdfCheck.from_json(json.loads(json.dumps(old)))
    assert stored.verdict == PdfVerdict.HOP_LE and stored.pages_match is None
    assert not any(line.startswith("Trang in") for line in stored.lines())
    assert PdfCheck.from_json(json.loads(json.dumps(check.as_json()))).lines() == check.lines()


def test_checked_again_where_pages_cannot_be_compared_the_finding_stays(pki, sent):
    sub = read_submission(sent["xlsx"])
    data = signed_elsewhere(pki, figure_edited(sent["unsigned"].read_bytes()))
    found = check_pdf_bytes(f"{STEM}_ky-so.pdf", data, [pki.root_der], "", document(sub), sub)
    later = PdfCheck(**{**found.__dict__, "pages_match": None, "pages_note": "tệp Excel lập bằng phiên bản 0.1.0 "
                                                                            "của phần mềm, máy này phiên bản 0.2.0"})
    record, said = recorded_check(found, later)
    assert not record and "vẫn giữ kết quả lần kiểm tra trước (Trang in khác số liệu tệp Excel" in said
    assert recorded_check(later, found) == (True, "")  # compared now: recorded


def test_fonts_explain_a_difference_only_when_another_revision_of_the_render_s_own():
    from exports.rendered_report import other_families, other_revision

    ours = {"TimesNewRomanPSMT": "7.01", "TimesNewRomanPS-BoldMT": "7.01"}
    assert other_revision({"TimesNewRomanPSMT": "7.00", "TimesNewRomanPS-BoldMT": "7.00"}, ours) == (
        "báo cáo in bằng phông chữ TimesNewRomanPS-BoldMT phiên bản 7.00, máy này phiên bản 7.01")
    # other fonts, none, an editor's font added beside the report's, a revision that cannot be read: no excuse
    for theirs in ({"LiberationSerif": "2.10"}, {}, {**ours, "ArialMT": "7.00"},
                   {"TimesNewRomanPSMT": "", "TimesNewRomanPS-BoldMT": "7.01"}):
        assert other_revision(theirs, ours) == ""
    assert other_families({"LiberationSerif": "2.10"}, ours) == (
        "tệp in bằng phông chữ LiberationSerif, báo cáo phần mềm in từ số liệu đó bằng TimesNewRomanPS-BoldMT, "
        "TimesNewRomanPSMT")
    assert other_families({}, ours) == "tệp không nhúng phông chữ nào, báo cáo phần mềm in có nhúng phông chữ"


def test_a_report_printed_in_other_fonts_than_this_computer_s_is_a_difference(pki, sent, monkeypatch):
    """The commune printed in Liberation Serif; this computer prints in DejaVu Serif (where it has
    neither Times New Roman nor Liberation Serif): fonts of another name excuse nothing (red-team R5
    F1: a forger renames them), the difference is said with the fonts' names."""
    import exports.fonts as fonts

    folder = Path("/usr/share/fonts/truetype/dejavu")
    names = {"regular": "DejaVuSerif.ttf", "bold": "DejaVuSerif-Bold.ttf", "italic": "DejaVuSerif-Italic.ttf",
             "bold_italic": "DejaVuSerif-BoldItalic.ttf"}
    if not all((folder / n).is_file() for n in names.values()):
        pytest.skip("DejaVu Serif is not installed")
    monkeypatch.setattr(fonts, "_default", fonts.register(fonts.FontSet(
        "DejaVu Serif", {style: folder / n for style, n in names.items()})))
    sub = read_submission(sent["xlsx"])
    edited = signed_elsewhere(pki, figure_edited(sent["unsigned"].read_bytes()))
    check = check_pdf_bytes(f"{STEM}_ky-so.pdf", edited, [pki.root_der], "", document(sub), sub)
    assert check.verdict == PdfVerdict.KHAC_TRANG_IN and check.pages_match is False
    assert check.pages_note == ("tệp in bằng phông chữ LiberationSerif, LiberationSerif-Bold, LiberationSerif-BoldItalic, "
                                "LiberationSerif-Italic, báo cáo phần mềm in từ số liệu đó bằng DejaVuSerif, "
                                "DejaVuSerif-Bold, DejaVuSerif-BoldItalic, DejaVuSerif-Italic")
