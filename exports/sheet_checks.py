"""Checks on a sheet's XML, from outside, before any xlsx reader reads it (`exports.xlsx_container`
runs them on every part holding a sheetData, whatever the part is named).

python-calamine allocates a sheet as the rectangle up to its farthest cell, so one cell at
XFD1048576 in a 13 kB file would ask for 549 GB and abort the whole process, which no Python
error boundary catches: a cell or row placed beyond `MAX_ROWS` x `MAX_COLUMNS` is refused. A cell
that does not state its place (`r`) is refused too: calamine places it by counting (the rows before
it, the cells before it in its row), so 10.000 empty rows and a row of 400.000 cells in a 1,5 MB
file made a rectangle of 128 GB. A cell or row stating its place twice (malformed XML, which
calamine reads by the last) is refused too, and so is a cell written twice at one place, a formula
(the program writes none and asks Excel to recalculate on opening, so Excel would show the
formula's result, not the value the file was signed with) and a cell stating one of its attributes
twice (`t="n" t="inlineStr"`: readers differ on which they take, LibreOffice dropping the rest of
the row). What a person sees must be what is read: calamine reads elements by their names alone,
LibreOffice, Excel and `chitieu verify`'s checks by name and namespace, so a namespace declared
below a sheet's root, a root outside SpreadsheetML's namespace and an element of the sheet's data
with another prefix are refused, and so is a cell holding two values (LibreOffice shows the first,
calamine reads the last), and a cell or row whose attribute is written with a character reference
(`r="G2&#49;"`: G21 to LibreOffice, not to the searches here). Each refusal is a `DamagedFile` saying what is wrong, in Vietnamese.
Every search reads each byte of a part a bounded number of times, whatever the part holds.
"""
from __future__ import annotations

import re
from collections import Counter

from desktop_app.core.errors import DamagedFile

# The farthest cell a sheet may place: a submission has about 40 columns and 100 rows. At most
# 9.999 x 104 cells, calamine's rectangle stays some tens of MB.
MAX_ROWS = 9999
MAX_COLUMNS = 104  # CZ
_AREA_ROWS = f"{MAX_ROWS:,}".replace(",", ".")  # as a Vietnamese reads it
# Every search below reads each byte of a part a bounded number of times, whatever the part holds:
# a search starting at a tag's "<" never passes the next "<", since an attribute's value holds no
# "<" (XML allows none; every writer writes "&lt;"). A tag that is not a name and attributes
# (name="value" or name='value') up to its ">" is refused (`_BROKEN`), so no search need look
# past it. (A search whose attribute values ran on to the next quote anywhere, or that looked for
# an r up to the next ">" from every "<c", took hours over a part of a million "<c ".)
_PREFIX = rb"(?:[^\s<>:/!?]+:)?"  # an element's prefix, if any
_VALUE = rb"""(?:"[^"<]*"|'[^'<]*')"""
_ATTR = rb"""\s+[^\s=<>/"']+\s*=\s*""" + _VALUE
_BROKEN = re.compile(rb"<" + _PREFIX + rb"(?:c|row)(?=[\s/>])(?!(?>" + _ATTR + rb")*+\s*/?>)")


def _attributes_before(stop: bytes) -> bytes:
    """As many attributes as come before one matching `stop`, each read once and kept no more (a
    lazy repetition kept its state for each: 244 MB for one tag of 640.000 attributes)."""
    return rb"(?:(?!" + stop + rb")" + _ATTR + rb")*+"


