"""One function per user action, shared by the window and the CLI.

A `Workspace` is one commune's database: it validates what was typed, writes it
with its audit rows in one transaction, and answers with the indicator's new value
and verdict. Nothing here knows about Qt.
"""
from __future__ import annotations

import datetime as dt
import getpass
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from db.rows import EntryRow, now
from db.store import Store
from desktop_app.accounts import AccountActions
from desktop_app.approval import ApprovalActions
from desktop_app.core.checks import DEFAULT_THRESHOLD, warnings_for
from desktop_app.core.catalog import Commune, Indicator, Target
from desktop_app.core.errors import InvalidInput, NotFound
from desktop_app.core.evaluation import Entry
from desktop_app.core.legacy_text import refuse_legacy
from desktop_app.core.numbers import canonical
from desktop_app.core.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    TERM,
    Period,
    PeriodRules,
    check_report_date,
    current_period,
    is_overdue,
    parse_period,
    term_periods,
)
from desktop_app.core.settings import Settings
from desktop_app.core.submission import signed
from desktop_app.core.rows import (
    NARRATIVE_SECTIONS,
    NARRATIVE_SECTIONS_EN,
    Inputs,
    PeriodView,
    Row,
    evaluate_row,
    input_spec,
    one_way_of_entering,
    own_target,
)
from desktop_app.core.users import (
    Account,
    Permission,
)
from desktop_app.core.validation import (
    allows_negative,
    check_entry,
    is_growth_rate,
    one_line,
    parse_comment,
    parse_email,
    parse_flag,
    parse_name,
    parse_narrative,
    parse_own_target,
    parse_quantity,
    parse_signer_title,
)
from desktop_app.core.words import Words
from desktop_app.core.workflow import State
from desktop_app.data_folder import DB_NAME, default_data_dir
from desktop_app.resources import catalog_of, default_catalog
from exports.bundle import export_files

PROVINCE_EMAIL = "province_email"

UNSET = object()


@dataclass(frozen=True)
class Pasted:
    """What `Workspace.set_entries` did: the rows saved, and the cells refused with why."""
    rows: list[Row]
    refused: dict[tuple[str, str], InvalidInput]


@dataclass(frozen=True)
class PeriodStatus:
    period: Period
    state: State
    entered: int
    required: int
    deadline: dt.date
    overdue: bool
    due_soon: bool


