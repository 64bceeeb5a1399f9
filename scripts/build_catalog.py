#!/usr/bin/env python3
"""Build the committed catalogue files from the seeds and the official unit list.

Reads (never at app run time, only here):
  * seed 001 (Chương trình hành động): Phụ lục 1, the province's indicators,
    and Phụ lục 2, the 9 indicators assigned to each of the 92 communes/wards;
  * seed 002 (Nghị quyết năm 2026): the 36 numbered indicators "(1)".."(36)";
  * the official list of Thái Nguyên's commune-level units (code, name).

Writes ``catalog.json`` and ``reference.json`` (default ``resources/catalog``).
The output is deterministic: running the script twice gives identical bytes.
Every cell it cannot read with certainty stops the build with a clear message
(exit status 1); nothing is guessed.

Usage::

    python scripts/build_catalog.py [--seeds DIR] [--reference FILE] [--out DIR]

Standard library only, Python 3.11.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"
DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference" / "thai-nguyen-units-2025.csv"
DEFAULT_OUT = REPO_ROOT / "resources" / "catalog"

CATALOG_VERSION = "2026.1"


class CatalogError(Exception):
    """A seed or reference cell the script cannot read with certainty."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# Decisions and corrections (each one explicit and explained)
# ---------------------------------------------------------------------------

# Phụ lục 2 prints the 8th column header as "... kết nạp đảng viên mới hằng năm"
# on its first page and "... hàng năm" on every later page. Both mean "every
# year"; "hằng năm" is the form of the first page, of Phụ lục 1 row 40 ("Tỷ lệ
# kết nạp đảng viên mới hằng năm") and of docs/indicators.md, so the catalogue
# always uses "hằng năm". The page headers are compared after this single
# substitution and must otherwise be identical.
HEADER_SPELLING_FIXES = {"hàng năm": "hằng năm"}

# Cell corrections, keyed by (seed STT in Phụ lục 2, indicator code):
# (text exactly as printed, corrected value, reason). The printed text is kept
# in "printed"; the build fails if the seed no longer prints that text.
CELL_CORRECTIONS: dict[tuple[int, str], tuple[str, int | float, str]] = {
    (30, "thu_ngan_sach"): (
        "178,941",
        178941,
        # Xã Yên Trạch. The budget column is in triệu đồng and every other
        # cell uses "." as thousands separator with no decimals (e.g.
        # "173.488", "134.165"); "178,941" read as Vietnamese decimal would be
        # 178,941 triệu đồng = 179 million VND for 5 years, three orders of
        # magnitude below every neighbour. The comma is a typo for the
        # thousands dot: 178.941 triệu đồng.
        "dấu phẩy gõ nhầm thay dấu chấm phân cách hàng nghìn",
    ),
}

# Seed spellings of unit names that differ from the official list
# (Decision 19/2025/QĐ-TTg), mapped to the official code. Names that match
# the official list exactly (after NFC) are matched directly and must not
# appear here. Every entry must be used exactly once.
SEED_SPELLINGS: dict[str, tuple[str, str]] = {
    # seed STT 9: hook-above "ở" (Phở) typed for circumflex "ổ"; the official
    # unit is Phường Phổ Yên (the former Phổ Yên town), no "Phở Yên" exists.
    "Phường Phở Yên": ("05860", "Phở → Phổ: sai dấu (ơ thay ô)"),
    # seed STT 16: "D" without stroke and level tone; official Điềm Thụy.
    "Xã Diêm Thụy": ("05941", "Diêm → Điềm: thiếu gạch ngang chữ Đ và dấu huyền"),
    # seed STT 24: tilde "ã" typed for breve "ă"; official Xã Văn Lăng
    # (05665, former Đồng Hỷ area, listed among its neighbours Văn Hán and
    # Quang Sơn). NOT Xã Văn Lang (02143, Na Rì area), which the seed lists
    # separately as STT 86 with its own exact name.
    "Xã Văn Lãng": ("05665", "Lãng → Lăng: dấu ngã thay chữ ă (không phải Xã Văn Lang, STT 86)"),
    # seed STT 32: old-style tone placement "Hoá"; the official list writes
    # "Hóa". Same name, different tone-mark convention.
    "Xã Định Hoá": ("05569", "Hoá → Hóa: kiểu đặt dấu cũ"),
    # seed STT 54: acute "á" typed for hook-above "ả"; official Sảng Mộc.
    "Xã Sáng Mộc": ("05719", "Sáng → Sảng: dấu sắc thay dấu hỏi"),
    # seed STT 55: hook-above "ả" typed for grave "à"; official Tràng Xá.
    "Xã Trảng Xá": ("05746", "Trảng → Tràng: dấu hỏi thay dấu huyền"),
    # seed STT 69: acute "ú" typed for hook-above "ủ"; official Phủ Thông
    # (no "Xã Phú Thông" exists in the list).
    "Xã Phú Thông": ("01969", "Phú → Phủ: dấu sắc thay dấu hỏi"),
}

# ---------------------------------------------------------------------------
# Indicator metadata (docs/indicators.md is the spec)
# ---------------------------------------------------------------------------

ASSIGNED_CODES = [
    "thu_ngan_sach",
    "bhyt",
    "giam_ngheo",
    "truong_chuan",
    "lao_dong_dao_tao",
    "nuoc_sach_nong_thon",
    "rac_thai_do_thi",
    "ket_nap_dang_vien",
    "to_chuc_dang_htt",
]

