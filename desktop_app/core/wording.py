"""The words documents print for what the core computes: targets, comparisons, verdict
counts. Reports and files sent to the province are always Vietnamese; the window words
the same data in the interface language (`ui/labels.py`)."""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.core.catalog import (
    SOURCE_PROVINCE_TERM,
    SOURCE_RESOLUTION,
    Indicator,
    Target,
)
from desktop_app.core.evaluation import HUNDRED, Comparison, Verdict, at_precision, level, verdict_counts
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR, Period, format_date, in_sentence
from desktop_app.core.words import Words


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


_TENTH, _JUST_BELOW = Decimal("0.1"), Decimal("99.9")


def progress_percent(comparison: Comparison) -> str | None:
    """The percentage of the target a progress column shows, to one decimal ("95", "109,8"),
    or None where that figure would contradict the level: one reached at display precision
    but below 100% (3,1968 shown 3,2 against "≥ 3,2": 99,9%), one passed within 100,0%. A
    percentage that rounds to 100 while the target is not met is shown as 99,9; one that is not
    0 but rounds to it, to its first significant digit ("0,03": 1.234,5 of a five-year 4.450.844
    read "0% chỉ tiêu" until 2026.12, as if nothing were done; `comparison.value` unrounded,
    `unrounded_progress`). None for a yes/no target met (`Comparison.yes_no`): a share of "Có"
    says nothing."""
    if comparison.yes_no:
        return None
    shown = Decimal(comparison.value).quantize(_TENTH, ROUND_HALF_UP)  # as format_number shows it
    level = target_level(comparison)
    if level is None and shown == 100:
        return format_number(_JUST_BELOW, 1)
    if (level == "reached" and shown < 100) or (level == "passed" and shown <= 100):
        return None
    if shown == 0 and comparison.value != 0:
        return format_number(comparison.value, -Decimal(comparison.value).adjusted())
    return format_number(shown, 1)  # rounded as format_number rounds it: not rounded again


def unrounded_progress(progress: Decimal, compared, target: Target | None) -> Decimal:
    """The percentage of `target` that `compared` reaches, unrounded, where it rounds to
    `progress` (the evaluation's, to one decimal, `evaluation.progress`: what files state);
    `progress` itself otherwise (a report's stated progress shown as approved)."""
    if target is None or isinstance(compared, bool) or isinstance(target.value, bool) or not target.value:
        return progress
    exact = compared * 100 / target.value
    return exact if exact.quantize(_TENTH, ROUND_HALF_UP) == progress else progress


def progress_comparison(ind: Indicator, progress: Decimal | None, compared, target: Target) -> Comparison | None:
    """The "progress" comparison of `compared` with `target`, as the window, the paper and the province's
    charts word it: the unrounded share (`unrounded_progress`), the level reached, and for a reduction the
    fall and the target's value (a fall beyond it is said in points: `reduction_beyond`). A yes/no target
    before its horizon (`progress` None): met, the level "reached" without a share ("Đến nay đã đạt mức
    chỉ tiêu", as a figure exactly at its level: walk U6 F2, "Có" in 2026 printed nothing beside "Đang
    thực hiện"); not met, None (nothing said: the verdict says it is in progress)."""
    if isinstance(compared, bool) or isinstance(target.value, bool):
        reached = level(ind, compared, target)
        return Comparison("progress", HUNDRED, level=reached, yes_no=True) if reached else None
    fall = compared if ind.kind == "reduction" else None
    return Comparison("progress", unrounded_progress(progress, compared, target), level=level(ind, compared, target),
                      reduction=fall, target=target.value if fall is not None else None)


# The rate a "reduction" indicator reduces: the poverty rate, the catalogue's one such indicator
# (docs/indicators.md, `giam_ngheo`: baseline rate at the start of the term − current rate).
REDUCED_RATE = "Tỷ lệ hộ nghèo"


