"""What a restore carries into the data it puts back, and what the warning says of it: the number and date
an approval the backup stands on was issued with after the backup was taken (its first export for the
province, red-team 26 F2; one code, one number, red-team 28). The province holds the report with them, and
one approval has one of each (core/doc_number.py); the backup does not hold them.

They are read from the data the restore replaces, and only from them and the backup: from their own history
when it carries on the backup's (`issued_since_backup`), and from what the restores before recorded in their
rows of it (`to_carry`; core/restore_record.py). Each restore records in its row every number its replaced
data knew, their own and those their restore rows recorded (`known_issued`), so that the knowledge passes on
through any number of restores: the second of two restores in a row, which replaced only the first one's
result, whose history is not the second backup's, lost the number and said nothing (edge 1 of "Restore
edges"). Those rows are in the chain of the database replaced, which the program keeps: one changed or added
with sqlite3 makes it untrusted, and an untrusted database passes nothing on (`unknown_issued` says so). The
copies of the data replaced kept in the backup folder ("truoc-khoi-phuc", a person's safety net) are files
anyone can put there: read for the carry, a fork of the right backup exported under another number, planted
under a copy's name, was carried as a number never issued (red-team 30).

Whether each of the two files is trusted is decided once for one warning or one restore (`Chains`), and every
reading of it is given that answer.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from db import backup as sqlite_backup
from db import integrity
from db.store import Store
from desktop_app.approval import record_sent
from desktop_app.core.doc_number import (
    SENT,
    Issued,
    issued_after,
    issued_of,
    printed_number,
)
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import format_time, in_sentence, in_time, parse_period
from desktop_app.core.restore_record import Recorded, RestoreRecord, read, written
from desktop_app.core.settings import Settings
from desktop_app.core.submission import SHORT_FINGERPRINT, doc_symbol
from desktop_app.core.vietnam_time import local_text
from desktop_app.core.words import Words
from desktop_app.core.workflow import State


@dataclass(frozen=True)
class Carried:
    """The number and date (`issued`, with the symbol its report prints) an approval the backup stands on
    (`approval`, of code `fingerprint`) was first exported with after the backup was taken, and when that
    export was marked sent (`sent_at`): what the restore keeps (`carry_issued`). `recorded_at`: when the earlier
    restore whose row recorded it ran (`to_carry`), "" when read from the data this one replaces."""
    unit_code: str
    period: str
    approval: int | None
    fingerprint: str
    issued: Issued
    sent_at: str
    recorded_at: str = ""


# What an issued number is read from: found changed outside the program (or the chain itself broken), nothing
# is carried or said of it.
UNTRUSTED = ("period_states", "period_history", "approvals")


@dataclass(frozen=True)
class Chains:
    """The two files one restore warning or one restore reads, the data the restore replaces (`replaced`) and the
    backup (`backup`), and what their audit chains show (`db.integrity.verify`): each chain is walked once, when a
    reading first needs it, and the answer given to every reading of that warning or restore. A walk reads the
    whole chain, on the window's thread, and the readings walked each file up to five times: nearly all of a
    warning's time on five years of data, the window frozen meanwhile.

    Made for one warning or one restore and dropped with it, never kept by a file's name or time: a file may
    change between two warnings, or between the warning and the restore. The restore makes its own inside its
    hold of the database (`backups._recorded`), of the copy of the data it replaces made under that hold: what
    it carries is decided on what it replaces."""
    replaced: Path
    backup: Path

    @cached_property
    def replaced_found(self) -> list[integrity.Tampering] | None:
        return _found(self.replaced)

    @cached_property
    def backup_found(self) -> list[integrity.Tampering] | None:
        return _found(self.backup)

    @property
    def replaced_trusted(self) -> bool:
        return _trusts(self.replaced_found)

    @property
    def backup_trusted(self) -> bool:
        return _trusts(self.backup_found)


def _found(path: Path) -> list[integrity.Tampering] | None:
    """What a database file's chain shows changed outside the program and not acknowledged (`db.integrity.verify`);
    None when it cannot be read."""
    try:
        conn = sqlite_backup.open_read_only(path)
        try:
            return integrity.verify(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError, RecursionError):
        return None


def _trusts(found: list[integrity.Tampering] | None) -> bool:
    """Whether a file whose chain shows `found` (`_found`) is trusted: its periods' states, history and approvals,
    and its chain, show nothing changed outside the program and not acknowledged (`UNTRUSTED`); not when its chain
    cannot be read."""
    return found is not None and not any(t.table is None or t.table in UNTRUSTED for t in found)


def issued_since_backup(chains: Chains) -> list[Carried]:
    """Each approval the backup stands on issued after it (its first export for the province,
    `doc_number.issued_after`), oldest period first: the backup does not hold the number and date, which
    the province holds the report with. Nothing when the database does not carry on the backup's history
    (`db.backup.continues`: its history's row ids name other rows), or cannot be read, or in either file the
    periods' states, history or approvals were changed outside the program and not acknowledged (`UNTRUSTED`,
    `Chains`): a restore is how such data are left, and a "sent" step written there by another tool must not
    come back in the restored data as the administrator's; nor may a backup's approval forged outside the
    program come back marked Đã gửi with the number the genuine one was issued with."""
    db_path, source = chains.replaced, chains.backup
    if not sqlite_backup.continues(db_path, source):
        return []
    then = sqlite_backup.approval_states(source) or {}
    last = sqlite_backup.last_history_id(source) or 0
    frozen = sorted((k for k, row in then.items() if State(row["state"]).frozen and row["fingerprint"]),
                    key=lambda k: in_time(parse_period(k[1])))
    if not frozen:
        return []
    if not (chains.replaced_trusted and chains.backup_trusted):
        return []
    try:
        store = Store(db_path, read_only=True)
        try:
            histories = {key: (store.history(*key), _symbol(store, then[key]["approval"])) for key in frozen}
        finally:
            store.close()
    except (ChiTieuError, sqlite3.Error, TypeError):  # damaged, or a history of another form: nothing
        return []
    carried = []
    for key in frozen:
        history, symbol = histories[key]
        found = issued_after(history, last, then[key]["fingerprint"])
        if found is not None:
            issued, sent_at = found
            carried.append(Carried(*key, then[key]["approval"], then[key]["fingerprint"],
                                   replace(issued, symbol=symbol), sent_at))
    return carried


def carried_or_read(chains: Chains, carried: list[Carried] | None) -> list[Carried]:
    """`carried` when the caller read it once for every line of a warning (`backups._warning`), else `to_carry`
    read now."""
    return to_carry(chains) if carried is None else carried


def issued_since(chains: Chains, carried: list[Carried] | None = None) -> list[Words]:
    """The number and date each approval the backup stands on was issued with after the backup was
    taken (`to_carry`): the restore keeps them, the period marked Đã gửi, so every later export of that
    approval prints them, as the report the province holds does; with any other number the data replaced know
    for the same code (issued by a version before red-team 31 F1), which the province may hold too. Then each
    report the backup records Đã gửi under another number than the data replaced know for the same code
    (`sent_otherwise`)."""
    known = known_issued(chains)
    recorded = {(r.key, _printed(r.issued)) for r, _ in _recorded(chains)}
    lines = []
    for c in carried_or_read(chains, carried):
        p, code = parse_period(c.period), c.fingerprint[:SHORT_FINGERPRINT]
        said, said_en = c.issued.said()
        when = format_time(c.recorded_at)
        # a number its own history issued under another approval of the same code (reopened, approved again) is
        # the database's own choice; one beside a number a restore recorded is two reports of one code
        others = [r.issued.said() for r in known if (r.unit_code, r.period, r.fingerprint) == (
            c.unit_code, c.period, c.fingerprint) and _printed(r.issued) != _printed(c.issued)
            and (c.recorded_at or (r.key, _printed(r.issued)) in recorded)]
        lines.append(Words(
            f"Báo cáo đã duyệt kỳ {in_sentence(p.name)} (mã xác thực {code}) đã phát hành {said} sau khi sao lưu, "
            f"mà bản sao lưu chưa ghi: khi khôi phục, máy giữ lại số và ngày đó và ghi kỳ ở trạng thái "
            f"{State.SENT.label}. Tỉnh đang giữ báo cáo {said}; mỗi lần duyệt chỉ có một số văn bản và một ngày báo "
            "cáo, nên mỗi lần xuất lại bản đã duyệt này vẫn mang đúng số và ngày đó." + (
                f" Số và ngày đó đọc từ lịch sử của cơ sở dữ liệu đang dùng: lần khôi phục lúc {when} đã ghi lại "
                "chúng từ dữ liệu lần đó thay thế." if c.recorded_at else "") + (
                f" Dữ liệu đang dùng còn ghi {', '.join(o[0] for o in others)} cho cùng mã xác thực đó, phát hành "
                f"sau: tỉnh có thể đang giữ cả hai báo cáo; máy giữ {said}, số gửi trước." if others else ""),
            f"The approved report of {in_sentence(p.name_en)} (code {code}) was issued with {said_en} after the backup "
            f"was taken, which the backup does not record: the restore keeps that number and date and marks the "
            f"period {State.SENT.en}. The province holds the report with {said_en}; one approval has one document "
            "number and one report date, so every later export of this approved report carries them." + (
                f" That number and date are read from the history of the database in use: the restore at {when} "
                "recorded them from the data it replaced." if c.recorded_at else "") + (
                f" The data in use also record {', '.join(o[1] for o in others)} for the same code, issued later: "
                f"the province may hold both reports; the restore keeps {said_en}, sent first." if others else "")))
    return lines + sent_otherwise(chains, known)


def sent_otherwise(chains: Chains, known: list[Recorded]) -> list[Words]:
    """Each report the backup records Đã gửi (its own history, `_own`) under another number or date than the data
    the restore replaces know for the same code (`known`, `known_issued`): a fork of the data exported under
    another number (red-team 31 F2). Both are said, the province may hold both; the restored period carries the
    backup's. Nothing from a backup whose chain is not trusted."""
    theirs = {}
    for r in known:
        theirs.setdefault(r.key, []).append(r.issued)
    if not theirs:
        return []
    own = _own(chains.backup, sqlite_backup.histories(chains.backup) or {})
    if not own or not chains.backup_trusted:
        return []
    lines = []
    for r, _ in own:
        other = [i for i in theirs.get(r.key, []) if _printed(i) != _printed(r.issued)]
        if not other:
            continue
        p, code = parse_period(r.period), r.fingerprint[:SHORT_FINGERPRINT]
        (said, said_en), held = r.issued.said(), [i.said() for i in other]
        lines.append(Words(
            f"Bản sao lưu ghi báo cáo kỳ {in_sentence(p.name)} (mã xác thực {code}) {State.SENT.label} với {said}, "
            f"còn dữ liệu đang dùng ghi {', '.join(h[0] for h in held)} cho cùng mã xác thực đó: tỉnh có thể đang "
            f"giữ cả hai báo cáo. Sau khi khôi phục, kỳ mang {said} như trong bản sao lưu; hãy đối chiếu với các báo "
            "cáo đã gửi tỉnh trước khi xuất lại.",
            f"The backup records the report of {in_sentence(p.name_en)} (code {code}) {State.SENT.en} with {said_en}, "
            f"while the data in use record {', '.join(h[1] for h in held)} for the same code: the province may hold "
            f"both reports. After the restore, the period carries {said_en} as in the backup; compare with the "
            "reports sent to the province before exporting again."))
    return lines


