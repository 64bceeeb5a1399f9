"""A file's `paper_version` names a version whose paper the program knows, and is shown (red-team R31 F5).

"0.2.9", a version that never printed a paper, was accepted and read as 0.2.0's paper; and the province never
said which paper a file states it prints. Accepted now: the versions that printed a paper up to the program's
own (`PAPERS`), or a later one than the program's, treated as a later version as `app_version` is; shown beside
the file's version by `verify` and in the pages' note of its PDF when it differs from `app_version`."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop_app.core.signing import new_private_key
from desktop_app.core.submission import signed
from desktop_app.resources import app_version
from desktop_app.signed_pages import other_version
from exports.submission_reader import read_submission, verify_file
from exports.submission_xlsx import write_submission

GAP_2028 = Path(__file__).parent / "data" / "2030_05443_phuong-phan-dinh-phung_paper_gap_2028.xlsx"  # 0.2.0


def _file(tmp_path, app: str, paper: str) -> Path:
    sub = signed(dataclasses.replace(read_submission(GAP_2028), app_version=app, paper_version=paper),
                 new_private_key())
    return write_submission(sub, tmp_path / f"{app}-{paper}.xlsx")


@pytest.mark.parametrize("app", ["0.3.0", "9.0.0"])
def test_a_version_that_printed_no_paper_is_refused_with_its_reason(tmp_path, app):
    verdict = verify_file(_file(tmp_path, app, "0.2.9"), program_version=lambda: "0.3.0")
    assert not verdict.ok, verdict
    assert ('"Bản in theo mẫu của phiên bản đã duyệt" ghi "0.2.9", không phải phiên bản phần mềm có mẫu báo cáo '
            f"giấy (nhận 0.2.0, 0.3.0 hoặc phiên bản sau 0.3.0, trước phiên bản lập tệp {app}; để trống khi bản in "
            "theo phiên bản lập tệp)") in verdict.message, verdict.message


def test_a_paper_later_than_the_program_s_is_a_later_version_s(tmp_path):
    verdict = verify_file(_file(tmp_path, "9.0.0", "0.4.0"), program_version=lambda: "0.3.0")
    assert verdict.ok, verdict.message
    assert "in theo mẫu báo cáo giấy của phiên bản 0.4.0" in verdict.message


def test_a_file_printing_0_2_0_s_paper_says_so(tmp_path):
    verdict = verify_file(_file(tmp_path, "0.3.0", "0.2.0"), program_version=lambda: "0.3.0")
    assert verdict.ok, verdict.message
    assert ("bản ĐÃ DUYỆT (duyệt bởi root); lập bằng phiên bản 0.3.0 của phần mềm, in theo mẫu báo cáo giấy của phiên bản 0.2.0; "
            "mã xác thực") in verdict.message, verdict.message
    # a file printing its own paper says nothing of it, as before
    plain = verify_file(_file(tmp_path, "0.3.0", ""), program_version=lambda: "0.3.0")
    assert plain.ok and "mẫu báo cáo giấy" not in plain.message
    # the note of a signed PDF whose pages are not compared names it beside the file's version
    assert other_version("9.0.0", "0.3.0", "0.2.0").startswith(
        "tệp Excel lập bằng phiên bản 9.0.0 của phần mềm (in theo mẫu báo cáo giấy của phiên bản 0.2.0), mới hơn")


def test_the_last_paper_known_is_the_program_s_own():
    from exports.paper_version import PAPERS

    assert PAPERS[-1] == app_version()
