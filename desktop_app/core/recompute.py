"""The province recomputes, never trusts.

A file states inputs (what the officer entered, the baseline, what it used from other
periods) and results (value, target, verdict, progress). The province checks the inputs
with the same rules as the commune's entry form, then computes every result again with
its own catalogue and targets, exactly as the commune's program does (`rows.evaluate_row`).
The recomputed results are what it counts; where the file said something else, the
difference is shown, never counted. The commune's own target is judged again too, in its
own column.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from desktop_app.core.catalog import Catalog, Commune, Indicator, InputField
from desktop_app.core.errors import ChiTieuError, InvalidInput
from desktop_app.core.evaluation import Entry, Verdict
from desktop_app.core.numbers import MAX_DECIMALS, MAX_INTEGER_DIGITS
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR, Period
from desktop_app.core.rows import Inputs, evaluate_row
from desktop_app.core.submission import Item, Submission, item_from_row
from desktop_app.core.validation import (
    allows_negative,
    check_entry,
    is_growth_rate,
    parse_own_target,
    parse_quantity,
)

# What a difference names, in the order a reviewer reads it.
COMPARED = (("value", "kết quả"), ("target_op", "phép so sánh chỉ tiêu"), ("target_value", "chỉ tiêu"),
            ("verdict", "đánh giá"), ("progress", "tỷ lệ so với chỉ tiêu"), ("own_verdict", "đánh giá theo chỉ tiêu xã"))


# Verdicts files of earlier versions state otherwise than the province now computes, for the
# same inputs: not a difference of the file. Until 2026.12 an indicator judged at year end only,
# left empty before it, was "Chưa nhập" (now "Chưa đến kỳ đánh giá", as the province counted it
# already): every commune's quarterly report would otherwise fill Khác biệt until it upgrades.
SAID_BEFORE = {(Verdict.CHUA_NHAP.value, Verdict.CHUA_DEN_KY.value)}


@dataclass(frozen=True)
class Stated:
    """The inputs one item states, checked as the commune's forms check them."""

    entry: Entry
    baseline: Decimal | None
    own: tuple[str, str] | None  # the commune's own target of the year: (operator, canonical value)
    missing: frozenset[int]  # earlier years of a term total without a result


@dataclass(frozen=True)
class Recomputed:
    submission: Submission  # the file's inputs, every result computed by the province
    differences: tuple[str, ...]  # "Tỷ lệ tham gia BHYT: tệp ghi đánh giá "Vượt", tính lại "Đạt""


def check_values(catalog: Catalog, commune: Commune, sub: Submission) -> list[str]:
    """Every input of the file that the commune's entry form would have refused, named."""
    problems = []
    for item in sub.items:
        try:
            ind = catalog.indicator(item.code)
        except ChiTieuError:
            problems.append(f'Chỉ tiêu mã "{item.code[:40]}" không có trong bộ chỉ tiêu của tỉnh.')
            continue
        try:
            _entry(ind, item)
        except InvalidInput as err:
            problems.append(f"{ind.name}: {err.message}")
    return problems


def recompute(catalog: Catalog, commune: Commune, sub: Submission) -> Recomputed:
    """`sub` with every result computed again from its inputs (inputs already checked by
    `check_values`; an item of an indicator the catalogue does not have is left out, and one
    whose inputs the entry form would refuse is left out and named in the differences)."""
    p = sub.period_obj
    items, differences = [], []
    for stated in sub.items:
        try:
            ind = catalog.applicable(commune, stated.code)
        except ChiTieuError:
            continue
        try:
            inputs = _entry(ind, stated)
        except InvalidInput as err:  # stored before intake refused such inputs: shown, never counted
            differences.append(f"{ind.name}: tệp ghi số liệu không hợp lệ ({err.message}); chỉ tiêu này không được tính.")
            continue
        row = evaluate_row(catalog, commune, ind, p, _inputs(ind, p, stated, inputs))
        again = item_from_row(row, comment=stated.comment)
        items.append(again)
        differences += [f'{ind.name}: tệp ghi {label} "{_shown(getattr(stated, f))}", tỉnh tính lại '
                        f'"{_shown(getattr(again, f))}"' for f, label in COMPARED
                        if _shown(getattr(stated, f)) != _shown(getattr(again, f))
                        and (getattr(stated, f), getattr(again, f)) not in SAID_BEFORE]
    return Recomputed(replace(sub, items=tuple(items)), tuple(differences))


