"""Dates as people type them (day first, as everything they read is written), read into dates or
refused in words naming the field: a report's date in the window and on the command line, the
province's date of receipt."""
from __future__ import annotations

import datetime as dt
import re

from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import FIRST_YEAR

# A date typed day first: day/month/year with / . - or spaces between (one or two digits for
# the day and the month, four or two for the year), or eight digits ddmmyyyy.
_SEPARATED_DATE = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4}|\d{2})")
_DIGITS_DATE = re.compile(r"(\d{2})(\d{2})(\d{4})")


def read_day(text: str) -> tuple[dt.date | None, tuple]:
    """A date as typed, day first: (the date, ()) or (None, why): ("empty",), ("form",),
    ("month", shown, month) for a month that does not exist, ("day", shown, month, year, days)
    for a day its month does not have, ("early", shown, FIRST_YEAR) for a year before the
    term's; `shown` is what was typed as dd/mm/yyyy ("31092026": "31/09/2026"). A two-digit
    year is of this century ("5/7/26": 05/07/2026); a year of three digits, or six digits
    without separators ("050726"), is not read (which digits are the year?)."""
    text = (text or "").strip()
    if not text:
        return None, ("empty",)
    found = _SEPARATED_DATE.fullmatch(text) or _DIGITS_DATE.fullmatch(text)
    if found is None:
        return None, ("form",)
    day, month, year = (int(g) for g in found.groups())
    if len(found.group(3)) == 2:
        year += 2000
    shown = f"{day:02d}/{month:02d}/{year:04d}"
    if not 1 <= month <= 12:
        return None, ("month", shown, month)
    if year < FIRST_YEAR:
        return None, ("early", shown, FIRST_YEAR)
    import calendar  # (and locale with it) only for a date typed: not at every start

    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return None, ("day", shown, month, year, days)
    return dt.date(year, month, day), ()


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def read_report_date(text: str, field: str = "Ngày báo cáo", field_en: str = "Report date") -> dt.date:
    """A report's date as typed, on the command line or in the window: day/month/year as everything
    the user reads is written ("18/12/2026", "18-12-2026", "18.12.2026", "18122026"; `read_day`), or
    year-month-day ("2026-12-18"). Digits whose year cannot be told ("181226") and dates that do
    not exist are refused in Vietnamese, naming the field and an example."""
    typed = (text or "").strip()
    iso = _ISO_DAY.fullmatch(typed)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
        typed = f"{day}/{month}/{year}"
    day, why = read_day(typed)
    if day is not None:
        return day
    example, shown = "18/12/2026 (hoặc 2026-12-18)", (text or "").strip()
    if why[:1] == ("month",):
        vi, en = f"{why[1]} không có: không có tháng {why[2]}", f"{why[1]} does not exist: there is no month {why[2]}"
    elif why[:1] == ("day",):
        vi, en = (f"{why[1]} không có: tháng {why[2]}/{why[3]} có {why[4]} ngày",
                  f"{why[1]} does not exist: {why[2]}/{why[3]} has {why[4]} days")
    elif why[:1] == ("early",):
        vi, en = f"{why[1]} trước năm {why[2]}, năm đầu của nhiệm kỳ", f"{why[1]} is before {why[2]}, the term's first year"
    elif re.fullmatch(r"\d{5,7}|\d{1,2}\D+\d{1,2}\D+\d{3}", shown):
        vi, en = (f'"{shown}" chưa rõ phần nào là ngày, tháng, năm: viết ngày/tháng/năm đủ 4 chữ số năm, ví dụ {example}',
                  f'"{shown}" is ambiguous: which digits are the day, the month, the year? Write day/month/year with a '
                  "four-digit year, for example 18/12/2026 (or 2026-12-18)")
    else:
        vi, en = (f'"{shown}" không phải ngày/tháng/năm, ví dụ {example}',
                  f'"{shown}" is not a day/month/year, for example 18/12/2026 (or 2026-12-18)')
    raise InvalidInput(f"{field} {vi}.", field=field, en=f"{field_en} {en}.")
