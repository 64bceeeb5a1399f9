"""Walk U3 F3: the poverty rate's fall, 1,2 points against Phường Phan Đình Phùng's 0,03 (the
catalogue's targets run from 0,03 to 7,81 points), read "Đến nay đã vượt mức chỉ tiêu (4.000%)":
a share of a fall in points that reads as a data error. A reduction at or beyond its target says
by how many points instead, on paper, in the workbook's "Báo cáo" and in its data alike; below it,
its share stays ("40% chỉ tiêu"). A file worded as before ("(4.000%)", `progress` the same) still
verifies, its text not named a difference."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.core.evaluation import Comparison
from desktop_app.core.printed_texts import text_differences
from desktop_app.core.wording import compared_text
from desktop_app.services import Workspace
from exports.report_pdf import write_report_pdf
from exports.submission_format import SHEET_DATA, SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of

PASSED = "Đến nay đã vượt chỉ tiêu 1,17 điểm %"
BEFORE = "Đến nay đã vượt mức chỉ tiêu (4.000%)"  # what versions until 2026.12 wrote


def _poverty(tmp_path, poor: str, households: str = "1.000") -> Workspace:
    ws = Workspace.open(tmp_path / "ws", user="can-bo")
    ws.setup("phan dinh phung", "Nguyễn Thị Phương Thảo", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.set_baseline("giam_ngheo", "5,2%")
    ws.set_entry("2026-6M", "giam_ngheo", numerator=poor, denominator=households)
    return ws


@pytest.fixture(scope="module")
def sub(tmp_path_factory):
    ws = _poverty(tmp_path_factory.mktemp("points"), "40")  # 4%: a fall of 1,2 points of 0,03
    yield submission_of(ws, "2026-6M")
    ws.close()


def _item(sub):
    return next(i for i in sub.items if i.code == "giam_ngheo")


def _plain(text) -> str:
    return " ".join(str(text or "").replace("\u00a0", " ").split())


def test_a_fall_beyond_its_target_is_said_in_points_everywhere_and_old_files_still_verify(sub, tmp_path):
    item = _item(sub)
    assert (item.value_text, item.target_text, item.verdict) == ("1,2", "0,03", "Đang thực hiện")
    assert item.compared_text == PASSED and item.progress == "4000"  # the figure files state: unchanged
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    book = openpyxl.load_workbook(path)
    assert any(_plain(c.value) == PASSED for row in book[SHEET_REPORT].iter_rows() for c in row)
    data = book[SHEET_DATA]
    header = [c.value for c in data[1]]
    row = next(r for r in data.iter_rows(min_row=2, values_only=True) if r[header.index("indicator")] == "giam_ngheo")
    assert row[header.index("compared_text")] == PASSED
    checked = verify_file(path)
    assert checked.ok and "CHÚ Ý" not in checked.message, checked.message
    pdf = write_report_pdf(sub, tmp_path / "bao-cao.pdf")
    text = _plain(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    assert PASSED in text and "4.000%" not in text
    # old to new: the same figures worded as before, in the data and in "Báo cáo", intact
    old = replace(sub, items=[replace(i, compared_text=BEFORE) if i.code == "giam_ngheo" else i for i in sub.items])
    old_path = write_submission(old, tmp_path / "truoc" / f"{sub.file_stem}.xlsx")
    checked = verify_file(old_path)
    assert checked.ok and "CHÚ Ý" not in checked.message, checked.message
    assert text_differences("Mức giảm", replace(item, compared_text=BEFORE), item) == []
    assert text_differences("Mức giảm", replace(item, compared_text="Đến nay đã đạt mức chỉ tiêu (4.000%)"), item)


def test_at_its_target_no_percentage_below_it_the_share(tmp_path):
    """0,03 of 0,03: "Đến nay đã đạt mức chỉ tiêu" (it said "(100%)"); 0,012 of 0,03 keeps "40% chỉ tiêu";
    a strict "> 0,03" met by 1,2 is Đạt, by 1,17 points more."""
    ws = _poverty(tmp_path, "5.170", "100.000")  # 5,17%: 0,03
    at = ws.row("2026-6M", "giam_ngheo")
    ws.set_entry("2026-6M", "giam_ngheo", numerator="5.188", denominator="100.000")  # 5,188%: 0,012
    below = ws.row("2026-6M", "giam_ngheo")
    ws.close()
    assert (at.value_text, at.compared_text) == ("0,03", "Đến nay đã đạt mức chỉ tiêu")
    assert (below.value_text, below.compared_text) == ("0,01", "40% chỉ tiêu")
    strict = Comparison("progress", Decimal(4000), level="reached", reduction=Decimal("1.2"), target=Decimal("0.03"))
    assert compared_text(at.indicator, strict) == "Đến nay đã đạt mức chỉ tiêu, vượt 1,17 điểm %"
