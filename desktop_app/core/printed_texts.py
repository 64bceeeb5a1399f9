"""What a file prints against the figures it states.

A file states each result twice: as figures (`value`, `target_op` and `target_value`,
`progress`), which the province recomputes and counts, and as the texts its report prints
(`value_text` "81,12", `target_text` "≥ 90", `compared_text` "95% chỉ tiêu", `own_target_text`),
which its own "Báo cáo" sheet shows. A unit's program writes the texts from the figures
(`submission.item_from_row`), so where the figures agree with the province's, the texts agree
with the ones the province writes from them with the same functions: a text that says
something else ("99" beside 81,12, a line break in a result) is a difference of the file,
shown and never counted (the province counts the figures). The quote says a line break or a
hidden character (U+202E) it leaves out, as the reader's refusals do. Where a figure differs,
that difference is said already and its text is not compared again.

Texts an earlier version wrote for the same figures are not differences (`earlier`: the forms
exports/FORMAT.md documents for `compared_text`). String compares only.
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal

from desktop_app.core.numbers import format_number
from desktop_app.core.quoting import quoted
from desktop_app.core.submission import Item
from desktop_app.core.wording import RUNNING

# (text, what a difference calls it, the figures it is written from)
TEXTS = (
    ("value_text", "kết quả", ("value",)),
    ("target_text", "chỉ tiêu", ("target_op", "target_value")),
    ("compared_text", "cột So với chỉ tiêu", ("value", "target_op", "target_value", "verdict", "progress")),
    ("own_target_text", "chỉ tiêu đơn vị tự đặt", ("own_target_op", "own_target_value")),
)

_SO_FAR = "Đến nay đã "  # "Đến nay đã vượt mức chỉ tiêu (102,7%)", from 2026.12
_CHANGE = " so với cùng kỳ"
_TINY = " dưới 0,1%" + _CHANGE  # "Giảm dưới 0,1% so với cùng kỳ", from 2026.12
_FROM_ZERO = "(cùng kỳ: 0)"  # "Tăng 3 vụ so với cùng kỳ (cùng kỳ: 0)", from 2026.12
# A reduction's unit: "Đến nay đã vượt chỉ tiêu 1,17 điểm %" from 2026.12 (walk U3 F3), where
# earlier files say "Đến nay đã vượt mức chỉ tiêu (4.000%)" or "Đến nay đã đạt mức chỉ tiêu (100%)"
_POINTS = "điểm %"
# A yes/no target ("Có") met before its horizon, from 2026.12 (walk U6 F2); earlier files print nothing
_MET_SO_FAR = "Đến nay đã đạt mức chỉ tiêu"


def earlier(field: str, stated: Item, ours: str) -> tuple[str, ...]:
    """The texts of `field` earlier versions wrote for the figures that make `ours`, as
    exports/FORMAT.md lists them (only `compared_text` was ever worded otherwise): the share of
    the target as `progress` holds it, "102,7% chỉ tiêu" (for "Đến nay đã vượt mức chỉ tiêu
    (102,7%)", "0,03% chỉ tiêu", "Tỷ lệ hộ nghèo tăng … so với đầu nhiệm kỳ"), and "Đã vượt mức
    chỉ tiêu (102,7%)", "Đã đạt mức chỉ tiêu (100%)" before a target's horizon, and for a reduction
    in points at or beyond its target "Đến nay đã vượt mức chỉ tiêu (4.000%)" (now "… 1,17 điểm %")
    or "Đến nay đã đạt mức chỉ tiêu (100%)"; for a change on the
    same period a year before, "Giảm 0% so với cùng kỳ" (now "Giảm dưới 0,1% …") and "Tăng 100%
    so với cùng kỳ" after a period without any (now "Tăng 3 vụ … (cùng kỳ: 0)"); for a yes/no target
    met before its horizon (no `progress`), nothing (now "Đến nay đã đạt mức chỉ tiêu")."""
    if field != "compared_text" or not ours:
        return ()
    if RUNNING in ours:  # a term total's running total, from 2026.12 (walk U11 F3): before it, none
        # ("56,9% chỉ tiêu") or, judged at the term's end, "Lũy kế 215.500"
        head, running = ours.split(RUNNING, 1)
        head = head.rstrip(". ")
        total = running.split(": ", 1)[-1].split(" ", 1)[0].rstrip(",")
        return (head, f"{RUNNING}{total}") + (earlier(field, stated, head) if head else ())
    if ours.endswith(_TINY):
        return (ours[:-len(_TINY)] + " 0%" + _CHANGE,)
    if ours.endswith(_FROM_ZERO):
        return ("Tăng 100%" + _CHANGE,)
    if stated.progress is None:
        return ("",) if ours == _MET_SO_FAR else ()
    try:
        share = format_number(Decimal(stated.progress), 1)
    except (ArithmeticError, ValueError):
        return ()
    forms = (f"{share}% chỉ tiêu",)
    if ours.startswith(_SO_FAR):  # "Đã vượt" also where 100% is now "đạt" (until 2026.12)
        forms += ("Đã " + ours[len(_SO_FAR):], f"Đã vượt mức chỉ tiêu ({share}%)", f"Đã đạt mức chỉ tiêu ({share}%)")
        word = ours[len(_SO_FAR):].split(" ", 1)[0]  # "vượt" or "đạt", as the verdict's rule says
        if stated.unit == _POINTS:  # a reduction at or beyond its target, in points from 2026.12
            forms += (f"{_SO_FAR}{word} mức chỉ tiêu ({share}%)", f"{_SO_FAR}{word} mức chỉ tiêu")
    return forms


def text_differences(name: str, stated: Item, ours: Item) -> list[str]:
    """The texts `stated` prints otherwise than `ours` (the province's item, recomputed from the
    same inputs) writes them, for figures the two agree on: one sentence each, naming the
    indicator (`name`), the file's text and the province's."""
    found = []
    for field, label, figures in TEXTS:
        text, again = getattr(stated, field) or "", getattr(ours, field) or ""
        if text == again or any(_shown(getattr(stated, f)) != _shown(getattr(ours, f)) for f in figures):
            continue  # the same text; or a figure differs, and its own difference is said
        if text in earlier(field, stated, again):
            continue
        hidden = next((f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), "")
        hidden = " (ghi nhiều dòng)" if "\n" in text else f" (có ký tự ẩn {hidden})" if hidden else ""
        found.append(f'{name}: tệp in {label} "{quoted(text)}"{hidden}, số liệu tệp ghi in ra "{quoted(again)}" '
                     "(chữ không khớp số; tỉnh tính theo số)")
    return found


def _shown(value) -> str:
    return "" if value is None else str(value)
