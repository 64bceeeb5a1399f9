"""The submission workbook's format, version 1 (exports/FORMAT.md): its sheets, the column
codes of "Dữ liệu", the keys of "Thông tin", and how the cells a reader gives back become a
`Submission` again. Shared by the writer and reader of `exports.submission_xlsx` (openpyxl)
and the province's fast reader `exports.submission_fast` (python-calamine); it needs no xlsx
library, so the province's reading processes start without importing openpyxl.

A reader passes a workbook-like object: `sheetnames`, `book[name]` and the sheet's
`iter_rows(min_row=..., values_only=True)` of cell values (None for an empty cell).
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path

from desktop_app.errors import BadSubmission
from desktop_app.numbers import canonical
from desktop_app.submission import (
    FORMAT,
    FORMAT_VERSION,
    Item,
    Narrative,
    Submission,
    clean_text,
    submission_from_fields,
)

SHEET_REPORT = "Báo cáo"
SHEET_DATA = "Dữ liệu"
SHEET_INFO = "Thông tin"

RECORD_INDICATOR = "indicator"
RECORD_NARRATIVE = "narrative"

# Column codes of "Dữ liệu", format version 1, in this order. Readers find columns by
# code, never by position; later versions may only add columns.
DATA_COLUMNS = (
    "record", "unit_code", "unit_name", "unit_kind", "period", "catalog_version",
    "indicator", "indicator_no", "indicator_name", "assigned", "indicator_unit",
    "numerator", "denominator", "input_value", "flag", "previous", "baseline",
    "value", "value_text", "target_op", "target_value", "target_text", "target_source",
    "verdict", "progress", "compared_text", "comment", "notes",
    "section", "section_title", "text",
)
DECIMAL_COLUMNS = ("numerator", "denominator", "input_value", "flag", "previous", "baseline",
                   "value", "target_value", "progress")
REQUIRED_COLUMNS = DATA_COLUMNS  # all of version 1

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
    }


# --- reading ----------------------------------------------------------------------------

def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return clean_text(str(v))


def _decimal(v, where: str) -> str | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        return "1" if v else "0"
    try:
        d = Decimal(repr(v)) if isinstance(v, float) else Decimal(str(v).strip())
        if not d.is_finite():
            raise InvalidOperation
    except (InvalidOperation, ValueError):
        raise BadSubmission(f'{where}: "{v}" không phải số (số viết dạng 1234.5).',
                            field=where) from None
    return canonical(d)


def _flag01(v, where: str) -> bool:
    t = _text(v)
    if t in ("1", "0"):
        return t == "1"
    raise BadSubmission(f'{where}: "{t}" phải là 1 hoặc 0.', field=where)


def _sheet(wb, name: str, path: Path):
    if name not in wb.sheetnames:
        raise BadSubmission(
            f'Tệp {path.name} không có trang "{name}": không phải tệp số liệu do phần mềm '
            "Chỉ tiêu xã lập, hoặc đã bị sửa.", field=name)
    return wb[name]


class NotASubmission(BadSubmission):
    """A readable file that is not a submission of this application."""


class UnsupportedVersion(BadSubmission):
    """A submission in a newer format version than this application reads."""


def read_info(wb, path: Path) -> dict[str, str]:
    info = {}
    for row in _sheet(wb, SHEET_INFO, path).iter_rows(min_row=2, values_only=True):
        if row and row[0] is not None:
            info[_text(row[0])] = _text(row[2] if len(row) > 2 else None)
    return check_format(info, path.name)


def check_format(info: dict[str, str], name: str) -> dict[str, str]:
    """The "Thông tin" values, once they say this is a submission in a format we read
    (shared by this reader and the province's fast reader)."""
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


def _read_data(wb, path: Path) -> tuple[dict, list[Item], list[Narrative]]:
    rows = _sheet(wb, SHEET_DATA, path).iter_rows(values_only=True)
    header = next(rows, None) or ()
    col = {_text(c): i for i, c in enumerate(header) if c is not None}
    missing = [c for c in REQUIRED_COLUMNS if c not in col]
    if missing:
        raise BadSubmission(
            f'Trang "{SHEET_DATA}" thiếu cột: {", ".join(missing)}.', field=SHEET_DATA)
    common_keys = ("unit_code", "unit_name", "unit_kind", "period", "catalog_version")
    common: dict | None = None
    items: list[Item] = []
    parts: dict[str, list] = {}
    for n, raw in enumerate(rows, 2):
        if raw is None or all(v is None for v in raw):
            continue

        def get(code, raw=raw):
            i = col[code]
            return raw[i] if i < len(raw) else None

        where = lambda code, n=n: f'Trang "{SHEET_DATA}", dòng {n}, cột {code}'  # noqa: E731
        this = {k: _text(get(k)) for k in common_keys}
        if this["unit_code"].isdigit():
            this["unit_code"] = this["unit_code"].zfill(5)
        if common is None:
            common = this
        elif this != common:
            diff = next(k for k in common_keys if this[k] != common[k])
            raise BadSubmission(
                f'{where(diff)}: "{this[diff]}" khác "{common[diff]}" ở các dòng trên; một tệp '
                "chỉ chứa số liệu của một đơn vị trong một kỳ.", field=diff)
        record = _text(get("record"))
        if record == RECORD_INDICATOR:
            try:
                no = int(_decimal(get("indicator_no"), where("indicator_no")) or "")
            except ValueError:
                raise BadSubmission(f"{where('indicator_no')}: thiếu số thứ tự.",
                                    field="indicator_no") from None
            notes = _text(get("notes"))
            items.append(Item(
                code=_text(get("indicator")), no=no, name=_text(get("indicator_name")),
                unit=_text(get("indicator_unit")),
                assigned=_flag01(get("assigned"), where("assigned")),
                **{k: _decimal(get(k), where(k)) for k in
                   ("numerator", "denominator", "input_value", "flag", "previous", "baseline",
                    "value", "target_value", "progress")},
                value_text=_text(get("value_text")),
                target_op=_text(get("target_op")) or None,
                target_text=_text(get("target_text")), target_source=_text(get("target_source")),
                verdict=_text(get("verdict")), compared_text=_text(get("compared_text")),
                comment=_text(get("comment")),
                notes=tuple(t for t in notes.split("\n") if t) if notes else (),
            ))
            if not items[-1].code:
                raise BadSubmission(f"{where('indicator')}: thiếu mã chỉ tiêu.", field="indicator")
        elif record == RECORD_NARRATIVE:
            section = _text(get("section"))
            entry = parts.setdefault(section, [_text(get("section_title")), []])
            # chunks are joined exactly: no trimming inside a long text
            v = get("text")
            entry[1].append("" if v is None else str(v))
        else:
            raise BadSubmission(f'{where("record")}: loại dòng "{record}" không biết.',
                                field="record")
    if common is None or not items:
        raise BadSubmission(f'Trang "{SHEET_DATA}" không có dòng số liệu nào.', field=SHEET_DATA)
    narratives = [Narrative(s, title, clean_text("".join(chunks)))
                  for s, (title, chunks) in parts.items()]
    return common, items, narratives


def assemble(common: dict, items, narratives, info: dict, report_date) -> Submission:
    """The Submission a file states, from its "Dữ liệu" rows and "Thông tin" values
    (shared by this reader and the province's fast reader)."""
    return submission_from_fields(dict(
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
    ))
