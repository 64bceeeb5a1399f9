"""The submission workbook's format, version 2 (exports/FORMAT.md; version 1 files read too):
its sheets, the column codes of "Dữ liệu", the keys of "Thông tin", the printed table of
"Báo cáo", and how the rows of cells a reader gives back become a `Submission` again.

Shared by the writer (`exports.submission_xlsx`, openpyxl) and the one reader
(`exports.submission_reader`, python-calamine); it needs no xlsx library. Rows are lists
of cell values as python-calamine gives them: "" for an empty cell, text, or a number
where someone retyped a cell.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from desktop_app.core.catalog import MAX_INDICATORS, OPS
from desktop_app.core.errors import (
    BadSubmission,
    ChiTieuError,
    NotASubmission,
    TamperedFile,
    UnsupportedVersion,
)
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import canonical
from desktop_app.core.periods import parse_period
from desktop_app.core.quoting import quoted
from desktop_app.core.signing import key_code, normalise_code, well_formed
from desktop_app.core.submission import (
    FORMAT,
    FORMAT_VERSION,
    SHORT_FINGERPRINT,
    VERSION_2_FIELDS,
    Item,
    Narrative,
    Submission,
)
from desktop_app.core.validation import clean_text
from desktop_app.core.wording import remarks_text_before, target_span
from exports.cell_limit import EXCEL_CELL
from exports.paper_version import check_paper_version

SHEET_REPORT = "Báo cáo"
SHEET_DATA = "Dữ liệu"
SHEET_INFO = "Thông tin"

RECORD_INDICATOR = "indicator"
RECORD_NARRATIVE = "narrative"

# Column codes of "Dữ liệu", in this order. Readers find columns by code, never by
# position; a later version only adds columns, at the end.
VERSION_1_COLUMNS = (
    "record", "unit_code", "unit_name", "unit_kind", "period", "catalog_version",
    "indicator", "indicator_no", "indicator_name", "assigned", "indicator_unit",
    "numerator", "denominator", "input_value", "flag", "previous", "baseline",
    "value", "value_text", "target_op", "target_value", "target_text", "target_source",
    "verdict", "progress", "compared_text", "comment", "notes",
    "section", "section_title", "text",
)
DATA_COLUMNS = (*VERSION_1_COLUMNS, *VERSION_2_FIELDS)
REQUIRED_COLUMNS = {1: VERSION_1_COLUMNS, 2: DATA_COLUMNS}  # by format version
DECIMAL_COLUMNS = ("numerator", "denominator", "input_value", "flag", "previous", "baseline",
                   "value", "target_value", "progress", "own_target_value", "last_year", "earlier_total")

# Keys of "Thông tin" (column A), with the label a person reads (column B).
INFO_KEYS = (
    ("format", "Định dạng tệp"),
    ("format_version", "Phiên bản định dạng"),
    ("app_version", "Phiên bản phần mềm"),
    ("catalog_version", "Phiên bản bộ chỉ tiêu"),
    ("unit_code", "Mã đơn vị"),
    ("unit_name", "Tên đơn vị"),
    ("period", "Mã kỳ báo cáo"),
    ("period_name", "Kỳ báo cáo"),
    ("generated_at", "Thời điểm lập tệp"),
    ("report_date", "Ngày báo cáo"),
    ("doc_number", "Số văn bản"),
    ("doc_symbol", "Ký hiệu văn bản"),
    ("preparer", "Người lập biểu"),
    ("signer", "Người ký"),
    ("signer_title", "Chức vụ người ký"),
    ("approved", "Đã duyệt (1) / dự thảo (0)"),
    ("fingerprint", "Mã xác thực (SHA-256)"),
    ("fingerprint_short", "Mã xác thực in trên báo cáo"),
    # format 2
    ("approved_by", "Người duyệt"),
    ("approved_at", "Thời điểm duyệt"),
    ("chain_head", "Mã cuối chuỗi nhật ký thay đổi"),
    ("public_key", "Khóa công khai của máy lập (Ed25519)"),
    ("key_code", "Mã khóa in trên báo cáo"),
    ("signature", "Chữ ký của máy lập"),
    # format 2, once the report PDF is signed digitally (blank before)
    ("signed_pdf_sha256", "Mã SHA-256 của báo cáo PDF đã ký số"),
    # format 2, an approval of an earlier version printed by a later one (blank: the writer's paper)
    ("paper_version", "Bản in theo mẫu của phiên bản đã duyệt"),
)

MAX_CELL_TEXT = 30000  # Excel holds 32 767 characters per cell; longer text is split


def _chunks(text: str) -> list[str]:
    return [text[i:i + MAX_CELL_TEXT] for i in range(0, len(text), MAX_CELL_TEXT)] or [""]


def data_rows(sub: Submission) -> list[dict]:
    """The rows of "Dữ liệu" as column code -> text (None: empty cell)."""
    common = {"unit_code": sub.unit_code, "unit_name": sub.unit_name, "unit_kind": sub.unit_kind,
              "period": sub.period, "catalog_version": sub.catalog_version}
    rows = []
    for it in sub.items:
        rows.append({
            **common, "record": RECORD_INDICATOR,
            "indicator": it.code, "indicator_no": str(it.no), "indicator_name": it.name,
            "assigned": "1" if it.assigned else "0", "indicator_unit": it.unit,
            "numerator": it.numerator, "denominator": it.denominator,
            "input_value": it.input_value, "flag": it.flag, "previous": it.previous,
            "baseline": it.baseline, "value": it.value, "value_text": it.value_text,
            "target_op": it.target_op, "target_value": it.target_value,
            "target_text": it.target_text, "target_source": it.target_source,
            "verdict": it.verdict, "progress": it.progress, "compared_text": it.compared_text,
            "comment": it.comment, "notes": "\n".join(it.notes),
            **{f: getattr(it, f) for f in VERSION_2_FIELDS},
        })
    for n in sub.narratives:
        for part in _chunks(n.text):
            rows.append({**common, "record": RECORD_NARRATIVE, "section": n.section,
                         "section_title": n.title, "text": part})
    return rows


def info_values(sub: Submission) -> dict[str, str]:
    return {
        "format": FORMAT,
        "format_version": str(sub.format_version),
        "app_version": sub.app_version,
        "catalog_version": sub.catalog_version,
        "unit_code": sub.unit_code,
        "unit_name": sub.unit_name,
        "period": sub.period,
        "period_name": sub.period_name,
        "generated_at": sub.generated_at,
        "report_date": sub.report_date.isoformat() if sub.report_date else "",
        "doc_number": sub.doc_number,
        "doc_symbol": sub.doc_symbol,
        "preparer": sub.preparer,
        "signer": sub.signer,
        "signer_title": sub.signer_title,
        "approved": "1" if sub.approved else "0",
        "fingerprint": sub.fingerprint,
        "fingerprint_short": sub.short_fingerprint,
        "approved_by": sub.approved_by,
        "approved_at": sub.approved_at,
        "chain_head": sub.chain_head,
        "public_key": sub.public_key,
        "key_code": sub.key_code,
        "signature": sub.signature,
        "signed_pdf_sha256": sub.signed_pdf_sha256,
        "paper_version": sub.paper_version,
    }



# --- the printed table of "Báo cáo" --------------------------------------------------------

REPORT_HEADERS = ("STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao", "Kết quả thực hiện",
                  "So với chỉ tiêu", "Đánh giá", "Ghi chú")
ROMAN = ("I", "II")


def report_heading(sub: Submission) -> dict[tuple[int, int], str]:
    """The heading of "Báo cáo" above its table, by (row, column), 1-based: what a person reads
    first of the unit, the period and whether the report is a draft ("" where nothing is)."""
    date = sub.report_date.strftime("%d/%m/%Y") if sub.report_date else ""
    number = sub.doc_number_text.replace("Số: ", "", 1)
    return {
        (1, 1): "ỦY BAN NHÂN DÂN", (1, 4): "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        (2, 1): sub.unit_name.upper(), (2, 4): "Độc lập - Tự do - Hạnh phúc",
        (3, 1): "" if sub.approved else "DỰ THẢO",
        (4, 1): ("KẾT QUẢ THỰC HIỆN " + sub.report_title.replace("Kết quả thực hiện ", "", 1)).upper(),
        (5, 1): f"(Kèm theo Báo cáo số {number} ngày {date} của Ủy ban nhân dân {sub.unit_running_name})",
    }


def _groups(sub: Submission) -> list[tuple[str, list[Item]]]:
    groups = [("CHỈ TIÊU TỈNH GIAO", sub.assigned_items)]
    if sub.other_items:
        groups.append(("CHỈ TIÊU BỔ SUNG", sub.other_items))
    return groups


def report_items(sub: Submission) -> list[Item | None]:
    """The item of each row of `report_rows`, in its order (None for a group's row)."""
    return [it for _, items in _groups(sub) for it in (None, *items)]


def report_rows(sub: Submission, word: str | None = None, remarks=None, spans: bool = True) -> list[tuple[str, ...]]:
    """The table body of "Báo cáo" (and of the paper): group rows and indicator rows. `word`
    names the unit in its own targets' texts in place of `Submission.unit_word` (until 2026.12
    a ward's said "xã"); `remarks` (an `Item` -> its "Ghi chú" text) joins its comment and
    notes in place of `Item.remarks` (until 2026.12 always with "; "); `spans` False leaves out
    the line under a target saying how long it runs (`target_parts`; none until 2026.12):
    `chitieu verify` reads those files' tables as written then (`written_before`)."""
    word = word or sub.unit_word
    remarks = remarks or (lambda it: it.remarks)
    year = sub.period_obj.year
    rows = []
    for g, (title, items) in enumerate(_groups(sub)):
        rows.append((ROMAN[g], title, "", "", "", "", "", ""))
        for n, it in enumerate(items, 1):
            # format 2 numbers rows as the catalogue and the window do; format 1 counted within a group
            number = str(it.no) if sub.format_version >= 2 else str(n)
            target = "\n".join(p for p in target_parts(it, sub, word, spans, year) if p)
            rows.append((number, it.name, it.unit, target, it.value_text,
                         it.compared_text, verdict_cell(it, sub, word), remarks(it)))
    return rows


def written_before(sub: Submission) -> list[list[tuple[str, ...]]]:
    """`report_rows` as files written by earlier versions print them, each earlier wording that
    `chitieu verify` still accepts cell by cell: no line under a target saying how long it runs,
    a ward's own targets said "xã", and "Ghi chú" joined every part with "; " (".;" after a
    comment's full stop), until 2026.12."""
    return [report_rows(sub, spans=False), report_rows(sub, word="xã", spans=False),
            report_rows(sub, remarks=lambda it: remarks_text_before(it.comment, it.notes), spans=False)]


# The horizon of each indicator of the 2026-2030 term's catalogue (resources/catalog/catalog.json,
# docs/indicators.md), by code: from 2026.12 the "Chỉ tiêu giao" cell says under the target how long
# it runs (`target_parts`). Part of the format, not read from a catalogue: a code's line is the same
# on every installation and in every version, so `verify` judges it from the code and the period,
# both signed (the catalogue's tools change a target, never an indicator's horizon). A code not
# listed (one a province's catalogue update adds) gets no such line.
SPAN_HORIZONS = {
    "thu_ngan_sach": "term_total",
    **dict.fromkeys(("bhyt", "giam_ngheo", "truong_chuan", "lao_dong_dao_tao", "nuoc_sach_nong_thon",
                     "rac_thai_do_thi", "nong_thon_moi"), "term_level"),
    **dict.fromkeys(("ket_nap_dang_vien", "to_chuc_dang_htt", "gia_dinh_van_hoa", "thon_van_hoa",
                     "co_quan_van_hoa", "ho_so_truc_tuyen", "tthc_truc_tuyen", "dan_quan_tu_ve", "khong_ma_tuy",
                     "tngt_so_vu", "tngt_nguoi_chet", "tngt_nguoi_bi_thuong", "thu_tien_su_dung_dat",
                     "tang_gia_tri_san_pham"), "annual"),
}


def target_parts(it: Item, sub: Submission, word: str | None = None, spans: bool = True,
                 year: int | None = None) -> tuple[str, str, str]:
    """The "Chỉ tiêu giao" cell's parts: the province's target; how long it runs, for a report of
    `year` (the period's), "tổng 5 năm\\n2026-2030", "đến năm 2030", "năm 2026" (`target_span`; ""
    without a target, for a code `SPAN_HORIZONS` lacks, or with `spans` False); the unit's own
    target for the year, "Phường tự đặt năm 2026: ≥ 94" ("" without one)."""
    year = year or sub.period_obj.year
    horizon = SPAN_HORIZONS.get(it.code) if spans and it.target_text else None
    span = str(target_span(horizon, year)) if horizon else ""
    own = f"{(word or sub.unit_word).capitalize()} tự đặt năm {year}: {it.own_target_text}" if it.own_target_text else ""
    return it.target_text, span, own


def target_cell(it: Item, sub: Submission, word: str | None = None) -> str:
    """The "Chỉ tiêu giao" cell: the province's target, how long it runs, the unit's own target
    (`target_parts`), each on a line of its own."""
    return "\n".join(p for p in target_parts(it, sub, word) if p)


def verdict_cell(it: Item, sub: Submission, word: str | None = None) -> str:
    """The verdict against the province's target, and under it the one against the unit's own."""
    return f"{it.verdict}\nTheo chỉ tiêu {word or sub.unit_word}: {it.own_verdict}" if it.own_verdict else it.verdict


# --- reading ---------------------------------------------------------------------------------

# A decimal cell as the writer writes it (canonical text), bounded before any conversion:
# an exponent or a thousand digits is refused, never expanded.
_DECIMAL_TEXT = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?")
# The canonical text itself (`numbers.canonical`: no leading or trailing zero, no "-0"), within those
# bounds: what every cell the writer wrote holds, read as it is (no Decimal made and written again).
_CANONICAL_TEXT = re.compile(r"0|-?(?:[1-9][0-9]{0,29}(?:\.[0-9]{0,29}[1-9])?|0\.[0-9]{0,29}[1-9])")


def cell_text(v) -> str:
    """A cell as clean text (NFC, no control characters, trimmed); "" when empty."""
    if v.__class__ is str and v.isprintable() and (v.isascii() or unicodedata.is_normalized("NFC", v)):
        return v.strip()  # most cells: already NFC, no control character (`clean_text` of them)
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return clean_text(str(v))


# What a column of "Dữ liệu" holds, in the words of the entry form and the report: a refusal
# names the column by its code (what support looks for in the file) and by this.
COLUMN_NAMES = {
    "record": "loại dòng", "unit_code": "mã đơn vị", "unit_name": "tên đơn vị", "unit_kind": "xã hay phường",
    "period": "mã kỳ báo cáo", "catalog_version": "phiên bản bộ chỉ tiêu", "indicator": "mã chỉ tiêu",
    "indicator_no": "số thứ tự chỉ tiêu", "indicator_name": "tên chỉ tiêu", "assigned": "chỉ tiêu tỉnh giao (1/0)",
    "indicator_unit": "đơn vị tính", "numerator": "tử số", "denominator": "mẫu số", "input_value": "giá trị nhập",
    "flag": "Có/Không (1/0)", "previous": "cùng kỳ năm trước", "baseline": "số liệu đầu nhiệm kỳ",
    "value": "kết quả", "target_value": "chỉ tiêu", "progress": "tiến độ (% chỉ tiêu)",
    "own_target_value": "chỉ tiêu tự đặt", "last_year": "cùng kỳ năm trước đã dùng khi đánh giá",
    "earlier_total": "tổng các năm trước của nhiệm kỳ", "section": "phần của báo cáo", "text": "nội dung",
    "target_op": "phép so sánh chỉ tiêu", "verdict": "đánh giá", "own_target_op": "phép so sánh chỉ tiêu tự đặt",
    "own_verdict": "đánh giá theo chỉ tiêu tự đặt",
}


def _where(code: str, row: int, indicator: str = "") -> str:
    """Where a cell is: 'Trang "Dữ liệu", dòng 3 (chỉ tiêu 2), cột numerator (tử số)'."""
    name = COLUMN_NAMES.get(code)
    return (f'Trang "{SHEET_DATA}", dòng {row}{f" ({indicator})" if indicator else ""}, '
            f'cột {code}{f" ({name})" if name else ""}')


def _decimal(v, code: str, row: int, indicator: str = "") -> str | None:
    if v.__class__ is str and _CANONICAL_TEXT.fullmatch(v):
        return v
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (int, float)):  # a retyped cell: read, then the fingerprint tells
        text = repr(v)
        try:
            d = Decimal(text)
            ok = d.is_finite()
        except InvalidOperation:
            ok = False
    else:
        text = str(v).strip()
        ok = _DECIMAL_TEXT.fullmatch(text) is not None
        d = Decimal(text) if ok else None
    if not ok:
        raise BadSubmission(f"{_where(code, row, indicator)}: {_not_a_number(v, text)}. Phần mềm ghi số vào tệp "
                            "bằng chữ số, dấu chấm trước phần lẻ (như 1234.5), không quá 30 chữ số.", field=code)
    return canonical(d)


