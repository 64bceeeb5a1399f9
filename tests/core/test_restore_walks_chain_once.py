"""A restore and its warning walk each file's audit chain once. The window freezes while a chain is walked (the
whole history, on the window's thread: nearly all of a warning's time on five years of data), and whether the
database in use and the backup are trusted was decided again by every reading of the warning: the database's chain
walked three times and the backup's twice for one warning (the database's five times after an earlier restore),
and the copy of the data replaced two or three times inside the restore's hold, while every other window waits for
the database. Each is now decided once for the warning, and once inside the restore's hold, of the copy made under
it (desktop_app/restore_carry.Chains)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from db import integrity
from desktop_app import backups
from desktop_app.core.doc_number import Issued
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)
KEPT = "đã phát hành số 15/BC-UBND ngày 15/12/2026 sau khi sao lưu, mà bản sao lưu chưa ghi"


@pytest.fixture
def walks(monkeypatch):
    """The files whose chain `db.integrity.verify` walked, one entry a walk (its call of itself on the same
    connection, to read in one transaction, is the same walk)."""
    walked, real, inside = [], integrity.verify, []

    def counting(conn, *args, **kwargs):
        if not inside:
            walked.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]).resolve())
        inside.append(conn)
        try:
            return real(conn, *args, **kwargs)
        finally:
            inside.pop()

    monkeypatch.setattr(integrity, "verify", counting)
    return walked


def _approved(ws) -> str:
    as_(ws, "canbo")
    fill_year(ws)
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    as_(ws, "admin")
    return ws.approval("2026").fingerprint


def _export(ws, out: Path) -> None:
    as_(ws, "canbo")
    export_period(ws, "2026", out, doc_number="15", report_date=DAY)
    as_(ws, "admin")


def _warned_and_restored(ws, backup: Path, walks: list) -> tuple[str, Counter, Counter, Workspace]:
    db = Path(ws.store.path)
    walks.clear()
    warning = str(backups.restore_warning(db, backup) or "")
    in_warning = Counter(walks)
    walks.clear()
    backups.restore(ws, backup)
    in_restore = Counter(walks)
    return warning, in_warning, in_restore, as_(Workspace.open(db.parent), "admin")


def _kept_copy(walked: Counter) -> list[str]:
    """The restore's private copy of the data replaced, made through the connection holding them (never the
    "truoc-khoi-phuc" copy it leaves in the backup folder: tests/reliability/test_restore_reads_own_copy.py)."""
    return [p.name for p in walked if p.parent.name == "replaced" and "truoc-khoi-phuc" not in p.name]


def test_a_restore_and_its_warning_walk_each_files_chain_once(office, tmp_path, walks):  # noqa: F811
    _approved(office)
    backup = backups.take_backup(office, "dung")  # approved, not yet exported
    _export(office, tmp_path / "gui")  # the province holds the report as 15 of 15/12/2026

    warning, in_warning, in_restore, ws = _warned_and_restored(office, backup, walks)
    try:
        assert KEPT in warning, warning  # both chains trusted: the number issued since is said to be kept
        assert in_warning == Counter({Path(ws.store.path).resolve(): 1, backup.resolve(): 1})
        # the restore's own: its copy of the data replaced made under its hold, and its private copy of the backup
        assert sorted(in_restore.values()) == [1, 1] and len(_kept_copy(in_restore)) == 1, in_restore
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()


def test_a_restore_straight_after_another_walks_each_files_chain_once(office, tmp_path, walks):  # noqa: F811
    before = backups.take_backup(office, "truoc")  # nothing approved yet: the backup chosen by mistake
    _approved(office)
    right = backups.take_backup(office, "dung")
    _export(office, tmp_path / "gui")
    _, _, _, ws = _warned_and_restored(office, before, walks)

    warning, in_warning, in_restore, ws = _warned_and_restored(ws, right, walks)  # reads the first one's record
    try:
        assert KEPT in warning and "lần khôi phục lúc" in warning, warning
        assert in_warning == Counter({Path(ws.store.path).resolve(): 1, right.resolve(): 1})
        assert sorted(in_restore.values()) == [1, 1] and len(_kept_copy(in_restore)) == 1, in_restore
        assert ws.period_state("2026") == State.SENT and ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()
