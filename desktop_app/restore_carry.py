"""What a restore carries into the data it puts back, and what the warning says of it: the number and date
an approval the backup stands on was issued with after the backup was taken (its first export for the
province, red-team 26 F2; one code, one number, red-team 28). The province holds the report with them, and
one approval has one of each (core/doc_number.py); the backup does not hold them.

They are read from the data the restore replaces (`issued_since_backup`) and, for a restore straight after
others, from the data those replaced (`to_carry`): each restore keeps what it replaces in the backup folder
("truoc-khoi-phuc") and names that copy in its row of the history. The second of two restores in a row
replaced only the first one's result, whose history is not the second backup's: the number the first
restore carried, or issued before both, was lost and not said (edge 1 of "Restore edges").
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from db import backup as sqlite_backup
from db import integrity
from db.store import Store
from desktop_app.approval import record_sent
from desktop_app.core.doc_number import Issued, issued_after, issued_of
from desktop_app.core.errors import ChiTieuError, DatabaseDamaged, NewerDatabase
from desktop_app.core.periods import format_time, in_sentence, in_time, parse_period
from desktop_app.core.settings import Settings
from desktop_app.core.submission import SHORT_FINGERPRINT, doc_symbol
from desktop_app.core.words import Words
from desktop_app.core.workflow import State

# How many restores in a row are read back through (each a copy in the backup folder to check and read).
IN_A_ROW = 10


@dataclass(frozen=True)
class Carried:
    """The number and date (`issued`, with the symbol its report prints) an approval the backup stands on
    (`approval`, of code `fingerprint`) was first exported with after the backup was taken, and when that
    export was marked sent (`sent_at`): what the restore keeps (`carry_issued`). `known_from`: the copy of the
    data an earlier restore replaced it was read from (`to_carry`), "" when from the data this one replaces."""
    unit_code: str
    period: str
    approval: int | None
    fingerprint: str
    issued: Issued
    sent_at: str
    known_from: str = ""


# What an issued number is read from: found changed outside the program (or the chain itself broken), nothing
# is carried or said of it.
UNTRUSTED = ("period_states", "period_history", "approvals")


def issued_since_backup(db_path: Path, source: Path) -> list[Carried]:
    """Each approval the backup stands on issued after it (its first export for the province,
    `doc_number.issued_after`), oldest period first: the backup does not hold the number and date, which
    the province holds the report with. Nothing when the database does not carry on the backup's history
    (`db.backup.continues`: its history's row ids name other rows), or cannot be read, or in either file the
    periods' states, history or approvals were changed outside the program and not acknowledged (`UNTRUSTED`,
    `trusted`): a restore is how such data are left, and a "sent" step written there by another tool must not
    come back in the restored data as the administrator's; nor may a backup's approval forged outside the
    program come back marked Đã gửi with the number the genuine one was issued with."""
    if not sqlite_backup.continues(db_path, source):
        return []
    then = sqlite_backup.approval_states(source) or {}
    last = sqlite_backup.last_history_id(source) or 0
    frozen = sorted((k for k, row in then.items() if State(row["state"]).frozen and row["fingerprint"]),
                    key=lambda k: in_time(parse_period(k[1])))
    if not frozen:
        return []
    if not (trusted(db_path) and trusted(source)):
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


def trusted(path: Path) -> bool:
    """Whether a database file's periods' states, history and approvals, and its chain, show nothing changed
    outside the program and not acknowledged (`db.integrity.verify`, `UNTRUSTED`); False when it cannot tell."""
    try:
        conn = sqlite_backup.open_read_only(path)
        try:
            found = integrity.verify(conn)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError, RecursionError):
        return False
    return not any(t.table is None or t.table in UNTRUSTED for t in found)


def carried_or_read(db_path: Path, source: Path, carried: list[Carried] | None) -> list[Carried]:
    """`carried` when the caller read it once for every line of a warning (`backups._warning`: each
    reading checks both files' chains), else `issued_since_backup` read now."""
    return issued_since_backup(db_path, source) if carried is None else carried


def issued_since(db_path: Path, source: Path, carried: list[Carried] | None = None) -> list[Words]:
    """The number and date each approval the backup stands on was issued with after the backup was
    taken (`issued_since_backup`): the restore keeps them, the period marked Đã gửi, so every later
    export of that approval prints them, as the report the province holds does."""
    lines = []
    for c in carried_or_read(db_path, source, carried):
        p, code = parse_period(c.period), c.fingerprint[:SHORT_FINGERPRINT]
        said, said_en = c.issued.said()
        lines.append(Words(
            f"Báo cáo đã duyệt kỳ {in_sentence(p.name)} (mã xác thực {code}) đã phát hành {said} sau khi sao lưu, "
            f"mà bản sao lưu chưa ghi: khi khôi phục, máy giữ lại số và ngày đó và ghi kỳ ở trạng thái "
            f"{State.SENT.value}. Tỉnh đang giữ báo cáo {said}; mỗi lần duyệt chỉ có một số văn bản và một ngày báo "
            "cáo, nên mỗi lần xuất lại bản đã duyệt này vẫn mang đúng số và ngày đó." + (
                f" Số và ngày đó đọc từ tệp {c.known_from} trong thư mục sao lưu: dữ liệu như trước một lần khôi phục đã làm."
                if c.known_from else ""),
            f"The approved report of {in_sentence(p.name_en)} (code {code}) was issued with {said_en} after the backup "
            f"was taken, which the backup does not record: the restore keeps that number and date and marks the "
            f"period {State.SENT.en}. The province holds the report with {said_en}; one approval has one document "
            "number and one report date, so every later export of this approved report carries them." + (
                f" That number and date are read from the file {c.known_from} in the backup folder: the data as they "
                "were before an earlier restore." if c.known_from else "")))
    return lines


def _symbol(store: Store, approval_id) -> str:
    """The symbol the report of an approval prints after its number ("BC-UBND"), from the approval's
    copy of the settings, as its exports print it."""
    approval = store.approval(approval_id) if approval_id is not None else None
    try:
        return doc_symbol(Settings.from_json(json.loads(approval.snapshot)["settings"]).doc_prefix)
    except (AttributeError, ValueError, KeyError, TypeError):  # an approval without its copy: the usual one
        return doc_symbol("")


def to_carry(db_path: Path, source: Path, folder: Path) -> list[Carried]:
    """`issued_since_backup` of the database `db_path` (the data a restore of `source` replaces) and, period by
    period where it finds none, of the data each restore before it replaced, newest first, while the copy of
    them is in the backup `folder` (checked as a backup is) and nobody changed the period's state or signed its
    report since that restore: then the earlier data are the period as the people last left it (the first
    restore's warning said the number is kept, or the report the province holds), and what they did after a
    restore is what stands. A copy whose history is not the backup's is read for nothing
    (`issued_since_backup`), as is one changed outside the program."""
    found = {(c.unit_code, c.period): c for c in issued_since_backup(db_path, source)}
    acted: set[tuple[str, str]] = set()
    current, read = Path(db_path), set()
    for _ in range(IN_A_ROW):
        restore = sqlite_backup.last_restore(current)
        earlier = _kept_copy(Path(folder), restore[1]) if restore else None
        since = sqlite_backup.periods_acted_on_after(current, restore[0]) if earlier else None
        if earlier is None or earlier in read or since is None:
            break
        read.add(earlier)
        acted |= since
        for c in issued_since_backup(earlier, source):
            key = (c.unit_code, c.period)
            if key not in found and key not in acted:
                found[key] = replace(c, known_from=earlier.name)
        current = earlier
    return sorted(found.values(), key=lambda c: in_time(parse_period(c.period)))


def _kept_copy(folder: Path, name: str | None) -> Path | None:
    """The copy `name` of the data a restore replaced, in the backup folder, when it is whole and the program's
    (`db.backup.check`, no trigger or view): the name is the history's, which a file edited outside the program
    can set to anything."""
    if not name or Path(name).name != name:
        return None
    path = folder / name
    if not path.is_file():
        return None
    try:
        sqlite_backup.check(path, full=True)
    except (DatabaseDamaged, NewerDatabase):
        return None
    return None if sqlite_backup.foreign_objects(path) != [] else path


CARRIED = "Số và ngày báo cáo mang sang từ dữ liệu trước khi khôi phục (đã xuất gửi tỉnh lúc {at})"
CARRIED_EARLIER = ("Số và ngày báo cáo mang sang từ dữ liệu như trước một lần khôi phục đã làm (tệp {name}; đã xuất "
                   "gửi tỉnh lúc {at})")


def carry_issued(store: Store, user: str, carried: list[Carried]) -> None:
    """Inside the restore's transaction, the number and date each approval the backup stands on was issued
    with after it (`to_carry`), kept: the period still standing on that approval and holding none is marked Đã
    gửi with them (`approval.record_sent`, by the restoring `user`, its reason saying so), so its next export
    prints them, as the report the province holds does; one approval, one number and one date."""
    for c in carried:
        row = store.period_state(c.unit_code, c.period)
        if (row is None or not State(row.state).frozen or row.approval_id != c.approval
                or row.fingerprint != c.fingerprint or issued_of(store.history(c.unit_code, c.period))):
            continue
        at = format_time(c.sent_at)
        record_sent(store, user, c.unit_code, parse_period(c.period), c.sent_at, c.issued,
                    reason=CARRIED_EARLIER.format(name=c.known_from, at=at) if c.known_from else CARRIED.format(at=at))