# A row's or cell's position (the attribute r of a <row> or <c>, in either quotes, in any letter
# case, as calamine reads it) beyond those: three letters, two from DA on, or five digits. Other
# elements have an r of their own (a theme's fillToRect), and a sheet may be any part the
# workbook points to (every sheet has a sheetData, prefixed or not): each such part is searched
# for any attribute r with such a value (`_R_GATE`, one search in C; a Python loop over a sheet's
# thousands of cells would cost more than reading it), and only where one is found, for a <row>
# or <c> holding it, attribute by attribute (a quoted value may hold ">").
_FAR_PLACE = rb"""(?:[A-Za-z]{3}|[D-Zd-z][A-Za-z]|[A-Za-z]{0,2}[0-9]{5})"""
_FAR = rb"""r\s*=\s*["']""" + _FAR_PLACE
_FAR_CELL = re.compile(rb"<" + _PREFIX + rb"(?:c|row)" + _attributes_before(rb"\s+" + _FAR) + rb"\s+" + _FAR)
# A <row> or <c> stating its place twice (`<c r="B2" r="Z9">`): malformed XML, which calamine
# reads all the same, placing the cell by the last r (one reader shows it at B2, calamine counts
# it at Z9). Every writer writes r first, right after the element's name: the same search looks
# for an r elsewhere (in a writer's sheet, none: "right" and words of the text only begin so), and
# only where one is found is a <row> or <c> holding two looked for, attribute by attribute
# (`_R_TWICE`; and any <row> or <c> not written as a tag, `_BROKEN`, whose second r these would
# not see). One search for both: about 30 µs more per submission (2 ms to examine). The same search
# finds a <row> whose r is not first or not digits alone, for `_UNPLACED_ROW` (below) and `_REFERENCE`.
# It branches on the byte after each "r" ("=", a space, "o"), so that an r of a word (most of a sheet's
# thousands) is passed over in one step, before any look behind it: a fifth of its time. The r of a
# "<c r" (one per cell) it passes over too: where every cell is written as the writers write it, the
# pass over the cells (`_CELL_QUICK`, placing each within the area) has told that none is beyond it,
# and elsewhere `_FAR_AT_CELL` looks for one (the two together find what the gate found at "<c r").
_R_GATE = re.compile(rb"""r(?:=(?<=\sr=)(?<!<c r=)(?:(?<!<row r=)|\s*["']""" + _FAR_PLACE + rb""")"""
                     rb"""|\s(?<=\sr\s)(?<!<c r\s)(?:(?<!<row r\s)\s*=|\s*=\s*["']""" + _FAR_PLACE + rb""")"""
                     rb"""|ow(?<=[<:]row)(?=[\s/>])(?! r="[0-9]{1,7}"[\s/>]))""")
_FAR_AT_CELL = re.compile(rb"<c " + _FAR)
_R = rb"\s+r\s*="
_R_TWICE = re.compile(rb"<" + _PREFIX + rb"(?:c|row)(?=[\s/>])" + _attributes_before(_R) + _R + rb"\s*" + _VALUE
                      + _attributes_before(_R) + _R)
# A <c> without its own r attribute (calamine reads only an unprefixed r, the last of two):
# placed by counting, beyond any stated place. A cell that states its place is put there
# whatever its row says; but a <row> without its own r is placed by counting too, by LibreOffice,
# with its height (`ht="1"`: a whole row of the table hidden in print, while the checks of the
# rows' heights, keyed on r, passed it): refused too (`_UNPLACED_ROW`; every writer writes a
# row's r, first). Every writer (openpyxl, Excel, LibreOffice) writes r first: a sheet is searched for a
# cell whose attributes are not as the writers write them (`_CELL_QUICK` below, one search in C) and for a prefixed
# cell (`_PREFIXED`), and only where one is found, precisely, attribute by attribute
# (`_UNPLACED`).
_PLACE = rb"""r\s*=\s*["'][A-Za-z]{0,3}[0-9]"""
_PREFIXED = re.compile(rb":c[\s/>]")
_ROW_PLACE = rb"""\s+r\s*=\s*["'][0-9]"""
_UNPLACED_ROW = re.compile(rb"<" + _PREFIX + rb"row(?=[\s/>])(?!" + _attributes_before(_ROW_PLACE) + _ROW_PLACE + rb")")
_UNPLACED = re.compile(rb"<" + _PREFIX + rb"c(?=[\s/>])(?!" + _attributes_before(rb"\s+" + _PLACE) + rb"\s+" + _PLACE + rb")")
# A cell whose attributes are not exactly as every writer writes them (`<c r="A1" s="1" t="inlineStr">`,
# r first, then s and t, each at most once), or whose content does not begin with its value (<v>,
# <is>) or end there: one search in C (`_CELL_QUICK`, as cheap as the search it replaced), and only
# where one is found is each <c> looked at, attribute by attribute: one not written as a tag
# (`_BROKEN`), without its own place (`_UNPLACED`) or with an attribute stated twice
# (`_attribute_twice`); and what it holds (`_TWO_VALUES`, below).
# Where each cell is placed: two cells at one place show one value to one reader, the other to
# another (calamine and LibreOffice take the last; a reader may take the first). As the writers write
# it, the same pass in C gives each cell's place (`_CELL_QUICK.findall`: b"" for a cell written
# otherwise, which no cell as written holds, so that one pass over the cells tells both); otherwise,
# attribute by attribute. (Written as branches, not "(?: s=…)?": sre tries a branch's first byte
# before entering it, a fifth of the pass.) A cell as written is placed within the area (A-CZ,
# 1-9999: no `_FAR_PLACE`); one placed beyond it is one written otherwise, refused as beyond it.
_CELL_QUICK = re.compile(rb"""<c(?: r="((?:[A-C][A-Z]|[A-Z])[0-9]{1,4})"(?: s="[0-9]{1,6}"|)(?: t="[a-zA-Z]{1,9}"|)\s*"""
                         rb"""(?:/>|>(?:<v>|<is>|</c>))|(?=[\s/>]))""")
