"""The data history at the commune: what was changed outside the program (`db.integrity`),
the administrator's acknowledgement of it (which voids the approvals those changes touch),
and the audit trail a reviewer reads and exports.

What was changed outside the program includes rows cut off the end of the chain, which the chain cannot
show of itself: the check compares the history with every backup kept in the backup folder, automatic or
taken by hand (db/backup_chain.py), and says what they hold that it lost as one finding, acknowledged once.
Not closable from inside the data folder: the backups that hold the rows deleted with them.

An acknowledgement clears only what it can name (a finding's mark): a backup another program holds locked, or one
that cannot be opened or read (db/unread_backup.py), not compared, and triggers or views added outside, which the
program removes when it next opens the database to write, stay said after it (`left_by_acknowledging`). What is
said after an acknowledgement, in the window and by `chitieu audit`, tells them apart from the changes acknowledged
(`left_heading`): they are no failed acknowledgement.

A mixin of `desktop_app.services.Workspace`, kept apart from the period's life
(`desktop_app.approval`, whose `_set_state` voiding an approval uses) because it is a job of its own.
"""
from __future__ import annotations

from pathlib import Path

from desktop_app.backup_files import kept_backups
from desktop_app.core.audit import describe
from desktop_app.core.errors import ChangedOutside, InvalidInput, NotFound
from desktop_app.core.periods import Period, in_sentence, parse_period, period_of
from desktop_app.core.users import Permission
from desktop_app.core.words import Words
from desktop_app.core.workflow import (
    State,
    approval_voided,
    approvals_voided,
    concerns,
    refuse_while_changed_outside,
)
from desktop_app.later_approvals import complete_changed_said, complete_figures, complete_would_change_said


