"""Numbers as Vietnamese commune officers type them, and as they expect to read them.

Vietnamese convention: "." groups thousands, "," is the decimal mark
("1.234.567,89").  Officers also type the English way ("3.2", "1234.5"), so a
single "." that cannot be a thousands separator is read as a decimal point.
Where a text honestly has two readings ("1,234": English one thousand two
hundred thirty-four, or Vietnamese one point two three four) it is refused with
a message that tells the officer how to type each reading unambiguously.

Values are ``decimal.Decimal`` throughout; a float is never used.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from desktop_app.core.errors import InvalidInput

__all__ = ["ParsedNumber", "parse_number", "format_number", "canonical",
           "MAX_INTEGER_DIGITS", "MAX_DECIMALS", "MAX_TEXT_LENGTH"]

MAX_INTEGER_DIGITS = 15
MAX_DECIMALS = 6
MAX_TEXT_LENGTH = 64

_DIGITS = frozenset("0123456789")
_MINUS_SIGNS = ("-", "\u2212")          # hyphen-minus, U+2212 MINUS SIGN
# Spaces accepted between thousands groups: space, NBSP, thin space, narrow NBSP.
_GROUP_SPACES = frozenset(" \u00a0\u2009\u202f")

_EXAMPLE = "1.234.567,89"


@dataclass(frozen=True)
class ParsedNumber:
    value: Decimal
    percent: bool   # the text ended with "%"


# --------------------------------------------------------------------------- helpers

def _group(int_digits: str) -> str:
    """'1234567' -> '1.234.567' (digits only, no sign)."""
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]]
    parts += [int_digits[i:i + 3] for i in range(head, len(int_digits), 3)]
    return ".".join(parts)


def _shown(text: str) -> str:
    """The officer's text as quoted in a message: short, without control characters."""
    out = "".join(
        c if unicodedata.category(c)[0] != "C" else f"<U+{ord(c):04X}>" for c in text
    )
    if len(out) > 30:
        out = out[:30] + "…"
    return f'"{out}"'


def _char_name(c: str) -> str:
    if unicodedata.category(c)[0] in "CZ":
        return f"U+{ord(c):04X}"
    return f'"{c}"'


def _int_text(int_digits: str) -> str:
    """An integer written so that parse_number reads it back exactly: '1.234'."""
    return _group(int_digits.lstrip("0") or "0")


def _decimal_text(int_digits: str, frac: str) -> str:
    """A decimal written so that parse_number reads it back exactly and unambiguously.

    Trailing zeros are dropped ("12,500" read as a decimal is "12,5"); a three-digit
    fraction after a 1-3 digit integer part gets one "0" more ("1,2340"), because
    "1,234" could be an English thousands separator.
    """
    int_norm = int_digits.lstrip("0") or "0"
    frac = frac.rstrip("0")
    if not frac:
        return _group(int_norm)
    if len(frac) == 3 and len(int_norm) <= 3 and int_norm != "0":
        frac += "0"
    return f"{_group(int_norm)},{frac}"


class _Refuse(Exception):
    """Internal: carries the reason; parse_number adds field and text."""


def _valid_dot_groups(groups: list[str]) -> bool:
    """First group 1-3 digits and not all zeros, every later group exactly 3 digits."""
    first = groups[0]
    if not (1 <= len(first) <= 3) or set(first) == {"0"}:
        return False
    return all(len(g) == 3 for g in groups[1:])


# --------------------------------------------------------------------------- parsing

def parse_number(text: str, field: str = "Giá trị") -> ParsedNumber | None:
    """Read a number typed by an officer.

    Returns None for an empty cell, a ParsedNumber otherwise; raises
    InvalidInput (and nothing else) with a Vietnamese message naming `field`.
    """
    try:
        return _parse(text, field)
    except InvalidInput:
        raise
    except Exception:  # pragma: no cover - defensive: the caller must only see InvalidInput
        raise InvalidInput(
            f"{field}: không đọc được giá trị đã nhập. Hãy gõ một con số, ví dụ {_EXAMPLE}.",
            field=field,
        ) from None


