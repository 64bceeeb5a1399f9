"""An update signed by another key than the province's one pinned here is refused as such, whatever versions it
names (walk U18 F2): a ward on 2026.2 given another key's 2026.3 built from 2026.1 was told to "import the
updates in turn, up to version 2026.1", which it is past, and never that the file is not the province's. The
window's check when the file is chosen and the import itself say the same."""
from __future__ import annotations

import copy

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.signing import key_code, new_private_key, public_key
from ui.catalog_update_dialog import _read_update


def _update(tmp_path, doc, base, version, key):
    update = cu.build_update(doc, base, version, private_key=key)
    return cu.write_update(update, tmp_path / f"{version}-{key_code(public_key(key))}{cu.SUFFIX}")


def test_another_keys_update_from_an_older_base_is_named_as_not_the_provinces(workspace, tmp_path):
    province, other = new_private_key(), new_private_key()
    doc = copy.deepcopy(workspace.catalog.document)
    doc["communes"][0].setdefault("targets", {})["bhyt"] = {"op": "≥", "value": 97}
    first = _update(tmp_path, doc, "2026.1", "2026.2", province)
    cu.import_update(workspace, first, key_code(public_key(province)))
    assert workspace.catalog.version == "2026.2"

    doc["communes"][0]["targets"]["bhyt"] = {"op": "≥", "value": 98}
    forged = _update(tmp_path, doc, "2026.1", "2026.3", other)  # built from the catalogue before the ward's
    said = f"khóa mã {key_code(public_key(other))}, khác khóa của tỉnh mã {key_code(public_key(province))}"
    for check in (lambda: _read_update(workspace, str(forged)), lambda: cu.import_update(workspace, forged)):
        with pytest.raises(BadCatalogUpdate) as refused:
            check()
        assert said in refused.value.message
        assert "lần lượt" not in refused.value.message
    assert workspace.catalog.version == "2026.2"


def test_the_provinces_own_update_from_another_base_says_what_to_do(workspace, tmp_path):
    """The key first changes nothing for the province's own files: a version skipped is said as before ("import in
    turn"); one made from a version this computer is past asks the province for one made from the version in use."""
    province = new_private_key()
    doc = copy.deepcopy(workspace.catalog.document)
    cu.import_update(workspace, _update(tmp_path, doc, "2026.1", "2026.2", province), key_code(public_key(province)))
    later = _update(tmp_path, doc, "2026.3", "2026.4", province)
    older = _update(tmp_path, doc, "2026.1", "2026.5", province)
    for path, said in ((later, "Hãy nhập lần lượt các bản cập nhật trước (đến phiên bản 2026.3)"),
                       (older, "Máy đã qua phiên bản đó: hãy xin tỉnh bản cập nhật lập từ phiên bản 2026.2.")):
        for check in (lambda: _read_update(workspace, str(path)), lambda: cu.import_update(workspace, path)):
            with pytest.raises(BadCatalogUpdate) as refused:
                check()
            assert said in refused.value.message and "khác khóa của tỉnh" not in refused.value.message
    assert workspace.catalog.version == "2026.2"