class Workspace(AccountActions, ApprovalActions):
    """One commune's database and the actions on it."""

    def __init__(self, store: Store, user: str | None = None):
        self.store = store
        self._os_user = user or _os_user()
        self.account: Account | None = None
        self._data_version = store.data_version()  # changed_elsewhere() compares with it
        document = store.current_catalog()
        if document is None:
            document = default_catalog().document
            if not store.read_only:  # a command that only looks shows the shipped one, stores nothing
                with store.transaction():
                    store.add_catalog(document)
        self.catalog = catalog_of(document)

    @classmethod
    def open(cls, data_dir: str | Path | None = None, user: str | None = None) -> "Workspace":
        folder = Path(data_dir) if data_dir else default_data_dir()
        return cls(Store(folder / DB_NAME), user)

    def close(self) -> None:
        self.store.close()

    def for_thread(self) -> "Workspace":
        """The same database on a connection of its own (sqlite3 connections belong to one
        thread), logged in as the same account, with the catalogue this workspace shows: a
        worker judges what the person saw (a draft exported after another copy imported a newer
        catalogue is refused there, `refuse_if_catalog_changed`, as on this thread)."""
        ws = Workspace(Store(self.store.path), self._os_user)
        ws.account = self.account
        ws.catalog = self.catalog
        return ws

    @property
    def user(self) -> str:
        """Who the audit trail names: the logged-in account, else the system login."""
        return self.account.username if self.account else self._os_user

    # --- settings -------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        return Settings.from_json(self.store.settings())

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
                en="No commune or ward is chosen yet. Choose it in File › Settings, or run: "
                   "chitieu setup --commune TÊN --preparer ... --signer ...",
            )
        return self.catalog.commune_by_code(code)

    def setup(self, commune: str, preparer: str, signer: str, signer_title: str = "Chủ tịch",
              doc_prefix: str = "") -> Commune:
        """First-run (and Settings) choice of the unit and the people on the report."""
        self.require(Permission.SETTINGS)
        if self.store.get_setting("mode") == "province":
            raise InvalidInput("Cơ sở dữ liệu này dùng cho cấp tỉnh (nhận và tổng hợp báo cáo), không chọn "
                               "xã, phường được. Mỗi xã, phường dùng cơ sở dữ liệu riêng.", field="Chế độ",
                               en="This database is the province's (receiving and consolidating reports): no "
                                  "commune or ward can be chosen in it. Each commune or ward has a database of "
                                  "its own.")
        unit = self.catalog.resolve_commune(commune)
        values = {
            "commune_code": unit.code,
            "preparer": parse_name(preparer, "Người lập biểu", "Prepared by"),
            "signer": parse_name(signer, "Người ký", "Signed by"),
            "signer_title": parse_signer_title(signer_title),
            "doc_prefix": _nfc(doc_prefix).strip(),
        }
        self._write_settings(values)
        self.signing_key()  # made with the installation, so the first report already carries it
        return unit

    @property
    def province_email(self) -> str:
        """Where "Gửi cho tỉnh…" addresses the e-mail ("" until the administrator sets it)."""
        return self.store.get_setting(PROVINCE_EMAIL) or ""

    def set_province_email(self, address: str) -> str:
        self.require(Permission.SETTINGS)
        address = parse_email(address, "Địa chỉ thư điện tử của tỉnh", "The province's e-mail address")
        self._write_settings({PROVINCE_EMAIL: address})
        return address

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
                  value=UNSET, flag=UNSET, previous=UNSET, comment=UNSET, as_typed=False) -> Row:
        """Save what the officer typed for one indicator (only the fields given change).

        Text is parsed the Vietnamese way; anything refused raises InvalidInput and
        leaves the database as it was. The stored row is read, merged and written in one
        write transaction, so another window or a command writing another field of the
        same indicator at the same moment loses nothing. `as_typed`: the comment is kept even
        if it reads as an old font's (the officer chose so; `refuse_legacy`).
        """
        self.require(Permission.ENTER)
        p = parse_period(period)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        given = {"numerator": numerator, "denominator": denominator, "value": value,
                 "flag": flag, "previous": previous, "comment": comment}
        changes = self._parsed(ind, {k: v for k, v in given.items() if v is not UNSET}, as_typed)
        with self.store.transaction():
            self._before_edit(commune, [p])
            self._put_entry(commune, p, ind, changes)
        return self.row(p, ind.code)

    def set_entries(self, period: str | Period, typed: list[tuple[str, str, object]], *,
                    whole: bool = False) -> Pasted:
        """Several cells at once, a block pasted from a spreadsheet: `typed` holds (indicator,
        field, text), each text read as if typed in its cell. The accepted ones are saved in
        one transaction, an audit row per field, as `set_entry` saves one; a refused one is
        returned with its reason and nothing of it written, and when an indicator's figures
        are refused together (a numerator above its denominator) none of its cells is kept.
        A locked period refuses the whole block; `whole`: so does any refused cell, nothing
        written (an undo or redo of a paste puts back all its cells or none)."""
        self.require(Permission.ENTER)
        p = parse_period(period)
        commune = self.commune
        by_indicator: dict[str, dict[str, object]] = {}
        names: dict[str, list[str]] = {}  # the fields typed, as typed (a count's "value" is its numerator)
        refused: dict[tuple[str, str], InvalidInput] = {}
        for code, name, text in typed:
            ind = self.catalog.applicable(commune, code)
            names.setdefault(code, []).append(name)
            try:
                by_indicator.setdefault(code, {}).update(self._parsed(ind, {name: text}))
            except InvalidInput as err:
                if whole:
                    raise
                refused[(code, name)] = err
        saved = []
        with self.store.transaction():
            self._before_edit(commune, [p])
            for code, changes in by_indicator.items():
                if not changes:
                    continue
                ind = self.catalog.applicable(commune, code)
                try:  # check_entry refuses before anything of the indicator is written
                    self._put_entry(commune, p, ind, changes)
                except InvalidInput as err:
                    if whole:
                        raise
                    refused.update({(code, n): err for n in names[code] if (code, n) not in refused})
                    continue
                saved.append(code)
        return Pasted(rows=[self.row(p, code) for code in saved], refused=refused)

    def _parsed(self, ind: Indicator, given: dict[str, object], as_typed=False) -> dict[str, object]:
        """The fields typed for an indicator, read the Vietnamese way (InvalidInput if not);
        `as_typed`: the comment kept even if it reads as an old font's (`refuse_legacy`)."""
        if ind.kind == "ratio_of_baseline" and "value" in given:
            given = dict(given)
            given["numerator"] = given.pop("value")  # "the current figure" is the count
        changes = {}
        for name, raw in given.items():
            if name == "comment":
                changes[name] = refuse_legacy(parse_comment(raw), "Ghi chú", "Comment", as_typed=as_typed)
                continue
            spec = input_spec(ind, name)
            if spec is None:
                message, en = self._fields_message(ind, name)
                raise InvalidInput(message, field=name, en=en)
            changes[name] = (parse_flag(raw, spec) if name == "flag" else
                             parse_quantity(raw, spec, allow_negative=allows_negative(ind),
                                            max_percent=not is_growth_rate(ind)))
        return changes

    def _put_entry(self, commune: Commune, p: Period, ind: Indicator, changes: dict[str, object]) -> None:
        """Merge the changed fields into the stored entry, check it whole and write it with
        an audit row per changed field (inside the caller's transaction)."""
        old = _entry_from_row(self.store.entry(commune.code, p.code, ind.code))
        changes = one_way_of_entering(ind, old, changes)
        new = replace(old, **changes)
        check_entry(ind, new, self._baseline(commune, ind))
        if new.is_empty and not new.comment:
            self.store.delete_entry(commune.code, p.code, ind.code)
        else:
            self.store.put_entry(_row_from_entry(commune.code, p.code, ind.code, new, self.user))
        for name in changes:
            before, after = getattr(old, name), getattr(new, name)
            if before != after:
                self.store.audit(self.user, "entry", commune=commune.code, period=p.code,
                                 indicator=ind.code, field=name, old=_audit_value(before),
                                 new=_audit_value(after))

    def move_comment(self, period: str | Period, indicator: str, field: str) -> Row:
        """A comment that is only a number the officer meant for a figure (one Tab too many):
        the number goes to `field`, an input of the indicator or "baseline" (its start-of-term
        figure), and the comment is emptied, in one transaction; a refused number changes nothing."""
        p = parse_period(period)
        text = self.row(p, indicator).entry.comment
        with self.store.transaction():
            if field == "baseline":
                self.set_baseline(indicator, text)
                self.set_entry(p, indicator, comment="")
            else:
                self.set_entry(p, indicator, **{field: text, "comment": ""})
        return self.row(p, indicator)

    def _fields_message(self, ind: Indicator, name: str) -> tuple[str, str]:
        """What to say of a field the indicator does not have, in Vietnamese and in English."""
        accepted = ", ".join(f"{f.field} ({f.label})" for f in ind.inputs)
        accepted_en = ", ".join(f"{f.field} ({f.english_label})" for f in ind.inputs)
        return (f'Chỉ tiêu "{ind.name}" không có trường "{name}". Các trường nhập: {accepted}.',
                f'The indicator "{ind.name_en or ind.name}" has no field "{name}". Its fields: {accepted_en}.')

    def set_baseline(self, indicator: str, value) -> Decimal | None:
        """The figure at the start of the term (entered once per term)."""
        self.require(Permission.ENTER)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        if ind.baseline is None:
            with_baseline = [i.code for i in self.catalog.indicators if i.baseline]
            raise InvalidInput(
                f'Chỉ tiêu "{ind.name}" không cần số liệu đầu nhiệm kỳ. Chỉ các chỉ tiêu sau có: '
                + ", ".join(with_baseline) + ".",
                field="Số liệu đầu nhiệm kỳ",
                en=f'The indicator "{ind.name_en or ind.name}" needs no start-of-term figure. Only these have '
                   "one: " + ", ".join(with_baseline) + ".",
            )
        parsed = parse_quantity(value, ind.baseline)
        if parsed is not None and ind.kind == "ratio_of_baseline" and parsed == 0:
            raise InvalidInput(f"{ind.baseline.label}: phải lớn hơn 0.", field=ind.baseline.label,
                               en=f"{ind.baseline.english_label}: must be greater than 0.")
        with self.store.transaction():
            self._before_edit(commune, term_periods(),  # every report of the term uses it
                              Words(f'Số liệu đầu nhiệm kỳ của "{ind.name}"',
                                    f'The start-of-term figure of "{ind.name_en or ind.name}"'))
            old = self._baseline(commune, ind)
            if ind.kind == "ratio_of_baseline" and parsed:
                for row in self.store.entries(commune.code, indicator=ind.code):
                    check_entry(ind, _entry_from_row(row), parsed)
            self.store.put_baseline(commune.code, TERM, ind.code,
                                    canonical(parsed) if parsed is not None else None, self.user)
            if old != parsed:
                self.store.audit(self.user, "baseline", commune=commune.code, indicator=ind.code,
                                 field="baseline", old=_audit_value(old), new=_audit_value(parsed))
        return parsed

    def set_own_target(self, year: int | str, indicator: str, op: str | None, value=None) -> Target | None:
        """The commune's own target for one year; op None removes it. Set by a leader or the
        administrator: it is shown beside the province's target, never instead of it."""
        self.require(Permission.SET_OWN_TARGETS)
        commune = self.commune
        y = _year(year)
        ind = self.catalog.applicable(commune, indicator)
        new = None if op is None else parse_own_target(ind, op, value)
        with self.store.transaction():
            self._before_edit(commune, [p for p in term_periods() if p.year == y],
                              Words(f'Chỉ tiêu xã tự đặt năm {y} của "{ind.name}"',
                                    f'The commune\'s own target for {y} of "{ind.name_en or ind.name}"'))
            old = self.store.own_targets(commune.code).get((y, ind.code))
            self.store.put_own_target(commune.code, y, ind.code, *(new or (None, None)), self.user)
            if old != new:
                self.store.audit(self.user, "own_target", commune=commune.code, period=str(y),
                                 indicator=ind.code, field="target",
                                 old=" ".join(old) if old else None, new=" ".join(new) if new else None)
        return self._own_target(commune, ind, y)

    def set_narrative(self, period: str | Period, section: str, text: str, *, as_typed: bool = False) -> None:
        p = parse_period(period)
        if section not in NARRATIVE_SECTIONS:
            raise InvalidInput(
                f'Mục "{section}" không có. Các mục: ' + ", ".join(NARRATIVE_SECTIONS), field="Mục",
                en=f'There is no section "{section}". The sections: ' + ", ".join(NARRATIVE_SECTIONS),
            )
        self.require(Permission.ENTER)
        title, title_en = NARRATIVE_SECTIONS[section], NARRATIVE_SECTIONS_EN[section]
        text = refuse_legacy(parse_narrative(text, title, title_en), title, title_en, as_typed=as_typed)
        commune = self.commune
        with self.store.transaction():
            old = self.store.narratives(commune.code, p.code).get(section, "")
            if old == text:
                return
            self._before_edit(commune, [p])
            self.store.put_narrative(commune.code, p.code, section, text, self.user)
            self.store.audit(self.user, "narrative", commune=commune.code, period=p.code,
                             field=section, old=old, new=text)

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
        p = parse_period(period)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        return evaluate_row(self.catalog, commune, ind, p, self._inputs(commune, ind.code))

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
        set_up_on = self.store.set_up_on()  # a deadline passed before it is not overdue (is_overdue)
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
                overdue=pending and is_overdue(deadline, today, set_up_on),
                due_soon=pending and today <= deadline <= today + dt.timedelta(days=14),
            ))
        return result

    def changed_elsewhere(self) -> bool:
        """Whether another window, a command (`chitieu approve …`) or a worker thread changed the
        database since this workspace last asked (or was opened): its window then reads it again,
        with the catalogue read again too when a newer version was imported meanwhile."""
        version = self.store.data_version()
        changed, self._data_version = version != self._data_version, version
        if changed:
            self.reload_catalog()
        return changed

    def last_saved(self) -> dt.datetime | None:
        """When anything of this unit was last saved (from the audit trail), local time."""
        stamp = self.store.last_change(self.commune.code)
        when = dt.datetime.fromisoformat(stamp) if stamp else None
        return when.astimezone() if when and when.tzinfo else when

    def period_warnings(self, view: PeriodView, threshold: Decimal = DEFAULT_THRESHOLD) -> dict[str, list[str]]:
        """Warnings of every row of a period view, keyed by indicator code (rows with none omitted)."""
        periods = {p for p in (view.period.previous(), view.period.same_period_last_year(),
                               *view.period.earlier_in_year()) if p is not None}
        others = {p.code: {r.indicator.code: r for r in self.period_view(p).rows} for p in periods}
        found = {row.indicator.code: warnings_for(others, row, threshold) for row in view.rows}
        return {code: warnings for code, warnings in found.items() if warnings}

    def proposed_denominators(self, period: str | Period) -> dict[str, Decimal]:
        """For each indicator whose denominator (population, schools…) is not entered in
        `period`, the one entered in the nearest earlier period: the window shows it grey
        and Enter accepts it, so it is not typed again every period."""
        p = parse_period(period)
        commune = self.commune
        entries = self._inputs(commune).entries
        periods = term_periods()
        earlier = list(reversed(periods[:periods.index(p)]))  # nearest first
        found = {}
        for ind in self.catalog.indicators_for(commune):
            if ind.input("denominator") is None:
                continue
            own = entries.get((p.code, ind.code))
            if own is not None and own.denominator is not None:
                continue
            before = next((e.denominator for q in earlier if (e := entries.get((q.code, ind.code)))
                           and e.denominator is not None), None)
            if before is not None:
                found[ind.code] = before
        return found

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
    return EntryRow(commune, period, indicator, c(e.numerator), c(e.denominator), c(e.value),
                    None if e.flag is None else int(e.flag), c(e.previous), e.comment, now(), user)


