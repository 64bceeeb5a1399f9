"""The folder the province's intake reads (`desktop_app.intake`): which of its files are read as
reports, which are skipped as lock, temporary or hidden files or files of another kind (a .txt, a
.docx: `core.intake.of_another_kind`), which are report PDFs e-mailed beside a submission file, and
the date each file was received.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import NotFound
from desktop_app.core.inbox_names import (  # noqa: F401 - is_temporary, SYSTEM_FILES: read from here too
    SIGNED_SUFFIX,
    SYSTEM_FILES,
    TEMPORARY_PREFIXES,
    TEMPORARY_SUFFIXES,
    is_temporary,
    nfc,
    pair_key,
    shared_pdfs,
)
from desktop_app.core.intake import (
    VIETNAM_TIME,
    of_another_kind,
    vietnam_today,
)


def another_kind(name: str) -> bool:
    """A file skipped for its kind (`of_another_kind`: "thu-moi-hop.txt"), not as a lock,
    temporary or hidden file."""
    return of_another_kind(name) and not is_temporary(name) and not name.rsplit("/", 1)[-1].startswith(".")


def _hidden(entry: os.DirEntry) -> bool:
    if entry.name.startswith("."):
        return True
    try:  # Windows: the hidden attribute
        return bool(getattr(entry.stat(), "st_file_attributes", 0) & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))
    except OSError:
        return False


MAX_DEPTH = 2  # sub-folders read below the folder chosen: "Xã Tân Cương/…", "Tháng 6/Xã Tân Cương/…"
MAX_ENTRIES = 20_000  # files and folders looked at in all, the folder's own and its sub-folders'


@dataclass
class FolderScan:
    """A folder as intake reads it (`read_folder`). Names are relative to the folder, "/" between a
    sub-folder and its file ("Xã Tân Cương/2026-6M_05503_xa-tan-cuong.xlsx"), as the file's own
    system spells them (`core.intake.shown_name` makes them fit to show)."""

    files: list[Path] = field(default_factory=list)  # to read, by name
    skipped: list[str] = field(default_factory=list)  # lock, temporary, hidden files, of another kind
    companions: list[str] = field(default_factory=list)  # report PDFs beside their workbook
    unread: list[tuple[str, str]] = field(default_factory=list)  # (name, why: `core.inbox_names.UNREAD`)
    names: dict[Path, str] = field(default_factory=dict)  # each file's relative name
    # a workbook's relative name -> the report PDF it shares with other workbooks, and theirs (`sharing`)
    shared: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    def name(self, path: Path) -> str:
        return self.names.get(path, path.name)


def _hidden_folder(entry: os.DirEntry) -> bool:
    return _hidden(entry) or entry.name.casefold() == "__macosx"  # what a Mac's zip leaves beside the files


def _walk(folder: str, prefix: str, depth: int, scan: FolderScan, seen: list[int]) -> None:
    with os.scandir(folder) as it:
        entries = list(it)
    for e in sorted(entries, key=lambda e: e.name.casefold()):
        name = prefix + e.name
        seen[0] += 1
        if seen[0] > MAX_ENTRIES:
            scan.unread.append((prefix or ".", "many"))
            return
        try:
            if e.is_symlink() or getattr(e, "is_junction", lambda: False)():  # never followed
                scan.unread.append((name, "link"))
            elif e.is_dir(follow_symlinks=False):
                if _hidden_folder(e):
                    scan.skipped.append(name + "/")
                elif depth >= MAX_DEPTH:
                    scan.unread.append((name + "/", "deep"))
                else:
                    try:
                        _walk(e.path, name + "/", depth + 1, scan, seen)
                    except OSError:  # a folder the account may not read: listed apart
                        scan.unread.append((name + "/", "unreadable"))
            elif not e.is_file(follow_symlinks=False):
                scan.unread.append((name, "special"))
            elif _hidden(e) or is_temporary(e.name) or of_another_kind(e.name):
                scan.skipped.append(name)
            else:
                scan.files.append(Path(e.path))
                scan.names[Path(e.path)] = name
        except OSError:  # a name the system cannot stat: listed apart
            scan.unread.append((name, "unreadable"))
        if seen[0] > MAX_ENTRIES:
            return


def read_folder(folder: str | Path) -> FolderScan:
    """The files of the folder and of its sub-folders `MAX_DEPTH` levels down to read, by name (a
    folder of attachments saved one sub-folder per commune is read whole: walk U22, F2); the lock,
    temporary and hidden files and the files of another kind than a report's skipped (a meeting
    invitation saved from the same e-mail was counted as a damaged file); the report PDFs e-mailed
    beside a submission file in the same folder (`<stem>.pdf`, `<stem>_ky-so.pdf` next to
    `<stem>.xlsx`, or `<stem> (1).xlsx` as a mail program saves a second copy: `pair_key`): read
    with it for their signatures, never as a submission of their own; and what is not read, with
    why: a link (never followed), a sub-folder deeper, past `MAX_ENTRIES`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"Không có thư mục {folder}.", field="Thư mục")
    scan = FolderScan()
    _walk(str(folder), "", 0, scan, [0])
    workbooks = {pair_key(scan.name(p)) for p in scan.files if p.suffix.lower() == ".xlsx"}
    companions = {p for p in scan.files if p.suffix.lower() == ".pdf" and pair_key(scan.name(p)) in workbooks}
    scan.companions = sorted((scan.name(p) for p in companions), key=str.casefold)
    scan.files = sorted((p for p in scan.files if p not in companions), key=lambda p: scan.name(p).casefold())
    scan.skipped.sort(key=str.casefold)
    scan.shared = sharing(folder, [scan.name(p) for p in scan.files] + scan.companions)
    return scan


