"""A file whose sheets hold many cells of type "s" pointing at one long shared string: calamine copies
the string into every cell, so 3.000 cells and one item of 100.000 letters (a 94 kB file) took
`examine` 625 MB, and 9.999 rows and an 8 MB item would take some 80 GB, ending the intake of every
file with it. The text the cells would build is bounded before any reader builds a cell
(`exports.sheet_checks.check_shared_text`): such a file is refused, by `examine` and by `chitieu
verify`, in little memory. A file LibreOffice saved again (shared strings) is read as before."""
from __future__ import annotations

import random
import re
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop_app.core.intake import FileClass
from exports.sheet_checks import MAX_SHARED_TEXT, _items, check_shared_text
from exports.submission_reader import examine, verify_file
from tests.province.helpers import with_part

DATA = Path(__file__).parent.parent / "exports" / "data"
RESAVED = DATA / "2026_05503_xa-tan-cuong_format2_libreoffice.xlsx"
SHEET = "xl/worksheets/sheet3.xml"
REFUSED = "ô lấy chữ từ bảng chữ dùng chung (phần xl/sharedStrings.xml)"


def _hostile(tmp_path, cells: int = 1000, letters: int = 100_000) -> Path:
    """The re-saved file, its first shared string made `letters` long and `cells` more cells pointing
    at it, in rows below the data."""
    rnd = random.Random(1)
    big = bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(letters))
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (500 + i, 500 + i) for i in range(cells))
    with zipfile.ZipFile(RESAVED) as z:
        strings = re.sub(rb"<si>.*?</si>", lambda m: b"<si><t>" + big + b"</t></si>", z.read("xl/sharedStrings.xml"),
                         count=1, flags=re.S)
    data = with_part(RESAVED, SHEET, lambda xml: xml.replace(b"</sheetData>", rows + b"</sheetData>", 1))
    path = tmp_path / "xa-chuoi-chung.xlsx"
    path.write_bytes(data)
    path.write_bytes(with_part(path, "xl/sharedStrings.xml", lambda _: strings))
    return path


def _peak(read):
    tracemalloc.start()
    try:
        result = read()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_many_cells_of_one_long_shared_string_are_refused_by_examine_in_little_memory(tmp_path):
    path = _hostile(tmp_path)
    assert path.stat().st_size < 200_000  # 1.000 cells of 100.000 letters: 100 MB of text
    (result, sub), peak = _peak(lambda: examine(path))
    assert result.class_ is FileClass.TEP_HONG and sub is None
    assert REFUSED in result.reason and "xa-chuoi-chung.xlsx" in result.reason, result.reason
    assert "nghi tệp độc hại" in result.reason
    assert peak < 40 * 1024 * 1024, peak  # the old code built every copy: some 200 MB


def test_many_cells_of_one_long_shared_string_are_refused_by_verify_in_little_memory(tmp_path):
    path = _hostile(tmp_path)
    verdict, peak = _peak(lambda: verify_file(path))
    assert not verdict.ok and REFUSED in verdict.message, verdict.message
    assert peak < 40 * 1024 * 1024, peak


def test_a_file_libreoffice_saved_again_is_read_as_before():
    result, sub = examine(RESAVED)
    assert result.class_ is FileClass.HOP_LE and sub is not None, result.reason
    with zipfile.ZipFile(RESAVED) as z:
        sheets = [z.read(n) for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        strings = z.read("xl/sharedStrings.xml")
    assert len(_items(strings)) == strings.count(b"<si>") > 100  # every item read as written
    check_shared_text(sheets, [("xl/sharedStrings.xml", strings)], "x.xlsx")


def test_cells_within_the_bound_are_read(tmp_path):
    """Some 157 cells of 100.000 letters: under 16 MB, the file read on (and refused for what its rows are)."""
    path = _hostile(tmp_path, cells=MAX_SHARED_TEXT // 100_015 - 10)
    result, _ = examine(path)
    assert REFUSED not in result.reason


@pytest.mark.parametrize("written", [
    b'<c r="A%d" t="s" ><v>0</v></c>', b"<c r='A%d' t='s'><v>0</v></c>", b'<c t="s" r="A%d"><v> 0 </v></c>'])
def test_cells_written_otherwise_are_counted_at_the_longest_string(tmp_path, written):
    rows = b"".join(b'<row r="%d">' % (500 + i) + written % (500 + i) + b"</row>" for i in range(200))
    strings = b'<?xml version="1.0"?><sst xmlns="x"><si><t>a</t></si>' + b"<si><t>" + b"b" * 100_000 + b"</t></si></sst>"
    with pytest.raises(Exception, match="bảng chữ dùng chung"):
        check_shared_text([b"<sheetData>" + rows + b"</sheetData>"], [("xl/sharedStrings.xml", strings)], "x.xlsx")


@pytest.mark.parametrize("strings", [
    b"<sst><si><t>a</t></si><!-- <si> --><si><t>" + b"b" * 100_000 + b"</t></si></sst>",
    b"<sst><x:si><t>a</t></x:si><si><t>" + b"b" * 100_000 + b"</t></si></sst>",
    b"<sst><si><t>a</t><si/></si><si><t>" + b"b" * 100_000 + b"</t></si></sst>"])
def test_strings_written_otherwise_are_counted_at_the_whole_part(strings):
    """A comment or a prefixed or nested item would shift the indexes a search counts: each cell is
    counted at the whole part."""
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c></row>' % (500 + i, 500 + i) for i in range(200))
    assert _items(strings) is None
    with pytest.raises(Exception, match="bảng chữ dùng chung"):
        check_shared_text([b"<sheetData>" + rows + b"</sheetData>"], [("xl/sharedStrings.xml", strings)], "x.xlsx")
