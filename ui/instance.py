"""One window per data folder: a lock file in the folder, and who is logged in there.

The window holds `chitieu.lock` (a QLockFile) for as long as it runs; a second start on the
same folder finds it held and says so, naming who is logged in in the running window (from
the small session file the window keeps beside the lock: user name, full name, since when,
whether the screen is locked; written at login, logout and lock). A lock left by a program
that died is stale (its process is gone) and is taken over. The command line does not take
this lock: `chitieu set …` may run beside the window (the services are safe for that).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from desktop_app.core.users import Account

LOCK_NAME = "chitieu.lock"
SESSION_NAME = "chitieu.session.json"


@dataclass(frozen=True)
class Session:
    """Who the running window says is logged in (None: the login dialog is showing)."""

    username: str | None
    full_name: str | None
    role: str | None
    since: dt.datetime | None
    locked: bool = False


class DataFolderLock:
    """The running window's claim on a data folder. `acquire()` once; `release()` at the end."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        # Held for hours: never stale by age, only when the process that took it is gone.
        self._lock.setStaleLockTime(0)
        self.held = False
        self._since: dt.datetime | None = None
        self._user: str | None = None

    @property
    def session_path(self) -> Path:
        return self.folder / SESSION_NAME

    def acquire(self) -> bool:
        """Take the lock (a stale one is removed first). False: another window holds it, or
        the folder cannot be written (`held_elsewhere` tells which)."""
        self.held = self._lock.tryLock(0)
        if self.held:
            self.record(None)  # not what a window that died left: nobody has logged in here yet
        return self.held

    @property
    def held_elsewhere(self) -> bool:
        return not self.held and self._lock.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> Session | None:
        """Who the window holding the lock says is logged in (None: it has not said)."""
        try:
            data = json.loads(self.session_path.read_text(encoding="utf-8"))
            since = data.get("since")
            return Session(data.get("username"), data.get("full_name"), data.get("role"),
                           dt.datetime.fromisoformat(since) if since else None, bool(data.get("locked")))
        except (OSError, ValueError, TypeError, AttributeError):
            return None

    def record(self, account: Account | None, locked: bool = False) -> None:
        """Say who is logged in now (None: nobody, the login dialog is showing)."""
        if not self.held:
            return
        name = account.username if account else None
        if name != self._user or self._since is None:
            self._user, self._since = name, dt.datetime.now().astimezone()
        data = {"username": name, "full_name": account.full_name if account else None,
                "role": account.role.value if account else None,
                "since": self._since.isoformat(timespec="seconds") if account else None,
                "locked": locked, "pid": os.getpid()}
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=".session-", dir=self.folder)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False)
            os.replace(tmp, self.session_path)
        except OSError:  # only a courtesy to a second start: never stop the window for it
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)

    def release(self) -> None:
        if not self.held:
            return
        try:
            self.session_path.unlink(missing_ok=True)
        except OSError:
            pass
        self._lock.unlock()
        self.held = False
