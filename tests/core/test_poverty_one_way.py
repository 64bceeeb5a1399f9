"""Mức giảm tỷ lệ hộ nghèo is entered either as the households (poor, total) or as the current
rate (docs/indicators.md), never both: the way typed last replaces the other, so the report never
prints a rate that no longer counts beside the households that do."""
from decimal import Decimal as D

import pytest

from desktop_app.core.errors import InvalidInput


def test_typing_the_households_replaces_a_rate_entered_before(workspace):
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry("2026-6M", "giam_ngheo", value="3,2")
    row = workspace.set_entry("2026-6M", "giam_ngheo", numerator="30", denominator="1.500")
    assert row.entry.value is None
    assert row.computed.value == D("2.5")  # 4,5 − 30 ÷ 1.500 × 100
    fields = [(r.field, r.old, r.new) for r in workspace.store.audit_rows(indicator="giam_ngheo")
              if r.field != "baseline"]
    assert ("value", "3.2", None) in fields  # the rate's removal is in the audit log


def test_typing_the_rate_replaces_the_households(workspace):
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry("2026-6M", "giam_ngheo", numerator="30", denominator="1500")
    row = workspace.set_entry("2026-6M", "giam_ngheo", value="4")
    assert (row.entry.numerator, row.entry.denominator) == (None, None)
    assert row.computed.value == D("0.5")


def test_both_ways_at_once_are_refused_and_nothing_changes(workspace):
    """`chitieu set --value 3,2 --numerator 30 --denominator 1500`: which one counts? Refused."""
    workspace.set_baseline("giam_ngheo", "4,5")
    workspace.set_entry("2026-6M", "giam_ngheo", value="3,2")
    with pytest.raises(InvalidInput) as err:
        workspace.set_entry("2026-6M", "giam_ngheo", value="3", numerator="30", denominator="1500")
    assert "Tỷ lệ hộ nghèo hiện tại" in str(err.value) and "không nhập cả hai" in str(err.value)
    assert workspace.row("2026-6M", "giam_ngheo").entry.value == D("3.2")


def test_other_indicators_keep_every_field(workspace):
    """Only the poverty reduction has two ways: a ratio's numerator does not empty anything."""
    workspace.set_entry("2026-6M", "bhyt", numerator="9500", denominator="10000")
    row = workspace.set_entry("2026-6M", "bhyt", numerator="9600")
    assert row.entry.denominator == D(10000)
