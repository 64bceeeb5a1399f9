"""`chitieu verify` reads a file's bytes once: its data, its signature and what its "Báo cáo" prints
are judged in the parts the container checks saw. It read the file a second time to compare
"Báo cáo" with the data, opening it as checked already: a file swapped on the disk between the two
reads (a folder shared with the sender, a mail client saving over it) was opened unchecked, and the
first file's data were compared with the second file's table."""
from __future__ import annotations

from pathlib import Path

import pytest

from exports import submission_reader
from exports.submission_reader import verify_file
from tests.province.helpers import with_part

SAMPLE = Path(__file__).parent / "data" / "2026_05503_xa-tan-cuong_format2.xlsx"
REPORT = "xl/worksheets/sheet1.xml"
SAID = b'<c r="G10" s="8" t="inlineStr"><is><t>\xc4\x90ang th\xe1\xbb\xb1c hi\xe1\xbb\x87n</t>'  # "Đang thực hiện"


def _printed_otherwise() -> bytes:
    """The sample with its "Báo cáo" G10 printing "Đạt" where the data say "Đang thực hiện"."""
    def change(xml: bytes) -> bytes:
        assert SAID in xml
        return xml.replace(SAID, '<c r="G10" s="8" t="inlineStr"><is><t>Đạt</t>'.encode())
    return with_part(SAMPLE, REPORT, change)


def _swapped_after_first_read(monkeypatch, path: Path, then: bytes) -> None:
    """Once the reader has read `path`, another program writes `then` over it."""
    read = submission_reader.read_bytes_limited

    def read_then_swap(p, *args, **kwargs):
        data = read(p, *args, **kwargs)
        Path(p).write_bytes(then)
        return data
    monkeypatch.setattr(submission_reader, "read_bytes_limited", read_then_swap)


@pytest.mark.parametrize("first, second, intact", [
    (_printed_otherwise, SAMPLE.read_bytes, False),  # a changed table, the genuine file put in its place
    (SAMPLE.read_bytes, _printed_otherwise, True),  # the genuine file, a changed one put in its place
])
def test_the_verdict_is_that_of_the_bytes_read_first(monkeypatch, tmp_path, first, second, intact):
    path = tmp_path / SAMPLE.name
    path.write_bytes(first())
    _swapped_after_first_read(monkeypatch, path, second())
    v = verify_file(path)
    assert v.ok is intact, v.message
    if intact:
        assert "nguyên vẹn" in v.message and v.problems == ()
    else:
        assert "KHÔNG nguyên vẹn" in v.message
        assert any("dòng 10" in p and "ghi \"Đạt\"" in p for p in v.problems), v.problems


def test_a_table_printed_otherwise_is_still_found(tmp_path):
    """Without a swap the changed table is named, the sample intact: the table is compared still."""
    path = tmp_path / SAMPLE.name
    path.write_bytes(_printed_otherwise())
    assert not verify_file(path).ok
    assert verify_file(SAMPLE).ok
