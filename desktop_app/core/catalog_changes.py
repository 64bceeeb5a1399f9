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

Every line is `Words`: the Vietnamese (what the cover note and the command line print) with
its English (`en`, the English indicator names), which the window shows in its English
interface (walk 11, finding 3).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.catalog import Target
from desktop_app.core.wording import target_words
from desktop_app.core.words import Words

NAMED_UNITS = 5  # a target changed at this many units or fewer names each; more are counted
FEW_VALUES = 3  # a counted change lists its values when there are this many or fewer
NOT_SET = Words("chưa giao", "not assigned")  # a target the unit did not have
REMOVED = Words("bỏ chỉ tiêu", "target removed")  # a target taken away


@dataclass(frozen=True)
class UnitTargetChange:
    """One unit's province target of one indicator, before and after, as documents print them."""
    unit_no: int
    unit_code: str
    unit_name: str
    indicator_no: int
    indicator: str  # its name
    measure: str  # its unit of measure ("%", "triệu đồng")
    old: Words  # NOT_SET when the unit had none
    new: Words  # REMOVED when taken away
    indicator_en: str = ""  # its English name


def _name_en(ind: dict) -> str:
    return ind.get("name_en") or ind["name"]


def target_printed(ind: dict | None, target: dict | None) -> Words | str:
    """A catalogue document's target of `ind` as documents print it, a number with its
    operator always ("= 100", "≥ 97": a change "100 → ≥ 97" read as if the old one had none);
    "" for none. `Words`: its `en` says "Yes"/"No" and the fall on last year in English."""
    if ind is None or target is None:
        return ""
    value = target["value"]
    value = value if isinstance(value, bool) else Decimal(str(value))
    text = target_words(ind["kind"], ind["decimals"], Target(target["op"], value))
    if isinstance(value, bool):
        return Words(text, "Yes" if value else "No")
    if ind["kind"] == "count_vs_last_year":
        return Words(text, f"a fall of {Target(target['op'], value).label(1)}% on the same period last year")
    if target["op"] == "=":
        text = f"= {text}"
    return Words(text, text)


def _before_after(ind_old: dict | None, old: dict | None, ind_new: dict, new: dict | None) -> tuple[Words, Words]:
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
                                            ind["unit"], o, n, _name_en(ind)))
    return out


def needs_annex(changes: list[UnitTargetChange]) -> bool:
    """Whether some indicator's changed units are counted, not named: the cover note then lists
    every unit's change in its annex."""
    return any(n > NAMED_UNITS for n in Counter(c.indicator_no for c in changes).values())


def _unit_named(c: UnitTargetChange) -> str:
    """"Phường Linh Sơn (05470)"."""
    return f"{c.unit_name} ({c.unit_code})"


def _counted(groups: dict[Words, list[UnitTargetChange]]) -> Words:
    """"≥ 8,5 ở 30 đơn vị; ≥ 9 ở 10 đơn vị": the units of each value, the commonest counted and
    the others named when they are `NAMED_UNITS` or fewer ("≥ 96 ở 91 đơn vị; ≥ 97,5 ở Phường Linh
    Sơn (05470)": which unit has the odd target, walk U10 F6). Many values: the commonest and the
    rest named when few, else counted ("≥ 97 ở 72 đơn vị, các mức khác ở 18 đơn vị"), or "mỗi đơn
    vị một mức"."""
    common = sorted(groups.items(), key=lambda kv: -len(kv[1]))  # stable: first met first on a tie
    top, top_units = common[0]
    rest = sum(len(units) for _, units in common[1:])
    if len(common) <= FEW_VALUES or rest <= NAMED_UNITS:
        def said(units: list[UnitTargetChange], first: bool) -> tuple[str, str]:
            n = len(units)
            if first or n > NAMED_UNITS or n >= len(top_units):
                return f"{n} đơn vị", f"{n} {_units(n)}"
            named = ", ".join(_unit_named(c) for c in units)
            return named, named
        parts = [(v, said(units, k == 0)) for k, (v, units) in enumerate(common)]
        return Words("; ".join(f"{v} ở {vi}" for v, (vi, _) in parts),
                     "; ".join(f"{v.en} at {en}" for v, (_, en) in parts))
    n = len(top_units)
    if n == 1:
        return Words("mỗi đơn vị một mức", "each unit its own level")
    return Words(f"{top} ở {n} đơn vị, các mức khác ở {rest} đơn vị",
                 f"{top.en} at {n} units, other levels at {rest} {_units(rest)}")


