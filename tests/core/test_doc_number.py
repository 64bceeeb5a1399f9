"""The document number typed as people write it, and the number and date an approval is issued with
(desktop_app/core/doc_number.py; red-team 14, F3)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace as Row

import pytest

from desktop_app.core.doc_number import Issued, issued_elsewhere, issued_of, keep_issued, without_symbol
from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import parse_period
from desktop_app.core.submission import number_text

DAY = dt.date(2026, 12, 18)


@pytest.mark.parametrize("typed", ["01", "1", "01/BC-UBND", "01/BC-UBND ", " 01 / bc-ubnd", "01/BC-UBND/"])
def test_a_number_typed_with_its_symbol_is_printed_with_it_once(typed):
    assert number_text(typed, "BC-UBND") == "Số: 01/BC-UBND"


def test_the_units_own_symbol_is_taken_off_too_and_blank_leaves_room_to_write():
    assert number_text("07/BC-VP", "BC-VP") == "Số: 07/BC-VP"
    assert without_symbol("07/BC-VP", "BC-VP") == "07"
    assert without_symbol("12/2026", "BC-UBND") == "12/2026"  # no symbol: as typed
    assert number_text("", "BC-UBND") == "Số:       /BC-UBND"


def _history(*steps):
    return [Row(event=event, snapshot=snapshot) for event, snapshot in steps]


def test_the_number_issued_is_the_first_sent_after_the_latest_approval():
    first, second = Issued("01", DAY), Issued("02", DAY + dt.timedelta(days=1))
    history = _history(("approve", "{}"), ("sent", first.as_json()), ("sent", first.as_json()))
    assert issued_of(history) == first
    assert issued_of(history + _history(("reopen", None), ("approve", "{}"))) is None  # a new approval: not yet
    again = history + _history(("reopen", None), ("approve", "{}"), ("sent", None), ("sent", second.as_json()))
    assert issued_of(again) == second  # a step of an older version (no number) is passed over
    assert issued_of(_history(("complete", None))) is None


def test_the_same_number_or_none_keeps_the_one_issued_another_is_refused_naming_it():
    issued, p = Issued("01", DAY), parse_period("2026")
    for number, date in ((None, None), ("", None), ("1", DAY), ("01/BC-UBND", None), (None, DAY)):
        assert keep_issued(issued, p, "BC-UBND", number, date) == ("01", DAY)
    with pytest.raises(InvalidInput) as refused:
        keep_issued(issued, p, "BC-UBND", "99/BC-UBND", None)
    assert refused.value.field == "Số văn bản"
    assert "đã xuất gửi tỉnh với số 01/BC-UBND ngày 18/12/2026" in str(refused.value)
    assert "số 99/BC-UBND" in str(refused.value) and "mở lại kỳ báo cáo rồi duyệt lại" in str(refused.value)
    with pytest.raises(InvalidInput) as refused:
        keep_issued(issued, p, "BC-UBND", "01", DAY + dt.timedelta(days=1))
    assert refused.value.field == "Ngày báo cáo" and "ngày 19/12/2026" in str(refused.value)


def test_a_file_written_while_another_number_was_issued_is_said():
    issued = Issued("01", DAY)
    mine = Row(approved=True, doc_symbol="BC-UBND", doc_number="02", report_date=DAY)
    why = issued_elsewhere(issued, mine)
    assert why and "số 01/BC-UBND ngày 18/12/2026" in why[0] and "số 02/BC-UBND" in why[0]
    assert issued_elsewhere(issued, Row(approved=True, doc_symbol="BC-UBND", doc_number="1", report_date=DAY)) is None
    assert issued_elsewhere(None, mine) is None