def reduction_words(ind: Indicator, comparison: Comparison) -> tuple[str, str] | None:
    """How a reduction's progress is worded where its percentage of the target would mislead:
    ("up", the rise: "0,37") when the rate rose since the start of the term ("−123,1% chỉ tiêu"
    said nothing of it), ("same", "") when it shows no fall at display precision; None for a fall."""
    fall = comparison.reduction if comparison.kind == "progress" else None
    if fall is None:
        return None
    shown = fall.quantize(Decimal(1).scaleb(-ind.decimals), ROUND_HALF_UP)
    if shown < 0:
        return "up", format_number(-fall, ind.decimals)
    return ("same", "") if shown == 0 else None


def reduction_beyond(ind: Indicator, comparison: Comparison) -> Words | None:
    """What the column says of a reduction that has reached or passed its target before the
    horizon: by how many points its fall is beyond the target, at display precision as the verdict
    compares them, "Đến nay đã vượt chỉ tiêu 1,17 điểm %", never a percentage of the target: a
    fall of 1,2 points against 0,03 read "Đến nay đã vượt mức chỉ tiêu (4.000%)", a share of a fall
    in points that reads as a data error (walk U3 F3; the catalogue's targets run from 0,03 to 7,81
    points). In both of the window's languages (the window says what the report says). None for any
    other progress: a reduction below its target keeps its share ("40% chỉ tiêu", at most 99,9), as
    every other kind does."""
    if comparison.kind != "progress" or comparison.reduction is None or comparison.target is None:
        return None
    level = target_level(comparison)
    if level is None:
        return None
    beyond = abs(at_precision(comparison.reduction, ind.decimals) - at_precision(comparison.target, ind.decimals))
    figure = format_number(beyond, ind.decimals)
    if level == "passed":
        return Words(f"Đến nay đã vượt chỉ tiêu {figure} {ind.unit}",
                     f"So far above the target by {figure} points")
    if beyond:  # a strict "> 0,03" met by 1,2: Đạt, by 1,17 points more
        return Words(f"Đến nay đã đạt mức chỉ tiêu, vượt {figure} {ind.unit}",
                     f"So far at the target level, {figure} points beyond it")
    return Words("Đến nay đã đạt mức chỉ tiêu", "So far at the target level")


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


# When a target is judged: the line explaining "Đang thực hiện" (beside "Đến nay đã vượt mức chỉ
# tiêu" it read as a contradiction), one wording under the commune's annex table, the province's
# tables and its chart page's caption
JUDGED_WHEN = (f"Chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ ở kỳ báo cáo năm {LAST_YEAR}; "
               "trước đó là “Đang thực hiện”")


def judged_when(target: Target) -> Words:
    """When THIS target is judged, said on the window's verdict cell of a row "Đang thực hiện"
    (walk U6 F1: 6 of 8 province targets read so in the 2026 year report, and the window never
    said why; the paper's `JUDGED_WHEN` says it of all rows at once), in both of its languages."""
    if target.horizon in ("term_level", "term_total"):
        return Words(f"Chỉ tiêu cả nhiệm kỳ (đến năm {LAST_YEAR}): đánh giá ở kỳ báo cáo năm {LAST_YEAR}; "
                     "trước đó là “Đang thực hiện”.",
                     f"Whole-term target (to {LAST_YEAR}): assessed in the {LAST_YEAR} annual report; "
                     "until then “In progress”.")
    return Words("Chỉ tiêu năm: đánh giá ở kỳ báo cáo năm; trước đó là “Đang thực hiện”.",
                 "Annual target: assessed in the annual report; until then “In progress”.")


