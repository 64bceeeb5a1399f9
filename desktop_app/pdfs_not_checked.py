"""The report PDFs the province window names without a check recorded for them, and the checks it
shows of the files read (red-team R4 F4).

Intake checks the PDF beside a file it receives and records the check with the version
(`desktop_app.signature_check.pdf_signatures`); beside a refused file the PDF is never checked and
nothing was recorded, so "Tình hình gửi báo cáo" left the unit's cell empty, as if no PDF had been
sent, beside a genuinely signed one. The folder a file was read from is in its run's row; the PDF
is looked for beside the file there, as intake looks for it (`pdf_beside`), when the window shows
the period: the folder moved or emptied since, nothing is said (as before).

Since the log records the PDF each reading found beside each file (schema 17, desktop_app/intake_pdf.py),
what is said is that PDF (red-team R6 F3): a duplicate's line named the PDF received with the first copy
(its version's check), and a PDF copied into the folder after the reading was said to have come with the
file; the folder now is looked at for a PDF the reading did not see, and for the PDF it saw (red-team R8
item 3): replaced or deleted since, the check shown is said to be of the PDF as it was read.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath

from desktop_app.core.consolidation import ReportStatus, UnitStatus
from desktop_app.core.intake import IntakeRun
from desktop_app.core.pdf_said import PdfSeen, PdfSince
from desktop_app.core.pdf_signature import PdfCheck
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.users import Permission
from desktop_app.intake_folder import MAX_DEPTH, shared_beside
from desktop_app.intake_pdf import pdf_sha256
from desktop_app.signature_check import pdf_beside, pdf_signatures

_FOLDER = 3  # intake_runs: id, started_at, finished_at, folder, …


def pdf_name_beside(folder: str, file_name: str) -> str:
    """The name of the report PDF beside `file_name` in `folder` ("" none, or not known), named from `folder` as
    the file is ("Xã Văn Lăng/….pdf" beside "Xã Văn Lăng/….xlsx": walk U22). Only a workbook has one: a PDF
    read alone ("Không phải tệp báo cáo") found itself and was said to lie beside an Excel file (red-team
    R6 F3); and none that goes as well with another workbook there (`intake_folder.shared_beside`): intake
    checked it with neither."""
    parts = PurePosixPath(file_name).parts if file_name and "\\" not in file_name else ()
    if (not folder or not parts or len(parts) > MAX_DEPTH + 1 or PurePosixPath(file_name).is_absolute()
            or any(part in ("", ".", "..") for part in parts) or PurePosixPath(file_name).suffix.lower() != ".xlsx"):
        return ""
    try:
        path = Path(folder, *parts)
        found = pdf_beside(path)
        if found is None or shared_beside(path):
            return ""
    except (OSError, ValueError):  # a folder gone, a name the file system refuses
        return ""
    return "/".join((*parts[:-1], found.name))


def _as_named(pdf_name: str, file_name: str) -> str:
    """A PDF's name as a line records it, named from the folder read: a line written before PDFs were
    (its last part alone, beside a workbook in a sub-folder) named with the workbook's sub-folder."""
    folder = file_name.rpartition("/")[0]
    return f"{folder}/{pdf_name}" if folder and pdf_name and "/" not in pdf_name else pdf_name


def said_of(line, check: PdfCheck | None, folder: str, file_name: str) -> PdfCheck | PdfSeen | PdfSince | None:
    """What the window says of the PDF beside a file read (`line`, its log line; None not known), `check`
    being the one its version keeps: the PDF the line records, checked as its version keeps it, or by
    this line's reading (a duplicate's own), or not (refused); a PDF in the folder now that the reading
    did not see (none recorded, or another SHA-256) as put there after it. A line written before the log
    recorded the PDF (schema 17) is said as before: the version's check, else a PDF in the folder now.
    What the reading saw, when the folder holds another PDF beside the file now or none, is said
    with that change (`PdfSince`, `_since`)."""
    if line is None or line.pdf_name is None:
        if check is not None:
            return check
        name = pdf_name_beside(folder, file_name)
        return PdfSeen(name) if name else None
    now = _folder_now(line, folder, file_name)
    named = _as_named(line.pdf_name, file_name)
    if line.pdf_name and check is not None and check.sha256 == line.pdf_sha256:
        then = replace(check, file_name=named)  # the same PDF, under this file's name for it
    elif line.pdf_name and line.pdf_verdict:
        then = PdfSeen(named, line.pdf_verdict, kept=check.file_name if check is not None else "")
    elif now is not None and now != _SAME and now != _GONE:
        return PdfSeen(now, after=True)
    else:
        then = PdfSeen(named) if line.pdf_name else None
    return _since(then, now)


