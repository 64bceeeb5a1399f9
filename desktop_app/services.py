"""One function per user action, shared by the window and the CLI.

A `Workspace` is one commune's database: it validates what was typed, writes it
with its audit rows in one transaction, and answers with the indicator's new value
and verdict. Nothing here knows about Qt.
"""
from __future__ import annotations

import datetime as dt
import getpass
import os
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from db.store import EntryRow, Store
from desktop_app.core.catalog import Catalog, Commune, Indicator, Target
from desktop_app.resources import app_version, default_catalog
from desktop_app.core.errors import InvalidInput, NotFound, NotPermitted
from desktop_app.core.evaluation import Entry
from desktop_app.core.numbers import canonical
from desktop_app.core.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    TERM,
    Period,
    PeriodRules,
    current_period,
    parse_period,
    term_periods,
)
from desktop_app.core.users import (
    LOCK_MINUTES,
    MAX_FAILURES,
    Account,
    Permission,
    Role,
    check_password,
    check_username,
    denied,
    hash_password,
    lock_message,
    parse_role,
    verify_password,
)
from desktop_app.core.submission import Submission, build_submission
from desktop_app.core.rows import (
    NARRATIVE_SECTIONS,
    Inputs,
    PeriodView,
    Row,
    evaluate_row,
    input_spec,
    own_target,
    period_view,
)
from desktop_app.core.workflow import State, check_complete, refuse_if_frozen
from desktop_app.core.validation import (
    parse_name,
    parse_signer_title,
    allows_negative,
    check_entry,
    parse_comment,
    parse_flag,
    parse_op,
    parse_quantity,
)

DB_NAME = "chitieu.db"
UNSET = object()
NUMERIC_FIELDS = ("numerator", "denominator", "value", "previous")


def default_data_dir() -> Path:
    """The per-user data folder, unless CHITIEU_DATA_DIR says otherwise."""
    env = os.environ.get("CHITIEU_DATA_DIR")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("chitieu", appauthor=False))


@dataclass(frozen=True)
class Settings:
    commune_code: str | None = None
    preparer: str = ""
    signer: str = ""
    signer_title: str = "Chủ tịch"
    doc_prefix: str = ""
    rules: PeriodRules = PeriodRules()


@dataclass(frozen=True)
class PeriodStatus:
    period: Period
    state: State
    entered: int
    required: int
    deadline: dt.date
    overdue: bool
    due_soon: bool


