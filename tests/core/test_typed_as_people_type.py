"""Core rules the entry window words its lines with: a figure typed that the report prints
rounded, the letters of a Có/Không cell, a date typed with a two-digit year."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Entry
from desktop_app.core.rows import rounded_on_report
from desktop_app.core.typed_dates import read_day
from desktop_app.core.validation import flag_beginning, parse_flag
from desktop_app.data_entry import _row_from_entry


@pytest.mark.parametrize("code, typed, printed", [
    ("thu_ngan_sach", {"value": "1.234,5"}, "1.235"),            # whole million đồng on the report
    ("thu_tien_su_dung_dat", {"value": "12.345,67"}, "12.346"),
    ("tang_gia_tri_san_pham", {"value": "5,1230"}, "5,12"),       # a growth rate: two decimals
    ("thu_ngan_sach", {"value": "1.234"}, None),                   # printed as typed
    ("thu_ngan_sach", {"value": "1.234,00"}, None),
    ("tang_gia_tri_san_pham", {"value": "5,12"}, None),
    ("bhyt", {"numerator": "9.500", "denominator": "10.000"}, None),  # a rate computed: no figure typed
    ("nong_thon_moi", {"flag": "Có"}, None),
    ("tngt_so_vu", {"value": "4", "previous": "5"}, None),
])
def test_a_figure_typed_that_the_report_rounds_is_known_by_its_printed_figure(workspace, code, typed, printed):
    """A figure finer than its result is refused now (test_decimals_not_rounded): one a database of
    an older version holds is still known by the figure the report prints."""
    if printed is None:
        workspace.set_entry("2026", code, **typed)
    else:
        value = Decimal(typed["value"].replace(".", "").replace(",", "."))
        workspace.store.put_entry(_row_from_entry(workspace.commune.code, "2026", code, Entry(value=value), "can-bo"))
    assert rounded_on_report(workspace.row("2026", code)) == printed


@pytest.mark.parametrize("typed, answer", [
    ("c", True), ("C", True), ("co", True), ("có", True), ("Có", True), ("x", True),
    ("y", True), ("ye", True), ("đ", True), ("đạt", True), ("t", True),
    ("k", False), ("kh", False), ("khôn", False), ("không", False), ("không đ", False), ("n", False),
    ("f", False),
    # a digit chooses neither: "0" typed for "0 drug cases" is refused, not Không (walk U16)
    ("0", None), ("1", None),
    ("q", None), ("ca", None), ("có không", None), ("2", None), ("", None), ("  ", None),
])
def test_the_letters_typed_in_a_yes_no_cell_choose_or_begin_nothing(typed, answer):
    assert flag_beginning(typed) is answer


def test_a_word_neither_yes_nor_no_is_refused_naming_the_field_and_the_letters_taken(workspace):
    spec = workspace.catalog.indicator("nong_thon_moi").input("flag")
    with pytest.raises(InvalidInput) as refused:
        parse_flag("q", spec)
    assert str(refused.value).startswith(f"{spec.label}: chỉ nhận Có (gõ C) hoặc Không (gõ K), không nhận \"q\"")
    assert refused.value.en == (f'{spec.english_label}: only Yes (type Y or C) or No (type N or K) is accepted, '
                                'not "q".')
    assert parse_flag("khong", spec) is False and parse_flag("X", spec) is True


@pytest.mark.parametrize("typed, day", [
    ("5/7/26", dt.date(2026, 7, 5)),
    ("05/07/26", dt.date(2026, 7, 5)),
    ("5.7.26", dt.date(2026, 7, 5)),
    ("5-7-27", dt.date(2027, 7, 5)),
    ("5/7/2026", dt.date(2026, 7, 5)),
    ("05072026", dt.date(2026, 7, 5)),
    (" 31/12/30 ", dt.date(2030, 12, 31)),
])
def test_a_date_is_read_day_first_with_a_four_or_two_digit_year(typed, day):
    assert read_day(typed) == (day, ())


@pytest.mark.parametrize("typed, why", [
    ("", ("empty",)),
    ("5/7", ("form",)),
    ("5/7/026", ("form",)),     # three digits: which year?
    ("050726", ("form",)),      # six digits: ddmmyy or a year cut short?
    ("5/7/202", ("form",)),
    ("5/13/26", ("month", "05/13/2026", 13)),
    ("31/9/26", ("day", "31/09/2026", 9, 2026, 30)),
    ("5/7/25", ("early", "05/07/2025", 2026)),   # 2025, before the term
])
def test_what_a_date_cannot_be_read_as_is_said(typed, why):
    assert read_day(typed) == (None, why)


def test_a_two_digit_year_is_of_this_century():
    """"99" is 2099, never 1999 (after the term: for the caller to judge, as "5/7/2099")."""
    assert read_day("5/7/99") == read_day("5/7/2099") == (dt.date(2099, 7, 5), ())
