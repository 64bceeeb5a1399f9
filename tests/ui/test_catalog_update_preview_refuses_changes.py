"""The import dialog reads an update file with the same checks as the import (red-team 26, F2, F3):
an update removing an indicator is refused when the file is chosen, before its changes are previewed
and a key code asked, not only at the import; and a second catalogue under the version in use is
named as such, not as "không mới hơn"."""
from __future__ import annotations

import copy

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.signing import new_private_key
from ui.catalog_update_dialog import _read_update


def _write(tmp_path, doc, version, base="2026.1"):
    update = cu.build_update(doc, base, version, private_key=new_private_key())
    return str(cu.write_update(update, tmp_path / f"u{version}{cu.SUFFIX}"))


def test_an_update_removing_an_indicator_is_refused_when_chosen(workspace, tmp_path):
    doc = copy.deepcopy(workspace.catalog.document)
    doc["indicators"] = [i for i in doc["indicators"] if i["code"] != "bhyt"]
    for unit in doc["communes"]:
        unit.get("targets", {}).pop("bhyt", None)
    with pytest.raises(BadCatalogUpdate) as refused:
        _read_update(workspace, _write(tmp_path, doc, "2026.2"))
    assert "bhyt" in refused.value.message


def test_another_catalogue_under_the_version_in_use_is_named_when_chosen(workspace, tmp_path):
    doc = copy.deepcopy(workspace.catalog.document)
    doc["communes"][0].setdefault("targets", {})["bhyt"] = {"op": "≥", "value": 97}
    with pytest.raises(BadCatalogUpdate) as refused:
        _read_update(workspace, _write(tmp_path, doc, "2026.1", base="2026.0"))
    assert "nội dung khác với phiên bản đang dùng" in refused.value.message
