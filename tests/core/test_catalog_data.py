"""Checks on the generated, committed catalogue files (no Qt, no ../shared)."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from desktop_app.resources import default_catalog

REPO_ROOT = Path(__file__).resolve().parents[2]
CATALOG_DIR = REPO_ROOT / "resources" / "catalog"
SHARED = REPO_ROOT.parent / "shared"

INDICATOR_CODES = [
    "thu_ngan_sach", "bhyt", "giam_ngheo", "truong_chuan", "lao_dong_dao_tao",
    "nuoc_sach_nong_thon", "rac_thai_do_thi", "ket_nap_dang_vien", "to_chuc_dang_htt",
    "nong_thon_moi", "gia_dinh_van_hoa", "thon_van_hoa", "co_quan_van_hoa",
    "ho_so_truc_tuyen", "tthc_truc_tuyen", "dan_quan_tu_ve", "khong_ma_tuy",
    "tngt_so_vu", "tngt_nguoi_chet", "tngt_nguoi_bi_thuong",
    "thu_tien_su_dung_dat", "tang_gia_tri_san_pham",
]
ASSIGNED = INDICATOR_CODES[:9]

# The 92 official codes of docs' reference list (Decision 19/2025/QĐ-TTg),
# copied here so the test never reads ../shared.
OFFICIAL_CODES = frozenset("""
05443 05710 05500 05467 05455 05482 05503 05488 05830 05776 05800 05818 05788
05809 05851 05845 05773 05860 05890 05899 05857 05881 05908 05923 05941 05953
05917 05692 05674 05662 05707 05680 05665 05518 05533 05528 05611 05641 05620
05632 05569 05587 05581 05563 05602 05605 05551 05542 05716 05719 05755 05722
05725 05740 05746 01864 01882 01879 01906 01912 01894 01921 01933 02116 01942
01954 01936 01960 02026 02038 02044 02020 02083 02071 01969 02008 01981 02014
01849 01840 01843 02143 02152 02155 02176 02185 02191 02104 02101 02107 02086
01957
""".split())


@pytest.fixture(scope="module")
def catalog() -> dict:
    return json.loads((CATALOG_DIR / "catalog.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reference() -> dict:
    return json.loads((CATALOG_DIR / "reference.json").read_text(encoding="utf-8"))


def by_no(catalog: dict, no: int) -> dict:
    [commune] = [c for c in catalog["communes"] if c["no"] == no]
    return commune


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from strings(x)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield k
            yield from strings(v)


def test_format_headers(catalog, reference):
    """The files declare the format names and versions the app checks before loading."""
    assert (catalog["format"], catalog["format_version"]) == ("chitieu-catalog", 1)
    assert catalog["catalog_version"] == "2026.1"
    assert (reference["format"], reference["format_version"]) == ("chitieu-reference", 1)
    assert [g["code"] for g in catalog["groups"]] == [
        "kinh_te", "van_hoa_xa_hoi", "moi_truong", "xay_dung_dang", "bo_sung"]


def test_commune_counts_and_kinds(catalog):
    """All 92 units are present in seed order, 77 xã and 15 phường, with kind matching the name."""
    communes = catalog["communes"]
    assert [c["no"] for c in communes] == list(range(1, 93))
    kinds = [c["kind"] for c in communes]
    assert kinds.count("xã") == 77 and kinds.count("phường") == 15
    for c in communes:
        prefix = "Xã " if c["kind"] == "xã" else "Phường "
        assert c["name"].startswith(prefix) and c["seed_name"].startswith(prefix)


def test_commune_codes_are_the_official_set(catalog):
    """Each unit carries a unique 5-digit official code (as a string) and together they are the official list."""
    codes = [c["code"] for c in catalog["communes"]]
    assert all(isinstance(c, str) and len(c) == 5 and c.isdigit() for c in codes)
    assert len(set(codes)) == 92
    assert set(codes) == OFFICIAL_CODES


def test_known_name_matches(catalog):
    """Seed spellings are mapped to the right official unit, including Văn Lăng vs Văn Lang."""
    expected = {
        1: ("05443", "Phường Phan Đình Phùng", "Phường Phan Đình Phùng"),
        9: ("05860", "Phường Phổ Yên", "Phường Phở Yên"),
        16: ("05941", "Xã Điềm Thụy", "Xã Diêm Thụy"),
        24: ("05665", "Xã Văn Lăng", "Xã Văn Lãng"),
        32: ("05569", "Xã Định Hóa", "Xã Định Hoá"),
        54: ("05719", "Xã Sảng Mộc", "Xã Sáng Mộc"),
        55: ("05746", "Xã Tràng Xá", "Xã Trảng Xá"),
        69: ("01969", "Xã Phủ Thông", "Xã Phú Thông"),
        86: ("02143", "Xã Văn Lang", "Xã Văn Lang"),
    }
    for no, (code, name, seed_name) in expected.items():
        c = by_no(catalog, no)
        assert (c["code"], c["name"], c["seed_name"]) == (code, name, seed_name), no


def test_yen_trach_budget_correction(catalog):
    """Xã Yên Trạch's budget typo "178,941" is read as 178941 triệu đồng while the printed text is kept."""
    c = by_no(catalog, 30)
    assert c["name"] == "Xã Yên Trạch"
    assert c["targets"]["thu_ngan_sach"] == {"op": "=", "value": 178941, "printed": "178,941"}


