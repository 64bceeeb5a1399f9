"""Red team R33 F1, F2, F6: an update signed by the pinned key was imported holding what the province's editor
never writes: a target "≠ 100", "- 100" or " 100" (the window and the signed PDF printed it, and the
province refused the commune's genuine file as changed), a negative rate, a rate of 1000, "Có" for a rate,
a target of 1e-300 (the period's window, the submission and the main window raised
decimal.InvalidOperation), an indicator of kind "weird" (ValueError in evaluation), an unknown
direction, horizon, group, units it applies to or inputs, numbered 10^18, and texts holding what
prints nothing or reverses the line. Each is refused now, naming the indicator or the unit, the
field and what is accepted; nothing is imported. Every edge the rules accept imports, and the
period is shown and its submission built."""
from __future__ import annotations

import copy
import json
import unicodedata

import pytest

from desktop_app import catalog_update as cu
from desktop_app.catalog_update import BadCatalogUpdate
from desktop_app.core.catalog_rules import check_document
from desktop_app.core.errors import InvalidInput
from desktop_app.resources import default_catalog
from tests.province.helpers import commune_half_year
from tests.province.test_catalog_update_malformed import _doc, _self_signed

TAN_CUONG = "05503"
BHYT = '"Tỷ lệ người dân tham gia bảo hiểm y tế" (mã bhyt)'


@pytest.fixture
def commune(tmp_path):
    """Tân Cương with its first quarter approved and the half year being entered."""
    ws = commune_half_year(tmp_path)
    yield ws
    ws.close()


def _unit_target(**changed):
    def change(doc):
        unit = next(u for u in doc["communes"] if u["code"] == TAN_CUONG)
        unit["targets"]["bhyt"].update(changed)
    return change


def _indicator(code):
    return lambda doc: next(i for i in doc["indicators"] if i["code"] == code)


def _new(**fields):
    """One more indicator as the editor adds an amount in triệu đồng, with `fields` changed."""
    def change(doc):
        base = copy.deepcopy(_indicator("thu_ngan_sach")(doc))
        base.update(code="moi_x", no=len(doc["indicators"]) + 1, name="Chỉ tiêu mới X", name_en="", assigned=False)
        base.update(fields)
        doc["indicators"].append(base)
    return change


WHOSE = f"chỉ tiêu giao của Xã Tân Cương (mã {TAN_CUONG}), chỉ tiêu số 2 {BHYT}, ghi"
NEW = 'chỉ tiêu số 23 "Chỉ tiêu mới X" (mã moi_x)'
RATE = "chỉ nhận một số từ 0 đến 100, tối đa 6 chữ số thập phân, tối đa 15 chữ số phần nguyên."
SAFE_TEXT = ("chỉ nhận chữ chuẩn NFC, không có ký tự điều khiển hay ký tự đổi chiều chữ (xuống dòng, dấu tab được "
             "nhận).")
