"""Where an indicator's history across the term leaves a hole: a whole year with nothing entered between
years entered, or a year a term total's running total leaves out. Walk U21 F3/F4: 2028's revenue never
entered, the Diễn biến dialog (ui/history_dialog) had no row for 2028 and drew its line from 2027 to 2029 as if
nothing were missing. Qt-free and without I/O.
"""
from __future__ import annotations

from desktop_app.core.rows import Row


def gap_years(rows: list[Row]) -> set[int]:
    """The whole years with no figure that the periods entered leave a hole at (walk U21 F3/F4: 2028's
    revenue never entered, its row absent and the line drawn from 2027 to 2029 as if nothing were missing):
    a term total's earlier years its running totals leave out (`Row.missing_years`), and a year not entered
    between two entered; only a year whose whole-year row has nothing entered."""
    entered = [r for r in rows if not r.entry.is_empty]
    years = {y for r in entered for y in r.missing_years}
    ends = [r.period.year for r in entered if r.period.is_year_end]
    if ends:
        years |= set(range(min(ends), max(ends))) - set(ends)
    return {r.period.year for r in rows if r.period.is_year_end and r.entry.is_empty and r.period.year in years}


def shown_rows(rows: list[Row]) -> list[Row]:
    """The table's rows: the periods entered, and a whole year not entered where it leaves a hole
    (`gap_years`), said "chưa nhập" in its row."""
    gaps = gap_years(rows)
    return [r for r in rows if not r.entry.is_empty or (r.period.is_year_end and r.period.year in gaps)]
