"""A term total's earlier years counted as the unit's file states them, unchecked.

The province recomputes, never trusts (docs/architecture.md, "Trust"): a term total (the budget's
revenue) is judged on the unit's running total, the period's figure and the term's earlier years, and
the province takes the earlier years from the reports of those years it holds (`recompute._as_held`).
Where it holds none of them (a province that starts with the program, or a unit that never sent its
year reports), the file's stated total of the earlier years is all there is: it is counted, and the
unit judged on it, as a unit whose key waits to be confirmed is counted, marked. Walk U21 F6: the
province's 2030 paper said every running total was "kết quả năm 2030 cộng các năm trước của đơn vị tỉnh
đã nhận" while 92 of them were the files' own statements; now each such unit is marked on the workbook
and counted in the paper's words (`on_file_words`, `on_file_summary`).

Where the province holds some of the years but not all, the file's share of the others is `Unchecked`
(said among the differences, no met verdict on it); where it holds them all, it computes with them (a
file stating otherwise is a difference, "Khác biệt").

Road accidents likewise (`count_vs_last_year`, a fall against the same period a year before): where the
province holds no earlier report of the unit, the file's "same period last year" is all there is
(`recompute._as_held`), counted and now marked as the file's (walk U21): `on_file_years` names that year,
and the window's line, the workbook's note under the indicator and the paper's note under section III
count the same units (`same_period_words`). Qt-free, without I/O.
"""
from __future__ import annotations

from collections.abc import Mapping

from desktop_app.core.catalog import Indicator
from desktop_app.core.periods import FIRST_YEAR, Period
from desktop_app.core.submission import Item
from desktop_app.core.wording import years_said
from desktop_app.core.words import Words

NAMED = 5  # units named in `on_file_summary`, the others counted


def on_file_years(ind: Indicator, p: Period, item: Item, held: Mapping[str, object],
                  missing: frozenset[int]) -> tuple[int, ...]:
    """The term's earlier years `item`'s running total counts as the file states them, the province
    holding none of those years' reports of the unit (`held`: period code -> its kept report); `missing`
    the years the file states without a result. () for another indicator, a file stating no earlier
    total, or when the province holds one of the years (then checked, or `recompute.Unchecked`).
    Of road accidents, (the same period's year,) when the file states a same period figure and the province
    holds none of the unit's earlier reports (holding some, it checks it or says it unchecked); () in
    2026, the term's first year, of which no earlier report exists to hold."""
    if ind.kind == "count_vs_last_year":
        last = p.same_period_last_year()
        stated = item.previous if item.previous is not None else item.last_year
        return (last.year,) if last is not None and stated is not None and not held else ()
    years = range(FIRST_YEAR, p.year)
    if ind.horizon != "term_total" or item.earlier_total is None or any(str(y) in held for y in years):
        return ()
    return tuple(y for y in years if y not in missing)


def on_file_words(years: tuple[int, ...]) -> str:
    """A unit's mark beside its running total, short, on one line of its cell: "Năm 2026-2029 theo tệp" (a
    longer one widened its column and took a line more on each of 92 rows: "Tổng hợp" printed 13 A3 pages
    more); the note under the sheet says what it means (`on_file_summary`: unchecked, counted)."""
    return f"Năm {years_said(list(years))} theo tệp"


def on_file_source(on_file: int, counted: int) -> str:
    """Where a running total's earlier years come from, after "kết quả năm 2030 cộng các năm trước":
    the province's reports, the files' statements, or either, as `on_file` of the `counted` units are."""
    if not on_file:
        return " của đơn vị tỉnh đã nhận"
    if on_file >= counted:
        return " theo số đơn vị ghi trong tệp"
    return " theo báo cáo các năm đó tỉnh đã nhận, hoặc theo số đơn vị ghi trong tệp khi tỉnh chưa nhận"


def on_file_summary(units: tuple[str, ...], counted: int) -> str:
    """The units (names in running text) whose earlier years are their files' own, counted and said: "92
    đơn vị (tất cả các đơn vị có kết quả) có các năm trước theo số đơn vị ghi trong tệp, tỉnh chưa nhận báo
    cáo các năm đó: chưa kiểm tra được, vẫn được tính và đánh giá"; "" for none. Up to `NAMED` named when
    not all of the `counted` units."""
    if not units:
        return ""
    if len(units) >= counted:
        who = f"{len(units)} đơn vị (tất cả)"
    else:
        more = f" và {len(units) - NAMED} đơn vị khác" if len(units) > NAMED else ""
        who = f"{len(units)} đơn vị ({', '.join(units[:NAMED])}{more})"
    return (f"{who} có các năm trước theo số đơn vị ghi trong tệp, tỉnh chưa nhận báo cáo các năm đó: chưa kiểm "
            "tra được, vẫn được tính và đánh giá")


def on_file_line(units: tuple[str, ...], counted: int) -> Words | None:
    """The window's line under a running total (ui/province_consolidation, beside its units short of a year):
    "gồm 92 đơn vị (tất cả) có các năm trước theo số đơn vị ghi trong tệp: tỉnh chưa nhận báo cáo các năm đó,
    chưa kiểm tra được"; None for none. The paper and the workbook said it; the window, where a reviewer
    reads the total first, did not."""
    if not units:
        return None
    n = len(units)
    every = n >= counted
    vi = (f"gồm {n} đơn vị{' (tất cả)' if every else ''} có các năm trước theo số đơn vị ghi trong tệp: tỉnh chưa "
          "nhận báo cáo các năm đó, chưa kiểm tra được")
    en = (f"{'all ' if every else ''}{n} unit(s) with the earlier years as their files state them: reports of those "
          "years not received, not checked")
    return Words(vi, en)


def same_period_words(units: tuple[str, ...], counted: int, p: Period) -> Words | None:
    """The units (names in running text) whose road accidents' same period a year before is their file's own
    (`on_file_years`), counted and said as the paper's and the workbook's notes under the indicator say it:
    "1 đơn vị (xã Tân Cương) có cùng kỳ năm trước theo số đơn vị ghi trong tệp, tỉnh chưa nhận báo cáo 6 tháng
    đầu năm 2026 của đơn vị: chưa kiểm tra được, vẫn được tính và đánh giá"; None for none. Up to `NAMED` named
    when not all of the `counted` units (those with a figure)."""
    last = p.same_period_last_year()
    if not units or last is None:
        return None
    n, report = len(units), last.name[:1].lower() + last.name[1:]
    report_en = last.name_en[:1].lower() + last.name_en[1:]
    if n >= counted:
        who, who_en = f"{n} đơn vị (tất cả)", f"all {n} unit(s)"
    else:
        more = f" và {n - NAMED} đơn vị khác" if n > NAMED else ""
        more_en = f" and {n - NAMED} other unit(s)" if n > NAMED else ""
        who, who_en = f"{n} đơn vị ({', '.join(units[:NAMED])}{more})", f"{n} unit(s) ({', '.join(units[:NAMED])}{more_en})"
    return Words(f"{who} có cùng kỳ năm trước theo số đơn vị ghi trong tệp, tỉnh chưa nhận báo cáo {report} của đơn "
                 "vị: chưa kiểm tra được, vẫn được tính và đánh giá",
                 f"{who_en} with the same period last year as their files state it, the {report_en} report not "
                 "received: not checked, still counted and judged")
