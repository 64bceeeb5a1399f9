"""`chitieu verify` of a file printed by a later version than its own (walk U24 F1).

0.2.0's verify called a genuine 2030 file of 0.3.0 "KHÔNG nguyên vẹn" for the running total's new
words in "Báo cáo", while the same machine's intake counted it valid: the older program judged a
paper it does not know. From 0.3.0 on, a file stating a later version than the program reading it,
whose "Báo cáo" differs from this program's print, is said intact as far as its signed data go,
with a warning naming both versions and the cells this machine could not compare; a file stating
this program's version (or an earlier one) with the same difference is refused as before."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import openpyxl

from desktop_app.cli import run
from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from desktop_app.resources import app_version
from exports.report_rows import version_of
from exports.submission_format import SHEET_DATA, SHEET_REPORT
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission

GAP_2028 = Path(__file__).parent / "data" / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx"  # 0.2.0
LATER = "9.0.0"


def printed_otherwise(tmp_path, version: str, paper: str = "") -> Path:
    """Phan Đình Phùng's 2030 report signed as written by `version` (printing the paper of `paper`, when
    given), its first row's "Kết quả thực hiện" printed in words this program does not write (as a later
    version's paper might)."""
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version=version, paper_version=paper),
                 new_private_key())
    path = write_submission(sub, tmp_path / f"{version}-{paper}.xlsx")
    book = openpyxl.load_workbook(path, rich_text=True)
    sheet = book[SHEET_REPORT]
    row = next(r for r in sheet.iter_rows() if r[0].value == "1")
    row[4].value = "3.802.450\ntổng cộng dồn 4 năm có số liệu\nnăm 2030: 1.000.000"
    book.save(path)
    return path


def test_a_later_versions_paper_is_said_not_compared_not_changed(tmp_path, capsys):
    assert version_of(LATER) > version_of(app_version())
    path = printed_otherwise(tmp_path, LATER)
    result = verify_file(path, program_version=lambda: "0.3.0")
    assert result.ok, result.message
    assert "nguyên vẹn (số liệu khớp mã xác thực, chữ ký khớp toàn bộ nội dung)" in result.message
    assert (f"CHÚ Ý: tệp lập bằng phiên bản {LATER} của phần mềm, mới hơn phiên bản máy này 0.3.0; "
            f'trang "{SHEET_REPORT}" in khác cách máy này in ở 1 chỗ') in result.message
    assert 'cột "Kết quả thực hiện"' in result.message and "cập nhật phần mềm rồi kiểm tra lại" in result.message

    # the command line says the same with the program's own version, and exits 0
    assert run(["verify", str(path)]) == 0
    assert f"mới hơn phiên bản máy này {app_version()}" in capsys.readouterr().out


def test_the_same_difference_in_a_file_of_this_version_is_still_a_change(tmp_path, capsys):
    for version in ("0.3.0", "0.2.0"):
        path = printed_otherwise(tmp_path, version)
        result = verify_file(path, program_version=lambda: "0.3.0")
        assert not result.ok and "KHÔNG nguyên vẹn" in result.message, result.message
        assert "CHÚ Ý: tệp lập bằng phiên bản" not in result.message
    assert run(["verify", str(printed_otherwise(tmp_path, app_version()))]) == 1
    assert "KHÔNG nguyên vẹn" in capsys.readouterr().err


def test_a_later_versions_file_printed_as_this_program_prints_has_no_warning(tmp_path):
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version=LATER), new_private_key())
    result = verify_file(write_submission(sub, tmp_path / "later.xlsx"), program_version=lambda: "0.3.0")
    assert result.ok and "CHÚ Ý" not in result.message, result.message


def test_a_later_version_stating_it_prints_a_known_paper_is_judged_by_it(tmp_path):
    """Red-team R31 F1: a file of 9.0.0 saying it prints 0.2.0's paper (`paper_version`) is compared with
    0.2.0's paper, which this program prints: the changed cell is a change, not "chưa đối chiếu"."""
    result = verify_file(printed_otherwise(tmp_path, LATER, paper="0.2.0"), program_version=lambda: "0.3.0")
    assert not result.ok and "KHÔNG nguyên vẹn" in result.message and "CHÚ Ý" not in result.message, result.message


def test_what_no_version_shows_is_a_change_in_a_later_versions_file_too(tmp_path):
    """Red-team R31 F2: a number format printing "1.000" over a cell of "Dữ liệu" is what no version writes:
    refused whatever version the file states, and never called a difference of "Báo cáo"'s print."""
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version=LATER), new_private_key())
    path = write_submission(sub, tmp_path / "later.xlsx")
    book = openpyxl.load_workbook(path, rich_text=True)
    cell = next(c for r in book[SHEET_DATA].iter_rows() for c in r
                if isinstance(c.value, str) and c.value[:1].isdigit() and "." in c.value)
    cell.number_format = ';;;"1.000"'
    book.save(path)
    result = verify_file(path, program_version=lambda: "0.3.0")
    assert not result.ok and "KHÔNG nguyên vẹn" in result.message, result.message
    assert f'trang "{SHEET_DATA}", ô {cell.coordinate}' in result.message and "CHÚ Ý" not in result.message
