"""A target level already passed before its horizon is printed "Đến nay đã vượt mức chỉ tiêu
(…%)" beside "Đang thực hiện" (until 2026.12 "Đã vượt…", which read as a contradiction): on paper,
in the workbook's "Báo cáo" and in its data alike, and every file keeps verifying: the cell is
compared with the data's own `compared_text`, so a file of either wording is intact for this
version's `verify` (and for earlier ones: checked by hand against b4dd23e and d741b67)."""
from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from desktop_app.core.evaluation import Verdict
from desktop_app.services import Workspace
from exports import report_pdf
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of

SO_FAR = "Đến nay đã vượt mức chỉ tiêu (133,3%)"


@pytest.fixture(scope="module")
def sub(tmp_path_factory):
    ws = Workspace.open(tmp_path_factory.mktemp("so_far"), user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.set_entry("2026", "lao_dong_dao_tao", numerator="1", denominator="1")  # 100% of a 2030 level of 75
    yield submission_of(ws)
    ws.close()


def _item(sub):
    return next(i for i in sub.items if i.code == "lao_dong_dao_tao")


def _cell(path, text):
    sheet = openpyxl.load_workbook(path)[SHEET_REPORT]
    return [c.value for row in sheet.iter_rows() for c in row if c.value == text]


def test_the_workbook_and_its_data_say_so_far_and_verify(sub, tmp_path):
    assert (_item(sub).verdict, _item(sub).compared_text) == (Verdict.DANG_THUC_HIEN.value, SO_FAR)
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    assert _cell(path, SO_FAR) == [SO_FAR]
    assert _item(read_submission(path)).compared_text == SO_FAR
    assert verify_file(path).ok


def test_a_file_worded_as_before_still_verifies(sub, tmp_path):
    """What earlier versions wrote for the same figures ("Đã vượt mức chỉ tiêu (133,3%)", in the
    data and in "Báo cáo"): intact, its text kept as written."""
    old = replace(sub, items=[replace(i, compared_text=i.compared_text.replace("Đến nay đã", "Đã"))
                              for i in sub.items])
    path = write_submission(old, tmp_path / f"{sub.file_stem}.xlsx")
    assert _cell(path, "Đã vượt mức chỉ tiêu (133,3%)")
    assert verify_file(path).ok


def test_the_paper_says_so_far(sub, tmp_path):
    from pypdf import PdfReader

    path = report_pdf.write_report_pdf(sub, tmp_path / "bao-cao.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert "Đến nay đã vượt mức chỉ tiêu" in text and "Đang thực hiện" in text
