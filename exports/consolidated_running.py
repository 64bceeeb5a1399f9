"""The running totals of the term totals on the consolidated workbook's "Tổng hợp" (`exports.consolidated_xlsx`).

A term total (the budget's revenue) is judged on each unit's running total, the period's figure and the
term's earlier years summed, against its target for the whole term (`desktop_app.core.running`). Until
2026.12 the sheet showed the period's figure alone beside that verdict ("217373 | 46100 | Vượt", walk U11
F2). Its columns are read by place, so none moves: each term total keeps its block (its "Kết quả" the
period's figure, as before, the heading naming it so), and a block of the same four columns is added
after the last indicator, headed "… – Lũy kế 2026-2030", its "Kết quả" the running total the verdict
beside it judges, under the group `RUNNING_GROUP`; its "Toàn tỉnh" row the units' running totals summed
and, when the catalogue gives the province a target for the term, what is left of it.
"""
from __future__ import annotations

from dataclasses import replace

from desktop_app.core.catalog import Indicator
from desktop_app.core.consolidation import Consolidation
from desktop_app.core.running import running_words, shows_running
from desktop_app.core.stated_earlier import on_file_summary

RUNNING_GROUP = "Lũy kế các chỉ tiêu giao cho cả giai đoạn 2026 - 2030"
RUNNING_LABEL = "Tổng lũy kế"  # its "Toàn tỉnh" label, where another block says "Tổng"
# its columns' headings, where another block has `consolidated_xlsx.MAIN_SUB`: the same four places (read by
# place), its fourth the unit's years left out of its running total (R21 F1), not an own target
RUNNING_SUB = ("Chỉ tiêu cả giai đoạn", "Lũy kế", "Đánh giá", "Ghi chú")


def running_blocks(con: Consolidation) -> list[Indicator]:
    """The blocks added after the assigned indicators: one for each term total, named for its running total;
    none in 2026, when the running total is the period's own figure (`shows_running`)."""
    words = running_words(con.period)
    return [replace(ind, name=f"{ind.name} – {words}", group=RUNNING_GROUP)
            for ind in con.assigned if shows_running(ind, con.period)]


def is_running(ind: Indicator) -> bool:
    return ind.group == RUNNING_GROUP


def year_heading(con: Consolidation, ind: Indicator, running_column: str) -> str:
    """A term total's own block's heading: its "Kết quả" is the period's figure, its verdict judges the
    running total in `running_column`."""
    period = con.period.name[:1].lower() + con.period.name[1:]
    return (f"{ind.name} ({ind.unit}; kết quả: số {period}; đánh giá theo "
            f"{running_words(con.period).lower()}, cột {running_column})")


def short_note(con: Consolidation, ind: Indicator) -> str:
    """Of a running total's block, the units its "Tổng lũy kế" counts without an earlier year, named:
    "Tổng lũy kế chỉ tiêu 12 (lũy kế 2026-2028) gồm 1 đơn vị chưa đủ số liệu các năm: xã Tân Cương (chưa
    tính năm 2027), lũy kế của đơn vị chỉ cộng các năm có kết quả."; "" for none (R21 F1: the cell
    summed the other units alone, without a word)."""
    sm = con.summaries[ind.code]
    short = sm.short_words
    if short is None:
        return ""
    return (f"{RUNNING_LABEL} chỉ tiêu {ind.no} ({running_words(con.period).lower()}) {short}, lũy kế của đơn vị chỉ "
            f"cộng các năm có kết quả.")


def on_file_note(con: Consolidation, ind: Indicator) -> str:
    """Of a running total's block, the units whose earlier years are their files' own statements, the
    province holding none of those years' reports (`stated_earlier`, walk U21 F6), each marked in its
    "Ghi chú"; "" for none."""
    sm = con.summaries[ind.code]
    stated = on_file_summary(sm.running_on_file, sm.running_units)
    if not stated:
        return ""
    return f"{RUNNING_LABEL} chỉ tiêu {ind.no}: {stated} (cột Ghi chú: “Năm … theo tệp”)."