def _grouped(changes: list[UnitTargetChange], new: bool) -> dict[Words, list[UnitTargetChange]]:
    groups: dict[Words, list[UnitTargetChange]] = {}
    for c in changes:
        groups.setdefault(c.new if new else c.old, []).append(c)
    return groups


def _units(n: int) -> str:
    return "unit" if n == 1 else "units"


def _change(c: UnitTargetChange) -> Words:
    """"Xã Tân Cương: ≥ 1.200.000 → ≥ 1.250.000"."""
    return Words(f"{c.unit_name}: {c.old} → {c.new}", f"{c.unit_name}: {c.old.en} → {c.new.en}")


def unit_change_line(lead: Words, changes: list[UnitTargetChange], leave_out: str | None = None) -> Words | None:
    """The changes of one indicator's unit targets, in one line after `lead` ('Chỉ tiêu giao "…"').
    `leave_out`: a unit code not to name nor count (the commune reading it, told first apart): a
    counted line then counts the other units ("thay đổi ở 91 đơn vị khác", walk U10 F6); None when
    the line would name only that unit."""
    n = len(changes)
    if n <= NAMED_UNITS:
        named = [_change(c) for c in changes if c.unit_code != leave_out]
        if not named:
            return None
        return Words(f"{lead}: " + "; ".join(named) + ".", f"{lead.en}: " + "; ".join(w.en for w in named) + ".")
    others = [c for c in changes if c.unit_code != leave_out]
    if len(others) < n:  # the reader's own change is told first: the line is about the others
        if len(others) <= NAMED_UNITS:
            return unit_change_line(lead, others)
        n, changes = len(others), others
        head = Words(f"{lead} thay đổi ở {n} đơn vị khác", f"{lead.en} changed at {n} other units")
    else:
        head = Words(f"{lead} thay đổi ở {n} đơn vị", f"{lead.en} changed at {n} units")
    olds, news = _grouped(changes, new=False), _grouped(changes, new=True)
    if len(news) > 1:
        counted = _counted(news)
        return Words(f"{head}, nay: {counted}.", f"{head.en}, now: {counted.en}.")
    (new,) = news
    if len(olds) == 1:
        (old,) = olds
        return Words(f"{head}: {old} → {new}.", f"{head.en}: {old.en} → {new.en}.")
    counted = _counted(olds)
    return Words(f"{head}, nay cùng là {new} (trước: {counted}).",
                 f"{head.en}, now all {new.en} (before: {counted.en}).")


def _applies_words(ind: dict) -> Words:
    kinds = [k for k in ("xã", "phường") if k in ind["applies_to"]]
    english = {"xã": "communes", "phường": "wards"}
    return Words("các " + ", ".join(kinds), " and ".join(english[k] for k in kinds))


