"""The zip writer of the consolidated workbook: any zip reader opens what it writes."""
from __future__ import annotations

import io
import zipfile

from exports.zip_writer import deflated_zip


def test_parts_read_back_with_zipfile_in_order_with_their_dates():
    parts = [("[Content_Types].xml", b"<Types/>", (2026, 12, 1, 9, 30, 58)),
             ("xl/worksheets/sheet1.xml", "<t>Tổng hợp</t>".encode() * 5000, (2026, 1, 2, 3, 4, 6)),
             ("tài liệu/ghi chú.txt", b"", (1979, 1, 1, 0, 0, 0)),  # before the zip epoch: 1980
             ("big.bin", bytes(range(256)) * 4000, (2026, 12, 1, 0, 0, 0))]
    data = deflated_zip(parts)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None  # every CRC checked
        assert [i.filename for i in z.infolist()] == [p[0] for p in parts]
        for (name, body, when), info in zip(parts, z.infolist()):
            assert z.read(info) == body
            assert info.compress_type == zipfile.ZIP_DEFLATED
        assert z.getinfo("[Content_Types].xml").date_time == (2026, 12, 1, 9, 30, 58)
        assert z.getinfo("tài liệu/ghi chú.txt").date_time == (1980, 1, 1, 0, 0, 0)
        assert z.getinfo("xl/worksheets/sheet1.xml").compress_size < 2000  # XML packs


def test_an_empty_zip_is_a_zip():
    with zipfile.ZipFile(io.BytesIO(deflated_zip([]))) as z:
        assert z.infolist() == []


def test_stored_parts_read_back_unpacked_with_the_crc_given():
    import zlib

    from exports.zip_writer import stored_zip

    parts = {"xl/workbook.xml": b"<workbook/>", "xl/worksheets/sheet2.xml": "<t>Dữ liệu</t>".encode()}
    data = stored_zip({n: (b, zlib.crc32(b)) for n, b in parts.items()})
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        assert {i.filename: z.read(i) for i in z.infolist()} == parts
        assert {i.compress_type for i in z.infolist()} == {zipfile.ZIP_STORED}
    wrong = stored_zip({"a.xml": (b"<a/>", 0)})  # the CRC is the caller's: a wrong one shows
    with zipfile.ZipFile(io.BytesIO(wrong)) as z:
        assert z.testzip() == "a.xml"
