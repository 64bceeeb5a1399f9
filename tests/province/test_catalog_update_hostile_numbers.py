"""Hostile catalogue updates (helper catred): NaN or 1e999 in the file raised a ValueError
traceback while computing its fingerprint; a target value written as text "1E+999999" was
imported, saved, then took 2 GB to print (a larger exponent: decimal.Overflow after saving);
2.000 indicators (650 kB, self-signed) took 16 s comparing names pair by pair. Each is now
refused naming the file, and nothing changes."""
from __future__ import annotations

import json

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.resources import default_catalog
from tests.province.test_catalog_update_malformed import _doc, _self_signed, commune  # noqa: F401


@pytest.mark.parametrize("number, said", [("NaN", "NaN"), ("Infinity", "Infinity"), ("-Infinity", "-Infinity"),
                                          ("1e999", "1e999"), ("1e" + "9" * 500_000, "1e" + "9" * 18 + "…")])
def test_a_number_json_has_not_is_refused_naming_it(commune, tmp_path, number, said):  # noqa: F811
    path = tmp_path / "so.chitieu-catalog.json"
    path.write_text('{"format": "chitieu-catalog-update", "format_version": 1, "x": %s, "fingerprint": "ab"}'
                    % number, encoding="ascii")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, "AAAA-BBBB-CCCC-DDDD")
    assert err.value.message == (f"Tệp so.chitieu-catalog.json không phải tệp cập nhật bộ chỉ tiêu (có số {said} mà "
                                 "JSON không có: chỉ nhận số hữu hạn).")
    assert err.value.en.endswith(f"(it holds the number {said}, which JSON has not: only finite numbers).")
    assert commune.catalog.version == "2026.1"


def test_a_file_that_is_no_json_still_says_so(commune, tmp_path):  # noqa: F811
    path = tmp_path / "so.chitieu-catalog.json"
    path.write_text('{"format": "chitieu-catalog-update", "x": 1,}', encoding="ascii")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, "AAAA-BBBB-CCCC-DDDD")
    assert err.value.message == ("Tệp so.chitieu-catalog.json không phải tệp cập nhật bộ chỉ tiêu (không đọc được "
                                 "JSON). Tệp đã bị lưu lại bằng chương trình khác? Hãy dùng đúng tệp tỉnh gửi, không "
                                 "mở rồi lưu lại.")


def _with_value(value):
    def change(doc):
        unit = next(u for u in doc["communes"] if u["targets"])
        unit["targets"][next(iter(unit["targets"]))] = {"op": "=", "value": value}
    return change


@pytest.mark.timeout(60, method="signal")
@pytest.mark.parametrize("value", ["1E+999999", "1E+99999999", "5", 10 ** 15, 1e300])
def test_a_target_value_the_editor_never_writes_is_refused_even_with_the_right_code(commune, tmp_path, value):  # noqa: F811
    path = _self_signed(_doc(_with_value(value)), tmp_path / "gia-tri.chitieu-catalog.json")
    code = json.loads(path.read_text(encoding="utf-8"))["key_code"]  # as if the cover note were forged too
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, code)
    assert err.value.message.startswith("Tệp gia-tri.chitieu-catalog.json: bộ chỉ tiêu bên trong không nhập được. "
                                        "Chỉ tiêu ")
    assert "chỉ nhận một số (tối đa 15 chữ số phần nguyên) hoặc true/false." in err.value.message
    assert commune.store.current_catalog_version() == "2026.1" and commune.store.get_setting(cu.PROVINCE_KEY) is None


@pytest.mark.timeout(60, method="signal")
def test_thousands_of_indicators_are_refused_at_once_(commune, tmp_path):  # noqa: F811
    base = {k: v for k, v in default_catalog().document["indicators"][0].items()
            if k not in ("note", "source", "name_en", "default_target")}

    def many(doc):
        doc["indicators"] = [dict(base, code=f"c{i}", name=f"n{i}", no=i, inputs=[], assigned=False)
                             for i in range(2000)]
        for unit in doc["communes"]:
            unit["targets"] = {}
    path = _self_signed(_doc(many), tmp_path / "nhieu.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, "AAAA-BBBB-CCCC-DDDD")
    assert "Bộ chỉ tiêu có 2.000 chỉ tiêu, nhiều hơn giới hạn 300." in err.value.message
    assert err.value.en.endswith("The catalogue has 2,000 indicators, more than the limit of 300. Ask the province "
                                 "to send the update again.")
    assert commune.catalog.version == "2026.1"