_CELL_PLACE = rb"""\s+r\s*=\s*["']([A-Za-z]{1,3}[0-9]{1,7})["']"""
_PLACE_ANY = re.compile(rb"<" + _PREFIX + rb"c(?=\s)" + _attributes_before(_CELL_PLACE.replace(b"(", b"(?:"))  # not captured
                        + _CELL_PLACE)
_CELL_TAG = re.compile(rb"<" + _PREFIX + rb"c(?=[\s/>])((?:" + _ATTR + rb")*+)")
_ATTR_NAME = re.compile(rb"""\s+([^\s=<>/"']+)\s*=\s*""" + _VALUE)
# A formula (<f>, prefixed or not): the writer writes none. `_FORMULA_QUICK` starts at each "f"
# (found in C) and looks back for the "<" or a prefix's ":" before it; a text holding ":f " (a
# remark "phụ lục a:f 2") passes it too, so only where it finds one is the element looked for,
# as a tag (`_FORMULA`: a "<" in a text is written "&lt;"), six times slower over a whole sheet;
# and then the cell holding it, to name it (`_FORMULA_CELL`).
_FORMULA_QUICK = re.compile(rb"f(?<=[<:]f)[\s/>]")
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f[\s/>]")
_FORMULA_CELL = re.compile(_PLACE_ANY.pattern + rb"(?:" + _ATTR + rb")*+\s*>\s*<" + _PREFIX + rb"f[\s/>]")
# An attribute of a <c> or <row> written with a character or entity reference (`r="G2&#49;"`, `t="&#115;"`):
# every XML reader but calamine decodes it (LibreOffice and `chitieu verify`'s checks put `<c r="G2&#49;">`
# at G21), the searches here read the bytes (`_PLACE_ANY` saw no second G21), calamine refuses some and reads
# others. No writer writes one: a cell written so is not as the writers write it (`_CELL_QUICK`), a row's
# place not digits alone fires `_R_GATE`, and only then is each tag looked at, attribute by attribute.
_REF_VALUE = rb"""\s+[^\s=<>/"']+\s*=\s*(?:"[^"<&]*&|'[^'<&]*&)"""
_REFERENCE = re.compile(rb"<" + _PREFIX + rb"(?:c|row)(?=[\s/>])" + _attributes_before(_REF_VALUE) + _REF_VALUE)
_NOT_OURS = "không phải tệp do phần mềm lập, không đọc."


