"""What a restore undid that people did (walk U7, F3): each leader's approval the data it replaced held that the
data it put back do not, and the figures entered since the backup, period by period and by whom: what the restore
question listed before the administrator answered Có (desktop_app/restore_approvals.undone_approvals,
desktop_app/restore_figures.entered_since). The restore's chained row records them (`undone` in its `old`,
core/restore_record.py), so a period whose approval a restore undid, not approved again since, says so where the
leader looks (the commune window's line over the table, `chitieu status`): before, it read "Đang nhập / Quá hạn"
with no word of the approval undone, nor by whom (reopening needs a leader and a reason; a restore needs neither).

A restore replaces the restore rows of the data it replaces that the backup does not hold: what they recorded undone
and not yet redone (an approval not given again, figures whose people were not all told) is carried into its own row
(`UndoneApproval.undone_by`, `told`; desktop_app/restore_undone.carried_forward), as the rows lost acknowledged are
(core/restore_record.py): two restores in a row no longer erase the record (red-team R16 F2). A person is matched by
user name and full name: a user name given again to another person after a restore is not that person (R16 F3).

A row of an older version holds no `undone`: it reads as nothing undone, as it did.
"""
from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import format_time, in_sentence, parse_period
from desktop_app.core.submission import SHORT_FINGERPRINT
from desktop_app.core.validation import one_line
from desktop_app.core.words import Words


@dataclass(frozen=True)
class UndoneApproval:
    """A leader's approval of a unit's period the restore undid: its code (`fingerprint`, the whole), who gave it
    (user name and full name as the data replaced had them: the restore may take the account away) and when."""
    unit_code: str
    period: str
    fingerprint: str
    approver: str
    approver_name: str
    approved_at: str
    # the earlier restore that undid it, carried by a later one: (its time, administrator's full name, backup's file
    # name); None: the restore whose row records it undid it
    undone_by: tuple[str, str, str] | None = None
    told: bool = False  # the approver was shown it already (carried: the data replaced said so)

    @property
    def code(self) -> str:
        return self.fingerprint[:SHORT_FINGERPRINT]


@dataclass(frozen=True)
class FiguresUndone:
    """The figures of a unit's period entered or changed since the backup that the restore put back as they were:
    how many, and who entered them ((user name, full name), in the order first met)."""
    unit_code: str
    period: str
    figures: int
    people: tuple[tuple[str, str], ...]
    undone_by: tuple[str, str, str] | None = None  # as `UndoneApproval.undone_by`
    told: tuple[str, ...] = ()  # the user names of `people` shown it already (carried)


@dataclass(frozen=True)
class Undone:
    approvals: tuple[UndoneApproval, ...] = ()
    figures: tuple[FiguresUndone, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.approvals or self.figures)


def written(undone: Undone) -> dict:
    """The `undone` key of a restore row's JSON (core/restore_record.written writes it only when not empty);
    "undone_by" and "told" only for what was carried."""
    return {"approvals": [{"unit": a.unit_code, "period": a.period, "fingerprint": a.fingerprint,
                           "approver": a.approver, "approver_name": a.approver_name, "approved_at": a.approved_at,
                           **_carried(a.undone_by), **({"told": True} if a.told else {})}
                          for a in undone.approvals],
            "figures": [{"unit": f.unit_code, "period": f.period, "figures": f.figures,
                         "people": [list(person) for person in f.people],
                         **_carried(f.undone_by), **({"told": list(f.told)} if f.told else {})}
                        for f in undone.figures]}


def _carried(by: tuple[str, str, str] | None) -> dict:
    return {"undone_by": {"at": by[0], "administrator": by[1], "backup": by[2]}} if by else {}


def _undone_by(found) -> tuple[str, str, str] | None:
    if found is None:
        return None
    return _text(found["at"]), _text(found["administrator"]), _text(found["backup"])


def read(found) -> Undone:
    """What `written` wrote; nothing undone for a row without it (an older version's) or anything else."""
    if not isinstance(found, dict):
        return Undone()
    try:
        approvals = tuple(UndoneApproval(*(_text(a[k]) for k in ("unit", "period", "fingerprint", "approver",
                                                                   "approver_name", "approved_at")),
                                         _undone_by(a.get("undone_by")), a.get("told") is True)
                          for a in found.get("approvals", ()))
        figures = tuple(FiguresUndone(_text(f["unit"]), _text(f["period"]), int(f["figures"]),
                                      tuple((_text(user), _text(name)) for user, name in f["people"]),
                                      _undone_by(f.get("undone_by")), tuple(_text(u) for u in f.get("told", ())))
                        for f in found.get("figures", ()))
    except (KeyError, TypeError, ValueError, AttributeError):
        return Undone()
    return Undone(approvals, figures)


def _text(value) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return one_line(value)


