"""The rows of "Dữ liệu" are bounded by what a catalogue holds (`MAX_INDICATORS`, 300; 22 as
shipped): a file of thousands of indicator rows is no submission any version of the program
writes, and each row would be checked again by the intake and `chitieu verify` (the printed
table, its notes, the look of each line). Such a file is refused naming the sheet and the row;
a file of as many indicators as a catalogue may hold is read."""
from __future__ import annotations

import dataclasses

import pytest

from desktop_app.core.catalog import MAX_INDICATORS
from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, read_submission, verify_file
from exports.submission_xlsx import write_submission
from tests.exports.test_exports_xlsx import SAMPLE_V2

REFUSED = f'Trang "Dữ liệu", dòng {MAX_INDICATORS + 2}: quá {MAX_INDICATORS} dòng chỉ tiêu'


@pytest.fixture(scope="module")
def sample():
    return read_submission(SAMPLE_V2)


def _written(sample, tmp_path, n: int):
    base = sample.items[0]
    items = tuple(dataclasses.replace(base, code=f"x{k}", no=k + 1) for k in range(n))
    sub = dataclasses.replace(sample, items=items, public_key="", signature="", stated_fingerprint=None,
                              approved=False, approved_by="", approved_at="", chain_head="")
    path = tmp_path / f"xa-{n}.xlsx"
    write_submission(sub, path)
    return path


def test_more_indicator_rows_than_a_catalogue_holds_are_refused(sample, tmp_path):
    path = _written(sample, tmp_path, MAX_INDICATORS + 1)
    result, sub = examine(path)
    assert result.class_ is FileClass.DA_BI_SUA and sub is None, result
    assert REFUSED in result.reason and "xa-301.xlsx" in result.reason, result.reason
    verdict = verify_file(path)
    assert not verdict.ok and REFUSED in verdict.message, verdict.message


def test_as_many_indicators_as_a_catalogue_holds_are_read(sample, tmp_path):
    sub = read_submission(_written(sample, tmp_path, MAX_INDICATORS))
    assert len(sub.items) == MAX_INDICATORS
