"""The province's consolidated report: the figures of every unit's kept submission added
up for a period (Tổng hợp), the earlier periods its charts compare it with, and the four
files written from it (the Phụ lục 2 workbook, the summary report, DHIS2 and ADX).

A mixin of `desktop_app.province.ProvinceOffice`, kept apart because it is a job of its own:
`self.ws`, `self.store`, `self.catalog`, `self.settings`, `self.completeness` and
`self._charted` are the office's, `self._key_states` its key register's.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from db.rows import IntakeLogRow, ReceivedRow
from desktop_app.bulk import collector_paused
from desktop_app.core.consolidation import Consolidation, consolidate
from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import REFUSED, FileClass
from desktop_app.core.keys import (
    KeyThenNow,
    UnitKey,
    held_keys,
    key_then_now,
    unit_key_then_now,
    unsigned_then_now,
)
from desktop_app.core.periods import Period, parse_period, term_periods
from desktop_app.core.recompute import earlier_periods
from desktop_app.core.submission import Submission, submission_from_json
from desktop_app.core.users import Permission
from desktop_app.intake_notes import altered_reason
from desktop_app.key_register import key_trust
from exports.consolidated_pdf import write_consolidated_pdf
from exports.consolidated_xlsx import write_consolidated
from exports.dhis2 import write_adx, write_data_value_sets


@dataclass(frozen=True)
class IntakeLine(IntakeLogRow):
    """A line of the intake log as the consolidated workbook prints it ("Kết quả nhận tệp"),
    with its key's state when the file was read and now (`key`, `ReportActions._intake_lines`)."""

    key: KeyThenNow | None = None