def _not_a_number(v, text: str) -> str:
    """What a cell holding no number the program writes holds, as a person looking at the file
    would find it: a number cell too large for any number (a huge exponent, 1E+300000000) is read
    as infinity, which the file does not say, so it is described, not quoted as "inf"."""
    if isinstance(v, float) and v != v:
        return "ô ghi một giá trị không phải là số (NaN), không phải số phần mềm ghi"
    if isinstance(v, float) and v in (float("inf"), float("-inf")):
        return "ô ghi một số quá lớn (số mũ khổng lồ, như 1E+300000000), không phải số phần mềm ghi"
    return f'"{quoted(text, 40)}" không phải là số'


def _flag01(v, code: str, row: int) -> bool:
    t = cell_text(v)
    if t in ("1", "0"):
        return t == "1"
    raise BadSubmission(f'{_where(code, row)}: "{quoted(t, 40)}" phải là 1 hoặc 0.', field=code)


def read_info(rows: list[list], name: str) -> dict[str, str]:
    """The "Thông tin" values (column A key, column C value), once they say this is a
    submission in a format version this app reads."""
    info = {}
    for row in rows[1:]:
        if row and cell_text(row[0]):
            info[cell_text(row[0])] = cell_text(row[2]) if len(row) > 2 else ""
    if info.get("format") != FORMAT:
        raise NotASubmission(
            f'Tệp {name} không phải tệp số liệu "{FORMAT}" (trang Thông tin không ghi định dạng này).',
            field="format")
    try:
        version = int(info.get("format_version", ""))
    except ValueError:
        raise NotASubmission(f"Tệp {name}: phiên bản định dạng không đọc được.",
                             field="format_version") from None
    if version > FORMAT_VERSION:
        raise UnsupportedVersion(
            f"Tệp {name} theo định dạng phiên bản {version}, mới hơn phiên bản {FORMAT_VERSION} mà "
            "phần mềm này đọc được. Hãy cập nhật phần mềm rồi nhận lại tệp.", field="format_version")
    if version < 1:
        raise NotASubmission(f"Tệp {name}: phiên bản định dạng {version} không hợp lệ.",
                             field="format_version")
    return info


