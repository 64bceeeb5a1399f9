"""Qt-free helpers of the entry window: what it shows that the services do not answer directly.

Kept here (not in the widgets) so they are tested without a display and the
window stays one service call per user action.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from desktop_app.core.checks import DEFAULT_THRESHOLD, warnings_for
from desktop_app.core.errors import InvalidInput

_TARGET = re.compile(r"^\s*(>=|=>|<=|=<|≥|≤|>|<|=)?\s*(.*?)\s*$", re.S)


def last_saved(workspace) -> dt.datetime | None:
    """When anything of this unit was last saved (from the audit trail), local time."""
    stamp = workspace.store.last_change(workspace.commune.code)
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return when.astimezone() if when.tzinfo else when


def period_warnings(workspace, view, threshold: Decimal = DEFAULT_THRESHOLD) -> dict[str, list[str]]:
    """Warnings of every row of a period view, keyed by indicator code (rows with none omitted)."""
    periods = {p for p in (view.period.previous(), view.period.same_period_last_year()) if p is not None}
    others = {p.code: {r.indicator.code: r for r in workspace.period_view(p).rows} for p in periods}
    found = {row.indicator.code: warnings_for(others, row, threshold) for row in view.rows}
    return {code: warnings for code, warnings in found.items() if warnings}


def parse_target_text(text: str, boolean: bool = False) -> tuple[str | None, str]:
    """"≥ 95", ">= 95", "95", "Có" → (comparator, value text); "" → (None, "") to remove.

    The value text is checked by `Workspace.set_own_target`; here only the split.
    """
    t = (text or "").strip()
    if not t:
        return None, ""
    if boolean:
        return "=", t.lstrip("=").strip()
    m = _TARGET.match(t)
    op, value = m.group(1) or "=", m.group(2)
    if not value:
        raise InvalidInput(f'Chỉ tiêu "{text}": thiếu giá trị sau phép so sánh, ví dụ "≥ 95".',
                           field="Giá trị chỉ tiêu")
    return op, value