# The Phụ lục 2 column header (after removing <i>, the unit suffix and the
# hằng/hàng fix) must equal the name docs/indicators.md gives each code:
# this guards the column order.
EXPECTED_COLUMN_NAMES = {
    "thu_ngan_sach": "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết",
    "bhyt": "Tỷ lệ người dân tham gia bảo hiểm y tế",
    "giam_ngheo": "Mức giảm tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều đến năm 2030",
    "truong_chuan": "Tỷ lệ trường học đạt chuẩn quốc gia",
    "lao_dong_dao_tao": "Tỷ lệ lao động qua đào tạo",
    "nuoc_sach_nong_thon": "Tỷ lệ hộ gia đình được dùng nước sạch đạt chuẩn theo quy định tại nông thôn",
    "rac_thai_do_thi": "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý theo quy định",
    "ket_nap_dang_vien": "Tỷ lệ kết nạp đảng viên mới hằng năm",
    "to_chuc_dang_htt": "Tỷ lệ các tổ chức đảng trực thuộc được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên",
}
# Unit suffix printed in each column header.
EXPECTED_COLUMN_UNITS = {"thu_ngan_sach": "Triệu đồng"}  # all others: "%"

GROUPS = [
    {"code": "kinh_te", "name": "Kinh tế"},
    {"code": "van_hoa_xa_hoi", "name": "Văn hóa - Xã hội"},
    {"code": "moi_truong", "name": "Môi trường"},
    {"code": "xay_dung_dang", "name": "Xây dựng Đảng"},
    {"code": "bo_sung", "name": "Chỉ tiêu bổ sung"},
]
# Group headers of Phụ lục 2 (first header row) → group code.
PL2_GROUP_HEADERS = {
    "CHỈ TIÊU VỀ KINH TẾ": "kinh_te",
    "CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI": "van_hoa_xa_hoi",
    "CHỈ TIÊU VỀ MÔI TRƯỜNG": "moi_truong",
    "CHỈ TIÊU VỀ XÂY DỰNG ĐẢNG": "xay_dung_dang",
}
EXPECTED_GROUPS = {
    "thu_ngan_sach": "kinh_te",
    "bhyt": "van_hoa_xa_hoi",
    "giam_ngheo": "van_hoa_xa_hoi",
    "truong_chuan": "van_hoa_xa_hoi",
    "lao_dong_dao_tao": "van_hoa_xa_hoi",
    "nuoc_sach_nong_thon": "moi_truong",
    "rac_thai_do_thi": "moi_truong",
    "ket_nap_dang_vien": "xay_dung_dang",
    "to_chuc_dang_htt": "xay_dung_dang",
}

BOTH = ["xã", "phường"]


# Each unit in English, for the window's English interface (the catalogue's "unit_en"):
# what is counted, in the plural.
UNITS_EN = {
    "triệu đồng": "million VND",
    "%": "%",
    "điểm %": "percentage points",
    "Có/Không": "Yes/No",
    "người": "people",
    "hộ": "households",
    "trường": "schools",
    "tấn": "tonnes",
    "tổ chức": "organisations",
    "thôn, tổ": "villages, residential groups",
    "đơn vị": "units",
    "hồ sơ": "files",
    "vụ": "cases",
}


def _inp(field: str, label: str, unit: str, label_en: str) -> dict:
    """An input field; `label_en` is its name in English (the window's English interface)."""
    return {"field": field, "label": label, "unit": unit, "label_en": label_en, "unit_en": UNITS_EN.get(unit, "")}


def _baseline(label: str, unit: str, label_en: str) -> dict:
    """The start-of-term figure an indicator needs, named as an input field is."""
    return {"label": label, "unit": unit, "label_en": label_en, "unit_en": UNITS_EN.get(unit, "")}