@dataclass(frozen=True)
class UndidApproval:
    """A restore that undid the approval a period stood on, not approved again since (`undid_approval`): the
    approval, and the restore's time, administrator (full name) and backup put back (its file name)."""
    approval: UndoneApproval
    restored_at: str
    administrator: str
    backup: str

    def words(self) -> Words:
        """"Kỳ này đã được … duyệt ngày …; ngày … lúc …, quản trị viên … khôi phục bản sao lưu … nên việc duyệt bị
        hủy. Cần duyệt lại." — the window's line over the table and `chitieu status` say it alike."""
        a = self.approval
        approved, restored = _date(a.approved_at), format_time(self.restored_at)
        return Words(
            f"Kỳ này đã được {a.approver_name} duyệt ngày {approved} (mã {a.code}); lúc {restored}, quản trị viên "
            f"{self.administrator} khôi phục bản sao lưu {self.backup} nên việc duyệt bị hủy. Cần duyệt lại.",
            f"This period was approved by {a.approver_name} on {approved} (code {a.code}); at {restored}, the "
            f"administrator {self.administrator} restored the backup {self.backup}, which undid the approval. It "
            "must be approved again.")


def _date(at: str) -> str:
    """dd/mm/yyyy of a stored time; the text itself when it is none."""
    return f"{at[8:10]}/{at[5:7]}/{at[:4]}" if len(at) >= 10 and at[4] == "-" and at[7] == "-" else at


def undid_approval(restores, steps, unit: str, period: str, state_frozen: bool) -> UndidApproval | None:
    """The last restore (of `restores`: (RestoreRecord, the row's time, the administrator's full name, the backup's
    file name), in the order of the chain) that undid the approval of `unit`'s `period`, when the period has not
    been approved again since: it is not frozen, and its history (`steps`, anything with `.id` and `.event`) holds
    no approval after the last step the restore put back (`RestoreRecord.history`). None otherwise."""
    if state_frozen:
        return None
    for record, at, administrator, backup in reversed(list(restores)):
        undone = next((a for a in record.undone.approvals if (a.unit_code, a.period) == (unit, period)), None)
        if undone is None:
            continue
        if any(step.id > record.history and step.event == "approve" for step in steps):
            return None
        return UndidApproval(undone, *(undone.undone_by or (at, administrator, backup)))
    return None


def of_person(restores, username: str, full_name: str) -> list[Words]:
    """What the restores `restores` ((RestoreRecord, the row's time, the administrator's full name, the backup's file
    name), in the order of the chain) undid of the work of the person `username` named `full_name`, one line each,
    save what they were shown already (`told`, carried): their approvals, the figures they entered since the backup
    (walk U7, F3: a box at their next login, `Workspace.restore_undid_mine`). The user name and the full name both:
    a user name given to another person after the restore took the account away is not that person (R16 F3)."""
    lines = []
    for record, *restore in restores:
        for a in record.undone.approvals:
            if (a.approver, a.approver_name) == (username, full_name) and not a.told:
                name, name_en = _period_names(a.period)
                said = _by(a.undone_by or restore)
                lines.append(Words(
                    f"{said[0]}: việc bạn duyệt kỳ {name} ngày {_date(a.approved_at)} (mã {a.code}) bị hủy; kỳ đó cần "
                    "duyệt lại.",
                    f"{said[1]}: your approval of {name_en} on {_date(a.approved_at)} (code {a.code}) was undone; the "
                    "period must be approved again."))
        for f in record.undone.figures:
            if (username, full_name) in f.people and username not in f.told:
                name, name_en = _period_names(f.period)
                said = _by(f.undone_by or restore)
                lines.append(Words(
                    f"{said[0]}: {f.figures} số liệu kỳ {name} nhập sau lúc sao lưu trở lại như trong bản sao lưu"
                    + (" (bạn và người khác cùng nhập)" if len(f.people) > 1 else "") + "; hãy nhập lại.",
                    f"{said[1]}: {f.figures} figure(s) of {name_en} entered after the backup are back as in the backup"
                    + (" (entered by you and others)" if len(f.people) > 1 else "") + "; enter them again."))
    return lines


def _by(restore) -> tuple[str, str]:
    """"Lúc …, quản trị viên … khôi phục bản sao lưu …" of a restore (its time, administrator, backup)."""
    when, who, name = restore
    return (f"Lúc {format_time(when)}, quản trị viên {who} khôi phục bản sao lưu {name}",
            f"At {format_time(when)}, the administrator {who} restored the backup {name}")


def _period_names(code: str) -> tuple[str, str]:
    """A period's name in a sentence, Vietnamese and English; its code when it is none the program knows."""
    try:
        p = parse_period(code)
    except (ChiTieuError, ValueError, KeyError, TypeError):
        return code, code
    return in_sentence(p.name), p.name_en
