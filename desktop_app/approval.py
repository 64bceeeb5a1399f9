"""The life of a reporting period at the commune: complete, approve, reopen, sent; what
the province receives of it (the submission) and the audit trail a reviewer reads.

A mixin of `desktop_app.services.Workspace`, kept apart because it is a job of its own:
every transition is one transaction with its history and audit rows.
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from db.store import PeriodStateRow, now
from desktop_app.core.audit import describe
from desktop_app.core.catalog import Catalog, Commune
from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.submission import Submission, build_submission
from desktop_app.core.users import Permission
from desktop_app.core.workflow import State, check_complete, refuse_if_frozen
from desktop_app.resources import app_version


class ApprovalActions:
    """The period workflow of a Workspace (`self.store`, `self.commune`, `self.period_view`…)."""

    def period_state(self, period: str | Period) -> State:
        row = self.store.period_state(self.commune.code, parse_period(period).code)
        return State(row.state) if row else State.ENTERING

    def _refuse_if_frozen(self, commune: Commune, p: Period) -> None:
        row = self.store.period_state(commune.code, p.code)
        if row:
            refuse_if_frozen(p, State(row.state), row.approved_at)

    def _transition(self, p: Period, to: State, event: str, *, reason: str | None = None,
                    fingerprint: str | None = None, snapshot: str | None = None,
                    sent: bool = False) -> None:
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
        p = parse_period(period)
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
        p = parse_period(period)
        state = self.period_state(p)
        if state != State.COMPLETE:
            raise InvalidInput(
                f"Kỳ {p.name} đang ở trạng thái {state.value}; chỉ duyệt được kỳ đã Hoàn thành.",
                field="Trạng thái kỳ báo cáo",
            )
        view = self.period_view(p)
        check_complete(view)
        sub = self.submission(p, approved=True)
        self._transition(p, State.APPROVED, "approve", fingerprint=sub.fingerprint,
                         snapshot=sub.canonical.decode("utf-8"))
        return sub.fingerprint

    def reopen(self, period: str | Period, reason: str) -> State:
        """A leader reopens an approved period, with a reason; the approved version stays in history."""
        self.require(Permission.REOPEN)
        p = parse_period(period)
        state = self.period_state(p)
        reason = " ".join(unicodedata.normalize("NFC", reason or "").split())
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
        p = parse_period(period)
        state = self.period_state(p)
        if not state.frozen:
            return  # a draft export changes no state
        self._transition(p, State.SENT, "sent", fingerprint=fingerprint, sent=True)

    def period_history(self, period: str | Period):
        return self.store.history(self.commune.code, parse_period(period).code)

    def submission(self, period: str | Period, *, approved: bool | None = None,
                   **document) -> Submission:
        """The period as the province will receive it (paper and file); `document` may give
        its `report_date`, `doc_number` and `generated_at`."""
        p = parse_period(period)
        if approved is None:
            approved = self.period_state(p).frozen
        document.setdefault("app_version", app_version())
        return build_submission(self.period_view(p), self.settings, self.catalog_for(p).version,
                                approved=approved, **document)

    def catalog_for(self, period: str | Period) -> Catalog:
        """The catalogue a period is judged with: for an approved (frozen) period the version it
        was approved under, so a later catalogue update never changes it; else the current one."""
        p = parse_period(period)
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
        self.require(Permission.VIEW)
        rows = self.store.audit_rows(period=period or None, indicator=indicator or None, user=user or None)
        return describe(rows, self.catalog)

    def export_audit(self, path, **filters) -> Path:
        # Imported here: openpyxl would add a fifth to every start for this one action.
        from exports.audit_xlsx import write_audit

        commune = self.commune
        title = f"Nhật ký thay đổi số liệu — {commune.name} (mã {commune.code})"
        return write_audit(self.audit_trail(**filters), path, title)
