"""An approved period changed with the program's own code (red-team 22, finding 2): the approval's figures,
canonical text and code, the period's state and the figure rewritten, then one "record_state" row appended
after the chain's head by `integrity.seal`, so that the chain follows. The history row written when the
leader approved still holds the real code: `audit verify` names the disagreement (unit, period, both codes)
and export is refused until an administrator acknowledges, which voids the approval; a genuine
approve → reopen → approve history, and one voided and approved again, are clean; an acknowledgement
appended by the forger clears nothing while the period stands on the forged approval."""
from __future__ import annotations

import json
import sqlite3

import pytest

from db import integrity
from db.rows import now
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.periods import parse_period
from desktop_app.core.rows import inputs_from_json, period_view
from desktop_app.core.settings import Settings
from desktop_app.core.submission import build_submission
from desktop_app.core.workflow import State
from desktop_app.resources import app_version
from desktop_app.services import export_period
from tests.core.test_changed_outside import _as, _cli, office  # noqa: F401 (the fixture)
from tests.db.test_period_history_protected import _reapproved


def _forge(data_dir, period: str, indicator: str, numerator: str) -> str:
    """The red-team's forge (rt22/forge.py): the approved figure changed everywhere it is kept, sealed
    as the program seals a write. Returns the forged code."""
    ws = _as(data_dir, "lanhdao")  # only to read the catalogue
    code = ws.settings.commune_code
    conn = sqlite3.connect(data_dir / "chitieu.db")
    approval_id, snapshot = conn.execute(
        "SELECT approval_id, (SELECT snapshot FROM approvals WHERE id = approval_id) FROM period_states"
        " WHERE commune = ? AND period = ?", (code, period)).fetchone()
    s = json.loads(snapshot)
    for e in s["inputs"]["entries"]:
        if e[0] == period and e[1] == indicator:
            e[2]["numerator"] = numerator
    catalog = ws._catalog_version(s["catalog_version"])
    view = period_view(catalog, catalog.commune_by_code(code), parse_period(period), inputs_from_json(s["inputs"]),
                       s["narratives"], Settings.from_json(s["settings"]).rules)
    sub = build_submission(view, Settings.from_json(s["settings"]), s["catalog_version"], approved=True,
                           app_version=app_version())
    ws.close()
    conn.execute("UPDATE approvals SET snapshot = ?, canonical = ?, fingerprint = ? WHERE id = ?",
                 (json.dumps(s, ensure_ascii=False, sort_keys=True), sub.canonical.decode(), sub.fingerprint,
                  approval_id))
    conn.execute("UPDATE period_states SET fingerprint = ? WHERE commune = ? AND period = ?",
                 (sub.fingerprint, code, period))
    conn.execute("UPDATE entries SET numerator = ? WHERE commune = ? AND period = ? AND indicator = ?",
                 (numerator, code, period, indicator))
    touched = {("approvals", (approval_id,)): integrity.UNCHECKED,
               ("period_states", (code, period)): integrity.UNCHECKED,
               ("entries", (code, period, indicator)): integrity.UNCHECKED}
    integrity.seal(conn, touched, now(), [], integrity.REFUSE)
    conn.commit()
    conn.close()
    return sub.fingerprint


def test_an_approval_forged_and_sealed_with_the_program_s_code_is_named_and_holds_the_period_back(
        office, tmp_path, monkeypatch, capsys):  # noqa: F811
    leader = _as(office, "lanhdao")
    real = leader.approve("2026")
    leader.close()
    forged = _forge(office, "2026", "bhyt", "9990")

    assert _cli(office, "admin", monkeypatch, "audit", "verify") == 1
    said = capsys.readouterr().err
    assert f"Bản duyệt số 1 của kỳ năm 2026, Xã Tân Cương (mã 05503), ghi mã {forged[:16]}" in said
    assert f"(dòng số 2) ghi lần duyệt đó mã {real[:16]}" in said
    assert f"Trạng thái kỳ năm 2026, Xã Tân Cương (mã 05503), ghi Đã duyệt, mã {forged[:16]}" in said

    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside, match=f"Bản duyệt số 1 của kỳ năm 2026.*mã {real[:16]}"):
        export_period(officer, "2026", tmp_path / "refused")
    officer.close()
    assert not (tmp_path / "refused").exists() or not any((tmp_path / "refused").iterdir())

    admin = _as(office, "admin")
    found = admin.verify_history()
    # the approval rewritten after it was written (its second state in the chain), and the two disagreements
    assert len(found) == 3 and {t.table for t in found} == {"approvals", "period_states"}
    admin.acknowledge_changes(found)
    assert admin.period_state("2026") == State.COMPLETE and len(admin.approvals_voided) == 1
    assert admin.verify_history() == []  # the acknowledgement named them
    admin.close()
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    assert leader.verify_history() == []
    leader.close()


def test_an_acknowledged_approval_changed_again_is_named_again(office):  # noqa: F811
    """An acknowledgement names the values it found: the voided approval changed again is reported again."""
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _forge(office, "2026", "bhyt", "9990")
    admin = _as(office, "admin")
    admin.acknowledge_changes(admin.verify_history())
    admin.close()
    conn = sqlite3.connect(office / "chitieu.db")
    conn.execute("UPDATE approvals SET fingerprint = 'ab' || fingerprint WHERE id = 1")
    integrity.seal(conn, {("approvals", (1,)): integrity.UNCHECKED}, now(), [], integrity.REFUSE)
    conn.commit()
    conn.close()
    admin = _as(office, "admin")
    assert [t.table for t in admin.verify_history()] == ["approvals", "approvals"]  # rewritten again; disagrees
    admin.close()


def test_an_acknowledgement_appended_with_the_program_s_code_clears_nothing_while_the_period_stands_on_it(
        office):  # noqa: F811
    """A genuine acknowledgement voids the approval it clears; one appended by the forger, naming the
    findings but leaving the period approved on the forged approval, clears neither of them."""
    leader = _as(office, "lanhdao")
    leader.approve("2026")
    leader.close()
    _forge(office, "2026", "bhyt", "9990")
    admin = _as(office, "admin")
    found = admin.verify_history()
    admin.close()
    assert len(found) == 3
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


def test_a_genuine_approve_reopen_approve_history_is_clean(office, tmp_path):  # noqa: F811
    _reapproved(office)
    leader = _as(office, "lanhdao")
    assert leader.verify_history() == []
    export_period(leader, "2026", tmp_path / "out", pdf=False)
    assert leader.period_state("2026") == State.SENT and leader.verify_history() == []
    leader.close()
