"""When a period marked Đã xuất was first exported for the province, and when last, if exported again.

The period's state row keeps one time (`sent_at`): the export of the files last marked, which an export
of the same approval again replaced, so the window's banner and `chitieu status` said the later time to
an officer asked "when did we send it?" (walk U18 F5). Every marking is a "sent" step of the period's
history, kept: the first one after the approval the period stands on is the first export (its step's
time, when the export was recorded; `issued_reports` reads the same one), and the state row's time,
when later than that step, an export since. A step that marks the period again without exporting
(Gửi cho tỉnh… attaching the files already exported, as they are) keeps the files' time, not later
than the first step: no export again is said. A step a restore wrote, carrying the number issued after
its backup (desktop_app/restore_carry.py), was recorded at the restore, not at the export: its export's
time is the one it carries (`carried`: recorded in its history row, or said by the reason of one written
before that was recorded), the state row's until an export since. Files made after
the period was last marked (the history stamped by a clock set back) are said alone, as before.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app.core.doc_number import APPROVE, SENT


@dataclass(frozen=True)
class ExportTimes:
    """The first export of the approval a period stands on (`first`, a stored time) and, when its
    report was exported again since, the latest (`again`; None: exported once)."""

    first: str
    again: str | None = None


def _moment(at: str | None) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(at or "")
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.astimezone()


def export_times(history: Sequence, sent_at: str, carried: Callable[[object], str | None] = lambda step: None
                 ) -> ExportTimes:
    """`ExportTimes` of a period marked sent at `sent_at` (its state row's time) from its `history`
    (oldest first, rows with `event` and `at`, as the store keeps them); `carried`: the export time
    a restore's step carried (None for any other step)."""
    latest = max((k for k, h in enumerate(history) if h.event == APPROVE), default=-1)
    steps = [h for h in history[latest + 1:] if h.event == SENT]
    if len(steps) < 2:
        return ExportTimes(sent_at)
    first = steps[0]
    marked, made, latest = _moment(first.at), _moment(sent_at), _moment(steps[-1].at)
    if marked is None or made is None or latest is None or made <= marked:  # marked again, the same files
        return ExportTimes(sent_at)
    if made > latest:  # files made after the period was last marked: a clock set back, the history
        return ExportTimes(sent_at)  # contradicts it; said alone, as before
    return ExportTimes(carried(first) or first.at, sent_at)
