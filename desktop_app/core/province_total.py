"""The province-wide figure of one indicator over the units' counted items (`indicator_total`), and
how many units it is formed of (`total_units`), which every place printing it says: "787.095 (tổng
của 17 đơn vị)". Until 2026.12 the window's "Toàn tỉnh", the PDF's column (12) and the workbook's
"Toàn tỉnh" row said "787.095 (tổng)" with 17 of 92 units sent, read as the province's own
(walk U15). Qt-free, without I/O: `consolidation.consolidate` calls these.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from desktop_app.core.catalog import Indicator
from desktop_app.core.numbers import stated_decimal
from desktop_app.core.rate_rose import RATE_ROSE, rose
from desktop_app.core.submission import Item
from desktop_app.core.words import Words

RATIOS = ("ratio", "ratio_of_baseline")
SUMMED = ("amount", "count_vs_last_year")


def _ratio_parts(ind: Indicator, items: list[Item]) -> list[tuple[Decimal, Decimal]]:
    """The (numerator, denominator) of each item a rate's figure pools: both stated, a denominator not 0."""
    parts = []
    for i in items:
        n = stated_decimal(i.numerator)
        d = stated_decimal(i.denominator if ind.kind == "ratio" else i.baseline)
        if n is not None and d:
            parts.append((n, d))
    return parts


def _values(items: list[Item]) -> list[Decimal]:
    """The stated figures of `items` (decimals: all at once, each apart only if one is not)."""
    try:
        return [Decimal(i.value) for i in items if i.value]
    except InvalidOperation:
        return [v for v in (stated_decimal(i.value) for i in items) if v is not None]


def indicator_total(ind: Indicator, items: list[Item]) -> tuple[Decimal | None, str]:
    """The province-wide figure of one indicator over the received items, and its kind ("Tổng",
    "Tỷ lệ chung", "Bình quân", "Số đơn vị Có")."""
    if ind.kind in RATIOS:
        parts = _ratio_parts(ind, items)
        den = sum((d for _, d in parts), Decimal(0))
        if not parts or not den:
            return None, "Tỷ lệ chung"
        return (sum((n for n, _ in parts), Decimal(0)) * 100 / den).quantize(Decimal("0.01")), "Tỷ lệ chung"
    values = _values(items)
    if ind.kind == "boolean":
        return (Decimal(sum(v == 1 for v in values)) if values else None), "Số đơn vị Có"
    if not values:
        return None, "Tổng" if ind.kind in SUMMED else "Bình quân"
    if ind.kind in SUMMED and ind.unit != "%":
        return sum(values, Decimal(0)), "Tổng"
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01")), "Bình quân"


def total_units(ind: Indicator, items: list[Item]) -> int:
    """How many units `indicator_total` forms its figure of: the items it reads a figure from."""
    return len(_ratio_parts(ind, items)) if ind.kind in RATIOS else len(_values(items))


def total_parts(label: str, units: int, during: Words | None = None, risen: bool = False) -> tuple[Words, Words]:
    """`total_words` in its two parts, the kind and the units, for a narrow cell to break between
    them: ("tổng", "của 17 đơn vị"); ("số đơn vị Có,", "trong 17 đơn vị"). `risen`: a poverty rate's
    fall below 0 (`rate_rose.rose`), said after the units, ("bình quân", "của 2 đơn vị; tỷ lệ hộ nghèo
    tăng"): "Bình quân −1,56 của 1 đơn vị" said nothing of the rise (walk U15 / S97)."""
    en = {"Tổng": "total", "Tỷ lệ chung": "overall rate", "Bình quân": "average",
          "Số đơn vị Có": "units answering Yes"}.get(label, label.lower())
    vi = label[:1].lower() + label[1:]
    if during:
        vi, en = f"{vi} {during[:1].lower()}{during[1:]}", f"{en} {during.en[:1].lower()}{during.en[1:]}"
    units_en = f"{units} unit" + "s" * (units != 1)
    if label == "Số đơn vị Có":  # a count of units itself: of how many
        return Words(f"{vi},", f"{en},"), Words(f"trong {units} đơn vị", f"of {units_en}")
    if risen:
        return Words(vi, en), Words(f"của {units} đơn vị; {RATE_ROSE}", f"of {units_en}; {RATE_ROSE.en}")
    return Words(vi, en), Words(f"của {units} đơn vị", f"of {units_en}")


def summary_parts(sm, during: Words | None = None) -> tuple[Words, Words]:
    """`total_parts` of an `IndicatorSummary`'s province-wide figure, a poverty rate that rose on
    average said (`rate_rose.rose`): what the window, the PDF and the workbook print beside it."""
    return total_parts(sm.total_label, sm.total_units, during, risen=rose(sm.indicator, sm.total))


def total_words(label: str, units: int, during: Words | None = None) -> Words:
    """The kind of a province-wide figure and the units it is formed of, as printed after or under
    it: "tổng của 17 đơn vị", "tỷ lệ chung của 92 đơn vị"; of a term total's period figure, `during`
    the period ("tổng 6 tháng đầu năm 2026 của 17 đơn vị"); of a Có/Không indicator, which counts
    units itself, "số đơn vị Có, trong 17 đơn vị"."""
    return Words.joined(list(total_parts(label, units, during)), " ")
