"""What a catalogue update changes at this installation, as the commune reads it before and
after importing it (`desktop_app.catalog_update`, which names these functions too; the window's
question, ui/catalog_update_dialog.py): the lines of changes, the unit's own targets first, and
the periods being entered that a changed target judges anew (approved periods keep the target
they were approved with). Both read an update against the catalogue in use here, not against
the update's base version: a base set aside here (desktop_app/catalog_withdrawn.py) is never read."""
from __future__ import annotations

from desktop_app.core.catalog_changes import (
    describe_changes,
    target_changes,
    unit_reading,
)
from desktop_app.core.words import Words
from desktop_app.core.workflow import State


def changes_for(ws, old: dict, new: dict) -> list[Words]:
    """What an update from `old` to `new` changes, as this installation reads it: a commune's
    own targets first, then what changes for every unit, and the other units' new targets in
    one line, counted (`unit_reading`, walk U18 F7); an installation with no unit chosen (or
    the province's) reads the whole list. `Words`: the window shows their English in English."""
    code = getattr(ws.settings, "commune_code", None) if ws.is_set_up else None
    if not code:
        return describe_changes(old, new)
    return unit_reading(old, new, code)


def judged_anew(ws, old: dict, new: dict, *, done: bool = False) -> list[Words]:
    """The periods being entered (figures entered or marked complete, not approved) that an
    update from `old` to `new` judges against a new province target, one line per indicator
    whose target changes for this unit: "Kỳ đang nhập (6 tháng đầu năm 2026) sẽ được đánh giá
    theo chỉ tiêu mới: … = 100 → ≥ 97." (`done`: "nay được đánh giá", after the import).
    Approved periods keep the target they were approved with, and are not named."""
    if not ws.is_set_up:
        return []
    changes = [c for c in target_changes(old, new) if c.unit_code == ws.settings.commune_code]
    if not changes:
        return []
    periods = [s.period for s in ws.overview() if not s.state.frozen and (s.entered or s.state == State.COMPLETE)]
    if not periods:
        return []
    english = {i["no"]: i.get("name_en") or i["name"] for i in new["indicators"]}
    many = len(periods) > 1
    which = ("Các kỳ đang nhập" if many else "Kỳ đang nhập") + f" ({', '.join(p.name for p in periods)})"
    which_en = ("The periods being entered" if many else "The period being entered") + \
        f" ({', '.join(p.name_en for p in periods)})"
    will, will_en = ("nay được", "are now" if many else "is now") if done else ("sẽ được", "will be")
    return [Words(f"{which} {will} đánh giá theo chỉ tiêu mới: {c.indicator} {c.old} → {c.new}.",
                  f"{which_en} {will_en} judged against the new target: {english[c.indicator_no]} {c.old.en} → "
                  f"{c.new.en}.") for c in changes]