def check_sheet(out: bytes, name: str, part: str) -> None:
    """A part holding "sheetData": whatever part of the file it is, nothing in it that a reader
    would place beyond the sheet's bounds, that readers read otherwise, or that shows other
    figures than those read."""
    places = _CELL_QUICK.findall(out)  # as written, each cell's place (b"": a cell written otherwise)
    r_elsewhere = _check_places(out, b"" in places, name, part)
    written_otherwise = _check_cells(out, places, name, part)
    first = out.find(b"sheetData")
    if first < 0 or not _SHEET_DATA.search(out, max(first - 1, 0)):
        return  # the word, in a part holding no sheet's data (a text box saying it)
    root = _ROOT.match(out)
    if root is None:
        raise DamagedFile(f"Tệp {name} bị hỏng: phần {part} không mở đầu bằng thẻ gốc của một trang: {_NOT_OURS}",
                          field="Tệp")
    data = max(out.rfind(b"<", 0, first), 0), out.rfind(b"sheetData")  # from the first "sheetData" to the last
    _declared_on_root(out, root, name, part)
    _data_in_main(out, root, data, name, part)
    if r_elsewhere and _UNPLACED_ROW.search(out, *data):
        raise DamagedFile(
            f"Tệp {name} có dòng không ghi vị trí (phần {part}): không phải tệp số liệu do phần mềm lập (phần "
            "mềm, Excel và LibreOffice ghi vị trí của mọi dòng; LibreOffice đặt dòng ấy, với chiều cao của nó, "
            "theo thứ tự các dòng), không đọc.", field="Tệp")
    if written_otherwise or root.group(1) or _VALUE_QUICK.search(out):
        _one_value_each(out, name, part)


def _check_places(out: bytes, odd_cell: bool, name: str, part: str) -> bool:
    """A sheet's cells and rows: none placed beyond the area, none stating its place twice;
    whether any r is written elsewhere than first in its <c> or <row> (or a <row> has none), or
    a cell placed beyond the area. `odd_cell`: whether a cell is written otherwise than as the
    writers write it (`_CELL_QUICK`)."""
    gate = _R_GATE.search(out) or (odd_cell and _FAR_AT_CELL.search(out))
    if gate:
        if _FAR_CELL.search(out):
            raise DamagedFile(
                f"Tệp {name} có ô hoặc dòng nằm ngoài vùng {MAX_COLUMNS} cột x {_AREA_ROWS} dòng (phần "
                f"{part}): không phải tệp số liệu do phần mềm lập, không đọc.", field="Tệp")
        if _R_TWICE.search(out):
            raise DamagedFile(
                f"Tệp {name} bị hỏng: một ô hoặc dòng ghi vị trí (thuộc tính r) hai lần (phần {part}; "
                "mỗi chương trình có thể đặt ô vào một chỗ khác): không phải tệp do phần mềm lập, không đọc.",
                field="Tệp")
        _well_formed(out, name, part)
        _no_reference(out, name, part)
    return bool(gate)


def _check_cells(out: bytes, places: list[bytes], name: str, part: str) -> bool:
    """A sheet's cells (`places`: `_CELL_QUICK`'s): each states its place, no place twice, no attribute
    twice, no formula; whether any cell is written otherwise than as the writers write it."""
    written_otherwise = b"" in places or _PREFIXED.search(out)
    if written_otherwise:
        _well_formed(out, name, part)
        _no_reference(out, name, part)
        places = [p.upper() for p in _PLACE_ANY.findall(out)]  # "e10" is E10 to a reader
    if len(set(places)) != len(places):
        seen = set()
        twice = next((p for p in places if p in seen or seen.add(p)), places[0]).decode()
        raise DamagedFile(
            f"Tệp {name} bị hỏng: ô {twice} ghi hai lần (phần {part}; mỗi chương trình có thể hiện một trong hai "
            "giá trị khác nhau): không phải tệp do phần mềm lập, không đọc.", field="Tệp")
    if written_otherwise:
        if _UNPLACED.search(out):
            raise DamagedFile(
                f"Tệp {name} có ô không ghi vị trí (phần {part}): không phải tệp số liệu do phần "
                "mềm lập (phần mềm ghi vị trí của mọi ô), không đọc.", field="Tệp")
        twice = _attribute_twice(out)
        if twice:
            raise DamagedFile(
                f"Tệp {name} bị hỏng: ô {twice[0]} ghi thuộc tính {twice[1]} hai lần (phần {part}; mỗi chương "
                "trình có thể đọc ô khác đi, có chương trình bỏ cả phần còn lại của dòng): không phải tệp do "
                "phần mềm lập, không đọc.", field="Tệp")
    if _FORMULA_QUICK.search(out) and _FORMULA.search(out):
        cell = _FORMULA_CELL.search(out)
        where = f"ô {cell.group(1).decode()} " if cell else ""
        raise DamagedFile(
            f"Tệp {name} có công thức ({where}phần {part}): phần mềm không ghi công thức; Excel sẽ tính lại "
            "và hiện kết quả của công thức thay cho số liệu đã ký, không đọc.", field="Tệp")
    return bool(written_otherwise)


