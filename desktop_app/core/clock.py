"""The computer's clock against what a period already recorded.

Every time the commune records (a history step, an approval, a figure saved) is the laptop's
clock, and the province keeps, of a unit's approved reports for a period, the one whose
approval time (as the file states it) is the latest (core/kept_version.py). A correction
approved while the clock is behind (a flat CMOS battery, a date changed by hand) states a time
earlier than the approval it corrects, and the province keeps the old figures without a word
(red-team 16, F2). So a step of the period's life (complete, approve, reopen) is refused while
the clock reads earlier than the period's latest approval (`ORDERED_STEPS`), beyond
`CLOCK_TOLERANCE` (two computers' clocks, or one set a minute wrong, differ a little; what is
meant is a wrong date or hour): the completion and the reopening are refused too, so that the
officer learns of the clock before the leader is asked to approve. Only the approvals: a figure
saved, a report exported (red-team 18, F2), a completion or a reopening (red-team 26, F3) while
the clock ran ahead (a date typed month-first) is not what the province orders approvals by,
and counting it stopped the period from being completed, approved or reopened until that day
came, the deadline gone by. An approval made with the clock ahead does stop the next one until
then: the province keeps the approval stating the latest time, so any earlier one would not
replace it. Pure: the caller reads the clock and the records (`desktop_app.approval`).
"""
from __future__ import annotations

import datetime as dt

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period, in_sentence
from desktop_app.core.vietnam_time import shown

CLOCK_TOLERANCE = dt.timedelta(minutes=5)
# The history events whose times the province orders a unit's reports by (db/period_records.py).
ORDERED_STEPS = frozenset({"approve"})


def stamp_time(stamp: str | None) -> dt.datetime | None:
    """A stored time (ISO 8601, with its offset; an older one without: local time) as an aware
    datetime; None for none, or for one that does not read as a time."""
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return when if when.tzinfo else when.astimezone()


def latest(stamps) -> dt.datetime | None:
    """The latest of stored times (`stamp_time`), None when there is none."""
    times = [t for t in map(stamp_time, stamps) if t is not None]
    return max(times) if times else None


def refuse_if_clock_behind(period: Period, now: dt.datetime, recorded: dt.datetime | None,
                           doing: tuple[str, str]) -> None:
    """Refuse `doing` (Vietnamese, English: "duyệt", "approved") with `period` when the clock
    (`now`) reads earlier than `recorded`, the time of the period's latest approval, by more than
    `CLOCK_TOLERANCE`: naming both times (Vietnam time, "18:34 01/12/2026") and what to do."""
    if recorded is None or now >= recorded - CLOCK_TOLERANCE:
        return
    clock, then = _shown(now), _shown(recorded)
    raise InvalidInput(
        f"Kỳ {in_sentence(period.name)} chưa {doing[0]} được: đồng hồ máy tính đang chỉ {clock}, sớm hơn lần gần nhất "
        f"kỳ này được duyệt ({then}). Thời gian trong lịch sử của kỳ và thời điểm duyệt in trên báo cáo gửi tỉnh đều lấy "
        "từ đồng hồ này; tỉnh giữ bản duyệt có thời điểm duyệt sau cùng, nên bản duyệt mang giờ sớm hơn lần trước sẽ "
        f"không được tỉnh dùng. Hãy chỉnh lại ngày giờ của máy tính cho đúng rồi thử lại (nếu đồng hồ đã đúng, "
        f"lần duyệt trước mang giờ của lúc máy chạy nhanh: {doing[0]} được sau {then}).",
        field="Đồng hồ máy tính",
        en=f"{period.name_en} cannot be {doing[1]} yet: the computer's clock reads {clock}, earlier than the "
           f"period's latest approval ({then}). The times in the period's history and the approval time printed on "
           "the report for the province all come from this clock; the province keeps the approved report with the "
           "latest approval time, so an approval stating a time earlier than the previous one would not be used by "
           f"the province. Set the computer's date and time right, then try again (if the clock is already right, "
           f"the previous approval took the time of a clock running fast: it can be {doing[1]} after {then}).")


def _shown(when: dt.datetime) -> str:
    """A time as the messages write it, in Vietnam time (`core.vietnam_time`): "18:34 01/12/2026"."""
    return shown(when)
