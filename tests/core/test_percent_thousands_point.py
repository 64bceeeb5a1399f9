"""A percentage written with a thousands point ("1.500") is refused as ambiguous (walk U16): read the
Vietnamese way it was 1500 %, kept with only a soft note, where someone used to English decimals meant
1.5 %. The message says how to type each reading; the unambiguous forms are read as before."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.validation import parse_own_target

GROWTH = "Tốc độ tăng giá trị sản phẩm trên địa bàn"
GROWTH_EN = "Growth of the value of products in the unit"


@pytest.mark.parametrize("typed, vi_tail, en_tail", [
    ("1.500", "có thể là 1.500 (dấu chấm phân cách hàng nghìn) hoặc 1,5 (dấu chấm thập phân, kiểu tiếng Anh). "
              "Nếu là số nguyên, gõ 1500; nếu là số thập phân, gõ 1,5.",
     "it can be 1500 (a point between thousands, the Vietnamese way) or 1.5 (a decimal point, the English way). "
     "For the whole number, type 1500; for the decimal, type 1.5."),
    ("-2.250%", "có thể là -2.250% (dấu chấm phân cách hàng nghìn) hoặc -2,25% (dấu chấm thập phân, kiểu tiếng Anh). "
                "Nếu là số nguyên, gõ -2250%; nếu là số thập phân, gõ -2,25%.",
     "it can be -2250% (a point between thousands, the Vietnamese way) or -2.25% (a decimal point, the English way). "
     "For the whole number, type -2250%; for the decimal, type -2.25%."),
])
def test_a_thousands_point_in_a_growth_rate_is_refused_with_both_readings(workspace, typed, vi_tail, en_tail):
    workspace.set_entry("2026", "tang_gia_tri_san_pham", value="7")
    with pytest.raises(InvalidInput) as refused:
        workspace.set_entry("2026", "tang_gia_tri_san_pham", value=typed)
    assert str(refused.value) == f'{GROWTH}: "{typed}" không rõ nghĩa: {vi_tail}'
    assert refused.value.en == f'{GROWTH_EN}: "{typed}" is ambiguous: {en_tail}'
    assert workspace.row("2026", "tang_gia_tri_san_pham").entry.value == Decimal(7)  # nothing written


def test_an_own_target_rate_with_a_thousands_point_is_told_ambiguous_not_above_100(workspace):
    """"≥ 12.500" typed in Chỉ tiêu xã tự đặt for a coverage rate meant 12.5 %: told ambiguous, not
    "a rate is at most 100 %" (which hid that 12.5 was read as 12500); offered only the reading a target of
    a rate takes (red team R27: "gõ 12500" was offered, then refused as over 100 %)."""
    ind = workspace.catalog.indicator("bhyt")
    with pytest.raises(InvalidInput) as refused:
        parse_own_target(ind, "≥", "12.500")
    said = str(refused.value)
    assert "không rõ nghĩa" in said and said.endswith("quá 100% của một tỷ lệ. Nếu là số thập phân 12,5 (dấu chấm "
                                                      "thập phân, kiểu tiếng Anh), gõ 12,5."), said
    assert "gõ 12500" not in said and "type 12500" not in refused.value.en
    assert parse_own_target(ind, "≥", "12,5") == ("≥", "12.5")


@pytest.mark.parametrize("code", ["bhyt", "giam_ngheo", "tngt_so_vu"])
def test_every_reading_an_own_target_is_offered_is_taken(workspace, code):
    """A rate, a fall in points, a fall on last year: whatever the refusal says to type, typed, is taken."""
    ind = workspace.catalog.indicator(code)
    with pytest.raises(InvalidInput) as refused:
        parse_own_target(ind, "≥", "2.500")
    offered = re.findall(r"gõ (\S+?)[.;]?(?:\s|$)", str(refused.value))
    assert offered, str(refused.value)
    for typed in offered:
        parse_own_target(ind, "≥", typed)


def test_a_growth_rate_own_target_keeps_both_readings(workspace):
    """A growth rate may pass 100 %: both readings offered, and both taken."""
    ind = workspace.catalog.indicator("tang_gia_tri_san_pham")
    with pytest.raises(InvalidInput) as refused:
        parse_own_target(ind, "≥", "1.500")
    assert "gõ 1500; nếu là số thập phân, gõ 1,5." in str(refused.value)
    assert parse_own_target(ind, "≥", "1500") == ("≥", "1500")


@pytest.mark.parametrize("typed, value", [
    ("1500", "1500"), ("1,5", "1.5"), ("1.5", "1.5"), ("12.50", "12.5"), ("0.500", "0.5"), ("1.234,5", "1234.5"),
])
def test_the_unambiguous_forms_are_read_as_before(workspace, typed, value):
    workspace.set_entry("2026", "tang_gia_tri_san_pham", value=typed)
    assert workspace.row("2026", "tang_gia_tri_san_pham").entry.value == Decimal(value)


def test_a_thousands_point_in_a_count_still_groups_thousands(workspace):
    workspace.set_entry("2026", "bhyt", numerator="1.500", denominator="12.000")
    assert workspace.row("2026", "bhyt").entry.numerator == Decimal(1500)


def test_a_rate_of_at_most_100_is_offered_only_the_decimal_reading(workspace):
    """A poverty rate's baseline typed "2.000": its thousands reading, 2000 %, is not one a rate takes,
    so the refusal offers only the decimal (red team R27: it said "gõ 2000", then refused that as over
    100 %). The figure typed as offered is taken."""
    with pytest.raises(InvalidInput) as refused:
        workspace.set_baseline("giam_ngheo", "2.000")
    said = str(refused.value)
    assert "quá 100% của một tỷ lệ. Nếu là số thập phân 2 (dấu chấm thập phân, kiểu tiếng Anh), gõ 2." in said, said
    assert "gõ 2000" not in said and "type 2000" not in refused.value.en
    assert "over the 100% a rate can be. If it is the decimal 2 (the English way), type 2." in refused.value.en
    workspace.set_baseline("giam_ngheo", "2")
