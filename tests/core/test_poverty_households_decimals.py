"""Mức giảm tỷ lệ hộ nghèo: a figure with decimals typed where the poor households go (walk-through
6). "1234.5" was taken as the rate and refused as "Tỷ lệ hộ nghèo hiện tại: tỷ lệ không quá 100%.",
naming a field the officer never typed in and not saying why it was read as a rate. It is no rate
(over 100) and no count of households (not whole): the refusal names "Số hộ nghèo hiện tại", says
households are whole and a figure with decimals there is taken as the rate (%), and what to type."""
from decimal import Decimal as D

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Entry
from desktop_app.core.rows import field_typed, households_refusal
from tests.core.test_english_errors import english

PERIOD = "2026-6M"
NOTHING = Entry()
HOUSEHOLDS = Entry(numerator=D(30), denominator=D(1500))


@pytest.fixture
def poverty(workspace):
    return workspace.catalog.indicator("giam_ngheo")


def typed_in_households_cell(workspace, poverty, text: str) -> InvalidInput:
    """`text` typed in the poor households' cell as the window saves it (`field_typed`, then the service)."""
    field = field_typed(poverty, workspace.row(PERIOD, "giam_ngheo").entry, "numerator", text)
    with pytest.raises(InvalidInput) as err:
        workspace.set_entry(PERIOD, "giam_ngheo", **{field: text})
    return err.value


@pytest.mark.parametrize("typed", ["1234.5", "1.234,5", "100,5"])
def test_a_figure_with_decimals_above_100_stays_in_the_households_cell(poverty, typed):
    assert field_typed(poverty, NOTHING, "numerator", typed) == "numerator"


@pytest.mark.parametrize("typed", ["1,25", "99,5", "0,5"])
def test_one_that_can_be_a_rate_is_still_the_rate(poverty, typed):
    assert field_typed(poverty, NOTHING, "numerator", typed) == "value"


def test_1234_5_is_refused_naming_the_households_and_saying_why_and_what_to_type(workspace, poverty):
    err = typed_in_households_cell(workspace, poverty, "1234.5")
    assert err.field == "Số hộ nghèo hiện tại"
    assert err.message == (
        "Số hộ nghèo hiện tại: số hộ là số nguyên. Số có phần thập phân gõ ở ô này được hiểu là tỷ lệ hộ nghèo "
        "(%), nhưng 1.234,5% quá 100%. Gõ số hộ không có phần thập phân (ví dụ 1.234), hoặc gõ tỷ lệ hộ "
        "nghèo, ví dụ 1,25%.")
    assert english(err).startswith("Poor households now: a count of households is a whole number. A figure with "
                                   "decimals typed in this cell is taken as the poverty rate (%)")
    assert workspace.row(PERIOD, "giam_ngheo").entry.is_empty  # nothing saved


def test_decimals_over_households_entered_say_how_to_type_the_rate(workspace, poverty):
    """With households entered a "1,25" is not the rate (`field_typed`): the refusal says a figure
    with decimals is the rate only while no households are entered, and to type it with %."""
    workspace.set_entry(PERIOD, "giam_ngheo", numerator="30", denominator="1500")
    err = typed_in_households_cell(workspace, poverty, "1,25")
    assert err.field == "Số hộ nghèo hiện tại"
    assert err.message.startswith("Số hộ nghèo hiện tại: số hộ là số nguyên, không nhận 1,25. Số có phần thập "
                                  "phân chỉ được hiểu là tỷ lệ hộ nghèo (%) khi chưa nhập số hộ.")
    assert "gõ kèm dấu %, ví dụ 1,25%" in err.message
    english(err)
    assert workspace.row(PERIOD, "giam_ngheo").entry.numerator == D(30)


def test_other_fields_and_indicators_keep_the_whole_number_refusal(workspace, poverty):
    """Only the cell that takes the rate too says so: the total households, and another count."""
    bhyt = workspace.catalog.indicator("bhyt")
    assert households_refusal(poverty, "denominator", "12,5") is None
    assert households_refusal(bhyt, "numerator", "12,5") is None
    assert households_refusal(poverty, "numerator", "12") is None
    assert households_refusal(poverty, "numerator", "12,5%") is None  # the rate's, checked as the rate
    with pytest.raises(InvalidInput, match="Tổng số hộ: đếm bằng hộ, phải là số nguyên"):
        workspace.set_entry(PERIOD, "giam_ngheo", denominator="12,5")
