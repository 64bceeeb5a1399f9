"""A leader's own target ("Chỉ tiêu xã tự đặt") that no result can meet is refused, as the province's is in
its catalogue (red team R34 F4): a rate "> 100", a quantity "< 0", naming the field; the edges are kept."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import InvalidInput


@pytest.mark.parametrize("code, op, value, why", [
    ("bhyt", ">", "100", "không vượt quá 100"),
    ("bhyt", "<", "0", "không dưới 0"),
    ("thu_ngan_sach", "<", "0", "không dưới 0"),
])
def test_an_own_target_no_result_can_meet_is_refused(workspace, code, op, value, why):
    with pytest.raises(InvalidInput) as err:
        workspace.set_own_target(2026, code, op, value)
    assert err.value.field == "Giá trị chỉ tiêu"
    assert err.value.message.startswith(f'Chỉ tiêu tự đặt "{op} {value}" của chỉ tiêu "') and why in err.value.message
    assert "chỉ nhận" in err.value.message and " is accepted" in err.value.en
    assert (2026, code) not in workspace.own_targets()


@pytest.mark.parametrize("code, op, value", [("bhyt", "≥", "100"), ("bhyt", "=", "100"), ("bhyt", "≤", "0"),
                                             ("thu_ngan_sach", ">", "0")])
def test_the_edges_of_an_own_target_are_kept(workspace, code, op, value):
    assert workspace.set_own_target(2026, code, op, value) is not None
