"""What `chitieu approve` says changed since the last approval, after a reopening (walk U20 F2/F3): the lines
the window's Duyệt question shows (ui/approve_question.changes_text, whose words are translated there), in
Vietnamese and without Qt: "Khác với lần duyệt trước (ngày 07/04/2026):" and a line an indicator, its name
whole, "  • Thu ngân sách…: Thu ngân sách lũy kế 50.000 → 52.000"; that nothing differs when nothing does;
nothing for a first approval (`Workspace.changed_since_approval` None)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.core.field_named import says_more
from desktop_app.core.numbers import typed_back
from desktop_app.core.periods import approval_day, format_date


def changes_lines(changed) -> list[str]:
    if changed is None:
        return []
    at, drifts = changed
    drifts = said_drifts(drifts)
    day = format_date(approval_day(at))
    if not drifts:
        return [f"Không có số liệu nào khác lần duyệt trước (ngày {day})."]
    return [f"Khác với lần duyệt trước (ngày {day}):"] + [f"  • {d.indicator.name}: {_figures(d)}" for d in drifts]


def _value(field, value) -> str:
    if isinstance(value, Decimal):
        return typed_back(value, field.unit) or "—"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return "—" if value is None or value == "" else str(value)


@dataclass(frozen=True)
class Differs:
    """One thing that differs between the approved row and the live one: `kind` one of INPUT (of `field`),
    RESULT, TARGET (the province's), OWN_TARGET, COMMENT, NOTES (the notes the paper's Ghi chú prints: `before`
    those no longer printed, `after` those new), VERDICT, COMPARED; `before`, `after` as the row holds them. Worded by each surface: here in Vietnamese, in the window translated (ui/approve_question)."""

    kind: str
    before: object = None
    after: object = None
    field: object = None


INPUT, RESULT, TARGET, OWN_TARGET, COMMENT, NOTES, VERDICT, COMPARED = (
    "input", "result", "target", "own_target", "comment", "notes", "verdict", "compared")


def differs(d) -> list[Differs]:
    """What differs in the drift `d`, in the report's order: the inputs, else the result (a figure of another
    period it uses was corrected); the province's target (a catalogue update), the unit's own target, the
    comment, the notes printed under the comment; else the verdict, else the comparison with the target
    (red-team 29: a target changed by an update read "Đang thực hiện → Đang thực hiện", a correction nobody
    made). Only what differs: a row whose notes alone differ (walk U21 F5: 2029 reopened, 2030's revenue noted
    "Năm 2029 đang được sửa: …") is said so, not as its comparison unchanged on both sides. One rule for the
    window and the command."""
    a, b = d.approved, d.live
    found = [Differs(INPUT, x, y, f) for (f, x), (_, y) in zip(a.inputs, b.inputs) if x != y]
    if not found and a.value_text != b.value_text:
        found.append(Differs(RESULT, a.value_text, b.value_text))
    if a.target_text != b.target_text:
        found.append(Differs(TARGET, a.target_text, b.target_text))
    if a.own_target_text != b.own_target_text:
        found.append(Differs(OWN_TARGET, a.own_target_text, b.own_target_text))
    if a.entry.comment != b.entry.comment:
        found.append(Differs(COMMENT))
    if a.notes != b.notes:
        gone = tuple(n for n in a.notes if n not in b.notes)
        new = tuple(n for n in b.notes if n not in a.notes)
        if gone or new:
            found.append(Differs(NOTES, gone, new))
    if not found and a.verdict != b.verdict:
        found.append(Differs(VERDICT, a.verdict, b.verdict))
    if not found and a.compared_text != b.compared_text:
        found.append(Differs(COMPARED, a.compared_text, b.compared_text))
    return found


def said_drifts(drifts) -> list:
    """The drifts with something `differs` can say: a row whose notes were only put in another order prints
    the same Ghi chú and is no change to list."""
    return [d for d in drifts if differs(d)]


def input_named(d, label: str, name: str) -> bool:
    """Whether an input's `label` is said before its figures: not for an indicator's one input labelled with
    its `name` ("• Tốc độ tăng giá trị sản phẩm…: 1500 → 1250", helper S103)."""
    return len(d.approved.inputs) > 1 or says_more(label, name)


_WORDS = {RESULT: "kết quả", TARGET: "chỉ tiêu tỉnh giao", OWN_TARGET: "chỉ tiêu xã tự đặt", COMPARED: "so với chỉ tiêu"}


def _figures(d) -> str:
    """What differs, worded as the window's question words it in Vietnamese."""
    parts = []
    for x in differs(d):
        if x.kind == INPUT:
            named = x.field.label + " " if input_named(d, x.field.label, d.indicator.name) else ""
            parts.append(f"{named}{_value(x.field, x.before)} → {_value(x.field, x.after)}")
        elif x.kind == COMMENT:
            parts.append("đã sửa ghi chú")
        elif x.kind == NOTES:
            parts += [f"bỏ khỏi Ghi chú “{n}”" for n in x.before] + [f"thêm vào Ghi chú “{n}”" for n in x.after]
        elif x.kind == VERDICT:
            parts.append(f"{x.before.value} → {x.after.value}")
        else:
            parts.append(f"{_WORDS[x.kind]} {x.before or '—'} → {x.after or '—'}")
    return "; ".join(parts)
