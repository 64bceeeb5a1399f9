"""What the commune's report says at the term's end and where a figure comes from.

The report of the year `LAST_YEAR` (2030) is also the report of the whole term: its whole-term rows
(a level to reach by 2030, a five-year total) are judged there for the last time, beside the year's
own rows. Walk U11 F4: the 2030 paper was titled "…năm 2030" only, its summary "Vượt 5, Đạt 1, Không
đạt 2" mixed the term's final verdicts with the year's, nothing said which rows were final for the
term, and a final "Không đạt" (health insurance 99,06 of 100) said nothing in "So với chỉ tiêu".
Walk U11 F5: the start-of-term figures a rate is computed from (the poverty rate at the end of 2025,
the party's members at the start of the term) were on no paper, so a leader could not check
"0,33 điểm %" or "3,13%".

Sentences only, from the plain values a submission states (`core.submission.Item`): the exports
print them. Qt-free.
"""
from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number, stated_decimal
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR, parse_period
from desktop_app.core.wording import summary_text

TERM = f"{FIRST_YEAR}-{LAST_YEAR}"
TERM_HORIZONS = ("term_level", "term_total")


def is_term_end(period: str) -> bool:
    """Whether `period` (its code) is the term's last year report: "2030", not "2030-6M"."""
    p = parse_period(period)
    return p.is_year_end and p.year == LAST_YEAR


def term_end_title(title: str, period: str) -> str:
    """The summary line under "BÁO CÁO": "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2030 và cả
    nhiệm kỳ 2026-2030" in the term's last year report, `title` as it is in any other."""
    return f"{title} và cả nhiệm kỳ {TERM}" if is_term_end(period) else title


TERM_PART, YEAR_PART = "term", "year"  # the parts of the term's last year summary, in the paper's order


def term_end_split(rows: Iterable[tuple], period: str) -> list[tuple[str, list[tuple]]]:
    """The province's indicators as the term's last year report counts them, of `rows` (STT, horizon or
    None, then anything, the verdict for the paper): (TERM_PART, the rows of the term's targets), then
    (YEAR_PART, the year's), a part without rows left out, each row without its horizon; [] in any other
    report. The paper's summary (`term_end_groups`) and Duyệt's question (ui/approve_question) count these."""
    if not is_term_end(period):
        return []
    term, year = [], []
    for no, horizon, *rest in rows:
        (term if horizon in TERM_HORIZONS else year).append((no, *rest))
    return [(part, group) for part, group in ((TERM_PART, term), (YEAR_PART, year)) if group]


def term_end_groups(rows: Iterable[tuple[int, str | None, str]], period: str) -> list[tuple[str, str, list[int]]]:
    """The summary's parts in the term's last year report, of `rows` (STT, horizon or None, verdict)
    of the province's indicators: the term's targets, then the year's (`term_end_split`), each as (what
    they are, "6 chỉ tiêu nhiệm kỳ 2026-2030"; their counts, "Vượt 3, Đạt 1, Không đạt 2"; the STT of
    those "Không đạt"). [] in any other report (one count says it)."""
    parts = []
    for part, group in term_end_split(rows, period):
        label = f"chỉ tiêu nhiệm kỳ {TERM}" if part == TERM_PART else f"chỉ tiêu năm {LAST_YEAR}"
        failed = [no for no, v in group if v == Verdict.KHONG_DAT.value]
        parts.append((f"{len(group)} {label}", summary_text(v for _, v in group), failed))
    return parts


def numbers_text(numbers: list[int]) -> str:
    """"1–6, 8": STT in order, a run of three or more written as its first and last."""
    out, run = [], []
    for n in sorted(set(numbers)) + [None]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(f"{run[0]}–{run[-1]}" if len(run) >= 3 else ", ".join(map(str, run)))
        run = [n] if n is not None else []
    return ", ".join(out)