# Everything about the 9 assigned indicators except name and group, which
# come from the Phụ lục 2 header.
ASSIGNED_META: dict[str, dict] = {
    "thu_ngan_sach": {
        "name_en": "Local budget revenue (excl. land-use fees and lottery)",
        "unit": "triệu đồng",
        "kind": "amount",
        "direction": "higher",
        "horizon": "term_total",
        "flow": True,
        "decimals": 0,
        "applies_to": BOTH,
        "year_end_only": False,
        "inputs": [_inp("value", "Thu ngân sách lũy kế từ đầu năm",
                        "triệu đồng", "Budget revenue, cumulative since the start of the year")],
        "baseline": None,
        "note": "Chỉ tiêu giao là tổng thu cả giai đoạn 2026 - 2030; tiến độ = tổng kết quả các năm ÷ chỉ tiêu.",
    },
    "bhyt": {
        "name_en": "Health insurance coverage",
        "unit": "%",
        "kind": "ratio",
        "direction": "higher",
        "horizon": "term_level",
        "flow": False,
        "decimals": 2,
        "applies_to": BOTH,
        "year_end_only": False,
        "inputs": [
            _inp("numerator", "Số người tham gia BHYT", "người", "People with health insurance"),
            _inp("denominator", "Dân số", "người", "Population"),
        ],
        "baseline": None,
        "note": "",
    },
    "giam_ngheo": {
        "name_en": "Reduction in the multidimensional poverty rate",
        "unit": "điểm %",
        "kind": "reduction",
        "direction": "higher",
        "horizon": "term_level",
        "flow": False,
        "decimals": 2,
        "applies_to": BOTH,
        "year_end_only": False,
        "inputs": [
            _inp("numerator", "Số hộ nghèo hiện tại", "hộ", "Poor households now"),
            _inp("denominator", "Tổng số hộ", "hộ", "Total households"),
        ],
        "baseline": _baseline("Tỷ lệ hộ nghèo cuối năm 2025 (đầu nhiệm kỳ)", "%",
                              "Poverty rate at the end of 2025 (start of the term)"),
        "note": "Mức giảm = tỷ lệ hộ nghèo cuối năm 2025 − tỷ lệ hộ nghèo hiện tại, tính bằng điểm phần trăm (Phụ lục 2 ghi đơn vị %).",
    },
    "truong_chuan": {
        "name_en": "Schools meeting the national standard",
        "unit": "%",
        "kind": "ratio",
        "direction": "higher",
        "horizon": "term_level",
        "flow": False,
        "decimals": 2,
        "applies_to": BOTH,
        "year_end_only": False,
        "inputs": [
            _inp("numerator", "Số trường đạt chuẩn quốc gia", "trường", "Schools meeting the national standard"),
            _inp("denominator", "Tổng số trường học trên địa bàn", "trường", "Total schools in the area"),
        ],
        "baseline": None,
        "note": "",
    },
    "lao_dong_dao_tao": {
        "name_en": "Trained workers",
        "unit": "%",
        "kind": "ratio",
        "direction": "higher",
        "horizon": "term_level",
        "flow": False,
        "decimals": 2,
        "applies_to": BOTH,
        "year_end_only": False,
        "inputs": [
            _inp("numerator", "Số lao động đã qua đào tạo", "người", "Trained workers"),
            _inp("denominator", "Tổng số lao động", "người", "Total workers"),
        ],
        "baseline": None,
        "note": "",
    },
    "nuoc_sach_nong_thon": {
        "name_en": "Rural households with clean water to standard",
        "unit": "%",
        "kind": "ratio",
        "direction": "higher",
        "horizon": "term_level",
        "flow": False,
        "decimals": 2,
        "applies_to": ["xã"],
        "year_end_only": False,
        "inputs": [
            _inp("numerator", "Số hộ được dùng nước sạch đạt chuẩn",
                 "hộ", "Households using clean water to standard"),
            _inp("denominator", "Tổng số hộ khu vực nông thôn", "hộ", "Total rural households"),
        ],
        "baseline": None,
        "note": "Chỉ giao cho xã.",
    },
    "rac_thai_do_thi": {
        "name_en": "Urban solid waste collected and treated",
        "unit": "%",
        "kind": "ratio",
        "direction": "higher",
        "horizon": "term_level",
        "flow": True,
        "decimals": 2,
        "applies_to": ["phường"],
        "year_end_only": False,
        "inputs": [
            _inp("numerator", "Khối lượng chất thải rắn sinh hoạt được thu gom, xử lý theo quy định (lũy kế từ đầu năm)",
                 "tấn", "Household solid waste collected and treated as required (cumulative since the start of the year)"),
            _inp("denominator", "Khối lượng chất thải rắn sinh hoạt phát sinh (lũy kế từ đầu năm)",
                 "tấn", "Household solid waste generated (cumulative since the start of the year)"),
        ],
        "baseline": None,
        "note": "Chỉ giao cho phường.",
    },
    "ket_nap_dang_vien": {
        "name_en": "New party members admitted each year",
        "unit": "%",
        "kind": "ratio_of_baseline",
        "direction": "higher",
        "horizon": "annual",
        "flow": True,
        "decimals": 2,
        "applies_to": BOTH,
        "year_end_only": False,
        "inputs": [_inp("numerator", "Số đảng viên mới kết nạp từ đầu năm",
                        "người", "New party members admitted since the start of the year")],
        "baseline": _baseline("Số đảng viên đầu nhiệm kỳ", "người", "Party members at the start of the term"),
        "note": "Tỷ lệ = số đảng viên mới kết nạp từ đầu năm ÷ số đảng viên đầu nhiệm kỳ × 100.",
    },
    "to_chuc_dang_htt": {
        "name_en": "Party organisations rated well-performing or better",
        "unit": "%",
        "kind": "ratio",
        "direction": "higher",
        "horizon": "annual",
        "flow": False,
        "decimals": 2,
        "applies_to": BOTH,
        "year_end_only": True,
        "inputs": [
            _inp("numerator", "Số tổ chức đảng xếp loại hoàn thành tốt nhiệm vụ trở lên",
                 "tổ chức", "Party organisations rated well-performing or better"),
            _inp("denominator", "Số tổ chức đảng được đánh giá, xếp loại",
                 "tổ chức", "Party organisations assessed and rated"),
        ],
        "baseline": None,
        "note": "Đánh giá, xếp loại vào cuối năm; các kỳ quý I, 6 tháng, 9 tháng: chưa đến kỳ đánh giá.",
    },
}


def _target(op: str, value, printed: str) -> dict:
    return {"op": op, "value": value, "printed": printed}


TNGT_TARGET = _target("≥", 5, "Giảm ≥ 5% so với cùng kỳ")
TNGT_NOTE = (
    "Mục tiêu là mức giảm so với cùng kỳ năm trước: "
    "(cùng kỳ năm trước − từ đầu năm) ÷ cùng kỳ năm trước × 100 ≥ 5%."
)


def _supp(code, name, name_en, unit, kind, horizon, flow, decimals, inputs,
          default_target, source, note, *, direction="higher", applies_to=BOTH):
    return {
        "code": code,
        "name": name,
        "name_en": name_en,
        "unit": unit,
        "kind": kind,
        "direction": direction,
        "horizon": horizon,
        "flow": flow,
        "decimals": decimals,
        "applies_to": applies_to,
        "inputs": inputs,
        "default_target": default_target,
        "source": source,
        "note": note,
    }


def _nq(no: int) -> str:
    return f"Nghị quyết năm 2026, chỉ tiêu ({no})"


