"""Reporting periods of the 2026-2030 term: codes, names, data cut-off dates, deadlines.

Every period is cumulative from 1 January of its year (Quý I, 6 tháng, 9 tháng, Năm).
Cut-off dates follow the practice of Decree 09/2019/NĐ-CP (data from the 15th of
December of the previous year to the 14th of the period's last month); each province
sets its own, so both the cut-off day and the sending deadline live in `PeriodRules`,
which the settings can change.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from desktop_app.core.errors import InvalidInput
from desktop_app.core.vietnam_time import shown

FIRST_YEAR = 2026
LAST_YEAR = 2030
TERM = "2026-2030"

# kind -> the last month of the period (every period is cumulative from 1 January)
KINDS = {"Q1": 3, "6M": 6, "9M": 9, "Y": 12}

_CODE = re.compile(r"^(\d{4})(?:-(Q1|6M|9M))?$")


@dataclass(frozen=True)
class PeriodRules:
    """Province-specific dates: data run to `cutoff_day` of the period's last month
    (from the day after it in December of the year before); the report is due on
    `deadline_day` of the month `deadline_month_offset` months after that last month."""

    cutoff_day: int = 14
    deadline_day: int = 20
    deadline_month_offset: int = 0

    def __post_init__(self):
        if not 1 <= self.cutoff_day <= 28:
            raise InvalidInput("Ngày chốt số liệu phải từ 1 đến 28.", field="Ngày chốt số liệu",
                               en="The data cut-off day must be from 1 to 28.")
        if not 1 <= self.deadline_day <= 28:
            raise InvalidInput("Ngày hạn gửi báo cáo phải từ 1 đến 28.", field="Hạn gửi báo cáo",
                               en="The day the report is due must be from 1 to 28.")
        if not 0 <= self.deadline_month_offset <= 2:
            raise InvalidInput("Hạn gửi chỉ được lùi 0 đến 2 tháng sau kỳ.", field="Hạn gửi báo cáo",
                               en="The report can be due 0 to 2 months after the period only.")


@dataclass(frozen=True, order=True)
class Period:
    year: int
    kind: str  # "Q1", "6M", "9M" or "Y"

    @property
    def code(self) -> str:
        return str(self.year) if self.kind == "Y" else f"{self.year}-{self.kind}"

    @property
    def is_year_end(self) -> bool:
        return self.kind == "Y"

    @property
    def last_month(self) -> int:
        return KINDS[self.kind]

    @property
    def name(self) -> str:
        """The period as a report's summary line names it."""
        return {
            "Q1": f"Quý I năm {self.year}",
            "6M": f"6 tháng đầu năm {self.year}",
            "9M": f"9 tháng năm {self.year}",
            "Y": f"Năm {self.year}",
        }[self.kind]

    @property
    def name_en(self) -> str:
        """The same in English, for the English of error messages (as the window's English names it)."""
        return {
            "Q1": f"Quarter I {self.year}",
            "6M": f"First 6 months of {self.year}",
            "9M": f"9 months of {self.year}",
            "Y": f"Year {self.year}",
        }[self.kind]

    def same_period_last_year(self) -> "Period | None":
        return Period(self.year - 1, self.kind) if self.year > FIRST_YEAR else None

    def previous(self) -> "Period | None":
        """The period before this one in reporting order, or None for 2026 Quý I."""
        all_periods = term_periods()
        i = all_periods.index(self)
        return all_periods[i - 1] if i else None

    def earlier_in_year(self) -> "list[Period]":
        """The periods of the same year before this one, nearest first (cumulative from 1 January)."""
        kinds = list(KINDS)
        return [Period(self.year, k) for k in reversed(kinds[:kinds.index(self.kind)])]

    def cutoff(self, rules: PeriodRules = PeriodRules()) -> tuple[dt.date, dt.date]:
        """First and last day of the data window."""
        start = dt.date(self.year - 1, 12, rules.cutoff_day + 1)
        end = dt.date(self.year, self.last_month, rules.cutoff_day)
        return start, end

    def deadline(self, rules: PeriodRules = PeriodRules()) -> dt.date:
        month = self.last_month + rules.deadline_month_offset
        year = self.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return dt.date(year, month, rules.deadline_day)

    def __str__(self) -> str:
        return self.code


