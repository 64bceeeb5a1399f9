"""Red-team 23: red-team 22's forge (tests/db/test_approval_forged_with_program_code.py) with the history's
approve step rewritten too (its code and snapshot set to the forged approval's) and sealed the same way, so
that the approval and its step agree. The program only ever inserts rows of approvals and period_history:
the chain recording a second state of one is a change made outside the program. `audit verify` names both
rows, export is refused; the administrator's acknowledgement voids the approval, and approved again the
period is clean. A genuine approve → reopen → approve history, acknowledged, stays clean."""
from __future__ import annotations

import sqlite3

import pytest

from db import integrity
from db.rows import now
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_changed_outside import _as, _cli, office  # noqa: F401 (the fixture)
from tests.db.test_approval_forged_with_program_code import _forge
from tests.db.test_period_history_protected import _reapproved


def _forge_with_step(data_dir, period: str) -> tuple[str, int]:
    """The forge, then the period's approve step rewritten to the forged approval, sealed. Returns the
    forged code and the step's row."""
    forged = _forge(data_dir, period, "bhyt", "9990")
    conn = sqlite3.connect(data_dir / "chitieu.db")
    step, = conn.execute("SELECT id FROM period_history WHERE event = 'approve' AND period = ?", (period,)).fetchone()
    canonical, = conn.execute("SELECT canonical FROM approvals WHERE fingerprint = ?", (forged,)).fetchone()
    conn.execute("UPDATE period_history SET fingerprint = ?, snapshot = ? WHERE id = ?", (forged, canonical, step))
    integrity.seal(conn, {("period_history", ("05503", period, step)): integrity.UNCHECKED}, now(), [],
                   integrity.REFUSE)
    conn.commit()
    conn.close()
    return forged, step


def test_an_approval_and_its_history_step_rewritten_together_are_named_and_hold_the_period_back(
        office, tmp_path, monkeypatch, capsys):  # noqa: F811
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _forged, step = _forge_with_step(office, "2026")

    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert "Bản duyệt số 1 đã bị sửa ngoài chương trình sau khi được ghi" in said
    assert f"Dòng số {step} của lịch sử trạng thái kỳ năm 2026" in said
    assert "(bảng period_history)" in said

    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside, match="Bản duyệt số 1 đã bị sửa ngoài chương trình sau khi được ghi"):
        export_period(officer, "2026", tmp_path / "refused")
    officer.close()
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())

    admin = _as(office, "admin")
    found = admin.verify_history()
    assert {t.table for t in found} == {"approvals", "period_history"}
    admin.acknowledge_changes(found)
    assert admin.period_state("2026") == State.COMPLETE and len(admin.approvals_voided) == 1
    assert admin.verify_history() == []
    admin.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    assert leader.verify_history() == []
    leader.close()


def test_an_acknowledgement_appended_with_the_program_s_code_clears_no_rewrite_the_period_stands_on(
        office):  # noqa: F811
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _forge_with_step(office, "2026")
    admin = _as(office, "admin")
    found = admin.verify_history()
    admin.close()
    assert {t.table for t in found} == {"approvals", "period_history"}
    conn = sqlite3.connect(office / "chitieu.db")
    row = conn.execute("INSERT INTO audit (at, user, action, field, old, new) VALUES (?, 'admin', ?, 'history', ?, ?)",
                       (now(), integrity.ACK_ACTION, integrity.acknowledged(found), "x")).lastrowid
    integrity.seal(conn, {}, now(), [row], integrity.REFUSE)
    conn.commit()
    conn.close()
    admin = _as(office, "admin")
    assert [t.message for t in admin.verify_history()] == [t.message for t in found]
    assert admin.period_state("2026") == State.APPROVED
    admin.close()


def test_a_history_row_edited_with_sqlite3_and_acknowledged_is_clean_once_approved_again(office):  # noqa: F811
    """The acknowledgement takes the edited row in (its second state, named as found) and voids the
    approval: nothing is reported after, nor once the leader approves again."""
    _reapproved(office)
    conn = sqlite3.connect(office / "chitieu.db")
    conn.execute("UPDATE period_history SET reason = 'sửa tay' WHERE event = 'reopen'")
    conn.commit()
    conn.close()
    admin = _as(office, "admin")
    found = admin.verify_history()
    assert [t.table for t in found] == ["period_history"]
    admin.acknowledge_changes(found)
    assert admin.verify_history() == [] and admin.period_state("2026") == State.COMPLETE
    admin.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    assert leader.verify_history() == []
    leader.close()


def test_a_genuine_approve_reopen_approve_history_acknowledged_stays_clean(office, tmp_path):  # noqa: F811
    _reapproved(office)
    conn = sqlite3.connect(office / "chitieu.db")
    conn.execute("UPDATE users SET full_name = 'Sửa tay' WHERE username = 'canbo'")
    conn.commit()
    conn.close()
    admin = _as(office, "admin")
    admin.acknowledge_changes(admin.verify_history())
    assert admin.verify_history() == []
    admin.close()
    leader = _as(office, "lanhdao")
    export_period(leader, "2026", tmp_path / "out", pdf=False)
    assert leader.period_state("2026") == State.SENT and leader.verify_history() == []
    leader.close()
