"""The commune's copies out of the laptop (Tệp › Sao lưu ra…, to a USB stick): each one made and checked is
recorded, and whether another is due is read from the records (the rule: desktop_app/core/copy_out.py).

The record is the setting `LAST_COPY_OUT` ({"at": ISO time, "folder": the folder chosen, "last_step": the id of
the last row of the periods' history, which the copy holds, "last_audit": the id of the last audit row it holds}),
written with its audit row in one transaction, as the workspace writes every setting. It is believed only as the
program wrote it: the `new` of its newest audit row in the history's chain (`Store.chained_setting`); one put in
with sqlite3, even acknowledged by an administrator since, is no copy out (red-team R24 F1). Automatic backups are not copies out:
they stay beside the database and are lost with the disk; nor is a copy to a folder on the database's own disk
(Documents, the data folder's backups: red-team R23 F1, pressing Enter in the picker cleared the reminder with
the copy on the laptop): it is made, and said not to count (`copy_out`).
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app import backups
from desktop_app.core.clock import stamp_time
from desktop_app.core.copy_out import (
    STEPS,
    CopyOut,
    Due,
    Step,
    copied_out_said,
    copy_out_due,
    same_disk_said,
)
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import parse_period
from desktop_app.core.words import Words
from desktop_app.restored_copy_out import LAST_COPY_OUT, same_disk, write_record

MANUAL = "thu-cong"  # the reason a copy by hand's file name carries (ui/backup_actions.REASONS)


@dataclass(frozen=True)
class Copied:
    """A copy by hand (`copy_out`): the file written and checked, and whether it counts as out of the laptop."""

    path: Path
    out: bool  # False: on the database's own disk, not recorded (the reminder stays)


def copy_out(workspace, folder: Path) -> Copied:
    """Tệp › Sao lưu ra…: the database copied into `folder` and checked (desktop_app.backups.take_backup), then
    recorded as a copy out unless `folder` is on the database's own disk (`same_disk`). What the copy holds is
    read before it is made: a period approved by another window meanwhile is not in it (R23 F2)."""
    held, audit = _last_step(workspace), workspace.store.last_audit_id()
    path = backups.take_backup(workspace, MANUAL, target_dir=Path(folder))
    if same_disk(Path(folder), Path(workspace.store.path)):
        return Copied(path, False)
    try:
        record(workspace, Path(folder), held=held, audit=audit)
    except (ChiTieuError, sqlite3.Error) as err:  # the database locked meanwhile: the copy stands, said so
        raise backups.BackupError(
            f"Đã sao lưu và kiểm tra tệp {path}, nhưng chưa ghi nhận được lần sao lưu này ({err}): nhắc sao lưu ra "
            "ngoài máy vẫn còn.", field="Sao lưu",
            en=f"Backed up and checked the file {path}, but this copy could not be recorded ({err}): the reminder "
               "to back up outside this computer stays.") from err
    return Copied(path, True)


def record(workspace, folder: Path, now: dt.datetime | None = None, held: int | None = None,
           audit: int | None = None) -> None:
    """The copy out to `folder` at `now`, made and checked, holding the periods' history up to `held` (its last
    row's id, read before the copy; now by default) and the audit rows up to `audit` (likewise): the setting and
    its audit row, one transaction."""
    at = (now or dt.datetime.now()).astimezone().isoformat(timespec="seconds")
    store = workspace.store
    with store.transaction():
        value = {"at": at, "folder": str(folder), "last_step": _last_step(workspace) if held is None else held,
                 "last_audit": (store.last_audit_id() or 0) if audit is None else audit}
        write_record(store, workspace.user, value)


def last_copy_out(workspace) -> CopyOut | None:
    """The last copy out recorded, as the setting reads (whether the program wrote it: `vouched`); None when none
    is, or when the setting does not read as one. A record before "last_audit" holds the audit rows before its own
    (`Store.chained_setting`: written after the copy was made and checked)."""
    value = workspace.store.settings().get(LAST_COPY_OUT)
    if not isinstance(value, dict):
        return None
    at = stamp_time(value.get("at")) if isinstance(value.get("at"), str) else None
    folder, step, audit = value.get("folder"), value.get("last_step"), value.get("last_audit")
    if audit is None and (chained := workspace.store.chained_setting(LAST_COPY_OUT)) is not None:
        audit = chained[0]
    return CopyOut(at, folder if isinstance(folder, str) else "", _number(step),
                   _number(audit)) if at is not None else None


def vouched(workspace) -> bool:
    """Whether the record of the last copy out is what the program last wrote of it: the `new` of its newest audit
    row in the history's chain (the store writes a setting's value there as `str` of it). A record put in or
    changed with sqlite3 is not, acknowledged or not: an acknowledgement says the change was seen, not that a
    copy was made (red-team R24 F1)."""
    store = workspace.store
    chained = store.chained_setting(LAST_COPY_OUT)
    return chained is not None and chained[1] == str(store.settings().get(LAST_COPY_OUT))


def _number(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def due(workspace, now: dt.datetime | None = None) -> Due | None:
    """Whether a copy out is due now, and why (core/copy_out.copy_out_due); None when it is not, and in the
    province's database or one with no unit chosen (nothing of a commune's to copy)."""
    store = workspace.store
    try:
        if store.get_setting("mode") == "province" or not workspace.is_set_up:
            return None
        history = _history(workspace)
        steps = [Step(at, h.event, period, h.id) for h in history
                 if h.event in STEPS and (at := stamp_time(h.at)) is not None and (period := _period(h.period))]
        code = workspace.commune.code
        last, moment = last_copy_out(workspace), (now or dt.datetime.now()).astimezone()
        # a record after tomorrow, or holding history not written yet, is the core's to judge (R23 F4)
        return copy_out_due(last, steps, stamp_time(store.last_change(code)), moment,
                            None if last is not None else _records_began(store, code),
                            max((h.id for h in history), default=0), last is None or vouched(workspace),
                            store.last_change_id(code))
    except (ChiTieuError, ValueError, TypeError, sqlite3.Error, OSError):  # a setting or unit changed outside, the
        # database locked: said where it is read; a reminder never stops the window
        return None


def standing(workspace) -> CopyOut | None:
    """The last copy out recorded, for a caller that found none due (`due` None): what the status line says stands,
    in place of the reminder (walk U14 F7: the line went without a word). Asked after `due`, not again inside it:
    the window reads both at every refresh. None when none is recorded or the record is not the program's
    (`vouched`), and in the province's database or one with no unit chosen (no reminder there)."""
    try:
        if workspace.store.get_setting("mode") == "province" or not workspace.is_set_up:
            return None
        return last_copy_out(workspace) if vouched(workspace) else None
    except (ChiTieuError, ValueError, TypeError, sqlite3.Error, OSError):  # as `due`: never stops the window
        return None