REFUSED = {  # what the file holds, the field named, words of the refusal
    "op ≠": (_unit_target(op="≠"), "Phép so sánh", f'{WHOSE} phép so sánh "≠"; chỉ nhận một trong: =, ≥, >, ≤, <.'),
    "op -": (_unit_target(op="-"), "Phép so sánh", f'{WHOSE} phép so sánh "-"; chỉ nhận một trong'),
    "op empty": (_unit_target(op=""), "Phép so sánh", f'{WHOSE} phép so sánh ""; chỉ nhận một trong'),
    "negative rate": (_unit_target(value=-5), "Giá trị chỉ tiêu", f"{WHOSE} giá trị -5; {RATE}"),
    "rate 1000": (_unit_target(value=1000), "Giá trị chỉ tiêu", f"{WHOSE} giá trị 1000; {RATE}"),
    "rate 1e-300": (_unit_target(value=1e-300), "Giá trị chỉ tiêu", f"{WHOSE} giá trị 1e-300; {RATE}"),
    "yes for a rate": (_unit_target(value=True), "Giá trị chỉ tiêu", f"{WHOSE} giá trị true; {RATE}"),
    "printed RTL": (_unit_target(printed="\u202e79 ≥"), "Chỉ tiêu in ra", f'{WHOSE} "<U+202E>79 ≥", có ký tự'),
    "kind weird": (_new(kind="weird"), "Loại chỉ tiêu", f'{NEW} ghi "weird"; chỉ nhận: amount, ratio, reduction, '
                   "ratio_of_baseline, count_vs_last_year, boolean."),
    "direction": (_new(direction="sideways"), "Chiều đánh giá", f'{NEW} ghi "sideways"; chỉ nhận: higher, lower.'),
    "horizon": (_new(horizon="forever"), "Thời hạn đánh giá", f'{NEW} ghi "forever"; chỉ nhận: annual, term_level'),
    "applies tỉnh": (_new(applies_to=["xã", "phường", "tỉnh"]), "Áp dụng cho",
                     f'{NEW} ghi ["xã", "phường", "tỉnh"]; chỉ nhận xã, phường hoặc cả hai'),
    "applies none": (_new(applies_to=[]), "Áp dụng cho", f"{NEW} ghi []; chỉ nhận xã, phường hoặc cả hai"),
    "group": (_new(group="khong_co_nhom"), "Nhóm", f'{NEW} ghi "khong_co_nhom"; chỉ nhận: kinh_te, van_hoa_xa_hoi'),
    "no inputs": (_new(inputs=[]), "Ô nhập", f"{NEW} loại amount có ô nhập []; loại này chỉ nhận: giá trị (value)."),
    "input xyz": (_new(inputs=[{"field": "xyz", "label": "X", "unit": "cái"}]), "Ô nhập",
                  f'{NEW} loại amount có ô nhập ["xyz"]; loại này chỉ nhận: giá trị (value).'),
    "no 10^18": (_new(no=10 ** 18), "Số thứ tự", "số thứ tự 1000000000000000000; chỉ nhận một số nguyên từ 1 đến 300."),
    "default op": (_new(default_target={"op": "-", "value": 5}), "Phép so sánh",
                   f'chỉ tiêu chung của {NEW} ghi phép so sánh "-"'),
    "default negative": (_new(default_target={"op": "≥", "value": -5}), "Giá trị chỉ tiêu",
                         f"chỉ tiêu chung của {NEW} ghi giá trị -5; chỉ nhận một số từ 0, tối đa 6 chữ số thập phân"),
    "unit RTL": (_new(unit="đ\u202eồng"), "Đơn vị tính", f'{NEW} ghi "đ<U+202E>ồng", có ký tự không in ra hoặc đổi '
                 f"chiều chữ (U+202E); {SAFE_TEXT}"),
    "unit NFD": (_new(unit=unicodedata.normalize("NFD", "triệu đồng")), "Đơn vị tính",
                 f"có chữ không chuẩn Unicode NFC; {SAFE_TEXT}"),
    # a line end is accepted now (red team R34 F1: an older editor stored one pasted), the BEL beside it is not
    "unit BEL newline": (_new(unit="tr\x07iệu\n đồng"), "Đơn vị tính",
                         f'{NEW} ghi "tr<U+0007>iệu<U+000A> đồng", có ký tự không in ra hoặc đổi chiều chữ (U+0007); '),
    "label RTL": (_new(inputs=[{"field": "value", "label": "Giá \u202etrị", "unit": "triệu đồng"}]), "Tên giá trị",
                  f'{NEW} ghi "Giá <U+202E>trị", có ký tự'),
    "note NUL ESC": (_new(note="a\x00b\x1b[31m"), "Ghi chú", f'{NEW} ghi "a<U+0000>b<U+001B>[31m", có ký tự'),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_what_the_editor_never_writes_is_refused_naming_the_field(commune, tmp_path, case):
    change, field, words = REFUSED[case]
    path = _self_signed(_doc(change), tmp_path / "u.chitieu-catalog.json")
    code = json.loads(path.read_text(encoding="utf-8"))["key_code"]  # its own cover note's code
    shown = [(r.indicator.code, r.target.label() if r.target else None) for r in commune.period_view("2026-6M").rows]
    with pytest.raises(BadCatalogUpdate) as err:
        cu.import_update(commune, path, code)
    message = err.value.message
    assert message.startswith("Tệp u.chitieu-catalog.json: bộ chỉ tiêu bên trong không nhập được. ")
    assert f"{field}: " in message and words in message and err.value.field == field
    assert message.endswith("Hãy xin tỉnh gửi lại tệp cập nhật.")
    assert " accepted" in err.value.en and err.value.en.endswith("Ask the province to send the update again.")
    # nothing imported: the catalogue, the key, what the period shows
    assert commune.store.current_catalog_version() == "2026.1" and cu.province_key(commune) is None
    assert [(r.indicator.code, r.target.label() if r.target else None)
            for r in commune.period_view("2026-6M").rows] == shown


def _kind(code, kind, inputs, baseline=None, unit="hộ", **fields):
    def change(doc):
        _new(code=code, kind=kind, unit=unit, inputs=[{"field": f, "label": f"Ô {f}", "unit": unit} for f in inputs],
             baseline=baseline, **fields)(doc)
        doc["indicators"][-1]["no"] = len(doc["indicators"])
        doc["indicators"][-1]["name"] = f"Chỉ tiêu mới {code}"
    return change


def _all(*changes):
    def change(doc):
        for c in changes:
            c(doc)
    return change


def _common(code, op, value):
    return lambda doc: _indicator(code)(doc).update(default_target={"op": op, "value": value})


ACCEPTED = {  # the edges of what the rules take
    "rate 0,000001": _unit_target(op="≥", value=0.000001),
    "rate ≤ 0": _unit_target(op="≤", value=0),
    "money 0,000001": lambda d: next(u for u in d["communes"] if u["code"] == TAN_CUONG)["targets"]["thu_ngan_sach"]
    .update(op=">", value=0.000001),
    "money 15 digits": lambda d: next(u for u in d["communes"] if u["code"] == TAN_CUONG)["targets"]["thu_ngan_sach"]
    .update(op="≥", value=999999999999999),
    "growth -99,999999": _common("tang_gia_tri_san_pham", "<", -99.999999),
    "growth 150": _common("tang_gia_tri_san_pham", "≥", 150),
    "fall 100 %": _common("tngt_so_vu", "≥", 100),
    "yes/no ≥ Có": _common("khong_ma_tuy", "≥", False),
    "every kind added": _all(
        _kind("moi_amount", "amount", ["value"], default_target={"op": "<", "value": 1}, direction="lower",
              horizon="term_total", applies_to=["phường"]),
        _kind("moi_ratio", "ratio", ["numerator", "denominator"], unit="%",
              default_target={"op": "≥", "value": 0.000001}),
        _kind("moi_reduction", "reduction", ["numerator", "denominator"], unit="điểm %",
              baseline={"label": "Tỷ lệ đầu kỳ", "unit": "%"}, default_target={"op": "≥", "value": 100}),
        _kind("moi_of_baseline", "ratio_of_baseline", ["numerator"], unit="%",
              baseline={"label": "Số đầu kỳ", "unit": "người"}, default_target={"op": ">", "value": 0}),
        _kind("moi_fall", "count_vs_last_year", ["value", "previous"], unit="vụ", direction="lower",
              default_target={"op": "≥", "value": 0.000001}),
        _kind("moi_flag", "boolean", ["flag"], unit="Có/Không", decimals=0, default_target={"op": "=", "value": True}),
    ),
    "number 300": _new(no=300),
}


@pytest.mark.parametrize("case", ACCEPTED, ids=list(ACCEPTED))
def test_every_edge_the_rules_take_imports_and_the_period_still_opens(commune, tmp_path, case):
    path = _self_signed(_doc(ACCEPTED[case]), tmp_path / "u.chitieu-catalog.json")
    code = json.loads(path.read_text(encoding="utf-8"))["key_code"]
    cu.import_update(commune, path, code)
    assert commune.catalog.version == "2026.9"
    for ind in commune.catalog.indicators_for(commune.commune):
        if ind.code.startswith("moi_") and ind.kind in ("amount", "count_vs_last_year"):
            commune.set_entry("2026-6M", ind.code, value="999.999.999")
    view = commune.period_view("2026-6M")
    assert {r.indicator.code for r in view.rows} >= {"bhyt", "thu_ngan_sach"}
    assert all(r.verdict is not None for r in view.rows)
    assert commune.submission("2026-6M") is not None
    assert commune.submission("2026-Q1").catalog_version == "2026.1"  # approved under its catalogue


def test_the_catalogues_the_program_ships_and_published_keep_the_rules():
    catalog = default_catalog()
    check_document(catalog.document, catalog.commune_codes())  # raises if one is broken


def test_the_editor_refuses_what_the_communes_would(office):
    with pytest.raises(InvalidInput) as err:
        cu.edit(office.ws, cu.add_indicator, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount", horizon="forever")
    assert err.value.field == "Thời hạn đánh giá" and 'ghi "forever"; chỉ nhận: annual, term_level, term_total.' \
        in err.value.message
    with pytest.raises(InvalidInput) as err:
        cu.edit(office.ws, cu.add_indicator, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount", note="a\x1b[31mb",
                source="Nguồn\u202e")
    assert err.value.field == "Nguồn" and "U+202E" in err.value.message
    cu.edit(office.ws, cu.add_indicator, "so_ho", "Số hộ được hỗ trợ", "hộ", "amount")
    cu.edit(office.ws, cu.set_target, "so_ho", ">=", "0")
    assert cu.draft(office.ws)["indicators"][-1]["default_target"]["value"] == 0
