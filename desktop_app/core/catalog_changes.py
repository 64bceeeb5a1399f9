"""What a catalogue update changes, in the words every reader of it meets.

One wording for the province's draft (`chitieu catalog-update show`), the cover note it
signs (`exports.catalog_cover_pdf`, body and annex), the commune's import dialog and the
command line's import (`desktop_app.catalog_update.describe_changes` is this module's).

A changed target says the old and the new value as documents print them
(`wording.target_words`: "≥ 1.250.000", "Giảm ≥ 5% so với cùng kỳ", a number always with
its operator: "= 100") and for whom: up to
`NAMED_UNITS` units by name ("Xã Tân Cương: ≥ 1.200.000 → ≥ 1.250.000"); more are counted
("thay đổi ở 92 đơn vị: chưa giao → ≥ 8,5"), with the values when they are one or a few,
and listed unit by unit in the cover note's annex (`needs_annex`, `UnitTargetChange`). A new
indicator says its name, unit of measure and target, or that none is set yet.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.catalog import Target
from desktop_app.core.wording import target_words

NAMED_UNITS = 5  # a target changed at this many units or fewer names each; more are counted
FEW_VALUES = 3  # a counted change lists its values when there are this many or fewer
NOT_SET = "chưa giao"  # a target the unit did not have
REMOVED = "bỏ chỉ tiêu"  # a target taken away


@dataclass(frozen=True)
class UnitTargetChange:
    """One unit's province target of one indicator, before and after, as documents print them."""
    unit_no: int
    unit_code: str
    unit_name: str
    indicator_no: int
    indicator: str  # its name
    measure: str  # its unit of measure ("%", "triệu đồng")
    old: str  # NOT_SET when the unit had none
    new: str  # REMOVED when taken away


def target_printed(ind: dict | None, target: dict | None) -> str:
    """A catalogue document's target of `ind` as documents print it, a number with its
    operator always ("= 100", "≥ 97": a change "100 → ≥ 97" read as if the old one had none);
    "" for none."""
    if ind is None or target is None:
        return ""
    value = target["value"]
    value = value if isinstance(value, bool) else Decimal(str(value))
    text = target_words(ind["kind"], ind["decimals"], Target(target["op"], value))
    if target["op"] == "=" and not isinstance(value, bool) and ind["kind"] != "count_vs_last_year":
        return f"= {text}"
    return text


def _before_after(ind_old: dict | None, old: dict | None, ind_new: dict, new: dict | None) -> tuple[str, str]:
    return (target_printed(ind_old, old) or NOT_SET,
            target_printed(ind_new, new) or (REMOVED if old is not None else NOT_SET))


def _applies(ind: dict, unit: dict) -> bool:
    return unit["kind"] in ind["applies_to"]


def _in_force(ind: dict | None, unit: dict | None) -> dict | None:
    """The target a unit was judged against: its own when the indicator is assigned, else the
    common one (as `Catalog.province_target`)."""
    if ind is None or unit is None or not _applies(ind, unit):
        return None
    return unit["targets"].get(ind["code"]) if ind["assigned"] else ind.get("default_target")


def target_changes(old: dict, new: dict) -> list[UnitTargetChange]:
    """Every unit whose province target of an assigned indicator differs between the
    catalogue documents `old` and `new`, by indicator then unit, in catalogue order. An
    indicator the province newly assigns compares with the common target the units had."""
    old_inds = {i["code"]: i for i in old["indicators"]}
    old_units = {c["code"]: c for c in old["communes"]}
    out = []
    for ind in new["indicators"]:
        if not ind["assigned"]:
            continue
        before = old_inds.get(ind["code"])
        for unit in new["communes"]:
            if not _applies(ind, unit):
                continue
            was, now = _in_force(before, old_units.get(unit["code"])), unit["targets"].get(ind["code"])
            old_text, new_text = target_printed(before, was), target_printed(ind, now)
            if old_text != new_text:
                o, n = _before_after(before, was, ind, now)
                out.append(UnitTargetChange(unit["no"], unit["code"], unit["name"], ind["no"], ind["name"],
                                            ind["unit"], o, n))
    return out


def needs_annex(changes: list[UnitTargetChange]) -> bool:
    """Whether some indicator's changed units are counted, not named: the cover note then lists
    every unit's change in its annex."""
    return any(n > NAMED_UNITS for n in Counter(c.indicator_no for c in changes).values())


