"""A shared strings part written with a prefix (`<x:sst>`, `<x:si>`, `<x:t>`, as some .NET writers
write it): calamine reads it, and the text its cells take is counted item by item as for the part
LibreOffice wrote (`exports.sheet_checks._items`), not each cell at the whole part: before, a genuine
re-save with some 1.500 cells of type "s" was refused as a hostile file. A prefixed part whose items
are written otherwise (mixed or nested si) is still counted at the whole part per cell, and many cells
pointing at one big prefixed item are still refused."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.intake import FileClass
from exports.sheet_checks import _items, check_shared_text
from exports.submission_reader import examine
from tests.province.helpers import with_part

RESAVED = Path(__file__).parent / "data" / "2026_05503_xa-tan-cuong_format2_libreoffice.xlsx"
SHEET = "xl/worksheets/sheet3.xml"
STRINGS = "xl/sharedStrings.xml"
REFUSED = "ô lấy chữ từ bảng chữ dùng chung"
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _prefixed(xml: bytes) -> bytes:
    """The part as a .NET writer writes it: every element with the prefix x."""
    xml = xml.replace(MAIN, MAIN.replace(b"xmlns=", b"xmlns:x="), 1)
    return re.sub(rb"<(/?)([A-Za-z]+)([\s/>])", rb"<\1x:\2\3", xml)


def _file(tmp_path, strings, cells: int, name: str) -> Path:
    """The re-saved file with its shared strings changed by `strings` and `cells` more cells pointing at
    the first item, in rows below the data."""
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (500 + i, 500 + i) for i in range(cells))
    path = tmp_path / name
    path.write_bytes(with_part(RESAVED, SHEET, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>", 1)))
    path.write_bytes(with_part(path, STRINGS, strings))
    return path


def test_a_prefixed_part_is_read_item_by_item_as_the_unprefixed_one():
    with zipfile.ZipFile(RESAVED) as z:
        plain = z.read(STRINGS)
    prefixed = _prefixed(plain)
    assert b"<x:si>" in prefixed and b"<si>" not in prefixed
    before, after = _items(plain), _items(prefixed)
    assert after is not None and len(after) == len(before) > 100
    # each item longer by its tags' prefixes only
    assert [b - a for a, b in zip(before, after)] == [
        2 * m.count(b"<") for m in re.findall(rb"<si>.*?</si>", plain, re.S)]


def test_a_prefixed_resave_with_many_cells_is_read(tmp_path):
    """1.000 more cells pointing at a short item: some 1.500 cells x the 18 kB part (27 MB) refused it."""
    for strings in (lambda xml: xml, _prefixed):
        path = _file(tmp_path, strings, 1000, "xa-tien-to.xlsx")
        result, _ = examine(path)
        assert REFUSED not in result.reason, result.reason
    assert examine(_file(tmp_path, _prefixed, 0, "xa.xlsx"))[0].class_ is FileClass.HOP_LE


def test_many_cells_of_one_big_prefixed_item_are_refused(tmp_path):
    def big(xml):
        return re.sub(rb"<x:si>.*?</x:si>", b"<x:si><x:t>" + b"a" * 100_000 + b"</x:t></x:si>", _prefixed(xml),
                      count=1, flags=re.S)
    result, sub = examine(_file(tmp_path, big, 1000, "xa-chuoi-chung.xlsx"))
    assert result.class_ is FileClass.TEP_HONG and sub is None
    assert REFUSED in result.reason and "nghi tệp độc hại" in result.reason, result.reason


@pytest.mark.parametrize("strings", [
    b"<x:sst><x:si><x:t>a</x:t></x:si><si><t>" + b"b" * 100_000 + b"</t></si></x:sst>",
    b"<x:sst><x:si><x:t>a</x:t></x:si><y:si><y:t>" + b"b" * 100_000 + b"</y:t></y:si></x:sst>",
    b"<sst><x:si><x:t>a</x:t></x:si><x:si><x:t>" + b"b" * 100_000 + b"</x:t></x:si></sst>",
    b"<x:sst><x:si><x:t>a</x:t><x:si/></x:si><x:si><x:t>" + b"b" * 100_000 + b"</x:t></x:si></x:sst>",
    b"<x:sst><x:si ><x:t>a</x:t></x:si><x:si><x:t>" + b"b" * 100_000 + b"</x:t></x:si></x:sst>"])
def test_prefixed_items_written_otherwise_are_counted_at_the_whole_part(strings):
    """calamine reads an si of any prefix: items of two prefixes, a prefix the root has not, a nested
    or spaced item would shift the indexes a search counts."""
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (500 + i, 500 + i) for i in range(200))
    assert _items(strings) is None
    with pytest.raises(Exception, match="bảng chữ dùng chung"):
        check_shared_text([b"<sheetData>" + rows + b"</sheetData>"], [(STRINGS, strings)], "x.xlsx")
