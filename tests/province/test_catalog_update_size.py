"""Red-team 15, finding 6: a catalogue-update file within the old 5 MB limit, 5 MB of "{}", cost
290 MB to parse before it was refused as no update. The limit is now 1 MB, more than three times
the largest update the province can publish for today's catalogue (every unit given a target of
every indicator); a larger file is refused unparsed, naming its size and the limit."""
from __future__ import annotations

import copy

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.signing import new_private_key
from desktop_app.resources import default_catalog
from tests.province.test_catalog_update_malformed import commune  # noqa: F401 (the fixture)




def test_a_file_over_the_limit_is_refused_unread(commune, tmp_path):  # noqa: F811
    n = (2 * 1024 * 1024 - 100) // 3  # 2 MB of "{}", under the old limit
    path = tmp_path / "nhieu.chitieu-catalog.json"
    path.write_text('{"format": "x", "a": [' + ",".join(["{}"] * n) + "]}", encoding="ascii")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, "AAAA-BBBB-CCCC-DDDD")
    assert err.value.message == ("Tệp nhieu.chitieu-catalog.json quá lớn (2.048 kB, giới hạn 1.024 kB): không phải "
                                 "tệp cập nhật bộ chỉ tiêu (tệp cập nhật chỉ vài trăm kB).")
    assert err.value.en == ("The file nhieu.chitieu-catalog.json is too large (2,048 kB, at most 1,024 kB): it is "
                            "not a catalogue update (an update is a few hundred kB).")
    assert commune.catalog.version == "2026.1"


def _longest(ind: dict) -> dict:
    if ind["kind"] == "boolean":
        return {"op": "=", "value": True, "printed": "Có"}
    if ind["unit"] in ("%", "điểm %") or ind["kind"] == "count_vs_last_year":  # a rate: at most 100
        return {"op": "≥", "value": 99.999999, "printed": "≥ 99,999999"}
    if ind["unit"] in ("triệu đồng", "tấn"):
        return {"op": "≥", "value": 123456789.12, "printed": "≥ 123.456.789,12"}
    return {"op": "≥", "value": 123456789012345, "printed": "≥ 123.456.789.012.345"}


def test_the_largest_update_of_the_catalogue_is_well_under_the_limit(tmp_path):
    """Every one of the 92 units given a target of every indicator it has, each at the longest value
    that indicator takes, and a change line for each indicator: 251 kB, as the province's publishing writes it."""
    doc = copy.deepcopy(default_catalog().document)
    for unit in doc["communes"]:  # each at the longest value its indicator takes (core/catalog_rules.py)
        unit["targets"] = {ind["code"]: _longest(ind) for ind in doc["indicators"] if unit["kind"] in ind["applies_to"]}
    changes = [f"Chỉ tiêu {i['no']}. {i['name']}: thay đổi ở 92 đơn vị: chưa giao → ≥ 123.456.789,12"
               for i in doc["indicators"]]
    update = cu.build_update(doc, "2026.1", "2026.9", issuer="Ủy ban nhân dân tỉnh Thái Nguyên",
                             changes=changes, private_key=new_private_key())
    path = cu.write_update(update, tmp_path / "lon-nhat.chitieu-catalog.json")
    assert len(doc["communes"]) == 92 and path.stat().st_size * 3 < cu.MAX_UPDATE_BYTES
    assert cu.read_update(path)["fingerprint"] == update["fingerprint"]
