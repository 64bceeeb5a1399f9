"""Red team R34 F1, F2, F4: what a genuine catalogue holds is accepted, what no commune can meet is not.

F1: the previous release's editor stored a label, a note or a source as pasted from Word, Excel or a
PDF (a zero-width space, a tab, a line end, a soft hyphen), and every commune refused its update; the
editor refused such a paste too. Now one rule (catalog_rules' TEXT RULE): those are accepted and
stored cleaned; a direction control, another control character, NFD text are refused as before.
F2: the genuine targets of Phụ lục 1 ("GRDP bình quân đầu người ≥ 127,5 triệu đồng", "33,52 tỷ USD",
"74,6 tuổi", "17,5 bác sĩ/vạn dân") were refused as "đếm bằng …, phải là số nguyên".
F4: a rate "> 100" or "< 0" was published, a target no commune could ever meet."""
from __future__ import annotations

import gzip
import json
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.errors import InvalidInput
from desktop_app.resources import default_catalog
from desktop_app.services import Workspace
from tests.province.helpers import commune_half_year
from tests.province.test_catalog_update_malformed import _doc, _self_signed

# Made with the previous release (7b8787c), its editor and publishing: an indicator "ho_cap_quang" whose
# numerator label holds a zero-width space ("Số hộ dùng\u200b cáp quang"), its denominator label a tab
# ("Tổng số\thộ"), a two-line note and a soft hyphen in the source ("inter\u00adnet").
PASTED = Path(__file__).parent / "data" / "older-2026.2-pasted-texts.chitieu-catalog.json.gz"


@pytest.fixture
def commune(tmp_path):
    ws = commune_half_year(tmp_path)
    yield ws
    ws.close()


def _refused(call, *args, **kwargs) -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        call(*args, **kwargs)
    return info.value


# --- F1: texts --------------------------------------------------------------------------------------

def test_an_update_the_previous_release_published_with_pasted_texts_imports_cleaned(tmp_path):
    path = tmp_path / "cap-quang-2026.2.chitieu-catalog.json"
    path.write_bytes(gzip.decompress(PASTED.read_bytes()))
    sent = json.loads(path.read_text(encoding="utf-8"))
    assert "\u200b" in json.dumps(sent, ensure_ascii=False)  # the file as the older editor wrote it
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    try:
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
        old, new, _ = cu.import_update(ws, path, sent["key_code"])
        assert (old, new) == ("2026.1", "2026.2")
        ind = ws.catalog.indicator("ho_cap_quang")
        assert [i.label for i in ind.inputs] == ["Số hộ dùng cáp quang", "Tổng số hộ"]
        stored = next(i for i in ws.store.current_catalog()["indicators"] if i["code"] == "ho_cap_quang")
        assert stored["note"] == "Chỉ tiêu của tỉnh giao thêm.\nTính theo hộ có hợp đồng."
        assert stored["source"] == "Kế hoạch chuyển đổi số, internet cáp quang"
        assert [i["label"] for i in stored["inputs"]] == ["Số hộ dùng cáp quang", "Tổng số hộ"]
        # the commune enters it: the row is shown and computed
        ws.set_entry("2026-6M", "ho_cap_quang", numerator="45", denominator="60")
        row = next(r for r in ws.period_view("2026-6M").rows if r.indicator.code == "ho_cap_quang")
        assert row.indicator.inputs[0].label == "Số hộ dùng cáp quang" and row.computed.value == 75
        # the same file again: already imported (its cleaned catalogue is the one in use), not "another content"
        with pytest.raises(BadCatalogUpdate, match="bản cập nhật này đã được nhập"):
            cu.import_update(ws, path, sent["key_code"])
    finally:
        ws.close()


PASTES = {  # what is pasted in the editor -> what is stored
    "label zero-width": ({"value_label": "Số hộ dùng\u200b cáp quang"}, "inputs", "Số hộ dùng cáp quang"),
    "label tab": ({"value_label": "Tổng số\thộ"}, "inputs", "Tổng số hộ"),
    "label two lines": ({"value_label": "Số hộ\nđạt chuẩn"}, "inputs", "Số hộ đạt chuẩn"),
    "unit soft hyphen": ({"unit": "h\u00adộ"}, "unit", "hộ"),
    "note two lines": ({"note": "Chỉ tiêu giao cả giai đoạn.\r\nTiến độ tính theo năm."}, "note",
                       "Chỉ tiêu giao cả giai đoạn.\nTiến độ tính theo năm."),
    "note tab": ({"note": "Ghi chú:\tđánh giá cuối năm"}, "note", "Ghi chú: đánh giá cuối năm"),
    "source zero-width": ({"source": "Phụ lục\u200b 2"}, "source", "Phụ lục 2"),
}