def earlier_periods(p: Period) -> tuple[Period, ...]:
    """The periods whose reports `p`'s results are computed from besides its own: the same
    period a year before (road accidents) and the term's earlier years (a term total)."""
    last = p.same_period_last_year()
    years = tuple(Period(y, "Y") for y in range(FIRST_YEAR, p.year))
    return tuple(dict.fromkeys(((last,) if last else ()) + years))


def term_periods() -> list[Period]:
    """All 20 periods of the term in reporting order."""
    return [Period(y, k) for y in range(FIRST_YEAR, LAST_YEAR + 1) for k in KINDS]


def period_of(code) -> "Period | None":
    """The period a stored code names; None for anything else (a row put in the database by hand:
    binary data, "2026-13M"), which a reader then names by its code rather than stop on it."""
    if not isinstance(code, str):
        return None
    try:
        return parse_period(code)
    except InvalidInput:
        return None


@functools.lru_cache(maxsize=256)  # a Period is immutable; intake parses one per file
def parse_period(text: "str | Period") -> Period:
    """Read a period code (`2026-Q1`, `2026-6M`, `2026-9M`, `2026`); a Period is itself."""
    if isinstance(text, Period):
        return text
    m = _CODE.match((text or "").strip().upper())
    if not m:
        raise InvalidInput(
            f'Kỳ báo cáo "{text}" không đúng dạng. Gõ một trong: 2026-Q1 (Quý I), '
            "2026-6M (6 tháng), 2026-9M (9 tháng), 2026 (cả năm).",
            field="Kỳ báo cáo",
            en=f'The period "{text}" is not written as a period. Type one of: 2026-Q1 (quarter I), '
               "2026-6M (6 months), 2026-9M (9 months), 2026 (whole year).",
        )
    year = int(m.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(
            f"Kỳ báo cáo {text}: năm phải trong nhiệm kỳ {FIRST_YEAR}-{LAST_YEAR}.",
            field="Kỳ báo cáo",
            en=f"Period {text}: the year must be within the term {FIRST_YEAR}-{LAST_YEAR}.",
        )
    return Period(year, m.group(2) or "Y")


def current_period(today: dt.date, rules: PeriodRules = PeriodRules()) -> Period:
    """The period an officer is working on: the first whose sending deadline has not passed."""
    periods = term_periods()
    for p in periods:
        if today <= p.deadline(rules):
            return p
    return periods[-1]


def is_overdue(deadline: dt.date, today: dt.date, set_up_on: dt.date | None = None) -> bool:
    """Whether an unsent period's report is late, for the red "Quá hạn" warning.

    A period whose deadline passed before this installation was set up (a ward starting the
    program in June, its Quý I report sent on paper in March) is not: nothing done in the
    program could have sent it in time, and only sending from the program clears a warning,
    so it would stay red for good. Periods due on or after the set-up day stay overdue once
    their deadline passes. A set-up day after `today` means the clocks disagree (the computer's
    date was wrong on one of the two days): it is not trusted, and every past deadline counts.
    """
    if today <= deadline:
        return False
    known = set_up_on is not None and set_up_on <= today
    return not (known and deadline < set_up_on)


def receiving_period(today: dt.date, rules: PeriodRules = PeriodRules()) -> Period:
    """The period the province is receiving reports of: the last whose figures are complete
    (its cutoff has passed). Not `current_period`: from 21/06 a commune works on 9 tháng while
    late 6 tháng reports still arrive, and the province's window must open on those."""
    periods = term_periods()
    done = [p for p in periods if p.cutoff(rules)[1] < today]
    return done[-1] if done else periods[0]


def in_time(p: Period) -> tuple[int, int]:
    """A period's place in time, to sort by: Quý I before 6 tháng (Period's own order is by its code's letters)."""
    return p.year, p.last_month


def in_sentence(name: str) -> str:
    """A period's name inside a sentence: "Kỳ năm 2026 chưa hoàn thành được", "Duyệt kết quả quý I
    năm 2026?", not "Kỳ Năm 2026" (its name alone, a heading or a list's cell, keeps the capital)."""
    return name[:1].lower() + name[1:]


def format_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def format_time(at: dt.datetime | str | None) -> str:
    """A moment as the program writes it for a person, in Vietnam time whatever this computer's zone
    (`core.vietnam_time`, walk U20 F10): "16:53 02/12/2026" (the hour first, as the signatures,
    backups and the province's reasons write it); a stored ISO time is read first, a text that is not
    one is given back as it is, and so is a moment that cannot be moved (red-team 23, F3)."""
    return shown(at)


def approval_day(approved_at: str | None) -> dt.date | None:
    """The day of an approval as its paper prints it ("Duyệt ngày 04/12/2026": the approving
    computer's date, the first ten characters of the ISO time the history keeps); None for none,
    or a time that is not one."""
    try:
        return dt.date.fromisoformat((approved_at or "")[:10])
    except ValueError:
        return None


# How far after today a report may be dated: one prepared on a Friday for Monday's signature, or
# before Tết's week off, is dated a few days ahead; a month covers any of them, and a year or month
# typed wrong ("18/12/2062", fixed for the approval at its first export) is refused (red-team 26, F5).
REPORT_DATE_AHEAD = dt.timedelta(days=30)


def check_report_date(period: Period, date: dt.date, rules: PeriodRules = PeriodRules(), *,
                      chosen: bool = True, approved: dt.date | None = None, today: dt.date | None = None) -> None:
    """A report cannot be dated before the last day of the figures it reports (a half-year
    report dated in February): refused, saying from which day it may be dated. `approved`: the
    day the period was approved (`approval_day`), given for a date chosen for an approved report:
    one before it is refused too, saying the same (walk 22, #3: "Duyệt ngày 04/12/2026" above a
    report dated 01/12/2026, which a leader would sign before approving it); today's date before it
    says the clock is behind (red-team 25, F1: a clock put back dated the paper 04/12 above "Duyệt
    ngày 05/12/2026", and that date was then kept as issued). `chosen=False`: the
    date is today's, the one an approved report prints when none is given (the window's
    export asks none): refused saying from which day it can be exported (walk 16, M1: a year
    report dated 04/12 for figures to 14/12, which a typed date could not be); the print, an export
    too, is refused in the same words (walk 17, L1). `today` (the computer's): a date chosen more than
    `REPORT_DATE_AHEAD` after it is refused, naming the last day accepted. A date issued already
    (core/doc_number.keep_issued) is not judged again: the paper in circulation carries it."""
    end = period.cutoff(rules)[1]
    if chosen and today is not None and date > today + REPORT_DATE_AHEAD:
        last = today + REPORT_DATE_AHEAD
        raise InvalidInput(
            f"Ngày báo cáo {format_date(date)} sau hôm nay ({format_date(today)}, theo đồng hồ máy tính) hơn "
            f"{REPORT_DATE_AHEAD.days} ngày: báo cáo đề ngày Lãnh đạo ký, không đề xa như vậy. Hãy kiểm tra năm, tháng đã "
            f"gõ; đề muộn nhất ngày {format_date(last)}.", field="Ngày báo cáo",
            en=f"The report date {format_date(date)} is more than {REPORT_DATE_AHEAD.days} days after today "
               f"({format_date(today)}, by the computer's clock): a report is dated the day a leader signs it, not so "
               f"far ahead. Check the year and month typed; date it {format_date(last)} at the latest.")
    if approved is not None and end <= approved and date < approved:
        # today before the approval, unasked or left as the window's box shows it: the clock was put back (red-team 25, F1)
        if not chosen or date == today:
            raise InvalidInput(
                f"Chưa xuất, in được báo cáo đã duyệt kỳ {in_sentence(period.name)}: báo cáo sẽ đề ngày hôm nay theo "
                f"đồng hồ máy tính ({format_date(date)}), trước {format_date(approved)}, ngày kỳ được duyệt; Lãnh đạo "
                "không ký báo cáo trước khi duyệt. Đồng hồ máy tính đang chạy chậm: hãy chỉnh lại ngày giờ cho đúng "
                "rồi xuất, in lại.", field="Đồng hồ máy tính",
                en=f"The approved report of {in_sentence(period.name_en)} cannot be exported or printed yet: it would be "
                   f"dated today by the computer's clock ({format_date(date)}), before {format_date(approved)}, the day the "
                   "period was approved; a leader does not sign a report before approving it. The computer's clock is "
                   "behind: set the right date and time, then export or print again.")
        raise InvalidInput(
            f"Ngày báo cáo {format_date(date)} trước {format_date(approved)}, ngày duyệt kết quả kỳ "
            f"{in_sentence(period.name)}: Lãnh đạo không ký báo cáo trước khi duyệt. Hãy đề từ ngày "
            f"{format_date(approved)} trở đi.", field="Ngày báo cáo",
            en=f"The report date {format_date(date)} is before {format_date(approved)}, the day the results of "
               f"{in_sentence(period.name_en)} were approved: a leader does not sign a report before approving it. "
               f"Date it {format_date(approved)} or later.")
    if date >= end:
        return
    if not chosen:
        raise InvalidInput(
            f"Chưa xuất, in được báo cáo đã duyệt kỳ {in_sentence(period.name)}: báo cáo sẽ đề ngày hôm nay "
            f"({format_date(date)}), trước {format_date(end)}, ngày cuối của số liệu kỳ; báo cáo không đề ngày "
            f"trước khi có đủ số liệu. Hãy xuất, in từ ngày {format_date(end)} trở đi.", field="Ngày báo cáo",
            en=f"The approved report of {in_sentence(period.name_en)} cannot be exported or printed yet: it would be dated "
               f"today ({format_date(date)}), before {format_date(end)}, the last day of the period's figures; a "
               f"report is not dated before its figures are complete. Export or print it on {format_date(end)} or later.")
    raise InvalidInput(
        f"Ngày báo cáo {format_date(date)} trước {format_date(end)}, ngày cuối của số liệu kỳ "
        f"{in_sentence(period.name)}: báo cáo không đề ngày trước khi có đủ số liệu. Hãy đề từ ngày "
        f"{format_date(end)} trở đi.", field="Ngày báo cáo",
        en=f"The report date {format_date(date)} is before {format_date(end)}, the last day of the "
           f"figures of {in_sentence(period.name_en)}: a report is not dated before its figures are "
           f"complete. Date it {format_date(end)} or later.")


def earliest_report_date(period: Period, today: dt.date, rules: PeriodRules = PeriodRules(), *,
                         approved: dt.date | None = None) -> dt.date | None:
    """The first day `check_report_date` accepts for an approved report of `period` chosen on `today`:
    today, or the last day of its figures when later (a year approved on 06/12 for figures to 14/12:
    the number and date box proposed 06/12 and refused it, Enter never exporting: walk U1, F1). None
    when no day is, or when the approval would set it: `approved` after that day means the clock is
    behind (today's date is refused saying so, which a later day proposed would hide: red-team 25, F1);
    the figures ending more than `REPORT_DATE_AHEAD` after today."""
    day = max(today, period.cutoff(rules)[1])
    if approved is not None and day < approved:
        return None
    try:
        check_report_date(period, day, rules, approved=approved, today=today)
    except InvalidInput:
        return None
    return day