def _well_formed(out: bytes, name: str, part: str) -> None:
    """Refuse a <c> or <row> that is not a tag (an attribute without its value or quotes, a value
    holding "<"): readers differ on where it ends, and the searches here stop at it."""
    broken = _BROKEN.search(out)
    if broken:
        shown = " ".join(out[broken.start():broken.start() + 30].decode("utf-8", "replace").split())
        raise DamagedFile(
            f"Tệp {name} bị hỏng: thẻ của một ô hoặc dòng viết sai (\"{shown}…\", phần {part}; mỗi chương "
            f"trình có thể đọc thẻ ấy khác nhau): {_NOT_OURS}", field="Tệp")


def _no_reference(out: bytes, name: str, part: str) -> None:
    """Refuse a <c> or <row> with an attribute written with a reference ("&")."""
    found = _REFERENCE.search(out)
    if found:
        shown = " ".join(out[found.start():found.end() + 8].decode("utf-8", "replace").split())[:60]
        raise DamagedFile(
            f"Tệp {name} có ô hoặc dòng ghi thuộc tính bằng tham chiếu ký tự hoặc thực thể (\"{shown}…\", phần {part}; "
            "phần mềm, Excel và LibreOffice không viết vậy, mỗi chương trình có thể đặt hay đọc ô ấy khác nhau): "
            f"{_NOT_OURS}", field="Tệp")


def _attribute_twice(out: bytes) -> tuple[str, str] | None:
    """The first cell stating an attribute twice (by the same name: `x:r` beside `r` is another
    attribute, which calamine does not read), and the attribute, or None."""
    for m in _CELL_TAG.finditer(out):
        seen = set()
        for a in _ATTR_NAME.finditer(m.group(1)):
            local = a.group(1)
            if local in seen:
                place = re.search(rb"""\br\s*=\s*["']([^"']{0,12})""", m.group(1))
                return (place.group(1).decode("utf-8", "replace") if place else "?"), local.decode("utf-8", "replace")
            seen.add(local)
    return None


# A sheet's namespaces. calamine reads a sheet by its elements' names alone (<is xmlns="urn:x">
# and <y:is> are an is to it); LibreOffice, Excel and the checks of `chitieu verify` by name and
# namespace: a cell holding a second <is> in another namespace showed LibreOffice "100 … Đạt" where
# calamine read the signed "98,81 … Không đạt". The program, Excel and LibreOffice declare every
# namespace on the sheet's root element, in SpreadsheetML's namespace, and write the sheet's data
# (sheetData, its rows and cells and what they hold) with the root's prefix (none); Excel declares
# the namespaces of its extensions (x14, xm) on their elements after the data, in the sheet's
# extLst. A declaration elsewhere (`_DECLARATION`: any, or after the data a default one), a root
# in another namespace and an element of the data with another prefix are refused; so is a second
# prefix of SpreadsheetML's namespace (on the root or after the data: `<y:headerFooter>` is then a
# second print header, which no writer writes). Strict Open XML's namespace is refused in every part
# (`exports.xlsx_container`): the checks of `chitieu verify` do not read it. The namespaces are compared
# as the part's bytes write them: `exports.xlsx_container` has refused, before this reads a part, a
# declaration written with a reference ("…/2006/mai&#110;"), which readers decode.
_MAIN = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_MAIN_DECLARED = re.compile(rb"""\sxmlns(?::[^\s=<>/"']*)?\s*=\s*["']""" + re.escape(_MAIN) + rb"""["']""")
_SHEET_DATA = re.compile(rb"[<:]sheetData[\s/>]")  # the element, not a word of a text
_ROOT_START = rb"""(?:\xef\xbb\xbf)?\s*(?:<\?xml[^<>]*\?>\s*)?<"""
_ROOT_ATTRIBUTES = rb"""((?:[^<>"']+|"[^"<]*"|'[^'<]*')*+)>"""
# The root's name (a prefix's if a ":" follows one) is read whole and never given back: given back one
# character at a time, the rest of the tag was read again each time (a root named by 100 kB of letters
# took 8,7 s, n²). A name given back could only end before a quote, which no XML name holds: such a
# root is no tag to any reader, and refused as none here.
_ROOT = re.compile(_ROOT_START + rb"""(?:([^\s<>:/!?]++):)?+[^\s<>:/!?]++""" + _ROOT_ATTRIBUTES)
_NAMESPACE = rb"""\s*=\s*(?:"([^"<]*)"|'([^'<]*)')"""  # after "xmlns" or "xmlns:p": the namespace declared
_DECLARED_AS = re.compile(_NAMESPACE)
_XMLNS = re.compile(rb"xmlns")  # found in C (a search for it as a tag is slower; bytes.find too)
_DECLARED = rb"""\sxmlns(?:(:)[^\s=<>/"']*)?\s*="""  # group 2 of _DECLARATION: a prefix's
# The element's name is kept whole, never given back (a shorter one is followed by the same characters,
# read one by one to the same end): given back, an element of a name of n characters was read again
# from each (n² steps: 100 kB took 150 s, a 20 MB part days).
_DECLARATION = re.compile(rb"""<([^\s<>/!?][^\s<>/"'=]*+)(?:(?!""" + _DECLARED.replace(b"(:)", b":") + rb""")"""
                          rb"""(?:[^<>"']|"[^"<]*"|'[^'<]*'))*+""" + _DECLARED)