# Supplementary indicators, in catalogue order. The resolution item each
# quotes is checked against seed 002 (see SUPPLEMENTARY_WORDING below).
SUPPLEMENTARY = [
    _supp("nong_thon_moi", "Đạt chuẩn nông thôn mới (theo khung chỉ tiêu mới)",
          "New-style rural area standard met", "Có/Không", "boolean", "term_level", False, 0,
          [_inp("flag", "Đạt chuẩn nông thôn mới (Có / Không)",
                "Có/Không", "New-style rural area standard met (Yes / No)")],
          _target("=", True, "Có"), _nq(25),
          "Xã tự xác định năm đạt chuẩn; tỉnh phấn đấu 19% số xã đạt chuẩn năm 2026, 95% vào năm 2030.",
          applies_to=["xã"]),
    _supp("gia_dinh_van_hoa", "Tỷ lệ gia đình văn hóa",
          "Families recognised as cultured", "%", "ratio", "annual", False, 2,
          [_inp("numerator", "Số gia đình được công nhận gia đình văn hóa",
                "hộ", "Families recognised as cultured families"),
           _inp("denominator", "Tổng số hộ gia đình", "hộ", "Total households")],
          _target(">", 90, "> 90"), _nq(26), ""),
    _supp("thon_van_hoa", "Tỷ lệ thôn (xóm), tổ dân phố văn hóa",
          "Cultured villages and residential groups", "%", "ratio", "annual", False, 2,
          [_inp("numerator", "Số thôn (xóm), tổ dân phố được công nhận văn hóa",
                "thôn, tổ", "Villages (hamlets) and residential groups recognised as cultured"),
           _inp("denominator", "Tổng số thôn (xóm), tổ dân phố",
                "thôn, tổ", "Total villages (hamlets) and residential groups")],
          _target(">", 90, "> 90"), _nq(26), ""),
    _supp("co_quan_van_hoa", "Tỷ lệ cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa",
          "Agencies, units and enterprises meeting the culture standard", "%", "ratio", "annual", False, 2,
          [_inp("numerator", "Số cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa",
                "đơn vị", "Agencies, units and enterprises meeting the culture standard"),
           _inp("denominator", "Tổng số cơ quan, đơn vị, doanh nghiệp",
                "đơn vị", "Total agencies, units and enterprises")],
          _target(">", 92, "> 92"), _nq(26), ""),
    _supp("ho_so_truc_tuyen",
          "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ thuộc phạm vi bí mật nhà nước)",
          "Work files processed online", "%", "ratio", "annual", False, 2,
          [_inp("numerator", "Số hồ sơ công việc được xử lý trên môi trường mạng",
                "hồ sơ", "Work files processed online"),
           _inp("denominator", "Tổng số hồ sơ công việc (trừ hồ sơ thuộc phạm vi bí mật nhà nước)",
                "hồ sơ", "Total work files (excluding state-secret files)")],
          _target("=", 100, "100"), _nq(27), ""),
    _supp("tthc_truc_tuyen", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trên mạng",
          "Administrative-procedure files processed online", "%", "ratio", "annual", False, 2,
          [_inp("numerator", "Số hồ sơ thủ tục hành chính được xử lý trên mạng",
                "hồ sơ", "Administrative-procedure files processed online"),
           _inp("denominator", "Tổng số hồ sơ thủ tục hành chính",
                "hồ sơ", "Total administrative-procedure files")],
          _target("=", 100, "100"), _nq(27), ""),
    _supp("dan_quan_tu_ve", "Tỷ lệ lực lượng dân quân tự vệ so với dân số",
          "Militia and self-defence force as share of population", "%", "ratio", "annual", False, 2,
          [_inp("numerator", "Số người trong lực lượng dân quân tự vệ",
                "người", "Members of the militia and self-defence force"),
           _inp("denominator", "Dân số", "người", "Population")],
          _target("≥", 3.2, "≥ 3,2"), _nq(33), ""),
    _supp("khong_ma_tuy", "Đơn vị không có ma túy",
          "Unit free of drugs", "Có/Không", "boolean", "annual", False, 0,
          [_inp("flag", "Đơn vị không có ma túy (Có / Không)", "Có/Không", "Unit free of drugs (Yes / No)")],
          _target("=", True, "Có"), _nq(34),
          "Tỉnh phấn đấu năm 2026 có ít nhất 25% số xã, phường không có ma túy, từ 50% trở lên vào năm 2030."),
    _supp("tngt_so_vu", "Số vụ tai nạn giao thông",
          "Road accidents", "vụ", "count_vs_last_year", "annual", True, 0,
          [_inp("value", "Số vụ từ đầu năm", "vụ", "Accidents since the start of the year"),
           _inp("previous", "Cùng kỳ năm trước", "vụ", "Same period last year")],
          TNGT_TARGET, _nq(34), TNGT_NOTE, direction="lower"),
    _supp("tngt_nguoi_chet", "Số người chết do tai nạn giao thông",
          "Road accident deaths", "người", "count_vs_last_year", "annual", True, 0,
          [_inp("value", "Số người chết từ đầu năm", "người", "Deaths since the start of the year"),
           _inp("previous", "Cùng kỳ năm trước", "người", "Same period last year")],
          TNGT_TARGET, _nq(34), TNGT_NOTE, direction="lower"),
    _supp("tngt_nguoi_bi_thuong", "Số người bị thương do tai nạn giao thông",
          "Road accident injuries", "người", "count_vs_last_year", "annual", True, 0,
          [_inp("value", "Số người bị thương từ đầu năm", "người", "People injured since the start of the year"),
           _inp("previous", "Cùng kỳ năm trước", "người", "Same period last year")],
          TNGT_TARGET, _nq(34), TNGT_NOTE, direction="lower"),
    _supp("thu_tien_su_dung_dat", "Thu tiền sử dụng đất",
          "Land-use fee revenue", "triệu đồng", "amount", "annual", True, 0,
          [_inp("value", "Thu tiền sử dụng đất lũy kế từ đầu năm",
                "triệu đồng", "Land-use fee revenue, cumulative since the start of the year")],
          None, "Thông báo Thường trực Tỉnh ủy 31/12/2025 (seed 000)",
          "Tỉnh không giao chỉ tiêu; xã, phường nhập kế hoạch thu tiền sử dụng đất hằng năm của mình."),
    _supp("tang_gia_tri_san_pham", "Tốc độ tăng giá trị sản phẩm trên địa bàn",
          "Growth of the value of products in the unit", "%", "amount", "annual", False, 2,
          [_inp("value", "Tốc độ tăng giá trị sản phẩm trên địa bàn",
                "%", "Growth of the value of products in the unit")],
          None, "Phụ lục 2, chú thích 1: UBND tỉnh sẽ giao sau",
          "UBND tỉnh sẽ tổng hợp giao chính thức cho các xã, phường sau."),
]