def _new_indicator_line(ind: dict, units: list[UnitTargetChange] | None, leave_out: str | None = None
                        ) -> Words | None:
    """"Thêm chỉ tiêu "…" (%), áp dụng cho các xã, phường; chỉ tiêu chung: ≥ 80,5"; an assigned
    one says its unit targets (`unit_change_line`), or that none is set; `units` None: neither
    (one unit's reading, `unit_reading`: its own target is told apart)."""
    head = Words(f'Thêm chỉ tiêu “{ind["name"]}” ({ind["unit"]})',
                 f'New indicator “{_name_en(ind)}” ({ind.get("unit_en") or ind["unit"]})')
    if ind["assigned"]:
        lead = Words(f"{head}, giao riêng cho từng đơn vị", f"{head.en}, assigned unit by unit")
        if units is None:
            return Words(f"{lead}.", f"{lead.en}.")
        if not units:
            return Words(f"{lead}; chưa giao chỉ tiêu.", f"{lead.en}; no target set yet.")
        return unit_change_line(Words(f"{lead}; chỉ tiêu giao", f"{lead.en}; targets"), units, leave_out) \
            or Words(f"{lead}.", f"{lead.en}.")
    target = target_printed(ind, ind.get("default_target"))
    applies = _applies_words(ind)
    common = Words(f"chỉ tiêu chung: {target}", f"common target: {target.en}") if target \
        else Words("chưa giao chỉ tiêu", "no target set yet")
    return Words(f"{head}, áp dụng cho {applies}; {common}.", f"{head.en}, for {applies.en}; {common.en}.")


def own_target_changes(old: dict, new: dict, unit_code: str) -> list[Words]:
    """The province targets of one unit an update changes, one line each: what a commune looks
    for first (the whole list names a unit only when few changed, the cover note's annex all)."""
    return [Words(f'Chỉ tiêu giao của {c.unit_name}, “{c.indicator}”: {c.old} → {c.new}.',
                  f'Target of {c.unit_name}, “{c.indicator_en}”: {c.old.en} → {c.new.en}.')
            for c in target_changes(old, new) if c.unit_code == unit_code]


def unit_reading(old: dict, new: dict, unit_code: str) -> list[Words]:
    """What an update from `old` to `new` changes for one unit (a commune's installation, before and
    after importing it): its own targets first (`own_target_changes`), then what changes for every
    unit (indicators, common targets, an indicator added or assigned unit by unit), and the other
    units' targets in one line, counted: "Chỉ tiêu giao mới của 91 đơn vị khác (không ảnh hưởng đến
    đơn vị này)." (walk U18 F7: the list went on with every other unit's new targets after its own).
    The province reads them all (`describe_changes`)."""
    others = len({c.unit_code for c in target_changes(old, new) if c.unit_code != unit_code})
    lines = own_target_changes(old, new, unit_code) + describe_changes(old, new, units=False)
    if others:
        lines.append(Words(f"Chỉ tiêu giao mới của {others} đơn vị khác (không ảnh hưởng đến đơn vị này).",
                           f"New targets of {others} other {_units(others)} (not affecting this unit)."))
    return lines


def describe_changes(old: dict, new: dict, leave_out: str | None = None, *, units: bool = True) -> list[Words]:
    """What an update from the catalogue document `old` to `new` changes, one line each
    (`Words`: Vietnamese, with English), indicator by indicator in catalogue order.
    `leave_out`: a unit code the lines naming units do not name (a line naming only it is
    dropped): the commune reading them, told its own changes first (`own_target_changes`).
    `units` False: no line of units' targets at all (`unit_reading` tells them apart)."""
    lines, with_units = [], units
    old_inds = {i["code"]: i for i in old["indicators"]}
    by_indicator: dict[str, list[UnitTargetChange]] = {}
    codes = {i["no"]: i["code"] for i in new["indicators"]}
    for change in target_changes(old, new):
        by_indicator.setdefault(codes[change.indicator_no], []).append(change)
    for ind in new["indicators"]:
        o, units = old_inds.get(ind["code"]), by_indicator.get(ind["code"], [])
        name, name_en = ind["name"], _name_en(ind)
        lead = Words(f'Chỉ tiêu giao “{name}”', f'Targets of “{name_en}”')
        if o is None:
            lines.append(_new_indicator_line(ind, units if with_units else None, leave_out))
            units = []
        else:
            if ind["assigned"] and not o["assigned"]:
                kept = target_printed(o, o.get("default_target"))
                lead = Words(f'Giao chỉ tiêu “{name}” cho các xã, phường',
                             f'Targets of “{name_en}” assigned to each commune and ward')
                if not units:
                    lines.append(Words(lead + (f", mỗi đơn vị giữ mức {kept}." if kept else "."),
                                       lead.en + (f", each keeping {kept.en}." if kept else ".")))
                elif not with_units:  # the units' new targets told apart (`unit_reading`)
                    lines.append(Words(f"{lead}.", f"{lead.en}."))
                lead = Words(f"{lead}; chỉ tiêu giao", f"{lead.en}; targets")
            elif not ind["assigned"]:
                was, now = o.get("default_target"), ind.get("default_target")
                if target_printed(o, was) != target_printed(ind, now):
                    before, after = _before_after(o, was, ind, now)
                    lines.append(Words(f'Chỉ tiêu chung của “{name}”: {before} → {after}.',
                                       f'Common target of “{name_en}”: {before.en} → {after.en}.'))
        if units and with_units:
            lines.append(unit_change_line(lead, units, leave_out))
    return [line for line in lines if line]


