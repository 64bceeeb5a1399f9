"""The running total of a term total (`Indicator.horizon` "term_total", the budget's revenue): what its
verdict judges at any period is the period's figure and the term's earlier years summed, against a target
for the whole term 2026-2030 (docs: indicators.md, "Horizons of a target"). The province's papers and
window show it beside the period's own figure, each named (`running_words`, `period_words`): until
2026.12 they showed the period's figure alone beside the verdict judged on the running total (46.100
against 217.373 read "Vượt", walk U11 F2).

Qt-free and without I/O.
"""
from __future__ import annotations

from decimal import Decimal

from desktop_app.core.catalog import Indicator
from desktop_app.core.numbers import format_number, stated_decimal
from desktop_app.core.periods import FIRST_YEAR, Period
from desktop_app.core.submission import Item
from desktop_app.core.wording import running_total_words
from desktop_app.core.words import Words


def running_words(p: Period) -> Words:
    """What a term total's running total at `p` is named, wherever it is shown beside the period's
    figure: "Lũy kế 2026-2030" at a year's report; "Lũy kế 2026 - 6 tháng đầu năm 2027" before it."""
    if p.is_year_end:
        years = str(FIRST_YEAR) if p.year == FIRST_YEAR else f"{FIRST_YEAR}-{p.year}"
        return Words(f"Lũy kế {years}", f"Cumulative {years}")
    if p.year == FIRST_YEAR:
        return Words(f"Lũy kế {p.name[:1].lower()}{p.name[1:]}", f"Cumulative {p.name_en[:1].lower()}{p.name_en[1:]}")
    return Words(f"Lũy kế {FIRST_YEAR} - {p.name[:1].lower()}{p.name[1:]}",
                 f"Cumulative {FIRST_YEAR} - {p.name_en[:1].lower()}{p.name_en[1:]}")


def shows_running(ind: Indicator, p: Period) -> bool:
    """Whether `ind`'s running total is shown apart at `p`: a term total after the term's first year (in
    2026 the running total is the period's figure itself, shown once, as before)."""
    return ind.horizon == "term_total" and p.year > FIRST_YEAR


def period_words(p: Period) -> Words:
    """What the period's own figure of a term total is named beside its running total: "Năm 2030"."""
    return Words(p.name, p.name_en)


def running_value(ind: Indicator, item: Item | None) -> Decimal | None:
    """A unit's running total of a term total (`ind.horizon` "term_total"): its period's figure and
    the sum of the term's earlier years the province recomputed (`Item.earlier_total`), the figure its
    verdict judges against its target for the whole term (`evaluation.compute`). An earlier year without
    a result (`Item.earlier_missing`) is left out, as the unit's own row says ("Lũy kế 2026, 2028 (chưa
    tính năm 2027): 151.212", `left_out`, `unit_running_words`): until 2026.12 such a unit had no running
    total and the province's summed the other units alone beside a year's total counting it (R21 F1).
    None for any other indicator or without a figure."""
    if ind.horizon != "term_total" or item is None:
        return None
    value = stated_decimal(item.value)
    if value is None:
        return None
    return value + (stated_decimal(item.earlier_total) or Decimal(0))


def left_out(item: Item | None) -> tuple[int, ...]:
    """The term's earlier years a unit's running total leaves out, without a result the province holds
    (`Item.earlier_missing` "2026,2027"): (2026, 2027); () for none."""
    if item is None or not item.earlier_missing:
        return ()
    return tuple(int(y) for y in item.earlier_missing.split(",") if y.strip().isdigit())


def unit_running_words(ind: Indicator, p: Period, item: Item | None) -> Words | None:
    """A unit's running total as its own row says it, the years it counts named: "Lũy kế 2026, 2028
    (chưa tính năm 2027): 151.212"; None without one."""
    value = running_value(ind, item)
    return None if value is None else running_total_words(ind, p, value, None, left_out(item))


SHORT_NAMED = 5  # units named in `short_words`, the others counted


def short_words(short: tuple[tuple[str, str], ...]) -> Words | None:
    """The units a province-wide running total counts without every earlier year (`short`: each unit's
    name in running text and the years left out, "2027"): "gồm 1 đơn vị chưa đủ số liệu các năm: xã
    Tân Cương (chưa tính năm 2027)"; None for none."""
    if not short:
        return None
    named = short[:SHORT_NAMED]
    vi = ", ".join(f"{n} (chưa tính năm {y.replace(',', ', ')})" for n, y in named)
    en = ", ".join(f"{n} (not counting {y.replace(',', ', ')})" for n, y in named)
    if len(short) > SHORT_NAMED:
        more = len(short) - SHORT_NAMED
        vi, en = f"{vi} và {more} đơn vị khác", f"{en} and {more} other unit(s)"
    return Words(f"gồm {len(short)} đơn vị chưa đủ số liệu các năm: {vi}",
                 f"including {len(short)} unit(s) without every year's figures: {en}")


def term_target(ind: Indicator) -> Decimal | None:
    """The province's own target over the whole term, when the catalogue gives the indicator one."""
    t = ind.default_target
    return None if t is None or isinstance(t.value, bool) else Decimal(t.value)


def left_words(ind: Indicator, running: Decimal | None) -> Words | None:
    """What is left of the province's term target, or its excess ("còn thiếu 1.234 so với chỉ tiêu cả
    giai đoạn 173.871"), against the province-wide running total; None without either."""
    target = term_target(ind)
    if target is None or running is None or ind.horizon != "term_total":
        return None
    places = ind.decimals
    gap, of = running - target, format_number(target, places)
    if gap >= 0:
        return Words(f"vượt {format_number(gap, places)} so với chỉ tiêu cả giai đoạn {of}",
                     f"{format_number(gap, places)} above the term target {of}")
    return Words(f"còn thiếu {format_number(-gap, places)} so với chỉ tiêu cả giai đoạn {of}",
                 f"{format_number(-gap, places)} short of the term target {of}")
