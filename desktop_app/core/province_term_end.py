"""What the province's consolidated report of the term's last year (2030) says of how it judges.

The communes' 2030 report is also the report of the whole term (`term_end`): its title reads "… năm
2030 và cả nhiệm kỳ 2026-2030" and a line says which rows are final for the term. Walk U21 F2: the
province's 2030 paper and workbook, consolidating those reports, said "… năm 2030" only and nothing of
what its verdicts judge. Its title now follows the communes' (`Consolidation.title`), and a note under
its tables says it (`term_judged_note`). The window's "Tổng hợp chỉ tiêu" said neither: it reads the same
words above its table (`term_end_heading`, `term_judged_words`, in both of the window's languages).
Qt-free, without I/O.
"""
from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.catalog import Indicator
from desktop_app.core.periods import LAST_YEAR, Period
from desktop_app.core.term_end import TERM, is_term_end, numbers_text
from desktop_app.core.words import Words


def _judged_numbers(p: Period, inds: Iterable[Indicator]) -> tuple[list[int], list[int], list[int]] | None:
    """The numbers of `inds` the term's last year report judges for the term at their 2030 level, on their
    five years' total, and for the year; None in any other report."""
    if not p.is_year_end or not is_term_end(p.code):
        return None
    inds = list(inds)
    return ([i.no for i in inds if i.horizon == "term_level"], [i.no for i in inds if i.horizon == "term_total"],
            [i.no for i in inds if i.horizon not in ("term_level", "term_total")])


def term_judged_note(p: Period, inds: Iterable[Indicator]) -> str:
    """"Năm 2030 là năm cuối nhiệm kỳ: chỉ tiêu số 1–7 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030
    (số 2–7: kết quả năm 2030, số 1: lũy kế 2026-2030, so với chỉ tiêu cả nhiệm kỳ); chỉ tiêu số 8, 9 đánh giá
    kết quả năm 2030." of the indicators `inds` (their numbers, `Indicator.no`) in the term's last year report;
    "" in any other. On the workbook a row of its own, its words over the first page's columns."""
    numbers = _judged_numbers(p, inds)
    if numbers is None:
        return ""
    level, total, year = numbers
    how = []
    if level:
        how.append(f"số {numbers_text(level)}: kết quả năm {LAST_YEAR}")
    if total:
        how.append(f"số {numbers_text(total)}: lũy kế {TERM}")
    if len(how) == 1:  # one kind of the term's targets: its numbers said once
        how = [how[0].partition(": ")[2]]
    parts = []
    if level or total:
        parts.append(f"chỉ tiêu số {numbers_text(level + total)} đánh giá kết quả cuối cùng cả nhiệm kỳ {TERM} "
                     f"({', '.join(how)}, so với chỉ tiêu cả nhiệm kỳ)")
    if year:
        parts.append(f"chỉ tiêu số {numbers_text(year)} đánh giá kết quả năm {LAST_YEAR}")
    return f"Năm {LAST_YEAR} là năm cuối nhiệm kỳ: {'; '.join(parts)}." if parts else ""


def _judged_english(level: list[int], total: list[int], year: list[int]) -> str:
    """`term_judged_note`'s sentence in English, for the window's English interface."""
    how = []
    if level:
        how.append(f"no. {numbers_text(level)}: the result of {LAST_YEAR}")
    if total:
        how.append(f"no. {numbers_text(total)}: the total of {TERM}")
    if len(how) == 1:
        how = [how[0].partition(": ")[2]]
    parts = []
    if level or total:
        parts.append(f"indicators no. {numbers_text(level + total)} are judged on the final result of the whole "
                     f"term {TERM} ({', '.join(how)}, against the whole term's targets)")
    if year:
        parts.append(f"indicators no. {numbers_text(year)} on the result of {LAST_YEAR}")
    return f"{LAST_YEAR} is the term's last year: {'; '.join(parts)}." if parts else ""


def term_judged_words(p: Period, inds: Iterable[Indicator]) -> Words | None:
    """`term_judged_note` in both of the window's languages (its "Tổng hợp chỉ tiêu" reads it above its
    table, the paper under it); None in any report but the term's last year's."""
    inds = list(inds)
    vi = term_judged_note(p, inds)
    numbers = _judged_numbers(p, inds)
    return Words(vi, _judged_english(*numbers)) if vi and numbers else None


def term_end_heading(title: str, p: Period) -> Words | None:
    """The consolidated report's title (`Consolidation.title`, "Tổng hợp kết quả … năm 2030 và cả nhiệm kỳ
    2026-2030") in both of the window's languages, in the term's last year report; None in any other (there
    the window's period box says what the paper's title adds)."""
    if not p.is_year_end or not is_term_end(p.code):
        return None
    name = p.name_en
    return Words(title, f"Consolidated results of the main indicators of the communes and wards, "
                        f"{name[:1].lower()}{name[1:]} and the whole term {TERM}")
