"""A sheet's merged ranges are looked up by row (red-team 15, F3): `chitieu verify` looked up
every cell against every merged range, and a crafted file of 72.000 empty cells and 72.000
one-cell merges, inside every part limit, took 203 s to be called intact. A sheet whose merges
cover more than MAX_MERGED_ROWS rows is now not intact, named; below that, the index names the
same range over a cell as the scan through every range did."""
from __future__ import annotations

import random

from exports import sheet_cells
from exports.sheet_cells import MAX_MERGED_ROWS, MergeIndex, area_of, cell_ref
from exports.submission_reader import verify_file
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_report_shows_the_data import REPORT, _file, _not_intact, _swap
from tests.province.helpers import with_part


def _merges(n: int, extra: bytes = b"") -> bytes:
    """SAMPLE_V2 with `n` one-cell merges on empty rows 40.. of Báo cáo, and `extra`."""
    merges = b"".join(f'<mergeCell ref="{cell_ref(40 + k // 90, 12 + k % 90)}"/>'.encode() for k in range(n))
    return with_part(SAMPLE_V2, REPORT, _swap(b"</mergeCells>", merges + extra + b"</mergeCells>"))


def test_a_sheet_of_too_many_merges_is_not_intact(tmp_path):
    assert MAX_MERGED_ROWS == 10_000
    n = MAX_MERGED_ROWS + 1 - 13  # the sample's 13 merges, one row each
    _not_intact(_file(tmp_path, _merges(n)),
                'trang "Báo cáo": có quá nhiều ô gộp (10.001 ô gộp, phủ 10.001 dòng', "tối đa 10.000")


def test_a_merge_over_many_rows_counts_each_row(tmp_path):
    _not_intact(_file(tmp_path, _merges(0, b'<mergeCell ref="CZ1:CZ9999"/><mergeCell ref="CY1:CY2000"/>')),
                "có quá nhiều ô gộp (15 ô gộp, phủ 12.012 dòng")


def test_as_many_merges_as_allowed_still_verify(tmp_path):
    assert verify_file(_file(tmp_path, _merges(MAX_MERGED_ROWS - 13))).ok


def test_a_figure_hidden_under_a_merge_among_many_is_named(tmp_path):
    path = _file(tmp_path, _merges(5000, b'<mergeCell ref="D10:E10"/>'))
    _not_intact(path, 'trang "Báo cáo", ô E10 nằm dưới ô gộp D10:E10: nội dung "45.230" không hiện')


def _scan(place, ranges) -> str:
    """The lookup the index replaces: every range, in the file's order."""
    r, c = place
    return next((f"{cell_ref(*a)}:{cell_ref(*b)}" for a, b in ranges
                 if a[0] <= r <= b[0] and a[1] <= c <= b[1] and place != a), "")


def test_the_index_names_what_the_scan_named(monkeypatch):
    """Overlapping ranges, either corner order, whole rows and columns, ranges beyond the area."""
    monkeypatch.setattr(sheet_cells, "MAX_MERGED_ROWS", 100_000)  # a whole column covers 9.999 rows
    rng = random.Random(15)
    refs = ["$G:$H", "$7:$8", "A3:C3", "C3:A3", "B9:H9", "ZZ5:ZZ9", "A9998:B10050", "D10:E10", "E10:E12"]
    for _ in range(300):
        r, c = rng.randint(1, 30), rng.randint(1, 12)
        refs.append(f"{cell_ref(r, c)}:{cell_ref(r + rng.randint(0, 3), c + rng.randint(0, 4))}")
    ranges = [area_of(ref) for ref in refs]
    index = MergeIndex(ranges)
    assert not index.too_many
    places = [(r, c) for r in [*range(1, 36), 9997, 9998, 9999] for c in range(1, 105)]
    assert [index.under(p) for p in places] == [_scan(p, ranges) for p in places]