class Workspace:
    """One commune's database and the actions on it."""

    def __init__(self, store: Store, user: str | None = None):
        self.store = store
        self._os_user = user or _os_user()
        self.account: Account | None = None
        document = store.current_catalog()
        if document is None:
            document = default_catalog().document
            with store.transaction():
                store.add_catalog(document)
        self.catalog = Catalog(document)

    @classmethod
    def open(cls, data_dir: str | Path | None = None, user: str | None = None) -> "Workspace":
        folder = Path(data_dir) if data_dir else default_data_dir()
        return cls(Store(folder / DB_NAME), user)

    def close(self) -> None:
        self.store.close()

    def for_thread(self) -> "Workspace":
        """The same database on a connection of its own (sqlite3 connections belong to one
        thread), logged in as the same account: what a worker thread works on."""
        ws = Workspace(Store(self.store.path), self._os_user)
        ws.account = self.account
        return ws

    @property
    def user(self) -> str:
        """Who the audit trail names: the logged-in account, else the system login."""
        return self.account.username if self.account else self._os_user

    # --- accounts -------------------------------------------------------------------
    @property
    def has_accounts(self) -> bool:
        return self.store.user_count() > 0

    def require(self, permission: Permission) -> None:
        """Refuse unless the logged-in account may do this.

        A database with no account yet has nothing to protect: the first run's
        first step creates the administrator, and from then on every action
        needs a login with the right role.
        """
        if not self.has_accounts:
            return
        if self.account is None or not self.account.can(permission):
            raise denied(self.account, permission)

    def login(self, username: str, password: str, now: dt.datetime | None = None) -> Account:
        now = now or dt.datetime.now().astimezone()
        name = (username or "").strip().lower()
        row = self.store.user(name)
        wrong = NotPermitted("Sai tên đăng nhập hoặc mật khẩu.", field="Mật khẩu")
        if row is None or not row.active:
            raise wrong
        if row.locked_until and dt.datetime.fromisoformat(row.locked_until) > now:
            raise NotPermitted(lock_message(dt.datetime.fromisoformat(row.locked_until)), field="Mật khẩu")
        if not verify_password(password, row.password_hash):
            failures = row.failed_logins + 1
            with self.store.transaction():
                if failures >= MAX_FAILURES:
                    until = now + dt.timedelta(minutes=LOCK_MINUTES)
                    self.store.update_user(name, failed_logins=0, locked_until=until.isoformat(timespec="seconds"))
                    self.store.audit(name, "login_locked", field="user", new=name)
                else:
                    self.store.update_user(name, failed_logins=failures)
            if failures >= MAX_FAILURES:
                raise NotPermitted(lock_message(until), field="Mật khẩu")
            left = MAX_FAILURES - failures
            raise NotPermitted(f"Sai tên đăng nhập hoặc mật khẩu. Còn {left} lần thử trước khi tài khoản "
                               f"bị khóa {LOCK_MINUTES} phút.", field="Mật khẩu")
        if row.failed_logins or row.locked_until:
            with self.store.transaction():
                self.store.update_user(name, failed_logins=0, locked_until=None)
        self.account = Account(row.username, row.full_name, Role(row.role))
        return self.account

    def logout(self) -> None:
        self.account = None

    def add_user(self, username: str, full_name: str, role: str | Role, password: str) -> Account:
        """Create an account; the very first one must be the administrator."""
        role = role if isinstance(role, Role) else parse_role(role)
        if self.has_accounts:
            self.require(Permission.MANAGE_USERS)
        elif role != Role.ADMIN:
            raise InvalidInput("Tài khoản đầu tiên phải là Quản trị.", field="Vai trò")
        name = check_username(username)
        full = parse_name(full_name, "Họ và tên")
        if self.store.user(name):
            raise InvalidInput(f'Tên đăng nhập "{name}" đã có.', field="Tên đăng nhập")
        hashed = hash_password(check_password(password))
        with self.store.transaction():
            self.store.add_user(name, full, role.value, hashed)
            self.store.audit(self.user, "user_add", field="user", new=f"{name} ({role.value})")
        return Account(name, full, role)

    def set_password(self, username: str, new_password: str, old_password: str | None = None) -> None:
        """Change one's own password (with the old one), or reset another's as administrator."""
        name = (username or "").strip().lower()
        row = self.store.user(name)
        if row is None:
            raise NotFound(f'Không có tài khoản "{username}".', field="Tên đăng nhập")
        own = self.account is not None and self.account.username == name and old_password is not None
        if own:
            if not verify_password(old_password, row.password_hash):
                raise NotPermitted("Mật khẩu cũ không đúng.", field="Mật khẩu cũ")
        else:
            self.require(Permission.MANAGE_USERS)
        hashed = hash_password(check_password(new_password))
        with self.store.transaction():
            self.store.update_user(name, password_hash=hashed, failed_logins=0, locked_until=None)
            self.store.audit(self.user, "password_reset" if not own else "password_change",
                             field="user", new=name)

    def set_user_active(self, username: str, active: bool) -> None:
        self.require(Permission.MANAGE_USERS)
        name = (username or "").strip().lower()
        row = self.store.user(name)
        if row is None:
            raise NotFound(f'Không có tài khoản "{username}".', field="Tên đăng nhập")
        if not active and Role(row.role) == Role.ADMIN and sum(
                u.active and u.role == Role.ADMIN.value for u in self.store.users()) == 1:
            raise InvalidInput("Không khóa được quản trị viên cuối cùng.", field="Tài khoản")
        with self.store.transaction():
            self.store.update_user(name, active=int(active))
            self.store.audit(self.user, "user_active", field="user", old=str(bool(row.active)),
                             new=f"{name}: {active}")

    def users(self) -> list[Account]:
        return [Account(u.username, u.full_name, Role(u.role)) for u in self.store.users() if u.active]

    # --- settings -------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        s = self.store.settings()
        rules = s.get("period_rules")
        return Settings(
            commune_code=s.get("commune_code"),
            preparer=s.get("preparer", ""),
            signer=s.get("signer", ""),
            signer_title=s.get("signer_title", "Chủ tịch"),
            doc_prefix=s.get("doc_prefix", ""),
            rules=PeriodRules(**rules) if rules else PeriodRules(),
        )

    @property
    def is_set_up(self) -> bool:
        return self.settings.commune_code is not None

    @property
    def commune(self) -> Commune:
        code = self.settings.commune_code
        if code is None:
            raise NotFound(
                "Chưa chọn xã, phường. Chạy: chitieu setup --commune TÊN --preparer ... --signer ...",
                field="Xã, phường",
            )
        return self.catalog.commune_by_code(code)

    def setup(self, commune: str, preparer: str, signer: str, signer_title: str = "Chủ tịch",
              doc_prefix: str = "") -> Commune:
        """First-run (and Settings) choice of the unit and the people on the report."""
        self.require(Permission.SETTINGS)
        if self.store.get_setting("mode") == "province":
            raise InvalidInput("Cơ sở dữ liệu này dùng cho cấp tỉnh (nhận và tổng hợp báo cáo), không chọn "
                               "xã, phường được. Mỗi xã, phường dùng cơ sở dữ liệu riêng.", field="Chế độ")
        unit = self.catalog.resolve_commune(commune)
        values = {
            "commune_code": unit.code,
            "preparer": parse_name(preparer, "Người lập biểu"),
            "signer": parse_name(signer, "Người ký"),
            "signer_title": parse_signer_title(signer_title),
            "doc_prefix": _nfc(doc_prefix).strip(),
        }
        self._write_settings(values)
        return unit

    def set_period_rules(self, rules: PeriodRules) -> None:
        self.require(Permission.SETTINGS)
        self._write_settings({"period_rules": rules.__dict__.copy()})

    def _write_settings(self, values: dict) -> None:
        old = self.store.settings()
        with self.store.transaction():
            for key, value in values.items():
                if old.get(key) != value:
                    self.store.put_setting(key, value)
                    self.store.audit(self.user, "setting", field=key, old=old.get(key), new=value)

    # --- entering values -------------------------------------------------------------
    def set_entry(self, period: str | Period, indicator: str, *, numerator=UNSET, denominator=UNSET,
                  value=UNSET, flag=UNSET, previous=UNSET, comment=UNSET) -> Row:
        """Save what the officer typed for one indicator (only the fields given change).

        Text is parsed the Vietnamese way; anything refused raises InvalidInput and
        leaves the database as it was.
        """
        self.require(Permission.ENTER)
        p = _period(period)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        self._refuse_if_frozen(commune, p)
        given = {"numerator": numerator, "denominator": denominator, "value": value,
                 "flag": flag, "previous": previous, "comment": comment}
        given = {k: v for k, v in given.items() if v is not UNSET}
        if ind.kind == "ratio_of_baseline" and "value" in given:
            given["numerator"] = given.pop("value")  # "the current figure" is the count
        specs = {name: input_spec(ind, name) for name in given if name != "comment"}
        for name, spec in specs.items():
            if spec is None:
                raise InvalidInput(self._fields_message(ind, name), field=name)

        old_row = self.store.entry(commune.code, p.code, ind.code)
        old = _entry_from_row(old_row)
        changes = {}
        for name, raw in given.items():
            if name == "comment":
                changes[name] = parse_comment(raw)
            elif name == "flag":
                changes[name] = parse_flag(raw, specs[name])
            else:
                changes[name] = parse_quantity(raw, specs[name], allow_negative=allows_negative(ind))
        new = replace(old, **changes)
        baseline = self._baseline(commune, ind)
        check_entry(ind, new, baseline)

        with self.store.transaction():
            if new.is_empty and not new.comment:
                self.store.delete_entry(commune.code, p.code, ind.code)
            else:
                self.store.put_entry(_row_from_entry(commune.code, p.code, ind.code, new, self.user))
            for name in given:
                before, after = getattr(old, name), getattr(new, name)
                if before != after:
                    self.store.audit(self.user, "entry", commune=commune.code, period=p.code,
                                     indicator=ind.code, field=name, old=_audit_value(before),
                                     new=_audit_value(after))
        return self.row(p, ind.code)

    def _fields_message(self, ind: Indicator, name: str) -> str:
        accepted = ", ".join(f"{f.field} ({f.label})" for f in ind.inputs)
        return f'Chỉ tiêu "{ind.name}" không có trường "{name}". Các trường nhập: {accepted}.'

    def set_baseline(self, indicator: str, value) -> Decimal | None:
        """The figure at the start of the term (entered once per term)."""
        self.require(Permission.ENTER)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        for p in term_periods():  # every report of the term used it
            self._refuse_if_frozen(commune, p)
        if ind.baseline is None:
            with_baseline = [i.code for i in self.catalog.indicators if i.baseline]
            raise InvalidInput(
                f'Chỉ tiêu "{ind.name}" không cần số liệu đầu nhiệm kỳ. Chỉ các chỉ tiêu sau có: '
                + ", ".join(with_baseline) + ".",
                field="Số liệu đầu nhiệm kỳ",
            )
        parsed = parse_quantity(value, ind.baseline)
        if parsed is not None and ind.kind == "ratio_of_baseline" and parsed == 0:
            raise InvalidInput(f"{ind.baseline.label}: phải lớn hơn 0.", field=ind.baseline.label)
        old = self._baseline(commune, ind)
        if ind.kind == "ratio_of_baseline" and parsed:
            for row in self.store.entries(commune.code, indicator=ind.code):
                check_entry(ind, _entry_from_row(row), parsed)
        with self.store.transaction():
            self.store.put_baseline(commune.code, TERM, ind.code,
                                    canonical(parsed) if parsed is not None else None, self.user)
            if old != parsed:
                self.store.audit(self.user, "baseline", commune=commune.code, indicator=ind.code,
                                 field="baseline", old=_audit_value(old), new=_audit_value(parsed))
        return parsed

    def set_own_target(self, year: int | str, indicator: str, op: str | None, value=None) -> Target | None:
        """The commune's own target for one year; op None removes it."""
        self.require(Permission.ENTER)
        commune = self.commune
        y = _year(year)
        ind = self.catalog.applicable(commune, indicator)
        for p in term_periods():
            if p.year == y:
                self._refuse_if_frozen(commune, p)
        if op is None:
            new = None
        else:
            op = parse_op(op)
            spec = replace(ind.inputs[0], label="Giá trị chỉ tiêu", unit=ind.unit)
            if ind.kind == "boolean":
                parsed = parse_flag(value, spec)
            else:
                parsed = parse_quantity(value, spec, allow_negative=allows_negative(ind),
                                        max_percent=ind.unit == "%")
            if parsed is None:
                raise InvalidInput("Giá trị chỉ tiêu: chưa nhập.", field="Giá trị chỉ tiêu")
            new = (op, canonical(parsed) if not isinstance(parsed, bool) else ("1" if parsed else "0"))
        old = self.store.own_targets(commune.code).get((y, ind.code))
        with self.store.transaction():
            self.store.put_own_target(commune.code, y, ind.code, *(new or (None, None)), self.user)
            if old != new:
                self.store.audit(self.user, "own_target", commune=commune.code, period=str(y),
                                 indicator=ind.code, field="target",
                                 old=" ".join(old) if old else None, new=" ".join(new) if new else None)
        return self._own_target(commune, ind, y)

    def set_narrative(self, period: str | Period, section: str, text: str) -> None:
        p = _period(period)
        if section not in NARRATIVE_SECTIONS:
            raise InvalidInput(
                f'Mục "{section}" không có. Các mục: ' + ", ".join(NARRATIVE_SECTIONS), field="Mục"
            )
        self.require(Permission.ENTER)
        text = _nfc(text).strip()
        commune = self.commune
        self._refuse_if_frozen(commune, p)
        old = self.store.narratives(commune.code, p.code).get(section, "")
        if old == text:
            return
        with self.store.transaction():
            self.store.put_narrative(commune.code, p.code, section, text, self.user)
            self.store.audit(self.user, "narrative", commune=commune.code, period=p.code,
                             field=section, old=old, new=text)

    # --- period workflow --------------------------------------------------------------
    def period_state(self, period: str | Period) -> State:
        row = self.store.period_state(self.commune.code, _period(period).code)
        return State(row.state) if row else State.ENTERING

    def _refuse_if_frozen(self, commune: Commune, p: Period) -> None:
        row = self.store.period_state(commune.code, p.code)
        if row:
            refuse_if_frozen(p, State(row.state), row.approved_at)

    def _transition(self, p: Period, to: State, event: str, *, reason: str | None = None,
                    fingerprint: str | None = None, snapshot: str | None = None,
                    sent: bool = False) -> None:
        from db.store import PeriodStateRow, now

        commune = self.commune
        old = self.store.period_state(commune.code, p.code)
        before = State(old.state) if old else State.ENTERING
        stamp = now()
        fp = approved_at = approved_by = sent_at = None
        if to.frozen:
            if before.frozen:  # approved earlier: keep who approved and when
                fp, approved_at, approved_by, sent_at = old.fingerprint, old.approved_at, old.approved_by, old.sent_at
            else:
                approved_at, approved_by = stamp, self.user
            fp = fingerprint or fp
            sent_at = stamp if sent else sent_at
        row = PeriodStateRow(commune.code, p.code, to.value, fp, approved_at, approved_by, sent_at, stamp)
        with self.store.transaction():
            self.store.put_period_state(row)
            self.store.add_history(commune.code, p.code, self.user, event, before.value, to.value,
                                   reason, fingerprint, snapshot)
            self.store.audit(self.user, "state", commune=commune.code, period=p.code, field="state",
                             old=before.value, new=to.value if not reason else f"{to.value} ({reason})")

    def complete(self, period: str | Period) -> State:
        """The officer says the period is fully entered; checked, not just claimed."""
        self.require(Permission.COMPLETE)
        p = _period(period)
        state = self.period_state(p)
        if state != State.ENTERING:
            raise InvalidInput(f"Kỳ {p.name} đang ở trạng thái {state.value}, không đánh dấu hoàn thành được.",
                               field="Trạng thái kỳ báo cáo")
        check_complete(self.period_view(p))
        self._transition(p, State.COMPLETE, "complete")
        return State.COMPLETE

    def approve(self, period: str | Period) -> str:
        """A leader approves: the period freezes and its fingerprint is recorded."""
        self.require(Permission.APPROVE)
        p = _period(period)
        state = self.period_state(p)
        if state != State.COMPLETE:
            raise InvalidInput(
                f"Kỳ {p.name} đang ở trạng thái {state.value}; chỉ duyệt được kỳ đã Hoàn thành.",
                field="Trạng thái kỳ báo cáo",
            )
        view = self.period_view(p)
        check_complete(view)
        sub = self.submission(p, approved=True)
        from desktop_app.core.submission import canonical_json

        self._transition(p, State.APPROVED, "approve", fingerprint=sub.fingerprint,
                         snapshot=canonical_json(sub).decode("utf-8"))
        return sub.fingerprint

    def reopen(self, period: str | Period, reason: str) -> State:
        """A leader reopens an approved period, with a reason; the approved version stays in history."""
        self.require(Permission.REOPEN)
        p = _period(period)
        state = self.period_state(p)
        reason = " ".join(_nfc(reason).split())
        if not reason:
            raise InvalidInput("Lý do mở lại: chưa nhập. Ghi rõ vì sao cần sửa số liệu đã duyệt.",
                               field="Lý do mở lại")
        if state not in (State.APPROVED, State.SENT, State.COMPLETE):
            raise InvalidInput(f"Kỳ {p.name} đang nhập, không cần mở lại.", field="Trạng thái kỳ báo cáo")
        old = self.store.period_state(self.commune.code, p.code)
        self._transition(p, State.ENTERING, "reopen", reason=reason, fingerprint=old.fingerprint)
        return State.ENTERING

    def mark_sent(self, period: str | Period, fingerprint: str) -> None:
        """An export of an approved period was made: record its fingerprint and time."""
        self.require(Permission.EXPORT)
        p = _period(period)
        state = self.period_state(p)
        if not state.frozen:
            return  # a draft export changes no state
        self._transition(p, State.SENT, "sent", fingerprint=fingerprint, sent=True)

    def period_history(self, period: str | Period):
        return self.store.history(self.commune.code, _period(period).code)

    def submission(self, period: str | Period, *, approved: bool | None = None,
                   **document) -> Submission:
        """The period as the province will receive it (paper and file); `document` may give
        its `report_date`, `doc_number` and `generated_at`."""
        p = _period(period)
        if approved is None:
            approved = self.period_state(p).frozen
        document.setdefault("app_version", app_version())
        return build_submission(self.period_view(p), self.settings, self.catalog_for(p).version,
                                approved=approved, **document)

    def catalog_for(self, period: str | Period) -> Catalog:
        """The catalogue a period is judged with: for an approved (frozen) period the version it
        was approved under, so a later catalogue update never changes it; else the current one."""
        import json

        p = _period(period)
        code = self.settings.commune_code
        row = self.store.period_state(code, p.code) if code else None
        if row is None or not State(row.state).frozen:
            return self.catalog
        version = next((json.loads(h.snapshot).get("catalog_version")
                        for h in reversed(self.store.history(code, p.code))
                        if h.event == "approve" and h.snapshot), None)
        if not version or version == self.catalog.version:
            return self.catalog
        cache = self.__dict__.setdefault("_catalogs_by_version", {})
        if version not in cache:
            document = self.store.catalog(version)
            cache[version] = Catalog(document) if document else self.catalog
        return cache[version]

    # --- audit trail --------------------------------------------------------------------
    def audit_trail(self, *, period: str | None = None, indicator: str | None = None,
                    user: str | None = None):
        """Every recorded change, oldest first, filtered as the viewer asks."""
        from desktop_app.core.audit import describe

        self.require(Permission.VIEW)
        rows = self.store.audit_rows(period=period or None, indicator=indicator or None, user=user or None)
        return describe(rows, self.catalog)

    def export_audit(self, path, **filters) -> Path:
        from exports.audit_xlsx import write_audit

        commune = self.commune
        title = f"Nhật ký thay đổi số liệu — {commune.name} (mã {commune.code})"
        return write_audit(self.audit_trail(**filters), path, title)

    # --- reading ----------------------------------------------------------------------
    def _inputs(self, commune: Commune, indicator: str | None = None) -> Inputs:
        """What the rows of `commune` are evaluated from, read in one go."""
        return Inputs(
            {(r.period, r.indicator): _entry_from_row(r)
             for r in self.store.entries(commune.code, indicator=indicator)},
            {k: Decimal(v) for k, v in self.store.baselines(commune.code, TERM).items()},
            self.store.own_targets(commune.code),
        )

    def row(self, period: str | Period, indicator: str) -> Row:
        p = _period(period)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        return evaluate_row(self.catalog, commune, ind, p, self._inputs(commune, ind.code))

    def period_view(self, period: str | Period) -> PeriodView:
        p = _period(period)
        catalog = self.catalog_for(p)
        commune = catalog.commune_by_code(self.commune.code)
        return period_view(catalog, commune, p, self._inputs(commune),
                           self.store.narratives(commune.code, p.code), self.settings.rules)

    def history(self, indicator: str) -> list[Row]:
        """The indicator in every period of the term, for its chart."""
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        inputs = self._inputs(commune, ind.code)
        return [evaluate_row(self.catalog, commune, ind, p, inputs) for p in term_periods()]

    def overview(self, today: dt.date | None = None) -> list[PeriodStatus]:
        """Every period with how much is entered and whether it is due or overdue."""
        today = today or dt.date.today()
        rules = self.settings.rules
        commune = self.commune
        inputs = self._inputs(commune)
        states = self.store.period_states(commune.code)
        assigned = [i for i in self.catalog.indicators_for(commune) if i.assigned]
        result = []
        for p in term_periods():
            required = [evaluate_row(self.catalog, commune, i, p, inputs) for i in assigned if i.due_at(p)]
            entered = sum(r.is_entered for r in required)
            deadline = p.deadline(rules)
            state = State(states[p.code].state) if p.code in states else State.ENTERING
            # Due until an approved report has been exported (sent) to the province.
            pending = state != State.SENT
            result.append(PeriodStatus(
                p, state, entered, len(required), deadline,
                overdue=pending and today > deadline,
                due_soon=pending and today <= deadline <= today + dt.timedelta(days=14),
            ))
        return result

    def current_period(self, today: dt.date | None = None) -> Period:
        return current_period(today or dt.date.today(), self.settings.rules)

    def baselines(self) -> dict[str, Decimal]:
        return {k: Decimal(v) for k, v in self.store.baselines(self.commune.code, TERM).items()}

    def own_targets(self) -> dict[tuple[int, str], Target]:
        commune = self.commune
        return {
            (y, code): self._own_target(commune, self.catalog.indicator(code), y)
            for (y, code) in self.store.own_targets(commune.code)
        }

    def _baseline(self, commune: Commune, ind: Indicator) -> Decimal | None:
        v = self.store.baselines(commune.code, TERM).get(ind.code)
        return Decimal(v) if v is not None else None

    def _own_target(self, commune: Commune, ind: Indicator, year: int) -> Target | None:
        raw = self.store.own_targets(commune.code).get((year, ind.code))
        return own_target(raw, ind, year)


