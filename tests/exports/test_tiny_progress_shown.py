"""A share of the target that is not 0 is never shown as 0 (walk-through 6: "Đang thực hiện / 0%
chỉ tiêu" for 1.234,5 of Phan Đình Phùng's five-year 4.450.844, 0,03 %): the core words it to its
first significant digit, and the window, the report and its workbook say the same. The words are
part of the signed data: a file an older version wrote ("0% chỉ tiêu") still verifies and is
received, the province showing its own words beside it."""
from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from exports.report_pdf import render_pdf
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission
from tests.province.helpers import ON_TIME, delivered, fill_unit

PERIOD = "2026-6M"
CODE = "thu_ngan_sach"


@pytest.fixture(scope="module")
def ward(tmp_path_factory):
    """Phường Phan Đình Phùng's 6 months approved, 1.235 million of its 4.450.844 collected."""
    ws = Workspace.open(tmp_path_factory.mktemp("ward"), user="can-bo")
    ws.setup("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", "UBND")
    fill_unit(ws, PERIOD, seed=1)
    ws.set_entry(PERIOD, CODE, value="1.235", comment="Mới thu đợt đầu")
    ws.complete(PERIOD)
    ws.approve(PERIOD)
    yield ws
    ws.close()


def _item(sub):
    return next(it for it in sub.items if it.code == CODE)


@pytest.mark.parametrize(("value", "words"), [("1.235", "0,03% chỉ tiêu"), ("1", "0,00002% chỉ tiêu"),
                                              ("0", "0% chỉ tiêu"), ("4.000", "0,1% chỉ tiêu"),
                                              ("2.000", "0,04% chỉ tiêu"), ("445.084", "10% chỉ tiêu")])
def test_the_share_is_shown_to_its_first_digit_when_it_rounds_to_0(tmp_path, value, words):
    ws = Workspace.open(tmp_path, user="can-bo")
    ws.setup("Phan Đình Phùng", "Lê Văn Cường", "Phạm Thị Dung", "Phó Chủ tịch", "UBND")
    ws.set_entry(PERIOD, CODE, value=value)
    # the share, then the running total it is of (walk U11 F3)
    assert ws.row(PERIOD, CODE).compared_text.split(". Lũy kế ")[0] == words
    ws.close()


def test_the_report_and_its_workbook_say_it(ward, tmp_path):
    sub = signed(ward.submission(PERIOD, approved=True), new_private_key())
    assert _item(sub).compared_text == ("0,03% chỉ tiêu. Lũy kế 6 tháng đầu năm 2026: 1.235 (còn 4.449.609 để đạt "
                                        "chỉ tiêu nhiệm kỳ)")
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=render_pdf(sub), capture_output=True,
                          check=True).stdout.decode()
    assert "0,03% chỉ tiêu" in text and "0% chỉ tiêu" not in text.replace("0,03% chỉ tiêu", "")
    book = load_workbook(write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx"))
    shown = [c.value for row in book["Báo cáo"].iter_rows() for c in row if isinstance(c.value, str)]
    assert any("0,03% chỉ tiêu" in v for v in shown)


def test_a_file_written_before_still_verifies_and_is_received(ward, tmp_path):
    """An older installation wrote "0% chỉ tiêu" in the same report: the file is intact, the
    province receives and counts it without a difference, and shows its own words."""
    sub = ward.submission(PERIOD, approved=True, generated_at=ON_TIME)
    old = replace(sub, items=tuple(replace(it, compared_text="0% chỉ tiêu") if it.code == CODE else it
                                   for it in sub.items))
    old = signed(old, new_private_key())
    folder = tmp_path / "hop-thu"
    folder.mkdir()
    path = delivered(write_submission(old, folder / f"{old.file_stem}.xlsx"), ON_TIME)
    assert _item(read_submission(path)).compared_text == "0% chỉ tiêu"  # what was signed, kept
    checked = verify_file(path)
    assert checked.ok and not checked.problems, checked.message
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    run = office.intake(folder, PERIOD)
    assert [r.class_ for r in run.results] == ["Hợp lệ"], [r.reason for r in run.results]
    con = office.consolidation(PERIOD)
    assert old.unit_code not in con.differences
    assert con.item(old.unit_code, CODE).compared_text.startswith("0,03% chỉ tiêu. Lũy kế 6 tháng đầu năm 2026: 1.235")
    office.close()