# Texts of an indicator row with words of their own: the program writes only these (every format
# version the same), so any other text, a verdict of 30 000 characters or one with a direction
# override, is an edit, refused before anything quotes it. Empty: no target, no own target.
VERDICTS = tuple(v.value for v in Verdict)
_VOCABULARY = {"target_op": (OPS, True), "verdict": (VERDICTS, False), "own_target_op": (OPS, True),
               "own_verdict": (VERDICTS, True)}


def _in_vocabulary(texts: dict[str, str], row: int, indicator: str) -> None:
    for code, (words, empty) in _VOCABULARY.items():
        text = texts[code]
        if text in words or (empty and not text):
            continue
        hidden = next((f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), "")
        said = (f'"{quoted(text, 40)}"' if text else "ô trống") + (
            " (ghi nhiều dòng)" if "\n" in text else f" (có ký tự ẩn {hidden})" if hidden else "")
        raise BadSubmission(f"{_where(code, row, indicator)}: {said} không phải {COLUMN_NAMES[code]} phần mềm ghi; "
                            f"phần mềm chỉ ghi một trong: {', '.join(words)}"
                            f"{' (hoặc để trống)' if empty else ''}.", field=code)


_COMMON = ("unit_code", "unit_name", "unit_kind", "period", "catalog_version")
# The text columns of an indicator row (its decimal ones are DECIMAL_COLUMNS).
_ITEM_TEXTS = ("indicator", "indicator_name", "indicator_unit", "value_text", "target_op", "target_text",
               "target_source", "verdict", "compared_text", "comment", "notes", "own_target_op",
               "own_target_text", "own_verdict", "earlier_missing")


