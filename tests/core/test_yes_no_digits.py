"""Có/Không typed as a digit is refused (walk U16: 0 typed for "0 drug cases" recorded the unit as
NOT drug-free); "1"/"0" as files and stored values carry them are still read."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.validation import flag_beginning, parse_flag, parse_own_target


def test_a_digit_typed_for_a_yes_no_field_is_refused_in_both_languages(workspace):
    spec = workspace.catalog.indicator("khong_ma_tuy").input("flag")
    for digit in ("0", "1", " 0 "):
        with pytest.raises(InvalidInput) as refused:
            parse_flag(digit, spec)
        d = digit.strip()
        assert str(refused.value).startswith(
            f'{spec.label}: ô này ghi Có hoặc Không, không nhận số "{d}": gõ C (Có) hoặc K (Không).')
        assert refused.value.en == (f'{spec.english_label}: this cell takes Yes or No, not the number "{d}": '
                                    "type Y or C (Yes), N or K (No).")
        assert flag_beginning(digit) is None  # the list shows neither while it is typed


def test_a_digit_typed_through_the_service_saves_nothing(workspace):
    with pytest.raises(InvalidInput):
        workspace.set_entry("2026", "khong_ma_tuy", flag="0")
    assert workspace.row("2026", "khong_ma_tuy").entry.flag is None
    pasted = workspace.set_entries("2026", [("khong_ma_tuy", "flag", "1")])
    assert ("khong_ma_tuy", "flag") in pasted.refused


def test_stored_and_file_digits_are_still_read(workspace):
    spec = workspace.catalog.indicator("khong_ma_tuy").input("flag")
    assert parse_flag("1", spec, typed=False) is True and parse_flag("0", spec, typed=False) is False
    ind = workspace.catalog.indicator("khong_ma_tuy")
    assert parse_own_target(ind, "=", "1", typed=False) == ("=", "1")  # a received file's own target
    assert parse_own_target(ind, "=", "có") == ("=", "1")
    with pytest.raises(InvalidInput):
        parse_own_target(ind, "=", "0")  # typed in Chỉ tiêu xã tự đặt
