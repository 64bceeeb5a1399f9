"""Red-team r33 F1 on da98791: a tail cut with sqlite3 (the approval of 2026, its number 07 sent, their rows) was
laundered by the program's own restore: the administrator copied the CUT database (`sqlite3 chitieu.db ".backup
t4.db"`) and restored that copy; afterwards `audit verify` said the history was intact, automatic backups resumed,
and nothing was found against the backup still holding the rows. The restore's row explained every backup taken
before it, whatever the data it replaced had already lost. Now a restore explains only what it discards itself:
its row records the rows the data it replaced had lost already, not acknowledged, and those stay a finding until
an administrator acknowledges it (db/backup_chain.py), even once a restore brings them back (red-team R4 F1). An
honest office's restores say nothing, as before."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import as_, office  # noqa: F401 - office is a fixture
from tests.reliability.test_chain_tail_cut import (
    SAID,
    _approved_and_sent,
    _cut_the_tail,
)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
LATER = dt.datetime.now() + dt.timedelta(days=2)


def _copied_with_sqlite3(ws, target: Path) -> Path:
    """`sqlite3 chitieu.db ".backup t4.db"`: a copy of the database as it is, outside the backup folder."""
    source, copy = sqlite3.connect(ws.store.path), sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return target


def _restored(ws, backup: Path) -> Workspace:
    """Khôi phục… by the administrator, the warning read and answered, then the program opened again."""
    folder = Path(ws.store.path).parent
    as_(ws, "admin")
    backups.restore(ws, backup, confirmed=backups.restore_warning(Path(ws.store.path), backup))
    return as_(Workspace.open(folder), "admin")


def _warned(ws, backup: Path) -> str:
    return str(backups.restore_warning(Path(ws.store.path), backup) or "")


STAYS = "Bản sao lưu chọn không có các dòng đó: sau khi khôi phục, phát hiện này vẫn còn"


def _the_finding_names(ws, kept: Path) -> str:
    found = ws.verify_history()
    assert len(found) == 1, [t.message for t in found]
    assert f"Bản sao lưu tự động {kept.name} (lấy lúc " in found[0].message and SAID in found[0].message
    return found[0].message


def test_restoring_a_copy_of_the_cut_database_leaves_the_rows_cut_a_finding(office, tmp_path):  # noqa: F811
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "mo")
    _cut_the_tail(office)
    as_(office, "admin")
    said = _the_finding_names(office, kept)
    cut = _copied_with_sqlite3(office, tmp_path / "t4.db")
    said_before = _warned(office, cut)  # was None: the backup and the data replaced are the same cut data
    assert f"Dữ liệu đang dùng đã mất 5 dòng nhật ký thay đổi mà bản sao lưu {kept.name} còn giữ" in said_before
    assert STAYS in said_before
    assert f"Khôi phục bản sao lưu {kept.name} sẽ lấy lại các dòng đó." in said_before

    ws = _restored(office, cut)
    try:
        assert ws.period_state("2026") == State.COMPLETE
        assert _the_finding_names(ws, kept) == said  # was []: "Nhật ký thay đổi nguyên vẹn"
        with pytest.raises(backups.BackupError, match=f"Chưa sao lưu tự động: .*{kept.name}"):
            backups.auto_backup(ws, "mo", now=LATER)  # was taken: thirty of them rotate `kept` out
        ws = _restored(ws, cut)  # again: the data this one replaced had the rows lost already, unexplained
        assert _the_finding_names(ws, kept) == said

        ws.acknowledge_changes(ws.verify_history())  # the usual way out: the administrator has looked
        assert ws.verify_history() == []
        assert "Quản trị viên chưa xác nhận đã kiểm tra" not in _warned(ws, cut)
        assert backups.auto_backup(ws, "mo", now=LATER) is not None
        ws = _restored(ws, cut)  # a restore after the acknowledgement, which the data it puts back lack
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=2)) is not None
    finally:
        ws.close()


def test_restoring_the_backup_that_holds_the_rows_cut_is_the_way_back(office, tmp_path):  # noqa: F811
    before = backups.auto_backup(office, "mo")
    _approved_and_sent(office, tmp_path / "gui")
    kept = backups.auto_backup(office, "dong", now=LATER)
    _cut_the_tail(office)

    assert STAYS in _warned(office, before)
    ws = _restored(office, before)  # an older backup, the finding not acknowledged: it stays
    try:
        _the_finding_names(ws, kept)
        assert "Bản sao lưu chọn có lại các dòng đó, nhưng việc chúng đã bị mất được ghi vào nhật ký" in _warned(
            ws, kept)
        ws = _restored(ws, kept)  # not refused, nothing to acknowledge first: the rows are back
        assert ws.period_state("2026") == State.SENT and ws.issued("2026").doc_number == "07"
        # the cut stays said, the rows back (red-team R4 F1), until the administrator has looked
        assert [f"dữ liệu khi đó đã mất 4 dòng nhật ký thay đổi mà bản sao lưu {kept.name} còn giữ" in t.message
                and "nay đã có lại trong dữ liệu đang dùng" in t.message for t in ws.verify_history()] == [True]
        ws.acknowledge_changes(ws.verify_history())
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=2)) is not None
    finally:
        ws.close()


def test_an_honest_office_s_restores_record_nothing_lost_and_say_nothing(office, tmp_path):  # noqa: F811
    oldest = backups.auto_backup(office, "mo")
    _approved_and_sent(office, tmp_path / "gui")
    approved = backups.auto_backup(office, "dong", now=LATER)
    export_period(office, "2026", tmp_path / "gui-2", doc_number="07", report_date=dt.date(2026, 12, 15))

    ws = _restored(office, oldest)  # an older backup
    try:
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=2)) is not None
        ws = _restored(ws, approved)  # restore, automatic backup, restore
        assert ws.verify_history() == []
        assert backups.auto_backup(ws, "mo", now=LATER + dt.timedelta(days=4)) is not None
        said = _warned(ws, oldest)
        assert said and "Quản trị viên chưa xác nhận đã kiểm tra" not in said  # the usual question, no more
        rows = ws.store.conn.execute("SELECT old FROM audit WHERE action = 'restore'").fetchall()
        assert rows and not any('"lost"' in old for (old,) in rows)  # written as the versions before wrote it
    finally:
        ws.close()
