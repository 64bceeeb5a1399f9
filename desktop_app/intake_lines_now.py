"""The files an intake run read, as the register has them now: what the window's "Kết quả nhận
tệp" tab shows after the province decided on a key or an unsigned file (walk 18, F6).

The tab lists the run's files as intake read them (`core.intake.FileResult`); a key confirmed
or revoked since, an unsigned file accepted since, changes what each counts as. The run's log
lines, with the key that signed each file when it was read and now (`KeyThenNow`, as the
consolidated workbook's sheet of that name prints them: `ReportActions._intake_lines`), are
matched to its results one for one (a run writes one line per file read, in order).
"""
from __future__ import annotations

from collections.abc import Sequence

from desktop_app.core.intake import FileResult
from desktop_app.core.users import Permission
from desktop_app.province_reports import IntakeLine


def run_lines_now(office, run_id: int, results: Sequence[FileResult]) -> list[IntakeLine | None]:
    """For each of `results` (the files run `run_id` read, in its order), its log line with its
    key when read and now (`IntakeLine.key`); None for a file whose line the log no longer holds
    as the program wrote it (changed outside the program: never shown as the register's)."""
    office._require_province()
    office.ws.require(Permission.VIEW)
    with office.store.reading():
        lines = office._intake_lines(office.store.intake_log(run_id=run_id))
    waiting: dict[tuple[str, str | None], list[IntakeLine]] = {}
    for line in lines:
        waiting.setdefault((line.file_name, line.file_sha256), []).append(line)
    out = []
    for r in results:
        same = waiting.get((r.file_name, r.sha256 or None))
        out.append(same.pop(0) if same else None)
    return out
