"""A catalogue update changes only what the province's editor changes (red-team 26, F2, F3).

The editor (desktop_app/catalog_draft.py) sets targets, assigns a supplementary indicator unit by
unit and adds indicators at the end. A file made by hand and signed with the province's key could
remove an indicator, change its kind, whom it applies to, its direction, decimals, number, name,
unit or input fields: the figures entered vanished from the report or were judged the other way,
and no line of the cover note, the import dialog or the command line said so. The commune refuses
such an update, naming the indicator and the change; every file the editor writes still imports,
and what it changes is named. Two catalogues under one version number are told apart from the
same file imported twice.
"""
from __future__ import annotations

import copy

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core import catalog_changes
from desktop_app.core.signing import new_private_key
from tests.province.helpers import commune_half_year

TAN_CUONG = "05503"
BHYT = "Chỉ tiêu bhyt “Tỷ lệ người dân tham gia bảo hiểm y tế”"
BUDGET = "Chỉ tiêu thu_ngan_sach “Tổng thu ngân sách"


@pytest.fixture
def commune(tmp_path):
    """Xã Tân Cương with Quý I approved and 6 tháng being entered (BHYT 9.600/10.000, budget 30.000)."""
    ws = commune_half_year(tmp_path)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def key():
    return new_private_key()


def _write(tmp_path, doc: dict, key: str, version: str = "2026.2", base: str = "2026.1", name: str = "u"):
    update = cu.build_update(doc, base, version, private_key=key)
    return cu.write_update(update, tmp_path / f"{name}{cu.SUFFIX}"), update["key_code"]


def _indicators(doc: dict) -> dict:
    return {i["code"]: i for i in doc["indicators"]}


def _remove(doc):
    doc["indicators"] = [i for i in doc["indicators"] if i["code"] != "bhyt"]
    for unit in doc["communes"]:
        unit["targets"].pop("bhyt", None)


def _renumber(doc):
    ind = _indicators(doc)
    ind["bhyt"]["no"], ind["thu_ngan_sach"]["no"] = 1, 2


def _set(code: str, field: str, value):
    def change(doc):
        _indicators(doc)[code][field] = value
    return change


def _made_yes_no(doc):
    # with the input of its new kind: a kind with another kind's inputs is refused before, by the catalogue's
    # own rules (core/catalog_rules.py)
    ind = _indicators(doc)["thu_tien_su_dung_dat"]
    ind["kind"], ind["inputs"] = "boolean", [{"field": "flag", "label": "Có thu (Có / Không)", "unit": "Có/Không"}]


def _relabel(doc):
    _indicators(doc)["bhyt"]["inputs"][1]["label"] = "Số hộ nghèo"