def _parse(text: object, field: str) -> ParsedNumber | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise InvalidInput(
            f"{field}: giá trị nhập vào không phải là văn bản. Hãy gõ một con số, ví dụ {_EXAMPLE}.",
            field=field,
        )
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInput(
            f"{field}: giá trị đã nhập quá dài ({len(text)} ký tự). Chỉ nhận số có tối đa "
            f"{MAX_INTEGER_DIGITS} chữ số phần nguyên và {MAX_DECIMALS} chữ số phần thập phân, "
            f"ví dụ {_EXAMPLE}.",
            field=field,
        )
    stripped = unicodedata.normalize("NFC", text).strip()
    if not stripped:
        return None
    try:
        return _parse_stripped(stripped)
    except _Refuse as reason:
        raise InvalidInput(f"{field}: {_shown(stripped)} {reason}", field=field) from None


def _parse_stripped(s: str) -> ParsedNumber:
    body = s
    percent = False
    if body.endswith("%"):
        percent = True
        body = body[:-1].rstrip()
        if body.endswith("%"):
            raise _Refuse("có nhiều dấu %. Chỉ gõ một dấu % ở cuối số, ví dụ 95,5%.")
    negative = False
    if body[:1] in _MINUS_SIGNS:
        negative = True
        body = body[1:]
    elif body[:1] == "+":
        rest = body[1:]
        raise _Refuse(
            'có dấu "+" ở đầu. Không gõ dấu cộng: số dương chỉ cần gõ con số'
            + (f", ví dụ {rest}{'%' if percent else ''}." if rest and _all_plain(rest) else ", ví dụ 5.")
        )
    if not body:
        raise _Refuse(f"thiếu con số. Hãy gõ một con số, ví dụ {_EXAMPLE}"
                      + (" hoặc 95,5%." if percent else "."))

    _check_characters(body)
    int_digits, frac = _split(body, "-" if negative else "", "%" if percent else "")

    int_sig = int_digits.lstrip("0")
    frac_sig = frac.rstrip("0")
    if len(int_sig) > MAX_INTEGER_DIGITS or len(frac_sig) > MAX_DECIMALS:
        raise _Refuse(
            f"vượt quá cỡ số được nhận: tối đa {MAX_INTEGER_DIGITS} chữ số phần nguyên và "
            f"{MAX_DECIMALS} chữ số sau dấu phẩy, ví dụ {_EXAMPLE}."
        )
    digits = (int_sig or "0") + ("." + frac_sig if frac_sig else "")
    if negative and digits != "0":
        digits = "-" + digits
    return ParsedNumber(value=Decimal(digits), percent=percent)


def _all_plain(s: str) -> bool:
    return all(c in _DIGITS or c in ".," for c in s)


def _check_characters(body: str) -> None:
    """Refuse the first character that can never be part of a number."""
    for c in body:
        if c in _DIGITS or c in ".," or c in _GROUP_SPACES:
            continue
        if c in _MINUS_SIGNS:
            if body[0] in _MINUS_SIGNS:
                raise _Refuse('có nhiều dấu trừ. Số âm chỉ có một dấu "-" ở đầu, ví dụ -5.')
            raise _Refuse('có dấu "-" không ở đầu số. Số âm chỉ có một dấu "-" ở đầu, ví dụ -5.')
        if c == "+":
            raise _Refuse('có dấu "+". Chỉ gõ con số, không gõ dấu cộng.')
        if c == "%":
            raise _Refuse("có dấu % không ở cuối số. Chỉ gõ một dấu % ở cuối số, ví dụ 95,5%.")
        if c in "eE" and any(d in _DIGITS for d in body):
            raise _Refuse(
                "viết theo kiểu khoa học (có chữ e). Hãy gõ đầy đủ các chữ số, "
                "ví dụ 100000 hoặc 100.000 thay cho 1e5."
            )
        if unicodedata.category(c) == "Nd" or c.isdigit() or c.isnumeric():
            raise _Refuse(
                f"có ký tự {_char_name(c)} không phải chữ số 0-9 thông thường. Hãy gõ lại bằng "
                f"các phím số 0-9 (tắt chế độ gõ chữ toàn khổ nếu có), ví dụ {_EXAMPLE}."
            )
        raise _Refuse(
            f"có ký tự {_char_name(c)} không phải chữ số. Chỉ gõ con số (không kèm chữ, đơn vị "
            f"hay ký hiệu tiền tệ), dùng dấu chấm phân cách hàng nghìn và dấu phẩy cho phần "
            f"thập phân, ví dụ {_EXAMPLE}."
        )