def read_data(rows: list[list], version: int) -> tuple[dict, list[Item], list[Narrative]]:
    """The unit, the items and the narratives of "Dữ liệu" in a file of format `version`;
    BadSubmission names the cell."""
    header = [cell_text(c) for c in rows[0]] if rows else []
    col = {c: i for i, c in enumerate(header) if c}
    missing = [c for c in REQUIRED_COLUMNS[version] if c not in col]
    if missing:
        raise BadSubmission(f'Trang "{SHEET_DATA}" thiếu cột: {", ".join(missing)}.', field=SHEET_DATA)
    # Cells are found by position, worked out once per sheet: each row is padded with empty
    # cells up to the last column read, plus one, at -1, where a column of a later version
    # absent from an older file points.
    width = max(col.values()) + 1
    at = {code: col.get(code, -1) for code in (*_COMMON, *_ITEM_TEXTS, *DECIMAL_COLUMNS, "record",
                                                "indicator_no", "assigned", "section", "section_title", "text")}
    common_at = [at[k] for k in _COMMON]
    texts_at = [(k, at[k]) for k in _ITEM_TEXTS]
    decimals_at = [(k, at[k]) for k in DECIMAL_COLUMNS]
    common: dict | None = None
    first: list | None = None  # the first row's unit and period cells, when all are text
    items: list[Item] = []
    parts: dict[str, list] = {}
    for n, raw in enumerate(rows[1:], 2):
        if raw.count("") + raw.count(None) == len(raw):
            continue
        if max(map(len, filter(str.__instancecheck__, raw)), default=0) > EXCEL_CELL:
            long = next((c for c, i in col.items() if i < len(raw) and isinstance(raw[i], str)
                         and len(raw[i]) > EXCEL_CELL), "?")
            raise BadSubmission(f"{_where(long, n)}: ô dài quá {EXCEL_CELL} ký tự.", field=long)
        cells = raw + [None] * max(width - len(raw) + 1, 1)
        unit = [cells[i] for i in common_at]
        if unit != first:  # the same text as the first row's cleans to the same values
            this = {k: cell_text(v) for k, v in zip(_COMMON, unit)}
            if this["unit_code"].isdigit():
                this["unit_code"] = this["unit_code"].zfill(5)
            if common is None:
                common = this
                first = unit if all(v.__class__ is str for v in unit) else None
            elif this != common:
                diff = next(k for k in _COMMON if this[k] != common[k])
                raise BadSubmission(
                    f'{_where(diff, n)}: "{quoted(this[diff], 40)}" khác "{quoted(common[diff], 40)}" ở các dòng trên; một tệp '
                    "chỉ chứa số liệu của một đơn vị trong một kỳ.", field=diff)
        record = cell_text(cells[at["record"]])
        if record == RECORD_INDICATOR:
            if len(items) == MAX_INDICATORS:  # each row is checked again by intake and verify: bounded first
                raise BadSubmission(
                    f'Trang "{SHEET_DATA}", dòng {n}: quá {MAX_INDICATORS} dòng chỉ tiêu; bộ chỉ tiêu có nhiều nhất '
                    f"{MAX_INDICATORS} chỉ tiêu và tệp do phần mềm lập ghi mỗi chỉ tiêu một dòng.", field=SHEET_DATA)
            no = _decimal(cells[at["indicator_no"]], "indicator_no", n)
            if no is None or not no.isdigit():
                raise BadSubmission(f"{_where('indicator_no', n)}: thiếu số thứ tự.", field="indicator_no")
            assigned = _flag01(cells[at["assigned"]], "assigned", n)
            name = cell_text(cells[at["indicator_name"]])
            indicator = f'chỉ tiêu {no} "{quoted(name)}"' if name else f"chỉ tiêu {no}"
            numbers = {k: _decimal(cells[i], k, n, indicator) for k, i in decimals_at}
            t = {k: cell_text(cells[i]) for k, i in texts_at}
            _in_vocabulary(t, n, indicator)
            if not t["indicator"]:
                raise BadSubmission(f"{_where('indicator', n)}: thiếu mã chỉ tiêu.", field="indicator")
            items.append(Item(
                code=t["indicator"], no=int(no), name=t["indicator_name"], unit=t["indicator_unit"],
                assigned=assigned, **numbers,
                value_text=t["value_text"], target_op=t["target_op"] or None,
                target_text=t["target_text"], target_source=t["target_source"],
                verdict=t["verdict"], compared_text=t["compared_text"], comment=t["comment"],
                notes=tuple(line for line in t["notes"].split("\n") if line),
                own_target_op=t["own_target_op"] or None, own_target_text=t["own_target_text"],
                own_verdict=t["own_verdict"], earlier_missing=t["earlier_missing"],
            ))
        elif record == RECORD_NARRATIVE:
            entry = parts.setdefault(cell_text(cells[at["section"]]), [cell_text(cells[at["section_title"]]), []])
            v = cells[at["text"]]  # chunks are joined exactly: no trimming inside a long text
            entry[1].append("" if v is None else str(v))
        else:
            raise BadSubmission(f'{_where("record", n)}: loại dòng "{quoted(record, 40)}" không biết.', field="record")
    if common is None or not items:
        raise BadSubmission(f'Trang "{SHEET_DATA}" không có dòng số liệu nào.', field=SHEET_DATA)
    narratives = [Narrative(s, title, clean_text("".join(chunks))) for s, (title, chunks) in parts.items()]
    return common, items, narratives


