"""Numbers as Vietnamese commune officers type them (desktop_app.core.numbers)."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import ChiTieuError, InvalidInput
from desktop_app.core.input_examples import ParsedNumber
from desktop_app.core.numbers import canonical, format_number
from desktop_app.core.typed_numbers import parse_number

D = Decimal
FAST = settings(max_examples=400, deadline=None)


def value(text: str) -> Decimal:
    parsed = parse_number(text)
    assert parsed is not None
    return parsed.value


def refusal(text, field: str = "Dân số") -> InvalidInput:
    with pytest.raises(InvalidInput) as info:
        parse_number(text, field=field)
    return info.value


# --------------------------------------------------------------------------- empty cells

@pytest.mark.parametrize("text", [None, "", " ", "   ", "\t\n", "\u00a0", "\u202f \u00a0"])
def test_empty_cell_gives_none(text):
    """A cleared cell (None, "" or only whitespace, NBSP included) reads as no value."""
    assert parse_number(text) is None


# --------------------------------------------------------------------------- accepted forms

@pytest.mark.parametrize("text, expected", [
    ("1234", "1234"),
    ("0", "0"),
    ("007", "7"),
    ("1234,5", "1234.5"),
    ("0,03", "0.03"),
    ("1.234", "1234"),
    ("1.234.567", "1234567"),
    ("1.234,5", "1234.5"),
    ("1.234.567,89", "1234567.89"),
    ("999.999.999.999.999", "999999999999999"),
])
def test_vietnamese_forms(text, expected):
    """Plain digits and the Vietnamese "." thousands / "," decimal forms read as a Vietnamese reader reads them."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text, expected", [
    ("1234.5", "1234.5"),
    ("3.2", "3.2"),
    ("0.03", "0.03"),
    ("12.3456", "12.3456"),
    ("1.2345", "1.2345"),
    ("12.34", "12.34"),
])
def test_single_dot_not_followed_by_three_digits_is_a_decimal_point(text, expected):
    """A lone "." that cannot be a thousands separator is an English-style decimal point."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text, expected", [
    ("0.125", "0.125"),
    ("0.234", "0.234"),
    ("00.123", "0.123"),
    ("0,234", "0.234"),
    ("00,500", "0.5"),
])
def test_three_digits_after_a_lone_zero_are_decimals(text, expected):
    """A thousands group cannot follow a lone 0, so "0.125" and "0,234" are decimals."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text, expected", [
    ("1.234", "1234"),
    ("12.500", "12500"),
    ("999.000", "999000"),
    ("012.345", "12345"),
])
def test_single_dot_followed_by_three_digits_is_thousands(text, expected):
    """"1.234" is one thousand two hundred thirty-four, as a Vietnamese reader reads it."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text, expected", [
    ("1,2340", "1.234"),
    ("1,23", "1.23"),
    ("1,2345", "1.2345"),
    ("1234,567", "1234.567"),
    ("1.234,567", "1234.567"),
    ("12,5", "12.5"),
])
def test_comma_is_the_decimal_mark_when_unambiguous(text, expected):
    """A single "," is a decimal mark whenever it cannot be an English thousands separator."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text, expected", [
    ("1 234 567", "1234567"),
    ("1\u00a0234\u00a0567", "1234567"),
    ("1\u202f234", "1234"),
    ("12 345,67", "12345.67"),
    ("1 234,567", "1234.567"),
])
def test_spaces_between_valid_thousands_groups(text, expected):
    """Spaces (also NBSP and narrow NBSP) may separate valid three-digit thousands groups."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text", [" 1.234 ", "\u00a01.234\u202f", "\t1.234\n"])
def test_surrounding_whitespace_is_ignored(text):
    """Whitespace around the number, NBSP and narrow NBSP included, is stripped."""
    assert parse_number(text) == ParsedNumber(D("1234"), False)


@pytest.mark.parametrize("text, expected", [
    ("95,5%", "95.5"),
    ("95,5 %", "95.5"),
    ("95,5\u00a0%", "95.5"),
    ("100%", "100"),
    ("-2,5%", "-2.5"),
])
def test_trailing_percent_sets_the_flag(text, expected):
    """One trailing "%" (spaces allowed before it) sets percent=True and keeps the number."""
    assert parse_number(text) == ParsedNumber(D(expected), True)


def test_no_percent_sign_means_percent_false():
    """A number without "%" has percent=False."""
    assert parse_number("95,5") == ParsedNumber(D("95.5"), False)


@pytest.mark.parametrize("text, expected", [
    ("-5", "-5"),
    ("\u22125", "-5"),
    ("-1.234,5", "-1234.5"),
    ("-0,03", "-0.03"),
])
def test_leading_minus_makes_a_negative(text, expected):
    """One leading "-" (or the typographic minus U+2212) gives a negative value."""
    assert value(text) == D(expected)


@pytest.mark.parametrize("text", ["-0", "-0,00", "\u22120"])
def test_negative_zero_is_plain_zero(text):
    """"-0" reads as 0, never as a negative zero."""
    parsed = value(text)
    assert parsed == 0 and not parsed.is_signed()


def test_nfc_normalisation_is_applied():
    """The text is NFC-normalised: a decomposed "é" is quoted composed in the refusal."""
    err = refusal("12e\u0301")
    assert "12\u00e9" in err.message


def test_value_has_no_exponent_and_no_trailing_zeros():
    """The returned Decimal is normalised: "100" stays 100 (not 1E+2) and "1,50" is 1.5."""
    assert str(value("100")) == "100"
    assert str(value("1,50")) == "1.5"
    assert str(value("1.000.000")) == "1000000"


@pytest.mark.parametrize("text, expected", [
    ("999.999.999.999.999", "999999999999999"),
    ("0,123456", "0.123456"),
    ("0,1234560000", "0.123456"),
    ("000000000000000000001", "1"),
])
def test_limits_count_significant_digits(text, expected):
    """15 integer digits and 6 decimals are accepted, counted after dropping non-significant zeros."""
    assert value(text) == D(expected)


# --------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("text", ["1,234", "12,500", "999,000", "-1,234", "1,234%", "012,345"])
def test_comma_then_three_digits_is_ambiguous(text):
    """"1,234" could be English thousands or a Vietnamese decimal, so it is refused."""
    err = refusal(text)
    assert "không rõ nghĩa" in err.message


def test_ambiguous_message_suggests_both_readings_and_they_parse_correctly():
    """The message for "1,234" offers "1234"/"1.234" for thousands and "1,2340" for the decimal, and both read back right."""
    message = refusal("1,234").message
    for suggestion in ("1234", "1.234", "1,2340"):
        assert suggestion in message
    assert value("1234") == value("1.234") == D("1234")
    assert value("1,2340") == D("1.234")


def test_ambiguous_message_keeps_sign_and_percent_in_suggestions():
    """Suggestions for "-1,234%" are typed with the same sign and percent."""
    message = refusal("-1,234%").message
    assert "-1.234%" in message and "-1,2340%" in message
    assert parse_number("-1,2340%") == ParsedNumber(D("-1.234"), True)


def test_four_digit_group_before_dot_and_three_digits_is_refused():
    """"1234.567" is neither valid thousands nor a safe decimal: refused with both spellings offered."""
    message = refusal("1234.567").message
    assert "1.234.567" in message and "1.234,567" in message
    assert value("1.234.567") == D("1234567")
    assert value("1.234,567") == D("1234.567")


@pytest.mark.parametrize("text", ["1,234,567", "1,2,3", "1,5,"])
def test_more_than_one_comma_is_refused(text):
    """More than one "," is refused with the explanation of Vietnamese separators."""
    err = refusal(text)
    assert "dấu phẩy cho phần thập phân, dấu chấm cho hàng nghìn" in err.message


@pytest.mark.parametrize("text, vietnamese", [
    ("1,234.5", "1.234,5"),
    ("1,234,567", "1.234.567"),
    ("1,234,567.25", "1.234.567,25"),
])
def test_english_grouping_is_refused_with_the_vietnamese_spelling(text, vietnamese):
    """English "1,234.5" is refused and the message shows how to type it the Vietnamese way."""
    err = refusal(text)
    assert vietnamese in err.message
    assert value(vietnamese) == D(text.replace(",", ""))


@pytest.mark.parametrize("text", ["1,5.3", "1,234.567.8", "1.2,3.4"])
def test_comma_before_a_dot_is_refused(text):
    """Any "." after the "," is refused: only "dots then one comma" is Vietnamese."""
    refusal(text)


@pytest.mark.parametrize("text", [
    "1.23.4", "12.34.567", "1234.567.890", "0.123.456", "1..234", "1.234.", "1.234.56",
    "1.23,5", "12.34,5", "0.123,5", "1234.567,8",
])
def test_invalid_dot_grouping_is_refused(text):
    """Dots must split valid groups: 1-3 digits (not a lone 0) first, then exactly 3 digits each."""
    err = refusal(text)
    assert "Dân số" in err.message


@pytest.mark.parametrize("text", [
    "1 23", "12 34 567", "1234 567", "1  234", "0 123", "1 234.5", "1.234 567", "1,234 5",
])
def test_invalid_space_grouping_is_refused(text):
    """Spaces are accepted only between valid three-digit groups and never mixed with dots."""
    refusal(text)


@pytest.mark.parametrize("text, suggestion", [(",5", "0,5"), (".5", "0,5"), ("-,25", "-0,25")])
def test_missing_integer_part_is_refused_asking_for_zero(text, suggestion):
    """",5" and ".5" are refused and the officer is asked to type "0,5"."""
    err = refusal(text)
    assert suggestion in err.message


@pytest.mark.parametrize("text", ["5,", "5.", "1.234,"])
def test_missing_fraction_is_refused(text):
    """A separator with nothing after it is refused."""
    refusal(text)


@pytest.mark.parametrize("text", ["+5", "+1.234,5", "+"])
def test_plus_sign_is_refused(text):
    """A leading "+" is refused: positive numbers are typed without a sign."""
    err = refusal(text)
    assert '"+"' in err.message


@pytest.mark.parametrize("text", ["--5", "-\u22125", "5-", "1-2", "-"])
def test_misplaced_or_repeated_minus_is_refused(text):
    """Only one "-" at the very start is accepted."""
    refusal(text)


@pytest.mark.parametrize("text", ["5%%", "5 % %", "%5", "5%3", "%", " % "])
def test_bad_percent_is_refused(text):
    """Only one "%" at the end, after a number, is accepted."""
    refusal(text)


@pytest.mark.parametrize("text", ["1e5", "1E5", "2.5e3", "1E+5"])
def test_scientific_notation_is_refused(text):
    """"1e5" is refused with a request to type all the digits."""
    err = refusal(text)
    assert "khoa học" in err.message


@pytest.mark.parametrize("text", [
    "abc", "12a", "NaN", "nan", "inf", "Infinity", "∞", "-∞", "12đ", "12 ₫", "$12", "12 VND",
    "1/2", "1_000", "0x10", "12'345", "1\x00", "½", "²", "1²",
    "١٢٣", "۱۲", "१२", "１２", "1２",
])
def test_non_number_characters_are_refused(text):
    """Letters, currency, fractions, superscripts and non-ASCII digits are refused."""
    err = refusal(text)
    assert "Dân số" in err.message


@pytest.mark.parametrize("text", ["1234567890123456", "1.234.567.890.123.456", "0,1234567", "1,0000001"])
def test_too_many_digits_are_refused_with_the_accepted_size(text):
    """More than 15 integer digits or 6 decimals is refused and the message says the limit."""
    err = refusal(text)
    assert "15" in err.message and "6" in err.message


def test_very_long_text_is_refused():
    """Text over 64 characters (even padding) is refused without reading it; 64 is still read."""
    err = refusal("1" * 65)
    assert "quá dài" in err.message and "15" in err.message
    refusal(" " * 65)
    assert value(" " * 60 + "1234") == D("1234")


def test_non_text_input_is_refused():
    """Something that is not text (a number object, bytes) is refused with InvalidInput."""
    refusal(12)  # type: ignore[arg-type]
    refusal(b"12")  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "1,234", "1,234,567", "1,234.5", "1.23.4", ",5", "+5", "--5", "5%%", "1e5", "abc",
    "1234567890123456", "1 23", "x" * 70, "%", "１２",
])
def test_every_refusal_names_the_field(text):
    """Each refusal message names the field and the error carries it."""
    err = refusal(text, field="Dân số")
    assert "Dân số" in err.message
    assert err.field == "Dân số"
    assert isinstance(err, ChiTieuError)
    assert str(err) == err.message


def test_default_field_name():
    """Without a field the message names "Giá trị"."""
    with pytest.raises(InvalidInput) as info:
        parse_number("abc")
    assert info.value.message.startswith("Giá trị")


# --------------------------------------------------------------------------- format_number

@pytest.mark.parametrize("number, decimals, expected", [
    (D("4450844"), 0, "4.450.844"),
    (D("1234.5"), 2, "1.234,5"),
    (D("67.444"), 2, "67,44"),
    (D("0.005"), 2, "0,01"),
    (D("90.90"), 2, "90,9"),
    (D("100.00"), 2, "100"),
    (D("1E+2"), 2, "100"),
    (D("0"), 2, "0"),
    (D("999.995"), 2, "1.000"),
    (D("1234567.891"), 2, "1.234.567,89"),
    (D("0.125"), 2, "0,13"),
    (D("2.5"), 0, "3"),
    (1234, 0, "1.234"),
    (1234, 2, "1.234"),
    (0.1, 2, "0,1"),
    (1234.56, 1, "1.234,6"),
])
def test_format_number_vietnamese(number, decimals, expected):
    """Numbers show with "." thousands, "," decimals, half-up rounding and no trailing zeros."""
    assert format_number(number, decimals) == expected


@pytest.mark.parametrize("number, expected", [
    (D("-1234.5"), "-1.234,5"),
    (D("-0.001"), "0"),
    (D("-0"), "0"),
    (D("-0.005"), "-0,01"),
])
def test_format_number_signs(number, expected):
    """Negatives show "-", and "-0" is never shown."""
    assert format_number(number, 2) == expected


def test_format_number_percent():
    """percent=True appends "%" with no space."""
    assert format_number(D("95.25"), 2, percent=True) == "95,25%"
    assert format_number(D("100"), 2, percent=True) == "100%"


def test_format_none_is_empty():
    """None shows as an empty cell."""
    assert format_number(None) == ""
    assert format_number(None, percent=True) == ""


def test_format_very_large_numbers_do_not_overflow_precision():
    """Rounding works beyond the default 28-digit Decimal precision."""
    big = D("123456789012345678901234567890.125")
    assert format_number(big, 2) == "123.456.789.012.345.678.901.234.567.890,13"


# --------------------------------------------------------------------------- canonical

@pytest.mark.parametrize("number, expected", [
    (D("1234.5"), "1234.5"),
    (D("1234.50"), "1234.5"),
    (D("0.03"), "0.03"),
    (D("0.030"), "0.03"),
    (D("-2"), "-2"),
    (D("1E+2"), "100"),
    (D("100"), "100"),
    (D("1E-7"), "0.0000001"),
    (D("-0"), "0"),
    (D("-0.00"), "0"),
    (D("0E+5"), "0"),
])
def test_canonical(number, expected):
    """canonical() is plain, exact, without exponent, trailing zeros or "-0"."""
    assert canonical(number) == expected


# --------------------------------------------------------------------------- properties

NUMBERISH = st.text(
    alphabet=st.sampled_from(list("0123456789.,%-+ \u00a0\u202f\u2212e")), max_size=24
)


@FAST
@given(st.one_of(st.text(max_size=80), NUMBERISH))
def test_any_text_gives_none_a_number_or_invalid_input(text):
    """Whatever is typed, parse_number returns None/ParsedNumber or raises InvalidInput — nothing else."""
    try:
        result = parse_number(text, field="Dân số")
    except InvalidInput as err:
        assert "Dân số" in err.message
        return
    assert result is None or isinstance(result, ParsedNumber)
    if result is not None:
        assert isinstance(result.value, Decimal) and result.value.is_finite()
        assert result.percent == text.strip().endswith("%")


TWO_DECIMALS = st.decimals(
    min_value=0, max_value=D("999999999999.99"), places=2, allow_nan=False, allow_infinity=False
)


@FAST
@given(TWO_DECIMALS, st.booleans(), st.booleans())
def test_format_then_parse_round_trips(number, negate, percent):
    """parse_number(format_number(x, 2)) gives x back, negatives and percents included."""
    if negate:
        number = -number
    parsed = parse_number(format_number(number, 2, percent=percent))
    assert parsed is not None
    assert parsed.value == number.quantize(D("0.01"))
    assert parsed.percent == percent


@FAST
@given(st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1))
def test_integers_format_then_parse_round_trips(n):
    """format_number(n, 0) ("1.234") reads back as n by the thousands rule."""
    assert value(format_number(n, 0)) == n


def vn_grouped(n: int) -> str:
    """1234567 -> "1.234.567" (the reference, written independently of the module)."""
    return f"{n:,}".replace(",", ".")


@FAST
@given(
    st.integers(min_value=0, max_value=10**15 - 1),
    st.sampled_from([1, 2, 4, 5]).flatmap(
        lambda k: st.text(alphabet="0123456789", min_size=k, max_size=k)
    ),
    st.booleans(),
)
def test_vietnamese_reading(n, frac, negative):
    """"<n grouped with dots>,<1, 2, 4 or 5 digits>" reads as a Vietnamese reader reads it."""
    sign = "-" if negative else ""
    text = f"{sign}{vn_grouped(n)},{frac}"
    expected = D(f"{sign}{n}.{frac}")
    assert value(text) == expected


@FAST
@given(st.integers(min_value=1, max_value=999), st.text(alphabet="0123456789", min_size=3, max_size=3))
def test_comma_three_digits_after_short_integer_is_always_refused(n, frac):
    """"n,ddd" with 1 ≤ n ≤ 999 is always refused as ambiguous, never silently misread."""
    with pytest.raises(InvalidInput):
        parse_number(f"{n},{frac}")


@FAST
@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_canonical_is_stable(number):
    """Decimal(canonical(x)) == x, canonical is idempotent and never uses an exponent."""
    text = canonical(number)
    assert "E" not in text and "e" not in text
    assert D(text) == number
    assert canonical(D(text)) == text