def term_end_note(rows: Iterable[tuple[int, str | None]], period: str) -> str:
    """The line under the annex table of the term's last year report saying which rows are final for
    the term ("" in any other, where `wording.JUDGED_WHEN` says when a target is judged), of `rows`
    (STT, horizon or None): "Chỉ tiêu số 1–6 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030; chỉ
    tiêu số 8, 9 đánh giá kết quả năm 2030." (one line of the landscape annex: the table of a
    commune fits its page with it)."""
    if not is_term_end(period):
        return ""
    rows = list(rows)
    term = [no for no, h in rows if h in TERM_HORIZONS]
    year = [no for no, h in rows if h not in TERM_HORIZONS]
    parts = []
    if term:
        parts.append(f"chỉ tiêu số {numbers_text(term)} đánh giá kết quả cuối cùng cả nhiệm kỳ {TERM}")
    if year:
        parts.append(f"chỉ tiêu số {numbers_text(year)} đánh giá kết quả năm {LAST_YEAR}")
    text = "; ".join(parts)
    return f"{text[:1].upper()}{text[1:]}." if text else ""




def _places(*values: Decimal) -> int:
    """The decimals the figures are written with (canonical: no trailing zero), at least none."""
    return max((max(0, -v.normalize().as_tuple().exponent) for v in values), default=0)


def gap_unit(unit: str) -> str:
    """The unit a difference of two figures of `unit` is said in: points of a percentage."""
    return "điểm %" if unit in ("%", "điểm %") else unit


def shortfall_text(op: str | None, target: str | None, value: str | None, unit: str) -> str:
    """What "So với chỉ tiêu" says of a final "Không đạt" the column leaves blank: by how much the
    figure falls short of a numeric target, "Thiếu 0,94 điểm % so với chỉ tiêu" (99,06 of "100",
    a level: the unit's points), "Bằng mức chỉ tiêu, chưa vượt" (90 against "> 90"); "" for a yes/no
    target or a figure not stated. `op`, `target`, `value`: as a submission states them ("≥", "100",
    "99.06"); a target "=" means at least it (`evaluation.compare`, every such indicator higher is better)."""
    t, v = stated_decimal(target), stated_decimal(value)
    if t is None or v is None or unit == "Có/Không":
        return ""
    gap = (v - t) if op in ("≤", "<") else (t - v)
    if gap <= 0:
        return "Bằng mức chỉ tiêu, chưa vượt" if gap == 0 else ""
    return f"Thiếu {format_number(gap, _places(t, v))} {gap_unit(unit)} so với chỉ tiêu"


# The indicators computed from a start-of-term figure (docs/indicators.md), by code, as
# `exports.submission_format.SPAN_HORIZONS` names them: part of the paper's format.
POVERTY = "giam_ngheo"  # baseline rate at the end of 2025 − the rate now, in points
NEW_MEMBERS = "ket_nap_dang_vien"  # new members ÷ members at the start of the term × 100


def _rounded(d: Decimal, places: int) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def baseline_line(code: str, baseline: str | None, numerator: str | None, denominator: str | None,
                  input_value: str | None, value: str | None) -> str:
    """The line under a result saying what it is computed from, so a reader can check it: the
    poverty rate "4,2% (cuối 2025) → 3,87% (nay)", the party's new members "10 / 320 đảng viên đầu
    nhiệm kỳ"; "" for any other indicator or without the start-of-term figure. The fields as a
    submission states them (canonical decimals)."""
    base = stated_decimal(baseline)
    if base is None:
        return ""
    if code == POVERTY:
        num, den = stated_decimal(numerator), stated_decimal(denominator)
        typed, fall = stated_decimal(input_value), stated_decimal(value)
        if num is not None and den:
            now = num * 100 / den
        elif typed is not None:
            now = typed
        elif fall is not None:
            now = base - fall
        else:
            return ""
        places = max(_places(base), 2 if now != now.to_integral_value() else 0)
        if fall is not None:  # a decimal more where the rate rounded apart would not give the fall printed
            while places < 4 and _rounded(base - _rounded(now, places), 2) != _rounded(fall, 2):  # (walk R21 F6)
                places += 1
        return f"{format_number(base, _places(base))}% (cuối {FIRST_YEAR - 1}) → {format_number(now, places)}% (nay)"
    if code == NEW_MEMBERS:
        num = stated_decimal(numerator)
        head = f"{format_number(num, _places(num))} / " if num is not None else ""
        return f"{head}{format_number(base, _places(base))} đảng viên đầu nhiệm kỳ"
    return ""