def _same_as_data(info: dict[str, str], common: dict, name: str) -> None:
    """"Thông tin" repeats the unit, the period and the catalogue version for a person to read,
    and the fingerprint's printed part: the program reads them from "Dữ liệu", so a file whose
    two sheets disagree was edited (a person would read another unit or period than the one
    counted)."""
    stated = dict(info)
    if stated.get("unit_code", "").isdigit():
        stated["unit_code"] = stated["unit_code"].zfill(5)
    if "fingerprint_short" in stated:
        stated["fingerprint_short"] = stated["fingerprint_short"].strip().lower()
    expected = dict(common)
    try:
        expected["period_name"] = parse_period(common["period"]).name
    except ChiTieuError:
        pass  # the period itself is judged by the intake (Sai kỳ)
    expected["fingerprint_short"] = (info.get("fingerprint") or "").strip().lower()[:SHORT_FINGERPRINT]
    for key in ("unit_code", "unit_name", "period", "period_name", "catalog_version", "fingerprint_short"):
        if key in stated and key in expected and stated[key] != expected[key]:
            label = dict(INFO_KEYS)[key]
            raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": "{label}" ghi "{quoted(stated[key])}", khác số liệu '
                               f'của tệp ("{quoted(expected[key])}").', field=key)


# Texts the program writes on one line (names, codes, times): a line break in one is an edit,
# and would let a file print lines of its choosing under `chitieu verify`'s verdict.
_ONE_LINE = ("unit_code", "unit_name", "unit_kind", "period", "catalog_version", "preparer", "signer",
             "signer_title", "doc_number", "doc_symbol", "generated_at", "report_date", "approved_by",
             "approved_at", "app_version", "chain_head")