def compared_text(ind: Indicator, comparison: Comparison | None) -> str:
    """"95% chỉ tiêu", "Đến nay đã vượt mức chỉ tiêu (102,7%)", "Giảm 10% so với cùng kỳ", "Lũy kế
    1.250", "Tỷ lệ hộ nghèo tăng 0,37 điểm % so với đầu nhiệm kỳ", "Đến nay đã vượt chỉ tiêu 1,17
    điểm %" (a reduction beyond its target, `reduction_beyond`). A target level passed or reached
    before its horizon says "Đến nay" (so far): until 2026.12 "Đã vượt mức chỉ tiêu (102,7%)" beside
    "Đang thực hiện" read as a contradiction. A yes/no target met before its horizon says it in the
    same words, without a share ("Đến nay đã đạt mức chỉ tiêu": until 2026.12 nothing)."""
    if comparison is None:
        return ""
    if comparison.kind == "progress":
        reduced = reduction_words(ind, comparison)
        if reduced:  # the rate rose, or did not fall: said so, not as a negative share of the target
            how, figure = reduced
            if how == "up":
                return f"{REDUCED_RATE} tăng {figure} {ind.unit} so với đầu nhiệm kỳ"
            return f"{REDUCED_RATE} chưa giảm so với đầu nhiệm kỳ"
        level = target_level(comparison)  # before the target's horizon, already at or beyond it
        beyond = reduction_beyond(ind, comparison)  # a fall in points at or beyond its target: in points
        if beyond is not None:
            return str(beyond)
        percent = progress_percent(comparison)
        if level:  # "so far": the verdict beside it is still "Đang thực hiện" until the horizon
            word = "vượt" if level == "passed" else "đạt"
            return f"Đến nay đã {word} mức chỉ tiêu" + (f" ({percent}%)" if percent else "")
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


# --- a term total's running total -------------------------------------------------------------

RUNNING = "Lũy kế "  # how a term total's running total begins on paper (`running_total_words`)


def years_said(years: list[int]) -> str:
    """"2026-2028" for years in a row, "2026, 2028-2030" with a gap."""
    runs: list[list[int]] = []
    for y in years:
        if runs and runs[-1][-1] == y - 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def running_total_words(ind: Indicator, p: Period, total: Decimal, target: Target | None,
                        missing: tuple[int, ...] = (), final: bool = False) -> Words:
    """What a term total's row says of its running total, for a leader to check with a calculator
    (walk U11 F3: "56,9% chỉ tiêu" of a total printed nowhere): the years whose results it adds up,
    the total, and what is left to reach the term's target, or beyond it. "Lũy kế 2026-2028:
    123.600 (còn 93.773 để đạt chỉ tiêu nhiệm kỳ)"; before a year's report "Lũy kế 2026 - 6 tháng
    đầu năm 2027: …"; an earlier year not counted (no approved report of it) named, "Lũy kế 2026,
    2028 (chưa tính năm 2027): …"; judged at the term's end (`final`) "Lũy kế 2026-2030: 215.500,
    thiếu 1.873 so với chỉ tiêu". Only from what the row states (the province words it the same)."""
    years = [y for y in range(FIRST_YEAR, p.year) if y not in missing]
    if p.is_year_end:
        counted = counted_en = years_said(years + [p.year])
    else:  # the earlier years, then the part of this one
        before = f"{years_said(years)} - " if years else ""
        counted, counted_en = before + in_sentence(p.name), before + in_sentence(p.name_en)
    if missing:
        left_out = ", ".join(map(str, missing))
        counted, counted_en = f"{counted} (chưa tính năm {left_out})", f"{counted_en} (not counting {left_out})"
    figure = format_number(total, ind.decimals)
    head = Words(f"{RUNNING}{counted}: {figure}", f"Total so far {counted_en}: {figure}")
    if target is None or isinstance(target.value, bool) or ind.direction != "higher":
        return head
    gap = target.value - total
    amount = format_number(abs(gap), ind.decimals)
    if final:
        if gap > 0:
            tail = Words(f", thiếu {amount} so với chỉ tiêu", f", {amount} short of the target")
        elif gap < 0:
            tail = Words(f", vượt {amount} so với chỉ tiêu", f", {amount} above the target")
        else:
            tail = Words(", bằng chỉ tiêu", ", equal to the target")
    elif gap > 0:
        tail = Words(f" (còn {amount} để đạt chỉ tiêu nhiệm kỳ)", f" ({amount} left to reach the term target)")
    elif gap < 0:
        tail = Words(f" (đã vượt chỉ tiêu nhiệm kỳ {amount})", f" (term target already passed by {amount})")
    else:
        tail = Words(" (đã đạt chỉ tiêu nhiệm kỳ)", " (term target already reached)")
    return Words(head + tail, head.en + tail.en)


# --- how long a target runs -----------------------------------------------------------------

TERM_YEARS = LAST_YEAR - FIRST_YEAR + 1


