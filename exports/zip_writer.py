"""Writing a zip container (an xlsx workbook) with ISA-L's deflate, or unpacked.

The consolidated workbook of 3.321 units is about 14 MB of XML: zlib at its fastest level
takes 75 ms to pack it, ISA-L 16 ms for the same size (measured here). zipfile cannot be
given another compressor, so the container is written here: plain zip, one disk, no zip64
(a part or the whole above 4 GB is refused), names in UTF-8. Any zip reader opens it; the
deflate streams are standard ones (zlib's own where isal has no wheel).
"""
from __future__ import annotations

import struct
import zipfile

try:
    from isal import isal_zlib as zlib
except ImportError:  # a platform without its wheel
    import zlib

_LIMIT = 0xFFFFFFFF


def _dos_time(date_time: tuple) -> tuple[int, int]:
    y, mo, d, h, mi, s = date_time
    return (h << 11) | (mi << 5) | (s // 2), ((max(y, 1980) - 1980) << 9) | (mo << 5) | d


_EPOCH = (1980, 1, 1, 0, 0, 0)


def zip_bytes(entries) -> bytes:
    """A zip of `entries`, (name, body as stored, CRC and size of the part, method, date_time)
    in order; the bodies already packed by `method` (stored or deflated)."""
    local, central = [], []
    offset = 0
    for name, body, crc, size, method, date_time in entries:
        raw = name.encode("utf-8")
        flags = 0 if name.isascii() else 0x800
        if size > _LIMIT or len(body) > _LIMIT or offset > _LIMIT:
            raise ValueError(f"Phần {name} của tệp quá lớn để ghi (trên 4 GB).")
        time, date = _dos_time(date_time)
        head = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, flags, method, time, date, crc,
                           len(body), size, len(raw), 0)
        local += (head, raw, body)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, flags, method,
                                   time, date, crc, len(body), size, len(raw), 0, 0, 0, 0, 0, offset)
                       + raw)
        offset += len(head) + len(raw) + len(body)
    directory = b"".join(central)
    if len(central) > 0xFFFF or offset > _LIMIT:
        raise ValueError("Tệp quá lớn để ghi.")
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(directory), offset, 0)
    return b"".join(local) + directory + end


def deflated_zip(parts, level: int = 1) -> bytes:
    """A zip of `parts`, (name, bytes, date_time) in order, each deflated at `level` (0-3,
    ISA-L's levels; 1 packs XML as well as zlib's 6 here)."""
    entries = []
    for name, data, date_time in parts:
        packer = zlib.compressobj(level, zlib.DEFLATED, -15)
        entries.append((name, packer.compress(data) + packer.flush(), zlib.crc32(data), len(data),
                        zipfile.ZIP_DEFLATED, date_time))
    return zip_bytes(entries)


def stored_zip(parts: dict[str, tuple[bytes, int]]) -> bytes:
    """An uncompressed zip of `parts` (name -> (bytes, CRC), the CRC already checked)."""
    return zip_bytes([(name, body, crc, len(body), zipfile.ZIP_STORED, _EPOCH)
                      for name, (body, crc) in parts.items()])
