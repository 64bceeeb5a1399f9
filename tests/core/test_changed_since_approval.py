"""What changed since a period's last approval, asked before approving it again (walk 29b):
`Workspace.changed_since_approval`, the comparison `drift` makes for an approved period."""
from __future__ import annotations

from decimal import Decimal

from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def test_none_before_a_first_approval_then_the_rows_corrected(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    assert office.changed_since_approval("2026") is None
    as_(office, "lanhdao")
    office.approve("2026")
    at = office.approval("2026").at
    assert office.changed_since_approval("2026") == (at, [])  # approved: nothing differs
    office.reopen("2026", "Số liệu thu ngân sách của Chi cục Thuế")
    assert office.changed_since_approval("2026") == (at, [])
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="51.200")
    when, drifts = office.changed_since_approval("2026")
    assert when == at and [d.indicator.code for d in drifts] == ["thu_ngan_sach"]
    assert (drifts[0].approved.entry.value, drifts[0].live.entry.value) == (Decimal(50000), Decimal(51200))