def _entry(ind: Indicator, item: Item) -> Stated:
    """The inputs an item states, checked as the entry form checks them."""
    negative, max_percent = allows_negative(ind), not is_growth_rate(ind)  # the same for every field

    def number(text, spec: InputField | None, name: str) -> Decimal | None:
        if text is None:
            return None
        value = _decimal(text, name)
        if spec is not None:
            parse_quantity(value, spec, allow_negative=negative, max_percent=max_percent)
        elif value < 0:
            raise InvalidInput(f"{name}: không được âm.", field=name)
        return value

    if item.flag not in (None, "0", "1"):
        raise InvalidInput(f'Có/Không: ghi "{item.flag[:20]}", chỉ nhận 1 (Có) hoặc 0 (Không).', field="Có/Không")
    flag = None if item.flag is None else item.flag == "1"
    entry = Entry(number(item.numerator, ind.input("numerator"), "Tử số"),
                  number(item.denominator, ind.input("denominator"), "Mẫu số"),
                  number(item.input_value, ind.input("value") or _typed_rate(ind), "Giá trị"),
                  flag, number(item.previous, ind.input("previous"), "Cùng kỳ năm trước"), item.comment)
    baseline = number(item.baseline, ind.baseline, "Số liệu đầu nhiệm kỳ")
    for name in ("last_year", "earlier_total"):
        number(getattr(item, name), None, name)
    check_entry(ind, entry, baseline)
    own = None
    if item.own_target_op is not None or item.own_target_value is not None:
        value = item.own_target_value
        if ind.kind != "boolean" and value is not None:
            value = _decimal(value, "Chỉ tiêu xã tự đặt")
        own = parse_own_target(ind, item.own_target_op, value)
    return Stated(entry, baseline, own, _years(item.earlier_missing))


def _decimal(text: str, name: str) -> Decimal:
    """A stated figure (a canonical decimal, as the reader let through), within the entry form's digits."""
    whole, _, decimals = text.lstrip("-").partition(".")
    if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS or len(decimals) > MAX_DECIMALS:
        raise InvalidInput(f"{name}: {text} có quá nhiều chữ số.", field=name)
    return Decimal(text)


def _years(text: str) -> frozenset[int]:
    """The years "2026,2027" an item states its term total lacks (years of the term only)."""
    if not text:
        return frozenset()
    parts = text.split(",")
    if len(parts) > LAST_YEAR - FIRST_YEAR + 1 or not all(p.isascii() and p.isdigit() and len(p) == 4 for p in parts):
        raise InvalidInput(f'Các năm chưa có kết quả: "{text[:40]}" không đúng dạng (các năm, cách nhau bởi dấu '
                           'phẩy, ví dụ 2026,2027).', field="earlier_missing")
    years = frozenset(int(p) for p in parts)
    if not all(FIRST_YEAR <= y <= LAST_YEAR for y in years):
        raise InvalidInput(f'Các năm chưa có kết quả: "{text[:40]}" có năm ngoài nhiệm kỳ {FIRST_YEAR}-{LAST_YEAR}.',
                           field="earlier_missing")
    return years


def _typed_rate(ind: Indicator) -> InputField | None:
    return InputField("value", "Tỷ lệ", "%") if ind.kind == "reduction" else None


def _inputs(ind: Indicator, p: Period, item: Item, stated: Stated) -> Inputs:
    """The inputs `evaluate_row` reads, rebuilt from what one item states it used."""
    entries = {(p.code, ind.code): stated.entry}
    last = p.same_period_last_year()
    if item.last_year is not None and last is not None:
        entries[(last.code, ind.code)] = Entry(value=Decimal(item.last_year))
    if item.earlier_total is not None:
        years = [y for y in range(FIRST_YEAR, p.year) if y not in stated.missing]
        for k, y in enumerate(years):  # the total on the first year with a result, 0 on the others
            entries[(str(y), ind.code)] = Entry(value=Decimal(item.earlier_total) if k == 0 else Decimal(0))
    own = {(p.year, ind.code): stated.own} if stated.own else {}
    baseline = stated.baseline
    return Inputs(entries, {ind.code: baseline} if baseline is not None else {}, own)


def _shown(value) -> str:
    return "" if value is None else str(value)