def target_span(horizon: str, year: int | None = None) -> Words:
    """How long a target of `horizon` runs. With `year`, as the report prints it under the target
    of a report of that year: "tổng 5 năm" and "2026-2030" under it (a sum over the term's years;
    on a line of their own: a spreadsheet broke "2026-" from "2030" in a narrow column), "đến năm
    2030" (a level to reach by the term's end), "năm 2026" (each year's: this one's); without, as
    the window says it beside the target's source: "tổng 5 năm", "đến 2030", "hằng năm". On paper
    "217.373" alone read as the year's target ("3,4% chỉ tiêu" beside it as a failing year)."""
    if horizon == "term_total":
        years = f"\n{FIRST_YEAR}-{LAST_YEAR}" if year else ""
        return Words(f"tổng {TERM_YEARS} năm{years}", f"{TERM_YEARS}-year total{years}")
    if horizon == "term_level":
        return Words(f"đến năm {LAST_YEAR}" if year else f"đến {LAST_YEAR}", f"by {LAST_YEAR}")
    return Words(f"năm {year}", f"year {year}") if year else Words("hằng năm", "each year")


def source_words(target: Target) -> Words | None:
    """Where a target comes from and how long it runs, as the window says it beside the target:
    "Tỉnh giao, tổng 5 năm", "NQ Tỉnh ủy, đến 2030"; None for a unit's own target (the window
    says "Tự đặt 2026" itself)."""
    if target.source == SOURCE_PROVINCE_TERM:
        who = Words("Tỉnh giao", "Province")
    elif target.source == SOURCE_RESOLUTION:
        who = Words("NQ Tỉnh ủy", "Party resolution")
    else:
        return None
    return Words.joined([who, target_span(target.horizon)], ", ")


# --- how a table prints a figure and a unit -------------------------------------------------

MINUS = "\u2212"  # the minus sign of print: "−0,37" (the hyphen of "-0,37" reads as a dash)
NBSP = "\u00a0"
# Units of more than one word that a line never parts ("0,37 điểm" above "% so với đầu").
KEPT_UNITS = ("điểm %", "Lũy kế")  # and a term total's running total: "Lũy" above "kế 2026-2028"


def printed_result(value_text: str) -> str:
    """A result as the report's table prints it (on paper and in the workbook's "Báo cáo"): a
    negative figure with the minus sign of print, "−0,37", where the data hold "-0,37" (what
    programs read and `verify` compares); any other text as it is."""
    if value_text.startswith("-") and value_text[1:2].isdigit():
        return MINUS + value_text[1:]
    return value_text


def kept_whole(text: str) -> str:
    """`text` as a document prints it: each of `KEPT_UNITS` joined by a no-break space, so a
    line never ends inside it. Only for what is printed: a field a program reads (the data, a
    cell `verify` compares) keeps its plain space."""
    for unit in KEPT_UNITS:
        if unit in text:
            text = text.replace(unit, unit.replace(" ", NBSP))
    return text


def summary_text(verdicts) -> str:
    """"Vượt 3, Đạt 4, Không đạt 1, Chưa nhập 1"."""
    return ", ".join(f"{v.value} {n}" for v, n in verdict_counts(Verdict(v) for v in verdicts))


# --- the "Ghi chú" cell ---------------------------------------------------------------------

# Where a part of the cell ends a sentence or a clause: the next one follows after a space
# ("…chết người. Không có người nào, như cùng kỳ"), not after "; " (which printed ".;").
_ENDS_CLAUSE = tuple(".;:,!?…")


def remarks_text(comment: str, notes) -> str:
    """The report's "Ghi chú" cell: the officer's comment, then the app's notes, each part after
    "; " unless the part before it already ends with a punctuation mark (then after a space)."""
    out = ""
    for part in (comment, *notes):
        if part:
            out = part if not out else f"{out} {part}" if out.endswith(_ENDS_CLAUSE) else f"{out}; {part}"
    return out


def remarks_text_before(comment: str, notes) -> str:
    """The "Ghi chú" cell as files written until 2026.12 print it (every part after "; ", a
    comment ending in "." then printing ".;"): what `chitieu verify` still accepts in them."""
    return "; ".join(t for t in (comment, *notes) if t)


