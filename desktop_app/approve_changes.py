"""What `chitieu approve` says changed since the last approval, after a reopening (walk U20 F2/F3): the lines
the window's Duyệt question shows (ui/approve_question.changes_text, whose words are translated there), in
Vietnamese and without Qt: "Khác với lần duyệt trước (ngày 07/04/2026):" and a line an indicator, its name
whole, "  • Thu ngân sách…: Thu ngân sách lũy kế 50.000 → 52.000"; that nothing differs when nothing does;
nothing for a first approval (`Workspace.changed_since_approval` None)."""
from __future__ import annotations

from decimal import Decimal

from desktop_app.core.field_named import says_more
from desktop_app.core.numbers import typed_back
from desktop_app.core.periods import approval_day, format_date


def changes_lines(changed) -> list[str]:
    if changed is None:
        return []
    at, drifts = changed
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


def _figures(d) -> str:
    """What differs, in the report's order, as the window's question says it (ui/approve_question._changed_figures):
    the inputs, else the result; the province's target, the unit's own target, the comment; else the verdict or
    the comparison with the target."""
    a, b = d.approved, d.live

    def named(f) -> str:  # an indicator's one input labelled with its name is not named again
        return f.label + " " if len(a.inputs) > 1 or says_more(f.label, d.indicator.name) else ""

    parts = [f"{named(f)}{_value(f, x)} → {_value(f, y)}" for (f, x), (_, y) in zip(a.inputs, b.inputs) if x != y]
    if not parts and a.value_text != b.value_text:
        parts.append(f"kết quả {a.value_text or '—'} → {b.value_text or '—'}")
    if a.target_text != b.target_text:
        parts.append(f"chỉ tiêu tỉnh giao {a.target_text or '—'} → {b.target_text or '—'}")
    if a.own_target_text != b.own_target_text:
        parts.append(f"chỉ tiêu xã tự đặt {a.own_target_text or '—'} → {b.own_target_text or '—'}")
    if a.entry.comment != b.entry.comment:
        parts.append("đã sửa ghi chú")
    if not parts and a.verdict != b.verdict:
        parts.append(f"{a.verdict.value} → {b.verdict.value}")
    if not parts:
        parts.append(f"so với chỉ tiêu {a.compared_text or '—'} → {b.compared_text or '—'}")
    return "; ".join(parts)
