"""The one clock of the times a person reads: Vietnam time (UTC+7), on every computer.

The commune's program stores its moments as the laptop's clock gives them, with the laptop's offset
("2026-04-05T23:30:00+00:00" on a laptop set to UTC; an older one without an offset: the laptop's
local time), and the province's as it reads them. Shown in each computer's own zone, one approval
read "duyệt lúc 23:30 05/04/2026" in the commune's window and "duyệt lúc 06:30 06/04/2026" at the
province, one moment on two days (walk U20 F10: a fresh Windows install set to UTC is common). These
are Vietnamese public offices: every moment a person reads (a window, a command's words, a message)
is written here in Vietnam time, the hour first: "06:30 06/04/2026". How times are stored, and what
files state, is not changed: a stored time keeps its offset, and is only converted to be shown.

Not converted: what the program writes into a text it stores and reads back itself (a restore's
history step saying when the report was exported, `local_text`), written in the computer's time as
before so that the words already stored read back the same.

Qt-free and without I/O.
"""
from __future__ import annotations

import datetime as dt

VIETNAM_TIME = dt.timezone(dt.timedelta(hours=7))
SHOWN = "%H:%M %d/%m/%Y"


def in_vietnam(when: dt.datetime) -> dt.datetime:
    """`when` in Vietnam time; a naive one is this computer's local time (the program's older stored
    times, and its own clock read without a zone)."""
    return when.astimezone(VIETNAM_TIME)


def _moment(at: dt.datetime | str | None) -> dt.datetime | str | None:
    """`at` as a moment: a stored ISO time read; a text that is not one given back as it is."""
    if isinstance(at, str):
        try:
            return dt.datetime.fromisoformat(at)
        except ValueError:
            return at
    return at


def _text(at: dt.datetime | str | None, form: str, zone: dt.tzinfo | None) -> str:
    moment = _moment(at)
    if isinstance(moment, str):
        return moment
    try:
        return moment.astimezone(zone).strftime(form) if moment else ""
    except (ValueError, OverflowError, OSError):
        return at if isinstance(at, str) else at.isoformat()


def shown(at: dt.datetime | str | None, form: str = SHOWN) -> str:
    """A moment as a person reads it, in Vietnam time: "16:53 02/12/2026" (`form`: another order or
    the seconds); a stored ISO time is read first, a text that is not one is given back as it is, and
    so is a moment that cannot be moved to Vietnam time (year 1, before 1970 on Windows: a time put in
    the database by hand, which `audit verify` must name, not stop at: red-team 23, F3); "" for none."""
    return _text(at, form, VIETNAM_TIME)


def shown_day(at: dt.datetime | str | None) -> dt.date | None:
    """The day of a moment in Vietnam time; None for none, or for a text that is not a time."""
    moment = _moment(at)
    if not moment or isinstance(moment, str):
        return None
    try:
        return in_vietnam(moment).date()
    except (ValueError, OverflowError, OSError):
        return None


def stated_day(at: str | None) -> dt.date | None:
    """The day a paper prints of a stored moment ("Duyệt ngày 06/04/2026"): its day in Vietnam time
    when it states its offset, whatever the zone of the computer printing it (the commune's laptop
    and the province's render agree); one stored without an offset (an older version's, the laptop's
    local time, whose zone no other computer knows) by the date it states; None for none or a text
    that is not a time. Until 0.3.0 the paper printed the date the ISO time states, the laptop's: one
    approved at 23:30 on a laptop set to UTC printed the day before Vietnam's."""
    moment = _moment(at)
    if not moment or isinstance(moment, str):
        return None
    if moment.tzinfo is None:
        return moment.date()
    return shown_day(moment)


def local_text(at: dt.datetime | str | None) -> str:
    """A moment in this computer's time, "16:53 02/12/2026": only for words the program stores and
    reads back itself (`desktop_app.exported_when.said_time`, for rows written before the time was kept as
    data), never to show a moment."""
    return _text(at, SHOWN, None)
