"""A catalogue update never holds an indicator or a unit printed like another (red-team 17, F4).

The province's editor refused a second indicator code only when it was the same, so a second
"Tỷ lệ người dân tham gia bảo hiểm y tế" (bhyt_2), one with a zero-width space in it, or a name
reversed by U+202E were published; a commune then showed two rows alike, and an officer's
99,9 % went to the copy. An update signed with the province's key but written by hand carried
codes "BHYT", "bhyt" + U+200B and a Cyrillic "bhуt" beside bhyt, and a unit "O5503" named
Xã Tân Cương, all imported. Now the editor and the commune's reading refuse them, naming the
indicator (or unit) and the one it looks like; an honest update, written by the earlier
version, still imports.
"""
from __future__ import annotations

import copy
import gzip
import json
from pathlib import Path

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.errors import InvalidInput
from desktop_app.core.signing import key_code, new_private_key, public_key
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace

BHYT = "Tỷ lệ người dân tham gia bảo hiểm y tế"
OLDER_UPDATE = Path(__file__).parent / "data" / "older-2026.2.chitieu-catalog.json.gz"


@pytest.fixture(scope="module")
def document():
    return default_catalog().document


def _refused(call, *args, **kwargs):
    with pytest.raises(InvalidInput) as info:
        call(*args, **kwargs)
    return info.value


# --- the province's editor -------------------------------------------------------------------

@pytest.mark.parametrize("name", [
    BHYT,                                                   # the same words
    "TỶ LỆ  người dân tham gia bảo hiểm y tế ",             # upper case, two spaces
    "Tỷ lệ người dân tham gia bảo\u200b hiểm y tế",         # a zero-width space pasted in
    "Tỷ lệ người dân tham gia bảo hiểm \u0443 tế",          # a Cyrillic у
    "Ty\u0309 lê\u0323 người dân tham gia bảo hiểm y tế",   # decomposed (NFD) marks
], ids=["same", "case-spaces", "zero-width", "cyrillic", "nfd"])
def test_editor_refuses_a_second_indicator_named_like_another(document, name):
    err = _refused(cu.add_indicator, document, "bhyt_2", name, "%", "ratio")
    assert err.field == "Tên chỉ tiêu"
    assert err.message.startswith('Tên chỉ tiêu: chỉ tiêu số 23 "')
    assert '(mã bhyt_2) trùng tên với chỉ tiêu số 2 "Tỷ lệ người dân tham gia bảo hiểm y tế" (mã bhyt)' \
        in err.message


def test_editor_refuses_a_name_reversed_by_a_direction_mark(document):
    err = _refused(cu.add_indicator, document, "dat_chuan",
                   "Xã đạt chuẩn \u202etạĐ gnôhK\u202c nông thôn mới", "Có/Không", "boolean")
    assert err.field == "Tên chỉ tiêu"
    assert err.message == ('Tên chỉ tiêu "Xã đạt chuẩn <U+202E>tạĐ gnôhK<U+202C> nông thôn mới" có ký tự đổi chiều '
                           "chữ (U+202C, U+202E): tên sẽ hiện khác chữ đã lưu. Hãy gõ lại tên, không dán kèm ký "
                           "tự đó.")


def test_editor_drops_what_prints_nothing_from_a_new_name(document):
    new = cu.add_indicator(document, "ho_cap_quang", "Tỷ lệ hộ dùng\u200b internet\u00ad cáp quang", "%", "ratio")
    added = new["indicators"][-1]
    assert added["name"] == "Tỷ lệ hộ dùng internet cáp quang"
    assert added["code"] == "ho_cap_quang" and added["no"] == 23


def test_an_honest_new_indicator_is_still_added(document):
    new = cu.add_indicator(document, "ho_cap_quang", "Tỷ lệ hộ gia đình sử dụng internet cáp quang", "%", "ratio")
    assert (new["indicators"][-1]["code"], len(new["indicators"])) == ("ho_cap_quang", 23)


# --- the commune's reading of an update signed with the province's key --------------------------

@pytest.fixture(scope="module")
def key():
    return new_private_key()


def _update(tmp_path, key, change) -> Path:
    """An update of the shipped catalogue, `change`d by hand, then signed with the province's key."""
    doc = copy.deepcopy(default_catalog().document)
    change(doc)
    update = cu.build_update(doc, "2026.1", "2026.2", private_key=key, changes=["Sửa tay"])
    return cu.write_update(update, tmp_path / "tay-2026.2.chitieu-catalog.json")


def _copy_of_bhyt(code, name=BHYT):
    def change(doc):
        ind = copy.deepcopy(next(i for i in doc["indicators"] if i["code"] == "bhyt"))
        ind.update(code=code, name=name, no=23, assigned=False)
        doc["indicators"].append(ind)
    return change


def _read_refused(path) -> BadCatalogUpdate:
    with pytest.raises(BadCatalogUpdate) as info:
        cu.read_update(path)
    return info.value


@pytest.mark.parametrize("code, shown", [("BHYT", "BHYT"), ("bhyt\u200b", "bhyt<U+200B>"), ("bh\u0443t", "bh\u0443t")],
                         ids=["upper", "zero-width", "cyrillic"])