# Words each supplementary indicator's resolution item must contain (checked
# against seed 002 so a renumbered or reworded resolution fails the build).
SUPPLEMENTARY_WORDING = {
    25: ["nông thôn mới", "khung chỉ tiêu mới"],
    26: ["trên 90% gia đình văn hóa", "trên 90% thôn (xóm), tổ dân phố văn hoá",
         "trên 92% cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa"],
    27: ["100% tổng số hồ sơ công việc", "xử lý trên môi trường mạng",
         "bí mật nhà nước", "100% hồ sơ thủ tục hành chính được xử lý trên mạng"],
    33: ["dân quân, tự vệ", "3,2% trở lên so với dân số"],
    34: ["không có ma túy", "kéo giảm 5%", "số vụ, số người chết và số người bị thương"],
}

INDICATOR_KEYS = [
    "code", "no", "name", "name_en", "unit", "unit_en", "group", "assigned", "kind",
    "direction", "horizon", "flow", "decimals", "applies_to", "year_end_only",
    "inputs", "baseline", "default_target", "source", "note",
]
INPUT_FIELDS = {"value", "numerator", "denominator", "flag", "previous"}
KINDS = {"amount", "ratio", "reduction", "ratio_of_baseline", "boolean", "count_vs_last_year"}
HORIZONS = {"term_total", "term_level", "annual"}

# ---------------------------------------------------------------------------
# Reading helpers
# ---------------------------------------------------------------------------


def read_text(path: Path) -> list[str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"không đọc được {path}: {exc}") from exc
    return nfc(raw.lstrip("\ufeff")).splitlines()


def find_seed(seeds: Path, prefix: str) -> Path:
    matches = sorted(seeds.glob(f"{prefix}_*.txt"))
    if len(matches) != 1:
        raise CatalogError(f"{seeds}: expected exactly one seed {prefix}_*.txt, found {len(matches)}")
    return matches[0]


def cells_of(line: str, width: int, where: str) -> list[str]:
    """Split a tab-separated row into exactly `width` stripped cells."""
    cells = [c.strip() for c in line.split("\t")]
    extra = cells[width:]
    if any(extra):
        raise CatalogError(f"{where}: {len(cells)} cells, expected at most {width} non-empty: {line!r}")
    cells = cells[:width]
    return cells + [""] * (width - len(cells))


