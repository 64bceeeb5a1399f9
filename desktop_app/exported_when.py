"""When a period marked Đã xuất was first exported for the province and, if exported again, last
(core/export_times.py), read from what the database holds: the period's state row and its history,
a restore's carried step read by the export time its history row records (desktop_app/period_steps.carried_export),
or, written by a version before it was recorded, by its reason (desktop_app/restore_carry.py wrote it)."""
from __future__ import annotations

import datetime as dt
import re

from desktop_app.core.export_times import ExportTimes, export_times
from desktop_app.core.periods import Period
from desktop_app.period_steps import carried_export
from desktop_app.restore_carry import CARRIED, CARRIED_EARLIER

_TIME = r"(?P<at>\d\d:\d\d \d\d/\d\d/\d{4})"
_CARRIED = [re.compile(re.escape(text).replace(re.escape("{when}"), r".*?").replace(re.escape("{at}"), _TIME) + "$")
            for text in (CARRIED, CARRIED_EARLIER)]


def carried_time(step) -> str | None:
    """The export time a restore's "sent" step carried, as a stored time: the one its history row records
    (`carried_export`, exact); for a step written before that was recorded, the one its reason says ("… (đã
    xuất gửi tỉnh lúc 09:12 05/12/2026)", `said_time`). None for any other step."""
    recorded, at = carried_export(step)
    return at if recorded else said_time(step)


def said_time(step) -> str | None:
    """The export time the reason of a restore's "sent" step written before its data recorded it says
    (`CARRIED`, `CARRIED_EARLIER`: in the computer's time, to the minute), as a stored time; None for any other
    step."""
    reason = getattr(step, "reason", None) or ""
    found = next((m for pattern in _CARRIED if (m := pattern.match(reason))), None)
    if found is None:
        return None
    try:
        return dt.datetime.strptime(found["at"], "%H:%M %d/%m/%Y").astimezone().isoformat(timespec="seconds")
    except ValueError:
        return None


def exported_times(ws, period: str | Period) -> ExportTimes | None:
    """`ExportTimes` of a period marked Đã xuất (stored Đã gửi); None for any other state."""
    sent = ws.sent_at(period)
    if not sent:
        return None
    return export_times(ws.period_history(period), sent, carried_time)
