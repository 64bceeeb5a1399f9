"""A name written with a character reference is refused (red-team 8). XML lets a value say a
character as "&#58;": every reader (LibreOffice, Excel, ElementTree) reads the character, a search
of the bytes does not. `xmlns:y="http&#58;//purl.oclc.org/ooxml/spreadsheetml/main"` on a print
header after the sheet's data got Strict Open XML past its refusal: LibreOffice printed "Sửa: Kết
quả đúng 100 - Đạt" on every page, and a Strict merge hid a cell, in files verify called intact
and the intake took. A relationship's target "sheet&#50;.xml" made calamine read the signed data
from a part of that name while LibreOffice showed sheet2.xml, a figure changed. A cell's place
"G2&#49;" is G21 to LibreOffice and no place to the checks of places. No writer writes a reference
there: each is refused as Tệp hỏng, saying where; what the writers write is read."""
from __future__ import annotations

import zipfile

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.helpers import with_part

REPORT = "xl/worksheets/sheet1.xml"  # "Báo cáo"
DATA = "xl/worksheets/sheet2.xml"  # "Dữ liệu"
STYLES = "xl/styles.xml"
RELS = "xl/_rels/workbook.xml.rels"
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT_REF = b'xmlns:y="http&#58;//purl.oclc.org/ooxml/spreadsheetml/main"'
MAIN_REF = b'xmlns:y="http://schemas.openxmlformats.org/spreadsheetml/2006/mai&#110;"'
CORRECTION = "<y:oddHeader>&amp;CSửa: Kết quả đúng 100 - Đạt</y:oddHeader>".encode()
G21 = b'<c r="G21" s="8" t="inlineStr">'  # the only "Không đạt"
NAMESPACE_SAID = "có khai báo không gian tên XML viết bằng tham chiếu ký tự"
CELL_SAID = "có ô hoặc dòng ghi thuộc tính bằng tham chiếu ký tự"


def _refused(tmp_path, data: bytes) -> str:
    """The file is refused by the intake and by verify, saying why: the reason."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(data)
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG, result.reason
    verdict = verify_file(path)
    assert not verdict.ok and result.reason in verdict.message
    return result.reason


def _after_data(element: bytes):
    return lambda xml: xml.replace(b"</worksheet>", element + b"</worksheet>", 1)


@pytest.mark.parametrize("part, change", [
    (REPORT, _after_data(b"<y:headerFooter " + STRICT_REF + b">" + CORRECTION + b"</y:headerFooter>")),
    (REPORT, lambda xml: xml.replace(b"</mergeCells>", b"</mergeCells><y:mergeCells " + STRICT_REF
                                     + b' count="1"><y:mergeCell ref="E21:E22"/></y:mergeCells>', 1)),
    (REPORT, _after_data(b"<y:headerFooter " + MAIN_REF + b">" + CORRECTION + b"</y:headerFooter>")),
    (STYLES, lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns="http&#x3a;//purl.oclc.org/ooxml/spreadsheetml/main"', 1)),
    (REPORT, lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b"xmlns='" + MAIN.replace(b"/main", b"/m&amp;in") + b"'", 1)),
], ids=["the-review-s-print-header-in-strict", "the-review-s-merge-in-strict", "spreadsheetml-said-otherwise",
        "styles-in-strict", "an-entity-reference"])
def test_a_namespace_written_with_a_reference_is_refused(tmp_path, part, change):
    reason = _refused(tmp_path, with_part(SAMPLE_V2, part, change))
    assert NAMESPACE_SAID in reason and part in reason and "không đọc" in reason


def test_a_relationship_s_target_written_with_a_reference_is_refused(tmp_path):
    """calamine read "Dữ liệu" from the part named "sheet&#50;.xml" (the signed data), LibreOffice
    and the checks from sheet2.xml, where the unit's code was changed: printed, verify intact."""
    with zipfile.ZipFile(SAMPLE_V2) as z:
        genuine = z.read(DATA)
    forged = genuine.replace(b"<t>05503</t>", b"<t>999999</t>", 1)
    assert forged != genuine
    pointed = tmp_path / "pointed.xlsx"
    pointed.write_bytes(with_part(SAMPLE_V2, RELS, lambda xml: xml.replace(b'sheet2.xml"', b'sheet&#50;.xml"')))
    data = with_part(pointed, DATA, lambda xml: forged, {"xl/worksheets/sheet&#50;.xml": genuine})
    reason = _refused(tmp_path, data)
    assert "có tham chiếu ký tự hoặc thực thể" in reason and RELS in reason and "sheet&#50;" in reason