_USER_NAME = re.compile(r"[a-z0-9._-]{3,32}")  # desktop_app.core.users.check_username
# A computer's login name, which a version until 2026.12 wrote as the approver of a unit without accounts
# ("Admin", "Nguyễn Văn Ân": walk U22 F1, such a genuine file was refused as changed): letters of any
# alphabet, digits, spaces inside, points, hyphens, underscores; never markup, a line break or a control.
_COMPUTER_USER = re.compile(r"[^\W_](?:[\w .-]{0,62}[\w.-])?")


def _one_line_each(info: dict[str, str], common: dict, name: str) -> None:
    labels = dict(INFO_KEYS)
    for key in _ONE_LINE:
        value = str(common.get(key, info.get(key, "")))
        if "\n" in value or len(value) > 200:
            raise TamperedFile(f'Tệp {name}: "{labels.get(key, key)}" ghi nhiều dòng hoặc dài quá 200 ký tự, điều '
                               "phần mềm không bao giờ ghi.", field=key)
    approver = info.get("approved_by", "")
    if approver and not (_USER_NAME.fullmatch(approver) or _COMPUTER_USER.fullmatch(unicodedata.normalize(
            "NFC", approver))):
        raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": người duyệt "{quoted(approver, 40)}" không phải tên đăng nhập '
                           "(chữ không dấu, số, dấu chấm, gạch).", field="approved_by")


