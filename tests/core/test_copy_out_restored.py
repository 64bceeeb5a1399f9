"""A copy out restored (R23 F2): the copy cannot hold its own record, so restoring it took the reminder back to
before it ("Chưa từng sao lưu ra ngoài máy"), due for changes that copy holds. A restore of a file on another disk
than the database's (a USB stick) counts as a copy out of what it puts in; one of an automatic backup beside the
database does not (desktop_app/restored_copy_out.restored_from, from desktop_app/backups._recorded)."""
from __future__ import annotations

from pathlib import Path

from desktop_app import backups, copied_out, restored_copy_out
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def _approve(ws, period: str) -> None:
    as_(ws, "canbo")
    fill_year(ws, period, baselines=period == "2026")
    ws.complete(period)
    as_(ws, "lanhdao")
    ws.approve(period)


def _restored(ws, backup: Path) -> Workspace:
    as_(ws, "admin")
    backups.restore(ws, backup)
    return as_(Workspace.open(Path(ws.store.path).parent), "admin")


def test_restoring_the_usb_copy_counts_as_a_copy_out_of_what_it_holds(office, tmp_path, monkeypatch):  # noqa: F811
    for module in (copied_out, restored_copy_out):  # tmp_path stands for the stick
        monkeypatch.setattr(module, "same_disk", lambda folder, database: False)
    _approve(office, "2026")
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = copied_out.copy_out(office, usb)
    assert copy.out and copied_out.due(office) is None
    _approve(office, "2027")  # after the copy: the copy lacks it
    assert copied_out.due(office).why.startswith("Chưa sao lưu ra ngoài máy từ khi duyệt năm 2027")
    again = _restored(office, copy.path)  # 2027's approval undone: the data are the copy's
    assert copied_out.due(again) is None  # not "Chưa từng sao lưu ra ngoài máy": the stick holds all of them
    last = copied_out.last_copy_out(again)
    assert last.folder == str(usb)
    _approve(again, "2027")  # approved again: the stick lacks it
    assert copied_out.due(again).why.startswith("Chưa sao lưu ra ngoài máy từ khi duyệt năm 2027")
    assert not again.verify_history()  # the record is chained as any setting


def test_restoring_an_automatic_backup_beside_the_database_is_no_copy_out(office, tmp_path):  # noqa: F811
    _approve(office, "2026")
    beside = backups.take_backup(office, "truoc")  # in the data folder's backups: same disk
    again = _restored(office, beside)
    assert copied_out.last_copy_out(again) is None
    assert copied_out.due(again).why == "Chưa từng sao lưu ra ngoài máy."
