"""The report PDF e-mailed beside a submission file the intake reads (`<stem>_ky-so.pdf`, else
`<stem>.pdf`): its digital signatures checked offline against the province's trust roots before
the file's transaction, and that check recorded with the file's version inside it
(`desktop_app.intake.Intake`, which reads the files and decides what each one is).
"""
from __future__ import annotations

import base64
import json
from dataclasses import replace
from pathlib import Path

from desktop_app.core.intake import FileResult
from desktop_app.core.submission import Submission


class PdfsBeside:
    """The PDFs beside the files one intake reads, checked against the trust roots of its store (read
    at the first PDF) and recorded in it."""

    def __init__(self, store):
        self.store = store
        self._roots: list[bytes] | None = None

    def check(self, path: Path, sub: Submission):
        """The check of the PDF beside the file at `path`, before the file's transaction (`record`
        keeps it with the version); None when there is none, or it could not be checked (pyHanko is
        loaded only then)."""
        from desktop_app.signature_check import check_beside, pdf_beside

        if pdf_beside(Path(path)) is None:
            return None
        if self._roots is None:  # the database failing stops the run, as anywhere else
            self._roots = [base64.b64decode(row[3]) for row in self.store.trust_roots()]
        try:
            return check_beside(Path(path), sub, self._roots)
        except Exception:  # noqa: BLE001 - a PDF it cannot read: the version is received, its PDF unchecked
            return None

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
