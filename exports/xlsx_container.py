"""Checks on an .xlsx file from outside before any xlsx reader opens it.

A file e-mailed to the province is hostile until checked: its size is bounded before it
is read, its zip directory (number of parts, total size unpacked, compression ratio) is
checked before anything is unpacked, and then every part is unpacked, never beyond the
size the directory states, with its length and CRC checked, so a directory that lies
about sizes (a "zip bomb") is caught too. A part named twice, an entry carrying a second name, a
folder's entry holding bytes are refused (`exports.zip_entries`), and so is a relationship
pointing to a folder; and so is a sheet whose cells a reader would place beyond the sheet's bounds
or readers would read otherwise (`exports.sheet_checks`: every part holding a sheetData, whatever
it is named). Only an xlsx is read: a part of another format the reader would fall back to (an .xlsb's
workbook.bin, an OpenDocument content.xml) is refused, and so is a part in Strict Open XML, which the
checks of `chitieu verify` do not read, a namespace written with a character reference (which readers
decode and searches of the bytes do not) and a reference in a package part (which calamine does not
decode and other readers do). What readers build in memory is bounded before any part is
parsed: the tags and attributes of all parts together, the attributes of one tag, the text the
sheets' cells take from shared strings (`exports.sheet_checks.check_shared_text`).
Parts the program never writes and through which a spreadsheet program opening the file could
contact another computer or run code (an external link, a macro project or any .bin part, a data
connection or query table, an ActiveX control, an embedded object, a custom ribbon) are refused,
and so is any relationship pointing outside the file (TargetMode="External"). Such a part is known
by what it is, not only by its name: a relationship (in any .rels part) of a type Excel acts on
(`_ACTIVE`), whatever part it points to, and a content type of such a kind declared in
[Content_Types].xml, are refused. The one binary part read is Excel's printer settings: named so,
declared with the printer settings' content type, and pointed to only by printer-settings
relationships. Beyond those refused by what they are, a relationship is read only of a kind the
program writes or a spreadsheet program adds when a unit merely opens its file and saves it again
(`_AS_SAVED`): a comment, a picture or text box laid over the table, a pivot table, a slicer, an
Excel table, a chart shows a person something beside or over the signed figures, and the program
writes none of them. LibreOffice adds an empty drawing: a drawing is read only when it holds
nothing placed on the sheet.
Each refusal is a `DamagedFile` saying what is wrong, in Vietnamese.
"""
from __future__ import annotations

import errno
import functools
import io
import os
import posixpath
import re
import stat
import struct
import zipfile
import zlib
from urllib.parse import unquote
from xml.parsers import expat

from desktop_app.core.errors import DamagedFile, os_error_text
from desktop_app.core.intake import shown_name
from desktop_app.core.quoting import quoted
from exports.not_xlsx import cut_short, not_a_container
from exports.sheet_checks import check_shared_text, check_sheet
from exports.stored_zip import STORED_AT_MOST, stored_zip
from exports.tag_count import MAX_ELEMENTS, TagCount
from exports.zip_entries import entry_names, folders, part_name

