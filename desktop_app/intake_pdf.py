"""The report PDF e-mailed beside a submission file the intake reads (`<stem>_ky-so.pdf`, else
`<stem>.pdf`): its digital signatures checked offline against the province's trust roots before
the file's transaction, and that check recorded with the file's version inside it
(`desktop_app.intake.Intake`, which reads the files and decides what each one is).

Each file's log line records the PDF found beside it (its name and SHA-256, "" none) and, when this
reading checked it, its verdict (red-team R6 F3): the check kept with a version is of one PDF, the
first copy's as a rule, and the folder may hold another PDF by the time the window looks, so the line
is what says which PDF came with that file (desktop_app/pdfs_not_checked.py).
"""
from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import replace
from pathlib import Path

from desktop_app.core.intake import FileResult
from desktop_app.core.pdf_signature import MAX_PDF
from desktop_app.core.submission import Submission
from exports.xlsx_container import FileTooLarge, NotRegularFile, read_regular

NO_PDF = ("", "")  # a file read with no PDF beside it: its line's (pdf_name, pdf_sha256)


def pdf_sha256(path: Path) -> str:
    """The SHA-256 of the PDF at `path`, read as a PDF is checked (`MAX_PDF` at most, a regular file);
    "" when it is not read (too large, not a file, unreadable)."""
    try:
        return hashlib.sha256(read_regular(path, MAX_PDF)).hexdigest()
    except (FileTooLarge, NotRegularFile, OSError, ValueError):
        return ""


def checked_verdict(check, received_id: int | None, beside: tuple[str, str]) -> str:
    """What a line records of the check of the PDF beside its file: the verdict with who signed
    (`PdfCheck.summary`) when the file's version is stored and the PDF was checked, else ""."""
    return check.summary if check is not None and received_id is not None and beside[0] else ""


class PdfsBeside:
    """The PDFs beside the files one intake reads, checked against the trust roots of its store (read
    at the first PDF) and recorded in it."""

    def __init__(self, store):
        self.store = store
        self._roots: list[bytes] | None = None
        self.names: dict[Path, str] = {}  # each workbook's name in the folder read ("Xã Văn Lăng/….xlsx")

    def named(self, xlsx_path: Path, pdf_name: str) -> str:
        """The PDF `pdf_name` beside the workbook at `xlsx_path` named from the folder read, as the workbook
        is: "Tuần 2/Xã Văn Lăng/….pdf", not its last part alone, which a reviewer could not find among the
        sub-folders (walk U22)."""
        folder = self.names.get(Path(xlsx_path), "").rpartition("/")[0]
        return f"{folder}/{pdf_name}" if folder else pdf_name

    def check(self, path: Path, sub: Submission):
        """The check of the PDF beside the file at `path`, before the file's transaction (`record`
        keeps it with the version); None when there is none, or it could not be checked (pyHanko is
        loaded only then)."""
        from desktop_app.signature_check import check_beside, pdf_beside
        from desktop_app.signed_pages import approvals_received

        if pdf_beside(Path(path)) is None:
            return None
        if self._roots is None:  # the database failing stops the run, as anywhere else
            self._roots = [base64.b64decode(row[3]) for row in self.store.trust_roots()]
        held = approvals_received(self.store, sub)  # what a re-approval's paper may say it replaces
        try:
            check = check_beside(Path(path), sub, self._roots, held)
            if check is None:
                return None
            named = self.named(path, check.file_name)  # in what it could not read too ("Tệp … quá lớn")
            return replace(check, file_name=named, unreadable=check.unreadable.replace(check.file_name, named, 1))
        except Exception:  # noqa: BLE001 - a PDF it cannot read: the version is received, its PDF unchecked
            return None

    def found(self, path: Path, check) -> tuple[str, str]:
        """The name and SHA-256 of the PDF beside the file at `path` as this reading found it (that of
        `check` when it was checked), `NO_PDF` when there is none."""
        from desktop_app.signature_check import pdf_beside

        if check is not None and check.sha256:
            return check.file_name, check.sha256
        try:
            pdf = pdf_beside(Path(path))
        except (OSError, ValueError):  # a name the file system refuses
            return NO_PDF
        return (self.named(path, pdf.name), pdf_sha256(pdf)) if pdf is not None else NO_PDF

    def record(self, result: FileResult, check) -> FileResult:
        """Record the PDF's check for the file's version unless a duplicate's PDF would replace the
        check of another PDF received with it (`recorded_check`: a copy of the workbook with any PDF
        beside it is not the version's paper); its result then goes on this file's line alone."""
        from desktop_app.core.pdf_signature import PdfCheck
        from desktop_app.signature_check import recorded_check

        stored = self.store.pdf_check_stored(result.received_id)
        try:
            before = PdfCheck.from_json(json.loads(stored)) if stored else None
        except (ValueError, KeyError, TypeError, AttributeError):  # changed outside: written over, `verify` names it
            before = None
        record, said = recorded_check(before, check)
        if record:
            self.store.put_pdf_check(result.received_id, check.file_name, check.sha256, str(check.verdict),
                                     json.dumps(check.as_json(), ensure_ascii=False))
        return replace(result, reason=result.reason + said) if said else result
