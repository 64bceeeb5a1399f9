"""The province's consolidated report: the figures of every unit's kept submission added
up for a period (Tổng hợp), the earlier periods its charts compare it with, and the four
files written from it (the Phụ lục 2 workbook, the summary report, DHIS2 and ADX). A kept
signed version counts only while its unit's signature still covers the stored copy
(`bears_its_signature`: what an administrator's acknowledgement cannot vouch for), an unsigned one
only as the province accepted it (`accepted_as_stored`: the history's chained row of the acceptance,
not the row's own word), and either only while its row states the unit, period and approval the
document does (`stated_otherwise`); no file is written while the history finds changes made
outside the program not yet acknowledged (`refuse_if_changed_outside`), as at the commune.

A mixin of `desktop_app.province.ProvinceOffice`, kept apart because it is a job of its own:
`self.ws`, `self.store`, `self.catalog`, `self.settings`, `self._completeness` and
`self._charted` are the office's, `self._key_states` and `self.acceptances` its key register's.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from db.rows import IntakeLogRow, ReceivedRow
from desktop_app.backup_files import kept_backups
from desktop_app.bulk import collector_paused
from desktop_app.core.consolidation import Completeness, Consolidation, consolidate
from desktop_app.core.errors import ChangedOutside, ChiTieuError, InvalidInput
from desktop_app.core.intake import KEY_REFUSALS, REFUSED, FileResult, row_judged_on, when_text
from desktop_app.core.keys import (
    KeyThenNow,
    UnitKey,
    held_keys,
    key_then_now,
    unit_key_then_now,
    unsigned_then_now,
)
from desktop_app.core.periods import Period, earlier_periods, in_sentence, parse_period, term_periods
from desktop_app.core.signing import verifies
from desktop_app.core.submission import Submission, signed_payload, submission_from_json
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.core.workflow import first_named
from desktop_app.history import to_acknowledge
from desktop_app.intake_catalogues import HeldCatalogues
from desktop_app.intake_notes import altered_reason
from desktop_app.key_register import accepted_as_stored, key_trust
from exports.consolidated_pdf import write_consolidated_pdf
from exports.consolidated_xlsx import write_consolidated
from exports.dhis2 import left_out, write_adx, write_data_value_sets


@dataclass(frozen=True)
class IntakeLine(IntakeLogRow):
    """A line of the intake log as the consolidated workbook prints it ("Kết quả nhận tệp"),
    with its key's state when the file was read and now (`key`, `ReportActions._intake_lines`)
    and the date of receipt lateness judged the version its file was stored as by (`received_on`,
    ISO, `core.intake.row_judged_on`: the status tab's, never before a signed file was made; the
    date as stored put a revoked key's row on 18/06 beside the others' 05/12, walk 23 #4): every
    line with a stored version has it, a version since replaced or received and not kept too; a
    refused file has none (its own date of receipt is the log's `arrived_on`)."""

    key: KeyThenNow | None = None
    received_on: str | None = None
    new: bool = False  # its file was stored as a new version (`FileResult.new`): a Trùng one is not kept
    # the version its file was stored as (or found again) approved: a draft's line says "Hợp lệ (dự thảo)" after the
    # unit's approved report with the same figures replaced it (R22 F3); None: no stored version
    approved: bool | None = None


class ReportActions:
    """The consolidation of a ProvinceOffice and the files written from it."""

    # (the consolidation, `_history_seen`) of the last export from a given consolidation that the history's
    # check let through (`_refuse_before_writing`)
    _found_nothing: tuple | None = None

    def submissions(self, period: str | Period, *, altered: set[int] | None = None) -> dict[str, Submission]:
        """The kept submission of every unit whose version counts for the period: signed by
        its key (confirmed or still pending), or unsigned and accepted by the province; never
        one whose stored copy was changed outside the program (`altered`: `Store.altered_received`,
        found here when not given), or whose row states otherwise than its document, or that no
        longer bears its unit's signature (`_kept`)."""
        return self._kept(parse_period(period), altered)[0]

    def _kept(self, p: Period, altered: set[int] | None) -> tuple[dict[str, Submission], list[tuple[ReceivedRow, str]]]:
        """`submissions`, and the kept versions that would count but are withheld, each with why
        (`why_withheld`: the row states another unit, period or approval than the document, the
        stored copy no longer bears its unit's signature, or an unsigned one is not the one the
        province accepted). The audit chain vouches for a stored
        copy only as far as the administrator who acknowledges its findings: a figure changed with
        sqlite3, its fingerprint hashed again, then acknowledged, passes `altered_received`; the
        unit's signature is what no one at the province can make again."""
        states = self._key_states()
        altered = self.store.altered_received(p.code) if altered is None else altered
        subs, withheld = {}, []
        accepted = None  # the unsigned versions accepted: read at the first one kept (most periods have none)
        for row, canonical, document in self.store.received_documents(p.code):
            if not key_trust(row, states)[1] or row.id in altered:
                continue
            sub = submission_from_json(canonical, document)
            if accepted is None and unsigned(row, sub):
                accepted = self.acceptances(p)
            reason = why_withheld(row, canonical, sub, accepted or set())
            if reason:
                withheld.append((row, reason))
            else:
                subs[row.unit_code] = sub
        return subs, withheld

    @collector_paused()
    def consolidation(self, period: str | Period, *, progress=None, cancelled=None) -> Consolidation:
        """Everything the consolidated outputs print, from the stored submissions. A kept version
        whose stored copy is not as the program stored it, or no longer bears its unit's signature,
        is not counted, and said so among the differences (and by its unit's status, "Bị từ chối"). An
        approved version is judged against the catalogue its approval was made under when the province
        published it (`HeldCatalogues.judging`), a draft against the current one."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        before = earlier_periods(p)
        with self.store.reading():  # what is checked is what is counted
            altered = self.store.altered_received(p.code, *(q.code for q in before))
            log = self.store.intake_log(run_period=p.code)  # the units' notes read it, and "Kết quả nhận tệp"
            subs, completeness, withheld = self._counted(p, altered, log)
            earlier = {q.code: self._kept(q, altered)[0] for q in before} if subs else {}
            lines = self._intake_lines(log)
            held = HeldCatalogues(self.store, self.catalog)
            catalogs = {code: held.judging(sub) for code, sub in subs.items()}
        return consolidate(p, self.catalog, self.settings, completeness, subs, lines, earlier, withheld, catalogs)

    @collector_paused()
    def checked_completeness(self, period: str | Period) -> Completeness:
        """Where each unit stands, as `consolidation` says it (a kept version whose stored copy no
        longer bears its unit's signature "Bị từ chối"), without recomputing anything: what
        `chitieu consolidate` prints when it writes no file."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        with self.store.reading():
            return self._counted(p, self.store.altered_received(p.code), self.store.intake_log(run_period=p.code))[1]

    def _counted(self, p: Period, altered: set[int], log: list[IntakeLogRow]) -> tuple[
            dict[str, Submission], Completeness, dict[str, tuple[str, ...]]]:
        """The kept submissions counted for `p` (`_kept`), the completeness (`log`: the intake log of
        the runs that received `p`), and unit code -> why its kept version is withheld (changed outside
        the program: `altered`; or its signature fails, `why_withheld`), which the consolidation says
        among the differences."""
        subs, held_back = self._kept(p, altered)
        not_signed = {r.unit_code: reason for r, reason in held_back}
        # the kept versions read again only when some were changed outside the program (seldom)
        changed = [r for r in self.store.received(p.code) if r.id in altered] if altered else []
        withheld = {r.unit_code: altered_reason(r.file_name) for r in changed} | not_signed
        completeness = _said_why(self._completeness(p, log, altered=altered | {r.id for r, _ in held_back}),
                                 not_signed)
        return subs, completeness, {code: (reason,) for code, reason in withheld.items()}

    def run_lines_now(self, run_id: int, results: Sequence[FileResult]) -> list[IntakeLine | None]:
        """For each of `results` (the files run `run_id` read, in its order), its log line with its key
        when read and now (`IntakeLine.key`), for the window's "Kết quả nhận tệp" after a key decision
        (walk 18, F6); None for a file whose line the log no longer holds as the program wrote it
        (changed outside the program: never shown as the register's). A run writes one line per file."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        with self.store.reading():
            lines = self._intake_lines(self.store.intake_log(run_id=run_id))
        waiting: dict[tuple[str, str | None], list[IntakeLine]] = {}
        for line in lines:
            waiting.setdefault((line.file_name, line.file_sha256), []).append(line)
        out = []
        for r in results:
            same = waiting.get((r.file_name, r.sha256 or None))
            out.append(same.pop(0) if same else None)
        return out

    def _intake_lines(self, log: list[IntakeLogRow]) -> list[IntakeLine]:
        """The log's lines, each with the key that signed its file as the register has it now, and
        as it was when the file was read (`desktop_app.core.keys.key_then_now`): a reason says what
        the key was then. A file refused for its key (`KEY_REFUSALS`) gets the unit's key in use
        instead (the file's own key is not recorded with the line); other refused files none. Each
        line with a stored version (received, found again, replaced since) carries that version's date of receipt."""
        register = self.store.unit_keys()
        held = held_keys(register)
        entries = {(k.unit_code, k.public_key): k for k in register}
        units: dict[str, list[UnitKey]] = {}
        for k in register:
            units.setdefault(k.unit_code, []).append(k)
        versions = {r.id: r for q in sorted({r.period for r in log if r.received_id})
                    for r in self.store.received(q, current_only=False)}
        first: dict[int, int] = {}  # a version's id -> the id of the first line naming it, which stored it
        for row in log:
            if row.received_id is not None and row.id is not None:
                first[row.received_id] = min(row.id, first.get(row.received_id, row.id))
        out = []
        for row in log:
            key, received_on, new, approved = None, None, False, None
            if row.received_id in versions:
                version = versions[row.received_id]
                approved = bool(version.approved)
                key, received_on = _file_key(version, row.at, entries, held), row_judged_on(version)
                # stored by this line, not found again: the version's first line, read when it was stored
                # (times to the second: a copy read in the same second found it)
                new = first.get(row.received_id) == row.id and version.received_at == row.at
            elif row.class_ in KEY_REFUSALS and row.unit_code:
                key = unit_key_then_now(units.get(row.unit_code, []), row.at)
            out.append(IntakeLine(**vars(row), key=key, received_on=received_on or None, new=new, approved=approved))
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
    # command line writes up to four files from one), and is refused while the history finds
    # changes made outside the program that no administrator has acknowledged
    # (`refuse_if_changed_outside`, `_refuse_before_writing`).
    @collector_paused()
    def export_xlsx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        self._refuse_before_writing(EXPORT_NAMES["xlsx"], consolidation)
        return write_consolidated(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_pdf(self, period, path, *, doc_number: str = "", report_date: dt.date | None = None,
                   consolidation: Consolidation | None = None) -> Path:
        """The report; its chart pages compare the period with the year's earlier ones, as the
        window's charts do (`chart_consolidations`, which keeps them between calls). Refused
        while no signer is named (`require_signer`)."""
        self.ws.require(Permission.EXPORT)
        self.require_signer()
        self._refuse_before_writing(EXPORT_NAMES["pdf"], consolidation)
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

    def refuse_if_changed_outside(self, what: tuple[str, str]) -> None:
        """Refuse to export `what` (Vietnamese, English) while `audit verify` finds changes made
        outside the program that no administrator has acknowledged, as the commune refuses its own
        exports (`desktop_app.core.workflow`). What was changed is not counted, but a file that
        leaves the province stands for a database someone has looked at; viewing the consolidation
        stays allowed. `chitieu consolidate` asks before it reads any file. `integrity.verify`
        walks the whole chain: 0,15 s at 3.321 units (`_refuse_before_writing`). What an acknowledgement does
        not clear (a backup locked or unreadable: `history.left_by_acknowledging`) is said in its own words, which
        say what to do, as the commune's refusals say it (b7dbba3), not "acknowledge"."""
        everything = self.ws.verify_history()
        found = [t.message for t in to_acknowledge(everything)]
        if not found:
            if everything:
                words = Words(" ".join(t.message for t in everything), " ".join(t.en or t.message for t in everything))
                raise ChangedOutside(f"Chưa xuất được {what[0]}: {words}", field="Lịch sử số liệu",
                                     en=f"The {what[1]} cannot be exported yet: {words.en}")
            return
        named, more = first_named(found)
        raise ChangedOutside(
            f"Chưa xuất được {what[0]}: lịch sử số liệu cho thấy cơ sở dữ liệu bị sửa ngoài chương trình (bằng công "
            f"cụ khác, không qua chương trình): {named}" + (f" (và {more} chỗ khác)" if more > 0 else "") + ". Báo "
            "cho Quản trị viên: xem hết các thay đổi (lệnh chitieu audit verify), đối chiếu với bản sao lưu hoặc hỏi "
            "lại đơn vị, rồi xác nhận đã kiểm tra (trong cửa sổ: liên kết «Xác nhận đã kiểm tra…» cuối dòng đỏ dưới "
            "tiêu đề; trên dòng lệnh: chitieu audit acknowledge, rồi thêm --yes với mã in dưới danh sách); sau đó "
            "mới xuất được. Bảng tổng hợp vẫn xem được.",
            field="Lịch sử số liệu",
            en=f"The {what[1]} cannot be exported yet: the data history shows the database was changed outside the "
               f"program (with another tool, not through the program){f' ({len(found)} changes)' if more > 0 else ''}"
               f"; in Vietnamese: {named}. Tell the administrator: list every change (the command chitieu audit "
               "verify), compare them with a backup or ask the unit, then acknowledge the check (in the window: the "
               "link “Acknowledge the check…” at the end of the red line under the header; on the command line: "
               "chitieu audit acknowledge, then --yes with the code printed under the list); then it can be exported. "
               "The summary can still be viewed.")

    def _refuse_before_writing(self, what: tuple[str, str], consolidation: Consolidation | None) -> None:
        """`refuse_if_changed_outside` before a file is written. The files one command writes from one
        consolidation (given: `chitieu consolidate --xlsx --pdf …`) are checked once while nothing the check
        reads has changed since it found nothing (`_history_seen`): its walk of the whole chain takes 0,15 s
        at 3.321 units, and what is checked again is the same database and backups. A check that found
        anything is never reused, nor one made for another consolidation."""
        seen = self._history_seen() if consolidation is not None else None
        done = self._found_nothing
        if seen is not None and done is not None and done[0] is consolidation and done[1] == seen:
            return
        self.refuse_if_changed_outside(what)
        self._found_nothing = (consolidation, seen) if seen is not None else None

    def _history_seen(self) -> tuple | None:
        """What the history's check reads, as a value that differs once any of it may have changed: the
        database (`Store.history_state`: another connection's commit, this one's writes, the chain's head)
        and each kept backup, its file and its journals by size, times and inode (another program writing
        or replacing one). Taken before the check: what changes while it runs changes it too. None inside a
        transaction (nothing to compare)."""
        db = self.store.history_state()
        if db is None:
            return None
        files = ("", "-wal", "-journal")
        return db, tuple((path, taken, automatic, *(_file_state(Path(f"{path}{end}")) for end in files))
                         for path, taken, automatic in kept_backups(self.store.path))

    @collector_paused()
    def export_dhis2(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        self._refuse_before_writing(EXPORT_NAMES["dhis2"], consolidation)
        return write_data_value_sets(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_adx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        self._refuse_before_writing(EXPORT_NAMES["adx"], consolidation)
        return write_adx(consolidation or self.consolidation(period), path)

    def dhis2_left_out(self, period, *, consolidation: Consolidation | None = None) -> list:
        """The counted units the DHIS2 and ADX files leave out (`exports.dhis2.left_out`: their key
        awaits confirmation), each a `UnitStatus` with its name, code and key code, for the command
        line and the window to say so."""
        return left_out(consolidation or self.consolidation(period))


# What each export is called in its refusal (Vietnamese as the window's buttons, English), by
# the name of its `chitieu consolidate` option
EXPORT_NAMES = {"xlsx": ("bảng tổng hợp Excel", "Excel summary table"), "pdf": ("báo cáo PDF", "PDF report"),
                "dhis2": ("tệp DHIS2", "DHIS2 file"), "adx": ("tệp ADX", "ADX file")}


def bears_its_signature(row: ReceivedRow, canonical: str, sub: Submission) -> bool:
    """Whether a stored signed version is still what its unit signed: its signature checked with the
    key the register vouched for (the row's, which `key_trust` judged; the document's own is inside
    the payload), over the document as stored with the SHA-256 of the report's stored text (computed
    as the file's fingerprint was; never the fingerprint column, which an edit hashes again). The
    same bytes checked already in this process (by intake, or an earlier consolidation) are not
    computed again (`verifies`): what was changed since is other bytes."""
    payload = signed_payload(sub, hashlib.sha256(canonical.encode("utf-8")).hexdigest())
    return verifies(row.public_key, payload, sub.signature)


def unsigned(row: ReceivedRow, sub: Submission) -> bool:
    """A version with no key nor signature anywhere (unsigned: counted once the province accepts it)."""
    return not (row.public_key or sub.public_key or sub.signature)


def why_withheld(row: ReceivedRow, canonical: str, sub: Submission, accepted: set[tuple[str, str, str]]) -> str:
    """Why a kept version that would count is withheld, "" when it counts: the row states
    otherwise than the document what counting takes from the row (`stated_otherwise`); a signed
    one no longer bears its unit's signature (`bears_its_signature`); an unsigned one is not one
    the province accepted as it is now (`accepted`: `acceptances`; `accepted_as_stored`): its row
    says accepted, which sqlite3 and an acknowledgement can make it say, the history's chained
    row of the acceptance is what they cannot write, and it names the whole version: a draft
    accepted, then relabelled approved in its row and document alike, is not the version accepted."""
    if stated_otherwise(row, sub):
        return stated_otherwise_reason(row, sub)
    if unsigned(row, sub):
        return "" if accepted_as_stored(row, canonical, sub, accepted) else unaccepted_reason(row, canonical)
    if not bears_its_signature(row, canonical, sub):
        return signature_fails_reason(row)
    return ""


def stated_otherwise(row: ReceivedRow, sub: Submission) -> bool:
    """Whether the row states another unit, period, approval or time made than its document.
    The signature covers the document, never the row, and counting takes these from the row: the
    unit and period a version counts for, and whether it is a draft (`_completeness`) and when it
    was made (the kept version's choice, lateness of a version received before dates were kept).
    A signed 6-month report copied with sqlite3 as its unit's year report, or one unit's report
    stored as another's, still bears its signature."""
    return ((row.unit_code, row.period, bool(row.approved), row.generated_at)
            != (sub.unit_code, sub.period, bool(sub.approved), sub.generated_at))


# What every reason a kept version is withheld for ends with: an acknowledgement does not make it
# count again, only the unit could sign it.
NOT_COUNTED = ("bản lưu đã bị sửa sau khi nhận, không tính vào tổng hợp, kể cả khi Quản trị viên đã xác nhận đã "
               "kiểm tra thay đổi ngoài chương trình. Khôi phục bản sao lưu có trước lần sửa, hoặc đề nghị đơn vị "
               "gửi lại báo cáo.")


def signature_fails_reason(row: ReceivedRow) -> str:
    """Why a unit's kept version whose stored copy fails its signature is not counted, and what the
    office can do."""
    key = f" (khóa mã {row.key_code})" if row.key_code else ""
    return f"Bản báo cáo đã lưu (tệp {row.file_name}) không còn khớp với chữ ký của đơn vị{key}: {NOT_COUNTED}"


def unaccepted_reason(row: ReceivedRow, canonical: str) -> str:
    """Why a kept unsigned version the province did not accept as it is now is not counted."""
    short = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
    return (f"Bản báo cáo chưa ký đã lưu (tệp {row.file_name}, mã xác thực {short}) được ghi là đã được tỉnh chấp "
            f"nhận, nhưng nhật ký thay đổi không có lần chấp nhận nào của bản này: {NOT_COUNTED}")


def stated_otherwise_reason(row: ReceivedRow, sub: Submission) -> str:
    """Why a kept version whose row states otherwise than its document (`stated_otherwise`) is not
    counted: what the row says and what the unit sent."""
    sent = "ký" if sub.signature else "gửi"
    if (row.unit_code, row.period) != (sub.unit_code, sub.period):
        said = (f"được lưu là báo cáo {_period_words(row.period)} của đơn vị mã {row.unit_code}, nhưng văn bản đơn "
                f"vị {sent} là báo cáo {_period_words(sub.period)} của {sub.unit_name[:80]} (mã {sub.unit_code[:20]})")
    else:
        said = (f"được lưu là {_approval_words(row.approved)} lập lúc {when_text(row.generated_at)}, nhưng văn bản "
                f"đơn vị {sent} là {_approval_words(sub.approved)} lập lúc {when_text(sub.generated_at)}")
    return f"Bản báo cáo đã lưu (tệp {row.file_name}) {said}: {NOT_COUNTED}"


def _period_words(code: str) -> str:
    """A period inside a sentence ("6 tháng đầu năm 2026"), or as stored when it names none."""
    try:
        return in_sentence(parse_period(code).name)
    except ChiTieuError:
        return f"kỳ {code[:40]}"


def _approval_words(approved) -> str:
    return "bản đã duyệt" if approved else "bản dự thảo"


def _said_why(completeness: Completeness, reasons: dict[str, str]) -> Completeness:
    """`completeness` with the reason of each unit in `reasons` (unit code -> reason) in place of
    the one it was given (`ProvinceOffice._completeness` words every withheld version as changed
    outside the program)."""
    if not reasons:
        return completeness
    return replace(completeness, units=[replace(u, reason=reasons[u.code]) if u.code in reasons else u
                                        for u in completeness.units])


def _file_state(path: Path) -> tuple | None:
    """A file as `_history_seen` compares it: size, modified and changed times, inode; None when it is not there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _file_key(version: ReceivedRow, at: str, entries: dict, held: set) -> KeyThenNow | None:
    """The key of a received version, when the file was read at `at` and now (none for a key the
    register does not hold: the province decided nothing on it)."""
    if not version.public_key:
        return unsigned_then_now(version.accepted_at, at)
    entry = entries.get((version.unit_code, version.public_key))
    return None if entry is None else key_then_now(entry, at, held=(entry.unit_code, entry.public_key) in held)
