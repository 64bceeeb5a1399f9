"""Reopening is refused, as completing, approving and exporting are, while a change made outside
the program holds the period back (red-team 16, F1): the officer who gave himself the leader's
role with sqlite3 reopened the approved report, "by canbo", while `audit verify` was naming his
edited account. Reopening only lowers the state, but it is a leader's decision recorded with who
took it; the administrator looks at the change first, and acknowledging it voids an approval it
touched in any case."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import ChangedOutside
from desktop_app.core.workflow import State
from tests.core.test_changed_outside import _as, _cli, _edit_bhyt, _sql, office  # noqa: F401 (the fixture)


def test_an_officer_made_leader_with_sqlite3_cannot_reopen(office, monkeypatch, capsys):  # noqa: F811
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _sql(office, "UPDATE users SET role = 'Lãnh đạo' WHERE username = 'canbo'")
    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside) as refused:
        officer.reopen("2026", "Sửa BHYT")
    assert "canbo" in refused.value.message and "ngoài chương trình" in refused.value.message
    with pytest.raises(ChangedOutside):
        officer.check_reopen("2026")  # the window asks it before the reason
    assert officer.period_state("2026") == State.APPROVED
    officer.close()
    assert _cli(office, "canbo", monkeypatch, "reopen", "--period", "2026", "--reason", "x") == 2
    assert "canbo" in capsys.readouterr().err


def test_a_leader_does_not_reopen_a_period_whose_figures_were_edited_outside(office):  # noqa: F811
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    _edit_bhyt(office)
    with pytest.raises(ChangedOutside) as refused:
        leader.reopen("2026", "Sửa BHYT")
    assert refused.value.message.startswith("Kỳ năm 2026 chưa mở lại được: lịch sử số liệu cho thấy dữ liệu của kỳ "
                                            "bị sửa ngoài chương trình")
    assert "bảo hiểm y tế" in refused.value.message and "sau đó mới mở lại được." in refused.value.message
    assert refused.value.en.startswith("Year 2026 cannot be reopened yet: the data history shows")
    assert leader.period_state("2026") == State.APPROVED
    leader.close()
