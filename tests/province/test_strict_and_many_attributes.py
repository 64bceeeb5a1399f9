"""What the checks of `chitieu verify` cannot read is refused (red-team 7). A print header in
Strict Open XML's namespace after the sheet's data (declared on its own element) printed "Sửa: Kết
quả đúng 100 - Đạt" on every page, and a merge in it hid a cell, in files verify called intact: the
checks read SpreadsheetML's usual namespace alone, and neither the program nor Excel or LibreOffice
saving a unit's file again writes Strict. SpreadsheetML's namespace bound to a second prefix is no
writer's either. And one cell of a million attributes (a 4,6 MB file) took verify 10 s and 433 MB,
then said the file was intact: a file of more tags and attributes than memory allows, and a large
part with a tag of more attributes than any writer writes, are refused before anything parses
them. Each is refused as Tệp hỏng, saying why; what the writers write is read."""
from __future__ import annotations

import re

import pytest

from desktop_app.core.errors import DamagedFile
from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from exports.xlsx_container import MAX_ATTRIBUTES, check_container
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.helpers import with_part

REPORT = "xl/worksheets/sheet1.xml"  # "Báo cáo"
STYLES = "xl/styles.xml"
MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
Y = b'xmlns:y="' + STRICT + b'"'
CORRECTION = "&amp;CSửa: Kết quả đúng 100 - Đạt".encode()
E21 = b'<c r="E21" s="8" t="inlineStr">'
STRICT_SAID = "ghi theo chuẩn Strict Open XML"
DECLARED = "có khai báo không gian tên XML (xmlns) bên trong trang"


def _after_data(element: bytes):
    """The sheet with `element` after its data (before its page setup's end: as the review put it)."""
    return lambda xml: xml.replace(b"</worksheet>", element + b"</worksheet>", 1)


def _refused(tmp_path, data: bytes) -> str:
    """The file is refused by the intake and by verify, saying why: the reason."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(data)
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    verdict = verify_file(path)
    assert not verdict.ok and result.reason in verdict.message
    return result.reason


@pytest.mark.parametrize("part, change", [
    (REPORT, _after_data(b"<y:headerFooter " + Y + b"><y:oddHeader>" + CORRECTION + b"</y:oddHeader></y:headerFooter>")),
    (REPORT, _after_data(b"<y:mergeCells " + Y + b' count="1"><y:mergeCell ref="E21:E22"/></y:mergeCells>')),
    (REPORT, lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns="' + MAIN + b'" ' + Y, 1).replace(
        b"<sheetData>", b'<y:cols><y:col min="7" max="7" width="1.5" customWidth="1"/></y:cols><sheetData>', 1)),
    (REPORT, lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns="' + STRICT + b'"', 1)),
    (STYLES, lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns="' + STRICT + b'"', 1)),
], ids=["the-review-s-print-header", "the-review-s-merge", "columns-prefixed-on-the-root", "sheet-in-strict",
        "styles-in-strict"])
def test_strict_open_xml_is_refused(tmp_path, part, change):
    reason = _refused(tmp_path, with_part(SAMPLE_V2, part, change))
    assert STRICT_SAID in reason and part in reason and "không đọc" in reason


@pytest.mark.parametrize("change, said", [
    (_after_data(b'<y:headerFooter xmlns:y="' + MAIN + b'"><y:oddHeader>' + CORRECTION + b"</y:oddHeader></y:headerFooter>"),
     DECLARED + ", ở thẻ <y:headerFooter>"),
    (lambda xml: xml.replace(b'xmlns="' + MAIN + b'"', b'xmlns="' + MAIN + b'" xmlns:y="' + MAIN + b'"', 1),
     "khai không gian tên của bảng tính hai lần ở thẻ gốc"),
], ids=["after-the-data", "on-the-root"])
def test_spreadsheetml_bound_to_a_second_prefix_is_refused(change, said):
    with pytest.raises(DamagedFile, match=re.escape(said)) as err:
        check_container(with_part(SAMPLE_V2, REPORT, change), "xa.xlsx")
    assert REPORT in err.value.message


def _attributes(n: int, name: bytes = b"a") -> bytes:
    return b"".join(b' %s%x="%x"' % (name, k, k % 4096) for k in range(n))


def test_the_review_s_cell_of_a_million_attributes_is_refused(tmp_path):
    data = with_part(SAMPLE_V2, REPORT, lambda xml: xml.replace(E21, E21[:-1] + _attributes(1_000_000) + b">"))
    assert len(data) < 5 * 1024 * 1024  # read: under the size limit
    assert "có quá nhiều thẻ XML và thuộc tính của thẻ" in _refused(tmp_path, data)


@pytest.mark.parametrize("tag", [E21, b'<row r="21" ht="34" customHeight="1">', b"<fonts "],
                         ids=["cell", "row", "styles"])
def test_a_tag_of_more_attributes_than_any_writer_s_is_refused(tmp_path, tag):
    """290.000 attributes, under the file's budget: a cell took verify 3,6 s and 150 MB."""
    part = STYLES if tag == b"<fonts " else REPORT
    data = with_part(SAMPLE_V2, part, lambda xml: xml.replace(tag, tag[:-1] + _attributes(290_000) + tag[-1:], 1))
    reason = _refused(tmp_path, data)
    assert f"có thẻ XML mang hơn {MAX_ATTRIBUTES} thuộc tính" in reason and part in reason


def test_tags_of_as_many_attributes_as_writers_write_are_read(tmp_path):
    """LibreOffice writes 15 on a row; a small part is not searched at all."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, REPORT, lambda xml: xml.replace(E21, E21[:-1] + _attributes(MAX_ATTRIBUTES + 1) + b">")))
    assert examine(path)[0].class_ == FileClass.HOP_LE
    assert verify_file(path).ok