def unknown_issued(chains: Chains) -> list[Words]:
    """That the numbers and dates issued in the database a restore replaces cannot be known, when it holds
    some (`_own`, `_records`) but its chain is not trusted (`Chains`): the restore carries none of them and
    records none for a later one (`known_issued`)."""
    db_path = chains.replaced
    held = _own(db_path, sqlite_backup.histories(db_path) or {}) or _records(db_path, chained=False)
    if not held or chains.replaced_trusted:
        return []
    return [Words(
        "Cơ sở dữ liệu đang dùng có việc duyệt hoặc lịch sử bị sửa ngoài chương trình, nên không biết được số và "
        "ngày báo cáo đã phát hành trong đó: khôi phục không mang sang số nào từ đó, hãy đối chiếu với các báo cáo "
        "đã gửi tỉnh trước khi xuất lại.",
        "The database in use has approvals or history changed outside the program, so the document numbers and "
        "report dates issued in it cannot be known: the restore carries none of them over; compare with the "
        "reports sent to the province before exporting again.")]


def _symbol(store: Store, approval_id) -> str:
    """The symbol the report of an approval prints after its number ("BC-UBND"), from the approval's
    copy of the settings, as its exports print it."""
    approval = store.approval(approval_id) if approval_id is not None else None
    return _symbol_of(approval.snapshot if approval is not None else None)


