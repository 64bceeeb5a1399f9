"""A cell's number format of the writer's kind (`;;;"…"`) is read in memory in proportion to its code,
whatever its length: the search for the quoted literal kept some 150 bytes for each character, and a
code of 4 MB (a file of 1,2 MB; the styles may unpack to 20 MB) took `chitieu verify` 566 MB."""
from __future__ import annotations

import random
import tracemalloc

from exports.submission_reader import verify_file
from tests.exports.test_report_shows_the_data import _with_format


def test_a_format_code_of_2_mb_is_read_in_little_memory(tmp_path):
    rnd = random.Random(3)
    code = b";;;&quot;" + bytes(rnd.choice(b"abcd") for _ in range(2_000_000)) + b"&quot;"
    path = _with_format(tmp_path, code)
    tracemalloc.start()
    try:
        verdict = verify_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not verdict.ok and "qua định dạng số" in verdict.message, verdict.message
    assert peak < 100 * 1024 * 1024, peak  # the old search: some 300 MB