class ReportActions:
    """The consolidation of a ProvinceOffice and the files written from it."""

    def submissions(self, period: str | Period, *, altered: set[int] | None = None) -> dict[str, Submission]:
        """The kept submission of every unit whose version counts for the period: signed by
        its key (confirmed or still pending), or unsigned and accepted by the province; never
        one whose stored copy was changed outside the program (`altered`: `Store.altered_received`,
        found here when not given)."""
        p = parse_period(period)
        states = self._key_states()
        altered = self.store.altered_received(p.code) if altered is None else altered
        return {row.unit_code: submission_from_json(canonical, document)
                for row, canonical, document in self.store.received_documents(p.code)
                if key_trust(row, states)[1] and row.id not in altered}

    @collector_paused()
    def consolidation(self, period: str | Period, *, progress=None, cancelled=None) -> Consolidation:
        """Everything the consolidated outputs print, from the stored submissions. A kept version
        whose stored copy is not as the program stored it is not counted, and said so among the
        differences (and by its unit's status)."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        before = earlier_periods(p)
        with self.store.reading():  # what is checked is what is counted
            altered = self.store.altered_received(p.code, *(q.code for q in before))
            completeness = self.completeness(p, altered=altered)
            subs = self.submissions(p, altered=altered)
            earlier = {q.code: self.submissions(q, altered=altered) for q in before} if subs else {}
            withheld = {r.unit_code: (altered_reason(r.file_name),) for r in self.store.received(p.code)
                        if r.id in altered}
            log = self._intake_lines(self.store.intake_log(run_period=p.code))
        return consolidate(p, self.catalog, self.settings, completeness, subs, log, earlier, withheld)

    def _intake_lines(self, log: list[IntakeLogRow]) -> list[IntakeLine]:
        """The log's lines, each with the key that signed its file as the register has it now, and
        as it was when the file was read (`desktop_app.core.keys.key_then_now`): a reason says what
        the key was then. A file refused for its signature gets the unit's key in use instead (the
        file's own key is not recorded with the line); other refused files none."""
        register = self.store.unit_keys()
        held = held_keys(register)
        entries = {(k.unit_code, k.public_key): k for k in register}
        units: dict[str, list[UnitKey]] = {}
        for k in register:
            units.setdefault(k.unit_code, []).append(k)
        versions = {r.id: r for q in sorted({r.period for r in log if r.received_id})
                    for r in self.store.received(q, current_only=False)}
        out = []
        for row in log:
            key = None
            if row.received_id in versions:
                key = _file_key(versions[row.received_id], row.at, entries, held)
            elif row.class_ == FileClass.CHU_KY_KHONG_KHOP and row.unit_code:
                key = unit_key_then_now(units.get(row.unit_code, []), row.at)
            out.append(IntakeLine(**vars(row), key=key))
        return out

    @collector_paused()
    def chart_consolidations(self, period: str | Period, *, known: Consolidation | None = None) -> list[Consolidation]:
        """What the charts compare `period` with (`desktop_app.core.charts`): the consolidation
        of every period of the term up to `period` from which a file was received, and of
        `period` itself, in reporting order. `known`, the window's consolidation of `period`,
        is used as it is. Recomputing a period's 92 submissions takes a fifth of a second, so
        each other period is consolidated again only when what it is made from has changed
        (its received versions, the states of the keys that signed them, its refused files,
        the settings, the catalogue): choosing another period does not consolidate the earlier ones again
        (`charts_ready` says whether anything is to be consolidated: the window does it on a worker)."""
        out = []
        for q, made_from in self._chart_plan(period, known):
            if made_from is None:
                out.append(known)
                continue
            kept = self._charted.get(q.code)
            if kept is None or kept[0] != made_from:
                kept = self._charted[q.code] = (made_from, self.consolidation(q))
            out.append(kept[1])
        return out

    def charts_ready(self, period: str | Period, *, known: Consolidation | None = None) -> bool:
        """Whether `chart_consolidations` would only hand back consolidations already made (at
        once), none to make again (up to a second for a term of 92 units' reports)."""
        return all(made_from is None or (q.code in self._charted and self._charted[q.code][0] == made_from)
                   for q, made_from in self._chart_plan(period, known))

    def _chart_plan(self, period: str | Period, known: Consolidation | None):
        """Each period the charts compare, with what its consolidation is made from (None:
        `known` is used)."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        term = term_periods()
        received = self.store.received(current_only=False)
        with_files = {r.period for r in received}
        common, states = (self.catalog.version, self.settings), self._key_states()
        plan = []
        for q in term[:term.index(p) + 1]:
            if q.code not in with_files and q != p:
                continue
            if known is not None and q == p and known.period == p:
                plan.append((q, None))
                continue
            # a report of an earlier period arriving changes what this one is computed from
            made_of = {q.code} | {e.code for e in earlier_periods(q)}
            rows = [r for r in received if r.period in made_of]
            plan.append((q, (common, rows, [states.get((r.unit_code, r.public_key)) for r in rows],
                             self.store.intake_log(period=q.code, classes=REFUSED))))
        return plan

    # Each export consolidates the period, unless given the consolidation already made (the
    # command line writes up to four files from one).
    @collector_paused()
    def export_xlsx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_consolidated(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_pdf(self, period, path, *, doc_number: str = "", report_date: dt.date | None = None,
                   consolidation: Consolidation | None = None) -> Path:
        """The report; its chart pages compare the period with the year's earlier ones, as the
        window's charts do (`chart_consolidations`, which keeps them between calls). Refused
        while no signer is named (`require_signer`)."""
        self.ws.require(Permission.EXPORT)
        self.require_signer()
        con = consolidation or self.consolidation(period)
        if report_date is not None:
            con.completeness.check_report_day(report_date)
        return write_consolidated_pdf(con, path, doc_number=doc_number, report_date=report_date,
                                      history=self.chart_consolidations(con.period, known=con))

    def require_signer(self) -> None:
        """The report ends with the signer's title and name: with no name saved (none typed yet, or
        removed by `setup`), the title would go to the province's leaders with nothing under it.
        `chitieu consolidate --pdf` asks before it reads any file; the window says so before it
        asks where to write, and opens its settings (`ui.province_window`)."""
        if self.settings.signer:
            return
        raise InvalidInput(
            "Chưa có tên Người ký: trang cuối báo cáo tổng hợp sẽ in chức vụ "
            f"{self.settings.signer_title} mà không có tên người ký bên dưới. Ghi họ và tên Người ký trong Tệp › "
            'Cài đặt… (trên dòng lệnh: chitieu province-setup --signer "HỌ VÀ TÊN") rồi xuất lại báo cáo.',
            field="Người ký",
            en="The report has no signer's name (Signed by): its last page would print the signer's title with "
               "no name under it. Type the signer's full name in File › Settings… (on the command line: chitieu "
               'province-setup --signer "FULL NAME"), then export the report again.')

    @collector_paused()
    def export_dhis2(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_data_value_sets(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_adx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_adx(consolidation or self.consolidation(period), path)


def _file_key(version: ReceivedRow, at: str, entries: dict, held: set) -> KeyThenNow | None:
    """The key of a received version, when the file was read at `at` and now (none for a key the
    register does not hold: the province decided nothing on it)."""
    if not version.public_key:
        return unsigned_then_now(version.accepted_at, at)
    entry = entries.get((version.unit_code, version.public_key))
    return None if entry is None else key_then_now(entry, at, held=(entry.unit_code, entry.public_key) in held)
