"""A province target the catalogue-update file cannot carry exactly is refused where it is typed
(paper review U2 F1): 999.999.999.999.999,999999 was published as "≥ 1.000.000.000.000.000"
(123.456.789.012.345,678901 as "…,67"), the cover note printed it so, and every commune refused
the file, then every later update built on it. The file writes a target as a JSON number, which
every installation reads as a float: a number of at most 15 digits comes back exactly. A target
above 100 where the result never exceeds 100 (a fall on last year, a rate) is refused too (F15)."""
from __future__ import annotations

import gzip
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app import catalog_update as cu
from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from tests.province.conftest import PERIOD
from tests.province.test_catalog_lookalikes import OLDER_UPDATE
from tests.province.test_catalog_update import _pdf_text, commune  # noqa: F401


def _digits_refusal(shown: str) -> str:
    return (f"Giá trị chỉ tiêu: {shown} có 21 chữ số; tệp cập nhật bộ chỉ tiêu chỉ ghi đúng số có tối đa 15 chữ số "
            "(phần nguyên và phần thập phân cộng lại), ví dụ 999.999.999.999.999 hoặc 123.456.789,123456. Hãy bớt "
            "chữ số thập phân.")


def _add_big(office, code="so_lon"):
    cu.edit(office.ws, cu.add_indicator, code, f"Giá trị thử {code}", "triệu đồng", "amount", decimals=6)


@pytest.mark.parametrize("typed", ["999.999.999.999.999,999999", "123.456.789.012.345,678901"])
def test_a_target_a_float_cannot_hold_is_refused_and_nothing_kept(office, typed):
    _add_big(office)
    kept = office.ws.store.get_setting(cu.DRAFT_KEY)
    with pytest.raises(InvalidInput) as err:
        cu.edit(office.ws, cu.set_target, "so_lon", ">=", typed)
    assert err.value.message == _digits_refusal(typed) and err.value.field == "Giá trị chỉ tiêu"
    assert err.value.en.startswith("Target value: ") and "at most 15 digits" in err.value.en
    assert office.ws.store.get_setting(cu.DRAFT_KEY) == kept


def test_the_command_line_refuses_it_and_publishes_nothing_rounded(tmp_path, capsys):
    prov = str(tmp_path / "tinh")
    assert run(["--data-dir", prov, "province-setup"]) == 0
    assert run(["--data-dir", prov, "catalog-update", "add-indicator", "--code", "so_lon", "--name", "Giá trị thử",
                "--unit", "triệu đồng", "--kind", "amount", "--decimals", "6"]) == 0
    capsys.readouterr()
    assert run(["--data-dir", prov, "catalog-update", "target", "--indicator", "so_lon", "--op", ">=",
                "--value", "999.999.999.999.999,999999"]) == 2
    assert _digits_refusal("999.999.999.999.999,999999") in capsys.readouterr().err
    out = tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json"
    assert run(["--data-dir", prov, "catalog-update", "export", "--version", "2026.2", "--out", str(out)]) == 0
    assert "1.000.000.000.000.000" not in capsys.readouterr().out
    added = json.loads(out.read_text(encoding="utf-8"))["catalog"]["indicators"][-1]
    assert added["code"] == "so_lon" and added["default_target"] is None


def test_fifteen_digits_are_published_and_imported_exactly(office, commune, tmp_path):  # noqa: F811
    _add_big(office, "so_lon")
    _add_big(office, "so_le")
    cu.edit(office.ws, cu.set_target, "so_lon", ">=", "999.999.999.999.999")
    cu.edit(office.ws, cu.set_target, "so_le", ">=", "123.456.789,123456")
    update = cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    note = " ".join(_pdf_text(update["cover_note"]))
    assert "chỉ tiêu chung: ≥ 999.999.999.999.999." in note and "chỉ tiêu chung: ≥ 123.456.789,123456." in note
    # an older installation reads the file's numbers as floats: the same numbers come back
    written = json.loads(Path(update["path"]).read_text(encoding="utf-8"))["catalog"]["indicators"]
    read = {i["code"]: i["default_target"]["value"] for i in written if i["code"] in ("so_lon", "so_le")}
    assert Decimal(repr(read["so_lon"])) == Decimal(999999999999999)
    assert Decimal(repr(read["so_le"])) == Decimal("123456789.123456")
    cu.import_update(commune, update["path"], office.ws.key_code)
    assert commune.catalog.indicator("so_lon").default_target.value == Decimal(999999999999999)
    assert commune.catalog.indicator("so_le").default_target.value == Decimal("123456789.123456")
    assert commune.catalog.indicator("so_le").default_target.label(6) == "≥ 123.456.789,123456"


