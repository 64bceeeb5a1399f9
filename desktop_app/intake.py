"""Intake: the province reads a folder of e-mailed submission files and classifies each.

Each file is read by the one submission reader (`exports.submission_reader.examine`,
which `chitieu verify` uses too), then judged for the period being received, the
province's list of units and the register of the units' signing keys
(`desktop_app.core.keys`), then stored. The classes are `FileClass`:

- Hợp lệ: received (a draft, "Dự thảo", is received too and marked as such). A file signed
  by a key the register does not know yet registers it as "Chờ xác nhận": its figures count,
  marked, until the province confirms the key. An unsigned file (format 1, or format 2
  without a signature) is received as "Chưa ký" and counts only once accepted
  (`ProvinceOffice.accept_unsigned`);
- Trùng: the same unit and period as a submission already received. Of a unit's versions
  one is kept (`desktop_app.core.kept_version.choose`): one that counts, not one received once the
  unit's confirmed key had appeared and signed by another key (a replaced key still signing),
  not one signed by a key still pending where the province accepted an unsigned version of the
  unit and period after comparing it with the paper (received, listed, not counted over it until
  the key is confirmed, whatever the file's times; its line says so), approved rather than draft whatever their times (a draft made after the approval is received,
  not counted, and said so), signed by the unit's confirmed key, whose generation time is not after its receipt, among approved ones the
  last approved (its signed time of approval: an older approval exported again later does not
  replace the one that followed it, and says so), generated last, then by a
  fixed rule on its identity, never by file name. The others stay in the history; the same
  version (`version_id`: the whole signed document) read again changes nothing;
- Chữ ký không khớp: signed by another key than the unit's, or not signed while the unit's
  key is confirmed (refused);
- Khóa đã thu hồi: signed by a key the province revoked, the unit's or another unit's (refused;
  a line written before 5 December 2026 says "Chữ ký không khớp" of such a file);
- Đã bị sửa, Sai kỳ, Không phải tệp báo cáo, Phiên bản không hỗ trợ, Tệp hỏng: refused,
  with the reason.

Lateness is judged by the date of receipt: the batch's date when given (`received`), as
typed, never the file's own clock (a file saying it was made after it is named, to be checked);
else each file's modification date (when it was saved from the e-mail), which the sender can set
(a zip's entry), so never before the day the file's own signed time says it was made
(`judged_on`), nor after the day it is read, its reason saying so (`receipt_capped`). A file of a period that had not begun on
its date of receipt (capped at the day it is read) is refused as "Sai kỳ"
(`received_before_begun`): no unit has results of a period not begun. Excel's `~$` lock files, other
temporary files and hidden files are skipped and listed apart (`IntakeRun.skipped`;
`desktop_app.intake_folder` lists a folder's files).

Each file is stored whole or not at all (its key's registration, its received row, the switch of
the kept version and its log row together, in a savepoint of a batch's transaction:
`desktop_app.intake_batches`; their state sealed in the audit chain: db/integrity.py, which then
shows a stored report changed outside the program, and which the consolidation checks before
counting it), so a refused or interrupted file leaves nothing half-imported, and a folder can be
read again any number of times with the same outcome. Each log line records
its file's date of receipt, a refused file's too (the key register dates a key by it when none of
its files is stored). No file stops the others: whatever goes wrong while one file is read or
judged, it is refused ("Tệp hỏng", saying so) and the next is read. Only the database failing (a full disk, another program
writing) stops the run, whose row is finished all the same.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from db.rows import IntakeLogRow, ReceivedRow, now
from desktop_app.bulk import collector_paused
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.inbox_names import shared_pdf_note
from desktop_app.core.intake import (
    FROM_FILE,
    FROM_TYPED,
    FileClass,
    FileResult,
    IntakeRun,
    first_received_on,
    judged_on,
    late_on,
    later,
    not_begun_reason,
    receipt_capped,
    received_before_begun,
    row_judged_on,
    shown_name,
    vietnam_today,
    when_text,
    when_texts,
    with_code,
    workbook_stem,
)
from desktop_app.core.kept_version import (
    approved_later,
    awaiting_key_note,
    choose,
    older_approval_reason,
    preference,
)
from desktop_app.core.keys import (
    UNSIGNED,
    KeyDecision,
    KeyState,
    UnitKey,
    confirmed_key,
    held_keys,
    held_reason,
    judge,
    mismatch_reason,
    sharing,
    unsigned_reason,
)
from desktop_app.core.periods import (
    Period,
    PeriodRules,
    format_date,
    in_sentence,
    parse_period,
)
from desktop_app.core.recompute import check_values
from desktop_app.core.submission import SHORT_FINGERPRINT, Submission, document_json, version_id
from desktop_app.core.validation import clean_text
from desktop_app.core.words import Words
from desktop_app.intake_batches import (
    BATCH_FILES,
    BATCH_SECONDS,
    RUN_STOPS,
    FileRead,
    store_batch,
    unexpected,
)
from desktop_app.intake_catalogues import HeldCatalogues
from desktop_app.intake_folder import (
    another_kind,
    read_folder,
    receipt_date,
    scan_folder,  # noqa: F401 - desktop_app.copied_folder reads it from here
)
from desktop_app.intake_notes import (
    draft_after_approved_reason,
    not_kept_reason,
    pending_note,
    received_reason,
    replacing_reason,
    version_notes,
    version_text,
)
from desktop_app.intake_pdf import NO_PDF, PdfsBeside, checked_verdict
from desktop_app.intake_refused_notes import RefusedNotes
from desktop_app.kept_choice import (
    approved_at,
    held_of,
    kept_reason,
    key_states,
    names_in,
    reselect,
    version_of,
    vouched,
)
from exports.submission_reader import examine

Progress = Callable[[int, int, str], None]

def file_text(text: str, most: int = 80) -> str:
    """Text from inside a file (a unit's name, code or kind, a period) as a reason quotes it: as
    a file's name is shown (`shown_name`: a line break, a direction override as "?", so that it
    prints no line or words of its own), at most `most` characters, the rest left out as "…"."""
    text = shown_name(text)
    return text if len(text) <= most else text[:most] + "…"


class Intake:
    """Reads files into a province store. `catalog` gives the known units; `rules` the deadlines."""

    read_on: dt.date | None = None  # the day files are read; None: today in Vietnam (a test sets its own)

    def __init__(self, store, catalog, rules: PeriodRules, user: str):
        self.store = store
        self.catalog = catalog
        self.rules = rules
        self.user = user
        self.pdfs = PdfsBeside(store)  # the report PDF beside each file: checked, and recorded
        self.held = HeldCatalogues(store, catalog)  # the province's documents of the versions files name
        self.refused = RefusedNotes(self)  # what a refused file's line adds of whose it may be
        # this run's lines saying a pending key's figures count: (log id, file's result, its key)
        self.counted_lines: list[tuple[int, FileResult, str]] = []
        self.received_from = FROM_FILE  # the run's date of receipt: FROM_TYPED when given for the folder
        self.names: dict[Path, str] = {}  # the run's files' names in its folder (`FolderScan.names`)
        # period -> each file's (by its sha256) first date of receipt the log records (`_first_arrival`),
        # read at the run's first refused file of that period
        self._arrivals: dict[str, dict[str, str]] = {}

    def reading_day(self) -> dt.date:
        """The day the files are read: none was received after it."""
        return self.read_on or vietnam_today()

    def _receipt(self, path: Path, received: dt.date | None) -> tuple[dt.date, str]:
        """The file's date of receipt as stated (`receipt_date`), a modification date capped at the
        day it is read, with what the reason says of that (`receipt_capped`)."""
        day = receipt_date(Path(path), received)
        return (day, "") if received is not None else receipt_capped(day, self.reading_day())

    def read_file(self, path: Path, period: Period, received: dt.date | None = None
                  ) -> tuple[FileResult, Submission | None]:
        """Classify one file for `period` without writing anything: (result, submission if
        received so far; its key is judged when it is stored). `received`: the batch's date
        of receipt (default: the file's modification date)."""
        result, sub = examine(path)
        named = self.names.get(path)
        if named and named != path.name:  # a sub-folder's file, shown with its folder ("Xã Tân Cương/…xlsx")
            shown, base = shown_name(named), result.file_name
            result = replace(result, file_name=shown, reason=result.reason.replace(base, shown))
        day, said = self._receipt(path, received)
        # what every outcome says of the file, given with the rest of it (one `replace` a file: 9 µs each)
        read = dict(received_on=day.isoformat(), stated_on=day.isoformat(), receipt_said=said,
                    # a signed file `examine` read: its signature holds (else it is refused as changed)
                    signature_holds=True if sub is not None and sub.signed else result.signature_holds)
        if sub is None:
            return replace(result, **read), None
        name = result.file_name
        try:
            file_period = parse_period(sub.period)
        except ChiTieuError:
            return replace(result, **read, class_=FileClass.SAI_KY,
                           reason=f"Tệp {name} ghi kỳ báo cáo \"{file_text(sub.period, 40)}\" không hợp lệ."), None
        if sub.period != file_period.code:  # "2026-6m": a row the program would store apart, never counted
            return replace(result, **read, class_=FileClass.SAI_KY, reason=(
                f'Tệp {name} ghi mã kỳ "{file_text(sub.period, 40)}", không đúng cách phần mềm ghi '
                f"({file_period.code}): tệp không do phần mềm lập. Không nhận.")), None
        if file_period != period:
            return replace(result, **read, class_=FileClass.SAI_KY, reason=(
                f"Tệp {name} là báo cáo {with_code(in_sentence(file_period.name), file_period.code)} của "
                f"{file_text(sub.unit_name)}, không phải kỳ đang nhận "
                f"{with_code(in_sentence(period.name), period.code)}.")), None
        judged = judged_on(day.isoformat(), sub.generated_at, FROM_FILE if received is None else FROM_TYPED,
                           self.reading_day())
        early = received_before_begun(period, judged, self.reading_day(), self.rules)
        if early is not None:
            return replace(result, **read, class_=FileClass.SAI_KY,
                           reason=not_begun_reason(name, period, file_text(sub.unit_name), self.rules, early)), None
        try:
            unit = self.catalog.commune_by_code(sub.unit_code)
        except ChiTieuError:
            return replace(result, **read, class_=FileClass.KHONG_PHAI, reason=(
                f"Tệp {name} của đơn vị mã {file_text(sub.unit_code, 20)} ({file_text(sub.unit_name)}) không có "
                f"trong danh sách {len(self.catalog.communes)} xã, phường của tỉnh.")), None
        named = self._named_otherwise(sub, unit)
        if named:
            return replace(result, **read, class_=FileClass.DA_BI_SUA, reason=(
                f"Tệp {name} ghi đơn vị mã {sub.unit_code} là {named}, danh sách xã, phường của tỉnh ghi mã này là "
                f"{unit.name} ({unit.kind}): người đọc tệp sẽ thấy tên một đơn vị khác với đơn vị được tính. Tệp "
                "đã bị sửa hoặc không do phần mềm lập. Không nhận.")), None
        judging = self.held.judging(sub)  # an approved file: the catalogue its approval was made under
        problems = check_values(judging, judging.commune_by_code(sub.unit_code), sub)
        if problems:  # the commune's entry form would have refused them: not made by the program
            return replace(result, **read, class_=FileClass.DA_BI_SUA, reason=(
                f"Số liệu trong tệp {name} ({unit.name}) không hợp lệ: "
                + "; ".join(problem.rstrip(".") for problem in problems[:3])
                + ("; …" if len(problems) > 3 else "") + ". Phần mềm không cho nhập những số liệu này: tệp "
                "đã bị sửa hoặc không do phần mềm lập. Không nhận.")), None
        return replace(result, **{**read, "received_on": judged}, unit_name=unit.name,
                       late=late_on(judged, period, self.rules)), sub

    def _named_otherwise(self, sub: Submission, unit) -> str:
        """How the file names its unit ("Xã Đại Phúc" (phường)) when the catalogue names the unit
        of its code otherwise (the province's catalogue, or the one the file was made with when
        the province holds it: a unit renamed since keeps its earlier files); "" when it agrees."""
        stated = (sub.unit_name, sub.unit_kind)
        if stated == (clean_text(unit.name), unit.kind):
            return ""
        if self.held.units(sub.catalog_version).get(sub.unit_code) == stated:
            return ""
        return f'"{file_text(sub.unit_name)}" ({file_text(sub.unit_kind, 20)})'

    def store_file(self, run_id: int, result: FileResult, sub: Submission | None, pdf=None,
                   beside: tuple[str, str] = NO_PDF, note: str = "") -> FileResult:
        """Write one file's outcome in one transaction (or a savepoint of the run's batch:
        `desktop_app.intake_batches.store_one`), with `pdf`, the check of the PDF beside it
        (`PdfsBeside.check`), and `beside`, that PDF's name and SHA-256 as read (`PdfsBeside.found`), which
        its line records, and `note` said after its reason; returns the final result. The key register is read and written inside it,
        so two intakes at once cannot both register a unit's first key. What the file is judged by
        is read once, at the start: the unit's versions of the period and its keys, and the
        register's entries of the file's key for other units; within the transaction nothing
        but this file changes them (its key's registration, its version)."""
        store = self.store
        at = now()
        arrived = result.received_on or None  # this file's, before a copy received already takes its first's
        same = None
        with store.transaction():
            if result.class_ == FileClass.HOP_LE and sub is not None:
                versions = store.received(sub.period, unit_code=sub.unit_code, current_only=False)
                keys = store.unit_keys(sub.unit_code)
                same = self._received_before(sub, versions, keys)
                if same is not None:
                    result = replace(result, **self._again(result, sub, same, keys))
                else:
                    elsewhere = store.units_signed_by(sub.public_key, sub.unit_code) if sub.signed else []
                    result, keys = self._check_key(result, sub, at, keys, elsewhere)
                    if result.class_ == FileClass.HOP_LE:
                        decided = self._decide(result, sub, at, versions, keys, elsewhere, pdf)
                        if decided["class_"] == FileClass.HOP_LE and sub.signed and result.key_state == KeyState.CHO:
                            decided["held"] = self._held(sub, keys, elsewhere)
                        result = replace(result, **decided)  # one `replace`: 9 µs each
            if pdf is not None and result.received_id is not None:
                result = self.pdfs.record(result, pdf)
                if same is not None and names_in(pdf):  # its signed paper, sent after it: may replace (U25 F3)
                    result = self._kept_for_its_paper(result, sub, same, names_in(pdf))
            if note:  # its PDF shared with other workbooks: checked with none
                result = replace(result, reason=f"{result.reason} {note}".lstrip())
            if not result.accepted:
                result = self._first_arrival(self.refused.noted(result))
                arrived = result.received_on or None
            log_id = store.add_intake_log(IntakeLogRow(
                None, run_id, at, result.file_name, result.sha256 or None, result.size,
                result.class_, result.reason, result.unit_code or None, result.period or None,
                result.fingerprint or None, result.received_id, arrived, *beside,
                checked_verdict(pdf, result.received_id, beside)))
        if sub is not None and sub.signed and pending_note(sub.key_code, sub.unit_code) in result.reason:
            self.counted_lines.append((log_id, result, sub.public_key))
        return result

    def _kept_for_its_paper(self, result: FileResult, sub: Submission, same: ReceivedRow,
                            names: tuple[str, str]) -> FileResult:
        """A version received before without the signed report PDF that names the approval it replaces, read
        again with it (`kept_choice.names_in`): the kept version chosen again, and said when it is now this one."""
        before = next((v for v in self.store.received(sub.period, unit_code=sub.unit_code, current_only=False)
                       if v.current), None)
        after = reselect(self.store, sub.unit_code, sub.period)
        if after is None or before is None or after.id != same.id or before.id == same.id:
            return result
        why = kept_reason(self.store, sub.unit_code, sub.period, after, before)
        return replace(result, kept=True, reason=(
            f"{result.reason} Báo cáo PDF ký số gửi kèm ghi bản này thay thế bản mã {names[0][:SHORT_FINGERPRINT]}: tỉnh "
            f"giữ bản này, tính vào tổng hợp thay {version_text(before)}. {why}."))

    def _first_arrival(self, result: FileResult) -> FileResult:
        """A refused file dated (its line too), and judged late, by the day the same file (sha256) first
        arrived when the log records an earlier one (`arrived_on`), as a file received before is (`_again`):
        a file received on 18/06, its key revoked since, read with 22/06 typed said "trễ hạn" (walk h8, #3)."""
        if not result.sha256 or not result.period or not result.received_on:
            return result
        if result.period not in self._arrivals:
            first: dict[str, str] = {}
            for line in self.store.intake_log(period=result.period):
                if line.file_sha256 and line.arrived_on:
                    first[line.file_sha256] = min(line.arrived_on, first.get(line.file_sha256, line.arrived_on))
            self._arrivals[result.period] = first
        arrivals = self._arrivals[result.period]
        day = arrivals.get(result.sha256)
        if day is None or day >= result.received_on:
            arrivals[result.sha256] = result.received_on  # a copy later in the run: this line is its first
            return result
        said = f" Cùng tệp này đã đến lần đầu ngày {format_date(dt.date.fromisoformat(day))}: ngày nhận tính theo ngày đó."
        return replace(result, received_on=day, reason=result.reason + said,
                       late=result.late and late_on(day, parse_period(result.period), self.rules))

    @staticmethod
    def _held(sub: Submission, keys: list[UnitKey], elsewhere: list[UnitKey]) -> bool:
        """Whether the file's key, pending for its unit, is held: it signs another unit's file too
        (`held_keys`, over this key's entries only: the unit's `keys` and the key's entries for
        other units, `elsewhere`), and the version counts for neither."""
        return (sub.unit_code, sub.public_key) in held_keys([*keys, *elsewhere])

    def _correct_lines(self, run: IntakeRun) -> None:
        """A later file of the run found a key the run's earlier lines said counted (a unit's
        first key, pending) to sign for another unit too: their figures count for neither unit
        now, and those lines, in the log and the run's results, say so (inside the caller's
        transaction)."""
        if not self.counted_lines:
            return
        held = held_keys(self.store.unit_keys())
        fixed: dict[tuple[int | None, str], str] = {}
        for log_id, result, public_key in self.counted_lines:
            unit, code = result.unit_code, result.key_code
            if (unit, public_key) not in held:
                continue
            others = sharing(self.store.units_signed_by(public_key, unit),
                             UnitKey(None, unit, public_key, code, KeyState.CHO.value, ""))
            reason = result.reason.replace(pending_note(code, unit), (
                f" Khóa ký mã {code} của đơn vị chưa được xác nhận. "
                + held_reason(code, unit, result.unit_name, others, self.unit_name)))
            self.store.set_intake_reason(log_id, reason)
            fixed[(result.received_id, result.reason)] = reason
        self.counted_lines = []
        run.results[:] = [replace(r, reason=fixed[(r.received_id, r.reason)], held=True)
                          if (r.received_id, r.reason) in fixed else r for r in run.results]

    def _check_key(self, result: FileResult, sub: Submission, at: str, keys: list[UnitKey],
                   elsewhere: list[UnitKey]) -> tuple[FileResult, list[UnitKey]]:
        """The register's word on the file's key: registered or accepted (with its state),
        or refused as "Khóa đã thu hồi" (a key the province revoked) or "Chữ ký không khớp"; and
        the unit's `keys` after it (with the key it registered). `elsewhere`: the register's
        entries of the file's key for other units."""
        if not sub.signed:
            confirmed = confirmed_key(keys)
            if confirmed is not None:
                return replace(result, class_=FileClass.CHU_KY_KHONG_KHOP, key_state=UNSIGNED,
                               reason=unsigned_reason(result.file_name, result.unit_name, confirmed,
                                                      sub.unit_code)), keys
            return replace(result, key_state=UNSIGNED), keys
        decision, active, known = judge(keys, sub.public_key, elsewhere)
        code = sub.key_code
        if decision in (KeyDecision.REGISTER, KeyDecision.CANDIDATE):
            key = UnitKey(None, sub.unit_code, sub.public_key, code, KeyState.CHO.value, at, result.file_name)
            keys = [*keys, replace(key, id=self.store.add_unit_key(key))]  # as the register now reads (oldest first)
            self.refused.forget()
            self.store.audit(self.user, "key_register", commune=sub.unit_code, period=sub.period,
                             field="key_code", new=code if decision == KeyDecision.REGISTER
                             else f"{code} (khóa khác khóa của đơn vị {active.key_code}; tệp bị từ chối)")
            # the key of another unit too: that unit's pending entry is held from now on, whichever came first
            # (its entry for this unit is not among `elsewhere`, the entries for other units)
            for other in sorted({k.unit_code for k in elsewhere}):
                for period in sorted({r.period for r in self.store.received(unit_code=other, current_only=False)}):
                    reselect(self.store, other, period)
        if decision == KeyDecision.REGISTER:
            return replace(result, key_state=KeyState.CHO.value), keys
        if decision == KeyDecision.ACCEPT:
            return replace(result, key_state=active.state), keys
        active_others = sharing(self.store.units_signed_by(active.public_key, sub.unit_code), active) if active else []
        revoked = known is not None and known.state == KeyState.THU_HOI  # the unit's, or revoked for another unit
        known_others = sharing(self.store.units_signed_by(known.public_key, sub.unit_code), known) if revoked else []
        return replace(result, class_=FileClass.KHOA_THU_HOI if revoked else FileClass.CHU_KY_KHONG_KHOP,
                       key_state=(known.state if known else KeyState.CHO),
                       reason=mismatch_reason(result.file_name, result.unit_name, code, active, known, sub.unit_code,
                                              active_others, self.unit_name, known_others)), keys

    def _received_before(self, sub: Submission, versions: list[ReceivedRow], keys: list[UnitKey]) -> ReceivedRow | None:
        """The version already received that this file is (the same signed document; `versions`:
        its unit's of the period, `keys`: the unit's keys), unless the key that signed it was
        revoked since: the register refuses that one again."""
        vid = version_id(sub)
        same = next((v for v in versions if v.version_id == vid), None)
        if same is None or not same.public_key:
            return same
        state = key_states(self.store, sub.unit_code, keys).get(same.public_key)
        return None if state == KeyState.THU_HOI else same

    def _again(self, result: FileResult, sub: Submission, same: ReceivedRow, keys: list[UnitKey]) -> dict:
        """A file already received (another e-mail of it, the folder read again): nothing is
        stored; it is judged as it was the first time, by the day it first arrived, whatever
        became of its key since (a replaced key's versions stay counted)."""
        p = parse_period(sub.period)
        stated = same.received_on or result.stated_on
        day = row_judged_on(same) if same.received_on else judged_on(stated, same.generated_at, self.received_from,
                                                                  self.reading_day())
        first = f"nhận ngày {format_date(dt.date.fromisoformat(day))}" if same.received_on else \
            f"đọc lúc {when_text(same.received_at)}"
        return dict(class_=FileClass.TRUNG, kept=bool(same.current), received_id=same.id, stated_on=stated,
                    received_on=day, late=late_on(day, p, self.rules), key_state=self._state_of(same, keys),
                    reason=(f"Đã nhận trước đó chính tệp này ({first}): {result.unit_name}, {in_sentence(p.name)}, mã xác "
                            f"thực {result.fingerprint[:16]}. Không nhập lại."
                            if same.file_name == result.file_name else  # the folder read again (walk 29, L5)
                            f"Đã nhận trước đó: {result.unit_name}, {in_sentence(p.name)}, mã xác thực {result.fingerprint[:16]} "
                            f"(tệp {same.file_name}, {first}). Không nhập lại."))

    def _state_of(self, row: ReceivedRow, keys: list[UnitKey]) -> str:
        if not row.public_key:
            return UNSIGNED
        return key_states(self.store, row.unit_code, keys).get(row.public_key, "")

    def _decide(self, result: FileResult, sub: Submission, at: str, versions: list[ReceivedRow],
                keys: list[UnitKey], elsewhere: list[UnitKey], pdf=None) -> dict:
        """Store the file as a new version of its unit and period (`_received_before` found
        it is not one among `versions`, those already received), and keep the best version; the
        changes to `result`. `keys`: the unit's keys, `elsewhere`: the register's entries of the
        file's key for other units (`store_file` read them, in this transaction)."""
        store = self.store
        p = parse_period(sub.period)
        vid = version_id(sub)
        short = result.fingerprint[:16]
        row = ReceivedRow(
            None, sub.unit_code, sub.period, result.fingerprint, sub.generated_at, at, result.file_name,
            result.sha256, int(sub.approved), FileClass.HOP_LE, "", sub.catalog_version, 0,
            version_id=vid, public_key=sub.public_key, key_code=sub.key_code,
            received_on=result.stated_on or result.received_on, received_from=self.received_from)
        document = document_json(sub)
        row = replace(row, id=store.add_received(row, sub.canonical.decode("utf-8"), document))
        states = key_states(store, sub.unit_code, keys)
        held = held_of(store, sub.unit_code, keys, {sub.public_key: elsewhere})
        confirmed, checked = confirmed_key(keys), vouched(versions, states)
        approvals = {**{v.id: approved_at(store, v) for v in versions}, row.id: approved_at(store, row, document)}
        previous = next((v for v in versions if v.current), None)
        names = {row.id: names_in(pdf)}  # what its signed PDF, recorded after this, says it replaces (walk U25 F3)
        seen = {v.id: version_of(v, states, held, store, confirmed, checked, approvals[v.id], names.get(v.id))
                for v in [*versions, row]}
        best = choose(list(seen.values()))
        store.set_kept_version(sub.unit_code, sub.period, best.id if best else None)
        kept = best is not None and best.id == row.id
        on_time = first_received_on(row, [v for v in versions if seen[v.id].counted])
        keeper = None if kept or previous is None else next(v for v in versions if v.id == best.id)
        draft_after = (keeper is not None and keeper.approved and not sub.approved
                       and later(sub.generated_at, keeper.generated_at))  # received, not counted: said once
        notes = version_notes(self, result, sub, p, previous if kept else None, on_time, bool(versions) and not (
            kept and best.replaced), elsewhere=elsewhere, not_counted=draft_after)  # kept for its signed line (U25)
        notes += f" {result.receipt_said}" if result.receipt_said else ""
        if seen[row.id].awaits_key:  # not counted over the version the province checked: its key first
            notes = notes.replace(pending_note(sub.key_code, sub.unit_code),
                                  awaiting_key_note(sub.key_code, sub.unit_code,
                                                    best.key_code if best.replaced_key else ""))

        def why(v: ReceivedRow) -> str:  # why `best` is kept rather than `v` (its key held or not)
            return preference(best, version_of(v, states, store=store, confirmed=confirmed, vouched_for=checked,
                                               approval=approvals[v.id], names=names.get(v.id)))

        decided = dict(new=True, kept=kept, received_id=row.id)
        if previous is None:
            return dict(decided, class_=FileClass.HOP_LE, reason=received_reason(result.unit_name, p, short, notes))
        # the two files' times, with their seconds when they read the same to the minute
        mine, theirs = when_texts(sub.generated_at, (previous if kept else keeper).generated_at)
        this = f"lập lúc {mine}"
        if kept:  # received, and now the unit's version: a correction, or approved after a draft
            return dict(decided, class_=FileClass.HOP_LE, reason=replacing_reason(
                result.unit_name, p, previous, why(previous), this, short, notes, theirs))
        if draft_after:
            return dict(decided, class_=FileClass.TRUNG,
                        reason=draft_after_approved_reason(result.unit_name, p, this, short, keeper, notes, theirs))
        if approved_later(best, seen[row.id]):  # an older approval exported again: said so, with both times
            return dict(decided, class_=FileClass.TRUNG,
                        reason=older_approval_reason(best, keeper.fingerprint[:16], seen[row.id], short, notes))
        return dict(decided, class_=FileClass.TRUNG,
                    reason=not_kept_reason(keeper, why(row), this, notes, theirs))

    def unit_name(self, code: str) -> str:
        try:
            return self.catalog.commune_by_code(code).name
        except ChiTieuError:
            return code

    def _read_one(self, path: Path, p: Period, received: dt.date | None, pdf: bool, note: str = "") -> FileRead:
        """Read and judge one file, writing nothing; whatever fails unexpectedly (but the disk or the
        database) refuses it, with the reason, and the run goes on. `note`: said after its reason."""
        result = None
        try:
            result, sub = self.read_file(path, p, received)
            check = self.pdfs.check(path, sub) if pdf and sub is not None else None
            return FileRead(path, pdf, result, sub, check, self.pdfs.found(path, check) if pdf else NO_PDF, note)
        except RUN_STOPS:
            raise
        except Exception as err:  # noqa: BLE001 - one file never stops a folder
            failed = unexpected(path, err, result)
            if result is None:  # read nothing of it: dated all the same, as every file of the run
                failed = replace(failed, received_on=self._receipt(path, received)[0].isoformat())
            return FileRead(path, pdf, failed, None, None, self.pdfs.found(path, None) if pdf else NO_PDF, note)

    @collector_paused()
    def run(self, folder: str | Path, period: str | Period, *, received: dt.date | None = None,
            progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
            on_result: Callable[[FileResult], None] | None = None) -> IntakeRun:
        """Read every file of `folder` for `period`. `received`: the batch's date of receipt
        (default: each file's modification date). `on_result` is called for each file once it is
        stored, its batch committed, some `BATCH_SECONDS` after it was read at most (the window adds a
        row for it then: never one of a file the database does not hold)."""
        p = parse_period(period)
        scan = read_folder(folder)  # its sub-folders' files too, named with their folder
        files, skipped, companions, self.names = scan.files, scan.skipped, scan.companions, scan.names
        self.pdfs.names = scan.names  # a PDF named as its workbook is, with its sub-folder
        with self.store.transaction():
            run_id = self.store.add_intake_run(str(Path(folder).absolute()), p.code, self.user)  # found from anywhere
        run = IntakeRun(run_id, str(Path(folder).absolute()), p.code, skipped=[shown_name(n) for n in skipped],
                        other_kinds=sum(map(another_kind, skipped)),
                        companions=[shown_name(n) for n in companions],
                        shared_pdfs=sorted({shown_name(pdf) for pdf, _ in scan.shared.values()}),
                        unread=[(shown_name(n), why) for n, why in scan.unread],
                        received_on=received.isoformat() if received else "")
        total = len(files)
        self.counted_lines = []
        self._arrivals = {}
        self.received_from = FROM_FILE if received is None else FROM_TYPED
        # the submission files a report PDF was e-mailed beside (by the folder's listing: no look
        # for a PDF beside each of 3.321 files)
        beside = {workbook_stem(name) for name in companions}
        batch: list[FileRead] = []  # files read, not stored yet: stored together (`BATCH_SECONDS`)
        started = time.monotonic()
        try:
            for n, path in enumerate(files):
                if cancelled and cancelled():
                    run.cancelled = True
                    break
                if progress:
                    progress(n, total, Words(f"Đang đọc {path.name} ({n + 1}/{total})",
                                             f"Reading {path.name} ({n + 1}/{total})"))
                name = scan.name(path)  # a PDF that goes as well with another workbook: checked with neither
                shared = scan.shared.get(name)
                batch.append(self._read_one(path, p, received, workbook_stem(name) in beside and shared is None,
                                            str(shared_pdf_note(*shared)) if shared else ""))
                if len(batch) >= BATCH_FILES or time.monotonic() - started >= BATCH_SECONDS:
                    batch, done = [], batch
                    store_batch(self, run_id, done, run, on_result)
                    started = time.monotonic()
            batch, done = [], batch
            store_batch(self, run_id, done, run, on_result)
        except BaseException:
            if batch:  # read before the run stopped (the disk failing, the program interrupted): kept if
                with contextlib.suppress(Exception):  # they can be; the run's own error is the one said
                    store_batch(self, run_id, batch, run, on_result)
            # Not finished: the run's record says it "stopped before its end", as after a power cut,
            # not "finished, N files" over a folder a full disk stopped at its 65th of 92 (red-team R25 F3).
            raise
        accepted = sum(r.accepted for r in run.results)
        with self.store.transaction():
            self._correct_lines(run)
            self.refused.found_later(run)
            self.store.finish_intake_run(run_id, len(run.results), accepted,
                                         len(run.results) - accepted, run.cancelled)
        if progress:
            progress(len(run.results), total, Words(run.summary_text, f"Read {len(run.results)} of {total} files."))
        return run