_SAME, _GONE = "=", ""  # `_folder_now`: the PDF the reading saw is there as it was; none is there


def _folder_now(line, folder: str, file_name: str) -> str | None:
    """The PDF beside the file of `line` in its `folder` now, against the one the line records: `_SAME`,
    the name of another one (another name or SHA-256), `_GONE` when the line records one and the file is
    there without it, or None: nothing to say (none either time, or the file and its PDF gone with their
    folder moved or emptied). Hashed each time: the line records no size or time to spare it, and a
    handful of PDFs (≤ 10 MB) is read at most."""
    now = pdf_name_beside(folder, file_name)
    if now:
        same = now == _as_named(line.pdf_name, file_name) and pdf_sha256(Path(folder) / now) == line.pdf_sha256
        return _SAME if same else now
    try:
        return _GONE if line.pdf_name and (Path(folder) / file_name).is_file() else None
    except (OSError, ValueError):  # a name the file system refuses
        return None


def _since(then: PdfCheck | PdfSeen | None, now: str | None) -> PdfCheck | PdfSeen | PdfSince | None:
    """`then`, what the reading saw, with the change in the folder since (`_folder_now`) when there is one."""
    if then is None or now is None or now == _SAME:
        return then
    return PdfSince(then, gone=now == _GONE)


def refused_pdfs(office, period: str | Period, units: Sequence[UnitStatus]) -> dict[str, PdfSeen | PdfSince]:
    """Unit code -> the PDF beside the refused file that makes its unit "Bị từ chối" (its unit's last
    refusal, by the file's name; `said_of`), for the units without a version kept. Only the log's
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
    found = {code: said_of(log, None, folders.get(log.run_id) or "", log.file_name) for code, log in last.items()}
    return {code: seen for code, seen in found.items() if seen is not None}


def kept_pdfs(office, period: str | Period) -> dict[str, PdfCheck | PdfSince]:
    """Unit code -> the check of the PDF received with its kept version (`pdf_signatures`: the signature
    column and the pane under "Tình hình gửi báo cáo"), with the change in the folder since the reading
    that recorded that PDF (the last line of that version with its SHA-256) when there is one. A version
    whose lines record no PDF (read before schema 17) has its check said as before."""
    checks = pdf_signatures(office, period)
    if not checks:
        return {}
    office.ws.require(Permission.VIEW)
    p = parse_period(period)
    units = {r.id: r.unit_code for r in office.store.received(p.code) if r.unit_code in checks}
    read = {}  # unit code -> the last line that read its kept version with the PDF its check is of
    for line in office.store.intake_log(period=p.code):
        code = units.get(line.received_id)
        if code is not None and line.pdf_name and line.pdf_sha256 == checks[code].sha256:
            read[code] = line
    folders = {row[0]: row[_FOLDER] for row in office.store.intake_runs()} if read else {}
    return {code: _since(replace(check, file_name=_as_named(check.file_name, read[code].file_name)),
                         _folder_now(read[code], folders.get(read[code].run_id) or "", read[code].file_name))
            if code in read else check for code, check in checks.items()}


def file_pdfs(office, run: IntakeRun) -> dict[int, PdfCheck | PdfSeen | PdfSince]:
    """Each file `run` read (by its index in its results) -> what is said of the PDF beside it
    (`said_of`, by its log line: paired with it as `ProvinceOffice.run_lines_now` pairs them); files
    with none are absent."""
    office._require_province()
    office.ws.require(Permission.VIEW)
    ids = {r.received_id for r in run.results if r.received_id is not None}
    checks = {rid: PdfCheck.from_json(json.loads(text)) for rid, text in office.store.pdf_checks(ids).items()}
    waiting: dict[tuple[str, str | None], list] = {}
    with office.store.reading():
        for line in office.store.intake_log(run_id=run.run_id):
            waiting.setdefault((line.file_name, line.file_sha256), []).append(line)
    found: dict[int, PdfCheck | PdfSeen | PdfSince | None] = {}
    for n, r in enumerate(run.results):
        same = waiting.get((r.file_name, r.sha256 or None))
        found[n] = said_of(same.pop(0) if same else None, checks.get(r.received_id), run.folder, r.file_name)
    return {n: said for n, said in found.items() if said is not None}
