"""The printed report says which approval it is of (walk-through 3, M4): the date it was approved
and, when the period was reopened and approved again, which approved version it replaces and why;
a draft says neither. Read back as a person reads the paper (pypdf's text, pdftotext's words)."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from desktop_app.core.periods import format_date
from desktop_app.core.vietnam_time import stated_day
from desktop_app.services import Workspace, export_period
from tests.core.test_changed_outside import office  # noqa: F401 (the fixture)
from tests.exports.conftest import signed_page
from tests.exports.sample_data import fill_commune_2026

REASON = "Sửa số BHYT theo BHXH"
MM = 72 / 25.4


def _text(pdf) -> str:
    return " ".join(unicodedata.normalize("NFC", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages)).split())


def _day(at: str) -> str:
    """The day of a stored moment in Vietnam time, as the paper prints it from 0.3.0."""
    return format_date(stated_day(at))


def _approve(ws, period="2026") -> tuple[str, str]:
    """(fingerprint, the day it was approved as the paper prints it)."""
    ws.complete(period)
    fingerprint = ws.approve(period)
    return fingerprint, _day(ws.approval(period).at)


def test_a_reapproved_report_names_the_approval_it_replaces_and_the_reason(workspace, tmp_path):
    """The walk-through's steps: approve, export (sent), reopen with a reason, correct BHYT,
    approve again, export. The first paper prints only its approval date; the second prints the
    date it was approved again, the code of the paper it replaces with that one's date, and the
    leader's reason; the draft before them prints neither. Exported again later, the second paper
    says the same."""
    fill_commune_2026(workspace)
    draft = _text(export_period(workspace, "2026", tmp_path / "draft").pdf)
    assert "Duyệt ngày" not in draft and "Duyệt lại" not in draft

    first_fp, first_day = _approve(workspace)
    first = _text(export_period(workspace, "2026", tmp_path / "first").pdf)
    assert f"Duyệt ngày {first_day}." in first
    assert "Duyệt lại" not in first and "lý do mở lại" not in first

    workspace.reopen("2026", REASON)
    workspace.set_entry("2026", "bhyt", numerator="9.500", denominator="9.870")
    again_fp, again_day = _approve(workspace)
    assert again_fp != first_fp
    expected = (f"Duyệt lại ngày {again_day}, thay bản mã {first_fp[:16]} đã duyệt ngày {first_day}; "
                f"lý do mở lại: {REASON}.")
    again = _text(export_period(workspace, "2026", tmp_path / "again").pdf)
    assert expected in again
    assert again_fp[:16] in again and "Duyệt ngày" not in again
    # The period is Đã gửi now: printed again, the paper of this approval says the same.
    assert expected in _text(export_period(workspace, "2026", tmp_path / "later").pdf)


def _words(pdf, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) in points of page `page` (1-based), as pdftotext finds them."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [(unicodedata.normalize("NFC", w), float(a), float(b), float(c), float(d)) for a, b, c, d, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the words' places")
def test_a_long_commune_name_and_a_long_reason_stay_in_the_foot_on_the_same_pages(data_dir, tmp_path):
    """Xã Nghinh Tường, reopened with a reason of two sentences: the re-approval line wraps in the
    foot's text column, left of the QR code and inside the right margin, the reason printed whole,
    and the report keeps the number of pages of its first approval."""
    reason = ("Sửa số người tham gia bảo hiểm y tế theo danh sách Bảo hiểm xã hội gửi ngày 28/3/2026, "
              "trước đó nhập nhầm số của quý IV năm 2025.")
    ws = Workspace.open(data_dir, user="can-bo")
    try:
        ws.setup("nghinh tuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        assert ws.commune.name == "Xã Nghinh Tường"
        fill_commune_2026(ws)
        first_fp, _ = _approve(ws)
        first = export_period(ws, "2026", tmp_path / "first").pdf
        ws.reopen("2026", reason)
        ws.set_entry("2026", "bhyt", numerator="9.500", denominator="9.870")
        _approve(ws)
        again = export_period(ws, "2026", tmp_path / "again").pdf
    finally:
        ws.close()
    pages = len(PdfReader(str(again)).pages)
    assert pages == len(PdfReader(str(first)).pages)
    text = _text(again)
    assert f"thay bản mã {first_fp[:16]}" in text and f"lý do mở lại: {reason}" in text
    words = _words(again, signed_page(PdfReader(str(again))) + 1)
    foot_top = next(y0 for w, _, y0, _, _ in words if w == "Người")  # "Người lập biểu:", the foot's first line
    foot = [w for w in words if w[2] >= foot_top - 1]
    qr_left = (30 + 165 - 24) * MM  # the QR code: 24 mm at the right of the 165 mm body
    assert any(w[0] == "lại" for w in foot)  # "Duyệt lại ngày" is in the foot
    assert all(x1 <= qr_left for _, _, _, x1, _ in foot), [w for w in foot if w[3] > qr_left]
    assert all(x0 >= 30 * MM - 1 for _, x0, _, _, _ in foot)


def test_an_approval_voided_and_given_again_names_the_voided_one(office, tmp_path):  # noqa: F811
    """An approval voided by the administrator's acknowledgement of a change made outside the
    program, then approved again: the paper names the voided approval's code and date and why it
    was voided (no reopening reason: nobody reopened it)."""
    from tests.core.test_changed_outside import _as, _sql

    leader = _as(office, "lanhdao")
    first_fp = leader.approve("2026")
    first_day = _day(leader.approval("2026").at)
    leader.close()
    _sql(office, "UPDATE entries SET value = '99999' WHERE indicator = 'thu_ngan_sach' AND period = '2026'")
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    admin.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    again_day = _day(leader.approval("2026").at)
    text = _text(export_period(leader, "2026", tmp_path / "again", xlsx=False).pdf)
    leader.close()
    assert (f"Duyệt lại ngày {again_day}, thay bản mã {first_fp[:16]} đã duyệt ngày {first_day}; lý do: bản "
            "duyệt bị hủy khi Quản trị viên xác nhận đã kiểm tra thay đổi ngoài chương trình; Lãnh đạo phải "
            "duyệt lại.") in text
    assert "lý do mở lại" not in text
