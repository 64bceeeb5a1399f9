"""Province mode: the same application, run by the province office on its own database.

It never holds commune entries. It receives the communes' submission files
(`desktop_app.intake`), shows who has sent, who is late and who is missing
(`ProvinceOffice.completeness`), consolidates the received figures into one model
(`Consolidation`) that the exports write as a workbook shaped like Phụ lục 2, a
Decree-30 summary report, DHIS2 and ADX files, and edits and publishes the catalogue
(`desktop_app.catalog_update`). Qt-free: the window and the CLI call the same methods.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Callable

from desktop_app.bulk import collector_paused
from desktop_app.core.catalog import Catalog
from desktop_app.core.consolidation import (
    DEFAULT_ISSUER,
    Completeness,
    Consolidation,
    ProvinceSettings,
    ReportStatus,
    UnitStatus,
    consolidate,
)
from desktop_app.core.errors import InvalidInput, NotFound, NotPermitted
from desktop_app.core.intake import (
    REFUSED,
    FileResult,
    IntakeRun,
    check_received,
    choose,
    first_received,
    is_late,
    judged_from,
    kept_note,
    late_on,
    row_judged_on,
)
from desktop_app.core.keys import (
    UNSIGNED,
    UNSIGNED_ACCEPTED,
    ConfirmedKey,
    KeyState,
    UnitKey,
    active_key,
    confirmed_key,
    find_by_code,
    held_keys,
    held_reason,
    shared_note,
    shared_units,
    sharing,
    shared_refusal,
)
from desktop_app.core.periods import Period, PeriodRules, parse_period, term_periods
from desktop_app.core.recompute import earlier_periods
from desktop_app.core.submission import (
    Submission,
    doc_symbol,
    submission_from_json,
)
from desktop_app.core.users import Permission
from desktop_app.core.validation import clean_text, parse_name, parse_signer_title
from db.rows import ReceivedRow, now
from desktop_app.database_mode import MODE_COMMUNE, MODE_KEY, MODE_PROVINCE, mode_of
from desktop_app.intake import Intake, reselect, version_of
from desktop_app.kept_again import choose_again
from desktop_app.key_note import key_note  # noqa: F401 - `chitieu verify` reads it from here
from desktop_app.services import Workspace
from exports.consolidated_pdf import write_consolidated_pdf
from exports.consolidated_xlsx import write_consolidated
from exports.dhis2 import write_adx, write_data_value_sets

# A pending key shared with another unit, in `ProvinceOffice._key_states`: shown pending, not counted.
HELD = "held"

# --- the office ----------------------------------------------------------------------------------

# What the province's tasks are called in a refusal (the permissions are named for a commune's):
# receiving needs the officer's right to enter figures, the register the leader's to approve.
RECEIVING = ("nhận báo cáo của các xã, phường", "receive the communes' reports")
CONFIRMING = ("xác nhận hoặc thu hồi khóa ký, chấp nhận tệp chưa ký",
              "confirm or revoke signing keys and accept unsigned files")


class ProvinceOffice:
    """The province's database and its actions (wraps a Workspace for accounts and settings)."""

    def __init__(self, workspace: Workspace, *, choose: bool = True):
        """`choose`: the kept versions chosen again once after an upgrade (`choose_again`); not
        on a worker's connection (the office it is made from did it)."""
        self.ws = workspace
        # The charts' other periods: period code -> (what its consolidation was made from, it)
        self._charted: dict[str, tuple[tuple, Consolidation]] = {}
        if choose and self.is_set_up:  # once after an upgrade: the kept versions chosen by the current rule
            choose_again(self.store, self.ws.user)

    @classmethod
    def open(cls, data_dir=None, user: str | None = None) -> "ProvinceOffice":
        return cls(Workspace.open(data_dir, user))

    def close(self) -> None:
        self.ws.close()

    def for_thread(self) -> "ProvinceOffice":
        """The same office on a connection of its own, for a worker thread."""
        return ProvinceOffice(self.ws.for_thread(), choose=False)

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

    def setup(self, preparer: str = "", signer: str = "", signer_title: str = "Phó Chủ tịch",
              doc_prefix: str = "UBND", issuer: tuple[str, str] | None = None,
              recipient: str | None = None) -> ProvinceSettings:
        """Choose province mode (first run or Settings), and who prepares and signs."""
        self.ws.require(Permission.SETTINGS)
        mode = mode_of(self.store)
        if mode == MODE_COMMUNE:
            raise InvalidInput(
                "Cơ sở dữ liệu này đang dùng cho một xã, phường (đã có số liệu hoặc đã chọn đơn vị); "
                "chế độ cấp tỉnh dùng cơ sở dữ liệu riêng. Hãy chạy với --data-dir THƯ_MỤC_KHÁC.",
                field="Chế độ")
        values = {MODE_KEY: MODE_PROVINCE, "doc_prefix": clean_text(doc_prefix) or "UBND",
                  "signer_title": parse_signer_title(signer_title)}
        if preparer:
            values["preparer"] = parse_name(preparer, "Người lập biểu")
        if signer:
            values["signer"] = parse_name(signer, "Người ký")
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
        says it was made).

        The run's commits are not each flushed to the disk (`Store.bulk_writes`): a power
        cut may lose files read in it, never corrupt the database, and reading the folder
        again restores them (intake is idempotent)."""
        self._require_province()
        self.ws.require(Permission.ENTER, RECEIVING)
        p = parse_period(period)
        if received is not None:
            check_received(received, dt.date.today())
        intake = Intake(self.store, self.catalog, self.settings.rules, self.ws.user)
        with self.store.bulk_writes():
            return intake.run(folder, p, received=received, progress=progress, cancelled=cancelled,
                              on_result=on_result)

    # --- completeness ------------------------------------------------------------------------
    def completeness(self, period: str | Period) -> Completeness:
        """Where each unit stands: its kept version (counted, marked when its key is still
        pending; "Chưa ký" when it is unsigned and not accepted yet; "Chờ tỉnh đối chiếu khóa"
        when its key signs for another unit too and is still pending; noted when a draft made
        after its approved version came in, not counted), the refusal of its last file, or
        nothing received."""
        self._require_province()
        p = parse_period(period)
        rules = self.settings.rules
        states, register = self._key_states(), self.store.unit_keys()
        by_key = _by_public_key(register)
        versions = self.store.received(p.code, current_only=False)
        received = {r.unit_code: r for r in versions if r.current}
        revoked = {r.unit_code: r for r in versions if not r.current}  # only revoked ones when none kept
        counted_of: dict[str, list[ReceivedRow]] = {}
        for v in versions:
            if _trust(v, states)[1]:
                counted_of.setdefault(v.unit_code, []).append(v)
        refused: dict[str, object] = {}
        for log in self.store.intake_log(period=p.code, classes=REFUSED):
            if log.unit_code:
                refused[log.unit_code] = log
        units = []
        for c in self.catalog.communes:
            r = received.get(c.code)
            if r is not None:
                key_state, counted = _trust(r, states)
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
                if counted:  # a draft made after the approved version kept, a date of receipt moved
                    reason = " ".join(t for t in (reason, kept_note(r, counted_of.get(c.code, []))) if t)
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, status, late, draft, r.generated_at,
                                        r.received_at, r.fingerprint, r.file_name, reason,
                                        key_state=key_state, key_code=r.key_code or "", received_on=day,
                                        received_from=judged_from(first) if first is not None else ""))
            elif c.code in refused:
                log = refused[c.code]
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.BI_TU_CHOI, file_name=log.file_name,
                                        reason=f"{log.class_}: {log.reason}", received_at=log.at or ""))
            elif c.code in revoked:
                r = revoked[c.code]
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.BI_TU_CHOI, file_name=r.file_name,
                                        received_at=r.received_at, key_state=KeyState.THU_HOI.value,
                                        key_code=r.key_code or "", reason=(
                                            f"Các bản đã nhận được ký bằng khóa đã bị tỉnh thu hồi (mã {r.key_code}): "
                                            "không tính vào tổng hợp.")))
            else:
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.CHUA_GUI))
        return Completeness(p, p.deadline(rules), units)

    # --- consolidation -----------------------------------------------------------------------
    def submissions(self, period: str | Period) -> dict[str, Submission]:
        """The kept submission of every unit whose version counts for the period: signed by
        its key (confirmed or still pending), or unsigned and accepted by the province."""
        p = parse_period(period)
        states = self._key_states()
        return {row.unit_code: submission_from_json(canonical, document)
                for row, canonical, document in self.store.received_documents(p.code)
                if _trust(row, states)[1]}

    @collector_paused()
    def consolidation(self, period: str | Period, *, progress=None, cancelled=None) -> Consolidation:
        """Everything the consolidated outputs print, from the stored submissions."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        completeness = self.completeness(p)
        subs = self.submissions(p)
        earlier = {q.code: self.submissions(q) for q in earlier_periods(p)} if subs else {}
        return consolidate(p, self.catalog, self.settings, completeness, subs,
                           self.store.intake_log(run_period=p.code), earlier)

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

    # --- the register of the units' signing keys ---------------------------------------------
    def _key_states(self) -> dict[tuple[str, str], str]:
        """(unit, public key) -> the key's state for the unit; a pending key shared with another
        unit as HELD (`desktop_app.core.keys.held_keys`): not counted."""
        register = self.store.unit_keys()
        held = held_keys(register)
        return {(k.unit_code, k.public_key): HELD if (k.unit_code, k.public_key) in held else k.state
                for k in register}

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

    def _unit(self, unit: str):
        return self.catalog.resolve_commune(unit)

    def keys(self, unit: str | None = None) -> list[UnitKey]:
        """Danh sách khóa: every unit's keys with their states (old keys as history), in the
        catalogue's order of units, each unit's oldest first; `unit_name` filled."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        code = self._unit(unit).code if unit else None
        order = {c.code: (c.no, c.name) for c in self.catalog.communes}
        register = self.store.unit_keys()
        keys = [k for k in register if code is None or k.unit_code == code]
        keys.sort(key=lambda k: (order.get(k.unit_code, (10**6, ""))[0], k.id))
        by_key = _by_public_key(register)
        out = []
        for k in keys:
            others = sharing(by_key[k.public_key], k) if k.state != KeyState.THU_HOI else []
            out.append(replace(k, unit_name=order.get(k.unit_code, (0, k.unit_code))[1],
                               shared_with=shared_units(others, self._name)))
        return out

    def key_state(self, unit: str) -> UnitKey | None:
        """The unit's key in use (confirmed, else pending), None before its first signed file."""
        return active_key(self.store.unit_keys(self._unit(unit).code))

    def require_key_decisions(self) -> None:
        """Refuse unless the account may decide what the province counts: confirm or revoke a
        key, accept an unsigned file (a leader's decision; the window asks before a code is typed)."""
        self.ws.require(Permission.APPROVE, CONFIRMING)

    def confirm_key(self, unit: str, code: str, *, shared: bool = False) -> ConfirmedKey:
        """Xác nhận khóa: the key of `unit` whose short code is `code` (as printed on the signed
        paper report; case, spaces and dashes ignored) becomes the unit's confirmed key. A key
        confirmed before is kept as history ("Đã thay"; the versions it signed still count),
        other pending keys are revoked: `ended` says which. A code that matches none of the
        unit's keys is refused; so is a key registered for another unit too (`SharedKey`, naming
        it), unless `shared` says one computer reports for both: then it counts for both."""
        self._require_province()
        self.require_key_decisions()
        c = self._unit(unit)
        with self.store.transaction():
            keys = self.store.unit_keys(c.code)
            key = find_by_code(keys, code)
            if key is None:
                raise InvalidInput(_no_such_key(c, code, keys, confirming=True), field="Mã khóa")
            others = tuple(sharing(self.store.units_signed_by(key.public_key, c.code), key))
            if others and not shared and key.state != KeyState.XAC_NHAN:
                raise shared_refusal(key, c.name, list(others), self._name)
            if key.state == KeyState.XAC_NHAN:
                return ConfirmedKey(**{**vars(key), "unit_name": c.name}, others=others)
            at, user = now(), self.ws.user
            before = active_key(keys)
            ended = []
            for k in keys:
                if k.id != key.id and k.state in (KeyState.XAC_NHAN, KeyState.CHO):
                    state = KeyState.DA_THAY if k.state == KeyState.XAC_NHAN else KeyState.THU_HOI
                    self.store.update_unit_key(k.id, state=state.value, revoked_at=at, revoked_by=user)
                    ended.append(k)
            self.store.update_unit_key(key.id, state=KeyState.XAC_NHAN.value, confirmed_at=at, confirmed_by=user,
                                       revoked_at=None, revoked_by=None)
            said = (f"; cũng ký tệp của {', '.join(k.unit_code for k in others)}, xác nhận là khóa dùng chung"
                    if others else "")
            self.store.audit(user, "key_confirm", commune=c.code, field="key_code",
                             old=before.key_code if before and before.id != key.id else None, new=key.key_code + said)
            self._reselect_sharing(c.code, [key] + ended)
            now_keys = {k.id: k for k in self.store.unit_keys(c.code)}
        return ConfirmedKey(**{**vars(now_keys[key.id]), "unit_name": c.name},
                            ended=tuple(now_keys[k.id] for k in ended), others=others)

    def revoke_key(self, unit: str, code: str | None = None) -> UnitKey:
        """Thu hồi khóa: the unit's key in use (or its key `code`) signs nothing the province
        accepts from now on, and the versions it signed no longer count."""
        self._require_province()
        self.require_key_decisions()
        c = self._unit(unit)
        with self.store.transaction():
            keys = self.store.unit_keys(c.code)
            key = find_by_code(keys, code) if code else active_key(keys)
            if key is None:
                raise NotFound(_no_such_key(c, code, keys) if code else
                               f"{c.name} chưa có khóa nào đang dùng để thu hồi.", field="Mã khóa")
            if key.state == KeyState.THU_HOI:
                raise InvalidInput(f"Khóa mã {key.key_code} của {c.name} đã bị thu hồi trước đó.", field="Mã khóa")
            at, user = now(), self.ws.user
            self.store.update_unit_key(key.id, state=KeyState.THU_HOI.value, revoked_at=at, revoked_by=user)
            self.store.audit(user, "key_revoke", commune=c.code, field="key_code", old=key.key_code,
                             new=KeyState.THU_HOI.value)
            self._reselect_sharing(c.code, [key])
            revoked = next(k for k in self.store.unit_keys(c.code) if k.id == key.id)
        return replace(revoked, unit_name=c.name)

    def _reselect_unit(self, unit_code: str) -> None:
        for period in sorted({r.period for r in self.store.received(unit_code=unit_code, current_only=False)}):
            reselect(self.store, unit_code, period)

    def _reselect_sharing(self, unit_code: str, changed: list[UnitKey]) -> None:
        """The unit's kept versions chosen again, and those of every other unit a changed key is
        registered for (a shared key revoked or confirmed here may count there again)."""
        units = {unit_code} | {k.unit_code for key in changed
                               for k in self.store.units_signed_by(key.public_key, unit_code)}
        for code in sorted(units):
            self._reselect_unit(code)

    # --- unsigned versions -------------------------------------------------------------------
    def unsigned(self, period: str | Period | None = None) -> list[ReceivedRow]:
        """Every unsigned version received (for `period`, or any), accepted or not, oldest first."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        code = parse_period(period).code if period else None
        return [r for r in self.store.received(code, current_only=False) if not r.public_key]

    def accept_unsigned(self, unit: str, period: str | Period, file_name: str | None = None) -> ReceivedRow:
        """Chấp nhận bản chưa ký: count an unsigned version of `unit` for `period` (the one the
        intake would keep, or the one read from `file_name`), after the province has checked
        it otherwise (its paper, a telephone call). Refused while the unit's key is confirmed,
        or while a version of the period signed by its pending key is in: the unit signs its
        reports (confirm that key from the paper, or revoke it first)."""
        self._require_province()
        self.require_key_decisions()
        c, p = self._unit(unit), parse_period(period)
        with self.store.transaction():
            confirmed = confirmed_key(self.store.unit_keys(c.code))
            if confirmed is not None:
                raise InvalidInput(
                    f"Không chấp nhận bản chưa ký của {c.name}: đơn vị ký báo cáo bằng khóa mã {confirmed.key_code} đã "
                    "được xác nhận, và ai có phần mềm cũng lập được tệp chưa ký. Đề nghị đơn vị gửi tệp có chữ ký; "
                    f"nếu máy của đơn vị đã mất khóa, thu hồi khóa đó (chitieu keys revoke {c.code}) trước.",
                    field="Tệp chưa ký")
            self._refuse_while_pending(c, p)
            waiting = [r for r in self.store.received(p.code, unit_code=c.code, current_only=False)
                       if not r.public_key and not r.accepted_at and (file_name is None or r.file_name == file_name)]
            if not waiting:
                which = f" từ tệp {file_name}" if file_name else ""
                raise NotFound(f"{c.name} không có bản chưa ký nào{which} đang chờ chấp nhận trong kỳ {p.name}.",
                               field="Tệp chưa ký")
            best = choose([version_of(r, {}) for r in waiting])
            row = next(r for r in waiting if r.id == best.id)
            at, user = now(), self.ws.user
            self.store.accept_received(row.id, at, user)
            self.store.audit(user, "unsigned_accept", commune=c.code, period=p.code, field="fingerprint",
                             new=f"{row.file_name} ({row.fingerprint[:16]})")
            reselect(self.store, c.code, p.code)
            row = next(r for r in self.store.received(p.code, unit_code=c.code, current_only=False) if r.id == row.id)
        return row

    def _refuse_while_pending(self, c, p: Period) -> None:
        """Refuse an unsigned file of a unit that signed a version of the period with a key still
        pending: the unit signs its reports, and anyone with the program can make an unsigned file."""
        pending = {k.public_key: k for k in self.store.unit_keys(c.code) if k.state == KeyState.CHO}
        signed = next((r for r in self.store.received(p.code, unit_code=c.code, current_only=False)
                       if r.public_key in pending), None)
        if signed is None:
            return
        code = pending[signed.public_key].key_code
        raise InvalidInput(
            f"Không chấp nhận bản chưa ký của {c.name}: đơn vị đã gửi báo cáo {p.name} có chữ ký bằng khóa mã {code}, "
            f"đang chờ xác nhận (tệp {signed.file_name}). Ai có phần mềm cũng lập được tệp chưa ký.\n\nĐối chiếu mã "
            f"{code} với mã in trên báo cáo giấy có chữ ký của đơn vị rồi xác nhận khóa (chitieu keys confirm "
            f"{c.code} {code}). Nếu máy của đơn vị đã mất khóa: thu hồi khóa đó (chitieu keys revoke {c.code} --code "
            f"{code}) rồi mới chấp nhận bản chưa ký.", field="Tệp chưa ký",
            en=(f"The unsigned file of {c.name} is not accepted: the unit sent its {p.code} report signed with key "
                f"code {code}, awaiting confirmation (file {signed.file_name}). Anyone with the program can make an "
                f"unsigned file.\n\nCompare code {code} with the code printed on the unit's signed paper report, "
                "then confirm the key. If the unit's computer lost its key: revoke that key, then accept the "
                "unsigned file."))

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
        window's charts do (`chart_consolidations`, which keeps them between calls)."""
        self.ws.require(Permission.EXPORT)
        con = consolidation or self.consolidation(period)
        if report_date is not None:
            con.completeness.check_report_day(report_date)
        return write_consolidated_pdf(con, path, doc_number=doc_number, report_date=report_date,
                                      history=self.chart_consolidations(con.period, known=con))

    @collector_paused()
    def export_dhis2(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_data_value_sets(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_adx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_adx(consolidation or self.consolidation(period), path)


def _by_public_key(register: list[UnitKey]) -> dict[str, list[UnitKey]]:
    """The register's entries grouped by public key: whether a key is shared is then looked
    up among its own entries, not the whole register once per unit (3.321 units: 0,3 s)."""
    out: dict[str, list[UnitKey]] = {}
    for k in register:
        out.setdefault(k.public_key, []).append(k)
    return out


def _trust(row: ReceivedRow, states: dict[tuple[str, str], str]) -> tuple[str, bool]:
    """A received version's key state as shown, and whether it counts."""
    if not row.public_key:
        return (UNSIGNED_ACCEPTED, True) if row.accepted_at else (UNSIGNED, False)
    state = states.get((row.unit_code, row.public_key), "")
    if state == HELD:
        return KeyState.CHO.value, False
    return state, bool(state) and KeyState(state).counted


def _no_such_key(c, code: str | None, keys: list[UnitKey], *, confirming: bool = False) -> str:
    if not keys:
        return f"Chưa có khóa nào của {c.name}: tỉnh chưa nhận tệp có chữ ký nào của đơn vị này."
    if confirming:  # the codes are not named: copied from here, the paper would not be compared
        return (f"Mã khóa {code} không khớp khóa nào tỉnh đã nhận của {c.name}. Đối chiếu lại từng ký tự với mã in "
                "trên báo cáo giấy có chữ ký, không chép mã từ màn hình: nếu mã trên giấy khác mọi khóa đã nhận, "
                "các tệp đã nhận không do máy của đơn vị ký. Không xác nhận.")
    listing = "; ".join(f"{k.key_code} ({k.state})" for k in keys)
    return f"Mã khóa {code} không khớp khóa nào của {c.name} (các khóa đã biết: {listing})."
