"""The consolidated data for a DHIS2 server: `dataValueSets` JSON and ADX XML.

Identifiers are our stable codes, imported with `idScheme=CODE` (see docs/dhis2-mapping.md):
org units by the 5-digit national unit code, data elements by the indicator code (the
result, as the province recomputed it) and `<code>__tu_so`, `<code>__mau_so`,
`<code>__dau_nhiem_ky`, `<code>__cung_ky` (numerator, denominator, the term's baseline, the
same period last year: enough for DHIS2 to recompute every rate), `<code>__chi_tieu` (the
province's target) or, for an indicator judged by its fall on last year, `<code>__chi_tieu_giam_pct`
(the fall the target asks for, in percent), and `<code>__chi_tieu_xa` (the unit's own target).
One data value set per unit, with the data set and, for an approved report, its approval
date as `completeDate` (a format-1 file states none: its report date). A unit whose counted
version is signed by a key the province has not confirmed yet is left out (`left_out`): anyone
can sign a file with a key of their own for a unit that has not reported, and once in DHIS2 a
later confirmation or revocation cannot reach it; the command and the window say which units. Periods: `2026-Q1` ->
`2026Q1`, `2026-6M` -> `2026S1`, `2026` -> `2026`. DHIS2 has no period for "9 months from
1 January": `2026-9M` goes to `2026Q3` with data elements suffixed `__9t` (cumulative
January–September), so it never mixes with true quarterly data.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.core.consolidation import Consolidation
from desktop_app.core.dhis2_units import left_out, nothing_to_send
from desktop_app.core.errors import InvalidInput
from desktop_app.core.keys import PAPER_CODE, TYPE_PAPER_CODE, confirm_command
from desktop_app.core.periods import Period
from desktop_app.core.validation import one_line
from desktop_app.core.vietnam_time import stated_day
from exports.atomic import write_bytes_atomic

DATA_SET = "CHITIEU_XA"
ADX_NS = "urn:ihe:qrph:adx:2015"
SUFFIX_9M = "__9t"
PARTS = (("value", ""), ("numerator", "__tu_so"), ("denominator", "__mau_so"), ("baseline", "__dau_nhiem_ky"),
         ("target_value", "__chi_tieu"), ("own_target_value", "__chi_tieu_xa"))


def dhis2_period(p: Period) -> str:
    return {"Q1": f"{p.year}Q1", "6M": f"{p.year}S1", "9M": f"{p.year}Q3", "Y": str(p.year)}[p.kind]


def adx_period(p: Period) -> str:
    """ISO 8601 start/duration, as ADX writes periods (the same period as `dhis2_period`)."""
    return {"Q1": f"{p.year}-01-01/P3M", "6M": f"{p.year}-01-01/P6M", "9M": f"{p.year}-07-01/P3M",
            "Y": f"{p.year}-01-01/P1Y"}[p.kind]


def data_element(code: str, part: str, p: Period) -> str:
    return code + part + (SUFFIX_9M if p.kind == "9M" else "")


def data_value_sets(con: Consolidation, *, boolean_text: bool = True) -> list[dict]:
    """One data value set per unit that sent a report, but those `left_out`: dataSet, period,
    orgUnit, completeDate (`complete_date`: the approval date, else the report date; none for a
    draft) and its dataValues (dataElement, value, comment)."""
    p = con.period
    kinds = {i.code: i.kind for i in con.catalog.indicators}
    sets = []
    for u in con.units:
        if u.submission is None or u.status.pending:
            continue
        values = []
        for it in u.submission.items:
            for attr, part in _parts(it, kinds.get(it.code)):
                value = getattr(it, attr)
                if value is None or value == "":
                    continue
                if boolean_text and value in ("0", "1") and attr in ("value", "target_value", "own_target_value") \
                        and kinds.get(it.code) == "boolean":
                    value = "true" if value == "1" else "false"
                dv = {"dataElement": data_element(it.code, part, p), "value": value}
                # the officer's words, without a direction override or a line break (Cc, Cf), which a
                # DHIS2 export to CSV or Excel would carry into other people's sheets; nor read as a
                # formula there (`no_formula`)
                comment = no_formula(one_line(it.comment)) if attr == "value" else ""
                if comment:
                    dv["comment"] = comment
                values.append(dv)
        one = {"dataSet": DATA_SET, "period": dhis2_period(p), "orgUnit": u.commune.code}
        complete = complete_date(u.submission)
        if complete:
            one["completeDate"] = complete
        sets.append({**one, "dataValues": values})
    return sets


# What makes a spreadsheet read a cell of a CSV file as a formula ("=HYPERLINK(…)", "+cmd|…",
# "-2+3", "@SUM(…)"), and a tab or a carriage return before one (OWASP, "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def no_formula(comment: str) -> str:
    """A comment as DHIS2 keeps it: one starting like a formula with an apostrophe before it, as
    the CSV convention writes text. The JSON itself is read by DHIS2, never by a spreadsheet;
    but DHIS2 hands the comment on unchanged in its own CSV and Excel exports of data values,
    which people open in a spreadsheet: the province's file is the last place it passes through
    a program of ours. The apostrophe shows; the officer's words stay as typed after it."""
    return "'" + comment if comment.startswith(FORMULA_START) else comment