class HistoryActions:
    """The history's checks, acknowledgement and audit trail (see the module)."""

    approvals_voided: tuple[Words, ...] = ()  # what the last acknowledgement voided (`acknowledge_changes`)
    # the later periods marked Hoàn thành whose figures those voids changed (`later_approvals.complete_changed_said`)
    complete_changed_by_voiding: tuple[Words, ...] = ()

    def verify_history(self):
        """What was changed outside the program (`db.integrity`), named; [] when nothing."""
        self.require(Permission.VIEW)
        return self.store.verify_integrity(self._indicator_names(), self._kept_backups())

    def _kept_backups(self) -> list[tuple[Path, str, bool]]:
        """Every backup kept in the backup folder, automatic or by hand, with when it was taken: the database's
        history must still hold their rows (db/backup_chain.py: the chain alone cannot show rows cut off its
        end, and any one backup, even the newest automatic, may be a forged copy, emptied or renamed)."""
        return kept_backups(self.store.path)

    def _indicator_names(self) -> dict:
        """Each indicator's name in both languages, as the history names a figure changed outside."""
        return {i.code: Words(i.name, i.name_en or i.name) for i in self.catalog.indicators}

    def changes_outside(self, period: str | Period) -> list:
        """What `verify_history` finds that holds `period` back (`core.workflow.concerns`)."""
        p, commune = parse_period(period), self.commune
        return [t for t in self.store.verify_integrity(self._indicator_names(), self._kept_backups())
                if concerns(t.table, t.key, commune.code, p)]

    def refuse_if_changed_outside(self, period: str | Period, doing: tuple[str, str]) -> None:
        """Refuse `doing` (Vietnamese, English: "duyệt", "approved") with a period while a change
        made outside the program holds it back, naming the changes and what to do."""
        p = parse_period(period)
        found = self.changes_outside(p)
        refuse_while_changed_outside(p, [t.message for t in to_acknowledge(found)], doing)
        if found:  # only what an acknowledgement does not clear: its own words say what to do, not "acknowledge"
            words = Words(" ".join(t.message for t in found), " ".join(t.en or t.message for t in found))
            raise ChangedOutside(f"Kỳ {in_sentence(p.name)} chưa {doing[0]} được: {words}", field="Lịch sử số liệu",
                                 en=f"{p.name_en} cannot be {doing[1]} yet: {words.en}")

    def acknowledge_changes(self, seen: list | None = None) -> list[str]:
        """The administrator has looked into what was changed outside the program: recorded
        (one audit row naming every change, each record by the state it was found in,
        db/integrity.py), after which those changes hold back no period; any change it does not
        name, made before or after it, still does. `seen`: what the administrator read, the
        findings `verify_history` gave (the window's list, the command's own); refused when the
        history now finds others, or a record listed in another state (changed again while the
        list was open: what was checked is not what would be recorded as checked). Their messages
        alone are not enough: such a record reads the same words. Returns the messages acknowledged.

        In the same transaction, an approved or sent period whose approval, state, figures or report
        text were among the changes loses its approval (`core.workflow.approvals_voided`): it goes
        back to Hoàn thành, with its history and audit rows, and the leader must approve again;
        `approvals_voided` then says so, one line a period (empty when none). A later period marked Hoàn thành
        whose figures counted the voided approval (a term total, last year's count) is not sent back but now shows
        other figures and review code: `complete_changed_by_voiding` names it, one line a voided period that changed
        any ("Kỳ năm 2028 (Hoàn thành, chờ duyệt) nay không còn tính số liệu của năm 2027 …"; empty when none).

        What an acknowledgement does not clear (`left_by_acknowledging`) is listed and compared with the rest, but
        neither recorded nor returned as acknowledged; with nothing else found, refused (NotFound: nothing to
        acknowledge), naming it."""
        self.require(Permission.ACKNOWLEDGE_CHANGES)
        self.approvals_voided = self.complete_changed_by_voiding = ()
        names = self._indicator_names()
        with self.store.transaction():
            found = self.store.verify_integrity(names, self._kept_backups())
            if not found:
                raise NotFound("Lịch sử số liệu nguyên vẹn: không có thay đổi ngoài chương trình nào cần xác nhận.",
                               field="Lịch sử số liệu",
                               en="The data history is intact: there is no change made outside the program to "
                                  "acknowledge.")
            if seen is not None:
                _refuse_unless_as_listed(list(seen), found)
            cleared = to_acknowledge(found)
            if not cleared:  # an acknowledgement naming nothing would clear nothing: refused, not recorded
                words = nothing_to_acknowledge(found)
                raise NotFound(str(words), field="Lịch sử số liệu", en=words.en)
            said = [t.message for t in cleared]
            self.store.acknowledge_changes(self.user, cleared, "\n".join(said))
            voided, changed = self._void_approvals(cleared)  # after the acknowledgement: its records enter the chain
        self.approvals_voided, self.complete_changed_by_voiding = tuple(voided), tuple(changed)
        return said

    def approvals_voided_by(self, found) -> list[Period]:
        """The approved (or sent) periods whose approval acknowledging `found` (`verify_history`'s
        findings) voids (`core.workflow.approvals_voided`): what the question before it names."""
        code = self.settings.commune_code
        if not code:
            return []
        frozen_states = {State.APPROVED.value, State.SENT.value}
        # a row whose period is no period's code (binary data put there with sqlite3) is no period the program
        # approved: named by `verify_history`, acknowledged as found, with no approval to void
        frozen = {period: row.approval_id for period, row in self.store.period_states(code).items()
                  if row.state in frozen_states and period_of(period) is not None}
        under = {period: self.approved_under(period) for period in frozen}
        changed = [(t.table, t.key) for t in found]
        return [parse_period(period) for period in approvals_voided(changed, code, frozen, under)]

    def complete_changed_by_voiding_found(self, found) -> list[Words]:
        """Before the question: of each period whose approval acknowledging `found` would void
        (`approvals_voided_by`), what is said of the later periods marked Hoàn thành whose figures the void would
        change (`later_approvals.complete_would_change_said`), so that the administrator reads it before
        confirming, as `complete_changed_by_voiding` says it after."""
        return [said for p in self.approvals_voided_by(found)
                if (said := complete_would_change_said(self, p, "void")) is not None]

    def _void_approvals(self, found) -> tuple[list[Words], list[Words]]:
        """Inside the acknowledgement's transaction: the approval of each period `found` concerns
        (`approvals_voided_by`) is voided, the period back to Hoàn thành; what is said of each, and of the later
        periods marked Hoàn thành whose figures each void changed (`complete_changed_said`, read around it)."""
        said, changed = [], []
        catalogues = {t.key[0] for t in found if t.table == "catalogs" and t.key}
        by_data = set(self.approvals_voided_by([t for t in found if t.table != "catalogs"]))
        for p in self.approvals_voided_by(found):
            version = self.approved_under(p)
            words, reason = approval_voided(p, version if version in catalogues else None, data=p in by_data)
            before = complete_figures(self, p)
            self._set_state(p, State.COMPLETE, "approval_voided", reason=reason)
            said.append(words)
            later = complete_changed_said(self, p, before, "void")
            if later is not None:
                changed.append(later)
        return said, changed

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


