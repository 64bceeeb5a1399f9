"""A copy out's disk, and a restore of one (R23 F2): apart from desktop_app/copied_out.py, which makes copies
with desktop_app/backups.py, so that the restore there can record one without importing it back."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop_app.backup_files import NAME
from desktop_app.core.copy_out import CopyOut, untrusted_said

LAST_COPY_OUT = "last_copy_out"  # the setting recording the last copy out (desktop_app/copied_out.py)


def same_disk(folder: Path, database: Path) -> bool:
    """Whether `folder` is on the disk (the volume: its serial number on Windows) the database is on; an
    unreadable one is taken as another (the copy was checked there)."""
    try:
        return os.stat(folder).st_dev == os.stat(database.parent).st_dev
    except OSError:
        return False


def restored_from(store, user: str, chosen: Path, database: Path, now: dt.datetime | None = None) -> None:
    """Inside a restore's transaction, into the data it puts in (`store`, before the rows it adds): a restore of
    `chosen` from another disk than the `database`'s (a USB stick) counts as a copy out to its folder, holding what
    it puts in: the data now are that file's (R23 F2: a copy cannot hold its own record, and restoring it took the
    reminder back to before it, due for changes the copy holds). A file on the database's own disk (the automatic
    backups beside it) is no copy out: the data put in keep their own record.

    The record is dated when the copy was taken (`taken`), not restored (red-team R24 F5: a copy months old is
    not a copy made today, and the month of figures it may lack counts from its date), as `dated` reads a date
    after now; "restored_at" says when it was restored, and the change log reads the line as the restore it is
    (core/audit.py)."""
    code = store.get_setting("commune_code")
    if not isinstance(code, str) or store.get_setting("mode") == "province" or same_disk(chosen.parent, database):
        return
    moment = (now or dt.datetime.now()).astimezone()
    value = {"at": dated(taken(chosen), moment).isoformat(timespec="seconds"), "folder": str(chosen.parent),
             "last_step": max((h.id for h in store.history(code)), default=0),
             "last_audit": store.last_audit_id() or 0, "restored_at": moment.isoformat(timespec="seconds")}
    write_record(store, user, value)


def dated(copy_taken: dt.datetime | None, now: dt.datetime) -> dt.datetime:
    """The date the record of a copy out restored carries: when the copy was taken (`copy_taken`); `now` when that
    is not known, or is after now by no more than the clock difference the reminder allows (`core.copy_out.
    untrusted_said`: up to tomorrow, a few hours between two computers' clocks), never later than now: the month
    is not counted from a moment still to come. A copy dated after that (this laptop's clock set back since, or a
    copy made by a clock ahead: the two cannot be told apart) keeps its own date, which the reminder judges as it
    judges any record dated after tomorrow: a copy out due at once, saying the copy's date and today's
    (S83: it was recorded as made now, the reminder silenced for a month of a clock no one could trust)."""
    if copy_taken is None:
        return now
    if copy_taken > now and untrusted_said(CopyOut(copy_taken, ""), now) is None:
        return now
    return copy_taken


def write_record(store, user: str, value: dict) -> None:
    """Inside a transaction: the record of a copy out, `value`, and its audit row (what `copied_out.vouched`
    believes: the program's own writing of it), for a copy made (`copied_out.record`) or restored."""
    old = store.settings().get(LAST_COPY_OUT)
    store.put_setting(LAST_COPY_OUT, value)
    store.audit(user, "setting", field=LAST_COPY_OUT, old=old, new=value)


def taken(chosen: Path) -> dt.datetime | None:
    """When the copy `chosen` was taken (aware): from its name as this program gives it
    (chitieu-20261101-090000-thu-cong.db), else the file's own time (a copy by hand keeps it); None: neither reads."""
    m = NAME.match(chosen.name)
    try:
        if m:
            return dt.datetime.strptime(m.group(2), "%Y%m%d-%H%M%S").astimezone()
        return dt.datetime.fromtimestamp(chosen.stat().st_mtime).astimezone()
    except (ValueError, OSError, OverflowError):
        return None
