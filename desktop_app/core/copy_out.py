"""When to remind the commune to copy its database out of the laptop (Tệp › Sao lưu ra…, to a USB stick).

The automatic backups sit in a folder beside the database: a dead disk or a stolen laptop loses both
(walk U9: nothing ever reminded anyone to copy a backup out). The rule, pure (the caller reads the records
and the clock: desktop_app/copied_out.py):

- an approval, or an export of the approved report, after the last copy out (or with none ever made) makes a
  copy out due at once. An approved report is the unit's record: the province holds it signed with this
  laptop's key, and losing it means typing the figures again, approving, signing and sending it again; it
  happens a few times a year, so a reminder then is not a nag;
- figures or the report's text saved after the last copy out make one due only once that copy is
  `DAYS_WITHOUT_COPY` days old: at most a month of typing is lost, while a reminder after every save would
  be seen each day and no longer read. With no copy out ever, the month runs from when the records began
  (the set-up day, else the first figure saved): a new installation's first week of typing is not nagged;
- nothing recorded yet (a new installation): nothing to copy, nothing said;
- a record that cannot be trusted makes one due, said so (`untrusted_said`): dated after tomorrow by this
  computer's clock (a copy made while the clock was ahead, or a record forged to silence the reminder: red team
  R23 F4; the two cannot be told apart), holding history this database has not written, or not vouched for by
  the history's chain (`vouched`: the record is not what the program last wrote of it, put in with sqlite3,
  R24 F1; an administrator acknowledging it says "I saw it", not "a copy was made"). It is not "never backed
  up" (wrong for a laptop whose clock was ahead at the copy), nor trusted: one more copy settles it.

Which approvals and exports came after the copy is read from the history's order (`CopyOut.last_step`: the
last step the copy holds), not the clock: a clock set wrong, or two in the same second, misses none; so are the
figures saved after it (`CopyOut.saved_until`, the last audit row it holds, against `saved_step`: R24 F7, a
figure saved in the second the copy was recorded never made the month's reminder due). The 30 days are the
laptop's clock, from the copy's own date (a copy restored from a stick: when it was taken, not restored, R24
F5), and never pass while the clock reads earlier than it. Dates are said in this computer's local time,
dd/mm/yyyy.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop_app.core.periods import Period, format_date, in_sentence
from desktop_app.core.words import Words

DAYS_WITHOUT_COPY = 30
STEPS = ("approve", "sent")  # the periods' history events that make a copy out due at once
HOW = Words("Sao lưu ra USB: Tệp › Sao lưu ra…", "Back up to a USB stick: File › Back up to…")


@dataclass(frozen=True)
class CopyOut:
    """The last copy out recorded: when (aware), the folder it went to as the person chose it, and the last step
    of the periods' history it holds (`Step.order`; None: the steps are compared by their time), and the last
    audit row it holds (`saved_until`; None: the figures saved are compared by their time)."""

    at: dt.datetime
    folder: str
    last_step: int | None = None
    saved_until: int | None = None


@dataclass(frozen=True)
class Step:
    """An approval ("approve") or an export of the approved report ("sent") of `period`, at `at` (aware),
    `order` its place in the periods' history (the row's id)."""

    at: dt.datetime
    event: str
    period: Period
    order: int = 0


@dataclass(frozen=True)
class Due:
    """A copy out due: `why` ("Chưa sao lưu ra ngoài máy từ khi duyệt năm 2026 (ngày 05/01/2027)."), `last`
    (where and when the last one went, None if never); `words`: `why` and what to do (`HOW`); `short`: what
    a status bar has room for (at 1366 pixels `why` wrapped the counts beside it onto two lines)."""

    why: Words
    last: Words | None
    untrusted: bool = False  # the last record cannot be trusted (`untrusted_said`)

    @property
    def short(self) -> Words:
        if self.untrusted:
            return Words("Cần sao lưu lại ra ngoài máy (USB)", "Back up outside this computer again (USB)")
        if self.last is None:
            return Words("Chưa từng sao lưu ra ngoài máy", "Never backed up outside this computer")
        return Words("Cần sao lưu ra ngoài máy (USB)", "Back up outside this computer (USB)")

    @property
    def words(self) -> Words:
        return Words.joined([self.why, HOW], " ")


def _day(at: dt.datetime) -> str:
    return format_date(at.astimezone().date())


def last_said(last: CopyOut) -> Words:
    """"Lần sao lưu ra ngoài máy gần nhất: ngày 01/11/2026, vào E:\\SaoLuu." """
    where = f", vào {last.folder}" if last.folder else ""
    where_en = f", to {last.folder}" if last.folder else ""
    return Words(f"Lần sao lưu ra ngoài máy gần nhất: ngày {_day(last.at)}{where}.",
                 f"Last backed up outside this computer on {_day(last.at)}{where_en}.")


def next_reminder_said(last: CopyOut) -> Words:
    """When the reminder comes back after the copy out `last` (the module's rule): an approval or an export of the
    approved report at once, figures saved from `DAYS_WITHOUT_COPY` days after it."""
    day = _day(last.at + dt.timedelta(days=DAYS_WITHOUT_COPY))
    return Words(f"Lần nhắc sao lưu tiếp theo: ngay khi duyệt một kỳ hoặc xuất báo cáo đã duyệt, hoặc từ ngày {day} "
                 "nếu có số liệu được lưu sau lần sao lưu này.",
                 "The next reminder to back up: as soon as a period is approved or an approved report exported, or "
                 f"from {day} if figures are saved after this backup.")


def standing_short(last: CopyOut) -> Words:
    """What a status bar says while the copy out `last` stands (none due): "Sao lưu ngoài máy: 18/12/2027"."""
    day = _day(last.at)
    return Words(f"Sao lưu ngoài máy: {day}", f"Backed up outside on {day}")


def standing_said(last: CopyOut) -> Words:
    """The whole of `standing_short`: where and when, and when the reminder comes back."""
    return Words.joined([last_said(last), next_reminder_said(last)], "\n")


def copied_out_said(last: CopyOut) -> Words:
    """The box after Tệp › Sao lưu ra… to a folder off the database's disk, recorded as `last`: it counts as the
    copy outside this computer, the reminder is off, and when it comes back (walk U14 F7: the box said only
    "Đã sao lưu và kiểm tra tệp", the status line's ⚠ went without a word)."""
    day = _day(last.at)
    return Words.joined([Words(
        f"Bản sao này nằm ngoài ổ đĩa chứa dữ liệu nên được tính là lần sao lưu ra ngoài máy (ngày {day}): nhắc sao "
        "lưu ra ngoài máy thôi hiện.",
        f"This copy is off the disk that holds the data, so it counts as the backup outside this computer ({day}): "
        "the reminder to back up outside this computer is off."), next_reminder_said(last)], " ")


def same_disk_said(due: Due | None, last: CopyOut | None) -> Words:
    """The box after Tệp › Sao lưu ra… to a folder on the database's own disk (not recorded, red-team R23 F1): lost
    with the disk; the reminder stays while a copy out is `due`; else the last copy out recorded, `last`, still
    counts (walk U14 F8: "until then the reminder stays" a minute after a copy to a stick, no reminder showing)."""
    lost = Words("Thư mục này nằm trên ổ đĩa của chính máy này, cùng với dữ liệu: hỏng ổ đĩa hay mất máy là mất cả "
                 "hai.", "This folder is on this computer's own disk, with the data: a dead disk or a stolen laptop "
                         "loses both.")
    if due is not None:
        then = Words("Hãy sao lưu thêm ra USB hoặc thư mục của máy khác; đến lúc đó lời nhắc vẫn còn.",
                     "Back up to a USB stick or another computer's folder as well; until then the reminder stays.")
    elif last is not None:
        where = f", vào {last.folder}" if last.folder else ""
        where_en = f", to {last.folder}" if last.folder else ""
        then = Words(f"Bản sao này không được tính là sao lưu ra ngoài máy; lần sao lưu ra ngoài máy gần nhất (ngày "
                     f"{_day(last.at)}{where}) vẫn được tính, chưa cần sao lưu lại.",
                     "This copy does not count as a backup outside this computer; the last one (on "
                     f"{_day(last.at)}{where_en}) still counts, no backup is needed yet.")
    else:
        then = Words("Bản sao này không được tính là sao lưu ra ngoài máy: hãy sao lưu thêm ra USB hoặc thư mục của "
                     "máy khác.", "This copy does not count as a backup outside this computer: back up to a USB "
                                  "stick or another computer's folder as well.")
    return Words.joined([lost, then], " ")


def _step_said(step: Step) -> Words:
    day = _day(step.at)
    if step.event == "sent":
        return Words(f"Chưa sao lưu ra ngoài máy từ khi xuất báo cáo {in_sentence(step.period.name)} (ngày {day}).",
                     f"Not backed up outside this computer since the report of {in_sentence(step.period.name_en)} was "
                     "exported "
                     f"({day}).")
    return Words(f"Chưa sao lưu ra ngoài máy từ khi duyệt {in_sentence(step.period.name)} (ngày {day}).",
                 f"Not backed up outside this computer since {in_sentence(step.period.name_en)} was approved ({day}).")


def untrusted_said(last: CopyOut, now: dt.datetime) -> Words | None:
    """Why the record `last` cannot be trusted at `now`: dated after tomorrow by this computer's clock; None
    when it can be, as far as its date goes."""
    if last.at.astimezone().date() <= now.astimezone().date() + dt.timedelta(days=1):
        return None
    day, today = _day(last.at), _day(now)
    return Words(f"Lần sao lưu ra ngoài máy gần nhất ghi ngày {day}, muộn hơn hôm nay ({today}) theo đồng hồ của "
                 "máy: không chắc bản sao đó có đủ số liệu, cần sao lưu lại.",
                 f"The last backup outside this computer is dated {day}, later than today ({today}) by this "
                 "computer's clock: it is not certain that copy holds all the figures; back up again.")


def _beyond_history(last: CopyOut) -> Words:
    return Words(f"Bản ghi lần sao lưu ra ngoài máy gần nhất (ngày {_day(last.at)}) không khớp với lịch sử số liệu "
                 "của máy: không chắc bản sao đó có đủ số liệu, cần sao lưu lại.",
                 f"The record of the last backup outside this computer ({_day(last.at)}) does not match this "
                 "computer's data history: it is not certain that copy holds all the figures; back up again.")


def _not_vouched(last: CopyOut) -> Words:
    where = f", vào {last.folder}" if last.folder else ""
    where_en = f", to {last.folder}" if last.folder else ""
    return Words(f"Lần sao lưu ra ngoài máy gần nhất (ghi ngày {_day(last.at)}{where}) được ghi ngoài chương trình, "
                 "không phải chương trình ghi khi sao lưu: không chắc đã có bản sao đó, cần sao lưu lại.",
                 f"The last backup outside this computer (dated {_day(last.at)}{where_en}) was recorded outside the "
                 "program, not by the program when backing up: it is not certain that copy exists; back up again.")


def copy_out_due(last: CopyOut | None, steps: list[Step], last_saved: dt.datetime | None,
                 now: dt.datetime, since: dt.datetime | None = None, history_end: int | None = None,
                 vouched: bool = True, saved_step: int | None = None) -> Due | None:
    """Whether a copy out is due (the module's rule), and the words saying why; None when it is not.
    `steps`: the unit's approvals and exports (`STEPS`); `last_saved`: when its data last changed, `saved_step`
    its last audit row (None: not known, the time compared); `since`: when its records began (read with no copy
    out ever; None: not known, the month not counted); `history_end`: the last row of the periods' history there
    is (None: not known), which a record holding a later one cannot be the record of a copy of; `vouched`: whether
    `last` is what the program last wrote of it, as the history's chain holds it (False: written outside the
    program, acknowledged or not)."""
    if last is not None and (said := untrusted_said(last, now)) is not None:
        return Due(said, None, untrusted=True)
    if last is not None and history_end is not None and (last.last_step or 0) > history_end:
        return Due(_beyond_history(last), None, untrusted=True)
    if last is not None and not vouched:
        return Due(_not_vouched(last), None, untrusted=True)
    steps = [s for s in steps if s.event in STEPS]
    if last is None:
        month = (last_saved is not None and since is not None
                 and now - since >= dt.timedelta(days=DAYS_WITHOUT_COPY))
        if not steps and not month:
            return None
        return Due(Words("Chưa từng sao lưu ra ngoài máy.", "Never backed up outside this computer."), None)
    after = sorted((s for s in steps if (s.order > last.last_step if last.last_step is not None else s.at > last.at)),
                   key=lambda s: (s.order, s.at))
    if after:  # the first since the copy: from then on the copy lacks it
        return Due(_step_said(after[0]), last_said(last))
    saved_after = (saved_step > last.saved_until if saved_step is not None and last.saved_until is not None
                   else last_saved is not None and last_saved > last.at)
    if saved_after and now - last.at >= dt.timedelta(days=DAYS_WITHOUT_COPY):
        days = (now - last.at).days
        return Due(Words(f"Đã {days} ngày chưa sao lưu ra ngoài máy, số liệu đã được lưu sau lần sao lưu đó.",
                         f"Not backed up outside this computer for {days} days; figures were saved since."),
                   last_said(last))
    return None