def replaced_in_draft(published: dict, before: dict, after: dict, asked: str | None = None) -> list[Words]:
    """The units whose province target the draft `before` had already changed (against the
    catalogue `published`) and an edit making `after` sets anew, one line per indicator: "chitieu
    catalog-update target bhyt --unit all" after Phường Linh Sơn's own "≥ 97,5" put "≥ 96" there
    too, and the draft's list, read against `published`, said "92 đơn vị: = 100 → ≥ 96", the unit's
    edit gone unsaid (walk U10 F5). `asked`: the unit code the edit named, whose target it is
    meant to change. An indicator the draft gave one target at every unit (an earlier "--unit
    all") lost no unit's own: not said. Up to `NAMED_UNITS` units are named, more counted."""
    edited = {(c.indicator_no, c.unit_code) for c in target_changes(published, before)}
    by_indicator: dict[int, list[UnitTargetChange]] = {}
    for c in target_changes(before, after):
        if (c.indicator_no, c.unit_code) in edited and c.unit_code != asked:
            by_indicator.setdefault(c.indicator_no, []).append(c)
    for ind in before["indicators"]:  # one target at every unit before: an earlier "--unit all", no unit's own
        if ind["no"] in by_indicator and len({target_printed(ind, _in_force(ind, u)) for u in before["communes"]
                                              if _applies(ind, u)}) == 1:
            del by_indicator[ind["no"]]
    lines = []
    for changes in by_indicator.values():
        first = changes[0]
        lead = Words(f"Thay mức đã sửa trước đó trong bản nháp của “{first.indicator}”",
                     f"Replaces the draft's earlier target of “{first.indicator_en or first.indicator}”")
        if len(changes) <= NAMED_UNITS:
            named = [Words(f"{_unit_named(c)}: {c.old} → {c.new}", f"{_unit_named(c)}: {c.old.en} → {c.new.en}")
                     for c in changes]
            lines.append(Words(f"{lead}: " + "; ".join(named) + ".", f"{lead.en}: " + "; ".join(w.en for w in named)
                               + "."))
            continue
        n, olds = len(changes), _grouped(changes, new=False)
        now = _counted(news) if len(news := _grouped(changes, new=True)) > 1 else next(iter(news))
        if len(olds) == 1:
            (was,) = olds
            lines.append(Words(f"{lead} ở {n} đơn vị: {was} → {now}.", f"{lead.en} at {n} units: {was.en} → {now.en}."))
        else:
            was = _counted(olds)
            lines.append(Words(f"{lead} ở {n} đơn vị, nay: {now} (trước: {was}).",
                               f"{lead.en} at {n} units, now: {now.en} (before: {was.en})."))
    return lines


