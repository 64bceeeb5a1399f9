"""Red-team 13, finding 6: anyone can make and sign (with a key of their own) an update whose
catalogue is any JSON; the commune reads it before comparing the key with the province's, so
whatever it holds is refused with the format's message, never a traceback, and nothing changes.
Two things building the catalogue did not check are refused too: an indicator or a unit twice,
decimals that are no small whole number."""
from __future__ import annotations

import copy
import json

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.signing import key_code, new_private_key, public_key, sign
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace


@pytest.fixture
def commune(tmp_path):
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    yield ws
    ws.close()


def _self_signed(doc: dict, path):
    """An update of `doc` as 2026.9, signed by a key of the sender's own (fingerprint right)."""
    key = new_private_key()
    update = {"format": cu.UPDATE_FORMAT, "format_version": 1, "catalog_version": "2026.9",
              "base_version": "2026.1", "issued_at": "2026-12-01T00:00:00+07:00", "issuer": "X",
              "changes": [], "catalog": doc}
    update["public_key"] = public_key(key)
    update["key_code"] = key_code(update["public_key"])
    update["signature"] = sign(key, cu.signed_content(update))
    update["fingerprint"] = cu.update_fingerprint(update)
    path.write_text(json.dumps(update, ensure_ascii=False), encoding="utf-8")
    return path


def _doc(change) -> dict:
    doc = copy.deepcopy(default_catalog().document)
    doc["catalog_version"] = "2026.9"
    change(doc)
    return doc


CASES = {
    "indicator-a-string": (lambda d: d.update(indicators=["x"]), "sai cấu trúc: AttributeError"),
    "units-numbers": (lambda d: d.update(communes=[1, 2]), "sai cấu trúc: TypeError"),
    "indicator-twice": (lambda d: d.update(indicators=d["indicators"] * 2),
                        "có chỉ tiêu trùng mã (bhyt, co_quan_van_hoa"),
    "unit-twice": (lambda d: d.update(communes=d["communes"] + d["communes"][:1]), "có xã, phường trùng mã ("),
    "a-million-decimals": (lambda d: d["indicators"][0].update(decimals=10**6),
                           "ghi số chữ số thập phân 1000000, chỉ nhận từ 0 đến 6."),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_malformed_catalogue_is_refused_saying_so_and_nothing_changes(commune, tmp_path, case):
    change, said = CASES[case]
    path = _self_signed(_doc(change), tmp_path / f"{case}.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, "AAAA-BBBB-CCCC-DDDD")
    assert err.value.message.startswith(f"Tệp {path.name}: bộ chỉ tiêu bên trong ")
    assert said in err.value.message
    assert commune.catalog.version == "2026.1" and cu.province_key(commune) is None