# An element with a prefix: `_PREFIX_QUICK` (one search in C for ":" followed by a name and the end of a
# tag's name; "xml:space=" is none, a text's "8:30 " is one) finds where to look for it as a tag.
_PREFIX_QUICK = re.compile(rb""":[^\s<>:/!?"'=]+[\s/>]""")
_PREFIXED_TAG = re.compile(rb"</?([^\s<>:/!?]+:[^\s<>/]*)")
# A cell holding two values (<v>, <is>, in any order, prefix or namespace): LibreOffice shows the
# first, calamine reads the last (a <v> before an <is>: LibreOffice showed nothing). As the writers
# write them, a cell's value begins right after the cell's tag (`_CELL_QUICK`) and its end is the
# cell's end: one search in C, from each "/", finds any other end (`_VALUE_QUICK`), and only where a
# cell or a value is written otherwise is each value followed to its cell's end (`_TWO_VALUES`).
_VALUE_QUICK = re.compile(rb"/(?:v>(?<=</v>)|is>)(?!</c>)")
_VALUE_START = rb"<" + _PREFIX + rb"(?:v|is)(?=[\s/>])"
_TWO_VALUES = re.compile(_VALUE_START + rb"(?:(?!" + _VALUE_START + rb")(?:[^<]+|<(?!/" + _PREFIX + rb"c\s*>)))*+"
                         + _VALUE_START)
_SHOWN_OTHERWISE = ("chương trình đọc số liệu và chương trình hiện trang (Excel, LibreOffice) có thể thấy ô khác nhau, "
                    "không đọc.")


def _one_value_each(out: bytes, name: str, part: str) -> None:
    """Refuse a cell holding two values."""
    two = _TWO_VALUES.search(out)
    if two:
        places = _PLACE_ANY.findall(out, max(two.start() - 4096, 0), two.start())
        where = f"ô {places[-1].decode().upper()}" if places else "một ô"
        raise DamagedFile(f"Tệp {name} bị hỏng: {where} ghi hai giá trị (phần {part}; LibreOffice hiện giá trị "
                          f"thứ nhất, chương trình đọc số liệu đọc giá trị sau): {_NOT_OURS}", field="Tệp")


def _declared_on_root(out: bytes, root: re.Match, name: str, part: str) -> None:
    """Refuse a namespace declared below the root (after the sheet's data, a prefix's may be, but
    not SpreadsheetML's)."""
    if not _XMLNS.search(out, root.end()):
        return
    data_ends = out.rfind(b"sheetData")
    for m in _DECLARATION.finditer(out, root.end()):
        value = _DECLARED_AS.match(out, m.end() - 1)  # from its "="
        if m.group(2) and m.start() > data_ends and value and _MAIN not in value.groups():
            continue  # an extension's prefix, declared where Excel declares it
        raise DamagedFile(
            f"Tệp {name} có khai báo không gian tên XML (xmlns) bên trong trang, ở thẻ <{m.group(1)[:40].decode('utf-8', 'replace')}> "
            f"(phần {part}): phần mềm, Excel và LibreOffice chỉ khai ở thẻ gốc của trang; {_SHOWN_OTHERWISE}", field="Tệp")


