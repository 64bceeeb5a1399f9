"""Which operators a PDF content stream runs, read as a viewer reads it (PDF 32000-1 7.2, 7.3, 7.8,
8.9.7), and whether any of them paints: what an outside tool's signature box draws on a report's page
(`desktop_app.widget_drawn`). Red-team R7 F1: a reader splitting tokens on regex whitespace took
"/Fm<NUL>Do" for one name, while a viewer reads NUL as whitespace and runs the `Do` drawing a form over
a figure. Anything this reader cannot read is `Unreadable`, and `paints` counts it as painting. Where
viewers disagree among themselves it is unreadable too (red-team R8): an operator given operands not its
own, more operands than poppler keeps, a dictionary naming a key twice (`file_object` reads the objects
of the file around an appearance for that).
"""
from __future__ import annotations

import re
from collections.abc import Callable

WHITESPACE = b"\x00\t\n\x0c\r "
DELIMITERS = b"()<>[]{}/%"
_REGULAR = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]+")
_NUMBER = re.compile(rb"[-+]?(\d+\.?\d*|\.\d+)")
_HEX = re.compile(rb"[0-9A-Fa-f\x00\t\n\x0c\r ]*")
_SPACE = re.compile(rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*")
_IN_STRING = re.compile(rb"\\.|[()]", re.DOTALL)  # an escape (skipped whole) or a parenthesis
_CONSTANTS = {b"true": True, b"false": False, b"null": None}
MAX_NESTING = 32  # arrays and dictionaries inside one another in an operand
MAX_OPERATIONS = 100_000
# Poppler keeps the first 33 operands of an operation and drops the rest, running "/Fm x33 /Qt Do" as
# "/Fm Do" where another reader takes the last (red-team R8 F3): more is not read.
MAX_OPERANDS = 33

# Operators that set up or end a path without painting it, set a graphics or text state, a colour, move
# the text position, or mark content, with the least and most operands each takes (PDF 32000-1 A.2; a
# colour's 1 to 4 components and a pattern's name): they paint nothing. Every other operator paints, or
# may: a fill or stroke, text shown, a shading, an image, a form (`Do`, one name, judged by the caller),
# a Type 3 glyph's `d0`/`d1`, and any keyword a viewer may read otherwise than this module. Given another
# number of operands, viewers differ in which they use (poppler the last ones): that operation paints.
_OPERANDS = {op: (n, n) for n, ops in {
    0: (b"q", b"Q", b"h", b"n", b"W", b"W*", b"BT", b"ET", b"T*", b"EMC", b"BX", b"EX"),
    1: (b"w", b"J", b"j", b"M", b"ri", b"i", b"gs", b"g", b"G", b"cs", b"CS", b"Tc", b"Tw", b"Tz", b"TL", b"Tr",
        b"Ts", b"BMC", b"MP"),
    2: (b"d", b"m", b"l", b"Tf", b"Td", b"TD", b"BDC", b"DP"),
    3: (b"rg", b"RG"), 4: (b"v", b"y", b"re", b"k", b"K"), 6: (b"cm", b"c", b"Tm")}.items() for op in ops}
_OPERANDS.update({b"sc": (1, 4), b"SC": (1, 4), b"scn": (1, 5), b"SCN": (1, 5)})
PAINTLESS = frozenset(_OPERANDS)


class Unreadable(ValueError):
    """A content stream this module does not read as surely as a viewer would."""


class Name(str):
    """A name operand, as a PDF dictionary's key spells it: "/" and its #xx escapes decoded."""


def operations(data: bytes) -> list[tuple[bytes, list]]:
    """(operator, operands) of every operation `data` runs, in order. Operands are numbers (float),
    `Name`s, strings (bytes: a literal string's raw body, a hex string's digits), booleans, None (null),
    lists and dicts; an inline image is (b"BI", [its dictionary]), its data skipped. Operands left
    without an operator at the end are dropped, as a viewer does. Raises `Unreadable`, with more than
    `MAX_OPERANDS` operands before an operator or a dictionary naming a key twice among them."""
    found, operands, pos = [], [], 0
    while True:
        pos = _skip_space(data, pos)
        if pos >= len(data):
            return found
        value, pos = _object(data, pos, 0)
        if not isinstance(value, _Keyword):
            operands.append(value)
            if len(operands) > MAX_OPERANDS:
                raise Unreadable("too many operands")
            continue
        if value == b"BI":
            image, pos = _inline_image(data, pos)
            operands.append(image)
        found.append((bytes(value), operands))
        operands = []
        if len(found) > MAX_OPERATIONS:
            raise Unreadable("too many operations")


def paints(data: bytes, form_paints: Callable[[Name], bool]) -> bool:
    """Whether the content stream `data` paints anything on the page: an operator outside `PAINTLESS`
    does, a `Do` when `form_paints(its name)` says so (the caller looks the XObject up: an image
    paints, a form paints when its own content does), and a stream that cannot be read does, or an
    operation with operands other than its own (`Do`: exactly one name)."""
    try:
        ops = operations(data)
    except Unreadable:
        return True
    for op, operands in ops:
        if op == b"Do":
            if len(operands) != 1 or not isinstance(operands[0], Name) or form_paints(operands[0]):
                return True
        elif op not in PAINTLESS or not _OPERANDS[op][0] <= len(operands) <= _OPERANDS[op][1]:
            return True
    return False


class _Keyword(bytes):
    """A token of regular characters that is no number, boolean or null: an operator."""


def _skip_space(data: bytes, pos: int) -> int:
    """The position of the next token at or after `pos`, past whitespace and comments."""
    return _SPACE.match(data, pos).end()


def _object(data: bytes, pos: int, depth: int, refs: bool = False):
    """The object or keyword starting at `pos` (a token, not whitespace) and the position after it; with
    `refs`, an indirect reference "N G R" in an array or dictionary is read as the number N."""
    if depth > MAX_NESTING:
        raise Unreadable("nested too deep")
    head = data[pos:pos + 2]
    if head == b"<<":
        return _dictionary(data, pos + 2, depth, refs)
    if head[:1] == b"<":
        end = data.find(b">", pos)
        if end < 0 or not _HEX.fullmatch(data, pos + 1, end):
            raise Unreadable("hex string")
        return bytes(c for c in data[pos + 1:end] if c not in WHITESPACE), end + 1
    if head[:1] == b"(":
        return _literal(data, pos)
    if head[:1] == b"[":
        items, pos = [], pos + 1
        while True:
            pos = _skip_space(data, pos)
            if data[pos:pos + 1] == b"]":
                return items, pos + 1
            if pos >= len(data):
                raise Unreadable("array not closed")
            item, pos = _object(data, pos, depth + 1, refs)
            if isinstance(item, _Keyword):
                raise Unreadable("operator inside an array")
            items.append(item)
            pos = _past_reference(data, pos) if refs and isinstance(item, float) else pos
    if head[:1] == b"/":
        match = _REGULAR.match(data, pos + 1)
        end = match.end() if match else pos + 1
        return _name(data[pos + 1:end]), end
    match = _REGULAR.match(data, pos)
    if match is None:  # a stray ) > ] { }
        raise Unreadable(f"stray {head[:1]!r}")
    token = match.group()
    if _NUMBER.fullmatch(token):
        return float(token), match.end()
    if token in _CONSTANTS:
        return _CONSTANTS[token], match.end()
    return _Keyword(token), match.end()


def _dictionary(data: bytes, pos: int, depth: int, refs: bool = False) -> tuple[dict, int]:
    """A dictionary whose "<<" ends before `pos`. A key named twice is unreadable: pyHanko keeps the
    first value, poppler the last (red-team R8 F4: an appearance's /XObject << /Fm QUIET /Fm DRAWN >>)."""
    found = {}
    while True:
        pos = _skip_space(data, pos)
        if data[pos:pos + 2] == b">>":
            return found, pos + 2
        if pos >= len(data):
            raise Unreadable("dictionary not closed")
        key, pos = _object(data, pos, depth + 1)
        pos = _skip_space(data, pos)
        if not isinstance(key, Name) or pos >= len(data):
            raise Unreadable("dictionary key")
        if key in found:
            raise Unreadable(f"key {key} named twice")
        value, pos = _object(data, pos, depth + 1, refs)
        if isinstance(value, _Keyword):
            raise Unreadable("operator inside a dictionary")
        found[key] = value
        pos = _past_reference(data, pos) if refs and isinstance(value, float) else pos


_GAP = rb"(?:[\x00\t\n\x0c\r ]|%[^\r\n]*)+"  # whitespace or comments, at least one byte
_REFERENCE_TAIL = re.compile(_GAP + rb"\d+" + _GAP + rb"R(?![^\x00\t\n\x0c\r ()<>\[\]{}/%])")
_OBJECT_HEADER = re.compile(rb"\d+" + _GAP + rb"\d+" + _GAP + rb"obj")


def _past_reference(data: bytes, pos: int) -> int:
    """The position after " G R" when a number ending at `pos` begins an indirect reference, else `pos`."""
    found = _REFERENCE_TAIL.match(data, pos)
    return found.end() if found else pos


def file_object(data: bytes, pos: int = 0):
    """The object written at `pos` of a PDF file's bytes `data`, after its "N G obj" when it has one (an
    object in an object stream has none): a stream's dictionary, without its data. Raises `Unreadable`,
    in particular when any dictionary in it names a key twice, which a viewer may read otherwise than
    pyHanko (`_dictionary`)."""
    pos = _skip_space(data, pos)
    header = _OBJECT_HEADER.match(data, pos)
    pos = _skip_space(data, header.end() if header else pos)
    if pos >= len(data):
        raise Unreadable("no object")
    found, _ = _object(data, pos, 0, refs=True)
    if isinstance(found, _Keyword):
        raise Unreadable("no object")
    return found


def _literal(data: bytes, pos: int) -> tuple[bytes, int]:
    """A literal string: balanced parentheses nest, a backslash escapes the byte after it."""
    start, depth = pos + 1, 1
    for found in _IN_STRING.finditer(data, start):
        depth += (found.group() == b"(") - (found.group() == b")")
        if depth == 0:
            return data[start:found.start()], found.end()
    raise Unreadable("string not closed")


def _name(raw: bytes) -> Name:
    """`raw` (after the "/") decoded: #xx is the byte xx."""
    out, pos = bytearray(), 0
    while pos < len(raw):
        if raw[pos] == 0x23:  # '#'
            digits = raw[pos + 1:pos + 3]
            if len(digits) != 2 or not re.fullmatch(rb"[0-9A-Fa-f]{2}", digits):
                raise Unreadable("name escape")
            out.append(int(digits, 16))
            pos += 3
        else:
            out.append(raw[pos])
            pos += 1
    try:
        return Name("/" + out.decode("utf-8"))
    except UnicodeDecodeError:
        return Name("/" + out.decode("latin-1"))


def _inline_image(data: bytes, pos: int) -> tuple[dict, int]:
    """The dictionary of the inline image whose `BI` ends at `pos`, and the position after its `EI`: its
    data runs from the byte after `ID` and its one whitespace byte to the first `EI` standing between
    whitespace and whitespace, a delimiter or the end."""
    image = {}
    while True:
        pos = _skip_space(data, pos)
        if pos >= len(data):
            raise Unreadable("inline image not closed")
        key, pos = _object(data, pos, 1)
        if isinstance(key, _Keyword) and key == b"ID":
            break
        if not isinstance(key, Name):
            raise Unreadable("inline image key")
        value, pos = _object(data, _skip_space(data, pos), 1)
        if isinstance(value, _Keyword):
            raise Unreadable("inline image value")
        image[key] = value
    if data[pos:pos + 1] == b"" or data[pos] not in WHITESPACE:
        raise Unreadable("inline image data")
    for end in re.finditer(rb"[\x00\t\n\x0c\r ]EI", data[pos:]):
        after = pos + end.end()
        if after == len(data) or data[after] in WHITESPACE or data[after] in DELIMITERS:
            return image, after
    raise Unreadable("inline image not ended")


def past_space(data: bytes, pos: int) -> int:
    """The position of the next token of a PDF file's bytes at or after `pos`, past whitespace and
    comments (a "%%EOF" included: the caller looks for it before)."""
    return _skip_space(data, pos)


def written_token(data: bytes, pos: int) -> tuple[object, int, bool]:
    """The object or keyword of a PDF file's bytes starting at the token at or after `pos`, the position
    after it, and whether it is a keyword (then bytes: "obj", "stream", "xref", "trailer"...). Read as
    `file_object` reads: a reference in an array or dictionary is its object number, a dictionary naming
    a key twice is `Unreadable` (`desktop_app.pdf_updates` reads every byte of a PDF's updates so)."""
    pos = _skip_space(data, pos)
    if pos >= len(data):
        raise Unreadable("no token")
    found, end = _object(data, pos, 0, refs=True)
    return (bytes(found), end, True) if isinstance(found, _Keyword) else (found, end, False)
