"""Each person's own preferences: the interface language, the period last viewed and, in each
period, the cell they left (and the last folder read whose period the province window showed them), the
widths they gave a window's table columns, and the folders the province's window last read
reports from and saved its files to. The folder backed up to by hand (a USB stick) is the office's,
not a person's: remembered for the data folder on this computer, whoever used it (`OFFICE_FOLDERS`).

Kept in QSettings (per Windows user: HKCU\\Software\\chitieu\\chitieu), keyed by the data
folder and the account's user name, not in the database: they are not audited data, a
database restored from a backup or read by the province carries nobody's preferences,
and the login dialog needs a language before any database is open (the language chosen
last on this computer, whoever chose it: ui.i18n.saved_language).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import Period, parse_period
from ui import i18n

GROUP = "users"
NO_ACCOUNT = "-"  # a database without accounts yet: one person, unnamed
MIN_COLUMN, MAX_COLUMN = 16, 2000  # pixels: a width outside is not a person's (an edited file)
INTAKE_FOLDER = "intake"  # the folder of e-mailed reports the province read last
EXPORT_FOLDER = "export"  # where the province saved its consolidated files last
BACKUP_FOLDER = "backup"  # where anyone last backed up to, or restored from, by hand (a USB stick)
# Folders of the office's, not of a person's, remembered for the data folder on this computer (`OFFICE`):
# the USB stick the leader backed up to a minute before is where the officer's copy goes too (walk U14 F9c:
# the officer's picker opened at home)
OFFICE_FOLDERS = frozenset({BACKUP_FOLDER})
OFFICE = "office"  # the group beside `GROUP`'s, keyed by the data folder alone


def folder_key(folder: str | Path) -> str:
    """A data folder's key: its full path, hashed (a path's slashes would nest QSettings groups)."""
    return hashlib.sha1(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:16]


class UserPreferences:
    """One account's preferences for one data folder."""

    def __init__(self, folder: str | Path, username: str | None, settings: QSettings | None = None):
        self.settings = settings or QSettings()
        self.prefix = f"{GROUP}/{folder_key(folder)}/{username or NO_ACCOUNT}/"
        self.office_prefix = f"{OFFICE}/{folder_key(folder)}/"

    @classmethod
    def of(cls, workspace, settings: QSettings | None = None) -> "UserPreferences":
        """The preferences of whoever is logged in to `workspace` now."""
        account = workspace.account
        return cls(Path(workspace.store.path).parent, account.username if account else None, settings)

    @property
    def language(self) -> str | None:
        """The language this person chose (None: never chosen, the interface stays as it is)."""
        value = self.settings.value(self.prefix + "language", "", type=str)
        return value if value in i18n.LANGUAGES else None

    def set_language(self, language: str) -> None:
        if language not in i18n.LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.settings.setValue(self.prefix + "language", language)

    @property
    def last_period(self) -> Period | None:
        """The period this person viewed last (None: none yet, or a code no longer valid)."""
        code = self.settings.value(self.prefix + "last_period", "", type=str)
        try:
            return parse_period(code) if code else None
        except ChiTieuError:
            return None

    def set_last_period(self, period: Period) -> None:
        self.settings.setValue(self.prefix + "last_period", period.code)

    def last_cell(self, period: Period) -> tuple[str, str] | None:
        """The cell this person left in `period`: its indicator's code (not its row: the catalogue may
        change) and its column's name; None: none yet, or an edited value."""
        text = self.settings.value(self.prefix + "cells/" + period.code, "", type=str)
        try:
            cell = json.loads(text) if text else None
            code, column = cell["indicator"], cell["column"]
        except (TypeError, KeyError, ValueError):
            return None
        return (code, column) if isinstance(code, str) and isinstance(column, str) else None

    def set_last_cell(self, period: Period, code: str, column: str) -> None:
        self.settings.setValue(self.prefix + "cells/" + period.code,
                               json.dumps({"indicator": code, "column": column}))

    def forget_cell(self, period: Period) -> None:
        """Back at the period's first cell, where it opens anyway: nothing kept (nothing written when
        nothing was: a window opened and closed, the self-test's, writes no setting)."""
        if self.settings.contains(key := self.prefix + "cells/" + period.code):
            self.settings.remove(key)

    @property
    def last_run(self) -> str | None:
        """The last folder read (its intake run's mark, `ProvinceOffice.last_run`; "" for none read)
        whose period this person's province window has shown; None: nothing noted yet."""
        key = self.prefix + "last_run"
        return self.settings.value(key, "", type=str) if self.settings.contains(key) else None

    def set_last_run(self, mark: str) -> None:
        self.settings.setValue(self.prefix + "last_run", mark)

    def column_widths(self, table: str) -> dict[int, int]:
        """The widths this person gave the columns of `table` (column -> pixels; {}: none)."""
        text = self.settings.value(self.prefix + "columns/" + table, "", type=str)
        try:
            widths = json.loads(text) if text else {}
            return {int(col): int(width) for col, width in widths.items()
                    if 0 <= int(col) < 100 and MIN_COLUMN <= int(width) <= MAX_COLUMN}
        except (AttributeError, TypeError, ValueError):
            return {}

    def set_column_widths(self, table: str, widths: dict[int, int]) -> None:
        self.settings.setValue(self.prefix + "columns/" + table,
                               json.dumps({str(col): int(width) for col, width in sorted(widths.items())}))

    def folder(self, use: str) -> str | None:
        """The folder this person last used for `use` (`INTAKE_FOLDER`, `EXPORT_FOLDER`), or anyone on this
        computer for one of `OFFICE_FOLDERS` (`BACKUP_FOLDER`; else the one this person used before such
        folders were shared); None: none yet, or no longer there (a USB stick taken out, a folder removed
        or renamed)."""
        keys = [self.prefix + "folders/" + use]
        if use in OFFICE_FOLDERS:
            keys.insert(0, self.office_prefix + "folders/" + use)
        for key in keys:
            folder = self.settings.value(key, "", type=str)
            if folder and Path(folder).is_dir():
                return folder
        return None

    def set_folder(self, use: str, folder: str | Path) -> None:
        prefix = self.office_prefix if use in OFFICE_FOLDERS else self.prefix
        self.settings.setValue(prefix + "folders/" + use, str(Path(folder)))


def apply_language(workspace, settings: QSettings | None = None) -> bool:
    """After a login: the interface in the language the person chose, or, for a person who never
    chose one, in the program's (Vietnamese), not the one the person before them chose (walk U14
    F3: the leader chose English, the officer sharing the laptop, who never chose, logged in to
    English). It becomes this computer's language too, for the next login dialog. A database
    without accounts (one person, unnamed) keeps the language it opened in. True if it changed."""
    language = UserPreferences.of(workspace, settings).language
    if language is None:
        if workspace.account is None:
            return False
        language = i18n.DEFAULT_LANGUAGE
    return i18n.switch_language(language, settings)


def keep_language(workspace, language: str, settings: QSettings | None = None) -> None:
    """`language` kept as the choice of whoever is logged in now, unless they made one: the first
    run's administrator who chose English and goes on as the officer is the same person."""
    prefs = UserPreferences.of(workspace, settings)
    if workspace.account is not None and prefs.language is None:
        prefs.set_language(language)


def choose_language(workspace, language: str, settings: QSettings | None = None) -> bool:
    """The person's choice in Settings: remembered for them (and for this computer's next login
    dialog) and applied now. True if it changed."""
    UserPreferences.of(workspace, settings).set_language(language)
    return i18n.switch_language(language, settings)
