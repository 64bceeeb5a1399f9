"""The paper of an approval is the same whoever prints it (walk U24 F3, F2).

F3: a period approved and exported as "Báo cáo số 45" by 0.2.0, its paper saying "thay bản mã …", exported
again by 0.3.0 said "thay thế Báo cáo số 27/BC-UBND ngày …": the same number, another paper; in 2030 its table
would have taken 0.3.0's running totals. The paper now follows the version that approved it, which the file
states (`paper_version`) when it is earlier than its writer's.
F2: after a restore, a re-approval named the report the restored history knew (38) while the province held the
one issued since (53), under the approval the restore undid: it names that one now."""
from __future__ import annotations

import dataclasses
import datetime as dt
import io
import itertools
import json
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app import backups
from desktop_app.core.report_info import REPLACES_KEY, read_replaces
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from desktop_app.services import Workspace, export_period
from exports.paper_version import approved_by, paper_version
from exports.report_pdf import render_pdf
from exports.report_rows import PAPER, form_of, term_rows
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

GAP_2028 = Path(__file__).parent / "data" / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx"  # 0.2.0


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in pages)).split())


@pytest.fixture
def clock(monkeypatch):
    """Each step of the periods' history a minute after the one before, from 04/12/2026 9:00 (Vietnam)."""
    import db.period_records

    minutes = itertools.count()
    monkeypatch.setattr(db.period_records, "now", lambda: (
        dt.datetime(2026, 12, 4, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
        + dt.timedelta(minutes=next(minutes))).isoformat(timespec="seconds"))


def _approve(ws, bhyt: str | None = None, reason: str = "") -> str:
    if reason:
        as_(ws, "lanhdao")
        ws.reopen("2026", reason)
    as_(ws, "canbo")
    if bhyt is None:
        fill_year(ws)
    else:
        ws.set_entry("2026", "bhyt", numerator=bhyt, denominator="10.000")
    ws.complete("2026")
    as_(ws, "lanhdao")
    return ws.approve("2026")


def _export(ws, folder: Path, number: str | None = None, day: dt.date | None = None):
    as_(ws, "lanhdao")
    return export_period(ws, "2026", folder, doc_number=number, report_date=day)


def test_an_approval_of_0_2_0_exported_again_by_0_3_0_prints_the_paper_0_2_0_printed(
        office, tmp_path, monkeypatch, clock):  # noqa: F811
    import desktop_app.approval

    monkeypatch.setattr(desktop_app.approval, "app_version", lambda: "0.2.0")  # the laptop runs 0.2.0
    first = _approve(office)
    _export(office, tmp_path / "27", "27", dt.date(2026, 12, 15))
    _approve(office, "9.600", "Sửa số BHYT theo BHXH")
    printed_by_0_2 = _export(office, tmp_path / "45", "45", dt.date(2026, 12, 16))
    monkeypatch.undo()  # 0.3.0 installed over it
    again = _export(office, tmp_path / "again")

    old_line = (f"thay bản mã {first[:16]} đã duyệt ngày 04/12/2026; lý do mở lại: Sửa số BHYT theo BHXH.")
    assert old_line in _text(printed_by_0_2.pdf.read_bytes())
    text = _text(again.pdf.read_bytes())
    assert "Số: 45/BC-UBND" in text and old_line in text and "thay thế Báo cáo số 27" not in text, text
    stated = PdfReader(io.BytesIO(again.pdf.read_bytes())).metadata[REPLACES_KEY]
    assert "issued" not in json.loads(stated)  # as 0.2.0 wrote it
    sub = read_submission(again.xlsx)
    assert (sub.app_version, sub.paper_version) == ("0.3.0", "0.2.0")
    info = {r[0]: r[2] for r in openpyxl.load_workbook(again.xlsx)["Thông tin"].iter_rows(values_only=True)}
    assert info["paper_version"] == "0.2.0"
    assert verify_file(again.xlsx).ok
    # the province's render of that file, from what the PDF states, is the PDF
    from exports.rendered_report import rendered_report, same_but_when

    replaces, wrong = read_replaces(stated, sub.approved_at)
    made = rendered_report(sub, replaces)
    assert not wrong and same_but_when(again.pdf.read_bytes()[:len(made)], made)

    # a new approval is 0.3.0's: its paper names the report it replaces by number, its file states no paper_version
    _approve(office, "9.700", "Bổ sung")
    new = _export(office, tmp_path / "new", "46", dt.date(2026, 12, 17))
    assert "thay thế Báo cáo số 45/BC-UBND ngày 16/12/2026" in _text(new.pdf.read_bytes())
    assert read_submission(new.xlsx).paper_version == ""
    assert not openpyxl.load_workbook(new.xlsx)["Thông tin"].cell(
        [r[0].value for r in openpyxl.load_workbook(new.xlsx)["Thông tin"].iter_rows()].index("paper_version") + 1,
        3).value


def test_an_approval_without_its_version_was_made_before_0_3_0():
    assert approved_by(json.dumps({"catalog_version": "2026.1"})) == "0.2.0"
    assert paper_version(json.dumps({"catalog_version": "2026.1"}), "0.3.0") == "0.2.0"
    assert paper_version(json.dumps({"app_version": "0.3.0"}), "0.3.0") == ""
    assert paper_version(json.dumps({"app_version": "0.3.0"}), "0.4.0") == "0.3.0"


def test_a_2030_approval_of_0_2_0_keeps_its_table_printed_by_0_3_0(tmp_path):
    """Phường Phan Đình Phùng's 2030 report approved by 0.2.0 (the year's figure in column (5)), written again by
    0.3.0: the sheet and the PDF print 0.2.0's table, not the running total, and the file verifies intact."""
    frozen = read_submission(GAP_2028)
    sub = signed(dataclasses.replace(frozen, app_version="0.3.0", paper_version="0.2.0"), new_private_key())
    assert form_of(sub) == PAPER and term_rows(sub, form_of(sub)) == term_rows(frozen, PAPER)
    text = _text(render_pdf(sub))
    assert "lũy kế nhiệm kỳ (chưa tính năm 2028)" not in text and "85,4% chỉ tiêu" not in text
    path = write_submission(sub, tmp_path / GAP_2028.name)
    row = next(r for r in openpyxl.load_workbook(path, rich_text=False)["Báo cáo"].iter_rows(values_only=True)
               if r[0] == "1")
    assert str(row[4]) == "1.000.000"
    assert verify_file(path).ok
    assert read_submission(path).paper_version == "0.2.0"


@pytest.mark.parametrize("stated", ["0.3.0", "0.4.0", "0.1.0", "0.02.0", "０.2.0"])
def test_a_paper_version_not_earlier_than_its_writer_is_refused(tmp_path, stated):
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version="0.3.0", paper_version=stated),
                 new_private_key())
    verdict = verify_file(write_submission(sub, tmp_path / GAP_2028.name))
    assert not verdict.ok and "Bản in theo mẫu của phiên bản đã duyệt" in str(verdict), verdict


