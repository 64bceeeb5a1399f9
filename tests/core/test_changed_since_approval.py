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


def test_an_own_target_set_and_a_comment_rewritten_are_changes(office):  # noqa: F811
    """Red-team 29: both go into the report and the file; the question said nothing differed."""
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    office.reopen("2026", "Xem lại")
    office.set_own_target(2026, "thu_ngan_sach", ">=", "60000")
    as_(office, "canbo")
    office.set_entry("2026", "bhyt", comment="Số liệu theo Bảo hiểm xã hội huyện")
    _, drifts = office.changed_since_approval("2026")
    by = {d.indicator.code: d for d in drifts}
    assert set(by) == {"thu_ngan_sach", "bhyt"}
    assert (by["thu_ngan_sach"].approved.own_target_text, by["thu_ngan_sach"].live.own_target_text) == ("", "≥ 60.000")
    assert by["bhyt"].live.entry.comment == "Số liệu theo Bảo hiểm xã hội huyện"
