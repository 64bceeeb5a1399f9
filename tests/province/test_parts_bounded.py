"""What a reader builds in memory is bounded before any part is parsed: a document type declaring
an entity (10 kB referenced 42.000 times in [Content_Types].xml made `chitieu verify` take 874 MB
and say the file was intact), and a million small elements padded into the package parts (500 MB)
or into the styles, the theme or a sheet (470 MB). Neither the program, Excel nor LibreOffice
writes a document type, and their files hold some thousands of elements: such a file is refused
as Tệp hỏng, saying why, and the files after it in the folder are read."""
from __future__ import annotations

import random
import re
import string

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from exports.xlsx_container import MAX_ELEMENTS, MAX_PACKAGE_ELEMENTS
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.conftest import PERIOD
from tests.province.helpers import with_part

TYPES = "[Content_Types].xml"
RELS = "xl/_rels/workbook.xml.rels"
DOCUMENT_TYPE = "khai báo kiểu tài liệu (<!DOCTYPE> hoặc <!ENTITY>)"
ENTITY = b'<!DOCTYPE x [<!ENTITY e "' + b"A" * 1000 + b'">]>'


def _before_root(prolog: bytes):
    """The part with `prolog` before its root element (after the XML declaration, if any)."""
    return lambda xml: re.sub(rb"^(\s*<\?xml[^>]*>)?", lambda m: (m.group(0) or b"") + prolog, xml, count=1)


def _padded(xml: bytes, end: bytes, n: int) -> bytes:
    """`n` small elements before `end`, each with a random letter (so that the part stays under
    the compression-ratio limit, as an attacker keeps it)."""
    letters = random.Random(n).choices(string.ascii_letters, k=n)
    return xml.replace(end, b"".join(b'<x a="%s"/>' % c.encode() for c in letters) + end)


def _says_document_type(reason: str) -> bool:
    return DOCUMENT_TYPE in reason and "Excel và LibreOffice không ghi" in reason


def _refused(tmp_path, data: bytes) -> str:
    path = tmp_path / "xa.xlsx"
    path.write_bytes(data)
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    return result.reason


@pytest.mark.parametrize("part, prolog", [
    (TYPES, ENTITY + b"<!--" + b"x" * 10 + b"-->"),
    (RELS, ENTITY),
    ("xl/styles.xml", b"<!DOCTYPE styleSheet>"),
    ("xl/worksheets/sheet3.xml", b'<!doctype worksheet [<!ENTITY e "1">]>'),  # in any letter case
    ("docProps/core.xml", b'<!ENTITY e "1">'),
], ids=["content-types", "rels", "styles", "sheet", "entity-alone"])
def test_a_document_type_in_any_part_is_refused_before_it_is_parsed(tmp_path, part, prolog):
    reason = _refused(tmp_path, with_part(SAMPLE_V2, part, _before_root(prolog)))
    assert _says_document_type(reason) and part in reason


def test_the_review_s_entity_is_refused_and_the_files_after_it_are_read(office, inbox, tmp_path):
    """10 kB referenced in [Content_Types].xml: refused at intake, the next file read."""
    folder = tmp_path / "in"
    folder.mkdir()
    valid = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    prolog = b'<!DOCTYPE Types [<!ENTITY e "' + b"A" * 10_000 + b'">]>'
    use = b'<Default Extension="zz" ContentType="' + b"&e;" * 2000 + b'"/></Types>'
    (folder / "a.xlsx").write_bytes(with_part(valid, TYPES, lambda x: _before_root(prolog)(x).replace(b"</Types>", use)))
    (folder / "z.xlsx").write_bytes(valid.read_bytes())
    results = {r.file_name: r for r in office.intake(folder, PERIOD).results}
    assert results["a.xlsx"].class_ == FileClass.TEP_HONG and _says_document_type(results["a.xlsx"].reason)
    assert results["z.xlsx"].class_ == FileClass.HOP_LE


@pytest.mark.parametrize("part, end", [(TYPES, b"</Types>"), (RELS, b"</Relationships>"),
                                       ("_rels/.rels", b"</Relationships>")])
def test_a_package_part_far_larger_than_any_writer_s_is_refused(tmp_path, part, end):
    reason = _refused(tmp_path, with_part(SAMPLE_V2, part, lambda x: _padded(x, end, MAX_PACKAGE_ELEMENTS)))
    assert f"có phần {part} quá lớn" in reason and "nghi tệp độc hại" in reason


@pytest.mark.parametrize("part, end", [("xl/styles.xml", b"</styleSheet>"), ("xl/theme/theme1.xml", b"</a:theme>"),
                                       ("xl/worksheets/sheet1.xml", b"</worksheet>")])
def test_parts_holding_more_elements_than_memory_allows_are_refused(tmp_path, part, end):
    """The styles, the theme and "Báo cáo" are parsed whole by `chitieu verify`."""
    reason = _refused(tmp_path, with_part(SAMPLE_V2, part, lambda x: _padded(x, end, MAX_ELEMENTS)))
    assert "có quá nhiều thẻ XML" in reason and "nghi tệp độc hại" in reason


def test_a_sheet_of_the_review_s_400_000_cells_is_refused_before_it_is_searched(tmp_path):
    """Cells without their place, which calamine would place by counting (128 GB): refused as too
    many tags before any search of the sheet builds a list of its cells."""
    cells = b"".join(b"<c><v>%d</v></c>" % k for k in range(400_000))
    reason = _refused(tmp_path, with_part(SAMPLE_V2, "xl/worksheets/sheet3.xml", lambda x: x.replace(
        b"</sheetData>", b"<row/>" * 9999 + b"<row>" + cells + b"</row></sheetData>")))
    assert "có quá nhiều thẻ XML" in reason
