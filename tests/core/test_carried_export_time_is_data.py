"""S134: a restore carrying the export made after its backup (desktop_app/restore_carry.py) wrote that export's time
only in its "sent" step's reason ("… (đã xuất gửi tỉnh lúc 09:12 05/12/2026)", the computer's time, to the minute),
and "when was this first exported" (the banner, `chitieu status`/`show`, the reopen box: core/export_times.py) was
read back out of those words: read on a computer set to another time zone than the restore's, the first export was
said hours off. The carried step records the time as data (period_steps.carried_export), exact; a step written
before that was recorded is still read by its words, as before."""
from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

import desktop_app.restore_carry
from desktop_app import backups
from desktop_app.core.periods import format_time
from desktop_app.core.vietnam_time import local_text
from desktop_app.exported_when import exported_times
from desktop_app.period_steps import CARRIED_EXPORT
from desktop_app.restore_carry import CARRIED
from desktop_app.services import Workspace, export_period
from tests.core.test_exported_first_time import LOCAL, _approved, at
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)

pytestmark = pytest.mark.skipif(not hasattr(time, "tzset"), reason="the computer's zone is set by TZ here")

EXPORTED = dt.datetime(2026, 12, 5, 9, 12, 37, tzinfo=LOCAL)
RESTORED = dt.datetime(2026, 12, 5, 15, 40, 5, tzinfo=LOCAL)
AGAIN = dt.datetime(2026, 12, 6, 14, 30, 9, tzinfo=LOCAL)


@pytest.fixture
def zone(monkeypatch):
    """Sets the computer's time zone (TZ), as a person moving the office's computer to another zone does."""
    def set_zone(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


def _exported_then_restored(office, tmp_path, monkeypatch, restores: int = 1):  # noqa: F811
    """The period approved, a backup taken, its report exported at 09:12:37 (number 15), the backup restored
    (`restores` times) and the report exported again (14:30:09 the next day): the history's step of the first
    export, and the workspace reopened on the restored data. The carried step and the export again are the period's
    two "sent" steps: the first export's time is the carried one's (core/export_times.py)."""
    _approved(office)
    as_(office, "admin")
    backup = backups.take_backup(office, "thu")
    as_(office, "lanhdao")
    at(monkeypatch, EXPORTED)
    export_period(office, "2026", tmp_path / "lan-1", pdf=False, doc_number="15")
    exported = office.period_history("2026")[-1]
    ws = office
    for k in range(restores):
        at(monkeypatch, RESTORED + dt.timedelta(hours=k))
        as_(ws, "admin")
        backups.restore(ws, backup)
        if ws is not office:
            ws.close()
        ws = Workspace.open(Path(office.store.path).parent)
    as_(ws, "lanhdao")
    at(monkeypatch, AGAIN)
    export_period(ws, "2026", tmp_path / "lan-2", pdf=False)
    return exported, ws


def test_the_carried_export_time_is_exact_read_in_another_zone(office, tmp_path, monkeypatch, zone):  # noqa: F811
    zone("Asia/Ho_Chi_Minh")
    exported, ws = _exported_then_restored(office, tmp_path, monkeypatch)
    try:
        step = ws.period_history("2026")[-2]
        zone("America/New_York")  # the same data read on a computer set to another zone
        times = exported_times(ws, "2026")
        assert (format_time(times.first), format_time(times.again)) == ("09:12 05/12/2026", "14:30 06/12/2026")
        assert times.first == exported.at  # to the second
        # the words the person reads stay as they were; the time is the step's data
        assert step.reason == CARRIED.format(at="09:12 05/12/2026")
        assert json.loads(step.snapshot)[CARRIED_EXPORT] == exported.at
    finally:
        ws.close()


def test_a_second_restore_keeps_the_first_export_time(office, tmp_path, monkeypatch, zone):  # noqa: F811
    """The same backup restored twice: the second restore carries the export the first one carried, at the time
    of the export, not of the first restore."""
    zone("Asia/Ho_Chi_Minh")
    exported, ws = _exported_then_restored(office, tmp_path, monkeypatch, restores=2)
    try:
        zone("Europe/London")
        first = exported_times(ws, "2026").first
        assert format_time(first) == "09:12 05/12/2026" and first == exported.at
    finally:
        ws.close()


def test_a_step_written_before_the_time_was_kept_is_read_by_its_words(office, tmp_path, monkeypatch, zone):  # noqa: F811
    """A carried step written exactly as the version before wrote it (no time in its data, the time in its
    reason): read as before, the computer's time of its words, to the minute."""
    real = desktop_app.restore_carry.record_sent

    def as_before(*args, carried=False, **kwargs):  # the call of the version before: no `carried`
        return real(*args, **kwargs)

    monkeypatch.setattr(desktop_app.restore_carry, "record_sent", as_before)
    zone("Asia/Ho_Chi_Minh")
    exported, ws = _exported_then_restored(office, tmp_path, monkeypatch)
    try:
        step = ws.period_history("2026")[-2]
        assert step.reason == CARRIED.format(at=local_text(exported.at))
        assert CARRIED_EXPORT not in json.loads(step.snapshot)
        first = exported_times(ws, "2026").first
        assert first == dt.datetime(2026, 12, 5, 9, 12).astimezone().isoformat(timespec="seconds")
        assert format_time(first) == "09:12 05/12/2026"
    finally:
        ws.close()