def _refuse_unless_as_listed(seen: list, found: list) -> None:
    """Refuse an acknowledgement unless the history finds now what the administrator read (`seen`:
    the findings listed): the same changes, and each record in the state it was listed in (its
    `mark`): a figure changed again while the box was open reads the same message."""
    said = [t.message for t in found]
    if [s.message for s in seen] != said:
        raise InvalidInput(
            f"Chưa xác nhận: từ lúc danh sách được mở, lịch sử số liệu tìm thấy thay đổi ngoài chương trình "
            f"khác với danh sách đã xem (nay có {len(said)}). Xem lại danh sách rồi xác nhận.",
            field="Lịch sử số liệu",
            en=f"Not acknowledged: since the list was opened, the data history has found changes made outside "
               f"the program other than the ones read (now {len(said)}). Read the list again, then acknowledge.")
    again = [t for s, t in zip(seen, found) if s.mark != t.mark]
    if again:
        raise InvalidInput(
            f"Chưa xác nhận: từ lúc danh sách được mở, {len(again)} thay đổi trong danh sách đã bị thay đổi lần nữa "
            f"(số liệu đã xem không còn là số liệu đang lưu), đầu tiên: {again[0].message} Xem lại danh sách rồi "
            "xác nhận.",
            field="Lịch sử số liệu",
            en=f"Not acknowledged: since the list was opened, {len(again)} of the changes listed were changed again "
               f"(the data read are no longer the data stored), first: {again[0].message} Read the list again, "
               "then acknowledge.")


def to_acknowledge(found: list) -> list:
    """The findings among `found` that an acknowledgement clears: what it names (their marks)."""
    return [t for t in found if t.mark is not None]


def left_by_acknowledging(found: list) -> list:
    """The findings among `found` that an acknowledgement does not clear, as it names only marks
    (db/integrity.acknowledged): a backup another program holds locked or that cannot be read, said until it can be
    compared (db/backup_chain.py), triggers or views added outside, said until the program next opens the database
    to write (db/foreign_schema.py)."""
    return [t for t in found if t.mark is None]


def left_heading(count: int) -> Words:
    """What is said above the `count` findings an acknowledgement does not clear (`left_by_acknowledging`), after
    one and wherever the changes to acknowledge are listed: not changes to acknowledge, nor a failed
    acknowledgement. Never over them alone: with nothing acknowledged nor to acknowledge, it spoke of an
    acknowledgement nobody made."""
    if count == 1:
        return Words("Việc xác nhận đã kiểm tra không xóa được điều sau: không có gì ở đó để xác nhận, nó vẫn được "
                     "báo cho đến khi xử lý xong như lời báo nói.",
                     "Acknowledging the check does not clear the following: there is nothing in it to acknowledge, "
                     "and it stays reported until dealt with as it says.")
    return Words(f"Việc xác nhận đã kiểm tra không xóa được {count} điều sau: không có gì ở đó để xác nhận, chúng vẫn "
                 "được báo cho đến khi xử lý xong như lời báo nói.",
                 f"Acknowledging the check does not clear the following {count}: there is nothing in them to "
                 "acknowledge, and they stay reported until dealt with as they say.")


def nothing_to_acknowledge(left: list) -> Words:
    """Why an acknowledgement is refused when the history finds only what it does not clear (`left`), each in its own
    words: nothing was acknowledged, so no `left_heading`."""
    return Words("Chưa ghi nhận gì: không có thay đổi ngoài chương trình nào để xác nhận. "
                 + " ".join(t.message for t in left),
                 "Nothing recorded: there is no change made outside the program to acknowledge. "
                 + " ".join(t.en or t.message for t in left))
