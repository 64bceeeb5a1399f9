"""A poverty rate that rose since the start of the term, said in words where the province reads its
figure. `giam_ngheo` is the baseline rate − the rate now (docs/indicators.md): below 0 the rate rose,
and its verdict stays "Đang thực hiện" until the 2030 report (by design). A unit's own detail said
"Tỷ lệ hộ nghèo tăng 1,56 điểm % so với đầu nhiệm kỳ" (`wording.compared_text`), but until 2026.12
the province's workbook, PDF and window printed "−1,56", "Bình quân −1,56 của 1 đơn vị", a bar below
0 and "(-520% of the target so far)" with no word that the rate rose (walk U15 / S97). Qt-free,
without I/O: the consolidated workbook, the report PDF and the window word it from here.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desktop_app.core.catalog import Indicator
from desktop_app.core.numbers import format_number, stated_decimal
from desktop_app.core.submission import running_name
from desktop_app.core.wording import REDUCED_RATE
from desktop_app.core.words import Words

# After a province-wide figure's units: "bình quân của 2 đơn vị; tỷ lệ hộ nghèo tăng"
RATE_ROSE = Words(f"{REDUCED_RATE[:1].lower()}{REDUCED_RATE[1:]} tăng", "the poverty rate rose")
NAMED = 6  # units a note names at most, the others counted


def rose(ind: Indicator, figure: Decimal | None) -> bool:
    """Whether `figure`, a reduction's (the fall of the rate), says the rate rose: below 0 as it is
    shown, at the indicator's decimals, as `wording.reduction_words` judges a unit's ("−0,00" is no rise)."""
    if ind.kind != "reduction" or figure is None:
        return False
    return figure.quantize(Decimal(1).scaleb(-ind.decimals), ROUND_HALF_UP) < 0


def rose_units(con, ind: Indicator) -> list[tuple[str, str]]:
    """The units of `con` (a `Consolidation`) whose rate `ind` rose, in catalogue order, each in running
    text with its rise as printed: [("xã Tân Cương", "1,56")]; [] for any other indicator."""
    if ind.kind != "reduction":
        return []
    out = []
    for u in con.units:
        item = con.item(u.commune.code, ind.code)
        figure = stated_decimal(item.value) if item is not None else None
        if rose(ind, figure):
            out.append((running_name(u.commune.name), format_number(-figure, ind.decimals)))
    return out


def rose_named(ind: Indicator, units: list[tuple[str, str]]) -> str:
    """"xã Tân Cương (tăng 1,56 điểm %), phường Phan Đình Phùng (tăng 0,20 điểm %)", the first
    `NAMED` named, the others counted ("… và 3 đơn vị khác")."""
    # the figure and its unit never broken between lines ("1,56 điểm / %" in a narrow note)
    named = ", ".join(f"{name} (tăng {rise}\u00a0{ind.unit.replace(' ', chr(0xA0))})" for name, rise in units[:NAMED])
    return named + (f" và {len(units) - NAMED} đơn vị khác" if len(units) > NAMED else "")


def rose_note(ind: Indicator, units: list[tuple[str, str]], where: str) -> str:
    """The sentence naming the units whose rate rose, `where` their figures are ("cột H", "cột dưới
    0"): "Tỷ lệ hộ nghèo tăng so với đầu nhiệm kỳ ở 1 đơn vị (cột H, mức giảm dưới 0): xã Tân Cương
    (tăng 1,56 điểm %)"; "" for none."""
    if not units:
        return ""
    return (f"{REDUCED_RATE} tăng so với đầu nhiệm kỳ ở {len(units)} đơn vị ({where}): "
            f"{rose_named(ind, units)}")