# --- what an update may change -----------------------------------------------------------------
# The province's editor (desktop_app/catalog_draft.py) sets targets, assigns a supplementary
# indicator unit by unit and adds indicators at the end; it changes nothing else of a catalogue.
# A file made by hand could remove an indicator, turn an amount into a yes/no, narrow whom it
# applies to, turn its direction: figures entered would vanish from the report or be judged the
# other way, and no line above would say so (red-team 26, F2). A commune refuses such an update.

ENGLISH_KEYS = frozenset({"name_en", "unit_en", "label_en"})  # none before the catalogue carried them
SHOWN_CHARS = 80  # a value a refusal shows is cut after this many characters
SHOWN_LINES = 8  # a refusal names this many changes, and counts the rest
ACCEPTED = Words("Phiên bản này của chương trình chỉ nhận từ bản cập nhật chỉ tiêu giao mới, việc giao chỉ tiêu cho "
                 "từng đơn vị và chỉ tiêu mới (thêm vào cuối bộ chỉ tiêu)",
                 "This version of the program takes from an update only new targets, targets assigned unit by unit "
                 "and new indicators (added at the end of the catalogue)")
FIELDS = {
    "no": ("số thứ tự", "number"), "name": ("tên", "name"), "name_en": ("tên tiếng Anh", "English name"),
    "unit": ("đơn vị tính", "unit of measure"), "unit_en": ("đơn vị tính tiếng Anh", "English unit"),
    "group": ("nhóm", "group"), "assigned": ("cách giao", "how it is assigned"), "kind": ("loại", "kind"),
    "direction": ("chiều đánh giá", "direction"), "horizon": ("kỳ đánh giá", "horizon"),
    "flow": ("cộng dồn trong năm", "cumulated over the year"), "decimals": ("số chữ số thập phân", "decimals"),
    "applies_to": ("áp dụng cho", "applies to"), "year_end_only": ("chỉ nhập cuối năm", "entered at year end only"),
    "inputs": ("ô nhập số liệu", "input fields"), "baseline": ("số liệu đầu kỳ", "start-of-term figure"),
    "default_target": ("chỉ tiêu chung", "common target"), "source": ("nguồn", "source"),
    "note": ("ghi chú", "note"), "seed_name": ("tên trong danh mục gốc", "name in the original list"),
    "groups": ("các nhóm chỉ tiêu", "indicator groups"), "sources": ("nguồn của bộ chỉ tiêu", "catalogue sources"),
}
VALUES = {
    ("assigned", True): ("giao riêng cho từng đơn vị", "assigned unit by unit"),
    ("assigned", False): ("một chỉ tiêu chung cho mọi đơn vị", "one common target"),
    ("direction", "higher"): ("càng cao càng tốt", "higher is better"),
    ("direction", "lower"): ("càng thấp càng tốt", "lower is better"),
    ("kind", "amount"): ("số lượng", "amount"), ("kind", "ratio"): ("tỷ lệ tử số / mẫu số", "ratio"),
    ("kind", "boolean"): ("Có / Không", "Yes / No"), ("kind", "reduction"): ("mức giảm", "reduction"),
    ("kind", "count_vs_last_year"): ("so với cùng kỳ", "against last year"),
    ("kind", "ratio_of_baseline"): ("tỷ lệ so với đầu kỳ", "ratio of the start-of-term figure"),
}
_FIXED_DOC = ("catalog_version", "format", "format_version", "indicators", "communes")  # set by publishing, or compared below


def _same(a, b) -> bool:
    """Equal (a key absent as one set to null), English names aside where one side has none: a
    catalogue stored before it carried them, by a commune or by the province."""
    if isinstance(a, dict) and isinstance(b, dict):
        return all(_same(a.get(k), b.get(k)) or (k in ENGLISH_KEYS and not (a.get(k) and b.get(k)))
                   for k in {*a, *b})
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return a == b and isinstance(a, bool) == isinstance(b, bool)