_MULTIPLE_COMMAS = (
    "có nhiều dấu phẩy. Dùng dấu phẩy cho phần thập phân, dấu chấm cho hàng nghìn, "
    "ví dụ 1.234.567 hoặc 1.234,5."
)
_ENGLISH = (
    "viết theo kiểu tiếng Anh (dấu phẩy hàng nghìn, dấu chấm thập phân). Dùng dấu chấm "
    "cho hàng nghìn và dấu phẩy cho phần thập phân, ví dụ 1.234,5 hoặc 1234,5."
)
_BAD_DOT_GROUPS = (
    "chia nhóm hàng nghìn không đúng: nhóm đầu có 1 đến 3 chữ số (khác 0), mỗi nhóm sau "
    "dấu chấm có đúng 3 chữ số, ví dụ 1.234.567; hoặc gõ liền không dấu: 1234567."
)
_BAD_SPACES = (
    "có khoảng trắng không đúng chỗ. Nếu dùng khoảng trắng để phân cách hàng nghìn thì nhóm "
    "đầu có 1 đến 3 chữ số (khác 0), mỗi nhóm sau có đúng 3 chữ số, ví dụ 1 234 567; "
    "nên gõ 1.234.567 hoặc 1234567."
)


def _english_hint(body: str, sign: str, pct: str) -> str:
    """For English "1,234,567" or "1,234.5": how to type the same value the Vietnamese way."""
    int_part, dot, frac = body.partition(".")
    groups = int_part.split(",")
    if (len(groups) < 2 or not _valid_dot_groups(groups) or (dot and not frac)
            or not all(c in _DIGITS for c in "".join(groups) + frac)):
        return ""
    return f" Nếu ý là số này thì gõ {sign}{_decimal_text(''.join(groups), frac)}{pct}."


def _split(body: str, sign: str, pct: str) -> tuple[str, str]:
    """Return (integer digits, fraction digits) for a body of digits, '.', ',' and spaces.

    `sign` and `pct` ("-", "%" or "") are only used to write suggestions in messages.
    """
    if body.count(",") > 1:
        raise _Refuse(_MULTIPLE_COMMAS + _english_hint(body, sign, pct))
    has_space = any(c in _GROUP_SPACES for c in body)
    int_part, comma, frac = body.partition(",")

    if comma:
        if "." in frac:
            raise _Refuse(_ENGLISH + _english_hint(body, sign, pct))
        if not int_part:
            example = frac if frac and all(c in _DIGITS for c in frac) else "5"
            raise _Refuse(
                f"thiếu phần nguyên trước dấu phẩy. Hãy gõ số 0 ở đầu, ví dụ {sign}0,{example}{pct}."
            )
        if not frac:
            raise _Refuse(
                "thiếu chữ số sau dấu phẩy. Nếu là số nguyên thì bỏ dấu phẩy"
                + (f", ví dụ {sign}{int_part}{pct}." if _all_plain(int_part) else ".")
            )
        if any(c in _GROUP_SPACES for c in frac):
            raise _Refuse(_BAD_SPACES)

    if has_space:
        if "." in int_part:
            raise _Refuse(
                "dùng lẫn khoảng trắng và dấu chấm. Hãy phân cách hàng nghìn bằng dấu chấm, "
                "ví dụ 1.234.567, hoặc gõ liền: 1234567."
            )
        groups = _split_spaces(int_part)
        if not _valid_dot_groups(groups):
            raise _Refuse(_BAD_SPACES)
        return "".join(groups), frac

    if comma:
        if "." in int_part:
            # Vietnamese "1.234,5": the dots must be valid thousands groups.
            if not _valid_dot_groups(int_part.split(".")):
                raise _Refuse(_BAD_DOT_GROUPS)
            return int_part.replace(".", ""), frac
        if len(frac) == 3 and len(int_part) <= 3 and set(int_part) != {"0"}:
            raise _Refuse(_ambiguous_comma(int_part, frac, sign, pct))
        return int_part, frac

    dots = int_part.count(".")
    if dots == 0:
        return int_part, ""
    if dots > 1:
        groups = int_part.split(".")
        if not _valid_dot_groups(groups):
            raise _Refuse(_BAD_DOT_GROUPS)
        return "".join(groups), ""

    # A single dot: thousands separator or a decimal point typed the English way.
    left, _, right = int_part.partition(".")
    if not left:
        example = right or "5"
        raise _Refuse(
            f"thiếu phần nguyên trước dấu chấm. Hãy gõ số 0 ở đầu và dùng dấu phẩy thập phân, "
            f"ví dụ {sign}0,{example}{pct}."
        )
    if not right:
        raise _Refuse(
            f"thiếu chữ số sau dấu chấm. Nếu là số nguyên thì bỏ dấu chấm, ví dụ {sign}{left}{pct}."
        )
    if len(right) != 3 or set(left) == {"0"}:
        return left, right                       # "3.2", "1234.5", "0.125": decimal point
    if len(left) <= 3:
        return left + right, ""                  # "1.234", "12.500": thousands
    raise _Refuse(_ambiguous_dot(left, right, sign, pct))   # "1234.567"