def _symbol_of(snapshot: str | None) -> str:
    """`_symbol` of an approval's snapshot."""
    try:
        return doc_symbol(Settings.from_json(json.loads(snapshot)["settings"]).doc_prefix)
    except (AttributeError, ValueError, KeyError, TypeError):  # an approval without its copy: the usual one
        return doc_symbol("")


def to_carry(chains: Chains) -> list[Carried]:
    """Period by period, for the approval the backup stands on (same period, same code) while the backup records
    none issued for it, the first sent of the number its export issued in the database `chains.replaced` (the
    data a restore of `chains.backup` replaces) after the backup was taken (`issued_since_backup`) and those its
    earlier restores recorded (`_recorded`): the one the province first received that report with (a fork of the
    data exported under another number and restored over them must not take its place, red-team 31 F2). Read only
    from the two files, and from the data replaced only when its chain is trusted; from the backup too (a backup's
    approval forged outside the program comes back marked Đã gửi with no genuine number)."""
    source = chains.backup
    then = {key: row for key, row in (sqlite_backup.approval_states(source) or {}).items()
            if State(row["state"]).frozen and row["approval"] is not None and row["fingerprint"]}
    found = {(c.unit_code, c.period): c for c in issued_since_backup(chains)}
    recorded = {}
    for r, at in sorted(_recorded(chains) if then else [], key=lambda r: r[0].sent_at):
        key = (r.unit_code, r.period)
        if key in then and then[key]["fingerprint"] == r.fingerprint and key not in recorded:
            recorded[key] = Carried(*key, then[key]["approval"], r.fingerprint, r.issued, r.sent_at, at)
    if recorded:
        steps = sqlite_backup.histories(source)
        vouched = steps is not None and chains.backup_trusted
        # the backup issued it already (its history says so): it comes back as it is. Of two sent at the same
        # time, the recorded one: the data the person worked on knew it when another restore replaced them.
        for key, c in recorded.items():
            if vouched and issued_of(steps.get(key, [])) is None and (key not in found
                                                                       or c.sent_at <= found[key].sent_at):
                found[key] = c
    return sorted(found.values(), key=lambda c: in_time(parse_period(c.period)))


