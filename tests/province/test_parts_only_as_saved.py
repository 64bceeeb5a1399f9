"""What a person would see beside or over the signed figures: a comment on a cell, a picture or
text box laid over the table, a pivot table, an Excel table. The program writes none of them and
neither Excel nor LibreOffice adds one when a unit only opens its file and saves it again, so a
file holding one is refused, saying what it holds; intake and `chitieu verify` say the same. What
a spreadsheet program does add on saving (LibreOffice's empty drawing, custom document
properties, document-management data) is read."""
from __future__ import annotations

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from tests.province.test_parts_never_written import (
    RELS,
    REPORT,
    TYPES,
    _declare,
    _file,
    _rel,
    _rels,
    _swap,
)

SHEET_RELS = "xl/worksheets/_rels/sheet1.xml.rels"  # the "Báo cáo" sheet's relationships
DRAWING = "xl/drawings/drawing1.xml"
NS = (b'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
      b'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')
# A text box over E10 of "Báo cáo" printing another figure where the signed one is.
TEXT_BOX = (b"<xdr:wsDr " + NS + b"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff>"
            b"<xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>5</xdr:col><xdr:colOff>0"
            b"</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp><xdr:nvSpPr><xdr:cNvPr "
            b'id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/>'
            b"<a:p><a:r><a:t>99.999</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
            b"</xdr:wsDr>")
EMPTY_DRAWING = b"<xdr:wsDr " + NS + b"></xdr:wsDr>"  # as LibreOffice writes it
COMMENTS = ('<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x'
            '</author></authors><commentList><comment ref="E10" authorId="0"><text><t>Tỉnh đã đồng ý số này'
            "</t></text></comment></commentList></comments>").encode()
TABLE = (b'<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" ref="A9:H20">'
         b'<tableColumns count="1"><tableColumn id="1" name="A"/></tableColumns></table>')


def _on_report(kind: bytes, target: bytes, part: str, xml: bytes, content_type: bytes) -> tuple[list, dict]:
    """A part of `kind` the "Báo cáo" sheet points to, declared with its content type."""
    declared = b'<Override PartName="/' + part.encode() + b'" ContentType="' + content_type + b'"/>'
    return [(TYPES, _declare(declared))], {SHEET_RELS: _rels(_rel(kind, target)), part: xml}


def _refused(tmp_path, parts, extra, said: str, named: str) -> None:
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file(parts, extra))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert said in result.reason and named in result.reason, result.reason
    assert "không tự thêm khi chỉ mở rồi lưu lại" in result.reason
    verdict = verify_file(path)
    assert not verdict.ok and said in verdict.message


def test_a_text_box_laid_over_the_table_is_refused(tmp_path):
    parts, extra = _on_report(b"drawing", b"../drawings/drawing1.xml", DRAWING, TEXT_BOX,
                              b"application/vnd.openxmlformats-officedocument.drawing+xml")
    _refused(tmp_path, parts, extra, "hình, ảnh, hộp chữ hoặc biểu đồ đặt trên trang", DRAWING)


@pytest.mark.parametrize("kind, part, xml, content_type, said", [
    (b"comments", "xl/comments1.xml", COMMENTS,
     b"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml", "ghi chú (comment)"),
    (b"table", "xl/tables/table1.xml", TABLE,
     b"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml", "bảng Excel (table)"),
    (b"pivotTable", "xl/pivotTables/pivotTable1.xml", b"<pivotTableDefinition/>",
     b"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml", "bảng tổng hợp (pivot table)"),
    (b"somethingNew", "xl/new/new1.xml", b"<new/>", b"application/xml", 'loại "somethingNew"'),
], ids=["comment", "excel-table", "pivot-table", "unknown-kind"])
def test_a_part_shown_beside_the_figures_is_refused_saying_what_it_is(tmp_path, kind, part, xml, content_type, said):
    target = b"../" + part.removeprefix("xl/").encode()
    parts, extra = _on_report(kind, target, part, xml, content_type)
    _refused(tmp_path, parts, extra, said, part.rsplit("/", 1)[-1])


def test_what_a_spreadsheet_program_adds_on_saving_is_read(tmp_path):
    """LibreOffice's empty drawing, custom document properties (a sensitivity label) and
    document-management data (custom XML) show nothing on a sheet: the file is the unit's."""
    parts, extra = _on_report(b"drawing", b"../drawings/drawing1.xml", DRAWING, EMPTY_DRAWING,
                              b"application/vnd.openxmlformats-officedocument.drawing+xml")
    parts.append((RELS, _swap(b"</Relationships>", _rel(b"customXml", b"../customXml/item1.xml", b"rId91")
                              + b"</Relationships>")))
    extra["customXml/item1.xml"] = '<label xmlns="urn:x">Nội bộ</label>'.encode()
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file(parts, extra))
    result, sub = examine(path)
    assert sub is not None and result.class_ == FileClass.HOP_LE, result.reason
    assert verify_file(path).ok


def test_a_picture_anywhere_but_on_a_sheet_is_no_drawing_placed(tmp_path):
    """A part holding an anchor that no drawing relationship points to shows nothing: the
    check is of what a sheet draws, not of a word in some part."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file([(REPORT, lambda xml: xml)], {"xl/unused/drawing9.xml": TEXT_BOX}))
    result, sub = examine(path)
    assert sub is not None, result.reason


SAYS_SHEETDATA = TEXT_BOX.replace(b"99.999</a:t>", b"99.999</a:t></a:r><a:r><a:t>sheetData</a:t>")
UTF16_TEXT_BOX = b"\xff\xfe" + ('<?xml version="1.0" encoding="UTF-16"?>' + TEXT_BOX.decode()).encode("utf-16-le")
DECLARED_OTHER = b'<?xml version="1.0" encoding="windows-1258"?>' + TEXT_BOX


@pytest.mark.parametrize("xml, said", [
    (SAYS_SHEETDATA, "hình, ảnh, hộp chữ hoặc biểu đồ đặt trên trang"),
    (UTF16_TEXT_BOX, "không ghi bằng mã UTF-8"),
    (DECLARED_OTHER, "không ghi bằng mã UTF-8"),
], ids=["text-saying-sheetData", "utf-16", "declared-windows-1258"])
def test_a_text_box_is_refused_whatever_its_text_or_encoding(tmp_path, xml, said):
    """A word in a part ("sheetData", which marks a sheet) must not decide which checks it gets,
    and a part in UTF-16, which a reader decodes, is not searched past."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file(*_on_report(b"drawing", b"../drawings/drawing1.xml", DRAWING, xml,
                                       b"application/vnd.openxmlformats-officedocument.drawing+xml")))
    result, sub = examine(path)
    assert sub is None and said in result.reason, result.reason
    assert not verify_file(path).ok


def test_a_relationship_part_is_judged_whatever_its_text(tmp_path):
    """A .rels holding the word "sheetData" (in a comment) is still read as relationships."""
    parts, extra = _on_report(b"comments", b"../comments1.xml", "xl/comments1.xml", COMMENTS,
                              b"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml")
    extra[SHEET_RELS] = extra[SHEET_RELS].replace(b"<Relationships", b"<!--sheetData--><Relationships")
    _refused(tmp_path, parts, extra, "ghi chú (comment)", "comments1.xml")