@pytest.mark.parametrize("case", PASTES, ids=list(PASTES))
def test_the_editor_cleans_what_is_pasted_and_the_communes_take_it(commune, tmp_path, case):
    fields, key, stored = PASTES[case]
    args = {"code": "moi_dan", "name": "Số hộ được hỗ trợ", "unit": "hộ"} | fields
    doc = cu.add_indicator(default_catalog().document, **args)
    added = doc["indicators"][-1]
    assert (added["inputs"][0]["label"] if key == "inputs" else added[key]) == stored
    doc["catalog_version"] = "2026.9"
    path = _self_signed(doc, tmp_path / "u.chitieu-catalog.json")
    cu.import_update(commune, path, json.loads(path.read_text(encoding="utf-8"))["key_code"])
    assert commune.catalog.version == "2026.9"


def test_the_editor_takes_a_zero_width_space_in_a_label_but_not_a_direction_mark(office):
    err = _refused(cu.edit, office.ws, cu.add_indicator, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount",
                   value_label="Số hộ \u202eđược hỗ trợ")
    assert err.field == "Tên giá trị" and "U+202E" in err.message
    cu.edit(office.ws, cu.add_indicator, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount",
            value_label="Số hộ\u200b được hỗ trợ")
    assert cu.draft(office.ws)["indicators"][-1]["inputs"][0]["label"] == "Số hộ được hỗ trợ"


