"""The words documents print for what the core computes: targets, comparisons, verdict
counts. Reports and files sent to the province are always Vietnamese; the window words
the same data in the interface language (`ui/labels.py`)."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from desktop_app.core.catalog import Indicator, Target
from desktop_app.core.evaluation import Comparison, Verdict, verdict_counts
from desktop_app.core.numbers import format_number


def target_text(ind: Indicator, target: Target | None) -> str:
    """"≥ 90", "Có", "Giảm ≥ 5% so với cùng kỳ"."""
    return "" if target is None else target_words(ind.kind, ind.decimals, target)


def target_words(kind: str, decimals: int, target: Target) -> str:
    """`target_text` of an indicator of `kind` and `decimals` (as a catalogue document states them)."""
    if kind == "count_vs_last_year":  # a fall in percent: "≥ 5" would read as at least 5 accidents
        return f"Giảm {target.label(1)}% so với cùng kỳ"
    return target.label(decimals)


def target_level(comparison: Comparison) -> str | None:
    """Where a progress stands against the target's level before its horizon, as it is shown
    (to one decimal): "passed" beyond it, "reached" at exactly 100%, None below."""
    shown = Decimal(comparison.value).quantize(Decimal("0.1"), ROUND_HALF_UP)  # as format_number shows it
    if shown > 100:
        return "passed"
    return "reached" if shown == 100 else None


def compared_text(ind: Indicator, comparison: Comparison | None) -> str:
    """"95% chỉ tiêu", "Giảm 10% so với cùng kỳ", "Lũy kế 1.250"."""
    if comparison is None:
        return ""
    if comparison.kind == "progress":
        level = target_level(comparison)  # before the target's horizon, already at or beyond it
        if level:
            word = "vượt" if level == "passed" else "đạt"
            return f"Đã {word} mức chỉ tiêu ({format_number(comparison.value, 1)}%)"
        return f"{format_number(comparison.value, 1)}% chỉ tiêu"
    if comparison.kind == "change":
        if comparison.value == 0:
            return "Không đổi so với cùng kỳ"
        word = "Giảm" if comparison.value < 0 else "Tăng"
        return f"{word} {format_number(abs(comparison.value), 1)}% so với cùng kỳ"
    return f"Lũy kế {format_number(comparison.value, ind.decimals)}"


def summary_text(verdicts) -> str:
    """"Vượt 3, Đạt 4, Không đạt 1, Chưa nhập 1"."""
    return ", ".join(f"{v.value} {n}" for v, n in verdict_counts(Verdict(v) for v in verdicts))


LONG_REMARK = 200  # characters; a longer "Ghi chú" is printed in full under the table


def remark_cell(remarks: str, notes: list[str]) -> str:
    """A "Ghi chú" cell as the report's table prints it, on paper (the PDF) and in the
    workbook's "Báo cáo" alike: the remark itself, or, when it is longer than `LONG_REMARK`,
    its beginning and a reference to the note under the table: the remark is appended to
    `notes`, numbered from 1 (`notes` is the table's list, shared by its rows)."""
    if len(remarks) <= LONG_REMARK:
        return remarks
    notes.append(remarks)
    cut = remarks[:LONG_REMARK - 50].rsplit(" ", 1)[0]
    return f"{cut}… (xem ghi chú {len(notes)} dưới biểu)"