def test_a_relationship_in_strict_is_refused(tmp_path):
    data = with_part(SAMPLE_V2, "_rels/.rels", lambda xml: xml.replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"))
    reason = _refused(tmp_path, data)
    assert "ghi theo chuẩn Strict Open XML" in reason and "_rels/.rels" in reason


@pytest.mark.parametrize("old, new", [
    (G21, G21 + "<is><t>Đạt</t></is></c>".encode() + b'<c r="H2&#49;" s="8" t="inlineStr">'),  # a second H21, hidden
    (G21, G21.replace(b'r="G21"', b'r="&#71;21"')),
    (G21, G21.replace(b't="inlineStr"', b't="inline&#83;tr"')),
    (G21, G21.replace(b's="8"', b's="&#56;"')),
    (b'<row r="21" ', b'<row r="2&#49;" '),
], ids=["place-said-twice", "place", "type", "format", "row"])
def test_a_cell_or_row_written_with_a_reference_is_refused(tmp_path, old, new):
    data = with_part(SAMPLE_V2, REPORT, lambda xml: xml.replace(old, new, 1))
    reason = _refused(tmp_path, data)
    assert CELL_SAID in reason and REPORT in reason


def test_references_where_writers_write_them_are_read(tmp_path):
    """In a text (the writer's "&amp;", a character said by its number) and in a print header's codes."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, REPORT, lambda xml: xml.replace(
        "<t>Không đạt</t>".encode(), b"<t>Kh&#244;ng &#x111;&#7841;t</t>", 1)))
    assert examine(path)[0].class_ == FileClass.HOP_LE
    assert verify_file(path).ok



@pytest.mark.timeout(60, method="signal")  # the search took hours on such a part: a hang, not a measured speed
def test_a_part_of_many_xmlns_in_one_name_is_judged_at_once(tmp_path):
    """A hostile 2 MB run of name characters holding "xmlns" every few bytes (random letters, so
    that it packs too poorly for the zip-bomb ratio) in the report sheet: the search for a namespace
    declaration went from each "xmlns" to the run's end (160 kB took 20 s, this part hours). The file
    is now read at once, and a Strict declaration at the run's end is still found and refused."""
    import random

    rnd = random.Random(8)
    run = b"".join(b"xmlns" + bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(3))
                   for _ in range(250_000))
    plain = with_part(SAMPLE_V2, REPORT, _after_data(b"<y:x " + run + b'="1"/>'))
    assert len(plain) < 5 * 1024 * 1024
    result, sub = examine(_written(tmp_path, plain))
    # read as the writers' files are (an unknown element after the data changes nothing shown); the
    # old search was stopped by the timeout, an error the intake turns into a refusal
    assert result.class_ == FileClass.HOP_LE, result.reason
    strict = with_part(SAMPLE_V2, REPORT, _after_data(
        b"<y:headerFooter " + run + b'="http://purl.oclc.org/ooxml/spreadsheetml/main">'
        + CORRECTION + b"</y:headerFooter>"))
    assert "Strict Open XML" in _refused(tmp_path, strict)


def _written(tmp_path, data: bytes):
    path = tmp_path / "xa-nhieu-xmlns.xlsx"
    path.write_bytes(data)
    return path
