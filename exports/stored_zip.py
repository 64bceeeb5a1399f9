"""The parts of an .xlsx, once checked, written again as one zip whose parts are stored, not
packed: what the reader (python-calamine) opens instead of the file as it came.

`exports.xlsx_container` unpacks every part of a file from outside to check it (its length, its
CRC, what it holds). calamine unpacked the parts it reads a second time, a fifth of its time
over a submission; given them stored, it reads them as they are. It also reads exactly the
bytes the checks read, by the names the checks saw, in their order: the names are written as
the zip's directory states them (the same bytes, the same UTF-8 mark), and nothing else of the
directory (extra fields, comments, a second directory) is kept for any other zip reader to
read otherwise. A folder's entry (a name ending in "/") is written empty: the checks do not
unpack one, and calamine read a sheet from one a workbook pointed to ("worksheets/sheet3.xml/"),
its cells unchecked, one beyond the sheet's bounds included (such a file is refused before now,
`exports.zip_entries`: this stays, so that nothing unchecked ever reaches the reader). A part larger than any a writer
writes (`STORED_AT_MOST`) is written as it came, still packed, its sizes and CRC those the checks
found: a copy unpacked of a part of 20 MB would only cost memory.
"""
from __future__ import annotations

import struct
import zipfile

# Parts larger than this are kept packed (a writer's largest, a sheet, is some 20 kB unpacked).
STORED_AT_MOST = 256 * 1024
_UTF8_NAME = 0x800  # the directory's mark of a name in UTF-8 (else in code page 437)
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")


def raw_name(info: zipfile.ZipInfo) -> bytes:
    """The name as the directory wrote it (`orig_filename`: before a NUL or a separator changed it)."""
    name = info.orig_filename
    if name.isascii():  # the same bytes in both encodings, encoded in C (cp437's codec is a table in Python)
        return name.encode("ascii")
    return name.encode("utf-8" if info.flag_bits & _UTF8_NAME else "cp437")


def _packed(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """A part's bytes as the file holds them (the checks found them whole: `_unpacked`)."""
    off = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", data, off + 26)
    start = off + 30 + name_len + extra_len
    return memoryview(data)[start:start + info.compress_size]


def stored_zip(data: bytes, parts: list[tuple[zipfile.ZipInfo, bytes | None]]) -> bytes:
    """A zip of `parts` (each zip entry of `data` as the checks saw it, with its bytes unpacked,
    or None: a folder's entry, a part over STORED_AT_MOST), in their order."""
    chunks, central, offset = [], [], 0
    for info, out in parts:
        name = raw_name(info)
        flags = info.flag_bits & _UTF8_NAME
        if out is not None and len(out) <= STORED_AT_MOST:
            method, body, crc, size = zipfile.ZIP_STORED, out, info.CRC, len(out)
        elif info.is_dir():  # a folder's entry holds nothing: what one held was never checked
            method, body, crc, size = zipfile.ZIP_STORED, b"", 0, 0
        else:
            body = _packed(data, info)
            method, crc, size = info.compress_type, info.CRC, info.file_size
        packed = len(body)
        header = _LOCAL.pack(b"PK\x03\x04", 20, flags, method, 0, 0x21, crc, packed, size, len(name), 0)
        chunks += (header, name, body)
        central.append(_CENTRAL.pack(b"PK\x01\x02", 20, 20, flags, method, 0, 0x21, crc, packed, size,
                                     len(name), 0, 0, 0, 0, 0, offset) + name)
        offset += len(header) + len(name) + packed
    directory = b"".join(central)
    chunks += (directory, _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), offset, 0))
    return b"".join(chunks)
