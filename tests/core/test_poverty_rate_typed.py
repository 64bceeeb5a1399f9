"""Mức giảm tỷ lệ hộ nghèo entered as the rate where the poor households go (the entry window's
first cell of the row): which field a typed figure is for (`rows.field_typed`), what a switch of
ways replaced (`rows.the_other_way`), and the core's one-way rule and validation behind both,
without Qt."""
from decimal import Decimal as D

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Entry
from desktop_app.core.rows import field_typed, the_other_way

NOTHING = Entry()
HOUSEHOLDS = Entry(numerator=D(30), denominator=D(1500))


@pytest.fixture
def poverty(workspace):
    return workspace.catalog.indicator("giam_ngheo")


@pytest.mark.parametrize("typed, entry, field", [
    ("1,25%", NOTHING, "value"),
    ("1,25 %", NOTHING, "value"),
    ("1,25", NOTHING, "value"),  # households are whole: decimals are a rate
    ("2%", NOTHING, "value"),
    ("2", NOTHING, "numerator"),  # 2 households
    ("1.250", NOTHING, "numerator"),
    ("1,25%", HOUSEHOLDS, "value"),  # with % it is the rate, whatever is entered
    ("1,25", HOUSEHOLDS, "numerator"),  # refused as households: the officer meant a count
    ("1,234%", NOTHING, "value"),  # unreadable with %: refused as the rate
    ("1,234", NOTHING, "numerator"),
    ("", HOUSEHOLDS, "numerator"),
])
def test_a_figure_typed_where_the_poor_households_go(poverty, typed, entry, field):
    assert field_typed(poverty, entry, "numerator", typed) == field


def test_only_the_poor_households_cell_of_poverty_reduction_takes_a_rate(workspace, poverty):
    assert field_typed(poverty, NOTHING, "denominator", "1,25%") == "denominator"
    assert field_typed(poverty, NOTHING, "value", "1,25") == "value"
    assert field_typed(workspace.catalog.indicator("bhyt"), NOTHING, "numerator", "1,25%") == "numerator"


def test_what_a_switch_replaced(poverty):
    rate = Entry(value=D("1.25"))
    assert the_other_way(poverty, HOUSEHOLDS, rate) == {"numerator": D(30), "denominator": D(1500)}
    assert the_other_way(poverty, rate, Entry(numerator=D(45))) == {"value": D("1.25")}
    assert the_other_way(poverty, NOTHING, rate) == {}
    assert the_other_way(poverty, rate, NOTHING) == {}  # the rate deleted replaces nothing


def test_a_rate_typed_over_households_replaces_them_in_one_transaction(workspace, poverty):
    """The service saves what `field_typed` chose; the core's one-way rule empties the households,
    each change audited, and the rate is evaluated as `chitieu set --value` would."""
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="30", denominator="1500")
    audited = len(workspace.store.audit_rows())
    field = field_typed(poverty, workspace.row("2026-6M", "giam_ngheo").entry, "numerator", "1,25%")
    row = workspace.set_entry("2026-6M", "giam_ngheo", **{field: "1,25%"})
    assert (row.entry.numerator, row.entry.denominator, row.entry.value) == (None, None, D("1.25"))
    assert row.computed.value == D("3.25")
    new = [(r.field, r.old, r.new) for r in workspace.store.audit_rows()[audited:]]
    assert sorted(new) == [("denominator", "1500", None), ("numerator", "30", None), ("value", None, "1.25")]


@pytest.mark.parametrize("typed, said", [
    ("150%", "Tỷ lệ hộ nghèo hiện tại: tỷ lệ không quá 100%."),
    ("-1%", "Tỷ lệ hộ nghèo hiện tại: không được âm."),
    ("1,234%", "Tỷ lệ hộ nghèo hiện tại: \"1,234%\" không rõ nghĩa"),
])
def test_a_rate_out_of_range_or_ambiguous_is_refused_naming_the_rate(workspace, poverty, typed, said):
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="30", denominator="1500")
    field = field_typed(poverty, workspace.row("2026-6M", "giam_ngheo").entry, "numerator", typed)
    with pytest.raises(InvalidInput) as err:
        workspace.set_entry("2026-6M", "giam_ngheo", **{field: typed})
    assert str(err.value).startswith(said)
    assert err.value.field == "Tỷ lệ hộ nghèo hiện tại"
    assert workspace.row("2026-6M", "giam_ngheo").entry.numerator == D(30)  # nothing replaced
