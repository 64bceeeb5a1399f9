"""A commune's own target that its indicator can never reach is refused (paper review U2 F15):
"Giảm ≥ 999.999.999.999.999%" on road accidents, a fall of more than 100 % on last year, was
accepted, and so was a fall of the poor-household rate by more than 100 points. A fall on last year
is typed as the percentage it is ("5,5%" was refused as a count of accidents)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.core.errors import InvalidInput


@pytest.mark.parametrize("code, typed, said", [
    ("tngt_so_vu", "101", "mức giảm so với cùng kỳ không quá 100%, đã nhập 101"),
    ("tngt_nguoi_chet", "999.999.999.999.999", "mức giảm so với cùng kỳ không quá 100%, đã nhập 999.999.999.999.999"),
    ("giam_ngheo", "100,5", "mức giảm tỷ lệ không quá 100 điểm %, đã nhập 100,5"),
])
def test_a_fall_above_100_is_refused_and_not_kept(workspace, code, typed, said):
    with pytest.raises(InvalidInput) as err:
        workspace.set_own_target(2026, code, ">=", typed)
    assert err.value.message == f"Giá trị chỉ tiêu: {said}. Gõ một số từ 0 đến 100."
    assert err.value.field == "Giá trị chỉ tiêu" and err.value.en.startswith("Target value: a fall ")
    assert workspace.row("2026", code).own_target is None
    assert workspace.store.own_targets(workspace.commune.code) == {}


@pytest.mark.parametrize("code", ["tngt_so_vu", "giam_ngheo"])
def test_a_fall_of_100_is_taken(workspace, code):
    target = workspace.set_own_target(2026, code, ">=", "100")
    assert target.value == Decimal(100) and workspace.row("2026", code).own_target.value == 100


def test_a_fall_on_last_year_is_typed_as_the_percentage_it_is(workspace):
    """"Giảm ≥ 5,5%": a fall of road accidents was refused as a count of accidents ("đếm bằng vụ")."""
    assert workspace.set_own_target(2026, "tngt_so_vu", ">=", "5,5%").value == Decimal("5.5")
    assert workspace.row("2026", "tngt_so_vu").own_target.label(1) == "≥ 5,5"
    err = pytest.raises(InvalidInput, workspace.set_own_target, 2026, "tngt_so_vu", ">=", "abc").value
    assert err.message.endswith("ví dụ 85,5 hoặc 85,5%.")


def test_a_growth_rate_may_aim_above_100_percent(workspace):
    """A growth rate's result may exceed 100 % (typed so at entry): its own target may too; a rate
    of a share may not."""
    assert workspace.set_own_target(2026, "tang_gia_tri_san_pham", ">=", "150").value == Decimal(150)
    err = pytest.raises(InvalidInput, workspace.set_own_target, 2026, "bhyt", ">=", "150").value
    assert err.message == "Giá trị chỉ tiêu: tỷ lệ không quá 100%, đã nhập 150. Gõ một số từ 0 đến 100."
