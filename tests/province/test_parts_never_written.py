"""Parts and cells the program never writes, which a spreadsheet program would act on: an
external link (a UNC path that would leak the Windows login), a macro project, a data
connection refreshed on opening, a relationship pointing outside the file, a formula whose
cached result is the signed value (Excel recalculates on opening: the writer asks it to), a cell
stating an attribute twice (LibreOffice drops the rest of its row). Each is refused as a damaged
file (Tệp hỏng) with a Vietnamese reason; intake and `chitieu verify` say the same. Such a part is
known by what Excel takes it for (the relationship pointing to it, the content type declared for
it), not by its name: a data connection named xl/cx.xml or an embedded object named as Excel's
printer settings is refused too."""
from __future__ import annotations

import io

import pytest

from desktop_app.core.errors import DamagedFile
from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from exports.xlsx_container import check_container
from tests.exports.test_exports_xlsx import SAMPLE_V1, SAMPLE_V2
from tests.province.helpers import with_part

REPORT = "xl/worksheets/sheet1.xml"  # "Báo cáo"
DATA = "xl/worksheets/sheet2.xml"  # "Dữ liệu"
RELS = "xl/_rels/workbook.xml.rels"
CONTACT = "có thể kết nối tới máy khác"
UNC = b"\\\\10.0.0.66\\share\\x.xlsx"
LINK = (b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>')
LINK_RELS = (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
             b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="'
             + UNC + b'" TargetMode="External"/></Relationships>')
CONNECTION = (b'<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><connection id="1" '
              b'name="q" type="4" refreshOnLoad="1"><webPr url="http://10.0.0.66/beacon"/></connection></connections>')


def _same(xml: bytes) -> bytes:
    return xml


def _swap(old: bytes, new: bytes):
    def change(xml: bytes) -> bytes:
        assert old in xml
        return xml.replace(old, new, 1)
    return change


@pytest.mark.parametrize("extra, said", [
    ({"xl/externalLinks/externalLink1.xml": LINK, "xl/externalLinks/_rels/externalLink1.xml.rels": LINK_RELS},
     "external link"),
    ({"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + bytes(2044)}, "macro"),
    ({"xl/connections.xml": CONNECTION}, "kết nối dữ liệu"),
    ({"xl/queryTables/queryTable1.xml": b"<queryTable/>"}, "query table"),
    ({"xl/activeX/activeX1.xml": b"<ax:ocx/>"}, "ActiveX"),
    ({"xl/embeddings/oleObject1.bin": bytes(64)}, "đối tượng nhúng"),
    ({"customUI/customUI14.xml": b"<customUI/>"}, "custom UI"),
    ({"xl/worksheets/binaryIndex1.bin": bytes(64)}, ".bin"),
], ids=["external-link", "vba", "connection", "query-table", "activex", "embedding", "custom-ui", "bin"])
def test_a_part_the_program_never_writes_is_refused_saying_what_it_is(tmp_path, extra, said):
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, REPORT, _same, extra))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert said in result.reason and CONTACT in result.reason and next(iter(extra)) in result.reason
    verdict = verify_file(path)
    assert not verdict.ok and said in verdict.message


def test_a_relationship_pointing_outside_the_file_is_refused_naming_the_address():
    link = (b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'hyperlink" Target="file:///' + UNC + b'" TargetMode="External"/></Relationships>')
    with pytest.raises(DamagedFile, match=CONTACT) as err:
        check_container(with_part(SAMPLE_V2, RELS, _swap(b"</Relationships>", link)), "xa.xlsx")
    assert "10.0.0.66" in err.value.message and "bên ngoài tệp" in err.value.message


@pytest.mark.parametrize("part, old, new", [
    (REPORT, b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>',
     b'<c r="E10" s="8" t="str"><f>"99.999"</f><v>45.230</v></c>'),
    (DATA, b"<is><t>45230</t></is></c>", b"<f>99999</f><v>45230</v></c>"),
    (REPORT, b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>',
     (b'<x:c xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="E10" t="str">'
      b'<x:f>"99.999"</x:f><x:v>45.230</x:v></x:c>')),
], ids=["bao-cao", "du-lieu", "prefixed"])
def test_a_formula_with_the_signed_value_as_its_result_is_refused(tmp_path, part, old, new):
    """Excel shows what the formula computes (the workbook asks it to recalculate on opening),
    LibreOffice and the reader the cached value: the program writes no formula at all."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(with_part(SAMPLE_V2, part, _swap(old, new)))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert "có công thức" in result.reason and part in result.reason


@pytest.mark.parametrize("new", [
    b'<c r="E10" s="8" t="n" t="inlineStr"><v>99999</v>',
    b'<c r="E10" s="8" t="inlineStr" t="n"><v>99999</v>',
    b'<c r="E10" s="8" s="8" t="inlineStr">',
    b"<c r='E10' t='inlineStr' s='8' t='inlineStr'>",
], ids=["n-then-inline", "inline-then-n", "style", "otherwise-spelled"])
def test_a_cell_stating_an_attribute_twice_is_refused(new):
    """LibreOffice drops the rest of such a cell's row; calamine reads the signed text."""
    change = _swap(b'<c r="E10" s="8" t="inlineStr">', new)
    with pytest.raises(DamagedFile, match="ghi thuộc tính (t|s) hai lần") as err:
        check_container(with_part(SAMPLE_V2, REPORT, change), "xa.xlsx")
    assert "E10" in err.value.message


E10 = b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>'
OTHER_E10 = b'<c r="E10" s="8" t="inlineStr"><is><t>99.999</t></is></c>'


@pytest.mark.parametrize("part, new", [
    (REPORT, OTHER_E10 + E10),  # calamine and LibreOffice print the last (the signed figure); a reader may print the first
    (REPORT, E10 + OTHER_E10),
    (REPORT, E10 + b"<c t='inlineStr' s='8' r='e10'><is><t>99.999</t></is></c>"),  # written otherwise
    (REPORT, E10 + b'</row><row r="99">' + OTHER_E10),  # in another row
    (DATA, b'<c r="A2" t="inlineStr"><is><t>x</t></is></c>'),  # "Dữ liệu": A2 holds the record's kind
], ids=["other-first", "other-last", "written-otherwise", "another-row", "data-sheet"])
def test_a_cell_written_twice_is_refused(part, new):
    """Two cells at one place: one program shows one value, another the other, while the data are
    checked against one of them."""
    change = _swap(E10, new) if part == REPORT else (lambda xml: xml.replace(b'<c r="A2" ', new + b'<c r="A2" ', 1))
    with pytest.raises(DamagedFile, match="ghi hai lần") as err:
        check_container(with_part(SAMPLE_V2, part, change), "xa.xlsx")
    assert ("E10" if part == REPORT else "A2") in err.value.message and part in err.value.message


def test_what_the_program_writes_and_cells_merely_written_otherwise_are_read(tmp_path):
    """Files of every version, a cell with its attributes in another order or with another
    attribute (Excel's cm), and words that look like a formula or an attribute are read."""
    for sample in (SAMPLE_V1, SAMPLE_V2):
        check_container(sample.read_bytes(), "xa.xlsx")
    for old, new in ((b'<c r="E10" s="8" t="inlineStr">', b'<c t="inlineStr" s="8" r="E10">'),
                     (b'<c r="E10" s="8" t="inlineStr">', b'<c r="E10" s="8" t="inlineStr" cm="1">'),
                     (b"<t>45.230</t>", b'<t>&lt;f&gt;1&lt;/f&gt; t="n" t="s"</t>')):
        check_container(with_part(SAMPLE_V2, REPORT, _swap(old, new)), "xa.xlsx")


TYPES = "[Content_Types].xml"
PRINTER = "xl/printerSettings/printerSettings1.bin"
PRINTER_TYPE = b"application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"
OFFICE_RELS = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OLE_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)  # a compound file, as an OLE object is