def find_line(lines: list[str], predicate, what: str, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if predicate(lines[i].strip()):
            return i
    raise CatalogError(f"cannot find {what}")


# ---------------------------------------------------------------------------
# Phụ lục 1 → reference.json province_indicators
# ---------------------------------------------------------------------------

PL1_WIDTH = 13
PL1_HEADER_1 = ["STT", "Chỉ tiêu", "Mục tiêu giai đoạn 2026 - 2030", "", "", "",
                "Mục tiêu theo năm", "", "", "", "", "Đơn vị chủ trì", "Ghi chú"]
PL1_HEADER_2 = ["", "", "Đơn vị tính", "Mục tiêu cả nước (nếu có)",
                "Mục tiêu Trung ương giao cho tỉnh (nếu có)", "Mục tiêu của tỉnh",
                "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "", ""]
YEARS = ["2026", "2027", "2028", "2029", "2030"]
ROMAN = re.compile(r"^[IVX]+$")
PL1_STT = re.compile(r"^\d+(\.\d+)*$")


def parse_appendix1(lines: list[str], seed_name: str) -> list[dict]:
    start = find_line(lines, lambda s: s == "Phụ lục 1", "'Phụ lục 1' in seed 001")
    end = find_line(lines, lambda s: s == "Phụ lục 2", "'Phụ lục 2' in seed 001", start)
    rows: list[dict] = []
    section = None
    for i in range(start + 1, end):
        line = lines[i]
        where = f"{seed_name}:{i + 1}"
        if "\t" not in line:
            continue  # title, "(Kèm theo ...)" line, blank lines
        cells = cells_of(line, PL1_WIDTH, where)
        if cells == PL1_HEADER_1 or cells == PL1_HEADER_2:
            continue  # header repeated on every page
        stt, name = cells[0], cells[1]
        if ROMAN.match(stt):
            if not name or any(cells[2:]):
                raise CatalogError(f"{where}: malformed section row: {line!r}")
            section = name
            continue
        if not stt and not name:
            # A cell wrapped across a page break: its remainder sits alone in
            # its column below the repeated header (row 7's note). Join it.
            if not rows or not any(cells):
                raise CatalogError(f"{where}: continuation line with nothing to continue: {line!r}")
            for col, text in enumerate(cells):
                if text:
                    _append_pl1(rows[-1], col, text, where)
            continue
        if section is None:
            raise CatalogError(f"{where}: indicator row before any section row")
        if stt and not PL1_STT.match(stt):
            raise CatalogError(f"{where}: unreadable STT {stt!r}")
        if not stt and not name.startswith("Trong đó"):
            raise CatalogError(f"{where}: row without STT that is not a 'Trong đó' row: {line!r}")
        if not name:
            raise CatalogError(f"{where}: row without indicator name")
        rows.append({
            "stt": stt,
            "section": section,
            "name": name,
            "unit": cells[2],
            "national_target": cells[3],
            "central_target": cells[4],
            "province_target": cells[5],
            "years": dict(zip(YEARS, cells[6:11])),
            "lead_body": cells[11],
            "note": cells[12],
        })
    numbered = [int(r["stt"]) for r in rows if r["stt"].isdigit()]
    if numbered != list(range(1, 41)):
        raise CatalogError(f"{seed_name}: Phụ lục 1 numbered rows are {numbered}, expected 1..40 in order")
    return rows


_PL1_COLUMN_KEYS = {2: "unit", 3: "national_target", 4: "central_target",
                    5: "province_target", 11: "lead_body", 12: "note"}


def _append_pl1(row: dict, col: int, text: str, where: str) -> None:
    if col in _PL1_COLUMN_KEYS:
        key = _PL1_COLUMN_KEYS[col]
        row[key] = f"{row[key]} {text}".strip()
    elif 6 <= col <= 10:
        year = YEARS[col - 6]
        row["years"][year] = f"{row['years'][year]} {text}".strip()
    else:
        raise CatalogError(f"{where}: continuation in column {col} is not supported")


# ---------------------------------------------------------------------------
# Phụ lục 2 → catalog.json communes and the 9 assigned columns
# ---------------------------------------------------------------------------

PL2_WIDTH = 11
PL2_ROW = re.compile(r"^(\d+)\.$")
NUMBER = re.compile(r"^(?:(≥|>)\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$")
HEADER_NAME = re.compile(r"^<i>(.*) \((Triệu đồng|%)\)</i>$")


def fix_header_spelling(text: str) -> str:
    for wrong, right in HEADER_SPELLING_FIXES.items():
        text = text.replace(wrong, right)
    return text


def parse_number(text: str, where: str) -> dict:
    """'4.450.844' → 4450844, '67,44' → 67.44, '≥ 3,2' → ('≥', 3.2)."""
    m = NUMBER.match(text)
    if not m:
        raise CatalogError(f"{where}: cannot read target {text!r}")
    op, whole, frac = m.group(1) or "=", m.group(2).replace(".", ""), m.group(3)
    value: int | float = float(f"{whole}.{frac}") if frac else int(whole)
    return {"op": op, "value": value, "printed": text}


def parse_appendix2(lines: list[str], seed_name: str):
    start = find_line(lines, lambda s: s == "Phụ lục 2", "'Phụ lục 2' in seed 001")
    end = find_line(lines, lambda s: s == "Phụ lục 3", "'Phụ lục 3' in seed 001", start)
    headers: list[tuple[int, list[str]]] = []
    group_rows: list[tuple[int, list[str]]] = []
    footnote = None
    rows = []
    for i in range(start + 1, end):
        line = lines[i]
        stripped = line.strip()
        where = f"{seed_name}:{i + 1}"
        if not stripped:
            continue
        if "\t" not in line:
            if stripped.startswith("¹"):
                if footnote is not None:
                    raise CatalogError(f"{where}: second footnote")
                footnote = stripped[1:].strip()
            elif stripped.startswith("CHỈ TIÊU CHỦ YẾU GIAO") or stripped.startswith("(Kèm theo"):
                pass  # title lines
            else:
                raise CatalogError(f"{where}: unexpected line in Phụ lục 2: {line!r}")
            continue
        cells = cells_of(line, PL2_WIDTH, where)
        if cells[0] == "STT":
            group_rows.append((i, cells))
            continue
        if not cells[0] and not cells[1]:
            headers.append((i, cells))
            continue
        m = PL2_ROW.match(cells[0])
        if not m:
            raise CatalogError(f"{where}: unreadable Phụ lục 2 row: {line!r}")
        rows.append((i, int(m.group(1)), cells))

    if not headers or len(headers) != len(group_rows):
        raise CatalogError(f"{seed_name}: Phụ lục 2 headers are incomplete")

    # Column names: every page prints the same header up to hằng/hàng năm.
    canonical = [fix_header_spelling(c) for c in headers[0][1][2:]]
    for i, cells in headers[1:]:
        if [fix_header_spelling(c) for c in cells[2:]] != canonical:
            raise CatalogError(f"{seed_name}:{i + 1}: Phụ lục 2 page header differs from the first page")
    names = {}
    for code, cell in zip(ASSIGNED_CODES, canonical):
        hm = HEADER_NAME.match(cell)
        if not hm:
            raise CatalogError(f"{seed_name}: cannot read column header {cell!r}")
        name, unit = hm.group(1).strip(), hm.group(2)
        if name != EXPECTED_COLUMN_NAMES[code]:
            raise CatalogError(f"{seed_name}: column for {code} reads {name!r}, expected {EXPECTED_COLUMN_NAMES[code]!r}")
        if unit != EXPECTED_COLUMN_UNITS.get(code, "%"):
            raise CatalogError(f"{seed_name}: column for {code} has unit {unit!r}")
        names[code] = name

    # Column groups: a group header spans until the next one.
    first_groups = group_rows[0][1]
    for i, cells in group_rows[1:]:
        if cells != first_groups:
            raise CatalogError(f"{seed_name}:{i + 1}: Phụ lục 2 group header differs from the first page")
    if first_groups[:2] != ["STT", "XÃ, PHƯỜNG"]:
        raise CatalogError(f"{seed_name}: Phụ lục 2 header starts {first_groups[:2]!r}")
    groups = {}
    current = None
    for code, cell in zip(ASSIGNED_CODES, first_groups[2:]):
        if cell:
            if cell not in PL2_GROUP_HEADERS:
                raise CatalogError(f"{seed_name}: unknown group header {cell!r}")
            current = PL2_GROUP_HEADERS[cell]
        groups[code] = current
    if groups != EXPECTED_GROUPS:
        raise CatalogError(f"{seed_name}: Phụ lục 2 column groups {groups} differ from the design")

    if footnote is None or "tốc độ tăng giá trị sản phẩm trên địa bàn" not in footnote:
        raise CatalogError(f"{seed_name}: Phụ lục 2 footnote 1 (tốc độ tăng giá trị sản phẩm) not found")

    numbers = [no for _, no, _ in rows]
    if numbers != list(range(1, 93)):
        raise CatalogError(f"{seed_name}: Phụ lục 2 STT are {numbers}, expected 1..92 in order")
    return names, groups, rows


def read_targets(i: int, no: int, cells: list[str], kind: str, seed_name: str,
                 used_corrections: set) -> dict:
    targets = {}
    for code, text in zip(ASSIGNED_CODES, cells[2:]):
        where = f"{seed_name}:{i + 1} (STT {no}, {code})"
        dash_expected = (code == "nuoc_sach_nong_thon" and kind == "phường") or (
            code == "rac_thai_do_thi" and kind == "xã")
        if text == "-":
            if not dash_expected:
                raise CatalogError(f"{where}: '-' where a target is expected")
            targets[code] = None
            continue
        if dash_expected:
            raise CatalogError(f"{where}: expected '-' for a {kind}, found {text!r}")
        key = (no, code)
        if key in CELL_CORRECTIONS:
            printed, value, _reason = CELL_CORRECTIONS[key]
            if text != printed:
                raise CatalogError(f"{where}: correction expects {printed!r}, seed prints {text!r}")
            targets[code] = {"op": "=", "value": value, "printed": text}
            used_corrections.add(key)
            continue
        target = parse_number(text, where)
        if code == "thu_ngan_sach" and not isinstance(target["value"], int):
            # triệu đồng are whole numbers with "." thousands separators; a
            # comma here is ambiguous (decimal or mistyped separator).
            raise CatalogError(f"{where}: budget {text!r} has a decimal comma; add a CELL_CORRECTIONS entry")
        targets[code] = target
    return targets


# ---------------------------------------------------------------------------
# Official units and matching
# ---------------------------------------------------------------------------


def read_units(path: Path) -> list[dict]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            if reader.fieldnames != ["order_in_national_list", "code", "name"]:
                raise CatalogError(f"{path}: unexpected columns {reader.fieldnames}")
            units = [{k: nfc(v.strip()) for k, v in r.items()} for r in reader]
    except OSError as exc:
        raise CatalogError(f"không đọc được {path}: {exc}") from exc
    codes = [u["code"] for u in units]
    names = [u["name"] for u in units]
    for u in units:
        if not re.fullmatch(r"\d{5}", u["code"]):
            raise CatalogError(f"{path}: code {u['code']!r} is not 5 digits")
        unit_kind(u["name"], str(path))
    if len(units) != 92 or len(set(codes)) != 92 or len(set(names)) != 92:
        raise CatalogError(f"{path}: expected 92 units with unique codes and names")
    return units


def unit_kind(name: str, where: str) -> str:
    if name.startswith("Xã "):
        return "xã"
    if name.startswith("Phường "):
        return "phường"
    raise CatalogError(f"{where}: {name!r} starts with neither 'Xã' nor 'Phường'")


def match_units(rows, units: list[dict], seed_name: str) -> dict[int, dict]:
    by_name = {u["name"]: u for u in units}
    by_code = {u["code"]: u for u in units}
    for spelling, (code, _reason) in SEED_SPELLINGS.items():
        if spelling in by_name:
            raise CatalogError(f"SEED_SPELLINGS: {spelling!r} is an official name; remove the entry")
        if code not in by_code:
            raise CatalogError(f"SEED_SPELLINGS: {spelling!r} maps to unknown code {code}")
    matched: dict[int, dict] = {}
    used_spellings = set()
    for i, no, cells in rows:
        seed_name_cell = cells[1]
        where = f"{seed_name}:{i + 1} (STT {no})"
        if seed_name_cell in by_name:
            unit = by_name[seed_name_cell]
        elif seed_name_cell in SEED_SPELLINGS:
            unit = by_code[SEED_SPELLINGS[seed_name_cell][0]]
            used_spellings.add(seed_name_cell)
        else:
            raise CatalogError(f"{where}: {seed_name_cell!r} matches no official unit; add it to SEED_SPELLINGS")
        if unit_kind(seed_name_cell, where) != unit_kind(unit["name"], where):
            raise CatalogError(f"{where}: {seed_name_cell!r} and official {unit['name']!r} differ in kind")
        matched[no] = unit
    codes = [u["code"] for u in matched.values()]
    if len(set(codes)) != len(codes):
        dup = sorted({c for c in codes if codes.count(c) > 1})
        raise CatalogError(f"{seed_name}: official codes used more than once: {dup}")
    if set(codes) != set(by_code):
        raise CatalogError(f"{seed_name}: official units never matched: {sorted(set(by_code) - set(codes))}")
    unused = set(SEED_SPELLINGS) - used_spellings
    if unused:
        raise CatalogError(f"SEED_SPELLINGS entries not used by the seed: {sorted(unused)}")
    return matched


# ---------------------------------------------------------------------------
# Seed 002 → resolution items
# ---------------------------------------------------------------------------

RES_HEADING = re.compile(r"^2\.(\d)\.\s*(.+?)\s*$")
RES_ITEM = re.compile(r"^\((\d+)\)\s+(.*)$")


def parse_resolution(lines: list[str], seed_name: str) -> list[dict]:
    start = find_line(lines, lambda s: s == "2. Các chỉ tiêu chủ yếu", "'2. Các chỉ tiêu chủ yếu' in seed 002")
    end = find_line(lines, lambda s: s.startswith("II. "), "'II.' after the indicators in seed 002", start)
    items: list[dict] = []
    parts: list[list[str]] = []
    section = None
    for i in range(start + 1, end):
        s = lines[i].strip()
        if not s:
            continue
        h = RES_HEADING.match(s)
        if h:
            section = h.group(2)
            continue
        m = RES_ITEM.match(s)
        if m and int(m.group(1)) == len(items) + 1:
            if section is None:
                raise CatalogError(f"{seed_name}:{i + 1}: item before any 2.x heading")
            items.append({"no": int(m.group(1)), "section": section, "text": ""})
            parts.append([m.group(2)])
            continue
        if m:
            raise CatalogError(f"{seed_name}:{i + 1}: item ({m.group(1)}) out of order")
        if not items:
            raise CatalogError(f"{seed_name}:{i + 1}: text before item (1): {s!r}")
        parts[-1].append(s)
    for item, p in zip(items, parts):
        item["text"] = " ".join(" ".join(p).split())
    if [it["no"] for it in items] != list(range(1, 37)):
        raise CatalogError(f"{seed_name}: found {len(items)} resolution items, expected (1)..(36)")
    for no, phrases in SUPPLEMENTARY_WORDING.items():
        for phrase in phrases:
            if phrase not in items[no - 1]["text"]:
                raise CatalogError(f"{seed_name}: item ({no}) no longer says {phrase!r}")
    return items


# ---------------------------------------------------------------------------
# Assembly and output
# ---------------------------------------------------------------------------


def build_indicators(names: dict, groups: dict) -> list[dict]:
    indicators = []
    for code in ASSIGNED_CODES:
        meta = ASSIGNED_META[code]
        ind = {
            "code": code,
            "name": names[code],
            "group": groups[code],
            "assigned": True,
            "default_target": None,
            "source": "Phụ lục 2",
            **meta,
        }
        indicators.append(ind)
    for supp in SUPPLEMENTARY:
        indicators.append({
            **supp,
            "group": "bo_sung",
            "assigned": False,
            "year_end_only": False,
            "baseline": None,
        })
    out = []
    for no, ind in enumerate(indicators, 1):
        ind["no"] = no
        ind["unit_en"] = UNITS_EN.get(ind["unit"], "")
        fields = ind["inputs"] + ([ind["baseline"]] if ind["baseline"] else [])
        if not ind["unit_en"] or not all(f["label_en"] and f["unit_en"] for f in fields):
            raise CatalogError(f"indicator {ind['code']}: a unit or a field without its English (UNITS_EN, _inp)")
        if set(ind) != set(INDICATOR_KEYS):
            raise CatalogError(f"indicator {ind['code']}: keys {sorted(set(ind) ^ set(INDICATOR_KEYS))} wrong")
        if ind["kind"] not in KINDS or ind["horizon"] not in HORIZONS:
            raise CatalogError(f"indicator {ind['code']}: bad kind or horizon")
        if any(x["field"] not in INPUT_FIELDS for x in ind["inputs"]):
            raise CatalogError(f"indicator {ind['code']}: bad input field")
        out.append({k: ind[k] for k in INDICATOR_KEYS})
    return out


def build(seeds: Path, reference: Path) -> tuple[dict, dict]:
    seed1 = find_seed(seeds, "001")
    seed2 = find_seed(seeds, "002")
    lines1 = read_text(seed1)
    lines2 = read_text(seed2)

    province = parse_appendix1(lines1, seed1.name)
    names, groups, rows = parse_appendix2(lines1, seed1.name)
    units = read_units(reference)
    matched = match_units(rows, units, seed1.name)

    used_corrections: set = set()
    communes = []
    for i, no, cells in rows:
        unit = matched[no]
        kind = unit_kind(unit["name"], str(reference))
        communes.append({
            "no": no,
            "code": unit["code"],
            "name": unit["name"],
            "seed_name": cells[1],
            "kind": kind,
            "targets": read_targets(i, no, cells, kind, seed1.name, used_corrections),
        })
    if used_corrections != set(CELL_CORRECTIONS):
        raise CatalogError(f"CELL_CORRECTIONS not used: {sorted(set(CELL_CORRECTIONS) - used_corrections)}")
    n_xa = sum(c["kind"] == "xã" for c in communes)
    if (n_xa, len(communes) - n_xa) != (77, 15):
        raise CatalogError(f"expected 77 xã and 15 phường, found {n_xa} and {len(communes) - n_xa}")

    resolution = parse_resolution(lines2, seed2.name)

    catalog = {
        "format": "chitieu-catalog",
        "format_version": 1,
        "catalog_version": CATALOG_VERSION,
        "sources": {
            "targets": "Phụ lục 2, Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Thái Nguyên "
                       "thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh "
                       "lần thứ I, nhiệm kỳ 2025 - 2030 (seed 001)",
            "supplementary": "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về nhiệm vụ chính trị "
                             "năm 2026 (seed 002)",
            "units": "Danh mục đơn vị hành chính (Quyết định 19/2025/QĐ-TTg)",
        },
        "groups": GROUPS,
        "indicators": build_indicators(names, groups),
        "communes": communes,
    }
    reference_doc = {
        "format": "chitieu-reference",
        "format_version": 1,
        "province_indicators": province,
        "resolution_2026": resolution,
    }
    return catalog, reference_doc


def nfc_deep(obj):
    if isinstance(obj, str):
        return nfc(obj)
    if isinstance(obj, list):
        return [nfc_deep(x) for x in obj]
    if isinstance(obj, dict):
        return {nfc(k): nfc_deep(v) for k, v in obj.items()}
    return obj


def dumps(obj) -> bytes:
    text = json.dumps(nfc_deep(obj), ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    return nfc(text).encode("utf-8")


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; these are ordinary repo files
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder holding the seed .txt files")
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE, help="official unit list (CSV)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    args = parser.parse_args(argv)
    try:
        catalog, reference_doc = build(args.seeds, args.reference)
        write_atomic(args.out / "catalog.json", dumps(catalog))
        write_atomic(args.out / "reference.json", dumps(reference_doc))
    except CatalogError as exc:
        print(f"build_catalog: error: {exc}", file=sys.stderr)
        return 1
    print(f"build_catalog: wrote {args.out / 'catalog.json'} and {args.out / 'reference.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
