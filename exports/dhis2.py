"""The consolidated data for a DHIS2 server: `dataValueSets` JSON and ADX XML.

Identifiers are our stable codes, imported with `idScheme=CODE` (see docs/dhis2-mapping.md):
org units by the 5-digit national unit code, data elements by the indicator code (the
result) and `<code>__tu_so`, `<code>__mau_so`, `<code>__chi_tieu` (numerator, denominator,
target). Periods: `2026-Q1` -> `2026Q1`, `2026-6M` -> `2026S1`, `2026` -> `2026`. DHIS2 has
no period for "9 months from 1 January": `2026-9M` goes to `2026Q3` with data elements
suffixed `__9t` (cumulative January–September), so it never mixes with true quarterly data.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from desktop_app.core.consolidation import Consolidation
from desktop_app.core.periods import Period
from exports.atomic import write_bytes_atomic

DATA_SET = "CHITIEU_XA"
ADX_NS = "urn:ihe:qrph:adx:2015"
SUFFIX_9M = "__9t"
PARTS = (("value", ""), ("numerator", "__tu_so"), ("denominator", "__mau_so"), ("target_value", "__chi_tieu"))


def dhis2_period(p: Period) -> str:
    return {"Q1": f"{p.year}Q1", "6M": f"{p.year}S1", "9M": f"{p.year}Q3", "Y": str(p.year)}[p.kind]


def adx_period(p: Period) -> str:
    """ISO 8601 start/duration, as ADX writes periods (the same period as `dhis2_period`)."""
    return {"Q1": f"{p.year}-01-01/P3M", "6M": f"{p.year}-01-01/P6M", "9M": f"{p.year}-07-01/P3M",
            "Y": f"{p.year}-01-01/P1Y"}[p.kind]


def data_element(code: str, part: str, p: Period) -> str:
    return code + part + (SUFFIX_9M if p.kind == "9M" else "")


def data_values(con: Consolidation, *, boolean_text: bool = True) -> list[dict]:
    """One dict per value: dataElement, period, orgUnit, value (text), comment (if any)."""
    p = con.period
    pe = dhis2_period(p)
    out = []
    booleans = {i.code for i in con.catalog.indicators if i.kind == "boolean"}
    for u in con.units:
        if u.submission is None:
            continue
        for it in u.submission.items:
            for attr, part in PARTS:
                value = getattr(it, attr)
                if value is None or value == "":
                    continue
                if boolean_text and value in ("0", "1") and attr in ("value", "target_value") \
                        and (it.code in booleans or it.unit == "Có/Không"):
                    value = "true" if value == "1" else "false"
                dv = {"dataElement": data_element(it.code, part, p), "period": pe,
                      "orgUnit": u.commune.code, "value": value}
                if attr == "value" and it.comment:
                    dv["comment"] = it.comment
                out.append(dv)
    return out


def write_data_value_sets(con: Consolidation, path: str | Path) -> Path:
    sets = {"dataElementIdScheme": "CODE", "orgUnitIdScheme": "CODE", "dataSetIdScheme": "CODE",
            "dataValues": data_values(con)}
    text = json.dumps(sets, ensure_ascii=False, indent=1) + "\n"
    return write_bytes_atomic(path, text.encode("utf-8"))


def adx_document(con: Consolidation) -> bytes:
    ET.register_namespace("", ADX_NS)
    root = ET.Element(f"{{{ADX_NS}}}adx", {"exported": con.generated_at})
    period = adx_period(con.period)
    submissions = {u.commune.code: u.submission for u in con.units}
    # data_values goes unit by unit: one group each, for the units that stated a value
    for unit, values in groupby(data_values(con, boolean_text=False), key=itemgetter("orgUnit")):
        attrs = {"orgUnit": unit, "period": period, "dataSet": DATA_SET}
        if submissions[unit].generated_at:
            attrs["completeDate"] = submissions[unit].generated_at[:10]
        group = ET.SubElement(root, f"{{{ADX_NS}}}group", attrs)
        for dv in values:
            ET.SubElement(group, f"{{{ADX_NS}}}dataValue", {"dataElement": dv["dataElement"], "value": dv["value"]})
    ET.indent(root, space=" ")
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode").encode("utf-8") + b"\n"


def write_adx(con: Consolidation, path: str | Path) -> Path:
    return write_bytes_atomic(path, adx_document(con))
