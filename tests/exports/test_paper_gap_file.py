"""A 0.2.0 file whose page 1 counts an indicator "Chưa đủ số liệu" stays intact for every later version.
Walk U21's fixer named that indicator on page 1 ("Chưa đủ số liệu 1 (chỉ tiêu số 1)") in 0.2.0's own form,
and `verify` then called the files 0.2.0 had written changed: the summary line is compared whole. The frozen
file (tests/exports/data/README.md) holds that line as 0.2.0 wrote it."""
from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook

from exports.submission_reader import verify_file

FILE = Path(__file__).parent / "data" / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx"
SUMMARY = ("Tổng hợp 8 chỉ tiêu tỉnh giao: 6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 1, Đạt 2, Không đạt 2 (các chỉ "
           "tiêu số 2, 3), Chưa đủ số liệu 1; 2 chỉ tiêu năm 2030: Vượt 2, Đạt 0, Không đạt 0.")


def test_the_frozen_file_holds_the_unnamed_count():
    rows = CalamineWorkbook.from_path(str(FILE)).get_sheet_by_name("Báo cáo").to_python()
    assert SUMMARY in [str(c) for row in rows for c in row]


def test_a_2030_file_counting_an_indicator_without_enough_data_verifies_intact():
    v = verify_file(FILE)
    assert v.ok, v
    assert v.submission.unit_code == "05443" and v.submission.approved
    assert v.submission.fingerprint == "df3366bca62f342f1720e31f7498573545bea82fbdc3655acf35215a4a1a45cb"
