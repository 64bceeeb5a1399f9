"""The entries of an .xlsx's zip directory, judged by the names readers find them under, before
any part is unpacked (`exports.xlsx_container`).

The checks read each part under the name the zip's central directory gives it (Python's zipfile),
and the reader (python-calamine) opens the parts as checked under those names
(`exports.stored_zip`). A spreadsheet program opening the file as it came may find a part under
another name: refused here is what lets it.

- An entry whose own (local) header writes another name than the directory's: a reader going
  through the headers in order, not through the directory, finds the part under that name.
- A name written twice (compared as readers find names, `part_name`: readers differ on which copy
  they show).
- A second name in an entry's extra fields: Info-ZIP's "Unicode Path" field (0x7075), in the
  directory or in the entry's own (local) header, which zip readers that know it (7-Zip, the Rust
  zip crate under calamine) take instead of the directory's name, and Python's zipfile ignores.
  No writer of a submission writes one (the program's openpyxl, Excel and LibreOffice: their
  files, the committed samples and LibreOffice's re-saves among them, carry no extra field).
- A folder's entry (a name ending in "/") holding bytes: the checks unpack no folder, and a reader
  opened a sheet written in one that a relationship pointed to. A folder's entry the way zip tools
  write one holds nothing (0 bytes; an empty deflated stream packs to 2).
"""
from __future__ import annotations

import struct
import zipfile

from desktop_app.core.errors import DamagedFile
from desktop_app.core.quoting import quoted
from exports.stored_zip import raw_name

_UNICODE_PATH = 0x7075
_EMPTY_PACKED = 2  # an empty deflated stream ("\x03\x00")


def part_name(name: str) -> str:
    """A part's name as readers find it: "xl\\Worksheets\\sheet1.xml", "/xl/worksheets/sheet1.xml"
    and "xl/worksheets/sheet1.xml" are one part."""
    return name.replace("\\", "/").lstrip("/").casefold()


def entry_names(data: bytes, infos: list[zipfile.ZipInfo], name: str) -> list[str]:
    """The part name (`part_name`) of each entry of the zip `data` (of the file `name`), in order;
    refuses a name written twice, an entry carrying a second name, a folder's entry holding bytes."""
    names = [part_name(info.filename) for info in infos]
    if len(set(names)) != len(names):
        twice = next(n for n in names if names.count(n) > 1)
        raise DamagedFile(f"Tệp {name} có phần {twice} hai lần: tệp đã bị sửa bằng công cụ khác, không đọc "
                          "(mỗi chương trình có thể hiện một bản khác nhau).", field="Tệp")
    for part, info in zip(names, infos):
        local_name, local_extra = _local_header(data, info)
        if local_name is not None and local_name != raw_name(info):
            raise DamagedFile(
                f'Tệp {name} bị hỏng: phần "{quoted(info.filename, 120)}" ghi tên khác ở đầu phần ("'
                f'{quoted(local_name.decode("utf-8", "replace"), 120)}"); phần mềm, Excel và LibreOffice ghi một tên ở '
                "cả hai chỗ, một chương trình đọc tên ở đầu phần có thể mở phần ấy theo tên khác với tên đã kiểm tra, "
                "không đọc.", field="Tệp")
        other = _second_name(info.extra)
        if other is None:
            other = _second_name(local_extra)
        if other is not None:
            raise DamagedFile(
                f'Tệp {name} bị hỏng: phần "{quoted(info.filename, 120)}" mang thêm một tên khác '
                f'("{quoted(other, 120)}", trường Unicode Path của Info-ZIP); phần mềm, Excel và LibreOffice '
                "không ghi trường này, và Excel hay LibreOffice có thể mở phần ấy theo tên khác với tên đã "
                "kiểm tra, không đọc.", field="Tệp")
        if part.endswith("/") and (info.file_size or info.compress_size > _EMPTY_PACKED):
            raise DamagedFile(
                f'Tệp {name} bị hỏng: mục thư mục "{quoted(info.filename, 120)}" bên trong tệp nén lại chứa dữ '
                f"liệu ({info.file_size} byte); thư mục không chứa gì, phần mềm, Excel và LibreOffice không ghi "
                "như vậy, một chương trình có thể đọc trang từ đó mà không qua kiểm tra, không đọc.", field="Tệp")
    return names


def folders(names: list[str]) -> frozenset[str]:
    """The folders' entries among `names` (part names), without their final "/"."""
    return frozenset(n.rstrip("/") for n in names if n.endswith("/"))


def _local_header(data: bytes, info: zipfile.ZipInfo) -> tuple[bytes | None, bytes]:
    """The name and the extra fields the entry's own header writes ((None, b"") where there is no
    header to read: the unpacking refuses it then)."""
    off = info.header_offset
    if data[off:off + 4] != b"PK\x03\x04" or len(data) < off + 30:
        return None, b""
    name_len, extra_len = struct.unpack_from("<HH", data, off + 26)
    start = off + 30 + name_len
    return data[off + 30:start], data[start:start + extra_len]


def _second_name(extra: bytes) -> str | None:
    """The name an Info-ZIP Unicode Path field among the extra fields `extra` states ("" if it
    states none readable); None without such a field."""
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack_from("<HH", extra, at)
        if kind == _UNICODE_PATH:
            return extra[at + 9:at + 4 + size].decode("utf-8", "replace")  # after its version and CRC
        at += 4 + size
    return None
