"""An administrator's acknowledgement of a change made outside the program never leaves an approved
period on its approval when the approval itself, the period's state, figures or report text were
changed: the approval is voided, the period is Hoàn thành again, an export is a draft until the
leader approves again, and the leader approves what is stored now (trust review 3, finding 1)."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from desktop_app.core.errors import ChangedOutside
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from exports.submission_reader import verify_file
from tests.acknowledge_code import listed_code
from tests.core.test_changed_outside import _as, _cli, _sql, office  # noqa: F401 (the fixture)

VOIDED = ("Bản duyệt kỳ năm 2026 bị hủy vì dữ liệu của kỳ đã bị sửa ngoài chương trình: kỳ trở lại trạng thái "
          "Hoàn thành. Lãnh đạo phải xem lại số liệu hiện có và duyệt lại; đến khi đó chỉ xuất được bản DỰ THẢO.")


def _approved(office):  # noqa: F811
    ws = _as(office, "lanhdao")
    ws.approve("2026")
    ws.close()


def _forge_the_approval(office, value: str = "424242") -> None:  # noqa: F811
    """What the review did with sqlite3: the approved submission rewritten (thu_ngan_sach), its
    fingerprint recomputed, in the approval and in the period's state."""
    ws = _as(office, "canbo")
    sub = ws.submission("2026")
    ws.close()
    items = tuple(replace(i, value=value, value_text=value, input_value=value if i.input_value else i.input_value)
                  if i.code == "thu_ngan_sach" else i for i in sub.items)
    forged = replace(sub, items=items)
    conn = sqlite3.connect(office / "chitieu.db")
    conn.execute("UPDATE approvals SET canonical = ?, fingerprint = ?", (forged.canonical.decode(), forged.fingerprint))
    conn.execute("UPDATE period_states SET fingerprint = ? WHERE period = '2026'", (forged.fingerprint,))
    conn.commit()
    conn.close()


def _sent_value(path) -> str:
    verdict = verify_file(path)
    assert verdict.ok, verdict.message
    return verdict.submission, next(i.value for i in verdict.submission.items if i.code == "thu_ngan_sach")


def test_an_approval_forged_with_sqlite3_and_acknowledged_is_voided_not_exported_as_approved(office, tmp_path):  # noqa: F811
    _approved(office)
    _forge_the_approval(office)
    officer = _as(office, "canbo")
    with pytest.raises(ChangedOutside, match="Bản duyệt số 1 đã bị sửa"):
        export_period(officer, "2026", tmp_path / "refused")
    officer.close()

    admin = _as(office, "admin")
    said = admin.acknowledge_changes()
    assert "Bản duyệt số 1 đã bị sửa ngoài chương trình." in said
    assert list(admin.approvals_voided) == [VOIDED]
    assert admin.approvals_voided[0].en.startswith("The approval of year 2026 was voided because the period's data")
    assert admin.period_state("2026") == State.COMPLETE and admin.approval("2026") is None
    line = admin.audit_trail()[-1]  # recorded in the acknowledgement's transaction, under the administrator
    assert (line.user, line.action, line.old) == ("admin", "Trạng thái kỳ", "Đã duyệt")
    assert line.new.startswith("Hoàn thành (bản duyệt bị hủy khi Quản trị viên xác nhận")
    assert admin.verify_history() == []
    admin.close()

    officer = _as(office, "canbo")
    result = export_period(officer, "2026", tmp_path / "draft", pdf=False)
    sub, value = _sent_value(result.xlsx)
    assert not sub.approved and not sub.approved_by  # a draft, under nobody's approval
    assert value == "45230"  # the figure stored, never the forged one
    assert officer.period_state("2026") == State.COMPLETE  # a draft is not Đã gửi
    officer.close()

    leader = _as(office, "lanhdao")
    leader.approve("2026")
    result = export_period(leader, "2026", tmp_path / "approved", pdf=False)
    sub, value = _sent_value(result.xlsx)
    assert sub.approved and sub.approved_by == "lanhdao" and value == "45230"
    assert leader.period_state("2026") == State.SENT and leader.verify_history() == []
    leader.close()


def test_a_figure_of_an_approved_period_edited_and_acknowledged_is_what_the_leader_approves_again(office, tmp_path):  # noqa: F811
    _approved(office)
    _sql(office, "UPDATE entries SET value = '99999' WHERE indicator = 'thu_ngan_sach' AND period = '2026'")
    admin = _as(office, "admin")
    admin.acknowledge_changes()
    assert list(admin.approvals_voided) == [VOIDED]
    admin.close()

    leader = _as(office, "lanhdao")
    assert leader.period_state("2026") == State.COMPLETE
    row = next(r for r in leader.period_view("2026").rows if r.indicator.code == "thu_ngan_sach")
    assert row.entry.value == 99999  # what the leader looks at before approving: the figure as stored now
    draft = export_period(leader, "2026", tmp_path / "draft", pdf=False)
    sub, value = _sent_value(draft.xlsx)
    assert not sub.approved and value == "99999"
    leader.approve("2026")
    sub, value = _sent_value(export_period(leader, "2026", tmp_path / "approved", pdf=False).xlsx)
    assert sub.approved and value == "99999"
    leader.close()


def test_a_change_that_is_not_the_approved_periods_voids_nothing(office):  # noqa: F811
    _approved(office)
    officer = _as(office, "canbo")
    officer.set_entry("2027", "bhyt", numerator="9.500", denominator="9.900")
    officer.close()
    _sql(office, "UPDATE entries SET numerator = '9400' WHERE indicator = 'bhyt' AND period = '2027'")
    _sql(office, "UPDATE users SET full_name = 'Sửa tay' WHERE username = 'canbo'")
    admin = _as(office, "admin")
    assert len(admin.acknowledge_changes()) == 2
    assert admin.approvals_voided == ()
    assert admin.period_state("2026") == State.APPROVED and admin.approval("2026") is not None
    admin.close()


def test_the_command_line_says_which_approval_was_voided(office, monkeypatch, capsys):  # noqa: F811
    _approved(office)
    _forge_the_approval(office)
    assert _cli(office, "admin", monkeypatch, "audit", "acknowledge") == 1  # listed, with its code
    code = listed_code("--data-dir", str(office), "--user", "admin")
    assert _cli(office, "admin", monkeypatch, "audit", "acknowledge", "--yes", code) == 0
    out = capsys.readouterr().out
    assert "Bản duyệt số 1 đã bị sửa ngoài chương trình." in out and VOIDED in out
    ws = _as(office, "lanhdao")
    assert ws.period_state("2026") == State.COMPLETE
    ws.close()