MAX_FILE_BYTES = 5 * 1024 * 1024  # a submission is about 15 kB; 5 MB is generous
MAX_MEMBERS = 64  # an xlsx of three sheets has about 11 parts
MAX_UNPACKED_BYTES = 40 * 1024 * 1024  # all parts together, unpacked
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed size of one part (XML packs 4-10 times)
RATIO_MIN_BYTES = 256 * 1024  # the ratio limit is checked for parts larger than this
# Parts no file of the program holds, through which a spreadsheet program could reach another
# computer or run code: what each is, in a person's words, by what its name holds (compared as
# readers find names, `part_name`).
_FOREIGN_PARTS = (
    ("externallink", "liên kết ngoài tới một tệp khác (external link)"),
    ("vbaproject", "dự án macro (VBA)"),
    ("connections.xml", "kết nối dữ liệu (data connection)"),
    ("querytable", "bảng truy vấn dữ liệu (query table)"),
    ("activex", "điều khiển ActiveX"),
    ("embeddings/", "đối tượng nhúng (embedded object)"),
    ("customui", "giao diện tùy biến (custom UI)"),
)
# What a part is, as Excel knows it: the type of a relationship pointing to it (an URI: compared by
# its last segment, "/" + segment, casefolded) and the content type [Content_Types].xml declares for
# it (casefolded), whatever the part is named. A relationship or content type holding one of these
# is refused: "/package" is an embedded document (the content type of a relationships part holds
# "-package", not "/package"); "startup", "xllibrary", "xlpathmissing" are an external link's own
# targets; "macroenabled", "macrosheet", "dialogsheet" an .xlsm's workbook and Excel 4 macro sheets;
# "ctrlprop" a form control (whose macro may live in another file); "extensibility" and
# "customization" a custom ribbon; "webextension" an Office add-in (a web page).
_ACTIVE = (
    (("externallink", "xlpathmissing", "startup", "xllibrary"), "liên kết ngoài tới một tệp khác (external link)"),
    (("vbaproject", "macroenabled", "macrosheet", "dialogsheet"), "dự án macro (VBA hoặc macro Excel 4)"),
    (("connections", "xmlmaps"), "kết nối dữ liệu (data connection)"),
    (("querytable",), "bảng truy vấn dữ liệu (query table)"),
    (("activex", "control", "ctrlprop"), "điều khiển ActiveX hoặc điều khiển biểu mẫu (control)"),
    (("oleobject", "/package"), "đối tượng nhúng (embedded object)"),
    (("extensibility", "customization", "customui", "attachedtoolbars"), "giao diện tùy biến (custom UI)"),
    (("webextension",), "phần bổ trợ web (Office add-in)"),
)
_ACTIVE_KEY = re.compile("|".join(re.escape(key) for keys, _ in _ACTIVE for key in keys))  # one search
# The relationships (by their type's last segment, casefolded) of a file as the program writes it
# (the workbook, its sheets, styles, theme, document properties) and as Excel or LibreOffice saves
# it again unchanged: shared strings, custom document properties (a sensitivity label), Excel's
# printer settings, calculation chain and thumbnail, LibreOffice's empty drawing, document
# management data (custom XML, classification labels), shown nowhere on a sheet.
_AS_SAVED = frozenset((
    "/officedocument", "/worksheet", "/styles", "/theme", "/core-properties", "/extended-properties",
    "/custom-properties", "/sharedstrings", "/printersettings", "/calcchain", "/thumbnail", "/drawing",
    "/customxml", "/customxmlprops", "/classificationlabels"))
# What some of the others are, in a person's words (any other is named by its type).
_SHOWN_KINDS = (
    (("comments", "threadedcomment", "person", "vmldrawing"), "ghi chú (comment)"),
    (("pivot",), "bảng tổng hợp (pivot table)"),
    (("slicer", "timeline"), "bộ lọc (slicer)"),
    (("table",), "bảng Excel (table)"),
    (("chart",), "biểu đồ"),
    (("image", "picture"), "hình ảnh"),
    (("hyperlink",), "liên kết (hyperlink)"),
)
_NOT_SAVED = ("phần mềm không ghi phần này, Excel hay LibreOffice cũng không tự thêm khi chỉ mở rồi lưu lại "
              "tệp; nó có thể cho người xem thấy điều khác với số liệu đã ký, không đọc.")
# Something placed on a sheet by a drawing (a picture, a shape, a text box, a chart): an anchor
# (looked for, as a tag, only in a part holding the word: one search in C).
# A phonetic run (<rPh>, prefixed or not) in a text: read by no reader as the cell's value (calamine
# reads the text beside it), shown by Excel above the cell whose "ph" asks it (red-team 19's lead).
_PHONETIC = re.compile(rb"<(?:[^\s<>:/!?]+:)?rPh[\s/>]")
_ANCHOR = re.compile(rb"<(?:[^\s<>:/!?]+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)[\s/>]")
# The words each looks for first, found in C: sre finds "Anchor" in a third less time than `in`, and
# "rPh" from its rare "Ph" in half the time (`b"rPh" in out` took 40 µs a file).
_ANCHOR_WORD = re.compile(rb"Anchor")
_PHONETIC_WORD = re.compile(rb"Ph(?<=rPh)")
# Excel's page settings of a printer (a DEVMODE, no code), which Excel writes when a unit opens
# its file and saves it again: still the unit's report, read, if it is what Excel writes (named
# so, of this content type, pointed to only by relationships of the printer settings' type).
_PRINTER_SETTINGS = re.compile(r"xl/printersettings/printersettings[0-9]{1,3}\.bin")
_PRINTER_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.printersettings"
_TYPES = "[content_types].xml"
_SHARED_STRINGS = "xl/sharedstrings.xml"  # where calamine reads shared strings, whatever points to it
_BIN = "phần nhị phân (.bin: macro hoặc đối tượng)"
_CONTACT = ("mở tệp bằng Excel có thể kết nối tới máy khác hoặc chạy mã lệnh; phần mềm không ghi phần này, "
            "không đọc.")