def _data_in_main(out: bytes, root: re.Match, data: tuple[int, int], name: str, part: str) -> None:
    """Refuse a root outside SpreadsheetML's namespace, or an element of the data (from the first
    "sheetData" to the last) of another prefix than the root's."""
    prefix = root.group(1)
    declared = re.compile(rb"\sxmlns" + (b":" + re.escape(prefix) if prefix else b"") + _NAMESPACE)
    namespaces = [m.group(1) or m.group(2) for m, _ in zip(declared.finditer(root.group(2)), range(2))]
    if len(namespaces) != 1 or namespaces[0] != _MAIN:
        raise DamagedFile(f"Tệp {name} có trang không thuộc không gian tên của bảng tính Excel (phần {part}): "
                          f"{_SHOWN_OTHERWISE}", field="Tệp")
    if len(_MAIN_DECLARED.findall(root.group(2))) > 1:
        raise DamagedFile(f"Tệp {name} khai không gian tên của bảng tính hai lần ở thẻ gốc của trang (phần {part}; "
                          f"phần mềm, Excel và LibreOffice khai một lần): {_SHOWN_OTHERWISE}", field="Tệp")
    start, end = data
    if prefix:
        other = re.compile(rb"</?(?!" + re.escape(prefix) + rb":)([^\s<>/!?][^\s<>/]*)").search(out, start, end)
    else:
        other = _PREFIX_QUICK.search(out, start, end) and _PREFIXED_TAG.search(out, start, end)
    if other:
        raise DamagedFile(
            f"Tệp {name} có thẻ <{other.group(1)[:40].decode('utf-8', 'replace')}> thuộc không gian tên khác trong dữ liệu "
            f"của trang (phần {part}): phần mềm, Excel và LibreOffice ghi mọi ô trong không gian tên của bảng tính; "
            f"{_SHOWN_OTHERWISE}", field="Tệp")


# Shared strings: a cell of type "s" holds the index of an item of the shared strings part, and calamine
# copies the item's text into every cell pointing at it (3.000 cells pointing at one item of 100.000
# letters, a 94 kB file, took `examine` 625 MB; 9.999 rows and an item of 8 MB would take some 80 GB,
# ending the intake of every file with it). Before any reader builds a cell, the text the sheets' cells
# of type "s" would build (each cell counted at the bytes of the item it points at, markup included:
# no fewer than its characters) is bounded by MAX_SHARED_TEXT (16 MB took `examine` some 35 MB); a
# LibreOffice re-save of a submission builds some 30 kB. A value written as Excel and LibreOffice write
# it, right after the cell's tag (`_SHARED_VALUE`), is counted at its item; where any other value "s"
# is written (`"s"` elsewhere, or any single quote: one count in C), each cell of type "s" is read
# attribute by attribute (`_ANY_SHARED`, as `_UNPLACED` reads them), and one not written as those writers
# write it (`_SHARED_CELL`) counted at the longest item. Items are read where the part is written as
# those writers write it (`_items`: each a "<si>" closed by the next "</si>", or "<si/>", no comment or
# other markup naming "si"; or so with the one prefix the part's root has, "<x:si>", as some .NET writers
# write it: calamine reads an si of any prefix); elsewhere each cell is counted at the whole part. Every
# search reads each byte a bounded number of times.
MAX_SHARED_TEXT = 16 * 1024 * 1024
_SHARED_VALUE = re.compile(rb't="s"><v>([0-9]{1,9})</v>')
_SHARED_CELL = re.compile(rb'<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,6}"|) t="s"><v>([0-9]{1,9})</v>')
_S_TYPE = rb"""\s+t\s*=\s*(?:"s"|'s')"""
_ANY_SHARED = re.compile(rb"<" + _PREFIX + rb"c(?=\s)" + _attributes_before(_S_TYPE) + _S_TYPE)
_ITEM_QUICK = re.compile(rb"si[\s/>](?<=[<:/]si[\s/>])")  # every si tag, and words ending "/si "
_ITEM_TAG = re.compile(rb"</?" + _PREFIX + rb"si[\s/>]")
_ROOT_PREFIX = re.compile(rb"<([^\s<>:/!?]{1,16}):[^\s<>:/!?]")  # a .NET writer's "x:"; a longer one is read otherwise


