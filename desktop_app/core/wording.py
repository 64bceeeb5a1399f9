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
    """Where a progress stands against the target's level before its horizon: "passed",
    "reached" or None below, decided as the verdict is (`evaluation.level`: display precision,
    strict > and <), never by the rounded percentage (99,98 of 100 is 100,0% and not met)."""
    return comparison.level if comparison.kind == "progress" else None


def progress_percent(comparison: Comparison) -> str | None:
    """The percentage of the target a progress column shows, to one decimal ("95", "109,8"),
    or None where that figure would contradict the level: one reached at display precision
    but below 100% (3,1968 shown 3,2 against "≥ 3,2": 99,9%), one passed within 100,0%. A
    percentage that rounds to 100 while the target is not met is shown as 99,9."""
    shown = Decimal(comparison.value).quantize(Decimal("0.1"), ROUND_HALF_UP)  # as format_number shows it
    level = target_level(comparison)
    if level is None and shown == 100:
        return format_number(Decimal("99.9"), 1)
    if (level == "reached" and shown < 100) or (level == "passed" and shown <= 100):
        return None
    return format_number(comparison.value, 1)


def change_words(ind: Indicator, comparison: Comparison) -> tuple[str, str]:
    """How a change on the same period last year is worded: ("same", ""), ("up_from_zero",
    the count: "5"), ("up"/"down", the percentage: "40") or ("up_tiny"/"down_tiny", "0,1") for
    a real change that shows as 0% at one decimal."""
    value = comparison.value
    if value == 0:
        return "same", ""
    if comparison.before == 0 and comparison.count is not None:  # no percentage of nothing
        return "up_from_zero", format_number(comparison.count, ind.decimals)
    word = "down" if value < 0 else "up"
    if abs(value).quantize(Decimal("0.1"), ROUND_HALF_UP) == 0:
        return f"{word}_tiny", format_number(Decimal("0.1"), 1)
    return word, format_number(abs(value), 1)


def compared_text(ind: Indicator, comparison: Comparison | None) -> str:
    """"95% chỉ tiêu", "Giảm 10% so với cùng kỳ", "Lũy kế 1.250"."""
    if comparison is None:
        return ""
    if comparison.kind == "progress":
        level = target_level(comparison)  # before the target's horizon, already at or beyond it
        percent = progress_percent(comparison)
        if level:
            word = "vượt" if level == "passed" else "đạt"
            return f"Đã {word} mức chỉ tiêu" + (f" ({percent}%)" if percent else "")
        return f"{percent}% chỉ tiêu"
    if comparison.kind == "change":
        how, figure = change_words(ind, comparison)
        if how == "same":
            return "Không đổi so với cùng kỳ"
        if how == "up_from_zero":
            return f"Tăng {figure} {ind.unit} so với cùng kỳ (cùng kỳ: 0)"
        word = "Giảm" if how.startswith("down") else "Tăng"
        if how.endswith("_tiny"):
            return f"{word} dưới {figure}% so với cùng kỳ"
        return f"{word} {figure}% so với cùng kỳ"
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
