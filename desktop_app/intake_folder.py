"""The folder the province's intake reads (`desktop_app.intake`): which of its files are read as
reports, which are skipped as lock, temporary or hidden files or files of another kind (a .txt, a
.docx: `core.intake.of_another_kind`), which are report PDFs e-mailed beside a submission file, and
the date each file was received.
"""
from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

from desktop_app.core.errors import NotFound
from desktop_app.core.intake import (
    VIETNAM_TIME,
    of_another_kind,
    vietnam_today,
    workbook_stem,
)

# Files a folder of attachments holds that are nobody's report: Excel's and Word's owner
# files ("~$bao-cao.xlsx"), their temporary saves ("~WRL0001.tmp"), LibreOffice's lock files,
# downloads not finished, and the system's own files.
TEMPORARY_PREFIXES = ("~$", ".~lock.")
TEMPORARY_SUFFIXES = (".tmp", ".temp", ".crdownload", ".part", ".partial", ".download")
SYSTEM_FILES = ("thumbs.db", "desktop.ini", ".ds_store")


def is_temporary(name: str) -> bool:
    low = name.lower()
    return (low.startswith(TEMPORARY_PREFIXES) or low.endswith(TEMPORARY_SUFFIXES)
            or low in SYSTEM_FILES or (low.startswith("~") and low.endswith(".tmp")))


def another_kind(name: str) -> bool:
    """A file skipped for its kind (`of_another_kind`: "thu-moi-hop.txt"), not as a lock,
    temporary or hidden file."""
    return of_another_kind(name) and not is_temporary(name) and not name.startswith(".")


def _hidden(entry: os.DirEntry) -> bool:
    if entry.name.startswith("."):
        return True
    try:  # Windows: the hidden attribute
        return bool(getattr(entry.stat(), "st_file_attributes", 0) & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))
    except OSError:
        return False




def scan_folder(folder: str | Path) -> tuple[list[Path], list[str], list[str]]:
    """The files of the folder to read (not its sub-folders), by name; the names of the lock,
    temporary and hidden files and of the files of another kind than a report's skipped (a
    meeting invitation saved from the same e-mail was counted as a damaged file); and those of
    the report PDFs e-mailed beside a submission file (`<stem>.pdf`, `<stem>_ky-so.pdf` next to
    `<stem>.xlsx`): read with it for their signatures, never as a submission of their own."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"Không có thư mục {folder}.", field="Thư mục")
    files, skipped = [], []
    with os.scandir(folder) as it:
        for e in it:
            try:
                if not e.is_file():
                    continue
            except OSError:  # a link that loops, a file the account may not read: listed apart
                skipped.append(e.name)
                continue
            if _hidden(e) or is_temporary(e.name) or of_another_kind(e.name):
                skipped.append(e.name)
            else:
                files.append(Path(e.path))
    stems = {p.stem.casefold() for p in files if p.suffix.lower() == ".xlsx"}
    companions = [p.name for p in files if p.suffix.lower() == ".pdf"
                  and workbook_stem(p.name) in stems]
    files = [p for p in files if p.name not in companions]
    return (sorted(files, key=lambda p: p.name.casefold()), sorted(skipped, key=str.casefold),
            sorted(companions, key=str.casefold))


def list_files(folder: str | Path) -> list[Path]:
    """The files of the folder intake reads (`scan_folder` without the skipped ones and the PDFs
    beside a submission file)."""
    return scan_folder(folder)[0]


def receipt_date(path: Path, received: dt.date | None = None) -> dt.date:
    """The date a file was received: the batch's date when given, else the day it was saved
    into the folder (its modification date), in Vietnam time as the file's own time is read
    (a computer set to another zone would date an evening's file a day apart)."""
    if received is not None:
        return received
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, VIETNAM_TIME).date()
    except (OSError, ValueError, OverflowError):
        return vietnam_today()