def _audit_value(v):
    if isinstance(v, Decimal):
        return canonical(v)
    return v


def _year(year) -> int:
    try:
        y = int(str(year).strip())
    except ValueError:
        y = None
    if y is None or not FIRST_YEAR <= y <= LAST_YEAR:
        raise InvalidInput(f"Năm {year}: chỉ nhận {FIRST_YEAR} đến {LAST_YEAR}.", field="Năm",
                           en=f"Year {year}: only {FIRST_YEAR} to {LAST_YEAR} are accepted.")
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
    (`mark_sent=False`: the caller does it, with the result's submission, e.g. the window on
    its own thread). The mark is refused, the files written staying as files, when the period
    was approved, reopened or approved again meanwhile (`ApprovalActions.mark_sent`). Refused,
    nothing written, while a change made outside the program holds the period back
    (`ApprovalActions.refuse_if_changed_outside`), and a draft (a period not approved, judged with
    the current catalogue) when another window or command imported a newer catalogue since its
    results were shown (`ApprovalActions.refuse_if_catalog_changed`). The checks and the reading
    of the report are one snapshot (`Store.reading`): an edit landing between them is not written."""
    ws.require(Permission.EXPORT)
    p = parse_period(period)
    with ws.store.reading():  # what is written is what was checked: one snapshot, whatever lands meanwhile
        ws.refuse_if_changed_outside(p, ("xuất báo cáo", "exported"))
        if not ws.period_state(p).frozen:
            ws.refuse_if_catalog_changed(p, ("xuất báo cáo", "exported"))
        sub = ws.submission(p)
    if report_date is not None:
        check_report_date(p, report_date, ws.settings.rules)
    if doc_number or report_date:
        sub = replace(sub, doc_number=one_line(doc_number),
                      report_date=report_date or sub.report_date)
    sub = signed(sub, ws.signing_key())
    result = export_files(sub, out_dir, pdf=pdf, xlsx=xlsx, progress=progress, cancelled=cancelled)
    if mark_sent:
        ws.mark_sent(result.submission)
    return result