def _cut(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _json(value) -> str:
    return _cut(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _shown(key: str, value) -> Words:
    """A value of an indicator's or a unit's `key` as a refusal says it."""
    if value in (None, "", []):
        return Words("(không có)", "(none)")
    if isinstance(value, (str, bool)) and (key, value) in VALUES:
        return Words(*VALUES[key, value])
    if isinstance(value, bool):
        return Words("có", "yes") if value else Words("không", "no")
    if key == "applies_to" and all(isinstance(v, str) for v in value):
        return Words(_cut(", ".join(value)), _cut(", ".join(value)))
    fields = value if key == "inputs" and isinstance(value, list) else [value] if key == "baseline" else None
    if fields and all(isinstance(f, dict) for f in fields):
        text = _cut("; ".join(f"{f.get('label')} ({f.get('unit')})" for f in fields))
        return Words(text, text)
    text = _cut(value) if isinstance(value, str) else _json(value)
    return Words(text, text)


def _field_change(lead: Words, key: str, old, new, shown=None) -> Words:
    """"Chỉ tiêu bhyt “…”, áp dụng cho: xã, phường → phường"."""
    shown = shown or _shown
    before, after = shown(key, old), shown(key, new)
    if before == after:  # the difference is in what the words leave out
        before, after = Words(_json(old), _json(old)), Words(_json(new), _json(new))
    vi, en = FIELDS.get(key, (key, key))
    return Words(f"{lead}, {vi}: {before} → {after}", f"{lead.en}, {en}: {before.en} → {after.en}")


def _indicator_lead(ind: dict, new: bool = False) -> Words:
    code, name = ind.get("code"), _cut(str(ind.get("name")))
    return Words(f"Chỉ tiêu {'mới ' if new else ''}{code} “{name}”",
                 f"The {'new ' if new else ''}indicator {code} “{_cut(str(ind.get('name_en') or name))}”")


def _indicator_changes(o: dict, n: dict) -> list[Words]:
    lead = _indicator_lead(o)
    out = [_field_change(lead, key, o.get(key), n.get(key)) for key in dict.fromkeys([*o, *n])
           if key not in ("assigned", "default_target") and not _same({key: o.get(key)}, {key: n.get(key)})]
    if o.get("assigned") and not n.get("assigned"):
        out.append(_field_change(lead, "assigned", True, False))
    if n.get("assigned"):  # its common target is not used; assigning it sets none
        kept = o.get("default_target") if o.get("assigned") else None
        if not _same(kept, n.get("default_target")):
            out.append(_field_change(lead, "default_target", kept, n.get("default_target"),
                                     lambda _key, t: target_printed(o, t) or _shown("", None)))
    return out


def _order_changes(old_inds: list[dict], new_inds: list[dict]) -> list[Words]:
    """Indicators kept in another order, or a new one put among them (the editor adds at the end)."""
    old_codes = {i.get("code") for i in old_inds}
    kept = [i.get("code") for i in old_inds if any(n.get("code") == i.get("code") for n in new_inds)]
    now = [n.get("code") for n in new_inds if n.get("code") in old_codes]
    out = [Words(f"{_indicator_lead(o)}, vị trí trong bộ chỉ tiêu: thứ {kept.index(c) + 1} → thứ {now.index(c) + 1}",
                 f"{_indicator_lead(o).en}, place in the catalogue: {kept.index(c) + 1} → {now.index(c) + 1}")
           for o in old_inds if (c := o.get("code")) in now and kept.index(c) != now.index(c)]
    last = max((k for k, n in enumerate(new_inds) if n.get("code") in old_codes), default=-1)
    top = max((i.get("no", 0) for i in old_inds), default=0)
    for k, n in enumerate(new_inds):
        if n.get("code") not in old_codes and (k < last or not n.get("no", 0) > top):
            lead = _indicator_lead(n, new=True)
            out.append(Words(f"{lead}: đặt xen giữa các chỉ tiêu đã có (số thứ tự {n.get('no')})",
                             f"{lead.en}: put among the indicators already there (number {n.get('no')})"))
    return out


def _unit_changes(old_units: list[dict], new_units: list[dict]) -> list[Words]:
    by_code = {u.get("code"): u for u in new_units}
    out = []
    for o in old_units:
        lead = Words(f"{_cut(str(o.get('name')))} ({o.get('code')})", f"{_cut(str(o.get('name')))} ({o.get('code')})")
        n = by_code.pop(o.get("code"), None)
        if n is None:
            out.append(Words(f"{lead}: bị bỏ khỏi bộ chỉ tiêu", f"{lead.en}: removed from the catalogue"))
            continue
        out += [_field_change(lead, key, o.get(key), n.get(key)) for key in dict.fromkeys([*o, *n])
                if key != "targets" and not _same(o.get(key), n.get(key))]
    return out + [Words(f"{_cut(str(u.get('name')))} ({code}): thêm vào bộ chỉ tiêu",
                        f"{_cut(str(u.get('name')))} ({code}): added to the catalogue")
                  for code, u in by_code.items()]


def unaccepted_changes(old: dict, new: dict) -> list[Words]:
    """What an update from the catalogue document `old` (the commune's) to `new` changes that the
    province's editor never changes, one line each: an indicator removed, or any of its fields
    but its targets changed (an indicator assigned unit by unit may be, one so assigned not made
    common again), indicators in another order or a new one among them, a unit removed, added
    or changed but its targets, the catalogue's groups or sources. [] for an update the editor made."""
    new_inds = {i.get("code"): i for i in new["indicators"]}
    out = []
    for o in old["indicators"]:
        n = new_inds.get(o.get("code"))
        if n is None:
            lead = _indicator_lead(o)
            out.append(Words(f"{lead}: bị bỏ khỏi bộ chỉ tiêu", f"{lead.en}: removed from the catalogue"))
        else:
            out += _indicator_changes(o, n)
    out += _order_changes(old["indicators"], new["indicators"])
    out += _unit_changes(old["communes"], new["communes"])
    lead = Words("Bộ chỉ tiêu", "The catalogue")
    out += [_field_change(lead, key, old.get(key), new.get(key)) for key in dict.fromkeys([*old, *new])
            if key not in _FIXED_DOC and not _same(old.get(key), new.get(key))]
    return out


def refusal(old: dict, new: dict, file_name: Words) -> Words | None:
    """The refusal of an update from `old` to `new` that changes what the province's editor never
    changes (`unaccepted_changes`), naming the file, up to SHOWN_LINES changes (old → new) and
    what is accepted; None for an update the editor made."""
    changes = unaccepted_changes(old, new)
    if not changes:
        return None
    shown = Words.joined(changes[:SHOWN_LINES], "; ")
    more = len(changes) - SHOWN_LINES
    more = Words(f"; và {more} thay đổi khác", f"; and {more} more") if more > 0 else Words("", "")
    return Words(
        f"{file_name}: bản cập nhật sửa bộ chỉ tiêu đang dùng theo cách phần mềm này không nhận: {shown}{more}. "
        f"{ACCEPTED}; sửa chỉ tiêu đã có (bỏ, đổi tên, loại, đơn vị tính, áp dụng cho, chiều đánh giá, số chữ số "
        "thập phân, số thứ tự, ô nhập số liệu) làm số liệu đã nhập bị hiểu sai hoặc mất khỏi báo cáo. Không nhập; "
        "phần mềm của tỉnh không lập được tệp như vậy: hãy báo Văn phòng UBND tỉnh.",
        f"{file_name.en}: the update changes the catalogue in use in ways this program does not take: "
        f"{shown.en}{more.en}. {ACCEPTED.en}; changing an indicator already there (removing it, its name, kind, "
        "unit, whom it applies to, direction, decimals, number, input fields) would misread the figures entered or "
        "drop them from the report. Not imported; the province's program cannot make such a file: report it to "
        "the provincial People's Committee office.")
