"""What a restore undoes that people did, for its chained row (core/restore_undid.py, walk U7 F3): the leaders'
approvals the question names (`restore_approvals.undone_approvals`) and the figures it counts entered since the
backup (`restore_figures.entered_since`), with who entered them (the history's `entry` rows after the backup's last
row). Read by the same rules as the question, from the restore's copies of the two files (`restore_carry.Chains`),
under its hold of the database (`backups._recorded`). The figures not when the data replaced do not carry on the
backup's history (`db.backup.continues`): what differs is not known to be entered since; an approval the backup does
not hold is undone all the same (`undone_approvals`, red-team R17 F4).

With what the restore rows of the data replaced that the backup does not hold recorded undone and not redone
(`carried_forward`): the second of two restores of the same backup replaced the first one's row, and nobody was told
of the approval the first undid (red-team R16 F2)."""
from __future__ import annotations

from dataclasses import replace

from db import backup as sqlite_backup
from desktop_app.core.periods import Period, in_time, parse_period
from desktop_app.core.restore_record import read as read_record
from desktop_app.core.restore_undid import (
    FiguresUndone,
    UndidApproval,
    Undone,
    of_person,
    undid_approval,
)
from desktop_app.core.words import Words
from desktop_app.core.workflow import State
from desktop_app.restore_approvals import undone_approvals
from desktop_app.restore_carry import Carried, Chains
from desktop_app.restore_figures import entered_since


def undone_by_restore(chains: Chains, carried: list[Carried] | None = None) -> Undone:
    earlier = carried_forward(chains)
    own = _own(chains, carried)
    known = {(a.unit_code, a.period, a.fingerprint) for a in own.approvals}
    return Undone(own.approvals + tuple(a for a in earlier.approvals
                                        if (a.unit_code, a.period, a.fingerprint) not in known),
                  own.figures + earlier.figures)


def _own(chains: Chains, carried: list[Carried] | None) -> Undone:
    """What this restore undoes itself (module note)."""
    replaced, backup = chains.replaced, chains.backup
    approvals = tuple(undone_approvals(chains, carried))
    if not sqlite_backup.continues(replaced, backup):
        return Undone(approvals)
    names = sqlite_backup.account_names(replaced) or {}
    who = sqlite_backup.entered_by_after(replaced, sqlite_backup.last_audit_id(backup) or 0) or {}
    counts = entered_since(replaced, backup)
    figures = tuple(FiguresUndone(unit, period, n, tuple((u, names.get(u) or u) for u in who.get((unit, period), ())))
                    for (unit, period), n in sorted(counts.items(), key=lambda kn: (kn[0][0], in_time(parse_period(kn[0][1])))))
    return Undone(approvals, figures)


SEEN = "restore_undid_seen."  # + a user name: the last restore row whose box that person was shown


