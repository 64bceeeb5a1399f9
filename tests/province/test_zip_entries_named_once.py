"""A zip entry is read under one name, the one the checks read it under (`exports.zip_entries`):

- an entry carrying Info-ZIP's "Unicode Path" extra field (0x7075), a second name that 7-Zip and
  the zip reader under calamine take instead of the directory's (no writer of a submission writes
  one: the committed samples carry no extra field), is refused as damaged, the entry named, whether
  the field is in the zip's directory or only in the entry's own header;
- an entry whose own header writes another name than the directory is refused, naming both;
- a folder's entry holding bytes, and a relationship pointing to a folder (by a target ending in
  "/", or to a folder's entry), are refused as damaged, naming the folder, before anything is read
  from them (a reader opened a sheet written in such a folder's entry, the checks never having
  unpacked it);
- an empty folder's entry nothing points to is no part, the file reads as before.
"""
from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, read_submission

SAMPLE = Path(__file__).parents[1] / "exports" / "data" / "2026_05503_xa-tan-cuong_format2.xlsx"
INFO_PART = "xl/worksheets/sheet3.xml"  # "Thông tin"
RELS = "xl/_rels/workbook.xml.rels"


def _rewritten(parts) -> bytes:
    """A zip of `parts`: (ZipInfo or name, bytes) each, deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for entry, data in parts:
            zout.writestr(entry, data)
    return buf.getvalue()


def _sample_parts():
    with zipfile.ZipFile(SAMPLE) as z:
        return [(info.filename, z.read(info)) for info in z.infolist()]


def _with_second_name(listed_as: str, said: str) -> bytes:
    """The sample with "Thông tin" listed as `listed_as`, its Unicode Path field naming it `said`."""
    parts = []
    for part, data in _sample_parts():
        if part == INFO_PART:
            entry = zipfile.ZipInfo(listed_as)
            entry.compress_type = zipfile.ZIP_DEFLATED
            name = said.encode()
            entry.extra = struct.pack("<HHBL", 0x7075, 5 + len(name), 1, zlib.crc32(listed_as.encode())) + name
            parts.append((entry, data))
        else:
            parts.append((part, data))
    return _rewritten(parts)


def _field_only_in(data: bytes, where: str) -> bytes:
    """`data` with the Unicode Path fields of the directory ("local": kept in the entries' own
    headers only) or of the entries' headers ("directory") made another, unknown field (0x7076)."""
    out = bytearray(data)
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    if where == "local":
        end = data.rfind(b"PK\x05\x06")
        at = struct.unpack_from("<L", data, end + 16)[0]
        spans = []
        while data[at:at + 4] == b"PK\x01\x02":
            name_len, extra_len, comment_len = struct.unpack_from("<3H", data, at + 28)
            spans.append((at + 46 + name_len, extra_len))
            at += 46 + name_len + extra_len + comment_len
    else:
        spans = []
        for info in infos:
            name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
            spans.append((info.header_offset + 30 + name_len, extra_len))
    for start, length in spans:
        if length and out[start:start + 2] == struct.pack("<H", 0x7075):
            out[start:start + 2] = struct.pack("<H", 0x7076)
    return bytes(out)


def _examined(tmp_path: Path, data: bytes):
    path = tmp_path / SAMPLE.name
    path.write_bytes(data)
    return examine(path)


def _damaged(tmp_path: Path, data: bytes, *said: str) -> str:
    result, sub = _examined(tmp_path, data)
    assert sub is None
    assert result.class_ == FileClass.TEP_HONG, result.reason
    for words in said:
        assert words in result.reason, result.reason
    return result.reason


def test_the_committed_samples_carry_no_second_name():
    for sample in sorted(SAMPLE.parent.glob("*.xlsx")):
        with zipfile.ZipFile(sample) as z:
            assert all(info.extra == b"" for info in z.infolist()), sample.name


