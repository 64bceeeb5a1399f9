"""A folder read as the database keeps it: the window's "Kết quả nhận tệp" for a folder it did not
read itself (on the command line, by another person, in a window closed since), rebuilt from the
intake run's row and its files' lines in the intake log, never from the files again.

A line keeps less than intake knew when it read the file. Shown from the records: each file's
class, reason, unit (named by the catalogue), the date of receipt its version is judged by, or for
a refused file the date it arrived (`arrived_on`, none for a line an older version wrote), and the
key of its version as the register has it when read and now. Not kept: the files skipped
(temporary, lock or hidden) and the PDFs read with an Excel file, the date of receipt typed for the
batch, and the key a refused file carries, except a "Chữ ký không khớp" or "Khóa đã thu hồi" file's,
which its reason names (`signed_by`) among its unit's keys. Lateness is judged again from the kept date by the
period's deadline, as the status tab judges a unit's version; a refused file is not late, not
being received. `RecordedRun.undated` and `unshown` count what a heading must say is missing.

The run's row is checked against the audit chain as its lines are (`Store.period_reading`): one
changed with sqlite3 (red-team 31 F3: its files set to 0, its folder and reader replaced) is
shown by the lines the program wrote alone, nothing of the row believed; a later row with none
(an empty run inserted) is counted, not shown, and the reading before it is.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from db.province_records import PeriodReading
from desktop_app.core.intake import KEY_REFUSALS, FileClass, FileResult, IntakeRun, late_on
from desktop_app.core.keys import UnitKey, key_then_now
from desktop_app.core.periods import PeriodRules, parse_period
from desktop_app.core.refused_before import signed_by
from desktop_app.core.validation import one_line
from desktop_app.province_reports import IntakeLine


@dataclass(frozen=True)
class RecordedRun:
    """The last folder read for a period, from its records (`ProvinceOffice.recorded_run`)."""

    mark: tuple  # what it was read at (`Store.intake_mark`): read again only once that changes
    run: IntakeRun | None  # its files' lines as results, in the order read; None: no reading kept as written
    lines: list[IntakeLine]  # each result's line: its key when read and now (`IntakeModel.follow_register`)
    started_at: str  # when its row is not as written, when its first file kept was read ("": none)
    finished_at: str | None  # None: being read now, or stopped before its end (the program closed)
    by: str  # "Lê Thị Thu (van-thu)": the account's name when it has one, else the login the run recorded
    files: int  # the files the run counted when it finished
    # Its run's row as the program wrote it: else its folder, reader, times and counts are not known
    # (changed outside the program), and are "" and 0 here; only the lines the program wrote are.
    as_written: bool = True
    changed: int = 0  # its lines not as the program wrote them
    hidden: int = 0  # later runs' records not shown: changed, added or deleted outside the program

    @property
    def folder(self) -> str:
        """The folder read as a heading shows it: on one line, without a direction override."""
        return one_line(self.run.folder) if self.run else ""

    @property
    def unshown(self) -> int:
        """The run's files whose lines are not shown: not as the program wrote them (`Store.intake_log`).
        Its row's count of files is believed only when the row is as the program wrote it."""
        if self.as_written and self.finished_at:
            return max(self.files - len(self.lines), 0)
        return self.changed

    @property
    def undated(self) -> int:
        """The refused files whose date of receipt was not kept (read before schema 15)."""
        return sum(not r.accepted and not r.received_on for r in self.run.results) if self.run else 0


def recorded_run(found: PeriodReading, period: str, lines: list[IntakeLine], *, by: str, unit_name,
                 register: list[UnitKey], rules: PeriodRules) -> RecordedRun:
    """`found` (`Store.period_reading`) and its `lines` (`ReportActions._intake_lines`) as the window
    shows a run; `by`: who its row says read it; `unit_name`: a unit's code -> its name in the
    catalogue ("" for none)."""
    if found.row is None:
        return RecordedRun(found.mark, None, [], "", None, "", 0, as_written=False, hidden=found.hidden)
    keys: dict[str, list[UnitKey]] = {}
    for k in register:
        keys.setdefault(k.unit_code, []).append(k)
    lines = [_file_key(line, keys.get(line.unit_code or "", [])) for line in lines]
    results = [_result(line, unit_name, rules) for line in lines]
    run_id, started_at, finished_at, folder, _, files, cancelled = found.row
    if not found.as_written:  # nothing its row says is believed
        started_at = lines[0].at if lines else ""
        folder, finished_at, by, files, cancelled = "", None, "", 0, False
    run = IntakeRun(run_id, folder or "", period, results, cancelled=bool(cancelled))
    return RecordedRun(found.mark, run, lines, started_at or "", finished_at, one_line(by), files or 0,
                       as_written=found.as_written, changed=found.changed, hidden=found.hidden)


def _file_key(line: IntakeLine, keys: list[UnitKey]) -> IntakeLine:
    """A line refused for its key (`KEY_REFUSALS`) with the key that signed its file (its reason names it) when the
    register holds it for the unit, as intake showed it; the unit's key in use otherwise, left out
    of the key column (`_result`)."""
    if line.class_ not in KEY_REFUSALS:
        return line
    own = next((k for k in keys if k.key_code and signed_by(line.reason, k.key_code, line.file_name)), None)
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
        received_on=day or "", late=late, approved=bool(line.approved))
