"""Province mode: the same application, run by the province office on its own database.

It never holds commune entries. It receives the communes' submission files
(`desktop_app.intake`), shows who has sent, who is late and who is missing
(`ProvinceOffice.checked_completeness`), consolidates the received figures into one model
(`Consolidation`) that the exports write as a workbook shaped like Phụ lục 2, a
Decree-30 summary report, DHIS2 and ADX files, and edits and publishes the catalogue
(`desktop_app.catalog_update`). Qt-free: the window and the CLI call the same methods.
Its jobs of their own are mixins in modules of their own: the register of the units'
signing keys (`desktop_app.key_register`) and the consolidated report with the files
written from it (`desktop_app.province_reports`).
"""
from __future__ import annotations

import contextlib
import datetime as dt
from typing import Callable

from desktop_app.core.catalog import Catalog
from desktop_app.core.consolidation import (
    DEFAULT_ISSUER,
    Completeness,
    Consolidation,
    ProvinceSettings,
    ReportStatus,
    UnitStatus,
)
from desktop_app.core.errors import ChangedOutside, InvalidInput, NotPermitted
from desktop_app.core.intake import (
    KEY_REFUSALS,
    REFUSED,
    FileClass,
    FileResult,
    IntakeRun,
    check_received,
    code_in_file_name,
    first_received,
    is_late,
    judged_from,
    kept_note,
    late_on,
    row_judged_on,
    vietnam_today,
)
from desktop_app.core.keys import (
    TYPE_PAPER_CODE, KeyState, UnitKey, confirm_command, held_reason, shared_note, sharing)
from desktop_app.core.periods import Period, PeriodRules, parse_period
from desktop_app.core.refused_before import READ_FOLDER, RefusedFile, file_dated, signed_by, still_refused
from desktop_app.core.settings import parse_doc_prefix
from desktop_app.core.submission import doc_symbol
from desktop_app.core.users import Permission
from desktop_app.core.validation import clean_text, parse_name, parse_signer_title
from db.rows import IntakeLogRow, ReceivedRow
from desktop_app.database_mode import MODE_COMMUNE, MODE_KEY, MODE_PROVINCE, mode_of
from desktop_app.intake import Intake
from desktop_app.intake_notes import altered_reason, draft_note, first_receipt_note, kept_dated
from desktop_app.kept_again import choose_again
from desktop_app.key_note import key_note  # noqa: F401 - `chitieu verify` reads it from here
from desktop_app.key_register import KeyRegisterActions, by_public_key, key_trust
from desktop_app.key_revoking import KeyRevoking
from desktop_app.province_reports import ReportActions
from desktop_app.recorded_run import RecordedRun, recorded_run
from desktop_app.services import Workspace

# What receiving is called in a refusal (the permissions are named for a commune's): it needs
# the officer's right to enter figures (the key register's decisions: `key_register.CONFIRMING`).
RECEIVING = ("nhận báo cáo của các xã, phường", "receive the communes' reports")