def known_issued(chains: Chains) -> list[Recorded]:
    """Every number and date issued known from the database a restore replaces (`chains.replaced`), for the
    restore's row (core/restore_record.py): each approval's first export for the province in its own history (`_own`), and
    every one its restore rows recorded (`_recorded`); two numbers for one code (the second issued by a version
    before red-team 31 F1 after a restore recorded the first) are both kept, the province may hold both, and a
    reader takes the first sent. Nothing from a database whose chain is not trusted (`Chains`, `unknown_issued`)."""
    db_path = chains.replaced
    steps = sqlite_backup.histories(db_path) or {}
    own, records = _own(db_path, steps), _records(db_path)
    if not (own or records) or not chains.replaced_trusted:
        return []
    known: dict[tuple, Recorded] = {}
    for recorded in sorted([r for r, _ in own] + [r for r, _ in _recorded(chains, records)],
                           key=lambda r: r.sent_at):
        known.setdefault((*recorded.key, _printed(recorded.issued)), recorded)
    return sorted(known.values(), key=lambda r: (in_time(parse_period(r.period)), r.unit_code, r.sent_at))


def _printed(issued: Issued) -> tuple[str, object]:
    """What tells two issued numbers apart: the number as printed and the date."""
    return printed_number(issued.doc_number, issued.symbol), issued.report_date


