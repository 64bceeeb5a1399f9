"""A period marked Hoàn thành waits for the leader's approval: what the leader approves must be what
the officer marked complete, so an edit of its figures takes it back to Đang nhập, and so does an
edit of figures its results read (`core.periods.earlier_periods`), or of a setting its paper prints.

One rule, asked two ways: `would_send_back` says beforehand which periods an edit would take back
(the window asks before it saves), `_before_edit` takes them back inside the edit's transaction.

A mixin of `desktop_app.approval.ApprovalActions` (itself one of `desktop_app.services.Workspace`).
"""
from __future__ import annotations

from desktop_app.core.catalog import Commune
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import (
    Period,
    earlier_periods,
    in_sentence,
    parse_period,
    term_periods,
)
from desktop_app.core.words import Words
from desktop_app.core.workflow import State, refuse_if_frozen, refuse_if_used_frozen

# The settings the report prints (core/submission.build_submission reads them): changed, a
# Complete period goes back to Đang nhập (`_before_printed_settings`).
PRINTED_SETTINGS = {"preparer": "người lập biểu", "signer": "người ký", "signer_title": "chức vụ người ký",
                    "doc_prefix": "ký hiệu văn bản"}


class SendingBack:
    """What an edit does to the periods marked Hoàn thành, for a Workspace (`self.store`, `self.commune`…)."""

    def would_send_back(self, periods, *, read_elsewhere: bool = True) -> list[Period]:
        """The periods marked Hoàn thành, in the term's order, that an edit of `periods` would take
        back to Đang nhập (`_before_edit`): those among them, and the later ones reading their
        figures. `read_elsewhere` False: what is edited is read by no other period: words (a
        comment, the report's text), or a figure whose periods are given whole (the start-of-term
        figure: `baseline_periods`; the commune's own target: `own_target_periods`). A read only: the
        edit decides again."""
        edited = [parse_period(p) for p in periods]
        with self.store.reading():
            back, readers = self._going_back(self.commune.code, edited, read_elsewhere)
        codes = {p.code for p in back} | {r.code for r, _ in readers}
        return [p for p in term_periods() if p.code in codes]

    def typed_would_send_back(self, period: str | Period, typed, *, as_typed: bool = False) -> list[Period]:
        """`would_send_back` for cells typed in a period, (indicator, field, text) as `set_entries` takes
        them: [] when nothing of them would be saved, each refused anyway (the refusal comes then,
        with no question before it: walk 26) or typed as stored (nothing goes back)."""
        p = parse_period(period)
        with self.store.reading():
            try:
                block = self._block(self.commune, p, typed, as_typed=as_typed)  # as set_entries reads it
            except ChiTieuError:  # refused whole (an indicator not the unit's): nothing saved
                return []
            return self.would_send_back([p], read_elsewhere=block.figures) if block.written else []

    def _going_back(self, commune_code: str, periods: list[Period], read_elsewhere: bool):
        """(the periods marked Hoàn thành among `periods`, [(each other one whose results read the
        figures of some of them, those it reads)] when `read_elsewhere`), in the term's order."""
        complete = self._complete_periods(commune_code)
        edited = {p.code: p for p in periods}
        readers = []
        for reader in complete if read_elsewhere else ():
            read = [edited[e.code] for e in earlier_periods(reader) if e.code in edited]
            if read and reader.code not in edited:
                readers.append((reader, read))
        return [p for p in complete if p.code in edited], readers

    def _before_edit(self, commune: Commune, periods, what: Words | None = None, *, figures: bool = True) -> None:
        """Inside the write transaction of an edit: refuse it for an approved period; a
        completed period goes back to Đang nhập, since what the leader will approve must be
        what the officer marked complete (reported in `notice`). `what` names what is being
        changed when it is not one period's own figures (the start-of-term figure, an own
        target): the refusal then names it and every approved period that uses it.

        A period's own figures are read by later periods too (`core.periods.earlier_periods`:
        the same period a year later, the later years of the term; what `rows.used_inputs` takes
        into their approvals): a Complete one of those goes back to Đang nhập as well, its history
        saying which period's figures changed (red-team 22, F5: 2026's budget revenue corrected
        changed the code of a Complete 2027-9M, left Hoàn thành). An approved or sent one keeps its
        approval, which holds its own copy of them; its `drift` names the correction. `figures`
        False: only words are edited (a comment, the report's text), which no other period reads.
        Which periods go back is `_going_back`'s, as `would_send_back` tells them beforehand."""
        if what is not None:
            self._refuse_if_used_frozen(commune, periods, what)
        for p in periods:
            row = self.store.period_state(commune.code, p.code)
            if row is not None:
                refuse_if_frozen(p, State(row.state), row.approved_at)
        said = []
        back, readers = self._going_back(commune.code, list(periods), what is None and figures)
        for p in back:
            self._set_state(p, State.ENTERING, "edit")
        if back:
            said.append(f"Kỳ {', '.join(in_sentence(p.name) for p in back)} trở lại trạng thái Đang nhập vì số liệu vừa "
                        "được sửa sau khi đánh dấu Hoàn thành. Khi nhập xong, đánh dấu Hoàn thành lại để Lãnh đạo duyệt.")
        said += self._readers_back(readers)
        if said:
            self.notice = " ".join(said)

    def _refuse_if_used_frozen(self, commune: Commune, periods, what: Words) -> None:
        """Refuse an edit of `what` (the start-of-term figure, an own target), read by `periods`, when
        one of them is approved or sent, naming them all: in `_before_edit`, and in the service's own
        check before it (`check_baseline`, `check_own_target`: refused before any question)."""
        rows = [(p, self.store.period_state(commune.code, p.code)) for p in periods]
        refuse_if_used_frozen(what, [(p, r) for p, r in rows if r is not None and State(r.state).frozen])

    def _readers_back(self, readers) -> list[str]:
        """Inside an edit's transaction: each Complete period whose results read the figures edited
        (`_going_back`'s readers, with what they read) back to Đang nhập, with its history row; what
        is said of it."""
        said = []
        for reader, read in readers:
            names = ", ".join(in_sentence(p.name) for p in read)
            self._set_state(reader, State.ENTERING, "edit",
                            reason=f"Số liệu kỳ {names} mà báo cáo kỳ này dùng được sửa sau khi đánh dấu Hoàn thành")
            said.append(f"Kỳ {in_sentence(reader.name)} trở lại trạng thái Đang nhập vì số liệu kỳ {names} mà báo cáo "
                        "kỳ này dùng vừa được sửa sau khi đánh dấu Hoàn thành. Đánh dấu Hoàn thành lại để Lãnh đạo "
                        "duyệt.")
        return said

    def _complete_periods(self, commune_code: str) -> list[Period]:
        """The term's periods marked Hoàn thành, in order. Read by the term's codes, not the rows'
        own: a row put in by hand for no period (binary data, "2027-13M"), once acknowledged, made
        every figure and setting saved after it stop on it (red-team 23, F2)."""
        states = self.store.period_states(commune_code)
        return [p for p in term_periods() if p.code in states and states[p.code].state == State.COMPLETE.value]

    def _before_printed_settings(self, values: dict) -> None:
        """Inside the transaction writing the settings (`values`, as `setup` keeps them): when one
        the report prints changes (`PRINTED_SETTINGS`: the people named on it, the document
        prefix), every Complete period goes back to Đang nhập as after a figure edited
        (`_before_edit`), its history saying why: the leader's review code is the figures', and
        what the leader approves must be the paper the officer marked complete (red-team 22, F4:
        `approve --expect` passed after the signer was changed, and the paper named the other
        signer). Approved and sent periods keep their paper: it is their snapshot's settings."""
        old = self.store.settings()
        changed = [label for key, label in PRINTED_SETTINGS.items() if key in values and old.get(key) != values[key]]
        if not changed or old.get("commune_code") is None:
            return
        what = ", ".join(changed)
        back = self._complete_periods(old["commune_code"])
        for p in back:
            self._set_state(p, State.ENTERING, "edit", reason=f"Đổi {what} trong Cài đặt sau khi đánh dấu Hoàn thành")
        if back:
            names = ", ".join(in_sentence(p.name) for p in back)
            self.notice = (f"Kỳ {names} trở lại trạng thái Đang nhập vì {what} in trên báo cáo vừa được đổi sau khi "
                           "đánh dấu Hoàn thành. Đánh dấu Hoàn thành lại để Lãnh đạo duyệt.")