class ProvinceOffice(KeyRegisterActions, KeyRevoking, ReportActions):
    """The province's database and its actions (wraps a Workspace for accounts and settings)."""

    def __init__(self, workspace: Workspace, *, choose: bool = True):
        """`choose`: the kept versions chosen again once after an upgrade (`choose_again`); not
        on a worker's connection (the office it is made from did it)."""
        self.ws = workspace
        self._started_from: Workspace | None = None  # a worker's: the window's workspace it was made from
        # The charts' other periods: period code -> (what its consolidation was made from, it)
        self._charted: dict[str, tuple[tuple, Consolidation]] = {}
        if choose and self.is_set_up:  # once after an upgrade: the kept versions chosen by the current rule
            # Not while the history has rows added outside the program: the window opens (and says
            # so) for them to be acknowledged, and the versions are chosen on the next opening.
            with contextlib.suppress(ChangedOutside):
                choose_again(self.store, self.ws.user)

    @classmethod
    def open(cls, data_dir=None, user: str | None = None) -> "ProvinceOffice":
        return cls(Workspace.open(data_dir, user))

    def close(self) -> None:
        self.ws.close()

    def for_thread(self) -> "ProvinceOffice":
        """The same office on a connection of its own, for a worker thread, acting for the person
        logged in here while they stay logged in here (`intake` stops once they log out)."""
        worker = ProvinceOffice(self.ws.for_thread(), choose=False)
        worker._started_from = self.ws
        return worker

    def _left(self) -> bool:
        """Whether the person this worker acts for has logged out of the workspace it was made from
        (or another person logged in there): nothing more is received in their name."""
        origin = self._started_from
        if origin is None:
            return False
        now_in, mine = origin.account, self.ws.account
        return (now_in.username if now_in else None) != (mine.username if mine else None)

    @property
    def store(self):
        return self.ws.store

    @property
    def catalog(self) -> Catalog:
        return self.ws.catalog

    # --- mode and settings ----------------------------------------------------------------
    @property
    def is_set_up(self) -> bool:
        return mode_of(self.store) == MODE_PROVINCE

    def setup(self, preparer: str | None = None, signer: str | None = None, signer_title: str = "Phó Chủ tịch",
              doc_prefix: str = "UBND", issuer: tuple[str, str] | None = None,
              recipient: str | None = None) -> ProvinceSettings:
        """Choose province mode (first run or Settings), and who prepares and signs.

        A name None is kept as saved (`chitieu consolidate` choosing the mode, `province-setup`
        without --preparer); an empty one removes it, which Tệp › Cài đặt… could not do (a person
        who left kept their name on every report): no preparer is printed blank, and with no
        signer the PDF report is not written until one is named (the window's export says so),
        as before any was typed. A name given is checked (`parse_name`, the field named)."""
        self.ws.require(Permission.SETTINGS)
        mode = mode_of(self.store)
        if mode == MODE_COMMUNE:
            raise InvalidInput(
                "Cơ sở dữ liệu này đang dùng cho một xã, phường (đã có số liệu, đã chọn đơn vị hoặc đã nhập bản cập "
                "nhật bộ chỉ tiêu của tỉnh); "
                "chế độ cấp tỉnh dùng cơ sở dữ liệu riêng. Hãy chạy với --data-dir THƯ_MỤC_KHÁC.",
                field="Chế độ")
        prefix = clean_text(doc_prefix) or "UBND"
        if prefix != self.store.settings().get("doc_prefix"):  # a new one typed (the window passes the stored one)
            prefix = parse_doc_prefix(doc_prefix) or "UBND"
        values = {MODE_KEY: MODE_PROVINCE, "doc_prefix": prefix,
                  "signer_title": parse_signer_title(signer_title)}
        for key, name, label, label_en in (("preparer", preparer, "Người lập biểu", "Prepared by"),
                                           ("signer", signer, "Người ký", "Signed by")):
            if name is not None:
                values[key] = parse_name(name, label, label_en) if clean_text(name).strip() else ""
        if issuer:
            lines = [clean_text(t).upper() for t in issuer if clean_text(t)]
            if len(lines) != 2:
                raise InvalidInput("Cơ quan ban hành: ghi hai dòng, ví dụ ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN.",
                                   field="Cơ quan ban hành")
            values["province_issuer"] = lines
        if recipient:
            values["province_recipient"] = clean_text(recipient)
        self.ws._write_settings(values)
        return self.settings

    @property
    def settings(self) -> ProvinceSettings:
        s = self.store.settings()
        rules = s.get("period_rules")
        issuer = s.get("province_issuer") or DEFAULT_ISSUER
        return ProvinceSettings(
            issuer=tuple(issuer), preparer=s.get("preparer", ""), signer=s.get("signer", ""),
            signer_title=s.get("signer_title", "Phó Chủ tịch"),
            doc_symbol=doc_symbol(s.get("doc_prefix", "UBND")),
            recipient=s.get("province_recipient") or ProvinceSettings.recipient,
            rules=PeriodRules(**rules) if rules else PeriodRules(),
        )

    def _require_province(self) -> None:
        if not self.is_set_up:
            raise NotPermitted("Cơ sở dữ liệu này chưa ở chế độ cấp tỉnh. Chạy: chitieu --data-dir THƯ_MỤC "
                               "province-setup (hoặc chọn \"Cấp tỉnh\" khi mở lần đầu).", field="Chế độ")

    # --- intake ----------------------------------------------------------------------------
    def intake(self, folder, period: str | Period, *, received: dt.date | None = None, progress=None,
               cancelled=None, on_result: Callable[[FileResult], None] | None = None) -> IntakeRun:
        """Nhận báo cáo từ thư mục: read and classify every file of `folder`. `received` is the
        batch's date of receipt, which lateness is judged by (default: each file's
        modification date, the day it was saved from the e-mail; never before the day the file
        says it was made, nor after the day it is read).

        The run's commits are not each flushed to the disk (`Store.bulk_writes`): a power
        cut may lose files read in it, never corrupt the database, and reading the folder
        again restores them (intake is idempotent).

        On a worker's office (`for_thread`) the run stops between files, as if cancelled, once its
        person has logged out of the window's workspace: the files read stay received, no file is
        received after in the name of someone gone (walk U3: a reading went on, unseen, after
        its window closed, while the next person's window showed a half-read folder)."""
        self._require_province()
        self.ws.require(Permission.ENTER, RECEIVING)
        p = parse_period(period)
        if received is not None:
            check_received(received, vietnam_today())
        intake = Intake(self.store, self.catalog, self.settings.rules, self.ws.user)
        with self.store.bulk_writes():
            return intake.run(folder, p, received=received, progress=progress,
                              cancelled=lambda: self._left() or bool(cancelled and cancelled()),
                              on_result=on_result)

    def last_run(self, run_id: int | None = None) -> tuple[str, str] | None:
        """(mark, period code) of the last folder read, in a window or by the command line, or of run
        `run_id`; None before any. The mark is the run's id and start time: a database restored from a
        backup, or set up again in its folder, numbers its runs again from lower ids (red-team 30 F3).
        Only a run's row as the program wrote it (`Store.last_intake`, checked against the audit
        chain): one inserted with sqlite3 is passed over, and None when the last run's row was changed
        or deleted outside the program (its period not known): such rows opened the window on the
        period they named, or on the reading before, as the folder read last."""
        row = self.store.last_intake(run_id)
        return (f"{row[0]} {row[1]}", row[2]) if row else None

    def recorded_run(self, period: str | Period, seen: RecordedRun | None = None) -> RecordedRun:
        """The last folder read for `period`, wherever and by whomever, as its records keep it (its
        files are never read again): what "Kết quả nhận tệp" shows of a folder the window did not
        read (`desktop_app.recorded_run`); its `run` None when none was. `seen` itself when nothing
        was read for the period or written since it was read (`Store.intake_mark`): a window's
        refresh checks the chain again only then (10.000 files' lines: 0,3 s, at every refresh)."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        with self.store.reading():  # the run, its lines and the register of one moment
            if seen is not None and seen.mark == self.store.intake_mark(p.code):
                return seen
            found = self.store.period_reading(p.code)
            lines = self._intake_lines(found.lines)
            user = (found.row[4] or "") if found.row and found.as_written else ""
            account, register = self.store.user(user), self.store.unit_keys()
        by = f"{account.full_name} ({account.username})" if account and account.full_name else user
        known = self.catalog.commune_codes()
        return recorded_run(found, p.code, lines, by=by, register=register, rules=self.settings.rules,
                            unit_name=lambda code: self._name(code) if code in known else "")

    # --- completeness ------------------------------------------------------------------------
    def _completeness(self, period: str | Period, run_log: list[IntakeLogRow], *,
                      altered: set[int] | None = None) -> Completeness:
        """Where each unit stands, as far as the stored rows say it: `checked_completeness` (and the
        consolidation) build on this with `altered` grown by the kept versions whose signature no
        longer covers the stored copy, which this does not check; private so that nothing asks it
        alone and counts a forged version. Its kept version (counted, marked when its key is still
        pending; "Chưa ký" when it is unsigned and not accepted yet; "Chờ tỉnh đối chiếu khóa"
        when its key signs for another unit too and is still pending; noted when a draft made
        after its approved version came in, not counted; "Bị từ chối" when its stored copy was
        changed outside the program, `altered`: `Store.altered_received`, found here when not
        given), the refusal of its last file, or nothing received. `run_log`: the intake log of the runs
        that received the period (`Store.intake_log(run_period=…)`), which the consolidation prints too."""
        self._require_province()
        p = parse_period(period)
        rules = self.settings.rules
        states, register = self._key_states(), self.store.unit_keys()
        by_key = by_public_key(register)
        keys_of: dict[str, list[UnitKey]] = {}  # each unit's: its notes look through these, not all units' keys
        for k in register:
            keys_of.setdefault(k.unit_code, []).append(k)
        versions = self.store.received(p.code, current_only=False)
        altered = self.store.altered_received(p.code) if altered is None else altered
        received = {r.unit_code: r for r in versions if r.current}
        revoked = {r.unit_code: r for r in versions if not r.current}  # only revoked ones when none kept
        counted_of: dict[str, list[ReceivedRow]] = {}
        for v in versions:
            if key_trust(v, states)[1] and v.id not in altered:
                counted_of.setdefault(v.unit_code, []).append(v)
        refusals: dict[str, list[IntakeLogRow]] = {}
        for log in self._refusals(p):
            refusals.setdefault(log.unit_code or "", []).append(log)
        refused = {code: logs[-1] for code, logs in refusals.items() if code}  # each unit's last
        prints: dict[str, set[str]] = {}  # the fingerprints of each unit's versions
        for v in versions:
            prints.setdefault(v.unit_code, set()).add(v.fingerprint)
        # a file carrying the code of a unit not sent, or of one whose version is kept (walk h8 #3: a hostile
        # file in its name left "Không có ghi chú" beside the counted file)
        named = self._named_only({c.code for c in self.catalog.communes} - (set(refused) - set(received))
                                 - (set(revoked) - set(received)), run_log)
        units = []
        codes = self.catalog.commune_codes()
        for c in self.catalog.communes:
            r = received.get(c.code)
            if r is not None and r.id in altered:
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.BI_TU_CHOI, file_name=r.file_name,
                                        received_at=r.received_at, fingerprint=r.fingerprint,
                                        key_code=r.key_code or "", reason=altered_reason(r.file_name)))
            elif r is not None:
                key_state, counted = key_trust(r, states)
                first = first_received(r, counted_of.get(c.code, []))
                day = row_judged_on(first) if first is not None else ""
                late = late_on(day, p, rules) if day else is_late(r.generated_at, p, rules)
                draft = not r.approved
                if not counted:
                    status = ReportStatus.CHUA_KY
                else:
                    status = ReportStatus.DU_THAO if draft else (ReportStatus.TRE_HAN if late else ReportStatus.DA_NHAN)
                reason = ("Chỉ nhận được bản chưa ký: chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận "
                          f"(chitieu unsigned accept {c.code} --period {p.code})." if not counted else "")
                others = self._sharing(by_key.get(r.public_key, ()), c.code, r.public_key)
                if others and not counted:  # signed by a shared pending key: held until the province decides
                    status = ReportStatus.CHO_DOI_CHIEU if key_state == KeyState.CHO else ReportStatus.BI_TU_CHOI
                    reason = held_reason(r.key_code, c.code, c.name, others, self._name)
                elif others:
                    reason = shared_note(others, self._name)
                if counted:  # a draft made after the approved version kept, a date of receipt moved or another file's
                    reason = " ".join(t for t in (reason, kept_note(r, counted_of.get(c.code, [])),
                                                  first_receipt_note(r, first)) if t)
                keys = keys_of.get(c.code, [])
                waiting, waiting_key = self._waiting_note(p, c.code, r, keys)
                reason = " ".join(t for t in (draft_note(draft and counted), reason, waiting,
                                              self._refused_note(c.code, r, refusals.get(c.code, []),
                                                                 prints.get(c.code, set()), keys, codes),
                                              named.get(c.code, "")) if t)
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, status, late, draft, r.generated_at,
                                        r.received_at, r.fingerprint, r.file_name, reason,
                                        key_state=key_state, key_code=r.key_code or "", received_on=day,
                                        received_from=judged_from(first) if first is not None else "",
                                        waiting_key=waiting_key))
            elif c.code in refused:
                log = refused[c.code]
                # signed by a key the province revoked: said as such, as a unit whose versions it signed is
                by_revoked = log.class_ == FileClass.KHOA_THU_HOI
                key = next((k for k in register if by_revoked and k.state == KeyState.THU_HOI
                            and signed_by(log.reason, k.key_code, log.file_name)), None)
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.BI_TU_CHOI, file_name=log.file_name,
                                        reason=f"{log.class_}: {log.reason}", received_at=log.at or "",
                                        key_state=KeyState.THU_HOI.value if by_revoked else "",
                                        key_code=key.key_code if key else ""))
            elif c.code in revoked:
                r = revoked[c.code]
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.BI_TU_CHOI, file_name=r.file_name,
                                        received_at=r.received_at, key_state=KeyState.THU_HOI.value,
                                        key_code=r.key_code or "", reason=(
                                            f"Các bản đã nhận được ký bằng khóa đã bị tỉnh thu hồi (mã {r.key_code}): "
                                            "không tính vào tổng hợp.")))
            else:
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.CHUA_GUI, reason=named.get(c.code, "")))
        return Completeness(p, p.deadline(rules), units)

    def _waiting_note(self, p: Period, unit_code: str, kept: ReceivedRow, keys: list[UnitKey]) -> tuple[str, str]:
        """Beside a unit's kept version: its files of `p` signed by another key of the unit still
        pending, refused ("Chữ ký không khớp") and not received since, and the way to receive them,
        as the confirmation box names them (walk 29, L3: "Đã nhận" and an empty note while the
        reinstalled laptop's newer file waited for its key). Read only for a unit with such a key,
        and only the unit's files of `p`, once for all its pending keys (the register's
        `_refused_before` reads every period's, for one key). `keys`: the unit's (the register's
        entries of 3.321 units, looked through for each unit, took 0,25 s of a consolidation). With the
        note, the code of the first key it names ("" none), which the unit's status says waits."""
        pending = [k for k in keys if k.unit_code == unit_code and k.state == KeyState.CHO
                   and k.public_key != kept.public_key]
        if not pending:
            return "", ""
        lines = [log for log in self.store.intake_log(period=p.code, classes=(FileClass.CHU_KY_KHONG_KHOP.value,))
                 if log.unit_code == unit_code]
        versions = self.store.received(p.code, unit_code=unit_code, current_only=False) if lines else []
        notes, others, first = [], 0, ""
        for key in pending:
            files = still_refused([RefusedFile(log.file_name, log.period, "", log.at or "", log.fingerprint,
                                               log.arrived_on)
                                   for log in lines if signed_by(log.reason, key.key_code, log.file_name)],
                                  {v.fingerprint for v in versions if v.public_key == key.public_key})
            first = first or (key.key_code if files else "")
            if files and len(notes) < NAMED_AT_MOST:
                notes.append(waiting_note(unit_code, key.key_code, files, kept.file_name, kept))
            elif files:
                others += 1
        return " ".join(t for t in [*notes, more(others, "khóa khác chờ xác nhận")] if t), first

    @staticmethod
    def _refused_note(unit_code: str, kept: ReceivedRow, refusals: list[IntakeLogRow], received: set[str],
                      keys: list[UnitKey], codes) -> str:
        """Beside a unit's kept version: its other files of the period refused (`refusals`, the log's
        of the unit), which and why in a word, for the reviewer to ask the unit (walk h8 #3: an edited
        copy left "Không có ghi chú" beside the counted file). Not a file `_waiting_note` names (signed
        by a pending key of the unit), nor one whose class says nothing of its figures (refused for its
        key, `KEY_REFUSALS`, or "Sai kỳ") when the same figures were received since (`received`: the
        fingerprints of the unit's versions); a copy whose figures were changed states the fingerprint
        of those it was copied from, and is named. Each file once (by its contents' hash), its latest
        reading. Said as files that state they are the unit's: a refused file proves nothing of who sent it,
        and one whose name carries another unit's code (`codes`: the catalogue's) says so (red-team h12 #2:
        "2026-6M_05503_from-x.xlsx" was listed as Đại Phúc's own refused file)."""
        if not refusals:
            return ""
        pending = [k.key_code for k in keys if k.unit_code == unit_code and k.state == KeyState.CHO
                   and k.public_key != kept.public_key] if any(
            log.class_ == FileClass.CHU_KY_KHONG_KHOP for log in refusals) else []
        files: dict[str, IntakeLogRow] = {}
        for log in refusals:
            if log.class_ == FileClass.CHU_KY_KHONG_KHOP and any(signed_by(log.reason, code, log.file_name) for code in pending):
                continue
            if log.class_ in (*KEY_REFUSALS, FileClass.SAI_KY) and log.fingerprint in received:
                continue
            files[log.file_sha256 or log.file_name] = log
        if not files:
            return ""
        logs = list(files.values())
        def named(log: IntakeLogRow) -> str:
            code = code_in_file_name(log.file_name, codes)
            return f", tên tệp ghi mã {code}" if code and code != unit_code else ""

        def same(log: IntakeLogRow) -> str:  # a re-export keeps its name (walk U15): the counted one told apart
            return f"; tệp đang tính cùng tên: {kept_dated(kept)}" if log.file_name == kept.file_name else ""

        names = ", ".join(f"{log.file_name} ({log.class_}, {file_dated(log.arrived_on, log.at or '')}{named(log)}"
                          f"{same(log)})" for log in logs[:NAMED_AT_MOST])
        which = "Tệp" if len(logs) == 1 else f"{len(logs)} tệp"
        rest = f" và {len(logs) - NAMED_AT_MOST} tệp khác" if len(logs) > NAMED_AT_MOST else ""
        return (f"{which} khác ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi) bị từ chối, không "
                f"tính: {names}{rest}. Lý do ở Kết quả nhận tệp.")

    def _named_only(self, units: set[str], run_log: list[IntakeLogRow]) -> dict[str, str]:
        """Unit code -> the note of a unit of `units` (not sent, or its version kept) whose code only a
        file's name carries, among the files read for the period: refused before its unit was known, or
        stating another unit's report (walk 29, L4: a file renamed for Xã Điềm Thụy, one whose "Mã đơn
        vị" was edited to Xã Đồng Hỷ's, left them "Chưa gửi" with an empty note; walk h8 #3: beside a
        kept version, a hostile file in the unit's name). The name is the file's claim, not the unit's
        doing: said as a file carrying the code, each file once. `run_log`: the period's (`_completeness`)."""
        codes = self.catalog.commune_codes()
        found: dict[str, dict[str, IntakeLogRow]] = {}
        for log in run_log:
            code = code_in_file_name(log.file_name, codes)
            if code in units and log.unit_code != code:
                found.setdefault(code, {})[log.file_name] = log  # its latest reading
        return {code: " ".join(t for t in [named_note(log, self._name) for log in list(logs.values())[:NAMED_AT_MOST]]
                               + [more(len(logs) - NAMED_AT_MOST, "tệp khác")] if t)
                for code, logs in found.items()}

    def _refusals(self, p: Period) -> list[IntakeLogRow]:
        """The log's refused files of period `p`, in the order read: what says a unit's report was
        refused. Not a file refused as "Sai kỳ" while another period was being received: it was
        refused only because the folder was read for that period (the 6-month folder read under
        9 tháng marked all 92 units "Bị từ chối" in 6 tháng, and its report listed each so: walk 8),
        and says nothing of its unit's report for its own period. A "Sai kỳ" of the period itself
        (not begun on its date of receipt) is its unit's refusal."""
        received_for = self.store.run_periods()
        return [log for log in self.store.intake_log(period=p.code, classes=REFUSED)
                if log.class_ != FileClass.SAI_KY or received_for.get(log.run_id) == p.code]

    @staticmethod
    def _sharing(register: list[UnitKey], unit_code: str, public_key: str | None) -> list[UnitKey]:
        """The other units `public_key` is registered for (not revoked), as `sharing` says."""
        if not public_key:
            return []
        return sharing(register, UnitKey(None, unit_code, public_key, "", KeyState.CHO.value, ""))

    def _name(self, code: str) -> str:
        try:
            return self.catalog.commune_by_code(code).name
        except Exception:  # noqa: BLE001 - a unit no longer in the catalogue: its code
            return code


# Files, or waiting keys, a unit's note names at most, the others counted (red-team 29, LOW: 150
# renamed copies in B's name made a 50.763-character note; 40 fresh keys, 40 invitations to confirm one).
NAMED_AT_MOST = 3


def more(n: int, what: str) -> str:
    """"… và 147 tệp khác (xem Kết quả nhận tệp)." after the ones a note names; "" when none is left."""
    return f"… và {n} {what} (xem Kết quả nhận tệp)." if n > 0 else ""


def waiting_note(unit_code: str, key_code: str, files: list[RefusedFile], kept_file: str,
                 kept: ReceivedRow | None = None) -> str:
    """"Khóa khác của đơn vị chờ xác nhận (mã …): tệp … ký bằng khóa này đã bị từ chối …", the key
    first (the column cut at a word shows it): the note `_waiting_note` adds, naming at most
    `NAMED_AT_MOST` of its files. `kept`: the version counted, told apart from a refused file of the
    same name (a re-export keeps its name) by when it was made and received and its key (walk U15:
    "tệp 2026-6M_05455_….xlsx … bị từ chối …, tỉnh vẫn tính tệp 2026-6M_05455_….xlsx")."""
    names = ", ".join(f"{f.file_name} ({f.dated})" for f in files[:NAMED_AT_MOST])
    names += f" và {len(files) - NAMED_AT_MOST} tệp khác" if len(files) > NAMED_AT_MOST else ""
    which = "tệp" if len(files) == 1 else f"{len(files)} tệp"
    counted = f"tệp {kept_file}"
    if kept is not None and any(f.file_name == kept_file for f in files):
        counted = f"tệp cùng tên nhận trước đó ({kept_dated(kept)})"
    return (f"Khóa khác của đơn vị chờ xác nhận (mã {key_code}): {which} {names} ký bằng "
            f"khóa này đã bị từ chối (Chữ ký không khớp), chưa được tính; tỉnh vẫn tính {counted}. Nếu máy "
            f"của đơn vị đã được cài lại, đối chiếu mã {key_code} với mã in trên báo cáo giấy có chữ ký, rồi xác "
            f"nhận khóa, {TYPE_PAPER_CODE} ({confirm_command(unit_code)}), và đọc lại thư mục ({READ_FOLDER[0]}) để "
            "nhận tệp.")


def named_note(log: IntakeLogRow, name_of: Callable[[str], str]) -> str:
    """What `_named_only` says of one file whose name carries a unit's code."""
    read = f"{log.file_name}, {file_dated(log.arrived_on, log.at or '')}"
    if not log.unit_code:
        return f"Một tệp mang mã đơn vị này trong tên tệp bị từ chối ({log.class_}): {read}."
    return (f"Một tệp mang mã đơn vị này trong tên tệp ({read}) ghi là báo cáo của {name_of(log.unit_code)} "
            f"(mã {log.unit_code}): không tính cho đơn vị này.")
