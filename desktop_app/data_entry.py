"""Entering a commune's figures: what the officer types for an indicator (one cell, or a
block pasted from a spreadsheet), the start-of-term figures, the commune's own targets and
the report's written sections.

A mixin of `desktop_app.services.Workspace`, kept apart because it is a job of its own: each
action reads the text the Vietnamese way, refuses what cannot be stored (InvalidInput, the
database left as it was) and writes the value with its audit rows in one transaction. A period
that has not begun takes no figures and no report text (`refuse_unless_begun`), said before
anything typed is read: what is wrong is the period, not the figure.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from db.rows import EntryRow, now
from desktop_app.core.catalog import Commune, Indicator, Target
from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Entry
from desktop_app.core.legacy_text import refuse_legacy
from desktop_app.core.numbers import canonical
from desktop_app.core.periods import FIRST_YEAR, LAST_YEAR, TERM, Period, parse_period, term_periods
from desktop_app.core.rows import (
    NARRATIVE_SECTIONS,
    NARRATIVE_SECTIONS_EN,
    Row,
    households_refusal,
    input_spec,
    one_way_of_entering,
)
from desktop_app.core.users import Permission
from desktop_app.core.validation import (
    allows_negative,
    check_entry,
    is_growth_rate,
    parse_comment,
    parse_flag,
    parse_narrative,
    parse_own_target,
    parse_quantity,
    refuse_never_met,
)
from desktop_app.core.words import Words
from desktop_app.core.workflow import ENTERING, State, refuse_if_frozen


UNSET = object()


@dataclass(frozen=True)
class Block:
    """What a block of typed cells would write (`EntryActions._block`): (indicator, stored entry,
    changes, new entry) for each entry it changes, the indicators whose cells are accepted (changed
    or typed as stored), and the cells refused with why."""
    written: list[tuple[Indicator, Entry, dict[str, object], Entry]]
    kept: list[str]
    refused: dict[tuple[str, str], InvalidInput]


@dataclass(frozen=True)
class Pasted:
    """What `Workspace.set_entries` did: the rows saved, and the cells refused with why."""
    rows: list[Row]
    refused: dict[tuple[str, str], InvalidInput]


class EntryActions:
    """The entering actions of a Workspace (`self.store`, `self.commune`, `self.row`, `self._before_edit`…)."""

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
        self.refuse_unless_begun(p, ENTERING)
        self._refuse_if_locked(p)
        commune = self.commune
        ind = self.catalog.applicable(commune, indicator)
        given = {"numerator": numerator, "denominator": denominator, "value": value,
                 "flag": flag, "previous": previous, "comment": comment}
        changes = self._parsed(ind, {k: v for k, v in given.items() if v is not UNSET}, as_typed)
        with self.store.transaction():
            old, merged, new = self._merged(commune, p, ind, changes)
            if new == old:
                # retyped as it was: nothing sent back to Đang nhập, no audit row (red-team 23, F4:
                # a Complete later period went back, "số liệu vừa được sửa", for no change at all)
                return self.row(p, ind.code)
            self._before_edit(commune, [p])
            self._write_entry(commune, p, ind, old, merged, new)
        return self.row(p, ind.code)

    def _refuse_if_locked(self, p: Period) -> None:
        """An approved period is told before what was typed is read: "9.500,5" in a count on an
        approved period said "phải là số nguyên", and only once that was mended "đã duyệt"
        (walk 22, L4). The write transaction (`_before_edit`) checks again: this one reads
        outside it and only orders the messages."""
        row = self.store.period_state(self.commune.code, p.code)
        if row is not None:
            refuse_if_frozen(p, State(row.state), row.approved_at)

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
        self.refuse_unless_begun(p, ENTERING)
        self._refuse_if_locked(p)
        commune = self.commune
        with self.store.transaction():
            block = self._block(commune, p, typed, whole=whole)
            # Only a block that changes something takes a Complete period back, as one typed cell
            # does (`set_entry`): a paste of refused or retyped cells leaves it Hoàn thành.
            if block.written:
                self._before_edit(commune, [p])
            for ind, old, merged, new in block.written:
                self._write_entry(commune, p, ind, old, merged, new)
        return Pasted(rows=[self.row(p, code) for code in block.kept], refused=block.refused)

    def _block(self, commune: Commune, p: Period, typed, *, whole: bool = False, as_typed: bool = False) -> Block:
        """What a block of typed cells (`set_entries`' `typed`) would write, read inside the caller's
        transaction or reading, nothing written: each cell read alone, then each indicator's cells
        checked whole (`_merged`). `whole`: the first refusal is raised. One reading for the save
        and for the window's question before it (`typed_would_send_back`)."""
        by_indicator: dict[str, dict[str, object]] = {}
        names: dict[str, list[str]] = {}  # the fields typed, as typed (a count's "value" is its numerator)
        refused: dict[tuple[str, str], InvalidInput] = {}
        for code, name, text in typed:
            ind = self.catalog.applicable(commune, code)
            names.setdefault(code, []).append(name)
            try:
                by_indicator.setdefault(code, {}).update(self._parsed(ind, {name: text}, as_typed))
            except InvalidInput as err:
                if whole:
                    raise
                refused[(code, name)] = err
        written, kept = [], []
        for code, changes in by_indicator.items():
            if not changes:
                continue
            ind = self.catalog.applicable(commune, code)
            try:
                old, merged, new = self._merged(commune, p, ind, changes)
            except InvalidInput as err:
                if whole:
                    raise
                refused.update({(code, n): err for n in names[code] if (code, n) not in refused})
                continue
            kept.append(code)
            if new != old:
                written.append((ind, old, merged, new))
        return Block(written, kept, refused)

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
            refused = households_refusal(ind, name, raw)  # "1234,5" poor households: why not a rate either
            if refused is not None:
                raise refused
            changes[name] = (parse_flag(raw, spec) if name == "flag" else
                             parse_quantity(raw, spec, allow_negative=allows_negative(ind),
                                            max_percent=not is_growth_rate(ind)))
        return changes

    def _merged(self, commune: Commune, p: Period, ind: Indicator, changes: dict[str, object]):
        """(the stored entry, the changes as merged, the entry they make, checked whole: a figure an
        older version let through is told when retyped, even unchanged)."""
        old = entry_from_row(self.store.entry(commune.code, p.code, ind.code))
        changes = one_way_of_entering(ind, old, changes)
        new = replace(old, **changes)
        check_entry(ind, new, self._baseline(commune, ind))
        return old, changes, new

    def _write_entry(self, commune: Commune, p: Period, ind: Indicator, old, changes: dict[str, object], new) -> None:
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

    def baseline_periods(self) -> list[Period]:
        """The periods a start-of-term figure is read by: every report of the term. What `set_baseline`
        takes back to Đang nhập, and what the window asks `would_send_back` of before it."""
        return term_periods()

    def own_target_periods(self, year: int | str) -> list[Period]:
        """The periods the commune's own target for `year` is read by: the year's (its reports are
        judged against it). What `set_own_target` takes back, and what the window asks of first."""
        y = _year(year)
        return [p for p in term_periods() if p.year == y]

    def check_baseline(self, indicator: str, value) -> Decimal | None:
        """The start-of-term figure `value` of `indicator` as `set_baseline` would save it, nothing written:
        refused as it would refuse it (the indicator takes none, the number, 0 for a ratio of it, an
        entry stored against it; PeriodFrozen: a period approved or sent reads it). The window checks first,
        so a figure refused anyway is refused before any question; `set_baseline` checks by it again."""
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
        with self.store.reading():  # inside `set_baseline`: its write transaction
            if ind.kind == "ratio_of_baseline" and parsed:
                for row in self.store.entries(commune.code, indicator=ind.code):
                    check_entry(ind, entry_from_row(row), parsed)
            self._refuse_if_used_frozen(commune, self.baseline_periods(), _baseline_words(ind))
        return parsed

    def set_baseline(self, indicator: str, value) -> Decimal | None:
        """The figure at the start of the term (entered once per term), checked by `check_baseline`."""
        commune = self.commune
        with self.store.transaction():
            parsed = self.check_baseline(indicator, value)
            ind = self.catalog.applicable(commune, indicator)
            old = self._baseline(commune, ind)
            if old == parsed:  # retyped as it was: no period taken back, no audit row (as `set_entry`)
                return parsed
            self._before_edit(commune, self.baseline_periods(), _baseline_words(ind))
            self.store.put_baseline(commune.code, TERM, ind.code,
                                    canonical(parsed) if parsed is not None else None, self.user)
            self.store.audit(self.user, "baseline", commune=commune.code, indicator=ind.code,
                             field="baseline", old=_audit_value(old), new=_audit_value(parsed))
        return parsed

    def check_own_target(self, year: int | str, indicator: str, op: str | None, value=None) -> tuple[str, str] | None:
        """The commune's own target as `set_own_target` would save it, (op, value) or None (removed),
        nothing written: refused as it would refuse it (the year, the target; PeriodFrozen: a period of
        the year approved or sent). The window checks first, so a target refused anyway is refused before
        any question; `set_own_target` checks by it again."""
        self.require(Permission.SET_OWN_TARGETS)
        commune = self.commune
        periods = self.own_target_periods(year)
        ind = self.catalog.applicable(commune, indicator)
        new = None if op is None else parse_own_target(ind, op, value)
        if new is not None and ind.kind != "boolean":
            refuse_never_met(ind, *new)
        with self.store.reading():  # inside `set_own_target`: its write transaction
            self._refuse_if_used_frozen(commune, periods, _own_target_words(ind, periods[0].year))
        return new

    def set_own_target(self, year: int | str, indicator: str, op: str | None, value=None) -> Target | None:
        """The commune's own target for one year; op None removes it. Set by a leader or the
        administrator: it is shown beside the province's target, never instead of it. Checked by
        `check_own_target`."""
        commune = self.commune
        with self.store.transaction():
            new = self.check_own_target(year, indicator, op, value)
            y, ind = _year(year), self.catalog.applicable(commune, indicator)
            old = self.store.own_targets(commune.code).get((y, ind.code))
            if old == new:  # retyped as it was: no period taken back, no audit row (as `set_entry`)
                return self._own_target(commune, ind, y)
            self._before_edit(commune, self.own_target_periods(y), _own_target_words(ind, y))
            self.store.put_own_target(commune.code, y, ind.code, *(new or (None, None)), self.user)
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
        self.refuse_unless_begun(p, ENTERING)
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

    def _baseline(self, commune: Commune, ind: Indicator) -> Decimal | None:
        v = self.store.baselines(commune.code, TERM).get(ind.code)
        return Decimal(v) if v is not None else None


def entry_from_row(row: EntryRow | None) -> Entry:
    """A stored row as the core's Entry (an empty one when nothing is stored); the reading
    side (`Workspace._inputs`) evaluates from it too."""
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


def _baseline_words(ind: Indicator) -> Words:
    return Words(f'Số liệu đầu nhiệm kỳ của "{ind.name}"', f'The start-of-term figure of "{ind.name_en or ind.name}"')


def _own_target_words(ind: Indicator, y: int) -> Words:
    return Words(f'Chỉ tiêu xã tự đặt năm {y} của "{ind.name}"',
                 f'The commune\'s own target for {y} of "{ind.name_en or ind.name}"')


def _year(year) -> int:
    try:
        y = int(str(year).strip())
    except ValueError:
        y = None
    if y is None or not FIRST_YEAR <= y <= LAST_YEAR:
        raise InvalidInput(f"Năm {year}: chỉ nhận {FIRST_YEAR} đến {LAST_YEAR}.", field="Năm",
                           en=f"Year {year}: only {FIRST_YEAR} to {LAST_YEAR} are accepted.")
    return y