def _same_files(paths: list[Path]) -> bool:
    """Whether the files at `paths` hold the same bytes (the same e-mail saved twice); False when one is not read."""
    try:
        if len({p.stat().st_size for p in paths}) > 1:
            return False
        return len({hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}) == 1
    except (OSError, ValueError):
        return False


def sharing(folder: str | Path, names: list[str]) -> dict[str, tuple[str, list[str]]]:
    """Each workbook of `names` (relative to `folder`) whose report PDF goes as well with other workbooks of
    its folder (`shared_pdfs`) -> (that PDF, the workbooks): checked with none of them. Copies of one file
    (the same bytes: an e-mail saved twice, "X.xlsx" and "X (1).xlsx") share their PDF as one workbook."""
    shared = {}
    for pdf, workbooks in shared_pdfs(names).items():
        if not _same_files([Path(folder) / name for name in workbooks]):
            shared.update({name: (pdf, workbooks) for name in workbooks})
    return shared


def shared_beside(xlsx_path: Path) -> bool:
    """Whether the workbook at `xlsx_path` shares its report PDF with another workbook of its folder now."""
    try:
        with os.scandir(xlsx_path.parent) as it:
            names = [e.name for e in it if not e.is_symlink() and e.is_file(follow_symlinks=False)]
    except OSError:
        return False
    return xlsx_path.name in sharing(xlsx_path.parent, names)


def scan_folder(folder: str | Path) -> tuple[list[Path], list[str], list[str]]:
    """`read_folder`'s files to read, files skipped and report PDFs beside their workbook."""
    scan = read_folder(folder)
    return scan.files, scan.skipped, scan.companions


def paired_pdf(xlsx_path: Path) -> Path | None:
    """The report PDF beside a workbook whose name is not the workbook's exactly (`pair_key`: "X.pdf"
    beside "X (1).xlsx", an NFD "X.pdf" beside an NFC "X.xlsx"), the signed one first; None when none."""
    key = pair_key(xlsx_path.name)
    try:
        with os.scandir(xlsx_path.parent) as it:
            found = [e.name for e in it if e.name.lower().endswith(".pdf") and pair_key(e.name) == key
                     and not e.is_symlink() and e.is_file(follow_symlinks=False)]
    except OSError:
        return None
    found.sort(key=lambda n: (SIGNED_SUFFIX not in nfc(n).casefold(), n))
    return xlsx_path.with_name(found[0]) if found else None


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