def _split_spaces(int_part: str) -> list[str]:
    groups = [""]
    for c in int_part:
        if c in _GROUP_SPACES:
            groups.append("")
        else:
            groups[-1] += c
    return groups


def _ambiguous_comma(left: str, right: str, sign: str, pct: str) -> str:
    whole = (left + right).lstrip("0")
    dec = _decimal_text(left, right)
    return (
        f"không rõ nghĩa: có thể là số nguyên {sign}{whole}{pct} (viết kiểu tiếng Anh, dấu phẩy "
        f"hàng nghìn) hoặc {sign}{left.lstrip('0')} phẩy {right}{pct} (số thập phân viết kiểu "
        f"Việt Nam). Nếu là số nguyên, gõ {sign}{_int_text(whole)}{pct} hoặc {sign}{whole}{pct}; "
        f"nếu là số thập phân, gõ {sign}{dec}{pct}"
        + (" (thêm số 0 ở cuối để rõ là số thập phân)." if dec.endswith("0") else ".")
    )


def _ambiguous_dot(left: str, right: str, sign: str, pct: str) -> str:
    whole = (left + right).lstrip("0")
    return (
        f"không rõ nghĩa: dấu chấm phân cách hàng nghìn phải đứng sau nhóm 1 đến 3 chữ số, "
        f"nhưng ở đây đứng sau {len(left)} chữ số. Nếu là số nguyên, gõ "
        f"{sign}{_int_text(whole)}{pct} hoặc {sign}{whole}{pct}; nếu là số thập phân "
        f"(dấu chấm gõ theo kiểu tiếng Anh), gõ {sign}{_decimal_text(left, right)}{pct}."
    )


# --------------------------------------------------------------------------- formatting

def _to_decimal(value: Decimal | int | float) -> Decimal:
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))   # the shortest text of the float, not its binary expansion
    raise TypeError(f"format_number: không định dạng được kiểu {type(value).__name__}")


def format_number(value: Decimal | int | float | None, decimals: int = 2, *,
                  percent: bool = False) -> str:
    """Vietnamese display: '1.234.567,5', rounded half-up to `decimals`, no trailing zeros.

    None gives "" (an empty cell).  "-0" is never shown.
    """
    if value is None:
        return ""
    if decimals < 0:
        raise ValueError("decimals phải >= 0")
    d = _to_decimal(value)
    if not d.is_finite():
        raise ValueError(f"format_number: giá trị không hữu hạn: {d}")
    with localcontext() as ctx:
        ctx.prec = max(28, d.adjusted() + decimals + 10)
        rounded = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = canonical(rounded)
    negative = text.startswith("-")
    if negative:
        text = text[1:]
    int_digits, _, frac = text.partition(".")
    out = _group(int_digits) + ("," + frac if frac else "")
    if negative:
        out = "-" + out
    return out + ("%" if percent else "")


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
