"""A copy out restored from a stick whose name carries a date after now (this laptop's clock set back since the
copy, or the copy made by a clock ahead: the two cannot be told apart) was recorded as made now: the reminder went
quiet for a month counted on a clock the copy contradicts. It keeps the copy's date, and the reminder says at once
that the last copy is dated later than today by this computer's clock, as for any record dated after tomorrow
(core/copy_out.untrusted_said); a name a few hours ahead (two clocks apart, up to tomorrow) is recorded as made
now, never later; a copy dated before now keeps its date, as before (restored_copy_out.dated)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app import backups, copied_out, restored_copy_out
from desktop_app.core.clock import stamp_time
from desktop_app.services import Workspace
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)


def _usb_copy_named(ws, tmp_path, monkeypatch, ahead: dt.timedelta) -> Path:
    """2026 approved and copied out to the stick (tmp_path stands for it), the copy's file renamed to carry a
    date `ahead` of now, as a laptop whose clock was set back since reads it."""
    for module in (copied_out, restored_copy_out):
        monkeypatch.setattr(module, "same_disk", lambda folder, database: False)
    as_(ws, "canbo")
    fill_year(ws, "2026")
    ws.complete("2026")
    as_(ws, "lanhdao")
    ws.approve("2026")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = copied_out.copy_out(ws, usb).path
    named = usb / f"chitieu-{(dt.datetime.now() + ahead):%Y%m%d-%H%M%S}-thu-cong.db"
    made.rename(named)
    return named


def _restored(ws, backup: Path) -> Workspace:
    as_(ws, "admin")
    backups.restore(ws, backup)
    return as_(Workspace.open(Path(ws.store.path).parent), "admin")


def test_a_copy_dated_40_days_ahead_does_not_silence_the_reminder(office, tmp_path, monkeypatch):  # noqa: F811
    copy = _usb_copy_named(office, tmp_path, monkeypatch, dt.timedelta(days=40))
    again = _restored(office, copy)
    due = copied_out.due(again)
    assert due is not None and due.untrusted  # before: None, "Sao lưu ngoài máy: <today>" for a month
    ahead = (dt.date.today() + dt.timedelta(days=40)).strftime("%d/%m/%Y")
    today = dt.date.today().strftime("%d/%m/%Y")
    assert str(due.why) == (f"Lần sao lưu ra ngoài máy gần nhất ghi ngày {ahead}, muộn hơn hôm nay ({today}) theo "
                            "đồng hồ của máy: không chắc bản sao đó có đủ số liệu, cần sao lưu lại.")
    assert str(due.short) == "Cần sao lưu lại ra ngoài máy (USB)"
    assert copied_out.standing(again).at.date() == dt.date.today() + dt.timedelta(days=40)  # the copy's own date
    assert copied_out.copy_out(again, tmp_path / "usb").out  # one more copy settles it
    assert copied_out.due(again) is None


def test_a_copy_a_few_hours_ahead_is_recorded_as_made_now(office, tmp_path, monkeypatch):  # noqa: F811
    copy = _usb_copy_named(office, tmp_path, monkeypatch, dt.timedelta(hours=3))
    before = dt.datetime.now().astimezone()
    again = _restored(office, copy)
    assert copied_out.due(again) is None  # two clocks a few hours apart: the copy counts
    recorded = stamp_time(again.store.settings()[restored_copy_out.LAST_COPY_OUT]["at"])
    assert before.replace(microsecond=0) <= recorded <= dt.datetime.now().astimezone()  # never after now


def test_a_copy_dated_before_now_keeps_its_date(office, tmp_path, monkeypatch):  # noqa: F811
    copy = _usb_copy_named(office, tmp_path, monkeypatch, -dt.timedelta(days=3))
    again = _restored(office, copy)
    assert copied_out.due(again) is None
    assert copied_out.standing(again).at.date() == dt.date.today() - dt.timedelta(days=3)