def test_a_draft_an_older_version_rounded_to_ten_to_the_fifteen_is_not_published(office, tmp_path):
    """Such a draft, kept in the settings before the update: every commune would refuse the file."""
    _add_big(office)
    draft = cu.draft(office.ws)
    draft["indicators"][-1]["default_target"] = {"op": "≥", "value": 1e15, "printed": "≥ 999.999.999.999.999,999999"}
    cu.save_draft(office.ws, draft)
    out = tmp_path / "gui"
    out.mkdir()
    with pytest.raises(InvalidInput) as err:
        cu.publish(office.ws, "2026.2", out / "bo-chi-tieu-2026.2")
    assert err.value.message.startswith("Chỉ tiêu so_lon có giá trị chỉ tiêu 1000000000000000.0: chỉ nhận một số")
    assert list(out.iterdir()) == [] and office.catalog.version == "2026.1"


@pytest.mark.parametrize("code, unit, said", [
    ("tngt_so_vu", None, "mức giảm so với cùng kỳ không quá 100%"),
    ("giam_ngheo", "all", "mức giảm tỷ lệ không quá 100 điểm %"),
    ("bhyt", "all", "tỷ lệ không quá 100%"),
])
def test_a_province_target_above_100_where_nothing_exceeds_100_is_refused(office, code, unit, said):
    with pytest.raises(InvalidInput) as err:
        cu.edit(office.ws, cu.set_target, code, ">=", "101", unit=unit)
    assert err.value.message == f"Giá trị chỉ tiêu: {said}, đã nhập 101. Gõ một số từ 0 đến 100."
    changes = cu.edit(office.ws, cu.set_target, code, ">=", "100", unit=unit)
    assert changes and cu.describe_changes(office.catalog.document, cu.draft(office.ws)) == changes


def test_a_growth_rate_target_may_exceed_100(office):
    cu.edit(office.ws, cu.assign, "tang_gia_tri_san_pham")
    assert cu.edit(office.ws, cu.set_target, "tang_gia_tri_san_pham", ">=", "150", unit="all")


def test_an_update_published_before_reads_its_targets_as_before(tmp_path, commune):  # noqa: F811
    """Old to new: the numbers of a file an older version wrote (3,2; 8,5) are read as written."""
    path = tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json"
    path.write_bytes(gzip.decompress(OLDER_UPDATE.read_bytes()))
    cu.import_update(commune, path, json.loads(path.read_text(encoding="utf-8"))["key_code"])
    catalog = commune.catalog
    assert catalog.indicator("dan_quan_tu_ve").default_target.value == Decimal("3.2")
    growth = catalog.province_target(commune.commune, catalog.indicator("tang_gia_tri_san_pham"))
    assert growth.value == Decimal("8.5") and growth.label(2) == "≥ 8,5"


def test_a_unit_file_stating_a_fall_above_100_as_its_version_let_it_is_still_counted(received):
    """Old to new: a commune's own target of a fall of the poor-household rate by 150 points, in a file
    from a version that took it (as it took "Giảm ≥ 150%" of road accidents)."""
    from desktop_app.core.recompute import check_values

    office, _ = received
    con = office.consolidation(PERIOD)
    code, sub = next((u.commune.code, u.submission) for u in con.units if u.submission is not None)
    stated = replace(sub, items=tuple(
        replace(i, own_target_op="≥", own_target_value="150", own_target_text="≥ 150")
        if i.code == "giam_ngheo" else i for i in sub.items))
    assert stated != sub and check_values(con.catalog, con.catalog.commune_by_code(code), stated) == []
