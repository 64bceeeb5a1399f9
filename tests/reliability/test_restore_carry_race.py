"""A second copy of the program acting on the database the moment a restore has put the backup in (edge 2 of
"Restore edges"). The restore wrote the number and date issued since the backup (the carry, red-team 26 F2) and
its own row in the history after it had let the database go: a command exporting the period in between got the
restored approval with no number, issued it as 16 for the code the province holds as 15, and the restore then
found a number there and carried nothing, saying nothing. Now the carry and the restore's row are in the copy
the restore puts in, in one transaction: whatever runs next sees them."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import db.backup
from desktop_app import backups
from desktop_app.core.doc_number import Issued
from desktop_app.core.workflow import State
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 12, 15)


def _export(data_dir: Path, out: Path, number: str) -> subprocess.CompletedProcess:
    """`chitieu export` by the officer in a process of its own, as a second window or a script would."""
    env = {**os.environ, "CHITIEU_PASSWORD": PW["canbo"], "PYTHONIOENCODING": "utf-8"}
    env.pop("CHITIEU_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--user", "canbo",
                           "export", "--period", "2026", "--out", str(out), "--number", number,
                           "--date", "20/12/2026"],
                          cwd=ROOT, env=env, check=False, capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_an_export_by_another_process_right_after_the_restore_cannot_take_a_second_number(
        office, data_dir, tmp_path, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "admin")
    backup = backups.take_backup(office, "thu")  # approved, not yet sent
    as_(office, "canbo")
    sent = export_period(office, "2026", tmp_path / "gui-1", doc_number="15", report_date=DAY).submission
    replacing = db.backup.restore_into
    during = []

    def then_a_command(*args, **kwargs):
        done = replacing(*args, **kwargs)
        during.append(_export(data_dir, tmp_path / "gui-2", "16"))  # the restored data are the database now
        return done

    monkeypatch.setattr(db.backup, "restore_into", then_a_command)
    as_(office, "admin")
    backups.restore(office, backup)

    said = during[0].stdout + during[0].stderr
    assert during[0].returncode != 0, said
    assert "đã xuất gửi tỉnh với số 15/BC-UBND ngày 15/12/2026" in said, said
    ws = Workspace.open(data_dir)
    try:
        as_(ws, "canbo")
        assert ws.issued("2026") == Issued("15", DAY) and ws.period_state("2026") == State.SENT
        assert ws.approval("2026").fingerprint == sent.fingerprint
        steps = [(h.event, h.user) for h in ws.period_history("2026")]
        assert steps[-1] == ("sent", "admin") and steps.count(("sent", "canbo")) == 0  # nothing exported as 16
        assert ws.store.audit_rows()[-1].action == "restore"  # the restore's row is the last: nothing before it
        as_(ws, "admin")
        assert ws.verify_history() == []
    finally:
        ws.close()
