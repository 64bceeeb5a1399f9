"""A document number counts the office's documents (red-team R5, F8): "ABC" and "Đ" went out as "Số: ABC/BC-UBND",
"0" as "Số: 00/BC-UBND", though the rule says a number is digits. Now a first number needs a digit and is not
zero, refused like any other number the register does not give (the field named, nothing written)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.services import export_period
from tests.core.test_number_issued_once import _approve
from tests.core.test_workflow import office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)


@pytest.mark.parametrize("typed, why", [("ABC", "không có chữ số nào"), ("Đ", "không có chữ số nào"), ("0", "là số 0"),
                                        ("00", "là số 0"), ("0/BC-UBND", "là số 0"), ("a-b", "không có chữ số nào")])
def test_a_number_without_digits_or_zero_is_refused_and_nothing_written(office, tmp_path, typed, why):  # noqa: F811
    _approve(office, "2026")
    with pytest.raises(InvalidInput) as refused:
        export_period(office, "2026", tmp_path / "gui", doc_number=typed, report_date=DAY)

    shown = typed.removesuffix("/BC-UBND")
    assert refused.value.message == (
        f'Số văn bản "{shown}" không dùng được: {why}. Số văn bản gồm chữ số (có thể thêm chữ cái, dấu chấm hoặc gạch nối), '
        "không phải số 0, không quá 10 ký tự, ví dụ 15 hoặc 15/BC-UBND; hoặc ghi số viết tay trên bản in.")
    assert refused.value.field == "Số văn bản"
    assert not (tmp_path / "gui").exists() or not any((tmp_path / "gui").iterdir())
    assert office.issued("2026") is None


@pytest.mark.parametrize("typed, kept", [("1", "01"), ("10", "10"), ("152a", "152a"), ("03-TH", "03-TH"),
                                         ("15.1", "15.1")])
def test_a_register_s_number_is_printed(office, tmp_path, typed, kept):  # noqa: F811
    _approve(office, "2026")
    result = export_period(office, "2026", tmp_path / "gui", doc_number=typed, report_date=DAY)
    assert office.issued("2026").said()[0] == f"số {kept}/BC-UBND ngày 15/12/2026"
    assert result.submission.doc_number == typed


@pytest.mark.parametrize("typed, why, digits", [
    ("2O", 'chữ "O" đứng cạnh chữ số, in ra giống chữ số 0', "20"),
    ("l5", 'chữ "l" đứng cạnh chữ số, in ra giống chữ số 1', "15"),
    ("1I", 'chữ "I" đứng cạnh chữ số, in ra giống chữ số 1', "11")])
def test_a_number_that_prints_like_another_is_refused(office, tmp_path, typed, why, digits):  # noqa: F811
    """Red-team R6 F4: with 20/BC-UBND issued, "2O" and "l5" were taken as other numbers and printed like 20
    and 15 on the paper. ("020" is 20 to the program too: tests/core/test_number_as_printed.py.)"""
    _approve(office, "2026")
    with pytest.raises(InvalidInput) as refused:
        export_period(office, "2026", tmp_path / "gui", doc_number=typed, report_date=DAY)
    assert refused.value.message == (f'Số văn bản "{typed}" dễ đọc nhầm trên bản in: {why}. Gõ số bằng chữ số, '
                                     f"ví dụ {digits}; chữ cái kèm theo số như 152a, 03-TH vẫn dùng được.")
    assert refused.value.field == "Số văn bản" and office.issued("2026") is None


def test_numbers_are_compared_without_their_leading_zeros():
    """An older version let "020" be issued: it is the number 20 all the same."""
    from desktop_app.core.number_taken import _number

    assert _number("020", "BC-UBND") == _number("20/BC-UBND", "BC-UBND") == "20"
    assert _number("5", "BC-UBND") == _number("05", "BC-UBND") == "5"
