"""A cell stating its place twice (`<c r="B2" r="Z9">`) is malformed XML that calamine reads
anyway, placing the cell by the last r: one reader shows the cell at B2, another counts it at
Z9. The container check refuses it as a damaged file (Tệp hỏng), whatever the second place."""
from __future__ import annotations

import re

import pytest

from desktop_app.core.errors import DamagedFile
from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from exports.xlsx_container import check_container
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.helpers import with_part

INFO = "xl/worksheets/sheet3.xml"  # "Thông tin"
DATA = "xl/worksheets/sheet2.xml"  # "Dữ liệu"
TWICE = "ghi vị trí (thuộc tính r) hai lần"
TWICE_RX = re.escape(TWICE)


def _swap(old: bytes, new: bytes):
    def change(xml: bytes) -> bytes:
        assert old in xml
        return xml.replace(old, new, 1)
    return change


def test_a_cell_placed_twice_within_the_sheet_is_refused_as_damaged(tmp_path):
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, INFO, _swap(b'<c r="B2"', b'<c r="B2" r="Z9"')))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert TWICE in result.reason and INFO in result.reason


@pytest.mark.parametrize("part, old, new", [
    (DATA, b'<c r="B2" t="inlineStr"', b'<c r="B2" t="inlineStr" r="C9"'),  # not next to the first
    (DATA, b'<c r="B2" t="inlineStr"', b"<c r='B2' t=\"in>line\"\tr = 'C2'"),  # quotes, spaces, a ">" in a value
    (DATA, b'<row r="2"', b'<row r="2" r="3"'),
    (DATA, b'<c r="B2" t="inlineStr"',
     b'<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="B2" r="B2" t="inlineStr"'),
], ids=["later", "spelled-otherwise", "row", "prefixed"])
def test_every_spelling_of_a_second_place_is_refused(part, old, new):
    with pytest.raises(DamagedFile, match=TWICE_RX):
        check_container(with_part(SAMPLE_V2, part, _swap(old, new)), "xa.xlsx")


def test_what_only_looks_like_a_second_place_is_read():
    """r after another attribute (once), attributes whose names hold an r, a prefixed r, and
    text saying "r = 1 r = 2" are no second place."""
    for old, new in ((b'<c r="B2" t="inlineStr"', b'<c t="inlineStr" r="B2"'),
                     (b'<c r="B2" t="inlineStr"', b'<c r="B2" t="inlineStr" tr="1" rs="2" x:r="C3"')):
        check_container(with_part(SAMPLE_V2, DATA, lambda xml: _swap(old, new)(xml).replace(
            b"<worksheet ", b'<worksheet xmlns:x="urn:x" ', 1)), "xa.xlsx")  # declared where writers declare
    check_container(with_part(SAMPLE_V2, INFO, _swap(b"<t>key</t>", b'<t>key "a" r = 1 r = 2</t>')), "xa.xlsx")
