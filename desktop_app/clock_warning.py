"""The start-up warning about the computer's clock (ui/app.check_at_start): one that cannot be right, or one
reading earlier than the latest time recorded; its words are the core's (core/clock.startup_warning)."""
from __future__ import annotations

import datetime as dt

from desktop_app.core import clock
from desktop_app.core.audit import ACTIONS
from desktop_app.core.periods import in_sentence, parse_period


def clock_behind(workspace, now: dt.datetime | None = None) -> str | None:
    """A warning when this computer's clock cannot be right (before this version's release, after the term:
    core/clock.implausible) or reads earlier than the latest time recorded (the latest time, not the newest
    row's: walk U25 F6), from an administrator's confirmation that the clock ran ahead on (core/clock.CLOCK_WAS_AHEAD):
    a wrong date makes deadlines, "Trễ hạn" and the times in the history wrong. None: nothing to say."""
    now = (now or dt.datetime.now()).astimezone()
    last = workspace.store.latest_change(after=clock.CLOCK_WAS_AHEAD)
    recorded = clock.stamp_time(last[0]) if last else None
    return clock.startup_warning(now, recorded, _what(last) if last else "")


def _what(row) -> str:
    """What the audit row (at, action, period, field) recorded, as the history names it: "Trạng thái kỳ, kỳ năm 2026"."""
    _, action, period, _ = row
    said = ACTIONS.get(action, action)
    try:
        return f"{said}, kỳ {in_sentence(parse_period(period).name)}" if period else said
    except Exception:  # noqa: BLE001 - a code no period reads as (a row put in by hand): said as stored
        return f"{said}, kỳ {period}"
