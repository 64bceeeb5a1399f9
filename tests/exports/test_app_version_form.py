"""The program's version a workbook states is one a release writes: red-team R30 F1 found "９.９.９" (fullwidth
digits), "0.03.0", "" and 200 characters read as a version (signed by the unit's key, the file "nguyên vẹn"), the
province then not comparing the signed PDF's pages "for another version". Every release wrote three numbers of
ASCII digits ("0.1.0", "0.2.0", "0.3.0"): another form is refused naming the field; every frozen old file reads.
A version later than the province's is said to be, the province's program the one to update."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.errors import TamperedFile
from desktop_app.core.reasons_english import in_english
from desktop_app.signed_pages import other_version
from exports.report_rows import version_of
from exports.submission_reader import read_submission
from exports.submission_xlsx import write_submission

DATA = Path(__file__).parent / "data"
FROZEN = sorted(DATA.glob("*.xlsx"))


@pytest.mark.parametrize("version", ["\uff19.\uff19.\uff19", "0.03.0", "", "9" * 200, "0.3", "0.3.0.1", "v0.3.0",
                                     "0+unknown", "1.2.3\u0663"])
def test_a_version_no_release_writes_is_refused_naming_the_field(tmp_path, version):
    sub = dataclasses.replace(read_submission(DATA / "2026_05503_xa-tan-cuong_paper_libreoffice.xlsx"),
                              app_version=version)
    path = write_submission(sub, tmp_path / "2026_05503_xa-tan-cuong.xlsx")
    with pytest.raises(TamperedFile) as refused:
        read_submission(path)
    shown = version if len(version) <= 40 else version[:40] + "…"
    assert str(refused.value) == (
        f'Tệp 2026_05503_xa-tan-cuong.xlsx, trang "Thông tin": "Phiên bản phần mềm" ghi "{shown}", không phải phiên '
        "bản phần mềm ghi (ba số bằng chữ số 0-9, cách nhau dấu chấm, như 0.3.0).")
    assert refused.value.field == "app_version"
    assert in_english(str(refused.value)).startswith(  # the English window's words
        f'The file 2026_05503_xa-tan-cuong.xlsx, "Thông tin" sheet: "Phiên bản phần mềm" says "{shown}", not a version')


@pytest.mark.parametrize("version", ["0.1.0", "0.2.0", "0.3.0", "9.9.9", "1.10.100"])
def test_a_release_s_version_reads(tmp_path, version):
    sub = dataclasses.replace(read_submission(DATA / "2026_05503_xa-tan-cuong_paper_libreoffice.xlsx"),
                              app_version=version)
    assert read_submission(write_submission(sub, tmp_path / "f.xlsx")).app_version == version


@pytest.mark.parametrize("path", FROZEN, ids=[p.name for p in FROZEN])
def test_every_frozen_old_file_still_reads(path):
    assert read_submission(path).app_version in ("0.1.0", "0.2.0")


def test_unicode_digits_are_no_version():
    assert version_of("\uff19.\uff19.\uff19") == () and version_of("\u0663.0.0") == ()
    assert version_of("0.3.0") == (0, 3, 0)


def test_a_later_version_than_this_machine_s_says_to_update_the_province_s_program():
    assert other_version("0.4.0", "0.3.0") == (
        "tệp Excel lập bằng phiên bản 0.4.0 của phần mềm, mới hơn phiên bản máy này 0.3.0 (cập nhật phần mềm Chỉ "
        "tiêu xã của tỉnh lên phiên bản 0.4.0 rồi kiểm tra lại thì so được)")
    assert other_version("0.10.0", "0.9.0").startswith("tệp Excel lập bằng phiên bản 0.10.0 của phần mềm, mới hơn")
    # an earlier one keeps today's words
    assert other_version("0.2.0", "0.3.0") == "tệp Excel lập bằng phiên bản 0.2.0 của phần mềm, máy này phiên bản 0.3.0"