def carried_forward(chains: Chains) -> Undone:
    """What the restore rows of the data a restore replaces (`chains.replaced`, rows the program chained, from a
    chain trusted: `Chains`) that the backup it puts back does not hold (the same row: id and hash) recorded undone
    that is still to say: each approval not given again since (the period not approved after the row, as
    `undid_approval` reads it) that the backup does not bring back (its period approved with the same code), and the
    figures entered since, while one who entered them was not told; each with the restore that undid it
    (`undone_by`) and whether its people were shown it (`told`: their `SEEN` setting in the data replaced names
    that row or a later one). Nothing otherwise (red-team R16 F2)."""
    if not chains.replaced_trusted:
        return Undone()
    held = {(r.id, r.hash) for r in sqlite_backup.restore_rows(chains.backup) or []}
    rows = [(r, record) for r in sqlite_backup.restore_rows(chains.replaced) or []
            if (record := read_record(r.old)) is not None and record.undone]
    if not rows:
        return Undone()
    names = sqlite_backup.account_names(chains.replaced) or {}
    steps = sqlite_backup.histories(chains.replaced) or {}
    now = sqlite_backup.approval_states(chains.replaced) or {}
    then = sqlite_backup.approval_states(chains.backup) or {}
    seen: dict[str, int] = {}

    def told(user: str, row_id: int) -> bool:
        if user not in seen:
            value = sqlite_backup.setting_in(chains.replaced, SEEN + user)
            seen[user] = value if isinstance(value, int) and not isinstance(value, bool) else 0
        return seen[user] >= row_id

    def undone_by(row, record) -> tuple[str, str, str]:
        return (row.at, names.get(row.user) or row.user,
                record.restored[0] if record.restored else (row.new or ""))

    approvals, figures, done = [], [], set()
    for row, record in reversed(rows):  # the last restore that undid a period's approval is the one said
        for a in record.undone.approvals:
            key = (a.unit_code, a.period)
            if key in done:
                continue
            done.add(key)
            state, back = now.get(key) or {}, then.get(key) or {}
            if ((row.id, row.hash) in held or (state.get("state") and State(state["state"]).frozen)
                    or any(step.id > record.history and step.event == "approve" for step in steps.get(key, ()))
                    or (back.get("state") and State(back["state"]).frozen and back.get("fingerprint") == a.fingerprint)):
                continue
            approvals.append(replace(a, undone_by=a.undone_by or undone_by(row, record),
                                     told=a.told or told(a.approver, row.id)))
    for row, record in rows:
        if (row.id, row.hash) in held:
            continue
        for f in record.undone.figures:
            shown = tuple(user for user, _ in f.people if user in f.told or told(user, row.id))
            if len(shown) < len(f.people):
                figures.append(replace(f, undone_by=f.undone_by or undone_by(row, record), told=shown))
    order = {key: k for k, key in enumerate((a.unit_code, a.period) for _, record in rows
                                            for a in record.undone.approvals)}
    return Undone(tuple(sorted(approvals, key=lambda a: order[(a.unit_code, a.period)])), tuple(figures))


class RestoreUndidActions:
    """The Workspace's reading of what restores undid (core/restore_undid.py), from the restore rows the program
    chained (`chained_audit_rows`: one inserted or edited with sqlite3 is none)."""

    def _restores(self, after: int = 0) -> list[tuple[int, tuple]]:
        """(row id, (RestoreRecord, time, administrator's full name, backup's file name)) of each chained restore row
        after row `after` that undid anything, in the chain's order."""
        found = []
        for r in self.store.chained_audit_rows("restore"):
            record = read_record(r.old)
            if r.id <= after or record is None or not record.undone:
                continue
            account = self.store.user(r.user)
            found.append((r.id, (record, r.at, account.full_name if account else r.user,
                                 record.restored[0] if record.restored else (r.new or ""))))
        return found

    def restore_undid_mine(self) -> tuple[int, list[Words]]:
        """What the restores since this person was last told (`restore_undid_seen`) undid of their own work, one line
        each (`restore_undid.of_person`), with the last such restore's row; (0, []) when nothing (walk U7, F3)."""
        if self.user is None:
            return 0, []
        seen = self.store.get_setting(SEEN + self.user)
        restores = self._restores(seen if isinstance(seen, int) else 0)
        account = self.store.user(self.user)
        lines = of_person([r for _, r in restores], self.user, account.full_name if account else "")
        return (restores[-1][0], lines) if lines else (0, [])

    def restore_undid_seen(self, row: int) -> None:
        """This person was shown what the restores up to row `row` undid of their work: not shown again (a setting per
        person, with its row in the change log as every setting)."""
        key = SEEN + self.user
        with self.store.transaction():
            before = self.store.get_setting(key)
            self.store.put_setting(key, row)
            self.store.audit(self.user, "setting", field=key, old="" if before is None else str(before),
                             new=str(row))

    def undid_approval(self, period: str | Period) -> UndidApproval | None:
        """The restore that undid the approval `period` stood on, when it has not been approved again since: what
        the line over its table and `chitieu status` say (walk U7, F3); None otherwise."""
        p = parse_period(period)
        row = self.store.period_state(self.commune.code, p.code)
        restores = [r for _, r in self._restores()]
        if not restores:
            return None
        return undid_approval(restores, self.period_history(p), self.commune.code, p.code,
                              row is not None and State(row.state).frozen)
