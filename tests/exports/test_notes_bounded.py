"""`chitieu verify` reads the notes under "Báo cáo"'s table in time in proportion to them: every
remark left was tried at every place, for every note, so many identical remarks took time in the
square of their number (2.900, what a file within the container's bounds holds: 2,7 s of verify;
30.000: some 2 minutes)."""
from __future__ import annotations

import pytest

from exports.report_check import _read_notes


@pytest.mark.timeout(60, method="signal")
def test_many_identical_remarks_are_read_in_one_pass():
    n = 30_000
    notes = "Ghi chú: " + " ".join(f"{k}. a" for k in range(1, n + 1))
    assert _read_notes(notes, ["a"] * n) == ["a"] * n


@pytest.mark.timeout(60, method="signal")
def test_many_distinct_remarks_are_read_in_one_pass():
    n = 30_000
    remarks = [f"Ghi chú số {k}" for k in range(1, n + 1)]
    notes = "Ghi chú:\n" + "\n".join(f"{k}. {r}" for k, r in enumerate(remarks, 1))
    assert _read_notes(notes, remarks) == ["Ghichúsố" + str(k) for k in range(1, n + 1)]


@pytest.mark.parametrize("notes,remarks,read", [
    ("Ghi chú: 1. a 2. b", ["a", "x", "b"], ["a", "b"]),
    ("Ghi chú: 1. a2. b", ["a2. b", "b"], ["a2.b"]),  # one note holding the next one's number
    ("Ghi chú: 1. a 2. b", ["b", "a"], None),  # not in the table's order
    ("Ghi chú: 1. a 3. b", ["a", "b"], None),
    ("Ghi chú: 1. a", ["a b"], None),
    ("Ghi chu: 1. a", ["a"], None),
])
def test_the_notes_are_read_as_before(notes, remarks, read):
    assert _read_notes(notes, remarks) == read