def test_an_indicator_code_not_written_as_the_program_writes_it_is_refused(tmp_path, key, code, shown):
    err = _read_refused(_update(tmp_path, key, _copy_of_bhyt(code)))
    assert err.field == "Mã chỉ tiêu"
    assert err.message == (
        "Tệp tay-2026.2.chitieu-catalog.json: bộ chỉ tiêu bên trong không nhập được. Mã chỉ tiêu: chỉ tiêu số 23 "
        f'"{BHYT}" (mã {shown}) có mã không đúng dạng phần mềm ghi (chữ thường a-z không dấu, số và dấu gạch '
        f'dưới, bắt đầu bằng chữ). Mã này trông như mã của chỉ tiêu số 2 "{BHYT}" (mã bhyt). Hãy xin tỉnh gửi '
        "lại tệp cập nhật.")
    assert f"(code {shown}) has a code not written as the program writes one" in err.en


@pytest.mark.parametrize("name", [BHYT, "Tỷ lệ người dân tham gia BẢO HIỂM Y TẾ", f"{BHYT}\u200b"],
                         ids=["same", "case", "zero-width"])
def test_an_indicator_named_like_another_is_refused(tmp_path, key, name):
    err = _read_refused(_update(tmp_path, key, _copy_of_bhyt("bhyt_2", name)))
    assert err.field == "Tên chỉ tiêu"
    # a zero-width space is dropped at import (catalog_rules' TEXT RULE, red team R34 F1): then BHYT's very name
    said = f'trùng tên với chỉ tiêu số 2 "{BHYT}" (mã bhyt).'
    assert f'Tên chỉ tiêu: chỉ tiêu số 23 "{name.replace(chr(0x200b), "")}" (mã bhyt_2) {said}' in err.message


def test_a_name_holding_a_direction_mark_is_refused(tmp_path, key):
    err = _read_refused(_update(tmp_path, key, _copy_of_bhyt("dat_chuan", "Xã đạt chuẩn \u202etạĐ gnôhK\u202c")))
    assert 'Tên chỉ tiêu: chỉ tiêu số 23 "Xã đạt chuẩn <U+202E>tạĐ gnôhK<U+202C>" (mã dat_chuan) có tên chứa ký ' \
           "tự không in ra hoặc không chuẩn Unicode NFC." in err.message


def test_a_unit_code_written_with_a_letter_o_is_refused(tmp_path, key):
    def change(doc):
        fake = copy.deepcopy(next(c for c in doc["communes"] if c["code"] == "05503"))
        fake.update(code="O5503", no=93)
        doc["communes"].append(fake)
    err = _read_refused(_update(tmp_path, key, change))
    assert err.field == "Mã đơn vị"
    assert ("Mã đơn vị: Xã Tân Cương (mã O5503) có mã không phải mã 5 chữ số của một trong 92 xã, phường của "
            "tỉnh. Mã này trông như mã của Xã Tân Cương (mã 05503).") in err.message


def test_a_unit_outside_the_official_list_is_refused(tmp_path, key):
    def change(doc):
        doc["communes"][0]["code"] = "99999"
    err = _read_refused(_update(tmp_path, key, change))
    assert "(mã 99999) có mã không phải mã 5 chữ số của một trong 92 xã, phường của tỉnh." in err.message


def test_a_unit_renamed_like_another_is_refused(tmp_path, key):
    def change(doc):
        next(c for c in doc["communes"] if c["code"] != "05503" and c["kind"] == "xã")["name"] = "Xã Tân  Cương"
    err = _read_refused(_update(tmp_path, key, change))
    assert err.field == "Tên đơn vị" and "trùng tên với" in err.message and "Xã Tân Cương (mã 05503)" in err.message


# --- honest updates ---------------------------------------------------------------------------

def test_two_units_differing_by_their_diacritics_are_two_units(tmp_path, key):
    """Xã Văn Lăng and Xã Văn Lang are both in the official list: a diacritic tells names apart."""
    names = [c["name"] for c in default_catalog().document["communes"]]
    assert "Xã Văn Lăng" in names and "Xã Văn Lang" in names
    assert cu.read_update(_update(tmp_path, key, lambda doc: None))["catalog_version"] == "2026.2"


def test_an_update_written_by_the_earlier_version_still_imports(tmp_path):
    """An update the province published with the version before these checks (an indicator added,
    another assigned, a target changed) imports as it did."""
    path = tmp_path / "bo-chi-tieu-2026.2.chitieu-catalog.json"
    path.write_bytes(gzip.decompress(OLDER_UPDATE.read_bytes()))
    code = json.loads(path.read_text(encoding="utf-8"))["key_code"]
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    try:
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        old, new, changes = cu.import_update(ws, path, code)
        assert (old, new) == ("2026.1", "2026.2") and changes
        assert ws.catalog.indicator("ho_cap_quang").name == "Tỷ lệ hộ gia đình sử dụng internet cáp quang"
    finally:
        ws.close()


def test_the_province_publishes_and_a_commune_imports_an_honest_update(office, tmp_path):
    cu.edit(office.ws, cu.add_indicator, "ho_cap_quang", "Tỷ lệ hộ gia đình sử dụng internet cáp quang", "%",
            "ratio")
    update = cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    assert cu.read_update(update["path"])["catalog_version"] == "2026.2"
    assert update["key_code"] == key_code(public_key(office.ws.signing_key()))


def test_publishing_refuses_a_draft_an_older_version_kept_with_two_names_alike(office, tmp_path):
    """A draft saved before these checks may hold a copy of an indicator: it is not published."""
    doc = copy.deepcopy(cu.draft(office.ws))
    _copy_of_bhyt("bhyt_2")(doc)
    cu.save_draft(office.ws, doc)
    err = _refused(cu.publish, office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    assert f'(mã bhyt_2) trùng tên với chỉ tiêu số 2 "{BHYT}" (mã bhyt)' in err.message
    assert not list(tmp_path.glob("bo-chi-tieu-2026.2*"))