def submission_from_sheets(info: dict[str, str], rows: list[list], name: str) -> Submission:
    """The Submission a file states, from its "Thông tin" values (`read_info`) and the rows
    of "Dữ liệu": data that cannot be read in a file that carries our marker was changed
    after it was written (TamperedFile)."""
    try:
        common, items, narratives = read_data(rows, int(info["format_version"]))
    except BadSubmission as err:
        raise TamperedFile(f"Tệp {name}: {err.message}", field=err.field) from None
    _same_as_data(info, common, name)
    _one_line_each(info, common, name)
    public, signature = info.get("public_key", ""), info.get("signature", "")
    if public or signature:
        if not well_formed(public, signature):
            raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": khóa công khai hoặc chữ ký không đúng dạng '
                               "(phần mềm ghi cả hai, dạng base64).", field="signature")
        stated_code = info.get("key_code", "")
        if stated_code and normalise_code(stated_code) != key_code(public):
            raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": mã khóa ghi trong tệp "{quoted(stated_code, 40)}" khác mã '
                               f"tính từ khóa công khai của tệp ({key_code(public)}).", field="key_code")
    pdf_sha256 = info.get("signed_pdf_sha256", "")
    if pdf_sha256 and not re.fullmatch(r"[0-9a-f]{64}", pdf_sha256):
        raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": mã SHA-256 của báo cáo PDF đã ký "{quoted(pdf_sha256, 70)}" '
                           "không đúng dạng (64 chữ số hệ 16, chữ thường).", field="signed_pdf_sha256")
    check_paper_version(info.get("paper_version", ""), info.get("app_version", ""), name, dict(INFO_KEYS)["paper_version"])
    report_date = None
    if info.get("report_date"):
        try:
            report_date = dt.date.fromisoformat(info["report_date"])
        except ValueError:
            raise TamperedFile(f'Tệp {name}, trang "{SHEET_INFO}": ngày báo cáo "{quoted(info["report_date"], 40)}" '
                               "không đúng dạng YYYY-MM-DD.", field="report_date") from None
    return Submission(
        unit_code=common["unit_code"], unit_name=common["unit_name"],
        unit_kind=common["unit_kind"], period=common["period"],
        catalog_version=common["catalog_version"],
        items=tuple(items), narratives=tuple(narratives),
        preparer=info.get("preparer", ""), signer=info.get("signer", ""),
        signer_title=info.get("signer_title", "") or "Chủ tịch",
        doc_symbol=info.get("doc_symbol", "") or "BC-UBND",
        doc_number=info.get("doc_number", ""), report_date=report_date,
        generated_at=info.get("generated_at", ""), app_version=info.get("app_version", ""),
        approved=info.get("approved") == "1",
        format_version=int(info["format_version"]),
        stated_fingerprint=info.get("fingerprint") or None,
        approved_by=info.get("approved_by", ""), approved_at=info.get("approved_at", ""),
        chain_head=info.get("chain_head", ""), public_key=info.get("public_key", ""),
        signature=info.get("signature", ""), signed_pdf_sha256=pdf_sha256,
        paper_version=info.get("paper_version", ""),
    )
