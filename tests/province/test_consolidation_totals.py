"""The province-wide figure of an indicator (desktop_app.province.indicator_total)."""
from __future__ import annotations

from decimal import Decimal
from desktop_app.resources import default_catalog
from desktop_app.core.consolidation import indicator_total
from desktop_app.core.submission import Item


def _items(ind, values):
    return [Item(code=ind.code, no=1, name=ind.name, unit=ind.unit, assigned=True, value=v) for v in values]


def test_amounts_are_summed_and_a_figure_that_is_not_a_number_is_left_out():
    ind = next(i for i in default_catalog().indicators if i.kind == "amount" and i.unit != "%")
    assert indicator_total(ind, _items(ind, ["10", "2.5", None, ""])) == (Decimal("12.5"), "Tổng")
    # a stored figure that does not read as a number (an old or damaged row) does not stop the total
    assert indicator_total(ind, _items(ind, ["10", "mười", "2.5"])) == (Decimal("12.5"), "Tổng")
    assert indicator_total(ind, _items(ind, [None, ""])) == (None, "Tổng")