@pytest.mark.parametrize("where", ["both", "directory", "local"])
def test_an_entry_carrying_a_second_name_is_refused_naming_it(tmp_path, where):
    """"Thông tin" listed as xl/worksheets/zzz.xml, a second name saying sheet3.xml: Excel or
    LibreOffice may open it as "Thông tin" while the checks read no sheet3.xml."""
    data = _with_second_name("xl/worksheets/zzz.xml", INFO_PART)
    if where != "both":
        data = _field_only_in(data, where)
    _damaged(tmp_path, data, '"xl/worksheets/zzz.xml"', "Unicode Path", f'"{INFO_PART}"')


def test_a_second_name_saying_the_same_name_is_refused_too(tmp_path):
    """The field is refused whatever it says: no writer writes it."""
    _damaged(tmp_path, _with_second_name(INFO_PART, INFO_PART), f'"{INFO_PART}"', "Unicode Path")


def test_a_folders_entry_holding_bytes_is_refused_naming_it(tmp_path):
    """A folder's entry holding a sheet, nothing pointing to it: refused, not skipped."""
    parts = _sample_parts() + [("xl/worksheets/old/", dict(_sample_parts())[INFO_PART])]
    _damaged(tmp_path, _rewritten(parts), 'mục thư mục "xl/worksheets/old/"', "chứa dữ liệu")


def test_a_sheet_in_a_folders_entry_pointed_to_is_refused_naming_the_folder(tmp_path):
    """"Thông tin" written as the folder's entry xl/worksheets/sheet3.xml/, the workbook pointing there."""
    parts = [(part + "/" if part == INFO_PART else part,
              data.replace(b"worksheets/sheet3.xml\"", b"worksheets/sheet3.xml/\"") if part == RELS else data)
             for part, data in _sample_parts()]
    _damaged(tmp_path, _rewritten(parts), 'thư mục "xl/worksheets/sheet3.xml/"')


@pytest.mark.parametrize("target, folder", [
    ("worksheets/sheet3.xml/", None),  # a folder by its name, no entry of it
    ("worksheets/sheet3.xml/", "xl/worksheets/sheet3.xml/"),  # an empty folder's entry beside the sheet
    ("worksheets/info", "xl/worksheets/info/"),  # a folder's entry, the target without its "/"
])
def test_a_relationship_pointing_to_a_folder_is_refused_naming_it(tmp_path, target, folder):
    parts = [(part, re.sub(rb'Target="[^"]*sheet3\.xml"', f'Target="{target}"'.encode(), data) if part == RELS else data)
             for part, data in _sample_parts()]
    assert f'Target="{target}"'.encode() in dict(parts)[RELS]
    if folder:
        parts.append((folder, b""))
    _damaged(tmp_path, _rewritten(parts), f'trỏ tới thư mục "{target}"', "xl/_rels/workbook.xml.rels")


def test_an_empty_folders_entry_nothing_points_to_reads_as_before(tmp_path):
    result, sub = _examined(tmp_path, _rewritten(_sample_parts() + [("xl/media/", b"")]))
    assert result.class_ == FileClass.HOP_LE, result.reason
    assert sub.fingerprint == read_submission(SAMPLE).fingerprint


def test_an_entry_whose_own_header_names_another_part_is_refused_naming_both(tmp_path):
    """"Thông tin" listed in the directory as sheet3.xml, its own header saying sheet9.xml: a reader
    going through the headers finds no sheet3.xml, another reader finds it."""
    data = bytearray(_rewritten(_sample_parts()))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo(INFO_PART)
    at = info.header_offset + 30
    assert data[at:at + len(INFO_PART)] == INFO_PART.encode()
    data[at:at + len(INFO_PART)] = b"xl/worksheets/sheet9.xml"
    _damaged(tmp_path, bytes(data), f'"{INFO_PART}" ghi tên khác ở đầu phần ("xl/worksheets/sheet9.xml")')
