"""A part holding "sheetData" built so that a search restarted at every tag reads it again and
again: a million "<c XXX " with one r at their end kept `chitieu verify` and the intake busy for
hours (2 s at 16.000 tags, 8 s at 32.000), and the files after it in the folder were never read.
The container check reads each byte of a part a bounded number of times: such a file is refused at
once as Tệp hỏng, saying which part is broken, and the run goes on."""
from __future__ import annotations

import random
import string

import pytest

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.province.conftest import PERIOD
from tests.province.helpers import with_part

BROKEN = "thẻ của một ô hoặc dòng viết sai"
# At 16.000 tags the old searches took 2 s, growing with the square (or the cube): some minutes at
# 150.000. (More tags than MAX_ELEMENTS in a file are refused before any search, test_parts_bounded.)
N = 150_000


def _letters(rnd: random.Random, k: int) -> str:
    """Random letters: the part stays under the compression-ratio limit, as an attacker keeps it."""
    return "".join(rnd.choices(string.ascii_letters, k=k))


def _tags_then_a_place(rnd: random.Random) -> str:
    """The review's part: "<c XXX " again and again, then one r and no ">"."""
    names = _letters(rnd, 3 * N)
    return "<c " + "".join(f"<c {names[3 * k:3 * k + 3]} " for k in range(N)) + ' r="A1"/>'


def _cells_never_closed_before_a_formula(rnd: random.Random) -> str:
    """Cells each stating a place, none closed, then a formula: the search naming the formula's
    cell read from every cell to the end, and again for every place after it."""
    names = _letters(rnd, N)
    return "".join(f'<c r="A{k % 9000 + 1}" {names[2 * k:2 * k + 2]}="1" ' for k in range(N // 2)) + '><c r="B1"><f>1</f></c>'


@pytest.mark.parametrize("body", [_tags_then_a_place, _cells_never_closed_before_a_formula],
                         ids=["tags-then-a-place", "cells-never-closed"])
def test_a_part_a_search_would_read_again_at_every_tag_is_refused_at_once(tmp_path, body):
    hostile = tmp_path / "xa.xlsx"
    xml = "<sheetData><row>" + body(random.Random(1)) + "</row></sheetData>"
    hostile.write_bytes(with_part(SAMPLE_V2, "", lambda x: x, {"xl/evil.xml": xml.encode()}))
    assert hostile.stat().st_size < 5 * 1024 * 1024  # the file is read: under the size limit
    result, sub = examine(hostile)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert BROKEN in result.reason and "xl/evil.xml" in result.reason


def test_the_files_after_it_are_read(office, inbox, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    valid = next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    xml = "<sheetData><row>" + _tags_then_a_place(random.Random(2)) + "</row></sheetData>"
    (folder / "a.xlsx").write_bytes(with_part(inbox["folder"] / valid, "", lambda x: x, {"xl/evil.xml": xml.encode()}))
    (folder / "z.xlsx").write_bytes((inbox["folder"] / valid).read_bytes())
    run = office.intake(folder, PERIOD)
    results = {r.file_name: r for r in run.results}
    assert results["a.xlsx"].class_ == FileClass.TEP_HONG and BROKEN in results["a.xlsx"].reason
    assert results["z.xlsx"].class_ == FileClass.HOP_LE
