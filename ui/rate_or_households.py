"""Mức giảm tỷ lệ hộ nghèo in the entry window: entered as the households (poor, total) or as
the current rate (docs/indicators.md), as the officer's commune reports it.

The row's first cell is where either is typed: the households, or a rate with % ("1,25%", or
"1,25" while no households are entered: `rows.field_typed`). What the cell takes is said on the
line under the table when the cell is selected, and in its tooltip, before anything is typed;
after a rate replaced the households (or households the rate), the line under the table says
what was replaced, and Ctrl+Z puts it back in one step (`ui.commands.SwitchWayCommand`). The rule that the
two ways never stand together is the core's (`rows.one_way_of_entering`, in the service).
"""
from __future__ import annotations



from desktop_app.core.catalog import InputField
from desktop_app.core.numbers import format_number
from desktop_app.core.rows import Row
from ui.i18n import translate


def has_two_ways(row: Row | None) -> bool:
    """Whether the row is one that takes the households or the rate."""
    return row is not None and row.indicator.kind == "reduction" and row.indicator.input("value") is None


def cell_hint(row: Row | None, f: InputField | None) -> str:
    """What the selected cell of the row takes besides its own figure, said before typing; ""
    for any other cell."""
    if not has_two_ways(row) or f is None:
        return ""
    entry = row.entry
    if f.field == "value":
        return translate("RateOrHouseholds", "to enter the households instead, delete the rate (Delete key)")
    if f.field != "numerator":
        return ""
    if entry.numerator is None and entry.denominator is None:
        return translate("RateOrHouseholds", "if the commune reports the rate, type the rate here, for example 1,25%")
    return translate("RateOrHouseholds", "a rate typed with % (for example 1,25%) replaces the households entered")


def way_shown(row: Row | None) -> str:
    """The grey cell beside a rate typed: how the row is entered ("" when not by the rate)."""
    if has_two_ways(row) and row.entry.value is not None:
        return translate("RateOrHouseholds", "by the rate")
    return ""


def replaced_text(replaced: dict[str, object]) -> str:
    """What a switch of ways replaced, for the line under the table: "" when nothing."""
    if not replaced:
        return ""
    if "value" in replaced:
        return translate("RateOrHouseholds", "Replaces the rate entered before ({rate}); Ctrl+Z puts it back.").format(
            rate=_number(replaced["value"]) + "%")
    households = " / ".join(_number(replaced.get(name)) or "…" for name in ("numerator", "denominator"))
    return translate("RateOrHouseholds", "Replaces the households entered before ({households}); Ctrl+Z puts them back.").format(
        households=households)


def _number(value) -> str:
    return "" if value is None else format_number(value, 6)
