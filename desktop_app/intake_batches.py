"""How a run's files are stored (`desktop_app.intake`): what stops a run rather than refusing
one file, and the batches.

Each file is read and judged without writing anything; the files read are then stored together,
in one write transaction, once they took `BATCH_SECONDS` to read or are `BATCH_FILES`: each commit
cost as much as storing a file. The database is held only while a batch is stored (some
milliseconds a file), never while a file is read, and never more than `BATCH_SECONDS` in one
transaction (a batch slow to store is committed in parts): another window or command that
writes meanwhile waits that long (SQLite's busy timeout, `db.store.BUSY_SECONDS`), and is not refused.
Each file is stored in a savepoint of its own (its key's registration, its received row, the
switch of the kept version and its log line together): a file that fails leaves nothing, the
files before and after it in the batch stay; the batch's state is sealed in the audit chain
(db/integrity.py) once, at its commit. The window is told of a file (`on_result`) once it is
committed: it never shows a row the database does not hold.
"""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop_app.core.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReplaced,
    DataFolderReadOnly,
    NewerDatabase,
    StorageFailed,
)
from desktop_app.core.intake import FileClass, FileResult, IntakeRun, shown_name
from desktop_app.core.submission import Submission
from desktop_app.intake_pdf import NO_PDF

# What stops a run rather than refusing one file: the database or the disk failing, the same for
# every file after it (a file itself unreadable is refused by the reader, never an OSError).
DATABASE_FAILS = (sqlite3.Error, DatabaseBusy, DatabaseDamaged, DatabaseReplaced, DataFolderReadOnly, NewerDatabase,
                  StorageFailed)
RUN_STOPS = (OSError, *DATABASE_FAILS)

# A batch: the files read in so long, or so many (a bound on the submissions held at once).
BATCH_SECONDS = 0.2
BATCH_FILES = 100


def unexpected(path: Path, err: BaseException, result: FileResult | None = None) -> FileResult:
    """A file refused because reading or judging it failed unexpectedly: said, never the end of
    the run."""
    name = shown_name(Path(path).name)
    what = shown_name(str(err))[:120]
    reason = (f"Tệp {name} không xét được: lỗi không lường trước khi đọc tệp ({type(err).__name__}"
              f"{': ' + what if what else ''}). Không nhận tệp này; các tệp khác vẫn được đọc. Hãy xin đơn vị gửi "
              "lại tệp do phần mềm xuất, và báo lỗi này cho người quản lý phần mềm.")
    if result is None:
        return FileResult(name, FileClass.TEP_HONG, reason)
    return replace(result, class_=FileClass.TEP_HONG, reason=reason, new=False, kept=False, received_id=None,
                   late=False, key_state="")


@dataclass(frozen=True)
class FileRead:
    """One file read and judged, not stored yet: what `Intake.store_file` takes."""
    path: Path
    pdf: bool  # a report PDF was e-mailed beside it
    result: FileResult
    sub: Submission | None
    check: object  # the check of the PDF beside it (`PdfsBeside.check`), or None
    beside: tuple[str, str]  # that PDF's name and SHA-256 as read (`PdfsBeside.found`)
    note: str = ""  # said after its reason: its PDF goes as well with other workbooks (`core.inbox_names.shared_pdf_note`)


def store_one(intake, run_id: int, read: FileRead) -> FileResult:
    """Store one file read, inside the batch's transaction, whole or not at all (a savepoint):
    whatever fails unexpectedly (but the database) undoes its writes and refuses it with the
    reason, stored in a savepoint of its own."""
    store = intake.store
    try:
        with store.savepoint():
            return intake.store_file(run_id, read.result, read.sub, read.check, read.beside, read.note)
    except RUN_STOPS:
        intake.refused.forget()  # the register as the savepoint left it
        raise
    except Exception as err:  # noqa: BLE001 - one file never stops a folder
        intake.refused.forget()
        failed = unexpected(read.path, err, read.result)
        with store.savepoint():
            return intake.store_file(run_id, failed, None,
                                     beside=intake.pdfs.found(read.path, None) if read.pdf else NO_PDF, note=read.note)


def store_batch(intake, run_id: int, batch: list[FileRead], run: IntakeRun,
                on_result: Callable[[FileResult], None] | None) -> None:
    """Store `batch`: its files in write transactions of `BATCH_SECONDS` at most (`_store_part`:
    storing a file can take longer than reading it, a key shared by 400 units choosing again the
    kept version of each at every first registration: one transaction held the database 30 s,
    every other window's write refused meanwhile, red-team R25 F1), then add them to `run` and call
    `on_result` for each part once committed."""
    start = 0
    while start < len(batch):
        start = _store_part(intake, run_id, batch, start, run, on_result)


def _store_part(intake, run_id: int, batch: list[FileRead], start: int, run: IntakeRun,
                on_result: Callable[[FileResult], None] | None) -> int:
    """Store the files of `batch` from `start` in one write transaction, each in its own savepoint
    (`store_one`), until `BATCH_SECONDS` have passed; returns where the next part starts. A file
    whose storing stops the run (the database failing) leaves nothing; the files before it are
    committed, then the error goes on."""
    stored: list[FileResult] = []
    stopped: BaseException | None = None
    counted = len(intake.counted_lines)
    began = time.monotonic()
    try:
        with intake.store.transaction():
            for read in batch[start:]:
                try:
                    stored.append(store_one(intake, run_id, read))
                except BaseException as err:  # noqa: BLE001 - the files before it are committed, then it goes on
                    stopped = err
                    break
                if time.monotonic() - began >= BATCH_SECONDS:
                    break
            if stopped is not None and not intake.store.conn.in_transaction:
                raise stopped  # SQLite ended the whole transaction (a full disk): nothing to commit
    except BaseException:
        del intake.counted_lines[counted:]  # lines of files not committed
        raise
    for result in stored:
        run.results.append(result)
        if on_result:
            on_result(result)
    if stopped is not None:
        raise stopped
    return start + len(stored)
