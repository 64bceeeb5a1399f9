"""The searches of a file's parts (`exports.xlsx_container`, `exports.sheet_checks`) take time and
memory in proportion to the part, whatever a hostile file puts in it: a part may unpack to 20 MB
(the zip-bomb ratio is checked only above 256 kB, and random letters pack too poorly for it), and
a search that read a long run of name characters again from each of its positions, or kept its
state for each character, hung the intake for hours or took gigabytes. Each file below is refused
or read as before, at once (a hang is stopped by the timeout, which the signal method can do:
sre checks signals), and what the searches keep in memory stays small."""
from __future__ import annotations

import random
import tracemalloc

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.helpers import with_part

REPORT = "xl/worksheets/sheet1.xml"  # "Báo cáo"


def _letters(n: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    return bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def _after_data(element: bytes):
    return lambda xml: xml.replace(b"</worksheet>", element + b"</worksheet>", 1)


def _examined(tmp_path, data: bytes):
    path = tmp_path / "xa-hostile.xlsx"
    path.write_bytes(data)
    return examine(path)


@pytest.mark.timeout(60, method="signal")
def test_a_namespace_name_of_2_mb_is_searched_in_little_memory(tmp_path):
    """"xmlns" and a 2 MB name after it (an unknown element after the data, which changes nothing
    shown): the search for a Strict or referenced declaration kept some 64 bytes for each of its
    characters (150 MB here, 1,1 GB for a 20 MB part); the file is read as before."""
    plain = with_part(SAMPLE_V2, REPORT, _after_data(b"<y:x xmlns" + _letters(2_000_000, 8) + b'="1"/>'))
    tracemalloc.start()
    try:
        result, _ = _examined(tmp_path, plain)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.class_ == FileClass.HOP_LE, result.reason
    assert peak < 40 * 1024 * 1024, peak  # the old search: 149 MB


@pytest.mark.timeout(60, method="signal")
def test_an_element_of_a_1_mb_name_after_the_data_is_judged_at_once(tmp_path):
    """An element of a 1 MB name after the sheet's data, and an extension's namespace declared after
    it where Excel declares one: the search for a declaration below the root gave the name back one
    character at a time, reading the rest again each time (100 kB took 150 s, this part hours). The
    file is read as before."""
    plain = with_part(SAMPLE_V2, REPORT, _after_data(
        b"<y" + _letters(1_000_000, 9) + b'/><x14:e xmlns:x14="urn:x"/>'))
    result, _ = _examined(tmp_path, plain)
    assert result.class_ == FileClass.HOP_LE, result.reason


@pytest.mark.timeout(60, method="signal")
def test_a_root_of_a_1_mb_name_and_no_end_is_refused_at_once(tmp_path):
    """The report sheet's root named by 1 MB of letters and never closed (no ">" before the next
    tag): the search for the root gave the name back one character at a time, reading the rest
    again each time (100 kB took 8,7 s, this part a quarter of an hour, a 20 MB one days). It is
    refused at once, as before, as a sheet not beginning with a root tag."""
    plain = with_part(SAMPLE_V2, REPORT, lambda xml: xml.replace(
        b"<worksheet ", b"<worksheet" + _letters(1_000_000, 10) + b"<y/><worksheet ", 1))
    result, sub = _examined(tmp_path, plain)
    assert sub is None and result.class_ == FileClass.TEP_HONG, result.reason
    assert "không mở đầu bằng thẻ gốc của một trang" in result.reason
