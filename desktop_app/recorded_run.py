"""A folder read as the database keeps it: the window's "Kết quả nhận tệp" for a folder it did not
read itself (on the command line, by another person, in a window closed since), rebuilt from the
intake run's row and its files' lines in the intake log, never from the files again.

A line keeps less than intake knew when it read the file. Shown from the records: each file's
class, reason, unit (named by the catalogue), the date of receipt its version is judged by, or for
a refused file the date it arrived (`arrived_on`, none for a line an older version wrote), and the
key of its version as the register has it when read and now. Not kept: the files skipped
(temporary, lock or hidden) and the PDFs read with an Excel file, the date of receipt typed for the
batch, and the key a refused file carries, except a "Chữ ký không khớp" file's, which its reason
names (`signed_by`) among its unit's keys. Lateness is judged again from the kept date by the
period's deadline, as the status tab judges a unit's version; a refused file is not late, not
being received. `RecordedRun.undated` and `unshown` count what a heading must say is missing.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from desktop_app.core.intake import FileClass, FileResult, IntakeRun, late_on
from desktop_app.core.keys import UnitKey, key_then_now
from desktop_app.core.periods import PeriodRules, parse_period
from desktop_app.core.refused_before import signed_by
from desktop_app.province_reports import IntakeLine


@dataclass(frozen=True)
class RecordedRun:
    """The last folder read for a period, from its records (`ProvinceOffice.recorded_run`)."""

    run: IntakeRun  # its files' lines as results, in the order read (nothing skipped is kept)
    lines: list[IntakeLine]  # each result's line: its key when read and now (`IntakeModel.follow_register`)
    started_at: str
    finished_at: str | None  # None: being read now, or stopped before its end (the program closed)
    by: str  # "Lê Thị Thu (van-thu)": the account's name when it has one, else the login the run recorded
    files: int  # the files the run counted when it finished

    @property
    def unshown(self) -> int:
        """The run's files whose lines are not shown: not as the program wrote them (`Store.intake_log`)."""
        return max(self.files - len(self.lines), 0) if self.finished_at else 0

    @property
    def undated(self) -> int:
        """The refused files whose date of receipt was not kept (read before schema 15)."""
        return sum(not r.accepted and not r.received_on for r in self.run.results)


def recorded_run(row: tuple, period: str, lines: list[IntakeLine], *, by: str, unit_name,
                 register: list[UnitKey], rules: PeriodRules) -> RecordedRun:
    """`row` (`Store.last_intake_run`) and its `lines` (`ReportActions._intake_lines`) as the window
    shows a run; `unit_name`: a unit's code -> its name in the catalogue ("" for none)."""
    run_id, started_at, finished_at, folder, _, files, cancelled = row
    keys: dict[str, list[UnitKey]] = {}
    for k in register:
        keys.setdefault(k.unit_code, []).append(k)
    lines = [_file_key(line, keys.get(line.unit_code or "", [])) for line in lines]
    results = [_result(line, unit_name, rules) for line in lines]
    run = IntakeRun(run_id, folder or "", period, results, cancelled=bool(cancelled))
    return RecordedRun(run, lines, started_at or "", finished_at, by, files or 0)


def _file_key(line: IntakeLine, keys: list[UnitKey]) -> IntakeLine:
    """A "Chữ ký không khớp" line with the key that signed its file (its reason names it) when the
    register holds it for the unit, as intake showed it; the unit's key in use otherwise, left out
    of the key column (`_result`)."""
    if line.class_ != FileClass.CHU_KY_KHONG_KHOP:
        return line
    own = next((k for k in keys if k.key_code and signed_by(line.reason, k.key_code)), None)
    return line if own is None else replace(line, key=key_then_now(own, line.at or ""))


def _result(line: IntakeLine, unit_name, rules: PeriodRules) -> FileResult:
    """A line as intake's result of its file: the date its version is judged by (else the day it
    arrived), late by that date for a stored version only; the key's state when read (the model
    says what it is now)."""
    key = None if line.key is None or line.key.unit_key else line.key
    stored = line.received_id is not None and bool(line.received_on)
    day = line.received_on if stored else line.arrived_on
    late = stored and FileClass(line.class_).accepted and late_on(day, parse_period(line.period), rules)
    return FileResult(
        line.file_name, FileClass(line.class_), line.reason, size=line.size or 0, sha256=line.file_sha256 or "",
        unit_code=line.unit_code or "", unit_name=unit_name(line.unit_code) if line.unit_code else "",
        period=line.period or "", fingerprint=line.fingerprint or "", new=line.new, received_id=line.received_id,
        key_code=key.code if key else "", key_state=key.then if key else "", held=bool(key and key.held),
        received_on=day or "", late=late)
