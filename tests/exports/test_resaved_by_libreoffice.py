"""A unit's file that LibreOffice opened and saved again, the data untouched, still verifies as
intact: LibreOffice saves General as a number format of its own whose code is "General", and
writes the cells a merge covers (B3 and C3 under a draft's A3:C3) as empty cells with the first
cell's style, which show nothing. What the trust review catches is still caught: a format that
only looks like General, a format printing another text on the first cell of a merge, a cell's
text hidden under a merge. `chitieu verify` reads the notes under the table as fast for a crafted
sheet of many identical remarks as for the writer's own."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from exports.report_check import _notes_of
from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT, _file, _not_intact, _swap, _with_format
from tests.province.helpers import with_part

DATA = Path(__file__).parent / "data"
RESAVED_APPROVED = DATA / "2026_05503_xa-tan-cuong_format2_libreoffice.xlsx"
RESAVED_DRAFT = DATA / "2026_05503_xa-tan-cuong_draft_libreoffice.xlsx"
RESAVED_PAPER = DATA / "2026_05503_xa-tan-cuong_paper_libreoffice.xlsx"  # 0.2.0, the PAPER form
RESAVED_PAPER_FINGERPRINT = "828fff00178f06eff18a62b5fbb35a062986a02aeeb5bc592a795b9e9dfc6839"
B9 = b'<c r="B9" s="5" t="inlineStr">'  # "CHỈ TIÊU TỈNH GIAO", the first cell of B9:H9
C9 = b'<c r="C9" s="6" t="n" />'  # under B9:H9
OTHER = ";;;&quot;CHỈ TIÊU KHÁC&quot;".encode()  # the writer's kind of format, another text


@pytest.mark.parametrize("path", [RESAVED_APPROVED, RESAVED_DRAFT], ids=["approved", "draft"])
def test_a_file_libreoffice_saved_again_is_intact(path):
    with zipfile.ZipFile(path) as z:
        styles, sheet = z.read("xl/styles.xml"), z.read(REPORT)
    assert b'formatCode="General"' in styles  # what this test is about
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
    assert "nguyên vẹn" in verdict.message and "KHÔNG" not in verdict.message
    if path == RESAVED_DRAFT:
        assert b'<mergeCell ref="A3:C3"/>' in sheet and b'<c r="B3" s="3"/>' in sheet
        assert not verdict.submission.approved
    else:
        assert verdict.submission.approved and verdict.submission.signature_valid()


def test_a_paper_form_file_libreoffice_saved_again_is_intact():
    """Old-to-new for the sheet's PAPER form (0.2.0): a signed, approved 2026 file whose "Báo cáo"
    prints the paper's lines (a result's start-of-term figure under it, the lines under the table),
    opened and saved again by LibreOffice (its rich text and italic lines rewritten its own way),
    still verifies as intact and as written in that form."""
    from exports.report_rows import PAPER, form_of

    verdict = verify_file(RESAVED_PAPER)
    assert verdict.ok, verdict.message
    sub = verdict.submission
    assert sub.app_version == "0.2.0" and form_of(sub) == PAPER
    assert sub.approved and sub.signature_valid() and sub.fingerprint == RESAVED_PAPER_FINGERPRINT
    import openpyxl

    texts = [c.value for row in openpyxl.load_workbook(RESAVED_PAPER)["Báo cáo"].iter_rows() for c in row
             if isinstance(c.value, str)]
    assert "0,91\n3,12% (cuối 2025) → 2,21% (nay)" in texts  # LibreOffice keeps them, in its shared strings
    assert any(t.startswith("STT theo Phụ lục 2") for t in texts)


@pytest.mark.parametrize("code", [b"General", b"general", b"GENERAL"])
def test_a_format_whose_code_is_general_is_general(tmp_path, code):
    assert verify_file(_with_format(tmp_path, code)).ok


@pytest.mark.parametrize("code", [b"General;General;General;&quot;99.999&quot;", b'General&quot; 99&quot;'],
                         ids=["general-with-sections", "general-with-literal"])
def test_a_format_that_only_begins_with_general_is_not_intact(tmp_path, code):
    _not_intact(_with_format(tmp_path, code), 'trang "Báo cáo", ô E10', "định dạng số")


def test_the_first_cell_of_a_merge_is_judged_by_its_format(tmp_path):
    path = _with_format(tmp_path, OTHER, cell=B9, style=b's="5"')
    _not_intact(path, 'trang "Báo cáo", ô B9: hiện "CHỈ TIÊU KHÁC" qua định dạng số')


def test_a_cell_under_a_merge_shows_nothing_whatever_its_format(tmp_path):
    assert verify_file(_with_format(tmp_path, OTHER, cell=C9, style=b's="6"')).ok


def test_a_figure_hidden_under_a_merge_is_not_intact(tmp_path):
    """A merge D10:E10 hides E10 (45.230): the sheet shows the indicator's unit across both."""
    path = _file(tmp_path, with_part(SAMPLE_V2, REPORT, _swap(b"</mergeCells>",
                                                            b'<mergeCell ref="D10:E10" /></mergeCells>')))
    _not_intact(path, 'trang "Báo cáo", ô E10 nằm dưới ô gộp D10:E10: nội dung "45.230" không hiện')


def _crafted(m: int, tail: str) -> tuple[str, list[str]]:
    """A Báo cáo of `m` identical remarks, its notes the first m/2 of them and `tail`."""
    return "Ghi chú: " + " ".join(f"{n}.x" for n in range(1, m // 2 + 1)) + tail, ["x"] * m


def test_notes_under_sixty_identical_remarks_are_judged():
    """Trying every choice of 30 remarks among 60 would take longer than anyone waits (C(60, 30)
    ways): the notes are read note by note instead."""
    assert _notes_of(*_crafted(60, "")) is True
    assert _notes_of(*_crafted(60, " 31.x")) is True
    assert _notes_of(*_crafted(60, " 99.y")) is False
    assert _notes_of(*_crafted(60, " 31.y")) is False


def test_notes_are_judged_as_before():
    """The writer's notes: some remarks, in the table's order, numbered from 1; one remark the
    beginning of another is told apart."""
    remarks = ["", "abc", "", "abcdef", "ghi"]
    assert _notes_of("Ghi chú: 1. abcdef 2. ghi", remarks)
    assert _notes_of("Ghi chú: 1. abc 2. abcdef 3. ghi", remarks)
    assert _notes_of("Ghi chú:\n1. abc\n2. ghi", remarks)
    assert not _notes_of("Ghi chú: 1. ghi 2. abc", remarks)  # not in the table's order
    assert not _notes_of("Ghi chú: 2. abc", remarks)  # not numbered from 1
    assert not _notes_of("Ghi chú:", remarks)
    assert not _notes_of("1. abc", remarks)
