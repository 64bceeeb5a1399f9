"""The benchmark's synthetic files are valid submissions."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop_app.core.errors import BadSubmission
from exports.submission_reader import read_submission, verify_file

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


def test_bench_generator_writes_valid_submissions(tmp_path):
    """Each generated file reads back with its own fingerprint, signed by its own unit's key,
    verifies and states the results the province recomputes (as a genuine file does); a file
    with a giant exponent is refused naming the cell."""
    import bench_consolidate as bc

    from desktop_app.core.catalog import Catalog
    from desktop_app.core.recompute import recompute

    tmpl = bc.templates(tmp_path)
    doc = bc.catalog_for(120)
    doc["communes"] = doc["communes"][:3] + doc["communes"][-3:]
    paths = bc.generate(tmp_path / "inbox", doc, tmpl, hostile=1)
    assert len(paths) == 6
    catalog = Catalog(doc)
    codes, keys = set(), set()
    for p in paths:
        a = read_submission(p)
        assert a.fingerprint == a.stated_fingerprint
        assert a.signature_valid()
        assert verify_file(p).computed == a.fingerprint
        assert recompute(catalog, catalog.commune_by_code(a.unit_code), a).differences == ()
        codes.add(a.unit_code)
        keys.add(a.key_code)
    assert len(codes) == len(keys) == 6
    giant = tmp_path / "inbox" / f"{paths[0].stem}_mu-lon.xlsx"
    with pytest.raises(BadSubmission, match="cột numerator") as refused:
        read_submission(giant)
    # a number cell too large for any number is read as infinity: described, not quoted as "inf",
    # which a reviewer opening the file would not find in it
    assert "số quá lớn (số mũ khổng lồ, như 1E+300000000)" in refused.value.message
    assert "inf" not in refused.value.message