def _rels(*relationships: bytes) -> bytes:
    return (b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + b"".join(relationships) + b"</Relationships>")


def _rel(kind: bytes, target: bytes, rid: bytes = b"rId90", base: bytes = OFFICE_RELS) -> bytes:
    return b'<Relationship Id="' + rid + b'" Type="' + base + kind + b'" Target="' + target + b'"/>'


def _declare(entry: bytes):
    return _swap(b"</Types>", entry + b"</Types>")


def _sheet_printer(kind: bytes = b"printerSettings") -> dict:
    """The rels part Excel writes for the "Báo cáo" sheet's page setup, pointing to PRINTER."""
    return {"xl/worksheets/_rels/sheet1.xml.rels": _rels(_rel(kind, b"../printerSettings/printerSettings1.bin"))}


def _file(parts: list[tuple[str, object]], extra: dict) -> bytes:
    """SAMPLE_V2 with each (part, change) applied in turn, then `extra` parts added."""
    data = SAMPLE_V2.read_bytes()
    for i, (part, change) in enumerate(parts):
        data = with_part(io.BytesIO(data), part, change, extra if i == len(parts) - 1 else None)
    return data


DEFAULT_BIN_PRINTER = b'<Default Extension="bin" ContentType="' + PRINTER_TYPE + b'"/>'


