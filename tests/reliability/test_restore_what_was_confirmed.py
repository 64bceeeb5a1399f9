"""A restore does what the administrator confirmed (red-team H4 F1). Its question is built when it opens; a leader's
`chitieu approve` run meanwhile in another process was undone by "Yes", with nothing said: the question had found
nothing changed since the backup. The restore reads the warning again while it holds the database and, when it is
not the one answered, replaces nothing and says what changed."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core.workflow import State
from desktop_app.services import Workspace
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

Q1 = "2026-Q1"
REFUSED = ("Không khôi phục, chưa có gì bị thay: từ lúc câu hỏi khôi phục hiện ra, cơ sở dữ liệu đang dùng hoặc bản "
           "sao lưu đã thay đổi (ở cửa sổ hoặc lệnh khác), nên khôi phục bây giờ không như câu hỏi đã nói.")
AGAIN = "Hãy bắt đầu khôi phục lại để xem câu hỏi mới rồi trả lời."


def _elsewhere(folder: Path, who: str, act) -> None:
    """What a command in another process does, on its own connection."""
    other = Workspace.open(folder)
    try:
        other.login(who, PW[who])
        act(other)
    finally:
        other.close()


def _as_it_is(ws) -> tuple:
    """What the person would find changed: the period's state and approval, the history's last row, the files in
    the backup folder."""
    folder = backups.backup_dir(Path(ws.store.path))
    approval = ws.approval(Q1)
    return (ws.period_state(Q1), approval.fingerprint if approval else None, ws.store.last_audit_id(),
            sorted(p.name for p in folder.iterdir()) if folder.is_dir() else [])


@pytest.fixture
def complete(office):  # noqa: F811
    as_(office, "canbo")
    fill_year(office, Q1)
    office.complete(Q1)
    as_(office, "admin")
    return office


def test_an_approval_made_while_the_question_is_open_is_not_undone_unsaid(complete):
    db = Path(complete.store.path)
    backup = backups.take_backup(complete, "thu-cong")
    asked = backups.restore_warning(db, backup)
    assert asked is None  # nothing since the backup: the question's default is Yes
    _elsewhere(db.parent, "lanhdao", lambda ws: ws.approve(Q1))  # `chitieu approve` while the question is open
    before = _as_it_is(complete)
    assert before[0] == State.APPROVED

    with pytest.raises(backups.BackupError) as refused:
        backups.restore(complete, backup, confirmed=asked)
    said = refused.value.message
    assert said.startswith(REFUSED) and said.endswith(AGAIN), said
    assert "Câu hỏi lúc đó chưa nói:\n\nKỳ quý I năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu" in said
    assert "trở lại trạng thái Hoàn thành" in said and refused.value.field == "Bản sao lưu"
    assert _as_it_is(complete) == before  # still approved, no row written, no copy left in the backup folder

    again = backups.restore_warning(db, backup)  # the restore started again: the new question says it
    assert "Kỳ quý I năm 2026 đã được Lãnh đạo duyệt sau khi sao lưu" in again
    backups.restore(complete, backup, confirmed=again)
    restored = as_(Workspace.open(db.parent), "admin")
    try:
        assert restored.period_state(Q1) == State.COMPLETE and restored.approval(Q1) is None
    finally:
        restored.close()


def test_figures_saved_while_the_question_is_open_are_said(complete):
    """The question said one figure would go back; another saved meanwhile: the refusal names what it now is."""
    db = Path(complete.store.path)
    backup = backups.take_backup(complete, "thu-cong")
    as_(complete, "canbo")
    complete.set_entry("2026-6M", "bhyt", numerator="9.600", denominator="10.000")
    as_(complete, "admin")
    asked = backups.restore_warning(db, backup)
    assert "kỳ 6 tháng đầu năm 2026: 2 số liệu." in asked
    _elsewhere(db.parent, "canbo", lambda ws: ws.set_entry("2026-6M", "thu_ngan_sach", value="70.000"))
    before = _as_it_is(complete)

    with pytest.raises(backups.BackupError) as refused:
        backups.restore(complete, backup, confirmed=asked)
    said = refused.value.message
    assert said.startswith(REFUSED) and "kỳ 6 tháng đầu năm 2026: 3 số liệu." in said, said
    assert "2 số liệu" not in said  # what the question said is not said again
    assert _as_it_is(complete) == before
    assert complete.row("2026-6M", "thu_ngan_sach").entry.value is not None


def test_what_was_confirmed_is_restored(complete):
    """The warning read again says what was answered: restored, and the warning's copy kept as it says."""
    db = Path(complete.store.path)
    backup = backups.take_backup(complete, "thu-cong")
    as_(complete, "lanhdao")
    complete.approve(Q1)
    as_(complete, "admin")
    asked = backups.restore_warning(db, backup)
    assert "đã được Lãnh đạo duyệt sau khi sao lưu" in asked
    kept = backups.restore(complete, backup, confirmed=asked)
    assert kept is not None and "truoc-khoi-phuc" in kept.name
    restored = as_(Workspace.open(db.parent), "admin")
    try:
        assert restored.period_state(Q1) == State.COMPLETE
    finally:
        restored.close()