def test_specific_targets(catalog):
    """Operators and Vietnamese-formatted numbers in Phụ lục 2 are read into op/value exactly."""
    assert by_no(catalog, 1)["targets"]["thu_ngan_sach"] == {
        "op": "=", "value": 4450844, "printed": "4.450.844"}
    assert by_no(catalog, 1)["targets"]["truong_chuan"] == {"op": "=", "value": 67.44, "printed": "67,44"}
    assert by_no(catalog, 1)["targets"]["giam_ngheo"] == {"op": "=", "value": 0.03, "printed": "0,03"}
    assert by_no(catalog, 2)["targets"]["truong_chuan"]["value"] == 90.9
    assert by_no(catalog, 7)["targets"]["lao_dong_dao_tao"] == {"op": "≥", "value": 75, "printed": "≥ 75"}
    d = by_no(catalog, 8)
    assert d["name"] == "Xã Đại Phúc"
    assert d["targets"]["lao_dong_dao_tao"] == {"op": ">", "value": 80, "printed": "> 80"}


def test_target_values_are_typed_numbers(catalog):
    """Whole numbers are JSON integers and only printed decimals become floats."""
    for c in catalog["communes"]:
        for code, t in c["targets"].items():
            if t is None:
                continue
            assert t["op"] in {"=", "≥", ">"}
            has_decimal = "," in t["printed"] and code != "thu_ngan_sach"
            assert isinstance(t["value"], float if has_decimal else int), (c["no"], code)
            assert not isinstance(t["value"], bool)


def test_every_commune_has_party_targets(catalog):
    """The party-admission target is ≥ 3,2 for every unit, and all 9 assigned indicators are keyed."""
    for c in catalog["communes"]:
        assert list(c["targets"]) == ASSIGNED
        assert c["targets"]["ket_nap_dang_vien"] == {"op": "≥", "value": 3.2, "printed": "≥ 3,2"}


def test_rural_and_urban_only_indicators(catalog):
    """Clean rural water is never assigned to a phường and urban waste never to a xã (and always otherwise)."""
    for c in catalog["communes"]:
        water, waste = c["targets"]["nuoc_sach_nong_thon"], c["targets"]["rac_thai_do_thi"]
        if c["kind"] == "phường":
            assert water is None and waste is not None, c["no"]
        else:
            assert waste is None and water is not None, c["no"]


def test_indicator_codes_and_order(catalog):
    """The 22 indicators appear with their fixed codes, numbers and assignment flag."""
    inds = catalog["indicators"]
    assert [i["code"] for i in inds] == INDICATOR_CODES
    assert [i["no"] for i in inds] == list(range(1, 23))
    assert [i["assigned"] for i in inds] == [True] * 9 + [False] * 13


