"""What the province's consolidated report of the term's last year (2030) says of how it judges.

The communes' 2030 report is also the report of the whole term (`term_end`): its title reads "… năm
2030 và cả nhiệm kỳ 2026-2030" and a line says which rows are final for the term. Walk U21 F2: the
province's 2030 paper and workbook, consolidating those reports, said "… năm 2030" only and nothing of
what its verdicts judge. Its title now follows the communes' (`Consolidation.title`), and a note under
its tables says it (`term_judged_note`). Qt-free, without I/O.
"""
from __future__ import annotations

from collections.abc import Iterable

from desktop_app.core.catalog import Indicator
from desktop_app.core.periods import LAST_YEAR, Period
from desktop_app.core.term_end import TERM, is_term_end, numbers_text


def term_judged_note(p: Period, inds: Iterable[Indicator]) -> str:
    """"Năm 2030 là năm cuối nhiệm kỳ: chỉ tiêu số 1–7 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030
    (số 2–7: kết quả năm 2030, số 1: lũy kế 2026-2030, so với chỉ tiêu cả nhiệm kỳ); chỉ tiêu số 8, 9 đánh giá
    kết quả năm 2030." of the indicators `inds` (their numbers, `Indicator.no`) in the term's last year report;
    "" in any other. Short: on the workbook it is a row in its column B alone, every line of it a line taller."""
    if not p.is_year_end or not is_term_end(p.code):
        return ""
    inds = list(inds)
    level = [i.no for i in inds if i.horizon == "term_level"]
    total = [i.no for i in inds if i.horizon == "term_total"]
    year = [i.no for i in inds if i.horizon not in ("term_level", "term_total")]
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
