"""A kept backup the history's check (db/backup_chain.py) could not read: another program holds it locked
("database is locked", past SQLite's brief wait: db/backup.open_backup), or a file under the program's backup name
that cannot be opened or read (red-team R4 F7: a folder put in its place, a pipe, a disk error; on Windows an
antivirus or file sync tool holding it with a sharing lock fails to open, it does not wait). Skipped as not ours,
it went unsaid: a restore then explained none of what it held, and once readable again it was a finding (a false
alarm) and automatic backups were refused. Now it stops a restore naming it, and is a finding of the check while
it stays unread (no mark: nothing to acknowledge). Only a file SQLite reads and finds no database of ours ("not a
database", damaged, another kind of table) is not ours.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db.backup import open_backup
from db.integrity import Tampering
from desktop_app.core.errors import os_error_text, os_error_text_en, sqlite_error_texts
from desktop_app.core.words import Words

_LOCKED = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_UNREADABLE = (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_PERM)
_NOT_A_FILE = Words("không phải một tệp: thư mục hoặc thiết bị", "not a file: a folder or a device")


class BackupBusy(Exception):
    """A kept backup another program holds locked ("database is locked", past SQLite's wait), or one under the
    program's backup name that cannot be opened or read (`why`: a folder put in its place, a disk error, a file
    another program holds with a sharing lock on Windows, as antivirus and sync tools do; red-team R4 F7: skipped
    as not ours, it was not named). Not compared: what it holds may be rows the database lost."""

    def __init__(self, name: str, why: Words | None = None):
        super().__init__(name)
        self.name, self.why = name, why

    def refusal(self, not_done: Words, then: Words) -> Words:
        """Why `not_done` (a sentence's start: "Chưa khôi phục"), and what to do, ending with `then`."""
        if self.why is None:
            return Words(
                f"{not_done}: bản sao lưu {self.name} đang bị một chương trình khác khóa nên chưa so sánh được với dữ "
                f"liệu đang dùng. Hãy đóng chương trình đang mở tệp đó{then}.",
                f"{not_done.en}: another program holds the backup {self.name} locked, so it could not be compared "
                f"with the data in use. Close the program that has it open{then.en}.")
        return Words(
            f"{not_done}: không mở được bản sao lưu {self.name} ({self.why}) nên chưa so sánh được với dữ liệu đang "
            f"dùng. Hãy đóng chương trình đang giữ tệp đó (ví dụ phần mềm diệt virus hay đồng bộ tệp), hoặc đặt lại "
            f"đúng tệp sao lưu vào chỗ đó{then}.",
            f"{not_done.en}: the backup {self.name} cannot be opened ({self.why.en}), so it could not be compared with "
            f"the data in use. Close the program holding it (an antivirus or file sync tool, for example), or put the "
            f"backup file itself back in its place{then.en}.")

    def ahead(self) -> Words:
        """What the question before a restore says of it: the restore would stop on it (`refusal`), nothing
        replaced, which the person learnt only after answering yes."""
        return self.refusal(Words("Lúc này chưa khôi phục được (khôi phục sẽ dừng lại, không có gì bị thay)",
                                  "The backup cannot be restored at the moment (the restore would stop, nothing "
                                  "replaced)"),
                            Words(" rồi khôi phục lại", ", then restore again"))

    def finding(self) -> Tampering:
        """Said each time by the check until it can be compared (no mark: nothing to acknowledge), as what it
        may hold would otherwise go unsaid."""
        then = Words("chương trình không sao lưu tự động, và không duyệt, xuất, ký số, gửi báo cáo kỳ nào.",
                     "the program takes no automatic backup, and no period is approved, exported, signed or sent.")
        if self.why is None:
            words = Words(
                f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {self.name}: tệp đang bị một chương trình khác "
                "khóa (cơ sở dữ liệu đang bị khóa). Hãy đóng chương trình đang mở tệp đó rồi kiểm tra lại; cho đến "
                f"khi so sánh được, {then}",
                f"The change log could not be compared with the backup {self.name}: another program holds the file "
                f"locked (database is locked). Close the program that has it open, then check again; until it can "
                f"be compared, {then.en}")
        else:
            words = Words(
                f"Chưa so sánh được nhật ký thay đổi với bản sao lưu {self.name}: không mở được tệp ({self.why}). Hãy "
                "đóng chương trình đang giữ tệp đó (ví dụ phần mềm diệt virus hay đồng bộ tệp), hoặc đặt lại đúng tệp "
                f"sao lưu vào chỗ đó, rồi kiểm tra lại; cho đến khi so sánh được, {then}",
                f"The change log could not be compared with the backup {self.name}: the file cannot be opened "
                f"({self.why.en}). Close the program holding it (an antivirus or file sync tool, for example), or put "
                f"the backup file itself back in its place, then check again; until it can be compared, {then.en}")
        return Tampering(str(words), en=words.en)


def opened(backup: Path) -> sqlite3.Connection | None:
    """A connection reading the kept backup `backup`; None when it is gone since listed, or SQLite finds at once
    that it is no database; BackupBusy when it is there but cannot be opened (a folder, a device, or a pipe, which
    SQLite would wait on for ever, are not opened)."""
    try:
        if not backup.is_file():
            if not backup.exists():
                return None
            raise BackupBusy(backup.name, _NOT_A_FILE)
        return open_backup(backup)
    except OSError as err:
        raise BackupBusy(backup.name, Words(os_error_text(err), os_error_text_en(err))) from err
    except sqlite3.Error as err:
        refuse_unread(backup, err)
        return None


def refuse_unread(backup: Path, err: sqlite3.Error) -> None:
    """BackupBusy when `err`, reading the kept backup `backup`, is a lock or a file SQLite could not open or read;
    nothing for any other error (no database of ours)."""
    code = getattr(err, "sqlite_errorcode", None) or 0
    if code & 0xFF in _LOCKED:
        raise BackupBusy(backup.name) from err
    if code & 0xFF in _UNREADABLE:
        raise BackupBusy(backup.name, Words(*sqlite_error_texts(err))) from err
