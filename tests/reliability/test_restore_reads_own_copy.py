"""A restore reads the data it replaces from its own copy, made through the connection holding them, never
from the "truoc-khoi-phuc" copy it leaves in the backup folder (red-team h31 A1): a file put in that copy's
place after it was written (by anyone who can write that folder) was read as the data replaced once its
chain had been walked, and the restore recorded 99 as the number the province holds, which a later restore
carried; the province holds 15."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from db import backup as sqlite_backup
from desktop_app import backups
from desktop_app.core.doc_number import Issued
from desktop_app.core.restore_record import read as read_record
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.usefixtures("approved_before_report_date")
DAY = dt.date(2026, 12, 15)


def test_a_file_put_in_place_of_the_kept_copy_is_not_read_as_the_data_replaced(office, tmp_path, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "admin")
    backup = backups.take_backup(office, "da-duyet")  # approved, not yet exported
    as_(office, "canbo")
    export_period(office, "2026", tmp_path / "gui", doc_number="15", report_date=DAY)  # the province holds 15
    as_(office, "admin")
    db_path = Path(office.store.path)
    forged = tmp_path / "forged.db"
    sqlite_backup.backup_file(db_path, forged)
    conn = sqlite3.connect(forged)
    conn.execute("UPDATE period_history SET snapshot = replace(snapshot, '\"15\"', '\"99\"') WHERE event = 'sent'")
    conn.commit()
    conn.close()

    read_known = backups.known_issued

    def swapped_first(chains):
        """The kept copy replaced in the backup folder just before the restore reads what the data knew issued."""
        kept = max(backups.backup_dir(db_path).glob("*truoc-khoi-phuc*.db"), key=lambda p: p.stat().st_mtime)
        shutil.copy(forged, kept)
        return read_known(chains)

    monkeypatch.setattr(backups, "known_issued", swapped_first)
    backups.restore(office, backup)
    monkeypatch.undo()

    ws = as_(Workspace.open(db_path.parent), "admin")
    try:
        record = read_record([r for r in ws.store.audit_rows() if r.action == "restore"][-1].old)
        assert [r.issued.doc_number for r in record.issued] == ["15"]
        assert ws.issued("2026") == Issued("15", DAY)
        backups.restore(ws, backup)  # the same backup again: what the first restore recorded is carried
    finally:
        ws.close()
    ws = as_(Workspace.open(db_path.parent), "admin")
    try:
        assert ws.issued("2026") == Issued("15", DAY)
    finally:
        ws.close()
