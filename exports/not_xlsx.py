"""What a file that is not an .xlsx container is, as its refusal says it (`exports.xlsx_container`,
class "Tệp hỏng" kept): a reviewer acts differently on an empty download, an Excel 97-2003 file, a
file cut short while still downloading and any other file (walk U22, F5: all four read "không đúng
cấu trúc tệp nén; có thể tệp bị hỏng khi tải về"). Only the words differ.
"""
from __future__ import annotations

import struct

from desktop_app.core.errors import DamagedFile

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 (.xls), Word .doc, Outlook .msg
_END_OF_ZIP = b"PK\x05\x06"  # the zip's directory, at its end: missing from a file cut short
_RESEND = "xin đơn vị gửi tệp .xlsx do phần mềm xuất (Tệp › Gửi cho tỉnh…)"


def not_a_container(data: bytes, name: str) -> DamagedFile:
    """The refusal of `data`, not beginning as a zip does."""
    if not data:
        return DamagedFile(f"Tệp {name} là tệp rỗng (0 byte): có thể chưa tải về xong; đọc lại thư mục sau, nếu vẫn "
                           f"rỗng thì {_RESEND}.", field="Tệp")
    if data.startswith(_OLE2[:4]):
        return DamagedFile(f"Tệp {name} là tệp Excel 97-2003 (.xls) hoặc tệp Office cũ, không phải tệp .xlsx do phần "
                           f"mềm xuất (phần mềm không đọc số liệu lưu lại bằng Excel): {_RESEND}.", field="Tệp")
    return DamagedFile(f"Tệp {name} không phải tệp Excel .xlsx (không đúng cấu trúc tệp nén); có thể tệp bị hỏng "
                       "khi tải về hoặc là loại tệp khác.", field="Tệp")


def cut_short(data: bytes, name: str) -> DamagedFile | None:
    """The refusal of a zip whose directory cannot be read because the file ends before it (a download
    not finished, a copy stopped); None when the directory is there (the file is damaged otherwise)."""
    if _END_OF_ZIP in data[-(65536 + 22):] or not _begins_as_a_part(data):
        return None
    return DamagedFile(f"Tệp {name} bị cắt cụt (có thể đang tải về hoặc tải chưa xong): đọc lại thư mục khi tải "
                       f"xong; nếu vẫn vậy, {_RESEND}.", field="Tệp")


def _begins_as_a_part(data: bytes) -> bool:
    """Whether the file begins with a zip part's header that holds together (a name of at most 255
    printable characters, "[Content_Types].xml", "xl/workbook.xml"): the beginning of a real zip, as a
    download stopped leaves it; not bytes that only begin with "PK"."""
    if len(data) < 30:
        return True  # not even a header's length: nothing else but the beginning of a download
    length = struct.unpack_from("<H", data, 26)[0]
    name = data[30:30 + length]
    return 0 < length <= 255 and all(32 <= b < 127 for b in name)
