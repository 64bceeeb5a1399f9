"""The program's numbers as documents and windows show them, and their plain text.

Shown the Vietnamese way: "." groups thousands, "," is the decimal mark ("1.234.567,89"),
rounded half up (format_number); stored and fingerprinted as plain, locale-free text
("1234.5", canonical).  Also the limits of a number the program holds.  How typed numbers
are read is typed_numbers.py; what each kind of field takes, input_examples.py.

Values are ``decimal.Decimal`` throughout; a float is never used.
"""

from __future__ import annotations

from decimal import MAX_PREC, ROUND_HALF_UP, Context, Decimal, InvalidOperation

__all__ = ["format_number", "typed_back", "PERCENT_UNITS", "canonical", "stated_decimal", "MAX_INTEGER_DIGITS", "MAX_DECIMALS"]

MAX_INTEGER_DIGITS = 15
MAX_DECIMALS = 6


def _group(int_digits: str) -> str:
    """'1234567' -> '1.234.567' (digits only, no sign)."""
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]]
    parts += [int_digits[i:i + 3] for i in range(head, len(int_digits), 3)]
    return ".".join(parts)


# How a shown number is rounded: half up, with room for every digit of any value (a local
# context per call, sized to the value, costs several times the rounding itself).
_ROUNDING = Context(prec=MAX_PREC, rounding=ROUND_HALF_UP)


# 1, 0.1, 0.01, ...: the quantum of each usual number of decimals, made once (format_number is
# asked several times for each of 30.000 items a consolidation words).
_QUANTA = tuple(Decimal(1).scaleb(-d) for d in range(MAX_DECIMALS + 7))


def _to_decimal(value: Decimal | int | float) -> Decimal:
    if type(value) is Decimal:  # nearly always: before the isinstance checks of the rarer types
        return value
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))   # the shortest text of the float, not its binary expansion
    raise TypeError(f"format_number: không định dạng được kiểu {type(value).__name__}")


# "," groups thousands and "." marks the decimals in Python's format: the other way round.
_VIETNAMESE_MARKS = str.maketrans(",.", ".,")


def format_number(value: Decimal | int | float | None, decimals: int = 2, *,
                  percent: bool = False, grouped: bool = True) -> str:
    """Vietnamese display: '1.234.567,5', rounded half-up to `decimals`, no trailing zeros.

    None gives "" (an empty cell).  "-0" is never shown.  `grouped` False: no thousands point
    ('1500'), for a percentage shown where it may be typed or pasted back (`typed_back`).
    """
    if value is None:
        return ""
    if decimals < 0:
        raise ValueError("decimals phải >= 0")
    d = _to_decimal(value)
    if not d.is_finite():
        raise ValueError(f"format_number: giá trị không hữu hạn: {d}")
    quantum = _QUANTA[decimals] if decimals < len(_QUANTA) else Decimal(1).scaleb(-decimals)
    text = format(d.quantize(quantum, context=_ROUNDING), ",f" if grouped else "f")  # "-1,234.50": grouped in C
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.translate(_VIETNAMESE_MARKS) + ("%" if percent else "")


PERCENT_UNITS = ("%", "điểm %")


def typed_back(value: Decimal | int | float | None, unit: str, decimals: int = MAX_DECIMALS) -> str:
    """A figure of a field in `unit` as a cell one edits, copies and pastes shows it: as `format_number`,
    but a percentage without a thousands point ("1500", "-2250,5"): the reader refuses "1.500" in a
    percentage field as ambiguous (1500 % or an English 1.5 %), so a growth rate of 1500 % shown "1.500"
    could not be typed or pasted back (red team R27). Counts and amounts keep theirs ("12.500")."""
    return format_number(value, decimals, grouped=unit not in PERCENT_UNITS)


def canonical(value: Decimal) -> str:
    """Plain, locale-free, exact text: '1234.5', '0.03', '-2', '100'; never '1E+2' or '-0'."""
    d = _to_decimal(value)
    if not d.is_finite():
        raise ValueError(f"canonical: giá trị không hữu hạn: {d}")
    text = format(d, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def stated_decimal(text: str | None) -> Decimal | None:
    """A figure as a submission or a stored row states it (canonical text); None for none, or for one
    that is no finite number (the province's readers of stated figures: consolidation, running
    totals, the term-end lines, the consolidated workbook)."""
    if not text:
        return None
    try:
        d = Decimal(text)
    except InvalidOperation:
        return None
    return d if d.is_finite() else None
