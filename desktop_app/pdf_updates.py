"""What a signed PDF's updates add, read strictly (red-team R9 F1, F2). A report PDF's first revision is
the program's own render, compared byte for byte (`desktop_app.signed_pages.compare_pages`); everything
saved after it, each update from the previous %%EOF on, is read here token by token
(`desktop_app.core.pdf_content.written_token`), as no viewer could read it two ways: every object,
every cross-reference table and trailer, every cross-reference stream's dictionary, every object
stream's dictionary and its unpacked header and objects. pyHanko keeps a key's first value, poppler its
last: R9 F1 wrote an object stream "/N 1 /First B /First A" (pyHanko read a harmless copy of a field at
B, poppler the real one at A drawing "950.000" over "150.000"), F2 a trailer "/Root 1 0 R … /Root 33 0 R"
(poppler printed another catalog's page 2); both were "Chữ ký số hợp lệ".

Refused (`UpdateUnreadable`): a dictionary naming a key twice; an object stream whose header lists an
object other than once, its offsets out of order or not matching /N and /First, or anything but its
objects in it; an object written twice in one update, or found by pyHanko elsewhere than where this
reading found it; an update whose trailer /Root is not the first revision's, whose /Prev is not the
revision before, whose startxref is not its own cross-reference; bytes that are none of these. And
nothing that makes a viewer rebuild its cross-reference by scanning the file's lines (red-team R10 F1:
an entry "3 99999 n" pyHanko skips and poppler keeps, then a line "26 0 obj" in an unreferenced stream's
data taken for page 2's content): each entry of an update's cross-reference (table or stream, read here)
is an object written in it with that number and generation (at most 65535) or in its object stream
at the index it names (red-team R11 F1: the catalog listed at index 0 of a stream holding it at 1,
pyHanko found it by number, poppler rebuilt), held so by pyHanko; each object written in an update is
listed; no line of an update starts "N G obj" or "trailer" but its own objects' and trailer (R11 F1:
such a line in a literal string, not only in a stream's data); each object in an update's object stream
is listed there by that update, at its index; each update's /Size is above every number it lists and
not below the one before's (R12 F1: a /Size too small made MuPDF rebuild, and its rebuild took page 2
from an object stream nothing listed it in); a cross-reference stream's field widths are ones every
viewer reads (R12 F2: /W [1 9 2], which poppler refused, `_stream_entries`). An object nothing refers
to is not refused: pyHanko's own honest updates can hold one (an /Info it replaced), and with no
rebuild no viewer reads it. The check (`desktop_app.signature_check`) then says the file unreadable
("không đọc được"), not "Trang in khác": what it prints is not known, as when pyHanko cannot read a
structure, so nothing about its pages or signatures is said. pyHanko is imported inside the functions.
"""
from __future__ import annotations

import re
import zlib

from desktop_app.core.pdf_content import Name, Unreadable, past_space, written_token

