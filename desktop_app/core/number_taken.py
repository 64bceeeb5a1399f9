"""One document number, one report: a number and symbol ("01/BC-UBND") issued in a year is not issued again
that year for another report (red-team h4, F3).

The number typed at an approval's first export for the province (the window asks it, `chitieu export --number`
gives it) is fixed then
(core/doc_number.py); nothing compared it with the numbers the unit's other reports were issued with, so the
year's report and the nine months' went out as "Số: 01/BC-UBND" both, and so did an approval reopened,
corrected and approved again, beside the first one with other figures: two papers in circulation under one
number. The reports issued are the history's "sent" steps (each with the symbol its approval printed) and
those a restore recorded from the data it replaced (core/restore_record.py): the province holds them too.

The same code issued again keeps its number: the same report exported again, or the same figures approved
again (one code, one number: the province knows the report by its code, red-team 31 F1). A number left
blank, written by hand on the paper, is the office's own register's, which the program does not see.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop_app.core.doc_number import ByHand, Issued, as_read, printed_number
from desktop_app.core.periods import Period, format_time, in_sentence, period_of
from desktop_app.core.submission import SHORT_FINGERPRINT


@dataclass(frozen=True)
class IssuedReport:
    """A report of the unit issued for the province: its period's code, its code (`fingerprint`), the number
    and date it was issued with (`issued`, with the symbol it printed), and when it was marked sent."""
    period: str
    fingerprint: str
    issued: Issued
    sent_at: str


def refuse_number_taken(period: Period, fingerprint: str, number: str | None, symbol: str, day: dt.date,
                        issued: list[IssuedReport], files: tuple[str, str] | None = None) -> None:
    """Refuse to issue the approved report of `period` (code `fingerprint`) as `number`/`symbol` dated `day`
    when another report (another period, or another code of this one) was issued with that number and symbol
    in that year (`issued`), naming it and the next number free; a number left blank is never refused.
    `files`: what became of the files already written (a sentence, in Vietnamese and in English), when the
    number is checked again as the export is marked sent (`ApprovalActions.mark_sent`: another window or
    command may have issued it meanwhile); None: checked before writing, nothing written."""
    wanted = _number(number, symbol)
    if not wanted:
        return
    year = _of_year(issued, symbol, day.year)
    taken = next((r for r in year if _number(r.issued.doc_number, r.issued.symbol) == wanted
                  and (r.period, r.fingerprint) != (period.code, fingerprint)), None)
    if taken is None:
        return
    free = next_free(issued, symbol, day.year)
    other = period_of(taken.period)
    code, sent = taken.fingerprint[:SHORT_FINGERPRINT], format_time(taken.sent_at)
    said, said_en = taken.issued.said(symbol)
    issued_as = printed_number(taken.issued.doc_number, symbol)
    if as_read(issued_as) != issued_as:  # an older version's "2O": named as issued, and why it is 20
        said += f", trên bản in đọc như số {as_read(issued_as)}/{symbol}"
        said_en += f", read on paper as {as_read(issued_as)}/{symbol}"
    if taken.period == period.code:
        which = f"một lần duyệt trước của kỳ {in_sentence(period.name)}, với số liệu khác (mã xác thực {code})"
        which_en = f"an earlier approval of {period.name_en}, with other figures (code {code})"
    else:
        name = in_sentence(other.name) if other else taken.period
        which = f"báo cáo đã duyệt kỳ {name} (mã xác thực {code})"
        which_en = f"the approved report of {other.name_en if other else taken.period} (code {code})"
    printed = f"{printed_number(number, symbol)}/{symbol}"
    refused = (f"Không xuất được báo cáo kỳ {in_sentence(period.name)} với số văn bản {printed}: năm {day.year}, số "
               f"{printed} đã dùng cho {which}, xuất gửi tỉnh lúc {sent} ({said}). Mỗi văn bản một số: dùng số chưa "
               f"dùng trong năm {day.year}, số tiếp theo là {free}, hoặc ghi số viết tay trên bản in")
    refused_en = (f"The report of {period.name_en} cannot be exported with the document number {printed}: in "
                  f"{day.year}, {printed} was already issued for {which_en}, exported for the province at {sent} "
                  f"({said_en}). One number, one document: use a number not used in {day.year}, the next being "
                  f"{free}, or write the number by hand on the paper")
    raise NumberTaken((refused, refused_en), files or ("Chưa ghi tệp nào.", "No file was written."))


class NumberTaken(ByHand):
    """`refuse_number_taken`'s refusal: `said` up to "… hoặc ghi số viết tay trên bản in", then how that is done
    where it is read (`ByHand.saying_how`), then what became of the files written."""


def next_free(issued: list[IssuedReport], symbol: str, year: int) -> str:
    """The number after the highest issued in `year` with `symbol`, as the paper prints it ("18"; "01" when none)."""
    numbers = (_number(r.issued.doc_number, r.issued.symbol) for r in _of_year(issued, symbol, year))
    return printed_number(str(max((int(n) for n in numbers if n.isdigit()), default=0) + 1), symbol)


def earlier_issued(period: Period, fingerprint: str, issued: list[IssuedReport]) -> IssuedReport | None:
    """The last report of `period` issued with a number under another approval than `fingerprint`'s (reopened,
    corrected and approved again): its number is not this approval's (walk U17 F3)."""
    mine = [r for r in issued if r.period == period.code and r.fingerprint != fingerprint]
    return max(mine, key=lambda r: r.sent_at) if mine else None


def _of_year(issued: list[IssuedReport], symbol: str, year: int) -> list[IssuedReport]:
    return [r for r in issued if r.issued.report_date.year == year and _bare(r.issued.symbol) == _bare(symbol)]


def _number(number: str | None, symbol: str) -> str:
    """The number as the paper reads, in capitals, its leading zeros left out: "1", "01/BC-UBND", "01" and a
    register's "001" are one number, and so are "20" and an older version's "2O" (letter O, `as_read`)."""
    return as_read(printed_number(number, symbol)).upper().lstrip("0")


def _bare(symbol: str) -> str:
    return re.sub(r"\s+", "", symbol or "").upper()