def _entry_from_row(row: EntryRow | None) -> Entry:
    if row is None:
        return Entry()
    d = lambda s: Decimal(s) if s is not None else None  # noqa: E731
    return Entry(d(row.numerator), d(row.denominator), d(row.value),
                 None if row.flag is None else bool(row.flag), d(row.previous), row.comment or "")


def _row_from_entry(commune: str, period: str, indicator: str, e: Entry, user: str) -> EntryRow:
    c = lambda v: canonical(v) if v is not None else None  # noqa: E731
    from db.store import now

    return EntryRow(commune, period, indicator, c(e.numerator), c(e.denominator), c(e.value),
                    None if e.flag is None else int(e.flag), c(e.previous), e.comment, now(), user)


def _audit_value(v):
    if isinstance(v, Decimal):
        return canonical(v)
    return v


def _period(period: str | Period) -> Period:
    return period if isinstance(period, Period) else parse_period(period)


def _year(year) -> int:
    try:
        y = int(str(year).strip())
    except ValueError:
        y = None
    if y is None or not FIRST_YEAR <= y <= LAST_YEAR:
        raise InvalidInput(f"Năm {year}: chỉ nhận {FIRST_YEAR} đến {LAST_YEAR}.", field="Năm")
    return y


def _nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows service accounts
        return "nguoi-dung"


def export_period(ws: Workspace, period: str | Period, out_dir: str | Path, *, pdf: bool = True,
                  xlsx: bool = True, doc_number: str = "", report_date: dt.date | None = None,
                  progress=None, cancelled=None, mark_sent: bool = True):
    """Xuất báo cáo: the period's PDF report and Excel submission, written into `out_dir`
    from one submission (same fingerprint); an approved period is then marked sent
    (`mark_sent=False`: the caller does it, e.g. the window on its own thread)."""
    from exports.bundle import export_files

    ws.require(Permission.EXPORT)
    p = _period(period)
    sub = ws.submission(p)
    if doc_number or report_date:
        sub = replace(sub, doc_number=_nfc(doc_number).strip(),
                      report_date=report_date or sub.report_date)
    result = export_files(sub, out_dir, pdf=pdf, xlsx=xlsx, progress=progress, cancelled=cancelled)
    if mark_sent:
        ws.mark_sent(p, sub.fingerprint)
    return result
