"""A period marked Hoàn thành waits for the leader's approval: what the leader approves must be what
the officer marked complete, so an edit of its figures takes it back to Đang nhập, and so does an
edit of a setting its paper prints.

An edit of another period's figures takes no Complete period back: a period's results count another
period's figures (`core.periods.earlier_periods`) only once that one is approved, and as its last
approval while it is reopened (`core.rows.Inputs.counts`); an edit is refused in an approved period,
so what any other period reads of the edited one (nothing, or its last approval) stays as it was
(sending a Complete 2028 back when a draft 2027 was typed told the officer "số liệu kỳ Năm 2027 mà báo
cáo kỳ này dùng vừa được sửa", which was false). What an approval of that period changes in a later
Complete one is said by the approval (`later_approvals.complete_changed_by`), not sent back.

One rule, asked two ways: `would_send_back` says beforehand which periods an edit would take back
(the window asks before it saves), `_before_edit` takes them back inside the edit's transaction.

A mixin of `desktop_app.approval.ApprovalActions` (itself one of `desktop_app.services.Workspace`).
"""
from __future__ import annotations

from desktop_app.core.catalog import Commune
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import Period, in_sentence, parse_period, term_periods
from desktop_app.core.words import Words
from desktop_app.core.workflow import State, refuse_if_frozen, refuse_if_used_frozen

# The settings the report prints (core/submission.build_submission reads them): changed, a
# Complete period goes back to Đang nhập (`_before_printed_settings`).
PRINTED_SETTINGS = {"preparer": "người lập biểu", "signer": "người ký", "signer_title": "chức vụ người ký",
                    "doc_prefix": "ký hiệu văn bản"}


class SendingBack:
    """What an edit does to the periods marked Hoàn thành, for a Workspace (`self.store`, `self.commune`…)."""

    def would_send_back(self, periods) -> list[Period]:
        """The periods marked Hoàn thành, in the term's order, that an edit of `periods` would take
        back to Đang nhập (`_before_edit`): those among them, and no other (an edit changes nothing
        another period reads: the module's docstring). A read only: the edit decides again."""
        edited = {parse_period(p).code for p in periods}
        with self.store.reading():
            return [p for p in self._complete_periods(self.commune.code) if p.code in edited]

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
            return self.would_send_back([p]) if block.written else []

    def _before_edit(self, commune: Commune, periods, what: Words | None = None) -> None:
        """Inside the write transaction of an edit: refuse it for an approved period; a
        completed period goes back to Đang nhập, since what the leader will approve must be
        what the officer marked complete (reported in `notice`). `what` names what is being
        changed when it is not one period's own figures (the start-of-term figure, an own
        target): the refusal then names it and every approved period that uses it.

        Later periods reading the edited one's figures (`core.periods.earlier_periods`) stay as they
        are: they count it only once approved (as last approved while reopened), which no edit
        changes (the module's docstring; red-team 22 F5's rule, that sent them back too, predates
        that). Figures or only words (a comment, the report's text): only the edited Complete periods go
        back, as `would_send_back` tells beforehand."""
        if what is not None:
            self._refuse_if_used_frozen(commune, periods, what)
        for p in periods:
            row = self.store.period_state(commune.code, p.code)
            if row is not None:
                refuse_if_frozen(p, State(row.state), row.approved_at)
        edited = {p.code for p in periods}
        back = [p for p in self._complete_periods(commune.code) if p.code in edited]
        for p in back:
            self._set_state(p, State.ENTERING, "edit")
        if back:
            self.notice = (f"Kỳ {', '.join(in_sentence(p.name) for p in back)} trở lại trạng thái Đang nhập vì số liệu "
                           "vừa được sửa sau khi đánh dấu Hoàn thành. Khi nhập xong, đánh dấu Hoàn thành lại để Lãnh "
                           "đạo duyệt.")

    def _refuse_if_used_frozen(self, commune: Commune, periods, what: Words) -> None:
        """Refuse an edit of `what` (the start-of-term figure, an own target), read by `periods`, when
        one of them is approved or sent, naming them all: in `_before_edit`, and in the service's own
        check before it (`check_baseline`, `check_own_target`: refused before any question)."""
        rows = [(p, self.store.period_state(commune.code, p.code)) for p in periods]
        refuse_if_used_frozen(what, [(p, r) for p, r in rows if r is not None and State(r.state).frozen])

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