def complete_date(sub) -> str:
    """An approved report's `completeDate`, YYYY-MM-DD: the day its leader approved it as its paper
    prints it ("Duyệt ngày …": `core.vietnam_time.stated_day`, from 0.3.0 the day in Vietnam time of
    the moment the file states, as the paper and the e-mail print it), or, for a file that does not say when (format 1 has no
    approval time), its stated report date (the date printed on the report), never left open like
    a draft; "" for a draft, which DHIS2 keeps open (docs/dhis2-mapping.md, "completeDate")."""
    if not sub.approved:
        return ""
    day = stated_day(sub.approved_at) or sub.report_date
    return day.isoformat() if day else ""


def _parts(item, kind: str | None):
    """The parts written for one item: a fall on last year has its target as a percentage and
    the same period last year as its own data element."""
    for attr, part in PARTS:
        if attr == "target_value" and kind == "count_vs_last_year":
            yield attr, "__chi_tieu_giam_pct"
        else:
            yield attr, part
    if kind == "count_vs_last_year":
        yield ("previous" if item.previous is not None else "last_year"), "__cung_ky"


def refuse_nothing_to_send(con: Consolidation, files: tuple[str, str]) -> None:
    """`nothing_to_send`, refused: nothing is written."""
    why = nothing_to_send(con, files)
    if why is not None:
        raise InvalidInput(why, field="Kỳ báo cáo", en=why.en)


def write_data_value_sets(con: Consolidation, path: str | Path) -> Path:
    refuse_nothing_to_send(con, ("tệp DHIS2", "DHIS2 file"))
    document = {"dataElementIdScheme": "CODE", "orgUnitIdScheme": "CODE", "dataSetIdScheme": "CODE",
                "dataValueSets": data_value_sets(con)}
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    return write_bytes_atomic(path, text.encode("utf-8"))


def adx_document(con: Consolidation) -> bytes:
    ET.register_namespace("", ADX_NS)
    root = ET.Element(f"{{{ADX_NS}}}adx", {"exported": con.generated_at})
    period = adx_period(con.period)
    for one in data_value_sets(con, boolean_text=False):
        attrs = {"orgUnit": one["orgUnit"], "period": period, "dataSet": DATA_SET}
        if "completeDate" in one:
            attrs["completeDate"] = one["completeDate"]
        group = ET.SubElement(root, f"{{{ADX_NS}}}group", attrs)
        for dv in one["dataValues"]:
            ET.SubElement(group, f"{{{ADX_NS}}}dataValue", {"dataElement": dv["dataElement"], "value": dv["value"]})
    ET.indent(root, space=" ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"


def write_adx(con: Consolidation, path: str | Path) -> Path:
    refuse_nothing_to_send(con, ("tệp ADX", "ADX file"))
    return write_bytes_atomic(path, adx_document(con))


# The units `left_out_lines` names one by one; more are counted (the workbook lists them all).
LEFT_OUT_NAMED = 10


def left_out_lines(con: Consolidation, files: str = "tệp DHIS2 và ADX") -> list[str]:
    """What the command line says of the units `left_out` of `files` ("tệp DHIS2", "tệp ADX"):
    how many and why, each of the first `LEFT_OUT_NAMED` with the command that confirms its key
    once compared with the signed paper, and that the files are to be exported again. [] when none."""
    units = left_out(con)
    if not units:
        return []
    why = ("tỉnh chưa đối chiếu mã khóa ký tệp với báo cáo giấy có chữ ký của đơn vị, nên chưa biết chắc tệp do "
           "chính đơn vị gửi; số liệu vẫn được tính và đánh dấu trong bảng tổng hợp và báo cáo")
    lines = [f"Chưa đưa vào {files}: {len(units)} đơn vị có khóa chờ xác nhận ({why})."]
    for u in units[:LEFT_OUT_NAMED]:
        lines.append(f"- {u.name} (mã {u.code}): tệp ký bằng khóa mã {u.key_code} ({confirm_command(u.code)})")
    if len(units) > LEFT_OUT_NAMED:
        lines.append(f"… và {len(units) - LEFT_OUT_NAMED} đơn vị khác: xem đủ ở trang \"Tình hình gửi báo cáo\" "
                     "của bảng tổng hợp Excel (--xlsx).")
    lines.append("Đối chiếu mã khóa của từng đơn vị với mã in trên báo cáo giấy có chữ ký, xác nhận khóa đúng "
                 f"(lệnh in ở trên, {TYPE_PAPER_CODE} thay cho {PAPER_CODE}), rồi xuất lại {files}.")
    return lines