def _own(db_path: Path, steps: dict) -> list[tuple[Recorded, int]]:
    """Each approval's first export for the province in a database file's own history (`issued_of`: the first
    "sent" step after it recording a number and date), with that step's id, oldest first."""
    found, snapshots = [], None
    for (unit, period), history in steps.items():
        for k, step in enumerate(history):
            if step.event != SENT or step.fingerprint is None:
                continue
            issued = issued_of(history[:k + 1])
            if issued is None or issued_of(history[:k]) is not None:  # none, or issued by an earlier step
                continue
            snapshots = (sqlite_backup.approval_snapshots(db_path) or {}) if snapshots is None else snapshots
            issued = replace(issued, symbol=_symbol_of(snapshots.get((unit, period, step.fingerprint))))
            found.append((Recorded(unit, period, step.fingerprint, issued, step.at), step.id))
    return sorted(found, key=lambda f: f[1])


def _records(db_path: Path, *, chained: bool = True) -> list[tuple[RestoreRecord, str]]:
    """What each restore row of a database file the program chained (or any, not `chained`) records
    (core/restore_record.py), with the restore's time, when it records a number: a row of an older version
    records none, nor does a province's (whose whole chain, thousands of reports, `Chains` would walk)."""
    return [(record, row.at) for row in sqlite_backup.restore_rows(db_path, chained=chained) or []
            if (record := read(row.old)) is not None and record.issued]


def _recorded(chains: Chains, records: list | None = None) -> list[tuple[Recorded, str]]:
    """Every number the restore rows of the database a restore replaces recorded (`_records`, with the restore's
    time), whatever the database issued since (an export of that code since reuses it, `Workspace.issued`; one of
    an older version that issued another is said beside it, `issued_since`); nothing when its chain is not
    trusted (`Chains`)."""
    records = _records(chains.replaced) if records is None else records
    if not records or not chains.replaced_trusted:
        return []
    return [(recorded, at) for record, at in records for recorded in record.issued]


def recorded_row(store: Store, copy: Path | None, known: list[Recorded], replaced: RestoreRecord) -> str:
    """The `old` of a restore's row (core/restore_record.py), written into the data put back in the restore's
    transaction (`store`), after what it carried: the copy kept of the data replaced, what they knew issued
    (`known_issued`), the newest row of each backup the restore explains and what the data replaced had lost
    unexplained (`replaced`, backup_chain.explained_in), and the last step of the periods' history as the restore
    leaves it."""
    last = max((step.id for unit in store.units_in_history() for step in store.history(unit)), default=0)
    return written(replace(replaced, copy=copy.name if copy else None, history=last, issued=tuple(known)))


CARRIED = "Số và ngày báo cáo mang sang từ dữ liệu trước khi khôi phục (đã xuất gửi tỉnh lúc {at})"
CARRIED_EARLIER = ("Số và ngày báo cáo mang sang từ dữ liệu như trước lần khôi phục lúc {when}, như lịch sử của lần "
                   "khôi phục đó ghi lại (đã xuất gửi tỉnh lúc {at})")


def carry_issued(store: Store, user: str, carried: list[Carried]) -> None:
    """Inside the restore's transaction, the number and date each approval the backup stands on was issued
    with after it (`to_carry`), kept: the period still standing on that approval and holding none is marked Đã
    gửi with them (`approval.record_sent`, by the restoring `user`, its reason saying so, the export's time kept in
    the step's data: period_steps.carried_export), so its next export prints them, as the report the province holds
    does; one approval, one number and one date."""
    for c in carried:
        row = store.period_state(c.unit_code, c.period)
        if (row is None or not State(row.state).frozen or row.approval_id != c.approval
                or row.fingerprint != c.fingerprint or issued_of(store.history(c.unit_code, c.period))):
            continue
        at = local_text(c.sent_at)  # the words, as before; the time is read from the step's data (`carried`)
        record_sent(store, user, c.unit_code, parse_period(c.period), c.sent_at, c.issued, carried=True,
                    reason=CARRIED_EARLIER.format(when=local_text(c.recorded_at), at=at) if c.recorded_at
                    else CARRIED.format(at=at))