@pytest.mark.parametrize("parts, extra, said, named", [
    # a data connection refreshed on opening, declared as one, under a name of its own (the review's trick a)
    ([(TYPES, _declare(b'<Override PartName="/xl/cx.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                       b'spreadsheetml.connections+xml"/>')),
      (RELS, _swap(b"</Relationships>", _rel(b"connections", b"cx.xml") + b"</Relationships>"))],
     {"xl/cx.xml": CONNECTION}, "kết nối dữ liệu", "cx.xml"),
    # the same, pointed to by the workbook only (no content type declared)
    ([(RELS, _swap(b"</Relationships>", _rel(b"connections", b"cx.xml") + b"</Relationships>"))],
     {"xl/cx.xml": CONNECTION}, "kết nối dữ liệu", "cx.xml"),
    # ... with the relationship's type written with a character reference, as XML allows
    ([(RELS, _swap(b"</Relationships>", _rel(b"connection&#115;", b"cx.xml") + b"</Relationships>"))],
     {"xl/cx.xml": CONNECTION}, "kết nối dữ liệu", "cx.xml"),
    # an OLE package object whose data is named as Excel's printer settings (the review's trick b)
    ([(REPORT, _swap(b"</worksheet>", b'<oleObjects><oleObject progId="Package" shapeId="1025" r:id="rId90" xmlns:r="'
                     b'http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></oleObjects></worksheet>')),
      (TYPES, _declare(b'<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'))],
     {**_sheet_printer(b"oleObject"), PRINTER: OLE_FILE}, "đối tượng nhúng", "oleObject"),
    # ... declared as printer settings, pointed to as an OLE object
    ([(TYPES, _declare(DEFAULT_BIN_PRINTER))], {**_sheet_printer(b"oleObject"), PRINTER: OLE_FILE},
     "đối tượng nhúng", "printerSettings1.bin"),
    # ... pointed to as printer settings, declared as an OLE object
    ([(TYPES, _declare(b'<Override PartName="/' + PRINTER.encode() + b'" ContentType="application/vnd.openxmlformats-'
                       b'officedocument.oleObject"/>'))], {**_sheet_printer(), PRINTER: OLE_FILE},
     "đối tượng nhúng", "printerSettings1.bin"),
    # a macro project linked from the workbook, named as printer settings (the review's trick c)
    ([(RELS, _swap(b"</Relationships>", _rel(b"vbaProject", b"printerSettings/printerSettings1.bin", b"rId91",
                                             b"http://schemas.microsoft.com/office/2006/relationships/")
                   + b"</Relationships>"))], {PRINTER: OLE_FILE}, "macro", "printerSettings1.bin"),
    # ... and also pointed to as the sheet's printer settings, declared as such
    ([(TYPES, _declare(DEFAULT_BIN_PRINTER)),
      (RELS, _swap(b"</Relationships>", _rel(b"vbaProject", b"printerSettings/printerSettings1.bin", b"rId91",
                                             b"http://schemas.microsoft.com/office/2006/relationships/")
                   + b"</Relationships>"))], {**_sheet_printer(), PRINTER: OLE_FILE}, "macro", "printerSettings1.bin"),
    # a binary part named as printer settings that nothing points to as such
    ([(TYPES, _declare(DEFAULT_BIN_PRINTER))], {PRINTER: OLE_FILE}, ".bin", "printerSettings1.bin"),
], ids=["connection-renamed", "connection-relationship-only", "connection-character-reference", "ole-as-printer-settings",
        "ole-relationship", "ole-content-type", "vba-as-printer-settings", "vba-beside-printer-settings",
        "printer-settings-unreferenced"])
def test_a_part_known_by_what_excel_takes_it_for_is_refused_whatever_its_name(tmp_path, parts, extra, said, named):
    """Excel takes a part for what the relationship pointing to it and its declared content type
    say: a connection or an OLE object under another name is live all the same."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file(parts, extra))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert said in result.reason and CONTACT in result.reason and named in result.reason, result.reason
    verdict = verify_file(path)
    assert not verdict.ok and said in verdict.message


@pytest.mark.parametrize("declared", [
    DEFAULT_BIN_PRINTER, b'<Override PartName="/' + PRINTER.encode() + b'" ContentType="' + PRINTER_TYPE + b'"/>'],
    ids=["default", "override"])
def test_excel_s_printer_settings_are_read(tmp_path, declared):
    """A file the unit opened in Excel and saved again (Excel asks to, as the workbook asks for
    a recalculation) may hold Excel's printer settings (xl/printerSettings/*.bin, a printer's
    page settings, no code), declared and pointed to as Excel does: still the unit's signed
    report, read and verified as one."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file([(TYPES, _declare(declared))], {**_sheet_printer(), PRINTER: bytes(64)}))
    result, sub = examine(path)
    assert sub is not None and result.class_ != FileClass.TEP_HONG, result.reason
    assert verify_file(path).ok


def test_a_remark_that_reads_like_a_formula_tag_is_read(tmp_path):
    """A unit's remark "Số liệu theo phụ lục a:f 2 của thôn" holds ":f ", which a prefixed formula
    tag begins with: the file is the unit's genuine report, read and verified as such."""
    from desktop_app.services import Workspace
    from exports.submission_xlsx import write_submission
    from tests.province.helpers import fill_unit

    ws = Workspace.open(tmp_path / "db", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_unit(ws, "2026-6M", seed=1)
    ws.set_entry("2026-6M", "gia_dinh_van_hoa", numerator="900", denominator="1000",
                 comment="Số liệu theo phụ lục a:f 2 của thôn, mục b:f/3")
    sub = ws.submission("2026-6M", approved=False)
    ws.close()
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    result, read = examine(path)
    assert read is not None and result.class_ == FileClass.HOP_LE, result.reason
    assert verify_file(path).ok
