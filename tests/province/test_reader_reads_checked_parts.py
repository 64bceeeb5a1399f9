"""The reader (python-calamine) reads the parts the container checks read, by the names they read
them under (`exports.stored_zip`): a zip's directory entry may carry a second name (Info-ZIP's
"Unicode Path" extra field), which calamine's zip reader takes and Python's zipfile, under which
the checks run, does not."""
from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from pathlib import Path

from desktop_app.core.intake import FileClass
from exports.stored_zip import STORED_AT_MOST
from exports.submission_reader import examine, read_submission
from tests.province.helpers import with_part

INFO_PART = "xl/worksheets/sheet3.xml"  # "Thông tin"


def _valid(inbox) -> Path:
    return inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")


def _renamed(src: Path, part: str, checked_as: str) -> bytes:
    """`src` with `part` listed as `checked_as`, its Unicode Path extra field naming it `part`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename != part:
                zout.writestr(info.filename, data)
                continue
            entry = zipfile.ZipInfo(checked_as)
            entry.compress_type = zipfile.ZIP_DEFLATED
            said = part.encode()
            entry.extra = struct.pack("<HHBL", 0x7075, 5 + len(said), 1, zlib.crc32(checked_as.encode())) + said
            zout.writestr(entry, data)
    return buf.getvalue()


def test_a_part_named_otherwise_in_an_extra_field_is_read_by_the_name_the_checks_saw(inbox, tmp_path):
    """"Thông tin" listed as xl/worksheets/zzz.xml, its extra field saying sheet3.xml: the checks find
    no sheet3.xml, and calamine, which took the extra field's name and read the sheet (the file was
    received), no longer does: the file is refused as damaged, the entry's second name named
    (`exports.zip_entries`)."""
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_renamed(_valid(inbox), INFO_PART, "xl/worksheets/zzz.xml"))
    result, sub = examine(path)
    assert sub is None
    assert result.class_ == FileClass.TEP_HONG
    assert '"xl/worksheets/zzz.xml" mang thêm một tên khác' in result.reason


def test_a_part_larger_than_any_writer_writes_is_read_as_the_file_holds_it(inbox, tmp_path):
    """A part over STORED_AT_MOST is handed to the reader still packed: the file reads the same."""
    src = _valid(inbox)
    rnd = random.Random(1)  # white space that packs no better than a writer's XML
    space = bytes(rnd.choice(b" \t\r\n") for _ in range(STORED_AT_MOST))
    padded = with_part(src, INFO_PART, lambda xml: xml.replace(b"<sheetData>", b"<sheetData>" + space))
    path = tmp_path / "xa.xlsx"
    path.write_bytes(padded)
    result, sub = examine(path)
    assert result.class_ == FileClass.HOP_LE, result.reason
    assert sub.fingerprint == read_submission(src).fingerprint


def test_a_sheet_in_a_folders_entry_is_not_read_unchecked(inbox, tmp_path):
    """"Thông tin" written as the folder entry xl/worksheets/sheet3.xml/ (the workbook pointing there),
    with a cell at ZZ60, beyond the sheet's bounds: the checks unpack no folder's entry, and calamine
    read the sheet from it (the file was received; a cell at XFD1048576 would have aborted the whole
    intake). It is now refused as damaged, the folder named (`exports.zip_entries`)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(_valid(inbox)) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == INFO_PART:
                far = b'<row r="60"><c r="ZZ60" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
                zout.writestr(INFO_PART + "/", data.replace(b"</sheetData>", far))
            elif info.filename == "xl/_rels/workbook.xml.rels":
                zout.writestr(info, data.replace(b"worksheets/sheet3.xml", b"worksheets/sheet3.xml/"))
            else:
                zout.writestr(info, data)
    path = tmp_path / "xa.xlsx"
    path.write_bytes(buf.getvalue())
    result, sub = examine(path)
    assert sub is None
    assert result.class_ == FileClass.TEP_HONG
    assert 'thư mục "xl/worksheets/sheet3.xml/"' in result.reason