def _counted(values: Counter) -> str:
    """"≥ 8,5 ở 30 đơn vị; ≥ 9 ở 10 đơn vị"; many values: the commonest and the rest counted
    ("≥ 97 ở 72 đơn vị, các mức khác ở 18 đơn vị"), or "mỗi đơn vị một mức"."""
    if len(values) <= FEW_VALUES:
        return "; ".join(f"{v} ở {n} đơn vị" for v, n in values.most_common())
    (top, n), = values.most_common(1)
    if n == 1:
        return "mỗi đơn vị một mức"
    return f"{top} ở {n} đơn vị, các mức khác ở {sum(values.values()) - n} đơn vị"


def unit_change_line(lead: str, changes: list[UnitTargetChange]) -> str:
    """The changes of one indicator's unit targets, in one line after `lead` ('Chỉ tiêu giao "…"')."""
    n = len(changes)
    if n <= NAMED_UNITS:
        return f"{lead}: " + "; ".join(f"{c.unit_name}: {c.old} → {c.new}" for c in changes) + "."
    olds, news = Counter(c.old for c in changes), Counter(c.new for c in changes)
    head = f"{lead} thay đổi ở {n} đơn vị"
    if len(news) > 1:
        return f"{head}, nay: {_counted(news)}."
    (new,) = news
    if len(olds) == 1:
        return f"{head}: {next(iter(olds))} → {new}."
    return f"{head}, nay cùng là {new} (trước: {_counted(olds)})."


def _applies_words(ind: dict) -> str:
    kinds = [k for k in ("xã", "phường") if k in ind["applies_to"]]
    return "các " + ", ".join(kinds)


def _new_indicator_line(ind: dict, units: list[UnitTargetChange]) -> str:
    """"Thêm chỉ tiêu "…" (%), áp dụng cho các xã, phường; chỉ tiêu chung: ≥ 80,5"; an assigned
    one says its unit targets (`unit_change_line`), or that none is set."""
    head = f'Thêm chỉ tiêu "{ind["name"]}" ({ind["unit"]})'
    if ind["assigned"]:
        lead = f"{head}, giao riêng cho từng đơn vị"
        return unit_change_line(f"{lead}; chỉ tiêu giao", units) if units else f"{lead}; chưa giao chỉ tiêu."
    target = target_printed(ind, ind.get("default_target"))
    common = f"chỉ tiêu chung: {target}" if target else "chưa giao chỉ tiêu"
    return f"{head}, áp dụng cho {_applies_words(ind)}; {common}."


def own_target_changes(old: dict, new: dict, unit_code: str) -> list[str]:
    """The province targets of one unit an update changes, one line each: what a commune looks
    for first (the whole list names a unit only when few changed, the cover note's annex all)."""
    return [f'Chỉ tiêu giao của {c.unit_name}, "{c.indicator}": {c.old} → {c.new}.'
            for c in target_changes(old, new) if c.unit_code == unit_code]


def describe_changes(old: dict, new: dict) -> list[str]:
    """What an update from the catalogue document `old` to `new` changes, one Vietnamese line
    each, indicator by indicator in catalogue order."""
    lines = []
    old_inds = {i["code"]: i for i in old["indicators"]}
    by_indicator: dict[str, list[UnitTargetChange]] = {}
    codes = {i["no"]: i["code"] for i in new["indicators"]}
    for change in target_changes(old, new):
        by_indicator.setdefault(codes[change.indicator_no], []).append(change)
    for ind in new["indicators"]:
        o, units = old_inds.get(ind["code"]), by_indicator.get(ind["code"], [])
        lead = f'Chỉ tiêu giao "{ind["name"]}"'
        if o is None:
            lines.append(_new_indicator_line(ind, units))
            units = []
        else:
            if ind["name"] != o["name"]:
                lines.append(f'Đổi tên chỉ tiêu "{o["name"]}" thành "{ind["name"]}".')
            if ind["assigned"] and not o["assigned"]:
                kept = target_printed(o, o.get("default_target"))
                lead = f'Giao chỉ tiêu "{ind["name"]}" cho các xã, phường'
                if not units:
                    lines.append(lead + (f", mỗi đơn vị giữ mức {kept}." if kept else "."))
                lead += "; chỉ tiêu giao"
            elif not ind["assigned"]:
                was, now = o.get("default_target"), ind.get("default_target")
                if target_printed(o, was) != target_printed(ind, now):
                    before, after = _before_after(o, was, ind, now)
                    lines.append(f'Chỉ tiêu chung của "{ind["name"]}": {before} → {after}.')
        if units:
            lines.append(unit_change_line(lead, units))
    return lines
