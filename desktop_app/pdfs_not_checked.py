"""The report PDFs the province window names without a check recorded for them, and the checks it
shows of the files read (red-team R4 F4).

Intake checks the PDF beside a file it receives and records the check with the version
(`desktop_app.signature_check.pdf_signatures`); beside a refused file the PDF is never checked and
nothing was recorded, so "Tình hình gửi báo cáo" left the unit's cell empty, as if no PDF had been
sent, beside a genuinely signed one. The folder a file was read from is in its run's row; the PDF
is looked for beside the file there, as intake looks for it (`pdf_beside`), when the window shows
the period: the folder moved or emptied since, nothing is said (as before).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from desktop_app.core.consolidation import ReportStatus, UnitStatus
from desktop_app.core.intake import FileResult
from desktop_app.core.pdf_signature import PdfCheck
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.users import Permission
from desktop_app.signature_check import pdf_beside

_FOLDER = 3  # intake_runs: id, started_at, finished_at, folder, …


def pdf_name_beside(folder: str, file_name: str) -> str:
    """The name of the report PDF beside `file_name` in `folder` ("" none, or not known). Only a workbook has
    one: a PDF read alone ("Không phải tệp báo cáo") found itself and was said to lie beside an Excel file
    (red-team R6 F3)."""
    if not folder or not file_name or Path(file_name).name != file_name or Path(file_name).suffix.lower() != ".xlsx":
        return ""
    try:
        found = pdf_beside(Path(folder) / file_name)
    except (OSError, ValueError):  # a folder gone, a name the file system refuses
        return ""
    return found.name if found is not None else ""


def refused_pdfs(office, period: str | Period, units: Sequence[UnitStatus]) -> dict[str, str]:
    """Unit code -> the PDF found beside the refused file that makes its unit "Bị từ chối" (its
    unit's last refusal, by the file's name), for the units without a version kept. Only the log's
    lines as the program wrote them (`ProvinceOffice._refusals`): their runs' rows, and folders, too."""
    office._require_province()
    office.ws.require(Permission.VIEW)
    p = parse_period(period)
    refused = {u.code: u.file_name for u in units if u.status == ReportStatus.BI_TU_CHOI and u.file_name}
    if not refused:
        return {}
    folders = {row[0]: row[_FOLDER] for row in office.store.intake_runs()}
    last = {log.unit_code: log for log in office._refusals(p)
            if log.unit_code in refused and log.file_name == refused[log.unit_code]}
    found = {code: pdf_name_beside(folders.get(log.run_id) or "", log.file_name) for code, log in last.items()}
    return {code: name for code, name in found.items() if name}


def file_pdfs(office, folder: str, results: Sequence[FileResult]) -> dict[int, PdfCheck | str]:
    """Each file read (by its index in `results`) -> the check recorded for its version's PDF, else
    the name of a PDF found beside it in `folder` (never checked: the file refused, or its check
    failed); files with neither are absent."""
    office._require_province()
    office.ws.require(Permission.VIEW)
    ids = {r.received_id for r in results if r.received_id is not None}
    checks = {rid: PdfCheck.from_json(json.loads(text)) for rid, text in office.store.pdf_checks(ids).items()}
    found: dict[int, PdfCheck | str] = {}
    for n, r in enumerate(results):
        check = checks.get(r.received_id) if r.received_id is not None else None
        found[n] = check if check is not None else pdf_name_beside(folder, r.file_name)
    return {n: said for n, said in found.items() if said}