# Parts of the formats calamine tries when a file is no readable xlsx (xlsb, OpenDocument): their
# sheets are not checked here, so a file holding one is not read.
_OTHER_FORMATS = ("xl/workbook.bin", "content.xml")


def _count_text(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # as a Vietnamese reads it


def _size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


class NotRegularFile(OSError):
    """The path, once opened, is not a regular file (a pipe, a device, a socket)."""


class FileTooLarge(OSError):
    """The open file is larger than the limit; `size` is what the system says it holds."""

    def __init__(self, size: int):
        super().__init__(f"{size} bytes")
        self.size = size


def read_regular(path, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` + 1 of them (more than `limit`: it
    grew past it while read). The file is opened without waiting (a pipe put in its place does not
    hang the reading) and checked on the open descriptor, so what was tested is what is read: a
    folder raises IsADirectoryError, a pipe or device (/dev/zero) `NotRegularFile`, a file above
    `limit` `FileTooLarge`, none of them read. A link is followed: its target is what is checked."""
    size = os.stat(path).st_size
    if size > limit:  # not even opened
        raise FileTooLarge(size)
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb", buffering=0) as f:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"not a regular file: {os.fspath(path)}")
        if info.st_size > limit:
            raise FileTooLarge(info.st_size)
        # As many bytes as it has, plus one to see whether it grew since (then up to the
        # limit): read(limit + 1) would make a 5 MB buffer for each 15 kB file.
        data = _read_up_to(f, info.st_size + 1)
        if len(data) > info.st_size:
            data += _read_up_to(f, limit + 1 - len(data))
    return data


def _read_up_to(f, count: int) -> bytes:
    """Up to `count` bytes (fewer only at the end of the file)."""
    parts, left = [], count
    while left > 0:
        part = f.read(left)
        if not part:
            break
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


def read_bytes_limited(path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, refusing (without reading it) a file above `limit`, or one that is not a
    regular file when opened (`read_regular`)."""
    name = shown_name(os.path.basename(os.fspath(path)))  # as the file's line names it (composed Unicode)
    try:
        data = read_regular(path, limit)
    except FileTooLarge as err:
        raise DamagedFile(
            f"Tệp {name} quá lớn ({_size_text(err.size)}, giới hạn {_size_text(limit)}): "
            "không phải tệp số liệu do phần mềm lập (tệp số liệu chỉ khoảng 15 kB).", field="Tệp") from None
    except NotRegularFile:
        raise DamagedFile(f"Tệp {name} không phải tệp thường (một lối tắt, liên kết hoặc thiết bị): không đọc; chép "
                          "chính tệp vào thư mục rồi đọc lại.", field="Tệp") from None
    except OSError as err:
        raise DamagedFile(f"Không đọc được tệp {name}: {os_error_text(err)}.", field="Tệp") from None
    if len(data) > limit:
        raise DamagedFile(f"Tệp {name} quá lớn (trên {_size_text(limit)}).", field="Tệp")
    return data


def check_container(data: bytes, name: str) -> bytes:
    """Refuse what is not a sane xlsx container; every part is unpacked and checked. Returns
    the parts checked as a zip for the reader to open (`exports.stored_zip`)."""
    if len(data) > MAX_FILE_BYTES:
        raise DamagedFile(f"Tệp {name} quá lớn ({_size_text(len(data))}).", field="Tệp")
    if not data.startswith(b"PK\x03\x04"):  # empty, an .xls, another file: said apart (`exports.not_xlsx`)
        raise not_a_container(data, name)
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError,
            NotImplementedError, UnicodeDecodeError):
        raise cut_short(data, name) or DamagedFile(f"Tệp {name} bị hỏng: không mở được cấu trúc tệp nén của Excel.",
                                                   field="Tệp") from None
    if len(infos) > MAX_MEMBERS:
        raise DamagedFile(f"Tệp {name} có {len(infos)} phần bên trong, quá nhiều với một tệp số liệu "
                          "(nghi tệp nén độc hại).", field="Tệp")
    names = entry_names(data, infos, name)
    other = next((n for n in names if n in _OTHER_FORMATS), None)
    if other is not None:
        raise DamagedFile(f"Tệp {name} có phần {other} của loại tệp khác (không phải Excel .xlsx do phần mềm lập), "
                          "không đọc.", field="Tệp")
    for part, info in zip(names, infos):
        what = next((what for key, what in _FOREIGN_PARTS if key in part), None)
        if what is None and part.endswith(".bin") and not _PRINTER_SETTINGS.fullmatch(part):
            what = _BIN
        if what is not None:
            raise DamagedFile(f"Tệp {name} có {what}, phần {info.filename[:120]}: {_CONTACT}", field="Tệp")
    total = 0
    for info in infos:
        size, packed = info.file_size, info.compress_size
        total += size
        if info.flag_bits & 0x1:
            raise DamagedFile(f"Tệp {name} bị đặt mật khẩu, không đọc được.", field="Tệp")
        if size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES:
            raise DamagedFile(
                f"Tệp {name} khi giải nén quá lớn (trên {_size_text(min(total, MAX_UNPACKED_BYTES))}): "
                "nghi tệp nén độc hại (zip bomb), không đọc.", field="Tệp")
        if size > RATIO_MIN_BYTES and size > MAX_RATIO * max(packed, 1):
            raise DamagedFile(
                f"Tệp {name} có tỉ lệ nén bất thường ({size // max(packed, 1)} lần): nghi tệp nén "
                "độc hại (zip bomb), không đọc.", field="Tệp")
    package = {}  # the .rels parts and [Content_Types].xml, by name as readers find it
    placed = {}  # the parts that place something on a sheet (a drawing's anchor): their names in the file
    tags = TagCount()
    sheets = []  # the parts holding a sheetData, whose cells may take their text from shared strings
    kept = []  # each entry, with its bytes unpacked unless large (`stored_zip`), for the reader
    for part, info in zip(names, infos):
        if info.is_dir():
            kept.append((info, None))
            continue
        out = _unpacked(data, info)
        if out is None:
            raise DamagedFile(f"Tệp {name} bị hỏng: phần {info.filename} bên trong không giải nén được "
                              "hoặc sai mã kiểm tra (CRC).", field="Tệp")
        _no_document_type(out, name, info.filename)
        if tags.too_many(out):  # before the searches of the part, which then read at most so many
            raise DamagedFile(f"Tệp {name} có quá nhiều thẻ XML và thuộc tính của thẻ (trên {_count_text(MAX_ELEMENTS)}; "
                              "tệp do phần mềm, Excel hay LibreOffice ghi chỉ khoảng 5.000 thẻ và chừng ấy thuộc tính): đọc "
                              "nó sẽ dùng quá nhiều bộ nhớ, nghi tệp độc hại, không đọc.", field="Tệp")
        _utf8_only(out, name, info.filename)
        _transitional_only(out, name, info.filename)
        _few_attributes(out, name, info.filename)
        # Each check by what the part may be, none skipping another: a word in a part ("sheetData"
        # in a text box or a comment of a .rels) must not decide which checks it gets.
        if b"sheetData" in out:
            check_sheet(out, name, info.filename)
            sheets.append(out)
        if part.endswith(".rels") or part == _TYPES:
            _small_package_part(out, name, info.filename)
            package[part] = (info.filename, out)
        if _ANCHOR_WORD.search(out) and _ANCHOR.search(out):  # the search alone cost 360 µs a file
            placed[part] = info.filename
        if _PHONETIC_WORD.search(out) and _PHONETIC.search(out):
            raise DamagedFile(
                f"Tệp {name} có chữ chú âm (phonetic, phần {info.filename}): phần mềm không ghi chữ chú âm, Excel "
                "hay LibreOffice cũng không tự thêm khi chỉ mở rồi lưu lại tệp; Excel có thể hiện nó bên trên ô, "
                "khác với số liệu đã ký, không đọc.", field="Tệp")
        kept.append((info, out if len(out) <= STORED_AT_MOST else None))
    tables = _check_package(package, dict(zip(names, (info.filename for info in infos))), placed, name)
    if sheets and (tables or _SHARED_STRINGS in names):  # a large table unpacked once more, as it was
        check_shared_text(sheets, [(info.filename, out if out is not None else _unpacked(data, info))
                                   for part, (info, out) in zip(names, kept)
                                   if part in tables or part == _SHARED_STRINGS], name)
    return stored_zip(data, kept)


# A document type declaration (<!DOCTYPE …>, an <!ENTITY …> in it): neither the program, Excel nor
# LibreOffice writes one, and an XML reader expands the entities it declares (10 kB referenced
# 42.000 times in a 3,3 MB [Content_Types].xml took 874 MB and 53 s): refused in every part, before
# any part is parsed. Only a part holding a "!" (in a writer's file, LibreOffice's workbook.xml
# alone: its print ranges) is searched.
_DOCUMENT_TYPE = re.compile(rb"<!(?i:doctype|entity)")
# One tag of many attributes: under MAX_ELEMENTS, a cell of 290.000 took `chitieu verify` 3,6 s and
# 150 MB, and the file was intact to it. No writer writes more than 16 attributes on a tag (LibreOffice
# on a row, 15): a tag of more than MAX_ATTRIBUTES is refused. Only a part larger than any writer's
# (`_ATTRIBUTES_SEARCHED`; theirs are some tens of kB) is searched: in a smaller one, such a tag
# costs nothing, and the search nothing to a writer's file.
MAX_ATTRIBUTES = 64
_ATTRIBUTES_SEARCHED = 128 * 1024
_MANY_ATTRIBUTES = re.compile(rb"""<[^\s<>/!?]+(?>\s+[^\s=<>/"']+\s*=\s*(?:"[^"<]*"|'[^'<]*')){%d}"""
                              % (MAX_ATTRIBUTES + 1))


def _few_attributes(out: bytes, name: str, part: str) -> None:
    """Refuse a large part holding a tag of more than MAX_ATTRIBUTES attributes."""
    many = _MANY_ATTRIBUTES.search(out) if len(out) > _ATTRIBUTES_SEARCHED else None
    if many:
        shown = many.group(0)[:30].decode("utf-8", "replace")
        raise DamagedFile(f"Tệp {name} có thẻ XML mang hơn {MAX_ATTRIBUTES} thuộc tính (\"{shown}…\", phần {part[:120]}; "
                          "phần mềm, Excel và LibreOffice ghi mỗi thẻ nhiều nhất 16): đọc nó sẽ tốn nhiều thời gian và bộ "
                          "nhớ, nghi tệp độc hại, không đọc.", field="Tệp")


# [Content_Types].xml and the .rels parts are parsed whole (`_elements`), which decodes references:
# calamine does not, so a relationship's target "worksheets/sheet&#50;.xml" made calamine read the
# signed "Dữ liệu" from a part of that name while LibreOffice and the checks of `chitieu verify`
# showed sheet2.xml, a figure changed, called intact (red-team 8). No writer writes "&" in a package
# part (the program's, Excel's and LibreOffice's hold part names and types): one is refused
# (`_plain_package_part`, a search in C of some 2 kB). They are parsed whole: the program's, Excel's
# and LibreOffice's hold at most 20 elements in 2 kB; 1,6 million small elements in them took
# 500 MB. A few hundred elements and some tens of kB are still a file of some sixty parts.
MAX_PACKAGE_ELEMENTS = 500
MAX_PACKAGE_BYTES = 64 * 1024


def _no_document_type(out: bytes, name: str, part: str) -> None:
    """Refuse a part declaring a document type or entities."""
    if b"!" in out and _DOCUMENT_TYPE.search(out):
        raise DamagedFile(f"Tệp {name} có khai báo kiểu tài liệu (<!DOCTYPE> hoặc <!ENTITY>) trong phần {part[:120]}: "
                          "phần mềm, Excel và LibreOffice không ghi khai báo này; nó có thể khiến chương trình đọc "
                          "tệp dùng hết bộ nhớ (nghi tệp độc hại), không đọc.", field="Tệp")


def _small_package_part(out: bytes, name: str, part: str) -> None:
    """Refuse a package part ([Content_Types].xml, a .rels) far larger than any a writer writes
    (its "<" counted: each element has one)."""
    elements = out.count(b"<")
    if elements > MAX_PACKAGE_ELEMENTS or len(out) > MAX_PACKAGE_BYTES:
        raise DamagedFile(f"Tệp {name} có phần {part[:120]} quá lớn ({_count_text(elements)} thẻ, "
                          f"{_count_text(len(out) // 1024)} kB; của tệp do phần mềm, Excel hay LibreOffice ghi chỉ "
                          "vài chục thẻ, vài kB): nghi tệp độc hại, không đọc.", field="Tệp")


def _plain_package_part(out: bytes, name: str, part: str) -> None:
    """Refuse a package part holding a reference ("&"), or a relationship of Strict Open XML."""
    if b"&" in out:
        at = out.find(b"&")
        shown = out[max(at - 40, 0):at + 8].decode("utf-8", "replace")
        raise DamagedFile(f"Tệp {name} có tham chiếu ký tự hoặc thực thể (\"…{shown}…\") trong phần {part[:120]}: phần "
                          "mềm, Excel và LibreOffice ghi tên và loại các phần không có tham chiếu; chương trình đọc số liệu "
                          "(theo chữ viết) và chương trình hiện trang (theo ký tự nó chỉ) có thể mở hai phần khác nhau, "
                          "không đọc.", field="Tệp")
    if _STRICT.encode() in out:
        raise _strict(name, part)


# An XML part in another encoding than UTF-8 (the program, Excel and LibreOffice write UTF-8): in
# UTF-16 or UTF-32 (a byte-order mark, or "<" beside a NUL byte) every search of this module for a
# tag or an attribute would find nothing, while a reader decodes it; so is a declared encoding.
_NOT_UTF8 = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"<\x00", b"\x00<")
_DECLARED = re.compile(rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]{0,200}?\bencoding\s*=\s*["']([^"']{1,40})["']""")


def _utf8_only(out: bytes, name: str, part: str) -> None:
    """Refuse a part written in another encoding than UTF-8 (binary parts: the printer settings,
    a thumbnail, hold no XML and are judged by what points to them)."""
    declared = _DECLARED.match(out)
    if out.startswith(_NOT_UTF8) or (declared and declared.group(1).lower() not in (b"utf-8", b"utf8")):
        raise DamagedFile(f"Tệp {name} có phần {part[:120]} không ghi bằng mã UTF-8 (phần mềm, Excel và LibreOffice "
                          "đều ghi UTF-8): không phải tệp do phần mềm lập, không đọc.", field="Tệp")


# Strict Open XML (ISO 29500 Strict, namespaces under http://purl.oclc.org/ooxml/): neither the
# program nor Excel or LibreOffice saving a unit's file again writes it (Excel only when a person
# picks "Strict Open XML" in "Save as"). LibreOffice reads and prints it; the checks of `chitieu
# verify` read SpreadsheetML's usual namespace alone, so a print header or a merge in Strict's
# namespace after a sheet's data printed "Sửa: Kết quả đúng 100 - Đạt" on every page, or hid a
# cell, in files called intact. A part declaring a Strict namespace is refused, and so is a package
# part pointing to one (a relationship's type, `_plain_package_part`).
# A namespace declaration's value written with a character or entity reference
# ("http&#58;//purl.oclc.org/ooxml/…", "…/2006/mai&#110;") is the same namespace to every XML
# reader (LibreOffice, Excel, ElementTree) but not to a search of the part's bytes, here or in
# `exports.sheet_checks` (red-team 8: Strict again, intact to verify): no writer writes a reference
# in a namespace, a declaration holding "&" is refused in every part, so that the namespaces the
# searches see are those readers read. One search in C, from each "xmlns" (the expression's literal
# start): some 35 µs over a writer's file, where the search for Strict's words it replaces took 15 µs.
# The name after "xmlns" stops at the next "xmlns": otherwise each of the n "xmlns" in one long run
# of name characters scanned to the run's end (n² steps: 100 kB took 26 s, a 20 MB part hours).
# It finds a declaration exactly when the unbounded name did (from the run's last "xmlns"). The name
# is read in runs without an "x" and kept, never given back (a "*" over one character at a time kept
# its state for each: "xmlns" and a 20 MB name took 1,1 GB): "=" cannot follow a shorter one.
_NAMESPACE_SAID = re.compile(rb"""xmlns(?>[^\s=<>/"'x]*+(?:x(?!mlns)[^\s=<>/"'x]*+)*+)\s*=\s*(?:"(?:http://purl\.oclc\.org/ooxml/|[^"<&]*&)"""
                             rb"""|'(?:http://purl\.oclc\.org/ooxml/|[^'<&]*&))""")
_STRICT = "purl.oclc.org/ooxml/"


def _strict(name: str, part: str) -> DamagedFile:
    return DamagedFile(f"Tệp {name} có phần {part[:120]} ghi theo chuẩn Strict Open XML (không gian tên "
                       "http://purl.oclc.org/ooxml/…): phần mềm ghi tệp theo chuẩn thường, Excel và LibreOffice "
                       "lưu lại cũng vậy; các bước kiểm tra không đọc được phần ấy hiện, in gì, không đọc.",
                       field="Tệp")


def _transitional_only(out: bytes, name: str, part: str) -> None:
    """Refuse a part declaring a namespace of Strict Open XML, or any namespace written with a
    reference."""
    said = _NAMESPACE_SAID.search(out)
    if said is None:
        return
    if not said.group(0).endswith(b"&"):
        raise _strict(name, part)
    text = said.group(0).decode("utf-8", "replace")
    shown = text if len(text) <= 60 else text[:8] + "…" + text[-44:]
    raise DamagedFile(f"Tệp {name} có khai báo không gian tên XML viết bằng tham chiếu ký tự hoặc thực thể "
                      f"(\"{shown}…\", phần {part[:120]}): phần mềm, Excel và LibreOffice không viết vậy; chương "
                      "trình hiện trang đọc ra không gian tên mà các bước kiểm tra không thấy, không đọc.",
                      field="Tệp")


def _elements(shown: str, out: bytes, local: tuple, name: str) -> list[dict[str, str]]:
    """The attributes of each element named one of `local` (in any namespace) of a small XML part,
    in the part's order; a part no XML reader reads is refused (Excel calls such a file damaged too).
    Read by expat as ElementTree reads it (a name's namespace before "}", references decoded), without
    building ElementTree's tree of the part: a third of the time, for attributes alone."""
    found = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag.rpartition("}")[2] in local:
            found.append(attributes)

    parser = expat.ParserCreate(None, "}")
    parser.StartElementHandler = start
    try:
        parser.Parse(out, True)
    except (expat.ExpatError, ValueError, LookupError):
        raise DamagedFile(f"Tệp {name} bị hỏng: phần {shown[:120]} không đọc được.", field="Tệp") from None
    return found


def _active(kind: str) -> str | None:
    """What a relationship type's last segment ("/connections") or a content type declares, in a
    person's words, if Excel would act on it; None if not."""
    return _active_known(kind) if len(kind) <= _KNOWN_LENGTH else _active_words(kind)


# The types every file declares (some twenty, each as long as a content type at most) are judged
# once per process: the search for the keys cost 2 µs each, 35 µs a file.
_KNOWN_LENGTH = 128


@functools.lru_cache(maxsize=256)
def _active_known(kind: str) -> str | None:
    return _active_words(kind)


def _active_words(kind: str) -> str | None:
    kind = kind.casefold()
    if not _ACTIVE_KEY.search(kind):
        return None
    return next(what for keys, what in _ACTIVE if any(key in kind for key in keys))


def _kind_words(kind: str) -> str:
    """A relationship type's last segment ("/comments") in a person's words."""
    folded = kind.casefold()
    return next((what for keys, what in _SHOWN_KINDS if any(key in folded for key in keys)),
                f'loại "{kind[1:80]}"')


def _check_package(package: dict, names: dict, placed: dict, name: str) -> set[str]:
    """Each relationship and declared content type: none pointing outside the file or of a kind
    Excel acts on (`_ACTIVE`), whatever part it points to, and none of a kind neither the program
    nor a spreadsheet program saving the file again writes (`_AS_SAVED`); a drawing only when it
    places nothing on a sheet (`placed`); a .bin part only as Excel's printer settings (named,
    declared and pointed to as such); no reference, nor Strict Open XML, in any of them. Returns
    the parts relationships point to as shared strings (by name as readers find them, from the
    relationship's folder or from xl/)."""
    types, defaults = {}, {}
    plain = list(package.values())  # judged last: a part of a kind refused names what it is first
    if _TYPES in package:
        shown, out = package.pop(_TYPES)
        for e in _elements(shown, out, ("Override", "Default"), name):
            declared = e.get("ContentType", "").strip()
            where = f"phần {e.get('PartName')}" if e.get("PartName") else f"các phần đuôi .{e.get('Extension', '')}"
            what = _active(declared)
            if what is not None:
                raise DamagedFile(f"Tệp {name} có {what} ({where[:120]} khai kiểu nội dung {declared[:100]} "
                                  f"trong {shown}): {_CONTACT}", field="Tệp")
            if e.get("PartName") is not None:
                types[part_name(e.get("PartName"))] = declared.casefold()
            else:
                defaults[e.get("Extension", "").strip().casefold()] = declared.casefold()
    pointed = {}  # part -> the last segments of the types of the relationships pointing to it
    folder_parts = folders(list(names))  # a relationship pointing to one is refused
    tables = set()
    binary = [part for part in names if part.endswith(".bin")]  # only then are targets followed
    for part, (shown, out) in package.items():
        folder = part.rpartition("_rels/")[0]
        for e in _elements(shown, out, ("Relationship",), name):
            target, kind = e.get("Target", ""), "/" + e.get("Type", "").strip().rstrip("/").rpartition("/")[2]
            if e.get("TargetMode", "").strip().casefold() == "external":
                raise DamagedFile(f"Tệp {name} trỏ tới một địa chỉ bên ngoài tệp ({target[:80]}), phần {shown}: "
                                  f"{_CONTACT}", field="Tệp")
            what = _active(kind)
            if what is not None:
                raise DamagedFile(f"Tệp {name} có {what} (quan hệ loại {kind[1:80]} tới phần {target[:120]}, trong "
                                  f"phần {shown[:120]}): {_CONTACT}", field="Tệp")
            folded = kind.casefold()
            if folded not in _AS_SAVED:
                raise DamagedFile(f"Tệp {name} có {_kind_words(kind)} (phần {target[:120]}, theo {shown[:120]}): "
                                  f"{_NOT_SAVED}", field="Tệp")
            if folded == "/sharedstrings":
                tables.add(part_name(target if target.startswith("/") else "xl/" + target))
            shown_target, target = target, unquote(target.split("#")[0]).replace("\\", "/")
            if target.rstrip().endswith("/"):
                raise _to_folder(name, shown, shown_target)
            if folded != "/sharedstrings" and not binary and not placed and not folder_parts:
                continue
            target = posixpath.normpath(target if target.startswith("/") else posixpath.join("/", folder, target))
            if part_name(target) in folder_parts:
                raise _to_folder(name, shown, shown_target)
            pointed.setdefault(part_name(target), set()).add(folded)
            if folded == "/sharedstrings":
                tables.add(part_name(target))
    for part, shown in placed.items():
        if "/drawing" in pointed.get(part, ()):
            raise DamagedFile(f"Tệp {name} có hình, ảnh, hộp chữ hoặc biểu đồ đặt trên trang (phần {shown[:120]}): "
                              f"{_NOT_SAVED}", field="Tệp")
    for part in binary:
        if not (
                _PRINTER_SETTINGS.fullmatch(part) and pointed.get(part) == {"/printersettings"}
                and types.get(part, defaults.get("bin")) == _PRINTER_TYPE):
            why = (" (mang tên thiết lập máy in nhưng không được khai và trỏ tới như thiết lập máy in Excel ghi)"
                   if _PRINTER_SETTINGS.fullmatch(part) else "")
            raise DamagedFile(f"Tệp {name} có {_BIN}, phần {names[part][:120]}{why}: {_CONTACT}", field="Tệp")
    for shown, out in plain:
        _plain_package_part(out, name, shown)
    return tables


def _to_folder(name: str, shown: str, target: str) -> DamagedFile:
    """A relationship (in the part `shown`) pointing to a folder, not to a part."""
    return DamagedFile(f'Tệp {name} bị hỏng: một quan hệ trong phần {shown[:120]} trỏ tới thư mục "{quoted(target, 120)}" '
                       "chứ không phải tới một phần của tệp; phần mềm, Excel và LibreOffice không ghi như vậy, một chương "
                       "trình có thể đọc trang từ thư mục ấy mà không qua kiểm tra, không đọc.", field="Tệp")


def _unpacked(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """One part unpacked, if it unpacks to exactly its stated size and CRC (at most size + 1
    bytes are ever unpacked, whatever the part claims); None if not."""
    off = info.header_offset
    if data[off:off + 4] != b"PK\x03\x04":
        return None
    try:
        name_len, extra_len = struct.unpack("<HH", data[off + 26:off + 30])
        start = off + 30 + name_len + extra_len
        raw = data[start:start + info.compress_size]
        if len(raw) != info.compress_size:
            return None
        if info.compress_type == zipfile.ZIP_STORED:
            out = raw
        elif info.compress_type == zipfile.ZIP_DEFLATED:
            d = zlib.decompressobj(-15)
            out = d.decompress(raw, info.file_size + 1)
            if len(out) > info.file_size or not d.eof:
                return None
        else:  # xlsx writers only store or deflate
            return None
    except (zlib.error, struct.error):
        return None
    return out if len(out) == info.file_size and zlib.crc32(out) == info.CRC else None