def test_a_hidden_character_in_the_paper_version_is_named(tmp_path):
    """Red-team R31 F4: "0.2.0" with a zero-width space was refused as '… ghi "0.2.0", không phải phiên bản …',
    the character it is refused for not shown: it is named, as the other refusals name theirs."""
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version="0.3.0", paper_version="0.2.0\u200b"),
                 new_private_key())
    verdict = verify_file(write_submission(sub, tmp_path / GAP_2028.name))
    assert not verdict.ok and '"0.2.0" (có ký tự ẩn U+200B), không phải phiên bản' in str(verdict), verdict


def test_the_paper_version_is_signed(tmp_path):
    """A file stating 0.2.0's form, its key taken out to pass for 0.3.0's (or the other way): the signature fails."""
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version="0.3.0", paper_version="0.2.0"),
                 new_private_key())
    path = write_submission(sub, tmp_path / GAP_2028.name)
    book = openpyxl.load_workbook(path)
    sheet = book["Thông tin"]
    for row in sheet.iter_rows():
        if row[0].value == "paper_version":
            row[2].value = None
    book.save(path)
    assert not verify_file(path).ok


def test_a_reapproval_after_a_restore_names_the_report_the_province_holds(office, tmp_path, clock):  # noqa: F811
    """9M's story of walk U24 F2 on the year: approved, issued as 38; backed up; approved again, issued as 53;
    the backup restored; approved again: the paper replaces 53 (the approval the restore undid), not 38."""
    _approve(office)
    _export(office, tmp_path / "38", "38", dt.date(2026, 12, 15))
    as_(office, "admin")
    backup = backups.take_backup(office, "truoc")
    lost = _approve(office, "9.600", "Sửa thu ngân sách theo KBNN")
    _export(office, tmp_path / "53", "53", dt.date(2026, 12, 16))
    as_(office, "admin")
    backups.restore(office, backup)
    ws = as_(Workspace.open(Path(office.store.path).parent), "admin")
    try:
        _approve(ws, "9.650", "Sửa thu ngân sách (sau khôi phục)")
        again = _export(ws, tmp_path / "55", "55", dt.date(2026, 12, 17))
    finally:
        ws.close()
    text = _text(again.pdf.read_bytes())
    assert f"thay thế Báo cáo số 53/BC-UBND ngày 16/12/2026 (bản mã {lost[:16]}" in text, text
    assert "Báo cáo số 38" not in text
    stated = json.loads(PdfReader(io.BytesIO(again.pdf.read_bytes())).metadata[REPLACES_KEY])
    assert stated["fingerprint"] == lost and stated["issued"]["doc_number"] == "53"
    _, wrong = read_replaces(json.dumps(stated), read_submission(again.xlsx).approved_at)
    assert not wrong, wrong