VARIANTS = {  # what a hand-made file changes, and the words the refusal says it with
    "remove": (_remove, f"{BHYT}: bị bỏ khỏi bộ chỉ tiêu"),
    "kind": (_made_yes_no, "loại: số lượng → Có / Không"),
    "applies": (_set("bhyt", "applies_to", ["phường"]), f"{BHYT}, áp dụng cho: xã, phường → phường"),
    "direction": (_set("bhyt", "direction", "lower"),
                  f"{BHYT}, chiều đánh giá: càng cao càng tốt → càng thấp càng tốt"),
    "decimals": (_set("thu_ngan_sach", "decimals", 3), "số chữ số thập phân: 0 → 3"),
    "renumber": (_renumber, f"{BHYT}, số thứ tự: 2 → 1"),
    "rename": (_set("bhyt", "name", "Tỷ lệ hộ nghèo"),
               f"{BHYT}, tên: Tỷ lệ người dân tham gia bảo hiểm y tế → Tỷ lệ hộ nghèo"),
    "unit": (_set("bhyt", "unit", "người"), f"{BHYT}, đơn vị tính: % → người"),
    "inputs": (_relabel, (f"{BHYT}, ô nhập số liệu: Số người tham gia BHYT (người); Dân số (người) → "
                         "Số người tham gia BHYT (người); Số hộ nghèo (người)")),
    "made_common": (_set("bhyt", "assigned", False),
                    f"{BHYT}, cách giao: giao riêng cho từng đơn vị → một chỉ tiêu chung cho mọi đơn vị"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_change_the_editor_never_makes_is_refused_naming_it(commune, key, tmp_path, variant):
    change, words = VARIANTS[variant]
    doc = copy.deepcopy(commune.catalog.document)
    change(doc)
    path, code = _write(tmp_path, doc, key)
    entries = commune.store.entries(commune.commune.code)
    six_months = [(r.indicator.code, r.value_text) for r in commune.period_view("2026-6M").rows]
    with pytest.raises(BadCatalogUpdate) as refused:
        cu.import_update(commune, path, code)
    message = refused.value.message
    assert words in message and message.startswith(f"Tệp {path.name}: ")
    assert "chỉ nhận từ bản cập nhật chỉ tiêu giao mới, việc giao chỉ tiêu cho từng đơn vị và chỉ tiêu mới" in message
    assert "this program does not take" in refused.value.en
    # nothing changed: the catalogue, the key (none recorded), the figures and what the period shows
    assert commune.catalog.version == "2026.1" and commune.store.current_catalog_version() == "2026.1"
    assert cu.province_key(commune) is None
    assert commune.store.entries(commune.commune.code) == entries
    assert [(r.indicator.code, r.value_text) for r in commune.period_view("2026-6M").rows] == six_months


def test_a_refusal_counts_the_changes_it_does_not_name(commune, key, tmp_path):
    doc = copy.deepcopy(commune.catalog.document)
    for ind in doc["indicators"]:
        ind["direction"] = "lower" if ind["direction"] == "higher" else "higher"
    path, code = _write(tmp_path, doc, key)
    with pytest.raises(BadCatalogUpdate, match=r"; và 14 thay đổi khác\. "):
        cu.import_update(commune, path, code)


def test_a_unit_changed_or_a_new_indicator_put_among_the_others_is_refused(commune, key, tmp_path):
    doc = copy.deepcopy(commune.catalog.document)
    unit = next(u for u in doc["communes"] if u["code"] == TAN_CUONG)
    unit["kind"] = "phường"
    doc = cu.add_indicator(doc, "ho_cap_quang", "Tỷ lệ hộ dùng internet cáp quang", "%", "ratio")
    doc["indicators"].insert(1, doc["indicators"].pop())
    lines = catalog_changes.unaccepted_changes(commune.catalog.document, doc)
    assert lines[-1] == "Xã Tân Cương (05503), loại: xã → phường" and len(lines) == 2
    assert any(line.startswith("Chỉ tiêu mới ho_cap_quang “Tỷ lệ hộ dùng internet cáp quang”: đặt xen giữa")
               for line in lines)
    path, code = _write(tmp_path, doc, key)
    with pytest.raises(BadCatalogUpdate, match="Xã Tân Cương"):
        cu.import_update(commune, path, code)


# --- what the editor makes imports, and is named ------------------------------------------------

EDITS = {  # one edit of the province's draft each, and a word the change names
    "common_target": ((cu.set_target, "gia_dinh_van_hoa", ">=", "95"), "Chỉ tiêu chung của “Tỷ lệ gia đình văn hóa”"),
    "common_target_removed": ((cu.set_target, "gia_dinh_van_hoa", None), "bỏ chỉ tiêu"),
    "unit_target": ((cu.set_target, "bhyt", ">=", "97", TAN_CUONG), "≥ 97"),
    "all_units": ((cu.set_target, "bhyt", ">=", "90", "all"), "→ ≥ 90."),  # 92 units; 91 others at a commune
    "unit_target_removed": ((cu.set_target, "bhyt", None, None, TAN_CUONG), "bỏ chỉ tiêu"),
    "assign": ((cu.assign, "tang_gia_tri_san_pham"), "Giao chỉ tiêu “Tốc độ tăng giá trị sản phẩm"),
    "add_amount": ((cu.add_indicator, "von_dau_tu", "Vốn đầu tư công giải ngân", "triệu đồng", "amount"),
                   "Thêm chỉ tiêu “Vốn đầu tư công giải ngân”"),
    "add_boolean": ((cu.add_indicator, "co_quy_hoach", "Có quy hoạch chung được duyệt", "x", "boolean"),
                    "Thêm chỉ tiêu “Có quy hoạch chung được duyệt”"),
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_each_edit_of_the_province_imports_and_is_named(office, commune, tmp_path, edit):
    (change, *args), words = EDITS[edit]
    cu.edit(office.ws, change, *args)
    published = cu.publish(office.ws, "2026.2", tmp_path / "b2")
    assert any(words in line for line in published["changes"])
    old, new, changes = cu.import_update(commune, published["path"], office.ws.key_code)
    assert (old, new) == ("2026.1", "2026.2") and any(words in line for line in changes)


def test_an_added_indicator_with_every_option_of_the_editor_imports(office, commune, tmp_path):
    cu.edit(office.ws, cu.add_indicator, "ty_le_moi", "Tỷ lệ hộ có camera an ninh", "%", "ratio", assigned=True,
            applies_to=("xã",), direction="lower", horizon="term_level", decimals=1, flow=True,
            numerator_label="Số hộ có camera", denominator_label="Tổng số hộ", input_unit="hộ",
            source="Nghị quyết 01", note="thử", group="van_hoa_xa_hoi")
    cu.edit(office.ws, cu.set_target, "ty_le_moi", "<=", "20", unit="all")
    cu.publish(office.ws, "2026.2", tmp_path / "b2")
    cu.edit(office.ws, cu.set_target, "ty_le_moi", "<=", "15", unit=TAN_CUONG)
    cu.edit(office.ws, cu.assign, "gia_dinh_van_hoa")
    third = cu.publish(office.ws, "2026.3", tmp_path / "b3")
    cu.import_update(commune, tmp_path / f"b2{cu.SUFFIX}", office.ws.key_code)
    _, new, changes = cu.import_update(commune, third["path"])
    assert new == "2026.3" and "Chỉ tiêu giao của Xã Tân Cương, “Tỷ lệ hộ có camera an ninh”: ≤ 20 → ≤ 15." in changes
    assert any("Giao chỉ tiêu “Tỷ lệ gia đình văn hóa”" in line for line in changes)


def _without_english(document: dict) -> dict:
    old = copy.deepcopy(document)
    for ind in old["indicators"]:
        ind.pop("unit_en")
        for f in ind["inputs"] + ([ind["baseline"]] if ind["baseline"] else []):
            del f["label_en"], f["unit_en"]
    return old


def test_english_names_a_catalogue_lacks_on_either_side_are_no_change(commune, key, tmp_path):
    """A province on a version before English names publishes without them; a commune that
    made its database before them holds none: neither is refused, nor named."""
    doc = commune.catalog.document
    assert catalog_changes.unaccepted_changes(doc, _without_english(doc)) == []
    assert catalog_changes.unaccepted_changes(_without_english(doc), doc) == []
    assert catalog_changes.describe_changes(doc, _without_english(doc)) == []
    path, code = _write(tmp_path, cu.set_target(_without_english(doc), "bhyt", ">=", "97", TAN_CUONG), key)
    assert cu.import_update(commune, path, code)[:2] == ("2026.1", "2026.2")
    changed = copy.deepcopy(doc)
    _indicators(changed)["bhyt"]["name_en"] = "Poverty rate"  # one English name for another is a change
    assert catalog_changes.unaccepted_changes(doc, changed) == [f"{BHYT}, tên tiếng Anh: Health insurance coverage → Poverty rate"]


# --- one version number, two catalogues (F3) -----------------------------------------------------

def test_the_same_version_with_another_content_is_named_so(commune, key, tmp_path):
    doc = commune.catalog.document
    first, code = _write(tmp_path, cu.set_target(doc, "bhyt", ">=", "97", TAN_CUONG), key, name="a")
    other, _ = _write(tmp_path, cu.set_target(doc, "bhyt", ">=", "90", TAN_CUONG), key, name="b")
    cu.import_update(commune, first, code)
    with pytest.raises(BadCatalogUpdate) as refused:
        cu.import_update(commune, other)
    assert refused.value.message == (
        "Tệp b.chitieu-catalog.json: cùng số phiên bản 2026.2 nhưng nội dung khác với phiên bản đang dùng: tỉnh đã "
        "phát hành hai danh mục cùng số (có thể sau khi khôi phục bản sao lưu) — liên hệ tỉnh. Không cập nhật.")
    assert "the same version number 2026.2 but a different content" in refused.value.en
    with pytest.raises(BadCatalogUpdate, match="bản cập nhật này đã được nhập .cùng nội dung.: bộ chỉ tiêu phiên "
                                               "bản 2026.2 không mới hơn phiên bản đang dùng 2026.2"):
        cu.import_update(commune, first)
    assert commune.catalog.indicator("bhyt") and commune.store.current_catalog_version() == "2026.2"


def test_the_same_version_signed_by_another_key_is_refused_for_its_key(commune, key, tmp_path):
    doc = commune.catalog.document
    first, code = _write(tmp_path, cu.set_target(doc, "bhyt", ">=", "97", TAN_CUONG), key, name="a")
    forged, _ = _write(tmp_path, cu.set_target(doc, "bhyt", ">=", "10", TAN_CUONG), new_private_key(), name="b")
    cu.import_update(commune, first, code)
    with pytest.raises(BadCatalogUpdate, match="khác khóa của tỉnh"):
        cu.import_update(commune, forged)
