"""Gửi cho tỉnh… sends a report PDF already in the folder only when its bytes are the ones this
program wrote for the workbook beside it (red-team 17, F3): the report rendered again from the
workbook, the moment it was made aside. A PDF that merely names the unit, period and figures, as
the report's own metadata do (a one-page PDF saying something else with that line added, or the
report opened in a PDF editor and saved), is refused, named, with what to do; nothing is sent and
the period is not marked Đã gửi. The report exported by the program still goes out as it is."""
from __future__ import annotations

import email
import re
from email import policy

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.workflow import State
from desktop_app.mail import plan_mail, prepare_mail
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def _approved_and_exported(ws, out, period="2026"):
    as_(ws, "canbo")
    fill_year(ws, period)
    ws.set_narrative(period, "ket_qua", "Kinh tế tăng trưởng khá; thu ngân sách đạt dự toán.")
    ws.complete(period)
    as_(ws, "lanhdao")
    ws.approve(period)
    return export_period(ws, period, out, mark_sent=False)  # named, not yet sent


def _attachments(eml) -> dict[str, bytes]:
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    return {part.get_filename(): part.get_payload(decode=True) for part in message.iter_attachments()}


def _refused_naming(ws, out, pdf, period="2026"):
    """The send is refused, naming the PDF and saying to export again; no mail, not marked sent."""
    with pytest.raises(InvalidInput) as refused:
        prepare_mail(ws, period, out)
    said = refused.value.message
    assert f"tệp {pdf.name} không phải bản báo cáo chương trình đã xuất cùng tệp {pdf.stem}.xlsx" in said
    assert "xuất lại" in said
    assert not list(out.glob("*.eml"))
    assert ws.period_state(period) == State.APPROVED
    return said


def test_a_pdf_saying_something_else_with_the_reports_line_is_not_sent(office, tmp_path):  # noqa: F811
    """rt17's repro: a 1,5 kB PDF reading 'BHYT 99,9% - DAT' plus '<unit> <period> <fingerprint>'."""
    from reportlab.pdfgen import canvas

    out = tmp_path / "out"
    result = _approved_and_exported(office, out)
    sub = result.submission
    fake = tmp_path / "fake.pdf"
    page = canvas.Canvas(str(fake))
    page.drawString(72, 720, "BHYT 99,9% - DAT (not the approved report)")
    page.save()
    result.pdf.write_bytes(fake.read_bytes() + f"\n% {sub.unit_code} {sub.period} {sub.fingerprint}\n".encode())

    plan = plan_mail(office, "2026", out)
    assert plan.ready is None and result.pdf.name in plan.in_the_way
    _refused_naming(office, out, result.pdf)


def test_the_report_saved_again_by_a_pdf_editor_is_not_sent(office, tmp_path):  # noqa: F811
    """Opened in a PDF editor, a note added and saved (an incremental update: the report's
    metadata and every byte before stay as they were)."""
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    out = tmp_path / "out"
    result = _approved_and_exported(office, out)
    before = result.pdf.read_bytes()
    editor = PdfWriter(str(result.pdf), incremental=True)
    editor.add_annotation(0, FreeText(text="BHYT 99,9% - ĐẠT", rect=(50, 50, 300, 80)))
    editor.write(str(result.pdf))
    after = result.pdf.read_bytes()
    assert after.startswith(before) and len(after) > len(before)

    _refused_naming(office, out, result.pdf)


def test_one_byte_changed_outside_the_moment_it_was_made_is_not_sent(office, tmp_path):  # noqa: F811
    out = tmp_path / "out"
    result = _approved_and_exported(office, out)
    data = result.pdf.read_bytes()
    creator = re.search(rb"/Creator \(chitieu ", data).end()
    result.pdf.write_bytes(data[:creator] + b"X" + data[creator + 1:])  # the same length, the same offsets
    _refused_naming(office, out, result.pdf)


def test_the_exported_report_goes_out_as_it_is_whenever_it_was_exported(office, tmp_path):  # noqa: F811
    """The report as the program wrote it, exported at another moment (its dates and identifier,
    all a render at another time changes), is sent without exporting again, and recorded."""
    out = tmp_path / "out"
    result = _approved_and_exported(office, out)
    data = result.pdf.read_bytes()
    data = re.sub(rb"\(D:\d{14}", b"(D:20260702081530", data)
    data = re.sub(rb"\[<[0-9a-f]{32}><[0-9a-f]{32}>\]", b"[<" + b"ab" * 16 + b"><" + b"ab" * 16 + b">]", data)
    assert data != result.pdf.read_bytes()
    result.pdf.write_bytes(data)

    assert plan_mail(office, "2026", out).ready is not None
    draft = prepare_mail(office, "2026", out)
    assert not draft.exported
    assert _attachments(draft.path)[result.pdf.name] == data
    assert office.period_state("2026") == State.SENT


def test_a_draft_and_an_approval_replacing_another_go_out_as_exported(office, tmp_path):  # noqa: F811
    """The report rendered again from the workbook is the report written: a draft's (DỰ THẢO), and
    an approval after a reopening (the paper names the approval it replaces and why)."""
    as_(office, "canbo")
    fill_year(office)
    out = tmp_path / "draft"
    exported = export_period(office, "2026", out, mark_sent=False)
    draft = prepare_mail(office, "2026", out, mark_sent=False)
    assert not draft.exported and _attachments(draft.path)[exported.pdf.name] == exported.pdf.read_bytes()

    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    office.reopen("2026", "Bảo hiểm xã hội huyện điều chỉnh số thẻ BHYT")
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", numerator="9.600")
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    out = tmp_path / "again"
    exported = export_period(office, "2026", out, mark_sent=False)
    draft = prepare_mail(office, "2026", out)
    assert not draft.exported and _attachments(draft.path)[exported.pdf.name] == exported.pdf.read_bytes()
    assert office.period_state("2026") == State.SENT