def test_indicator_shape(catalog):
    """Every indicator has exactly the agreed keys and consistent enumerated values."""
    keys = ["code", "no", "name", "name_en", "unit", "unit_en", "group", "assigned", "kind",
            "direction", "horizon", "flow", "decimals", "applies_to", "year_end_only",
            "inputs", "baseline", "default_target", "source", "note"]
    groups = {g["code"] for g in catalog["groups"]}
    for i in catalog["indicators"]:
        assert list(i) == keys, i["code"]
        assert i["group"] in groups
        assert i["kind"] in {"amount", "ratio", "reduction", "ratio_of_baseline",
                             "boolean", "count_vs_last_year"}
        assert i["horizon"] in {"term_total", "term_level", "annual"}
        assert i["direction"] in {"higher", "lower"}
        assert i["inputs"] and all(
            list(x) == ["field", "label", "unit", "label_en", "unit_en"]
            and x["field"] in {"value", "numerator", "denominator", "flag", "previous"}
            for x in i["inputs"])
        assert i["baseline"] is None or list(i["baseline"]) == ["label", "unit", "label_en", "unit_en"]
        if i["assigned"]:
            assert i["default_target"] is None and i["source"] == "Phụ lục 2"
        else:
            assert i["group"] == "bo_sung"


def test_every_field_and_unit_has_its_english(catalog):
    """The English interface names every field and unit in English: one English for each
    Vietnamese word, plain ASCII, and the words an officer meets first as they mean."""
    english: dict[str, set[str]] = {}
    for i in catalog["indicators"]:
        english.setdefault(i["unit"], set()).add(i["unit_en"])
        for x in i["inputs"] + ([i["baseline"]] if i["baseline"] else []):
            english.setdefault(x["label"], set()).add(x["label_en"])
            english.setdefault(x["unit"], set()).add(x["unit_en"])
    assert {vi: en for vi, en in english.items() if len(en) != 1 or not all(e and e.isascii() for e in en)} == {}
    assert {vi: en.pop() for vi, en in english.items()}.items() >= {
        "Số người tham gia BHYT": "People with health insurance", "Dân số": "Population",
        "triệu đồng": "million VND", "người": "people", "hộ": "households", "%": "%",
        "Cùng kỳ năm trước": "Same period last year", "Có/Không": "Yes/No"}.items()


def test_indicator_semantics(catalog):
    """Key design decisions of docs/indicators.md are recorded in the catalogue."""
    ind = {i["code"]: i for i in catalog["indicators"]}
    assert "hằng năm" in ind["ket_nap_dang_vien"]["name"]
    assert "hàng năm" not in json.dumps(catalog, ensure_ascii=False)
    assert ind["thu_ngan_sach"]["horizon"] == "term_total"
    assert ind["giam_ngheo"]["unit"] == "điểm %" and ind["giam_ngheo"]["kind"] == "reduction"
    assert ind["giam_ngheo"]["baseline"]["unit"] == "%"
    assert ind["ket_nap_dang_vien"]["kind"] == "ratio_of_baseline"
    assert ind["ket_nap_dang_vien"]["baseline"]["unit"] == "người"
    assert [c for c, i in ind.items() if i["year_end_only"]] == ["to_chuc_dang_htt"]
    assert ind["nuoc_sach_nong_thon"]["applies_to"] == ["xã"]
    assert ind["nong_thon_moi"]["applies_to"] == ["xã"]
    assert ind["rac_thai_do_thi"]["applies_to"] == ["phường"]
    for code in ("tngt_so_vu", "tngt_nguoi_chet", "tngt_nguoi_bi_thuong"):
        assert ind[code]["direction"] == "lower" and ind[code]["flow"] is True
        assert [x["field"] for x in ind[code]["inputs"]] == ["value", "previous"]
        assert ind[code]["default_target"]["op"] == "≥" and ind[code]["default_target"]["value"] == 5
    assert ind["dan_quan_tu_ve"]["default_target"] == {"op": "≥", "value": 3.2, "printed": "≥ 3,2"}
    assert ind["khong_ma_tuy"]["default_target"]["value"] is True
    assert ind["thu_tien_su_dung_dat"]["default_target"] is None
    assert ind["tang_gia_tri_san_pham"]["default_target"] is None
    flows = {c for c, i in ind.items() if i["flow"]}
    assert flows == {"thu_ngan_sach", "ket_nap_dang_vien", "rac_thai_do_thi", "thu_tien_su_dung_dat",
                     "tngt_so_vu", "tngt_nguoi_chet", "tngt_nguoi_bi_thuong"}


