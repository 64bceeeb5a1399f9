"""The province's history check compares its database with every backup kept of it too (db/backup_chain.py,
red-team r1 F2): backups taken before and after an intake, automatic and by hand, say nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app import backups
from desktop_app.backup_files import list_backups
from tests.province.conftest import PERIOD


def test_backups_before_and_after_an_intake_say_nothing(office, inbox):
    before = backups.take_backup(office.ws, "tudong-mo", now=dt.datetime.now() - dt.timedelta(days=1))
    office.intake(inbox["folder"], PERIOD)
    backups.take_backup(office.ws, "tudong-dong")
    backups.take_backup(office.ws, "thu-cong", target_dir=before.parent)  # Sao lưu ra… into the folder

    assert len(list_backups(Path(office.ws.store.path))) == 3
    assert office.ws.verify_history() == []
