"""`chitieu verify` judges a workbook's print areas in time in proportion to the file, and a sheet
index no reader takes is a refusal, never a traceback: every print area was judged against every
row and cell of its sheet (1.000 of them, the sheet's grid reaching CZ9999: 134 s), and a
localSheetId "²" or of 5.000 digits made int() raise ValueError."""
from __future__ import annotations

import random

import pytest

from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import BOOK, REPORT, _file, _swap
from tests.province.helpers import with_part

AREA = b"""<definedName name="_xlnm.Print_Area" localSheetId="0">'B\xc3\xa1o c\xc3\xa1o'!$A$1:$H$29</definedName>"""


def _not_intact(path, *said):
    verdict = verify_file(path)
    assert not verdict.ok and verdict.readable and "KHÔNG nguyên vẹn" in verdict.message, verdict.message
    for words in said:
        assert words in verdict.message, verdict.message


@pytest.mark.timeout(60, method="signal")
def test_many_print_areas_are_judged_against_the_sheet_once(tmp_path):
    rnd = random.Random(3)  # spaces after each range, so that the part packs as a writer's does

    def area(last: bytes) -> bytes:
        return AREA.replace(b"$H$29", last + bytes(rnd.choice(b" \t\n") for _ in range(8)))
    areas = b"".join(area(b"$CZ$%d" % (9999 - k % 20)) for k in range(3000)) + b"".join(area(b"$H$29") for _ in range(3000))
    path = _file(tmp_path, with_part(SAMPLE_V2, BOOK, _swap(b"<definedNames>", b"<definedNames>" + areas)))
    path = _file(tmp_path, with_part(path, REPORT, _swap(b"</sheetData>", b'<row r="9999"><c r="CZ9999"><v>1</v></c>'
                                                                          b"</row></sheetData>")))
    _not_intact(path, "để ô CZ9999 ra ngoài")


@pytest.mark.parametrize("local", ["²".encode(), b"1" * 5000], ids=["superscript-two", "5000-digits"])
def test_a_sheet_index_no_reader_takes_is_a_refusal(tmp_path, local):
    path = _file(tmp_path, with_part(SAMPLE_V2, BOOK, _swap(b'Print_Area" localSheetId="0"',
                                                            b'Print_Area" localSheetId="' + local + b'"')))
    _not_intact(path, "vùng in (Print_Area)", "không đọc được")