def test_all_strings_are_nfc(catalog, reference):
    """Every string in both files is NFC so comparisons and sorting of Vietnamese text are stable."""
    for s in list(strings(catalog)) + list(strings(reference)):
        assert unicodedata.normalize("NFC", s) == s, s


def test_province_indicators(reference):
    """Phụ lục 1 keeps all rows in order with exactly 40 whole-numbered indicators and the joined row-7 note."""
    rows = reference["province_indicators"]
    numbered = [r["stt"] for r in rows if r["stt"].isdigit()]
    assert numbered == [str(n) for n in range(1, 41)]
    assert [r["stt"] for r in rows if not r["stt"].isdigit()] == [
        "10.1", "10.2", "10.2.1", "", "10.2.2", "10.3", "10.4"]
    first = rows[0]
    assert first["section"] == "CHỈ TIÊU VỀ KINH TẾ"
    assert (first["national_target"], first["central_target"], first["province_target"]) == (
        "≥ 10,0", "10,5", "≥ 10,5")
    assert first["years"] == {"2026": "11,0", "2027": "10,5", "2028": "10,5", "2029": "10,5", "2030": "10,5"}
    [row7] = [r for r in rows if r["stt"] == "7"]
    assert row7["note"] == "Mục tiêu của tỉnh lấy theo mục tiêu cả nước của Trung ương"
    [row13] = [r for r in rows if r["stt"] == "13"]
    assert row13["province_target"] == "173.871"


def test_resolution_items(reference):
    """The 2026 resolution yields items (1)..(36) with wrapped lines joined by single spaces."""
    items = reference["resolution_2026"]
    assert [i["no"] for i in items] == list(range(1, 37))
    assert items[0]["section"] == "Các chỉ tiêu kinh tế"
    assert items[0]["text"].startswith(
        "Tổng sản phẩm trên địa bàn (GRDP) theo giá hiện hành năm 2026 đạt trên 218,566 nghìn tỷ đồng.")
    for i in items:
        assert i["text"] == " ".join(i["text"].split()) and i["text"]
    assert "kéo giảm 5%" in items[33]["text"]


def test_files_are_canonical_json():
    """The committed files are written as indent=1 UTF-8 JSON with a trailing newline, so regeneration diffs are clean."""
    for name in ("catalog.json", "reference.json"):
        raw = (CATALOG_DIR / name).read_bytes()
        data = json.loads(raw.decode("utf-8"))
        assert raw == (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="seeds folder ../shared/seeds not available")
def test_generator_reproduces_committed_files(tmp_path):
    """Rerunning scripts/build_catalog.py on the seeds gives byte-identical files to the committed ones."""
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "build_catalog.py"),
         "--seeds", str(SHARED / "seeds"),
         "--reference", str(SHARED / "reference" / "thai-nguyen-units-2025.csv"),
         "--out", str(tmp_path)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    for name in ("catalog.json", "reference.json"):
        assert (tmp_path / name).read_bytes() == (CATALOG_DIR / name).read_bytes(), name


def test_an_indicator_code_typed_in_capitals_is_the_same_indicator():
    catalog = default_catalog()
    assert catalog.indicator(" BHYT ").code == "bhyt"
    assert catalog.indicator("Thu_Ngan_Sach").code == "thu_ngan_sach"