# A remark is printed whole in its cell when it takes at most `REMARK_LINES` lines of
# `REMARK_LINE_CHARS` characters, about the lines of the PDF's 22 mm "Ghi chú" column at 12 pt
# (a 150 character remark made that cell 15 lines tall); a taller one is printed in full under
# the table as a numbered note, its cell showing its beginning and "(xem ghi chú n dưới biểu)".
# Decided on the text alone, for the PDF and the workbook's "Báo cáo" alike: a remark has the
# same note number on paper and in the file.
REMARK_LINE_CHARS = 10
REMARK_LINES = 7


def remark_lines(text: str, width: int = REMARK_LINE_CHARS) -> int:
    """The lines `text` wraps to at `width` characters a line: words kept whole on a line when
    they fit, a word longer than a line broken over as many as it needs, each line break of the
    text starting a line."""
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            if used and used + 1 + len(word) <= width:
                used += 1 + len(word)
                continue
            if used:
                lines, used = lines + 1, 0
            extra, used = divmod(len(word), width)
            if used == 0:  # exactly whole lines of it
                extra, used = extra - 1, width
            lines += extra
        total += lines
    return total


def remark_goes_under(remarks: str) -> bool:
    """Whether a "Ghi chú" remark is printed under the table as a numbered note."""
    return remark_lines(remarks) > REMARK_LINES


def note_reference(n: int) -> str:
    return f"(xem ghi chú {n} dưới biểu)"


def remark_cell(remarks: str, notes: list[str]) -> str:
    """A "Ghi chú" cell as the report's table prints it, on paper (the PDF) and in the
    workbook's "Báo cáo" alike: the remark itself, or, when it `remark_goes_under`, the most of
    its first words that take, with "… (xem ghi chú n dưới biểu)", `REMARK_LINES` lines: the
    remark is appended to `notes`, numbered from 1 (`notes` is the table's list, shared by its
    rows, in the table's order)."""
    if not remark_goes_under(remarks):
        return remarks
    notes.append(remarks)
    return remark_beginning(remarks, note_reference(len(notes)), lambda text: remark_lines(text) <= REMARK_LINES)


def remark_beginning(remarks: str, reference: str, fits) -> str:
    """The most of the first words of `remarks`, then "… " and `reference`, for which
    `fits(text)` holds; the first word's beginning when not even it fits (a run of codes without
    spaces), only `reference` when nothing does."""
    words = remarks.split()

    def most(n: int, shown) -> int:  # the largest k <= n with fits(shown(k)) (a text grows with k)
        low, high = 0, n
        while low < high:
            mid = (low + high + 1) // 2
            low, high = (mid, high) if fits(shown(mid)) else (low, mid - 1)
        return low

    def by_words(k: int) -> str:
        return f"{' '.join(words[:k]).rstrip(' ,;:')}… {reference}"

    def by_letters(k: int) -> str:
        return f"{words[0][:k]}… {reference}"

    k = most(len(words), by_words)
    if k:
        return by_words(k)
    k = most(len(words[0]), by_letters) if words else 0
    return by_letters(k) if k else reference


def counted_as_approved(years: dict[int, dt.date]) -> Words:
    """The note of a term total counting an earlier year being corrected (approved, reopened since) as
    last approved (`rows.Inputs.reopened`): "Năm 2027 đang được sửa: tính theo bản đã duyệt ngày
    05/01/2028", one clause a year, in the years' order."""
    said = [Words(f"Năm {y} đang được sửa: tính theo bản đã duyệt ngày {format_date(day)}",
                  f"{y} is being corrected: counted as approved on {format_date(day)}")
            for y, day in sorted(years.items())]
    return Words.joined(said, "; ") if len(said) > 1 else said[0]


def last_year_as_approved(before: Period, day: dt.date) -> Words:
    """The note of a count compared with the same period a year before that is being corrected
    (approved, reopened since): compared with it as last approved (`rows.Inputs.reopened`)."""
    return Words(f"Cùng kỳ năm trước ({in_sentence(before.name)}) đang được sửa: so sánh theo bản đã duyệt "
                 f"ngày {format_date(day)}",
                 f"The same period last year ({before.name_en}) is being corrected: compared as approved on "
                 f"{format_date(day)}")