def test_an_update_holding_pasted_texts_is_stored_cleaned(commune, tmp_path):
    doc = cu.add_indicator(default_catalog().document, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount")
    doc["catalog_version"] = "2026.9"
    added = doc["indicators"][-1]
    added["inputs"][0]["label"] = "Số hộ\u200b được\thỗ trợ"  # as an older editor stored them
    added["note"] = "Dòng một\r\nDòng hai\u00ad"
    path = _self_signed(doc, tmp_path / "u.chitieu-catalog.json")
    cu.import_update(commune, path, json.loads(path.read_text(encoding="utf-8"))["key_code"])
    so_ho = next(i for i in commune.store.current_catalog()["indicators"] if i["code"] == "so_ho")
    assert so_ho["inputs"][0]["label"] == "Số hộ được hỗ trợ" and so_ho["note"] == "Dòng một\nDòng hai"


def test_publishing_a_draft_an_older_editor_kept_with_pasted_texts_writes_them_cleaned(office, tmp_path):
    doc = cu.draft(office.ws)
    doc["indicators"][1]["inputs"][0]["label"] = "Số người\u200b tham gia BHYT"
    cu.save_draft(office.ws, doc)
    update = cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")
    written = json.loads(Path(update["path"]).read_text(encoding="utf-8"))
    assert written["catalog"]["indicators"][1]["inputs"][0]["label"] == "Số người tham gia BHYT"


# --- F2: targets with decimals --------------------------------------------------------------------

PHU_LUC_1 = [  # (code, name, unit, op, target as Phụ lục 1 prints it)
    ("grdp_dau_nguoi", "GRDP bình quân đầu người", "Triệu đồng", "≥", "127,5"),
    ("xuat_khau", "Tổng kim ngạch xuất khẩu hàng hóa", "Tỷ USD", "≥", "33,52"),
    ("khach_du_lich", "Tổng lượng khách du lịch", "Triệu lượt khách", "=", "8,06"),
    ("tuoi_tho", "Tuổi thọ trung bình", "Tuổi", "≥", "74,6"),
    ("bac_si", "Số bác sĩ/vạn dân", "Người", "=", "17,5"),
    ("bac_si_2", "Số bác sĩ", "Người (bác sĩ/vạn dân)", "=", "17,5"),
    ("ban_le", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Tỷ đồng", "=", "122.566,9"),
]


@pytest.mark.parametrize("code, name, unit, op, value", PHU_LUC_1, ids=[c[0] for c in PHU_LUC_1])
def test_the_editor_takes_a_phu_luc_1_target_with_decimals(code, name, unit, op, value):
    doc = cu.add_indicator(default_catalog().document, code, name, unit, "amount")
    doc = cu.set_target(doc, code, op, value)
    target = doc["indicators"][-1]["default_target"]
    assert target["op"] == op and target["value"] == float(value.replace(".", "").replace(",", "."))


@pytest.mark.parametrize("unit", ["hộ", "Hộ", "người", "trường", "thôn, tổ", "tổ chức", "đảng viên"])
def test_a_count_is_a_whole_number_but_one_per_something_is_not(unit):
    doc = cu.add_indicator(default_catalog().document, "so_dem", "Số được hỗ trợ", unit, "amount")
    err = _refused(cu.set_target, doc, "so_dem", "≥", "12,5")
    assert err.message == f"Giá trị chỉ tiêu: đếm bằng {unit}, phải là số nguyên, ví dụ 12 hoặc 13."
    doc = cu.add_indicator(default_catalog().document, "ty_le_dem", "Số được hỗ trợ", f"{unit}/vạn dân", "amount")
    assert cu.set_target(doc, "ty_le_dem", "≥", "12,5")["indicators"][-1]["default_target"]["value"] == 12.5


def test_a_commune_enters_a_decimal_figure_in_billion_dong_and_a_count_whole(commune, tmp_path):
    doc = cu.add_indicator(default_catalog().document, "ban_le", "Tổng mức bán lẻ hàng hóa", "Tỷ đồng", "amount")
    doc = cu.add_indicator(doc, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount")
    doc["catalog_version"] = "2026.9"
    doc = cu.set_target(doc, "ban_le", "≥", "122.566,9")
    path = _self_signed(doc, tmp_path / "u.chitieu-catalog.json")
    cu.import_update(commune, path, json.loads(path.read_text(encoding="utf-8"))["key_code"])
    commune.set_entry("2026-6M", "ban_le", value="61.283,45")
    row = next(r for r in commune.period_view("2026-6M").rows if r.indicator.code == "ban_le")
    assert row.entry.value == Decimal("61283.45")
    err = _refused(commune.set_entry, "2026-6M", "so_ho", value="12,5")
    assert "đếm bằng hộ, phải là số nguyên" in err.message


# --- F4: targets no result can meet -----------------------------------------------------------------

IMPOSSIBLE = [("bhyt", ">", "100", "không vượt quá 100"), ("bhyt", "<", "0", "không dưới 0"),
              ("giam_ngheo", "<", "0", "mức giảm dưới 0 là tăng lên"), ("giam_ngheo", ">", "100", "không vượt quá 100"),
              ("thu_ngan_sach", "<", "0", "không dưới 0")]


@pytest.mark.parametrize("code, op, value, why", IMPOSSIBLE, ids=[f"{c} {o} {v}" for c, o, v, _ in IMPOSSIBLE])
def test_the_editor_refuses_a_target_no_commune_can_meet(code, op, value, why):
    err = _refused(cu.set_target, default_catalog().document, code, op, value, "05503")
    assert err.field == "Giá trị chỉ tiêu"
    assert f'(mã {code}) ghi "{op} {value}": ' in err.message and why in err.message
    assert "chỉ nhận" in err.message and " is accepted" in err.en


def test_an_update_holding_a_rate_above_100_is_refused_and_the_edges_kept(commune, tmp_path):
    def change(doc):
        next(u for u in doc["communes"] if u["code"] == "05503")["targets"]["bhyt"].update(op=">", value=100)
    path = _self_signed(_doc(change), tmp_path / "u.chitieu-catalog.json")
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, json.loads(path.read_text(encoding="utf-8"))["key_code"])
    assert err.value.field == "Giá trị chỉ tiêu" and 'ghi "> 100": kết quả của chỉ tiêu này không vượt quá 100' \
        in err.value.message
    for op, value in (("≥", "100"), ("=", "100"), ("> ", "99,5"), ("≤", "0"), ("=", "0")):
        cu.set_target(default_catalog().document, "bhyt", op, value, "05503")
    cu.set_target(default_catalog().document, "tang_gia_tri_san_pham", "<", "-5")  # a growth rate may fall
