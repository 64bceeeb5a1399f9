"""The calamine reader gives the same submission as the openpyxl reader, and refuses unsafe files
before any xlsx reader opens them."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from exports.submission_fast import (
    MAX_FILE_BYTES,
    DamagedFile,
    NotASubmission,
    TamperedFile,
    UnsupportedVersion,
    open_container,
    parse_bytes,
    read_submission_fast,
)
from exports.submission_xlsx import SHEET_INFO, read_submission

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "exports" / "data").glob("*.xlsx"))


def _same(a, b):
    assert a == b
    assert a.stated_fingerprint == b.stated_fingerprint
    assert a.fingerprint == b.fingerprint


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_both_readers_agree_on_the_committed_samples(path):
    """Old files kept for years read the same with python-calamine as with openpyxl."""
    _same(read_submission_fast(path), read_submission(path))
    assert read_submission_fast(path).fingerprint == read_submission_fast(path).stated_fingerprint


def test_both_readers_agree_on_fresh_files(inbox):
    """Every valid file of the inbox (xã, phường, draft, late) reads the same with both."""
    names = [n for n, c in inbox["expected"].items() if c == "Hợp lệ"]
    assert len(names) >= 10
    for name in names:
        _same(read_submission_fast(inbox["folder"] / name), read_submission(inbox["folder"] / name))


def test_a_commune_report_with_long_narratives_and_comments_reads_the_same(commune_file):
    """Narratives split over cells, comments and notes survive both readers identically."""
    _same(read_submission_fast(commune_file), read_submission(commune_file))


@pytest.fixture(scope="module")
def commune_file(tmp_path_factory):
    from desktop_app.services import Workspace
    from desktop_app.submission import build_submission
    from exports.submission_xlsx import write_submission
    from tests.exports.sample_data import fill_commune_2026

    folder = tmp_path_factory.mktemp("sample")
    ws = Workspace.open(folder, user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.set_narrative("2026", "ket_qua", "Dài " * 9000 + "=cuối")  # above one cell's 30.000 characters
    sub = build_submission(ws.period_view("2026"), ws.settings, ws.catalog.version)
    ws.close()
    return write_submission(sub, folder / "long.xlsx")


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_a_zip_bomb_is_refused_from_its_central_directory():
    """A part that unpacks to far more than a submission is refused without unpacking it."""
    bomb = _zip({"[Content_Types].xml": b"<x/>", "xl/worksheets/sheet1.xml": b"0" * (30 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(DamagedFile, match="zip bomb"):
        open_container(bomb, "bom.xlsx")


def test_a_central_directory_that_lies_about_sizes_is_caught():
    """A part declared small whose data unpacks to more fails the stated-size and CRC check."""
    data = bytearray(_zip({"a.xml": b"A" * 200_000}))
    # shrink the declared uncompressed size in the central directory and the local header
    honest = (200_000).to_bytes(4, "little")
    small = (1_000).to_bytes(4, "little")
    data = bytes(data).replace(honest, small)
    with pytest.raises(DamagedFile):
        open_container(data, "gia.xlsx")


def test_too_many_parts_and_passwords_are_refused():
    """Thousands of parts or an encrypted part: refused as damaged."""
    many = _zip({f"p{i}.xml": b"x" for i in range(500)}, zipfile.ZIP_STORED)
    with pytest.raises(DamagedFile, match="quá nhiều"):
        open_container(many, "nhieu.xlsx")


def test_an_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch):
    """Above the size limit the file is never opened."""
    big = tmp_path / "to.xlsx"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    import builtins
    import os

    def guard(real):
        def guarded(path, *a, **k):
            assert Path(path) != big, "the oversized file was opened"
            return real(path, *a, **k)
        return guarded

    monkeypatch.setattr(builtins, "open", guard(builtins.open))
    monkeypatch.setattr(os, "open", guard(os.open))
    with pytest.raises(DamagedFile, match="quá lớn"):
        read_submission_fast(big)


def _edited(path: Path, tmp: Path, key: str, value: str) -> Path:
    wb = load_workbook(path)
    ws = wb[SHEET_INFO]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key:
            row[2].value = value
    out = tmp / f"{key}.xlsx"
    wb.save(out)
    return out


def test_classes_of_refusal(inbox, tmp_path):
    """A newer format version, a foreign format marker and a garbled figure each get their class."""
    src = inbox["folder"] / next(n for n, c in inbox["expected"].items() if c == "Hợp lệ")
    with pytest.raises(UnsupportedVersion, match="phiên bản 2"):
        read_submission_fast(_edited(src, tmp_path, "format_version", "2"))
    with pytest.raises(NotASubmission):
        read_submission_fast(_edited(src, tmp_path, "format", "something-else"))
    from tests.province.conftest import tamper

    tamper(src, tmp_path / "chu.xlsx", new="chín nghìn")
    with pytest.raises(TamperedFile, match="không phải số"):
        read_submission_fast(tmp_path / "chu.xlsx")
    with pytest.raises(DamagedFile):
        parse_bytes(b"PK\x03\x04" + b"\x00" * 100, "hong.xlsx")


def test_the_quick_serialisation_equals_the_reference_on_read_files(inbox, commune_file):
    """Intake's shortcut (no NFC pass on text the reader already cleaned) gives the same bytes."""
    from desktop_app.intake import quick_canonical_json
    from desktop_app.submission import canonical_json

    paths = [commune_file, *SAMPLES, *(inbox["folder"] / n for n, c in inbox["expected"].items()
                                       if c == "Hợp lệ")]
    for path in paths:
        sub = read_submission_fast(path)
        assert quick_canonical_json(sub) == canonical_json(sub)


def _intact(data, info) -> bool:
    from exports.submission_fast import _unpack

    try:
        return _unpack(data, info) is not None
    except Exception:  # zlib.error
        return False


def test_the_short_road_reads_what_the_reference_road_reads(inbox):
    """Whenever the short road (only the checked parts, rows with less work per cell) gives a
    submission, calamine over the whole file with the reference row parser gives the same one;
    or else calamine cannot open the whole file because of damage in a part the short road
    does not read (styles of a file of texts, the theme, the printed sheet): its data is
    intact and verified, and it is received. 4 x 400 damaged files."""
    import random

    from exports.submission_fast import _READ_PARTS, _Book, _calamine, _directory, _parse_book, _parse_read_parts
    from tests.province.test_intake_fuzz import mutate

    bases = [(inbox["folder"] / n).read_bytes() for n, c in inbox["expected"].items() if c == "Hợp lệ"][:4]
    same = elsewhere = 0
    for seed in range(4):
        rnd = random.Random(seed)
        for i in range(400):
            data = mutate(rnd.choice(bases), rnd) if i >= len(bases) else bases[i]
            got = _parse_read_parts(data, "tep.xlsx")
            if got is None:
                continue
            try:
                ref = _parse_book(_Book(_calamine(data, "tep.xlsx")), "tep.xlsx")
            except DamagedFile:
                broken = {info.filename for info in _directory(data, "tep.xlsx") if not _intact(data, info)}
                assert broken and not broken & _READ_PARTS, broken
                elsewhere += 1
                continue
            _same(got, ref)
            same += 1
    assert same >= 300  # most damage is outside what the short road reads, or refused there