def copied_said(workspace, copied: Copied, now: dt.datetime | None = None) -> Words | None:
    """What the box after Tệp › Sao lưu ra… says of the reminder, once `copied` is made: off the database's disk,
    that it counts as the copy outside this computer and when the reminder comes back (`copied_out_said`), or, a copy
    out still due (a period approved meanwhile in another window), why; on its own disk, that the reminder stays
    only when a copy out is due, else that the last one still counts (`same_disk_said`, walk U14 F8). None: nothing
    reminds in this database (the province's): nothing said of a reminder."""
    try:
        if workspace.store.get_setting("mode") == "province" or not workspace.is_set_up:
            return None if copied.out else same_disk_said(None, None)
    except (ChiTieuError, sqlite3.Error, OSError):
        return None
    pending = due(workspace, now)
    if pending is not None:
        return pending.words if copied.out else same_disk_said(pending, None)
    last = standing(workspace)
    if not copied.out:
        return same_disk_said(None, last)
    return copied_out_said(last) if last is not None else None


def _records_began(store, code) -> dt.datetime | None:
    """When the unit's records began: the set-up day (`Store.set_up_on`), else its first figure saved."""
    day = store.set_up_on()
    if day is not None:
        return dt.datetime.combine(day, dt.time()).astimezone()
    return min((t for r in store.entries(code) if (t := stamp_time(r.updated_at)) is not None), default=None)


def _last_step(workspace) -> int:
    return max((h.id for h in _history(workspace)), default=0)


def _history(workspace) -> list:
    """The periods' history of the workspace's unit ([] with none chosen)."""
    try:
        return workspace.store.history(workspace.commune.code) if workspace.is_set_up else []
    except ChiTieuError:
        return []


def _period(code):
    try:
        return parse_period(code) if isinstance(code, str) else None
    except ChiTieuError:
        return None
