"""A year whose approval an administrator's acknowledgement voided (its data changed outside the program)
is not counted elsewhere as approved: unlike a year a leader reopened for correction, which later
periods count as last approved (b92399a), a voided approval no longer stands for anything."""
from __future__ import annotations

from desktop_app.core.workflow import State
from tests.core.test_changed_outside import _as, _sql, office  # noqa: F401 (the fixture)


def test_a_voided_year_is_left_out_of_the_next_years_term_total(office):
    ws = _as(office, "lanhdao")
    ws.approve("2026")
    ws.close()
    _sql(office, "UPDATE entries SET value = '99999' WHERE indicator = 'thu_ngan_sach' AND period = '2026'")
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    assert admin.approvals_voided and admin.period_state("2026") == State.COMPLETE
    admin.close()

    ws = _as(office, "canbo")
    ws.set_entry("2027", "thu_ngan_sach", value="10.000")
    row = ws.row("2027", "thu_ngan_sach")
    assert row.missing_years == (2026,) and row.computed.compared == 10_000  # 2026 not counted
    assert any("chưa được duyệt" in str(n) for n in row.notes), row.notes
    assert not any("đang được sửa" in str(n) for n in row.notes), row.notes
    ws.close()
