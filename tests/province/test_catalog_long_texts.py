"""A text of an indicator has a bound (red-team 26): the province's editor added an indicator named
with 2.000 characters, published it, a commune imported it, and every PDF export of the period
stopped at reportlab's LayoutError (the row taller than a page), the province's consolidated PDF
too; an update signed with the province's key and written by hand with a 16.000-character name
was imported. Now the editor and the commune's reading refuse such a text, naming the indicator,
the field and the limit (`catalog_names.check_texts`); a name at the bound prints in both reports,
and the shipped catalogue's longest texts still pass.
"""
from __future__ import annotations

import copy

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.catalog_names import MAX_LABEL, MAX_NAME, MAX_NOTE, MAX_UNIT, check_catalogue
from desktop_app.core.errors import InvalidInput
from desktop_app.core.signing import new_private_key
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace, export_period
from exports.submission_xlsx import write_submission
from tests.province.helpers import ON_TIME, delivered, fill_unit, sign_with

LONG = "Tỷ lệ hộ gia đình sử dụng internet cáp quang " * 45  # 2.025 characters


@pytest.fixture(scope="module")
def document():
    return default_catalog().document


# --- the province's editor -------------------------------------------------------------------

@pytest.mark.parametrize("texts, field, limit", [
    ({"name": LONG}, "Tên chỉ tiêu", MAX_NAME),
    ({"unit": LONG}, "Đơn vị tính", MAX_UNIT),
    ({"numerator_label": LONG}, "Tên tử số", MAX_LABEL),
    ({"denominator_label": LONG}, "Tên mẫu số", MAX_LABEL),
    ({"note": LONG}, "Ghi chú", MAX_NOTE),
], ids=["name", "unit", "numerator", "denominator", "note"])
def test_the_editor_refuses_a_text_longer_than_its_bound(document, texts, field, limit):
    args = {"name": "Tỷ lệ hộ gia đình sử dụng internet cáp quang", "unit": "%", **texts}
    with pytest.raises(InvalidInput) as info:
        cu.add_indicator(document, "ho_moi", args.pop("name"), args.pop("unit"), "ratio", **args)
    err = info.value
    assert err.field == field
    assert err.message.startswith(f"{field}: chỉ tiêu số 23 ")
    assert "(mã ho_moi)" in err.message and f"quá giới hạn {limit} ký tự." in err.message
    assert "2.0" in err.message and len(err.message) < 300  # the 2.000 characters not written out


def test_the_editor_takes_texts_at_their_bounds(document):
    new = cu.add_indicator(document, "ho_moi", "T" + "ỷ" * (MAX_NAME - 1), "h" * MAX_UNIT, "ratio",
                           numerator_label="S" * MAX_LABEL, note="G" * MAX_NOTE)
    assert len(new["indicators"][-1]["name"]) == MAX_NAME
    # a Có/Không indicator is labelled "<name> (Có / Không)": longer than a name may be
    flag = cu.add_indicator(document, "dat_moi", "Đ" * MAX_NAME, "Có/Không", "boolean")
    assert len(flag["indicators"][-1]["inputs"][0]["label"]) > MAX_NAME


def test_the_shipped_catalogue_s_longest_texts_pass(document):
    """The default catalogue passes, and so does a new indicator carrying its longest texts."""
    check_catalogue(document, default_catalog().commune_codes())
    inds = document["indicators"]
    inputs = [i for d in inds for i in d["inputs"]]
    longest = {k: max((d.get(k) or "" for d in inds), key=len) for k in ("name", "unit", "source", "note")}
    label = max((i["label"] for i in inputs), key=len)
    unit = max((i["unit"] for i in inputs), key=len)
    assert len(longest["name"]) >= 95 and len(label) >= 88  # what the bounds were chosen above
    new = cu.add_indicator(document, "ho_moi", longest["name"] + " mới", longest["unit"], "ratio",
                           numerator_label=label, denominator_label=label + " (mẫu)", input_unit=unit,
                           source=longest["source"], note=longest["note"])
    check_catalogue(new, default_catalog().commune_codes())
    english = copy.deepcopy(document)
    english["indicators"][0]["name_en"] = max((d.get("name_en") or "" for d in inds), key=len)
    english["indicators"][0]["inputs"][0]["label_en"] = max((i.get("label_en") or "" for i in inputs), key=len)
    english["indicators"][0]["inputs"][0]["unit_en"] = max((i.get("unit_en") or "" for i in inputs), key=len)
    check_catalogue(english, default_catalog().commune_codes())


# --- the commune's reading of an update signed with the province's key --------------------------

def _signed(tmp_path, change):
    doc = copy.deepcopy(default_catalog().document)
    change(next(i for i in doc["indicators"] if i["code"] == "bhyt"))
    update = cu.build_update(doc, "2026.1", "2026.2", private_key=new_private_key(), changes=["Sửa tay"])
    return cu.write_update(update, tmp_path / "tay-2026.2.chitieu-catalog.json")


@pytest.mark.parametrize("change, field", [
    (lambda ind: ind.update(name="Tỷ lệ " + "rất dài " * 2000), "Tên chỉ tiêu"),
    (lambda ind: ind.update(unit=LONG), "Đơn vị tính"),
    (lambda ind: ind["inputs"][0].update(label=LONG), "Tên tử số"),
    (lambda ind: ind.update(name_en=LONG), "Tên chỉ tiêu tiếng Anh"),
], ids=["name-16000", "unit", "numerator-label", "english-name"])
def test_an_update_with_a_text_longer_than_its_bound_is_refused(tmp_path, change, field):
    with pytest.raises(BadCatalogUpdate) as info:
        cu.read_update(_signed(tmp_path, change))
    err = info.value
    assert err.field == field
    assert err.message.startswith("Tệp tay-2026.2.chitieu-catalog.json: bộ chỉ tiêu bên trong không nhập được. "
                                  f"{field}: chỉ tiêu số 2 ")
    assert "(mã bhyt)" in err.message and "quá giới hạn" in err.message and len(err.message) < 400


# --- a name at the bound prints ---------------------------------------------------------------

def test_a_name_at_the_bound_exports_both_reports(office, tmp_path):
    """One word of MAX_NAME characters (nothing to break it between) and a unit of MAX_UNIT, assigned
    (its chart's page too): the commune's report and the province's consolidated one are written."""
    name = "T" + "ỷ" * (MAX_NAME - 1)
    cu.edit(office.ws, cu.add_indicator, "ho_moi", name, "hộ " * (MAX_UNIT // 3) + "h" * (MAX_UNIT % 3),
            "ratio", assigned=True, numerator_label="Số hộ", denominator_label="Tổng số hộ")
    cu.edit(office.ws, cu.set_target, "ho_moi", ">=", "80", unit="all")
    update = cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    try:
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        cu.import_update(ws, update["path"], office.ws.key_code)
        fill_unit(ws, "2026-6M", seed=1)
        ws.set_entry("2026-6M", "ho_moi", numerator="1.700", denominator="2.000")
        ws.complete("2026-6M")
        ws.approve("2026-6M")
        assert export_period(ws, "2026-6M", tmp_path / "out").pdf.stat().st_size > 0
        sub = sign_with(ws.submission("2026-6M", approved=True), ws.signing_key())
    finally:
        ws.close()
    (tmp_path / "hop-thu").mkdir()
    delivered(write_submission(sub, tmp_path / "hop-thu" / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(tmp_path / "hop-thu", "2026-6M")
    pdf = office.export_pdf("2026-6M", tmp_path / "tong-hop.pdf", doc_number="12")
    assert pdf.read_bytes().startswith(b"%PDF")