_WS = rb"[\x00\t\n\x0c\r ]"
_HEADER = re.compile(rb"(\d+)" + _WS + rb"+(\d+)" + _WS + rb"+obj(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_EOL = re.compile(rb"\r\n|\n|\r")
_SUBSECTION = re.compile(rb"(\d+) (\d+)[ \t]*(?:\r\n|\n|\r)")
_ENTRY = re.compile(rb"\d{10} \d{5} [fn](?: \r| \n|\r\n)")
_END = re.compile(rb"startxref" + _WS + rb"+(\d+)" + _WS + rb"*%%EOF")
_EOF = re.compile(_WS + rb"*%%EOF")
_INDIRECT_LENGTH = re.compile(rb"/Length" + _WS + rb"+(\d+)" + _WS + rb"+(\d+)" + _WS + rb"+R")
# A line of an update as poppler reads a line when it rebuilds a broken cross-reference (scanning
# every line of the file): "N G obj" or "trailer" there would be taken for an object or a trailer.
_SPACE = rb"[\x00\t\n\x0b\x0c\r ]"
_REBUILT = re.compile(rb"(?:^|[\r\n])" + _SPACE + rb"*(\d+" + _SPACE + rb"+\d+" + _SPACE + rb"+obj|trailer)")
_WHY = "các phần mềm đọc PDF có thể đọc phần này khác nhau, số liệu in ra có thể khác số liệu được kiểm tra"


class UpdateUnreadable(ValueError):
    """An update of a signed PDF not read strictly; the message, in Vietnamese, says which and why."""


def check_updates(data: bytes, reader, stream_limit: int, total_limit: int) -> None:
    """Raise `UpdateUnreadable` unless every byte after the first revision of the PDF `data` (read by
    pyHanko's `reader`) reads strictly, update by update, as pyHanko read them. An object stream unpacks
    to at most `stream_limit` bytes, all of them together to `total_limit` (the check's own limits)."""
    from pyhanko.pdf_utils.xref import ObjStreamRef

    xrefs = reader.xrefs
    revisions = xrefs.total_revisions
    if revisions <= 1:
        return
    starts = [xrefs.get_startxref_for_revision(i) for i in range(revisions)]
    root = reader.get_historical_resolver(0).trailer_view.raw_get("/Root").reference
    first_end = next((m.end() for m in _END.finditer(data, starts[0]) if int(m.group(1)) == starts[0]), None)
    if first_end is None:
        raise UpdateUnreadable(f"không tìm thấy chỗ kết thúc lần lưu đầu của tệp: {_WHY}")
    # Bytes after the last %%EOF are no revision's (the check says them, `_after_eof`); but poppler looks
    # for the last "startxref" near the end of the file, pyHanko before the last %%EOF.
    data, after = data[:data.rfind(b"%%EOF") + 5], data[data.rfind(b"%%EOF") + 5:]
    if b"startxref" in after:
        raise UpdateUnreadable(f"sau dấu kết thúc tệp (%%EOF) cuối cùng còn một chỗ chỉ tới bảng tham chiếu: {_WHY}")
    pos, budget, number = first_end, [total_limit], 0
    size = reader.get_historical_resolver(0).trailer_view.raw_get("/Size")
    while past_space(data, pos) < len(data):
        number += 1
        if number >= revisions:
            raise UpdateUnreadable(f"tệp có phần lưu thêm thứ {number} mà trình đọc chữ ký không thấy: {_WHY}")
        try:
            pos, trailer, objects, streams, listed = _update(data, pos, reader, starts[number - 1], starts[number],
                                                             size, stream_limit, budget)
            size = int(trailer["/Size"])
        except Unreadable as err:
            raise UpdateUnreadable(f"phần lưu thêm thứ {number} sau bản xuất không đọc được chặt chẽ ({err}): {_WHY}") \
                from None
        trailer_root = reader.get_historical_resolver(number).trailer_view.raw_get("/Root")
        if getattr(trailer_root, "reference", None) != root or trailer.get("/Root") != root.idnum:
            raise UpdateUnreadable(f"phần lưu thêm thứ {number} chỉ tới gốc tài liệu (/Root) khác bản xuất: {_WHY}")
        explicit = xrefs.explicit_refs_in_revision(number)
        held = {(ref.idnum, ref.generation) for ref in explicit}
        if any(key not in held for key in listed):  # e.g. R10 F1's "3 99999 n", which pyHanko skips
            raise UpdateUnreadable(f"phần lưu thêm thứ {number} sau bản xuất không đọc được chặt chẽ (a cross-reference "
                                   f"entry the signature reader skips): {_WHY}")
        # An unlisted cross-reference stream (`_entries`): no object of its number up to this revision
        # (pypdf's next save reuses it: the last in the file, as a rebuild takes it).
        for key in set(objects) - listed:
            if any(key[0] in {ref.idnum for ref in xrefs.explicit_refs_in_revision(i)} for i in range(number + 1)):
                raise UpdateUnreadable(f"phần lưu thêm thứ {number} sau bản xuất không đọc được chặt chẽ (object "
                                       f"{key[0]} not in the cross-reference): {_WHY}")
        for ref in explicit:
            where = xrefs.get_historical_ref(ref, number)
            if isinstance(where, ObjStreamRef):
                held_there = streams.get(where.obj_stream_id, [])
                same = where.ix_in_stream < len(held_there) and held_there[where.ix_in_stream] == ref.idnum
            else:
                same = where is None or objects.get((ref.idnum, ref.generation)) == where
            if not same:
                raise UpdateUnreadable(f"phần lưu thêm thứ {number} có đối tượng {ref.idnum} không nằm ở chỗ ghi trong "
                                       f"bảng tham chiếu: {_WHY}")
    if number != revisions - 1:
        raise UpdateUnreadable(f"tệp có {revisions - 1} phần lưu thêm mà chỉ đọc được {number}: {_WHY}")


def _update(data: bytes, pos: int, reader, previous: int, start: int, floor: int, stream_limit: int,
            budget: list[int]) -> tuple[int, dict, dict, dict, set[tuple[int, int]]]:
    """Read the update of `data` after `pos` (the previous %%EOF) to its own %%EOF: the position after
    it, its trailer (or cross-reference stream's dictionary), where each object ((number, generation) ->
    offset) and each object stream's objects (its number -> their numbers in order) are. `previous`:
    the revision before's cross-reference, `start` this one's, as pyHanko found them; `floor` the
    revision before's /Size (`_sized`). Then the (number, generation) of each object its
    cross-reference says in use (`_entries`). Raises `Unreadable`."""
    objects, streams, trailer, xref_at, entries, begin, trailer_at = {}, {}, None, None, None, pos, None
    while True:
        at = past_space(data, pos)
        header = _HEADER.match(data, at)
        if header:
            key = (int(header.group(1)), int(header.group(2)))
            if key in objects:
                raise Unreadable(f"object {key[0]} written twice")
            objects[key] = at
            value, pos, body = _object(data, header.end(), reader, stream_limit, budget, streams, key[0])
            if body is not None and _REBUILT.search(body):
                raise Unreadable(f"a line of object {key[0]}'s stream data read as an object when rebuilding")
            if isinstance(value, dict) and value.get("/Type") == Name("/XRef"):
                if trailer is not None:
                    raise Unreadable("two cross-references in one update")
                trailer, xref_at, entries = value, at, _stream_entries(value, body, stream_limit)
            continue
        token, end, keyword = written_token(data, at)
        if keyword and token == b"xref" and trailer is None:
            xref_at = at
            end, entries = _table(data, end)
            trailer_at = past_space(data, end)
            token, pos, keyword = written_token(data, end)
            if keyword and token == b"trailer":
                trailer, pos, _ = written_token(data, pos)
            if not isinstance(trailer, dict):
                raise Unreadable("no trailer after the table")
        elif keyword and token == b"startxref" and trailer is not None:
            found, pos, _ = written_token(data, end)
            eof = _EOF.match(data, pos)
            if found != xref_at or xref_at != start or eof is None:
                raise Unreadable("startxref not this update's cross-reference")
            if trailer.get("/Prev") != previous:
                raise Unreadable("/Prev not the revision before")
            # Red-team R11 F1: a rebuild scans every line, not only stream data: "N G obj" in a literal
            # string of an orphan dictionary (or a comment) was taken for page 2's content. Only this
            # update's own object headers and trailer may start such a line.
            for line in _REBUILT.finditer(data, begin, eof.end()):
                if line.start(1) not in {*objects.values(), trailer_at}:
                    raise Unreadable("a line of the update read as an object when rebuilding")
            own = next(key for key, offset in objects.items() if offset == xref_at) if entries is not None \
                and "/W" in trailer else None
            listed = _entries(entries, objects, streams, own)
            _sized(trailer, entries, objects, floor)
            return eof.end(), trailer, objects, streams, listed
        else:
            raise Unreadable(f"unexpected {bytes(data[at:at + 12])!r}")


def _sized(trailer: dict, entries: list[tuple[int, int, int, int]], objects: dict, floor: int) -> None:
    """An update's /Size as its `trailer` writes it: above the number of each of its cross-reference
    `entries` and of each object written in it (`objects`, its own unlisted cross-reference stream too),
    and not below the revision before's (`floor`), as pyHanko reads strictly. Red-team R12 F1: a
    signature's trailer "/Size 26" below the objects it listed; MuPDF said "incorrect number of xref
    entries in trailer, repairing", its rebuild took page 2 from an object stream nothing listed it in."""
    size = trailer.get("/Size")
    if not (isinstance(size, float) and size.is_integer() and size >= 0):
        raise Unreadable("bảng tham chiếu không ghi số đối tượng /Size")
    top = max([entry[0] for entry in entries] + [key[0] for key in objects], default=-1)
    if top >= size:
        raise Unreadable(f"bảng tham chiếu ghi /Size {int(size)}, không lớn hơn số đối tượng {top} của phần này")
    if size < floor:
        raise Unreadable(f"bảng tham chiếu ghi /Size {int(size)}, nhỏ hơn /Size {floor} của lần lưu trước")


def _table(data: bytes, pos: int) -> tuple[int, list[tuple[int, int, int, int]]]:
    """The position after the cross-reference table whose "xref" ends at `pos`: its subsections, each
    "first count" and count 20-byte entries; and the entries, (number, type, offset, generation) with
    type 1 in use, 0 free, as a cross-reference stream's."""
    pos = _EOL.match(data, pos).end() if _EOL.match(data, pos) else pos
    entries = []
    while (sub := _SUBSECTION.match(data, pos)) is not None:
        pos = sub.end()
        for number in range(int(sub.group(1)), int(sub.group(1)) + int(sub.group(2))):
            entry = _ENTRY.match(data, pos)
            if entry is None:
                raise Unreadable("cross-reference entry")
            entries.append((number, int(entry.group()[17:18] == b"n"), int(entry.group()[:10]),
                            int(entry.group()[11:16])))
            pos = entry.end()
    return pos, entries


def _stream_entries(value: dict, encoded: bytes, stream_limit: int) -> list[tuple[int, int, int, int]]:
    """The entries of a cross-reference stream, its dictionary `value` and data `encoded`: (number,
    type, second field, third field) as /W and /Index lay them out (type 1: offset and generation;
    2: object stream and index in it; 0: free)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.filters import FlateDecode

    widths, index = value.get("/W"), value.get("/Index", [0.0, value.get("/Size")])
    if not (isinstance(widths, list) and isinstance(index, list)) or len(widths) != 3 or len(index) % 2 \
            or not all(isinstance(n, float) and n.is_integer() and n >= 0 for n in [*widths, *index]):
        raise Unreadable("cross-reference stream /W or /Index")
    filters, parms = value.get("/Filter"), value.get("/DecodeParms") or {}
    if filters not in (None, Name("/FlateDecode"), [Name("/FlateDecode")]) or not isinstance(parms, dict):
        raise Unreadable("cross-reference stream filter")
    if filters is not None:
        parms = generic.DictionaryObject({generic.NameObject(k): generic.NumberObject(int(v)) for k, v in parms.items()
                                          if isinstance(v, float)})
        try:
            encoded = FlateDecode().decode_bounded(encoded, parms, stream_limit)
        except Exception:  # noqa: BLE001 -- any failure to decode is a stream not read
            raise Unreadable("cross-reference stream data") from None
    w1, w2, w3 = (int(w) for w in widths)
    # Red-team R12 F2: /W [1 9 2] (an offset in 9 bytes) pyHanko reads; poppler does not (its source:
    # a type of at most 4 bytes, an offset of 8, a third field of 8, of 4 in older versions; R12 saw it
    # print nothing) and MuPDF 1.28 rebuilds its cross-reference for it. Allowed: what writers write
    # (pyHanko [1 8 2], pypdf [1 4 1]; a type is 0 to 2, always 1 byte) within every viewer's limits: a
    # type of 0 or 1 byte, an offset or object stream number of at most 8, a generation or index of 4.
    if w1 > 1 or w2 > 8 or w3 > 4:
        raise Unreadable(f"luồng tham chiếu ghi độ rộng /W [{w1} {w2} {w3}], rộng hơn mức mọi phần mềm đọc PDF đều "
                         "đọc được: loại tối đa 1 byte, vị trí tối đa 8 byte, thế hệ hay thứ tự tối đa 4 byte")
    row, pairs = w1 + w2 + w3, [(int(a), int(b)) for a, b in zip(index[::2], index[1::2])]
    if row == 0 or len(encoded) != row * sum(count for _, count in pairs):
        raise Unreadable("cross-reference stream data not /Index entries of /W")
    def field(at: int, width: int, default: int) -> int:
        return int.from_bytes(encoded[at:at + width], "big") if width else default

    at, entries = 0, []
    for first, count in pairs:
        for number in range(first, first + count):
            entries.append((number, field(at, w1, 1), field(at + w1, w2, 0), field(at + w1 + w2, w3, 0)))
            at += row
    return entries


def _entries(entries: list[tuple[int, int, int, int]], objects: dict, streams: dict,
             own: tuple[int, int] | None) -> set[tuple[int, int]]:
    """The (number, generation) of each object in use of an update's cross-reference `entries`, each one
    read as written: listed once, at an object written in the update with that number and generation (a
    generation over 65535 poppler keeps and pyHanko skips), or in an object stream of the update; every
    object written in the update listed (a viewer rebuilding its cross-reference would find one not) but
    the cross-reference stream `own` (pypdf does not list it), if no entry has its number: then the
    caller sees that no revision up to this one has an object of that number (a rebuild would take it
    for that)."""
    numbers = {entry[0] for entry in entries}
    if len(numbers) != len(entries):
        raise Unreadable("an object listed twice in the cross-reference")
    listed = set()
    for number, kind, second, third in entries:
        if kind == 1 and (third > 65535 or objects.get((number, third)) != second):
            raise Unreadable(f"cross-reference entry {number} {third} not the object written there")
        if kind == 2 and (third >= len(streams.get(second, ())) or streams[second][third] != number):
            raise Unreadable(f"cross-reference entry {number} not in its object stream at index {third}")
        if kind not in (0, 1, 2) or (kind == 0 and third > 65535):
            raise Unreadable(f"cross-reference entry {number}")
        if kind:
            listed.add((number, third if kind == 1 else 0))
    unlisted = [key for key in objects if key not in listed and (key != own or own[0] in numbers)]
    if unlisted:
        raise Unreadable(f"object {unlisted[0][0]} not in the cross-reference")
    # Red-team R12 F1: an object stream, listed as a plain object, held page 2 (5 0) that no entry said
    # was there. Only a rebuilding viewer reads it (MuPDF's took page 2 from it), but nothing else does.
    where = {number: (kind, second, third) for number, kind, second, third in entries}
    for stream, held in streams.items():
        if not held:
            raise Unreadable(f"luồng đối tượng {stream} không chứa đối tượng nào")
        for index, number in enumerate(held):
            if where.get(number) != (2, stream, index):
                raise Unreadable(f"đối tượng {number}, thứ {index + 1} trong luồng đối tượng {stream}, không được "
                                 f"bảng tham chiếu ghi ở đó")
    return listed


def _object(data: bytes, pos: int, reader, stream_limit: int, budget: list[int], streams: dict, number: int):
    """The object whose "N G obj" ends at `pos`, to its "endobj", the position after it and a stream's
    data as written (else None): skipped by its /Length, an object stream's read (`_object_stream`)."""
    start, body = past_space(data, pos), None
    value, pos, keyword = written_token(data, start)
    if keyword:
        raise Unreadable("no object")
    token, end, keyword = written_token(data, pos)
    if keyword and token == b"stream" and isinstance(value, dict):
        eol = _EOL.match(data, end)
        if eol is None or eol.group() == b"\r":
            raise Unreadable("stream not followed by a line end")
        length = _length(data[start:pos], value, reader)
        body = data[eol.end():eol.end() + length]
        tail = eol.end() + length
        tail = _EOL.match(data, tail).end() if _EOL.match(data, tail) else tail
        if len(body) != length or not data.startswith(b"endstream", tail):
            raise Unreadable("stream length")
        if value.get("/Type") == Name("/ObjStm"):
            streams[number] = _object_stream(value, body, stream_limit, budget)
        token, end, keyword = written_token(data, tail + len(b"endstream"))
    if not (keyword and token == b"endobj"):
        raise Unreadable("object not ended by endobj")
    return value, end, body


def _length(dictionary: bytes, value: dict, reader) -> int:
    """A stream's /Length, its dictionary `value` written as `dictionary`: written there, or the object
    it refers to (as pyHanko reads it)."""
    from pyhanko.pdf_utils.generic import Reference

    length = value.get("/Length")
    indirect = _INDIRECT_LENGTH.search(dictionary)
    if indirect:
        length = reader.get_object(Reference(int(indirect.group(1)), int(indirect.group(2)), reader))
    if not isinstance(length, (int, float)) or length < 0 or length != int(length):
        raise Unreadable("stream length")
    return int(length)


def _object_stream(value: dict, encoded: bytes, stream_limit: int, budget: list[int]) -> list[int]:
    """The numbers of the objects in an object stream, in its header's order (a cross-reference entry
    names one by its index there, as poppler checks), its dictionary `value`, its data `encoded`
    (unfiltered or /FlateDecode, no parameters: what writers use), unpacked to at most `stream_limit`
    bytes and what is left of `budget`: a header of exactly /N pairs "number offset", each number once,
    offsets rising within the data, each object read whole and nothing between or after them."""
    filters = value.get("/Filter")
    if filters not in (None, Name("/FlateDecode"), [Name("/FlateDecode")]) or "/DecodeParms" in value:
        raise Unreadable("object stream filter")
    if filters is None:
        data = encoded
    else:
        inflate = zlib.decompressobj()
        try:
            data = inflate.decompress(encoded, min(stream_limit, budget[0]) + 1)
        except zlib.error:
            raise Unreadable("object stream data") from None
        if not inflate.eof:
            raise Unreadable("object stream data too large or cut short")
    budget[0] -= len(data)
    if len(data) > stream_limit or budget[0] < 0:
        raise Unreadable("object stream data too large")
    count, first = value.get("/N"), value.get("/First")
    if not all(isinstance(n, float) and n.is_integer() and n >= 0 for n in (count, first)) or first > len(data):
        raise Unreadable("object stream /N or /First")
    header = re.split(_WS + rb"+", data[:int(first)].strip(b"\x00\t\n\x0c\r "))
    header = [] if header == [b""] else header
    if len(header) != 2 * count or not all(n.isdigit() for n in header):
        raise Unreadable("object stream header not /N pairs")
    numbers, offsets = [int(n) for n in header[::2]], [int(first) + int(n) for n in header[1::2]]
    rising = all(a < b for a, b in zip(offsets, offsets[1:]))  # noqa: RUF007
    if len(set(numbers)) != len(numbers) or not rising or (offsets and past_space(data, int(first)) != offsets[0]):
        raise Unreadable("object stream header: an object twice or offsets out of order")
    for at, following in zip(offsets, [*offsets[1:], len(data)]):
        _, end, keyword = written_token(data, at)
        if keyword or past_space(data, end) != following or data[at:at + 1] in b"\x00\t\n\x0c\r %":
            raise Unreadable("object stream object")
    return numbers
