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
replace it; once the clock is right again, an administrator who confirms that the earlier time was
wrong reopens the period (`CLOCK_WAS_AHEAD`, recorded in its history and audit with both times), and
the approvals before that reopening no longer count (`counted_approvals`, walk U25 F1). An export
stating a time before its approval's is refused (`refuse_made_before_approval`): the province drops
such an approval (core/kept_version.Version.approval, walk U25 F2). A clock that cannot be right
(before this version was released, after the term's last report: `refuse_unless_plausible`) is said
before anything is approved or exported (walk U25 F5). Pure: the caller reads the clock and the
records (`desktop_app.approval`).
"""
from __future__ import annotations

import datetime as dt
import json

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period, in_sentence
from desktop_app.core.vietnam_time import in_vietnam, shown

# The version this is and the day it was released: a clock reading earlier cannot be right. Bumped
# with pyproject.toml's version at every release (tests/core/test_clock_plausible.py fails on a version
# bumped without it).
RELEASED_VERSION, RELEASED_ON = "0.3.0", dt.date(2026, 12, 7)
# The last day a report of this term (2026-2030) can be made: the year 2030's is due 20/12/2030, and a
# correction of it (reopened, approved and exported again) still comes in 2031; from 2032 the next
# term's program reports. A clock reading later is a wrong year (U25: 2031 typed, or a clock 400 days
# ahead), not a report of this term.
LAST_DAY = dt.date(2031, 12, 31)
# What a reopening confirmed by an administrator keeps in its history row (`snapshot`): the approval's
# recorded time and the clock's when it was confirmed.
CLOCK_WAS_AHEAD = "clock_was_ahead"

CLOCK_TOLERANCE = dt.timedelta(minutes=5)
# The history events whose times the province orders a unit's reports by (db/period_records.py).
ORDERED_STEPS = frozenset({"approve"})


def stamp_time(stamp: str | None) -> dt.datetime | None:
    """A stored time (ISO 8601, with its offset; an older one without: local time) as an aware
    datetime; None for none, or for one that does not read as a time (nor as a local time: year 1 on Windows,
    a time put in the database by hand)."""
    if not stamp:
        return None
    try:
        when = dt.datetime.fromisoformat(stamp)
        return when if when.tzinfo else when.astimezone()
    except (ValueError, OverflowError, OSError):
        return None


def latest(stamps) -> dt.datetime | None:
    """The latest of stored times (`stamp_time`), None when there is none."""
    times = [t for t in map(stamp_time, stamps) if t is not None]
    return max(times) if times else None


def counted_approvals(history) -> list:
    """The approval steps of a period's `history` (rows with `event`, `snapshot`, in order) the clock is
    compared with: those after its latest reopening confirmed as made after a clock running ahead
    (`confirmed_ahead`), all of them when there is none."""
    start = 0
    for i, step in enumerate(history):
        if step.event == "reopen" and confirmed_ahead(step.snapshot):
            start = i + 1
    return [h for h in history[start:] if h.event in ORDERED_STEPS]


def confirmed_ahead(snapshot: str | None) -> dict | None:
    """{"approved_at", "clock"} of a reopening's `snapshot` confirming a clock that ran ahead; None else."""
    if not snapshot or CLOCK_WAS_AHEAD not in snapshot:
        return None
    try:
        said = json.loads(snapshot)
    except ValueError:
        return None
    return said.get(CLOCK_WAS_AHEAD) if isinstance(said, dict) else None


def ahead_record(recorded: dt.datetime, now: dt.datetime) -> str:
    """The `snapshot` of a reopening confirmed by an administrator: both times, as stored."""
    return json.dumps({CLOCK_WAS_AHEAD: {"approved_at": recorded.isoformat(timespec="seconds"),
                                         "clock": now.isoformat(timespec="seconds")}}, sort_keys=True)


def ahead_note(recorded: dt.datetime, now: dt.datetime) -> str:
    """What the audit row of that reopening says beside the state: both times. Words for a person: the row
    is told by its field (`CLOCK_WAS_AHEAD`, desktop_app/period_steps.set_state), never by these."""
    return (f"Quản trị viên xác nhận lần duyệt ghi lúc {_shown(recorded)} mang giờ của lúc đồng hồ máy tính chạy "
            f"nhanh; đồng hồ lúc mở lại chỉ {_shown(now)}")


def clock_is_behind(now: dt.datetime, recorded: dt.datetime | None) -> bool:
    """Whether `now` reads earlier than `recorded` beyond `CLOCK_TOLERANCE`."""
    return recorded is not None and now < recorded - CLOCK_TOLERANCE


def refuse_if_clock_behind(period: Period, now: dt.datetime, recorded: dt.datetime | None,
                           doing: tuple[str, str]) -> None:
    """Refuse `doing` (Vietnamese, English: "duyệt", "approved") with `period` when the clock
    (`now`) reads earlier than `recorded`, the time of the period's latest approval, by more than
    `CLOCK_TOLERANCE`: naming both times (Vietnam time, "18:34 01/12/2026") and what to do."""
    if not clock_is_behind(now, recorded):
        return
    clock, then = _shown(now), _shown(recorded)
    raise InvalidInput(
        f"Kỳ {in_sentence(period.name)} chưa {doing[0]} được: đồng hồ máy tính đang chỉ {clock}, sớm hơn lần gần nhất "
        f"kỳ này được duyệt ({then}). Thời gian trong lịch sử của kỳ và thời điểm duyệt in trên báo cáo gửi tỉnh đều lấy "
        "từ đồng hồ này; tỉnh giữ bản duyệt có thời điểm duyệt sau cùng, nên bản duyệt mang giờ sớm hơn lần trước sẽ "
        f"không được tỉnh dùng. Hãy chỉnh lại ngày giờ của máy tính cho đúng rồi thử lại (nếu đồng hồ đã đúng, "
        f"lần duyệt trước mang giờ của lúc máy chạy nhanh: {doing[0]} được sau {then}, hoặc Quản trị viên xác nhận "
        "đồng hồ lúc duyệt đã chạy nhanh rồi mở lại kỳ).",
        field="Đồng hồ máy tính",
        en=f"{period.name_en} cannot be {doing[1]} yet: the computer's clock reads {clock}, earlier than the "
           f"period's latest approval ({then}). The times in the period's history and the approval time printed on "
           "the report for the province all come from this clock; the province keeps the approved report with the "
           "latest approval time, so an approval stating a time earlier than the previous one would not be used by "
           f"the province. Set the computer's date and time right, then try again (if the clock is already right, "
           f"the previous approval took the time of a clock running fast: it can be {doing[1]} after {then}, or an "
           "administrator confirms that the clock ran fast at that approval and reopens the period).")


def refuse_unless_ahead(period: Period, now: dt.datetime, recorded: dt.datetime | None) -> None:
    """Refuse an administrator's confirmation that the period's latest approval (`recorded`) took the time of
    a clock running ahead when the clock (`now`) is not behind it: there is nothing to confirm, the leader
    reopens the period as usual."""
    if clock_is_behind(now, recorded):
        return
    then = f"lần gần nhất kỳ này được duyệt ({_shown(recorded)})" if recorded else "kỳ này chưa có lần duyệt nào"
    then_en = f"the period's latest approval ({_shown(recorded)})" if recorded else "the period has no approval"
    raise InvalidInput(
        f"Không cần xác nhận đồng hồ đã chạy nhanh: đồng hồ máy tính đang chỉ {_shown(now)}, không sớm hơn {then}. "
        f"Lãnh đạo mở lại kỳ {in_sentence(period.name)} như thường (Kỳ báo cáo › Mở lại kỳ báo cáo…).",
        field="Đồng hồ máy tính",
        en=f"No need to confirm that the clock ran fast: the computer's clock reads {_shown(now)}, not earlier than "
           f"{then_en}. A leader reopens {in_sentence(period.name_en)} as usual (Period › Reopen the period).")


def refuse_made_before_approval(period: Period, made: dt.datetime | None, approved: dt.datetime | None) -> None:
    """Refuse the export (or print) of an approved report whose file would state it was made (`made`, the
    clock's now) before its approval (`approved`): the province does not count an approval later than the
    file (core/kept_version.Version.approval) and keeps the report it corrects (walk U25 F2, a clock 30
    minutes behind). No tolerance: the province compares the two times as stated."""
    if made is None or approved is None or made >= approved:
        return
    clock, then = _shown(made), _shown(approved)
    raise InvalidInput(
        f"Chưa xuất, in được báo cáo đã duyệt kỳ {in_sentence(period.name)}: đồng hồ máy tính đang chỉ {clock}, sớm "
        f"hơn lúc kỳ được duyệt ({then}), nên tệp sẽ ghi lập trước khi duyệt và tỉnh không dùng bản duyệt đó. Đồng hồ "
        "máy tính đang chạy chậm: hãy chỉnh lại ngày giờ cho đúng rồi xuất, in lại.", field="Đồng hồ máy tính",
        en=f"The approved report of {in_sentence(period.name_en)} cannot be exported or printed yet: the computer's "
           f"clock reads {clock}, earlier than the period's approval ({then}), so the file would state it was made "
           "before it was approved and the province would not use that approval. The computer's clock is behind: "
           "set the right date and time, then export or print again.")


def implausible(now: dt.datetime) -> str | None:
    """Why the clock reading `now` cannot be right, in Vietnamese ("" parts joined by the caller), or None:
    before this version was released (`RELEASED_ON`), or after the term's last report could be made (`LAST_DAY`)."""
    day = in_vietnam(now).date()
    if day < RELEASED_ON:
        return (f"Đồng hồ máy tính đang chỉ {_shown(now)}, trước ngày phát hành phiên bản {RELEASED_VERSION} của chương "
                f"trình ({format_day(RELEASED_ON)}), nên ngày giờ của máy chưa đúng")
    if day > LAST_DAY:
        return (f"Đồng hồ máy tính đang chỉ {_shown(now)}, sau ngày {format_day(LAST_DAY)}, khi đã hết thời gian báo "
                "cáo của nhiệm kỳ 2026-2030, nên ngày giờ của máy chưa đúng")
    return None


def refuse_unless_plausible(now: dt.datetime, doing: tuple[str, str]) -> None:
    """Refuse `doing` ("duyệt", "approved") with a clock that cannot be right (`implausible`): the time would
    be printed on the report and kept in its history."""
    why = implausible(now)
    if why is None:
        return
    en = (f"The computer's clock reads {_shown(now)}, "
          + (f"before version {RELEASED_VERSION} of the program was released ({format_day(RELEASED_ON)})"
             if in_vietnam(now).date() < RELEASED_ON else
             f"after {format_day(LAST_DAY)}, when the 2026-2030 term's reports are over"))
    raise InvalidInput(
        f"Chưa {doing[0]} được: {why}. Thời điểm này sẽ in trên báo cáo và ghi vào lịch sử của kỳ: hãy chỉnh lại "
        "ngày giờ rồi làm lại.", field="Đồng hồ máy tính",
        en=f"Cannot be {doing[1]} yet: {en}, so the computer's date and time are wrong. This time would be printed "
           "on the report and kept in the period's history: set the right date and time, then try again.")


def before_release(today: dt.date) -> bool:
    """Whether `today` is before this version was released: the computer's date cannot be right."""
    return today < RELEASED_ON


def format_day(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _shown(when: dt.datetime) -> str:
    """A time as the messages write it, in Vietnam time (`core.vietnam_time`): "18:34 01/12/2026"."""
    return shown(when)


SETTING_IT = "hạn nộp, trễ hạn, thời điểm duyệt in trên báo cáo và nhật ký thay đổi đều dựa vào đồng hồ này"


def startup_warning(now: dt.datetime, recorded: dt.datetime | None, what: str) -> str | None:
    """The window's warning at start-up: a clock that cannot be right (`implausible`), or one reading earlier
    than `recorded`, the latest time recorded (`what` the record was, "Trạng thái kỳ, kỳ năm 2026"), beyond
    `CLOCK_TOLERANCE`, saying both possibilities: the clock now is behind, or that record took the time of a
    clock running ahead, and how to get past it then (walk U25 F1: the warning told a person whose clock was
    right to set it). None: nothing to say."""
    if why := implausible(now):
        return f"{why}. Hãy chỉnh lại ngày giờ của máy: {SETTING_IT}."
    if not clock_is_behind(now, recorded):
        return None
    return (f"Đồng hồ máy tính đang chỉ {_shown(now)}, sớm hơn lần ghi gần nhất ({what}, lúc {_shown(recorded)}).\n\n"
            f"Nếu đồng hồ bây giờ chạy chậm: hãy chỉnh lại ngày giờ của máy ({SETTING_IT}).\n\nNếu đồng hồ bây giờ đã "
            f"đúng, lần ghi đó mang giờ của lúc đồng hồ chạy nhanh: khi đó, với kỳ đã duyệt lúc đồng hồ chạy nhanh, "
            "Quản trị viên mở lại kỳ và xác nhận đồng hồ lúc duyệt đã chạy nhanh (Kỳ báo cáo › Mở lại kỳ báo cáo…, hoặc lệnh "
            "chitieu reopen --clock-was-ahead), từ đó cảnh báo này thôi hiện; không có kỳ nào như vậy thì cảnh báo "
            f"thôi hiện sau {_shown(recorded)}.")


def backwards_note(rows: list[tuple[int, str, str]]) -> str:
    """`audit verify`'s note of the change log's rows stating a time earlier than a row before them (id, its time,
    the latest time before it: db/audit_log.times_backwards): the clock was put back, which is no change made
    outside the program, but read by date such a change seems made before what precedes it (walk U25 F6)."""
    shown_rows = "; ".join(f"dòng số {i} ghi lúc {_shown(at)}, sau dòng ghi lúc {_shown(before)}"
                           for i, at, before in rows[:5])
    more = f" và {len(rows) - 5} dòng khác" if len(rows) > 5 else ""
    return (f"Ghi chú: {len(rows)} dòng nhật ký ghi thời điểm sớm hơn dòng trước nó ({shown_rows}{more}): đồng hồ máy "
            "tính đã bị chỉnh lùi lúc ghi các dòng đó. Đây không phải thay đổi ngoài chương trình, nhưng xếp theo ngày "
            "giờ thì các việc đó như đã làm trước những việc ghi trước chúng.")