def _items(out: bytes) -> list[int] | None:
    """The length in bytes of each item of a shared strings part written as Excel and LibreOffice
    write it (unprefixed, or each si with the prefix of the part's root), or None for a part written
    otherwise."""
    first = out.find(b"<?")
    if (b"!" in out and b"<!" in out) or (first >= 0 and (out.find(b"<?", first + 1) >= 0 or out[:first].strip(b" \t\r\n\xef\xbb\xbf"))):
        return None  # a comment, CDATA or processing instruction may hold "<si>" no reader reads
    root = _ROOT_PREFIX.match(out, out.find(b"<", out.find(b"?>") + 2 if first >= 0 else 0))
    name = (root.group(1) + b":" if root else b"") + b"si"
    opening, closing, empty = b"<" + name + b">", b"</" + name + b">", b"<" + name + b"/>"
    item = re.compile(re.escape(opening) + rb"(?:[^<]++|<(?!/?" + re.escape(name) + rb"[\s/>]))*+"
                      + re.escape(closing) + b"|" + re.escape(empty))  # up to the next si tag, none nested
    lengths = list(map(len, item.findall(out)))
    opens = out.count(opening)
    if len(lengths) == opens == out.count(closing) and len(_ITEM_QUICK.findall(out)) == 2 * opens:
        return lengths  # every si tag in one of them (opened, closed by the next closing), nothing else named si
    lengths, start = [], None  # tag by tag
    for m in _ITEM_TAG.finditer(out):
        tag = m.group()
        if tag == opening and start is None:
            start = m.start()
        elif tag == closing and start is not None:
            lengths.append(m.end() - start)
            start = None
        elif tag == empty[:-1] and start is None and out[m.end():m.end() + 1] == b">":
            lengths.append(len(empty))
        else:
            return None
    return lengths if start is None else None


def check_shared_text(sheets: list[bytes], tables: list[tuple[str, bytes]], name: str) -> None:
    """Refuse a file whose `sheets` (the parts holding a sheetData) hold cells of type "s" that, with
    any of the shared strings parts a reader may read (`tables`: (name in the file, bytes)), would build
    more than MAX_SHARED_TEXT bytes of text."""
    counts = Counter()  # the indexes (as written: digits) of the cells written as the writers write them
    other = 0  # cells of type "s" written otherwise
    for out in sheets:
        written = _SHARED_VALUE.findall(out)
        if out.count(b'"s"') != len(written) or b"'" in out:
            written = _SHARED_CELL.findall(out)
            other += len(_ANY_SHARED.findall(out)) - len(written)
        counts.update(written)
    if not counts and not other:
        return
    for shown, out in tables:
        lengths = _items(out)
        if lengths is None:
            total = (sum(counts.values()) + other) * len(out)
        else:
            total = (sum(n * lengths[k] for k, n in zip(map(int, counts), counts.values()) if k < len(lengths))
                     + other * max(lengths, default=0))
        if total > MAX_SHARED_TEXT:
            cells = f"{sum(counts.values()) + other:,}".replace(",", ".")  # as a Vietnamese reads them
            size = f"{total / 1024 / 1024:.1f}".replace(".", ",")
            raise DamagedFile(
                f"Tệp {name} có {cells} ô lấy chữ từ bảng chữ dùng chung (phần {shown[:120]}), cộng lại thành "
                f"{size} MB chữ (giới hạn {MAX_SHARED_TEXT // 1024 // 1024} MB; Excel hay LibreOffice lưu lại một "
                "tệp số liệu chỉ vài chục kB): đọc nó sẽ dùng quá nhiều bộ nhớ, nghi tệp độc hại, không đọc.",
                field="Tệp")
