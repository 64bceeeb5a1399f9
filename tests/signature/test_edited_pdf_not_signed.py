"""Ký số signs only the report PDF the program exported for the approval, byte for byte (but for
the moment it was made): an exported `<stem>.pdf` changed afterwards, keeping its document
information and signature fields, is refused, naming the file and what to do, and nothing is
written (red-team 22, F1: text added to page 1 as an incremental save was signed, the workbook
written again carrying its SHA-256, and `chitieu verify` called its content the Excel file's)."""
from __future__ import annotations

import hashlib
import io

import pytest

from desktop_app.certificates import KeySource
from desktop_app.core.errors import SignatureError
from desktop_app.report_signing import sign_report
from tests.signature.conftest import P12_PASSWORD

STEM = "2026_05503_xa-tan-cuong"


def leader(pki):
    return KeySource("p12", str(pki.leader_p12), secret=P12_PASSWORD)


def folder_state(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def overlay(pdf: bytes, draw, *, incremental: bool) -> bytes:
    """`pdf` with `draw(canvas)` over page 1, saved by pypdf keeping the document information
    and the form (an incremental save keeps the original bytes and appends the edit)."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(float(box.width), float(box.height)))
    draw(c)
    c.save()
    writer = PdfWriter(io.BytesIO(pdf), incremental=True) if incremental else PdfWriter(clone_from=reader)
    writer.pages[0].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def red_text(c):
    c.setFillColorRGB(1, 0, 0)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 300, "SO LIEU DA SUA: BHYT 100%")


def white_box(c):  # the quiet edit: a figure hidden, nothing added that shows
    c.setFillColorRGB(1, 1, 1)
    c.rect(300, 400, 120, 14, stroke=0, fill=1)


@pytest.mark.parametrize("draw, incremental", [(red_text, True), (white_box, True), (white_box, False)])
def test_an_exported_pdf_changed_afterwards_is_not_signed(pki, approved, draw, incremental):
    ws, out, export = approved
    edited = overlay(export.pdf.read_bytes(), draw, incremental=incremental)
    subject = f"05503 2026 {export.submission.fingerprint}".encode()
    assert subject in edited and b"ChuKyNguoiCoThamQuyen" in edited  # what the old code looked for
    export.pdf.write_bytes(edited)
    before = folder_state(out)
    with pytest.raises(SignatureError) as err:
        sign_report(ws, "2026", out, leader(pki))
    said = str(err.value)
    assert said.startswith(f"Tệp {STEM}.pdf không phải báo cáo PDF phần mềm xuất cho bản đã duyệt này (đã bị sửa sau "
                           "khi xuất"), said
    assert said.endswith("Không tệp nào được ghi. Xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi ký số."), said
    assert err.value.en.startswith(f"The file {STEM}.pdf is not the report PDF the program exported for this "
                                   "approval (it was changed after the export")
    assert err.value.en.endswith("Export the report again (File › Export the report…), then sign.")
    assert folder_state(out) == before  # no signed PDF, the workbook not written again
    assert not any(r.action == "pdf_sign" for r in ws.store.audit_rows())


def test_exported_again_it_is_signed(pki, approved):
    """What the refusal says to do works: export again, then sign."""
    from desktop_app.services import export_period
    from tests.exports.sample_data import REPORT_DATE

    ws, out, export = approved
    export.pdf.write_bytes(overlay(export.pdf.read_bytes(), white_box, incremental=True))
    with pytest.raises(SignatureError):
        sign_report(ws, "2026", out, leader(pki))
    again = export_period(ws, "2026", out, report_date=REPORT_DATE)
    result = sign_report(ws, "2026", out, leader(pki))
    assert result.pdf.read_bytes().startswith(again.pdf.read_bytes())  # the export, with the signature appended


def test_the_command_line_refuses_the_edited_pdf(pki, approved, capsys, monkeypatch):
    from desktop_app.cli import run

    ws, out, export = approved
    data = str(ws.store.path).rsplit("/", 1)[0]
    export.pdf.write_bytes(overlay(export.pdf.read_bytes(), red_text, incremental=True))
    before = folder_state(out)
    monkeypatch.setenv("CHITIEU_P12_PASSWORD", P12_PASSWORD)
    assert run(["--data-dir", data, "sign", "--period", "2026", "--p12", str(pki.leader_p12), "--out", str(out)]) == 2
    said = capsys.readouterr().err
    assert f"Lỗi: Tệp {STEM}.pdf không phải báo cáo PDF phần mềm xuất cho bản đã duyệt này" in said, said
    assert "Xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi ký số." in said
    assert folder_state(out) == before
