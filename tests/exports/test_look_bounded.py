"""`chitieu verify` judges how a submission's sheets look in time in proportion to the file, and a
value no reader takes for a number is a refusal, never a traceback (red-team lookred): every cell
against every <col> of its sheet, every cell format against every "General" format, and a number
format's code read again for every cell shown with it each took minutes to hours within the
container's bounds."""
from __future__ import annotations

import random
import re

import pytest

from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT, STYLES, _file, _swap
from tests.province.helpers import with_part

E10 = b'<c r="E10" s="8" t="inlineStr">'


def _refs(n: int):
    """n places under the table, right of it (columns I to CZ), row by row."""
    letters = [chr(65 + k) for k in range(26)]
    cols = letters[8:] + [a + b for a in "ABC" for b in letters][:104 - 26]
    return [f"{cols[k % len(cols)]}{40 + k // len(cols)}" for k in range(n)]


def _cells(refs, attrs: bytes = b"") -> bytes:
    rows: dict[str, list[bytes]] = {}
    for ref in refs:
        rows.setdefault(re.sub("[A-Z]", "", ref), []).append(b'<c r="%s"%s><v/></c>' % (ref.encode(), attrs))
    return b"".join(b'<row r="%s">' % r.encode() + b"".join(c) + b"</row>" for r, c in rows.items())


def _not_intact(path, *said):
    verdict = verify_file(path)
    assert not verdict.ok and verdict.readable and "KHÔNG nguyên vẹn" in verdict.message, verdict.message
    for words in said:
        assert words in verdict.message, verdict.message
    return verdict


@pytest.mark.timeout(60, method="signal")
def test_a_long_number_format_over_many_cells_is_read_once(tmp_path):
    """A code of the writer's kind of 2 MB on every cell format, 2.500 cells: 130 s (old)."""
    rnd = random.Random(5)
    code = b";;;&quot;" + bytes(rnd.choice(b"ab cd") for _ in range(2_000_000)) + b"&quot;"

    def styles(xml):
        xml = xml.replace(b'<numFmts count="0" />', b'<numFmts count="1"><numFmt numFmtId="300" formatCode="'
                          + code + b'"/></numFmts>')
        return re.sub(rb'<xf numFmtId="0"', b'<xf numFmtId="300" applyNumberFormat="1"', xml)
    path = _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))
    path = _file(tmp_path, with_part(path, REPORT, _swap(b"</sheetData>", _cells(_refs(2500), b' s="1"') + b"</sheetData>")))
    _not_intact(path, 'trang "Báo cáo", ô A1: hiện "', "qua định dạng số")


@pytest.mark.timeout(60, method="signal")
def test_many_columns_and_cells_without_a_format_are_read_in_one_pass(tmp_path):
    """30.000 <col> stating a style, 40.000 cells stating none: each cell looked up among every
    <col> (old: about 2,5 minutes)."""
    rnd = random.Random(7)
    cols = b"".join(b'<col min="%d" max="%d" style="1"/>' % ((k,) * 2) for k in
                    (rnd.randrange(105, 16384) for _ in range(30_000)))
    cells = _cells(_refs(40_000))
    path = _file(tmp_path, with_part(SAMPLE_V2, REPORT, lambda xml: _swap(b"</sheetData>", cells + b"</sheetData>")(
        _swap(b"</cols>", cols + b"</cols>")(xml))))
    _not_intact(path, "ghi độ rộng hai lần")


@pytest.mark.timeout(60, method="signal")
def test_many_general_formats_and_cell_formats_are_read_in_one_pass(tmp_path):
    """48.000 formats "General", 145.000 cell formats: the set of them made again for each (old:
    about 2,5 minutes). Nothing on the sheets changes: the file stays intact."""
    rnd = random.Random(9)
    ids = rnd.sample(range(200, 10_000_000), 48_000)

    def styles(xml):
        formats = b"".join(b'<numFmt numFmtId="%d" formatCode="General"/>' % k for k in ids)
        xml = xml.replace(b'<numFmts count="0" />', b"<numFmts>" + formats + b"</numFmts>")
        return xml.replace(b"</cellXfs>", b"<xf/>" * 145_000 + b"</cellXfs>")
    path = _file(tmp_path, with_part(SAMPLE_V2, STYLES, styles))
    verdict = verify_file(path)
    assert verdict.ok, verdict.message


@pytest.mark.parametrize("part,old,new", [
    (REPORT, E10, E10.replace(b's="8"', 's="²"'.encode())),
    (REPORT, E10, E10.replace(b's="8"', b's="' + b"9" * 5000 + b'"')),
    (STYLES, b'fontId="4"', 'fontId="²"'.encode()),
    (STYLES, b'<color theme="1" />', b'<color theme="1" tint="1e308" />'),
], ids=["style-superscript-two", "style-5000-digits", "font-superscript-two", "tint-infinite"])
def test_an_index_or_tint_no_reader_takes_is_a_refusal(tmp_path, part, old, new):
    """int("²") and int() of 5.000 digits raise ValueError, round() of an infinite tint
    OverflowError: a traceback (old), now the refusal of formats it cannot read."""
    path = _file(tmp_path, with_part(SAMPLE_V2, part, _swap(old, new)))
    _not_intact(path, "không đọc được định dạng các ô")


@pytest.mark.parametrize("width", ["nan", "1e309"])
def test_a_column_width_that_is_no_number_is_unreadable(tmp_path, width):
    """Column B "nan" wide was narrower than nothing and passed as intact (old)."""
    path = _file(tmp_path, with_part(SAMPLE_V2, REPORT, _swap(b'<col width="46"', f'<col width="{width}"'.encode())))
    _not_intact(path, 'cột "2:2" không đọc được')
