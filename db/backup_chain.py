"""Whether the database's history still holds what every kept backup of it holds (red-team h4 F2, r1 F2).

The chain (db/integrity.py) cannot prove its own tail: an approval and the rows recording it cut off
the end with sqlite3, the period put back as the chain last recorded it, leave a shorter chain that
still follows. The backups remember how far the history went when each was taken: the program never
deletes nor changes an audit row, so every row a backup of this database holds is still in it, the
same. `lost` compares each backup in the backup folder, automatic or taken by hand (a restore's
"truoc-khoi-phuc" copy, one saved there with Tệp › Sao lưu ra…), with the database: the backup's
newest row against the database's row of the same id (`db.backup.continues`' test: one row of each
file, about 0,25 ms a backup, the whole cost on a database of years). Only when they differ does it
look further, a few rows more (whether an acknowledgement named the rows lost, whether the two share
a first row, whether a restore came after where they part), and for a gap it names, where the two
histories part, by the rows' chain hashes (a row's hash is the same in both files only when every row
up to it is): a binary search over the backup's row ids, no walk of either chain. Comparing every
backup, not only the newest automatic one, is what keeps the rows found when the one compared with is
forged: a copy of the cut database put among the backups as the newest automatic one, the newest one
emptied or cut short (then no database of ours, skipped), or renamed to a name not automatic.

Not a finding:
- the database restored through the program (desktop_app/backups.restore): the restore writes its
  own row, chained, into the data it puts back (desktop_app/backups._recorded), naming the backups it
  explains (`explained_in`, read under the restore's hold from its private copy of the data it
  replaces): each one's newest row, for every kept backup those data held, or whose rows they had
  lost explained (by a restore before) or acknowledged, and their own newest row (the restore's
  "truoc-khoi-phuc" copy of them). A backup it names is explained when the data put back do not hold
  it, through any number of restores (each names again what the data it replaced explained). A restore
  explains only what it discarded itself (red-team r33 F1, R2 F1 and F2), and only while the last row of the data it
  put back, which it records, is still there unchanged right before its own rows (`_History.anchored`; red-team R9
  F3: the approval rows cut after an honest restore, its row kept and the hashes recomputed, were explained by it). Named the other way, a row
  recording the rows lost and explaining every other backup (190ca08) also explained a backup it could
  not read at that moment: locked by another program ("database is locked"), or the backup folder moved
  aside for the restore, then put back. Over a database SQLite cannot read, the restore names none: the
  data put back explain what the backup chosen holds or explains itself, and no more (an honest restore
  of the newest good backup leaves nothing to find; the question before it names a backup holding rows
  the one chosen lacks: `restore_line`). A backup locked by another program, or one under a backup's name
  that cannot be opened or read, stops the restore (nothing replaced: db/unread_backup.py), and is a
  finding of the check while it stays so (no mark: nothing to acknowledge), which takes no automatic
  backup meanwhile. Rows lost that the data replaced had not explained nor acknowledged, the check's
  finding at that moment, the restore's row records (`lost`, and `lost_rows` naming the furthest as the
  finding did), as the next restore's row records them again from the data it replaces: a finding
  (`Recorded`) through that restore and any after it until acknowledged, the rows brought back by a
  restore or not (red-team R4 F1: the cut, then the restore of the backup holding the rows, then of the
  "truoc-khoi-phuc" copy of the cut data, left 2026 back at Hoàn thành and the check clean, no trace of the
  cut), and a backup holding them explained by no restore while they stand. Every restore keeps a backup of the
  data it puts in, its own row their newest ("sau-khoi-phuc": desktop_app/backups._kept_after): that row cut off
  the end, rewritten, or the rows it put back cut, with sqlite3, is rows lost against that backup (red-team R6 F1,
  R11 F2: no file held the row, and the check was clean); and a backup this version wrote (its history says so:
  db/anchoring_mark.py) is explained only by a row recording the anchor, while a kept backup holds it as it stands,
  or the backup it put back is kept (`_History.trusted`, db/restore_kept.py; red-team R12 F3: the anchor stripped,
  read as an older version's row, and that backup deleted or overwritten with a copy of the cut data, the backup
  restored and the restore's "truoc-khoi-phuc" copy, holding the rows cut, were explained; R13 F1: a stamp in the
  backups' header cleared with sqlite3). Refusing such a restore instead would block the way back:
  restoring the backup that holds the rows, with nothing acknowledged yet. The question before the restore says
  what the data in use lost, and whether the backup chosen
  holds those rows (`restore_line`). The cost of the names: a copy kept outside the folder (Tệp › Sao lưu
  ra…) put back in it after a restore of older data is a finding (true: the restore discarded its rows).
  A row of 190ca08 (`lost`) and one of an older version (nothing named) explain as they did: every backup
  that does not hold them, but those `lost` names (core/restore_record.RestoreRecord.explains), of the backups
  an older version wrote, while no row of this version comes before it (db/anchoring_mark.anchoring); what a row
  of 190ca08 records lost is a finding until acknowledged. A restore row inserted with sqlite3 is not chained, and
  explains nothing; one chained with the program's own Python (its Store, a few lines) explains what it
  names, as the chain itself is forged that way: the chain is an unkeyed hash, so someone who can run
  Python with the program's code gets past this check (red-team R2 F3, a limit of the design);
- a backup taken by an older version, before an upgrade: its rows are the database's, a hash it
  lacks one the upgrade's migration filled in (as `continues` compares them);
- a backup of another database (the computer set up again, a database started anew): they share
  no first row;
- a backup of another unit, one the database's history never worked for (the test of a restore's
  desktop_app/backup_units.other_unit; red-team R2 F4: one data folder with the administrator's account
  copied to two communes, each then set up, share their first rows); a unit changed through the
  program keeps the backups taken before compared;
- a backup SQLite reads and finds no database of ours ("not a database", damaged, cut short, half
  written, another kind of file): nothing to compare with. Its own check says so when someone restores
  it. Not a file there that cannot be opened or read (db/unread_backup.py: what it holds is not known);
- the clock set back: nothing compared depends on the time or on the names' order.

What every backup lost is said once (`found`): one finding naming the backup that holds the furthest
row lost and how many others hold rows lost, held back as a break of the chain is until an
administrator acknowledges it (`integrity.verify`, its `also`). Its mark names, for each backup, its
newest row lost (id and chain hash), the same whatever backups are added or rotated out: the
acknowledgement clears those rows at every later start, in any backup, and after any restore (each carries the
rows the data it replaced acknowledged: red-team R7 F4), and a backup holding a row lost that none named (a new
cut, later) makes a new finding. No automatic backup is taken while a finding stands
(desktop_app/backups.auto_backup): thirty of them would rotate out the automatic backups that hold the rows lost.

Not closable from inside the data folder: someone who can delete rows with sqlite3 can delete the
backups that hold them too (the whole backup folder, or each one holding them); the backups' folder is
what remembers, not a proof. A copy kept outside (Tệp › Sao lưu ra…) is compared only once put back in
the backup folder, and makes a finding then, even after a restore run while the folder was away.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from db import anchoring_mark, audit_rows, restore_kept
from db.backup import open_backup, open_read_only
from db.chain_format import ACK_ACTION, cleared
from db.integrity import Tampering, head, row_hash
from db.province_records import ProvinceRecords
from db.rows import AuditRow
from db.tamper_names import when
from db.unread_backup import BackupBusy, opened, refuse_unread
from desktop_app.core import restore_record
from desktop_app.core.words import Words

MARK = "backup"  # a finding's mark: (MARK, then for each backup its newest row lost: the row's id, its hash)
_EVERY = restore_record.RestoreRecord(None, 0, ())  # what a restore row of an older version explains: every backup
NOTHING = restore_record.RestoreRecord(None, 0, (), explained=())  # what a restore over unread data records of them


@dataclass(frozen=True)
class Lost:
    """A kept backup holding rows the database no longer holds as they were: its file name, when it was taken
    (as the program writes a moment), whether automatic, the first and last of those rows, as it holds them, and
    how many rows from the one to the other."""

    name: str
    taken: str
    automatic: bool
    first: dict
    last: dict
    count: int

    @property
    def said(self) -> restore_record.LostRows:
        """What a restore's row records of it (`RestoreRecord.lost_rows`)."""
        return restore_record.LostRows(self.name, self.first["id"], self.last["id"], self.count)

    @property
    def row(self) -> tuple[int, str]:
        """The newest row lost, as a mark names it (`_named`)."""
        return _named(self.last)


@dataclass(frozen=True)
class Recorded:
    """Rows lost that restores recorded (`RestoreRecord.lost`: the data each replaced had lost them, unexplained)
    and no acknowledgement named: `rows`, each backup's newest row lost; said by the first restore recording them
    (`at`: its row's) and what it said of the furthest (`said`, None from a row of 190ca08); `back`: those
    rows when the data hold the furthest again, as it was."""

    rows: frozenset
    at: str
    said: restore_record.LostRows | None
    back: tuple[dict, dict] | None  # the first and last of those rows, as the data hold them again

    def lead(self, why: bool = True) -> Words:
        """The sentence naming it; `why`: with what may have caused it."""
        said, at = self.said, when(self.at)
        if said is None:
            lead = Words(f"Lần khôi phục lúc {at} ghi lại rằng dữ liệu khi đó đã mất các dòng nhật ký thay đổi mà bản "
                         "sao lưu còn giữ", f"The restore at {at} recorded that the data then had lost change log rows "
                         "that backups hold")
        else:
            lead = Words(f"Lần khôi phục lúc {at} ghi lại rằng dữ liệu khi đó đã mất {said.rows} dòng nhật ký thay đổi "
                         f"mà bản sao lưu {said.backup} còn giữ",
                         f"The restore at {at} recorded that the data then had lost {said.rows} change log row"
                         f"{'s' * (said.rows != 1)} that the backup {said.backup} holds")
        return Words(f"{lead} (có thể đã bị sửa ngoài chương trình)" if why else str(lead),
                     f"{lead.en} (they may have been changed outside the program)" if why else lead.en)


def found(conn: sqlite3.Connection, backups: Iterable[tuple[Path, str, bool]]) -> list[Tampering]:
    """[the one finding] when the database of `conn` no longer holds rows that kept backups of it hold (`lost`),
    one for the rows lost that restores recorded when the backups do not show them (`Recorded`), and one for each
    backup that could not be read (`compared`); else []."""
    gaps, busy, recorded = compared(conn, backups)
    return ([_finding(gaps)] if gaps else []) + ([_recorded_finding(recorded)] if recorded else []) + [
        b.finding() for b in busy]


def lost(conn: sqlite3.Connection, backups: Iterable[tuple[Path, str, bool]]) -> list[Lost]:
    """The `backups` (each its file, when it was taken, whether automatic: `BackupFile.compared`) holding rows
    the database of `conn` no longer holds as they were, neither explained nor acknowledged (module note),
    the one holding the furthest row first; a backup that could not be read is left out (`compared`)."""
    return compared(conn, backups)[0]


def compared(conn: sqlite3.Connection, backups: Iterable[tuple[Path, str, bool]]
             ) -> tuple[list[Lost], list[BackupBusy], Recorded | None]:
    """`lost`; the backups that could not be compared, locked by another program or unreadable (red-team R2 F1,
    R4 F7: skipped as not ours, they were passed over without a word); and the rows lost that restores recorded,
    not acknowledged, that no backup of `lost` shows (`Recorded`; None when none)."""
    backups = list(backups)
    history = _History(conn, [path for path, _, _ in backups])
    gaps, busy = _compared(history, backups)
    return gaps, busy, history.recorded({g.row for g in gaps})


def _compared(history: _History, backups: Iterable[tuple[Path, str, bool]]) -> tuple[list[Lost], list[BackupBusy]]:
    gaps, busy = [], []
    for path, taken, automatic in backups:
        try:
            last, first, count = _read(history, path)
        except BackupBusy as err:
            busy.append(err)
            continue
        if first is not None:
            gaps.append(Lost(path.name, taken, automatic, first, last, count))
    return sorted(gaps, key=lambda gap: -gap.last["id"]), busy


def explained_in(database: Path, backups: Iterable[tuple[Path, str, bool]]) -> restore_record.RestoreRecord:
    """What the restore replacing the database file `database` (its private copy, made under the restore's hold)
    records of it (module note): it explains the newest row (`Lost.row`) of that database itself (the restore's
    "truoc-khoi-phuc" copy of it), and of each of the `backups` it holds, or whose rows it lost explained or
    acknowledged (`explained`); what it lost unexplained and not acknowledged, as the check finds it, with what
    restores recorded lost before, which it does not explain even when it holds the rows again (`lost`,
    `lost_rows`), and the rows lost it acknowledged (`acknowledged`). Nothing when SQLite cannot read it (a damaged
    database): the data put back then explain only what they hold and explain themselves. BackupBusy when a backup
    cannot be read (locked by another program, or unreadable): the restore stops, nothing replaced."""
    try:
        conn = open_read_only(database)
    except sqlite3.Error:
        return NOTHING
    try:
        if (own := _newest(conn)) is None:
            return NOTHING
        backups = list(backups)
        history, named = _History(conn, [path for path, _, _ in backups]), {_named(own)}
        gaps = []
        for path, taken, automatic in backups:
            last, first, count = _read(history, path)
            if first is not None:
                gaps.append(Lost(path.name, taken, automatic, first, last, count))
            elif last is not None:
                named.add(_named(last))
        gaps.sort(key=lambda gap: -gap.last["id"])
        recorded = history.recorded(set())
        lost = {g.row for g in gaps} | (recorded.rows if recorded else set())
        # as a restore before recorded it when it did (it found where the rows were cut; restored over an older
        # backup since, the data part from that backup further back)
        said = (recorded.said if recorded and recorded.said and (not gaps or gaps[0].row in recorded.rows)
                else gaps[0].said if gaps else None)
        return restore_record.RestoreRecord(None, 0, (), tuple(sorted(lost)), tuple(sorted(named - lost)), said,
                                            tuple(sorted(history.acknowledged())))
    finally:
        conn.close()


def restore_line(database: Path, chosen: Path, backups: Iterable[tuple[Path, str, bool]]
                 ) -> tuple[Words | None, Words | None]:
    """What the warning before a restore of the backup `chosen` over the database file `database` says of the rows
    of kept `backups` that will be a finding after it: those that database has lost (`lost`), unless `chosen`
    holds them (the way back, which the line names); or, when SQLite cannot read that database (the restore then
    explains only what `chosen` holds or explains itself: `explained_in`), those `chosen` lacks. None when there
    are none. With it, before it, a kept backup that cannot be read, on which the restore would stop (`explained_in`,
    db/unread_backup.py): it was said only once the person had answered yes (`BackupBusy.ahead`)."""
    try:
        conn = open_read_only(database)
        try:
            readable = _newest(conn) is not None
        finally:
            conn.close()
    except sqlite3.Error:
        readable = False
    if not readable:
        return None, _unreadable_line(chosen, backups)
    gaps, recorded, busy = _lost_in(database, backups)
    stops = busy[0].ahead() if busy else None
    if not gaps and not recorded:
        return stops, None
    missing = gaps
    if gaps:
        try:
            source = open_backup(chosen)
            try:
                missing = [g for g in gaps
                           if not audit_rows.same(audit_rows.row(source, ", ".join(g.last), g.last["id"]), g.last)]
            finally:
                source.close()
        except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):  # not ours: it holds none of them
            pass
    stays = Words("và chương trình vẫn không sao lưu tự động cho đến khi Quản trị viên xác nhận đã kiểm tra.",
                  "and the program still takes no automatic backup until an administrator acknowledges the check.")
    if not gaps:
        lead, then = recorded.lead(), Words(f"Sau khi khôi phục, phát hiện này vẫn còn, {stays}",
                                            f"After the restore this finding stays, {stays.en}")
    else:
        gap = gaps[0]
        lead = Words(f"Dữ liệu đang dùng đã mất {gap.count} dòng nhật ký thay đổi mà bản sao lưu {gap.name} còn giữ "
                     "(có thể đã bị sửa ngoài chương trình; lệnh chitieu audit verify nói rõ)",
                     f"The data in use have lost {gap.count} change log row{'s' * (gap.count != 1)} that the backup "
                     f"{gap.name} holds (they may have been changed outside the program; the command chitieu audit "
                     "verify says which)")
        then = Words(
            f"Bản sao lưu chọn không có các dòng đó: sau khi khôi phục, phát hiện này vẫn còn, {stays} Khôi phục bản "
            f"sao lưu {missing[0].name} sẽ lấy lại các dòng đó.",
            f"The backup chosen does not hold those rows: after the restore this finding stays, {stays.en} Restoring "
            f"the backup {missing[0].name} brings those rows back.") if missing else Words(
            "Bản sao lưu chọn có lại các dòng đó, nhưng việc chúng đã bị mất được ghi vào nhật ký của lần khôi phục "
            f"này: sau khi khôi phục, đó vẫn là một phát hiện, {stays}",
            "The backup chosen holds those rows again, but their loss is recorded in this restore's log row: after "
            f"the restore it is still a finding, {stays.en}")
    return stops, Words(f"{lead}, và Quản trị viên chưa xác nhận đã kiểm tra. {then}",
                        f"{lead.en}, and no administrator has acknowledged checking it. {then.en}")


def _newest(conn: sqlite3.Connection) -> dict | None:
    """The newest audit row of the database of `conn`, as `_read` reads a backup's; None when there is none or
    SQLite cannot read it as the program's (`explained_in` then names nothing)."""
    try:
        own = audit_rows.row(conn, columns, None) if (columns := audit_rows.columns(conn)) else None
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):
        return None
    return own if own is not None and isinstance(own["id"], int) else None


def _unreadable_line(chosen: Path, backups: list[tuple[Path, str, bool]]) -> Words | None:
    """`restore_line` over a database SQLite cannot read: the kept backups holding rows `chosen` lacks."""
    try:
        source = open_backup(chosen)
        try:
            gaps = lost(source, backups)
        finally:
            source.close()
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):
        return None
    if not gaps:
        return None
    return Words(
        f"Bản sao lưu {gaps[0].name} có các dòng nhật ký thay đổi mà bản sao lưu chọn không có, và cơ sở dữ liệu đang "
        "dùng không đọc được nên không biết các dòng đó đã được giải thích hay chưa: sau khi khôi phục, đó là một thay "
        "đổi ngoài chương trình cần Quản trị viên kiểm tra và xác nhận, và cho đến lúc đó chương trình không sao lưu tự "
        f"động. Khôi phục bản sao lưu {gaps[0].name} thì không có phát hiện này.",
        f"The backup {gaps[0].name} holds change log rows the backup chosen does not, and the database in use cannot "
        "be read, so whether those rows were explained is not known: after the restore they are a change made "
        "outside the program for an administrator to check and acknowledge, and until then the program takes no "
        f"automatic backup. Restoring the backup {gaps[0].name} makes no such finding.")


def _lost_in(database: Path, backups: Iterable[tuple[Path, str, bool]]
             ) -> tuple[list[Lost], Recorded | None, list[BackupBusy]]:
    """`compared` of the database file `database`; nothing when SQLite cannot read it (a damaged database: a
    restore records nothing of it, as it carries nothing from it)."""
    try:
        conn = open_read_only(database)
    except sqlite3.Error:
        return [], None, []
    try:
        gaps, busy, recorded = compared(conn, backups)
        return gaps, recorded, busy
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):
        return [], None, []
    finally:
        conn.close()


def _read(history: _History, backup: Path) -> tuple[dict | None, dict | None, int]:
    """The backup's newest row, the first of its rows the database lacks, and how many from there to the newest:
    (None, None, 0) when it is no database of ours ("not a database", damaged) or another database's, nothing to
    compare; (its newest row, None, 0) when the database holds, explains or acknowledged its rows; BackupBusy when
    it is there but could not be read (db/unread_backup.py)."""
    source = opened(backup)
    if source is None:
        return None, None, 0
    try:
        return _parted(history, source)
    except sqlite3.OperationalError as err:
        refuse_unread(backup, err)
        return None, None, 0  # not a database of ours
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):  # not a database of ours
        return None, None, 0
    finally:
        source.close()


def _parted(history: _History, source: sqlite3.Connection) -> tuple[dict | None, dict | None, int]:
    """`_read` of the backup `source`: its newest row, and the first of its rows the database lacks and how many
    from there (module note)."""
    conn, columns = history.conn, audit_rows.columns(source)
    if not columns:
        return None, None, 0
    last = audit_rows.row(source, columns, None)
    if last is None or not isinstance(last["id"], int) or last["id"] < 1:  # none; a page of zeros (row 0)
        return None, None, 0
    if audit_rows.same(audit_rows.row(conn, columns, last["id"]), last) or _named(last) in history.acknowledged():
        return last, None, 0
    start = source.execute("SELECT id FROM audit WHERE id >= 1 ORDER BY id LIMIT 1").fetchone()[0]
    if not audit_rows.same(audit_rows.row(conn, columns, start), audit_rows.backup_row(source, columns, start)):
        return None, None, 0  # another database's: no row in common
    # a restore the program recorded after the point where they part (the backup does not hold its row) that
    # explains this backup (module note)
    if any(r.id >= start and record.explains(_named(last))
           and not audit_rows.same(audit_rows.row(conn, columns, r.id), audit_rows.row(source, columns, r.id))
           and history.trusted(r, record, source) for r, record in history.restores()):
        return last, None, 0
    if history.another_unit(source):
        return None, None, 0
    ids = [r[0] for r in source.execute("SELECT id FROM audit WHERE id >= 1 ORDER BY id")]
    low, high = 0, len(ids) - 1  # ids[low]: a row both hold; ids[high] differs
    while high - low > 1:
        middle = (low + high) // 2
        if audit_rows.same(audit_rows.row(conn, columns, ids[middle]),
                           audit_rows.backup_row(source, columns, ids[middle])):
            low = middle
        else:
            high = middle
    return last, audit_rows.backup_row(source, columns, ids[high]), len(ids) - high


def newest_chained(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """The newest row of the history in the chain, (id, hash): what a restore records it put back
    (`RestoreRecord.anchor`, `_History.anchored`)."""
    newest = head(conn)
    return None if newest is None else (newest[0], newest[1])


def _named(row: dict) -> tuple[int, str]:
    """A backup's row as a mark names it: its id and chain hash (a row of a version before the chain: the
    hash its values would have at the chain's start, which tells one row from another as well)."""
    return row["id"], audit_rows.said(row.get("hash")) or row_hash("", tuple(row.values()))


class _History(ProvinceRecords):
    """The database's side of the comparisons, what the history chained read once for every backup: the
    restores, each with what its row records (`RestoreRecord.explains`: which backups it explains), and the rows
    lost that acknowledgements named (their marks, `Lost.row`)."""

    def __init__(self, conn: sqlite3.Connection, backups: list[Path]):
        self.conn, self.backups = conn, backups
        self._held: dict[int, bool] = {}  # by restore row id: `restore_kept.held_after`
        self._restores: list[tuple[AuditRow, restore_record.RestoreRecord]] | None = None
        self._acknowledged: set[tuple] | None = None

    def restores(self) -> list[tuple[AuditRow, restore_record.RestoreRecord]]:
        if self._restores is None:  # a row of a version that recorded nothing: explains every backup, as it did
            self._restores = [(r, restore_record.read(r.old) or _EVERY) for r in self.chained_audit_rows("restore")]
        return self._restores

    def trusted(self, restore: AuditRow, record: restore_record.RestoreRecord, source: sqlite3.Connection) -> bool:
        """Whether the restore `restore` may explain the backup read through `source` (one it names: `explains`):
        its row still anchored to the data it put back (`anchored`); and, for a backup this version wrote (its
        history says so, db/anchoring_mark.py), a row recording the anchor (a row without it is an older version's,
        which wrote no such backup nor row before it, or one stripped outside the program) and held as it stands by
        a kept backup, its "sau-khoi-phuc" one, or the backup it put back still kept (db/restore_kept.held_after).
        Red-team R12 F3: after an honest restore, the approval rows cut, the anchor stripped from its row, the chain
        rehashed and that backup deleted or overwritten with a copy of the cut data, the row explained the backup
        restored and the copy of the data it replaced, which hold the rows cut, and the check was clean; R13 F1:
        the same with a stamp in each backup's header (269f084) cleared. A row without the anchor after a row of
        this version in the data (`anchoring_mark.anchoring`) explains nothing."""
        if not self.anchored(restore, record):
            return False
        if record.anchor is None:  # an older version's row, explaining the backups an older version wrote
            return not anchoring_mark.anchoring(self.conn, restore.id) and not anchoring_mark.anchoring(source)
        if not anchoring_mark.anchoring(source):  # an older version's backup: as it was read
            return True
        if restore.id not in self._held:
            self._held[restore.id] = restore_kept.held_after(self.conn, restore.id, record.anchor, self.backups)
        return self._held[restore.id]

    def anchored(self, restore: AuditRow, record: restore_record.RestoreRecord) -> bool:
        """Whether the row of the data the restore `restore` put back that it recorded (`RestoreRecord.anchor`) is
        still there, unchanged, right before its own rows (none missing up to `restore`); True for a row that
        recorded none (an older version's). Else it explains nothing (red-team R9 F3: the approval rows cut with
        sqlite3 after an honest restore, its row kept after them and the chain's hashes recomputed)."""
        if record.anchor is None:
            return True
        row_id, row_hash_then = record.anchor
        kept, between = self.conn.execute(
            "SELECT (SELECT hash FROM audit WHERE id = ?), (SELECT count(*) FROM audit WHERE id > ? AND id < ?)",
            (row_id, row_id, restore.id)).fetchone()
        return kept == row_hash_then and between == restore.id - row_id - 1

    def recorded(self, shown: set[tuple]) -> Recorded | None:
        """The rows lost that the restores recorded (`RestoreRecord.lost`) and no acknowledgement named, but for
        those `shown` (a backup the database lacks them against says them: `_finding`); None when none."""
        rows, first = set(), None
        for row, record in self.restores():
            new = set(record.lost) - self.acknowledged() - shown
            if new and first is None:
                first = row, record
            rows |= new
        if first is None:
            return None
        row, record = first
        said = record.lost_rows
        back = None
        if said is not None and (columns := audit_rows.columns(self.conn)):
            last = audit_rows.row(self.conn, columns, said.last)
            if last is not None and _named(last) in record.lost:
                back = audit_rows.row(self.conn, columns, said.first) or last, last
        return Recorded(frozenset(rows), row.at, said, back)

    def another_unit(self, source: sqlite3.Connection) -> bool:
        """Whether the backup `source` is of another unit than the database, one the database's history never
        worked for (red-team R2 F4: one data folder copied to two communes, each then set up, share their first
        rows; one commune's backup put in the other's folder was a finding). The test of a restore's
        (desktop_app/backup_units.other_unit), with the units the history set: a unit changed through the
        program does not set aside the backups taken before."""
        then = _unit(source)
        if then is None or (now := _unit(self.conn)) is None or now == then:
            return False
        field, value = ("mode", then[0]) if then[1] is None else ("commune_code", then[1])
        return not any(r.field == field and r.new == value for r in self.chained_audit_rows("setting"))

    def acknowledged(self) -> set[tuple]:
        """The rows lost acknowledged: those the acknowledgements named, and those restores carried (red-team R7 F4:
        the acknowledgement, a row of the data a restore replaced, is not in the data it puts back)."""
        if self._acknowledged is None:
            self._acknowledged = {row for _, record in self.restores() for row in record.acknowledged}
            for row in self.chained_audit_rows(ACK_ACTION):
                try:
                    marks = cleared(row.old) or set()
                except (ValueError, TypeError):  # not the program's: integrity.verify names it a break
                    continue
                for mark in marks:
                    if mark[:1] == (MARK,):
                        self._acknowledged |= set(_rows_named(mark))
        return self._acknowledged


def _unit(conn: sqlite3.Connection) -> tuple[str, str | None] | None:
    """The unit the file works for as its settings say (desktop_app/backup_units.unit_of): ("province", None),
    ("commune", its code), None when none is chosen or the settings cannot be read as the program writes them."""
    try:
        values = dict(conn.execute("SELECT key, value FROM settings WHERE key IN ('mode', 'commune_code')"))
        mode, code = (json.loads(values[k]) if values.get(k) else None for k in ("mode", "commune_code"))
    except (sqlite3.DatabaseError, ValueError, TypeError, RecursionError):
        return None
    if mode == "province":  # desktop_app/database_mode's words, which db/ does not import
        return "province", None
    return ("commune", code) if isinstance(code, str) and code and mode in (None, "commune") else None


def _rows_named(mark: tuple) -> list[tuple]:
    """The rows lost a finding's mark names (`Lost.row`); one of 7138e5b named the newest automatic backup
    compared, by file name, then its newest row's id and hash."""
    if len(mark) == 4 and isinstance(mark[1], str):
        return [tuple(mark[2:])]
    return [tuple(mark[i:i + 2]) for i in range(1, len(mark) - 1, 2)]


def _finding(gaps: list[Lost]) -> Tampering:
    """The finding: the rows that the backup holding the furthest, `gaps[0]`, holds from its first to its last
    lost, and how many other backups hold rows lost; marked by every backup's newest row lost."""
    gap = gaps[0]
    rows, rows_en = audit_rows.rows_said(gap.first, gap.last)
    kind, kind_en = ("Bản sao lưu tự động", "The automatic backup") if gap.automatic else ("Bản sao lưu", "The backup")
    others = len(gaps) - 1
    words = Words(
        f"{kind} {gap.name} (lấy lúc {gap.taken}) có các dòng nhật ký thay đổi từ {rows}, nhưng dữ liệu đang "
        "dùng không còn giữ nguyên các dòng đó (đã bị xóa hoặc khác đi)"
        + (f"; {others} bản sao lưu khác cũng có dòng nhật ký mà dữ liệu đang dùng không còn giữ nguyên" if others
           else "")
        + ": dữ liệu có thể đã bị sửa ngoài chương trình (ví dụ bằng sqlite3, cắt bỏ những việc đã làm như một lần "
        "duyệt hay xuất gửi tỉnh), tệp cơ sở dữ liệu đã bị chép đè bằng một bản cũ hơn không qua chức năng khôi phục, "
        "hoặc thư mục dữ liệu đã được chép sang máy khác rồi máy cũ còn được dùng tiếp và bản sao lưu của máy cũ được "
        "đem sang đây. So sánh với bản sao lưu đó trước khi xác nhận; cho đến khi Quản trị viên xác nhận đã kiểm tra, chương "
        "trình không sao lưu tự động.",
        f"{kind_en} {gap.name} (taken at {gap.taken}) holds the change log's {rows_en}, but the data in use no "
        "longer hold those rows as they were (deleted or different)"
        + (f"; {others} other backup{'s' if others > 1 else ''} also hold{'' if others > 1 else 's'} change log rows "
           "the data in use no longer hold as they were" if others else "")
        + ": the data may have been changed outside the program (for example with sqlite3, cutting off work done "
        "such as an approval or an export for the province), the database file copied over with an older one "
        "without the program's restore, or the data folder copied to another computer while the old one was still "
        "used and its backups then brought here. Compare with that backup before acknowledging; until an administrator "
        "acknowledges the check, the program takes no automatic backup.")
    named = sorted({g.row for g in gaps}, key=repr)
    return Tampering(str(words), mark=(MARK, *(part for row in named for part in row)), en=words.en)


def _recorded_finding(recorded: Recorded) -> Tampering:
    """The rows lost that restores recorded, which no backup the database lacks them against says (they are back,
    or the backups holding them are gone): a finding until acknowledged (red-team R4 F1), marked by the rows, as
    `_finding` marks them."""
    back = recorded.back
    lead = recorded.lead(why=False)
    if back is not None:
        rows, rows_en = audit_rows.rows_said(*back)
        now = Words(f"Các dòng đó, từ {rows}, nay đã có lại trong dữ liệu đang dùng, nhưng việc chúng đã bị mất",
                    f"Those rows, from {rows_en}, are back in the data in use, but their loss")
    else:
        now = Words("Dữ liệu đang dùng không có các dòng đó, và việc chúng đã bị mất",
                    "The data in use do not hold those rows, and their loss")
    words = Words(
        f"{lead}, chưa được giải thích hay xác nhận: trước lần khôi phục đó, dữ liệu có thể đã bị sửa ngoài chương "
        "trình (ví dụ bằng sqlite3, cắt bỏ những việc đã làm như một lần duyệt hay xuất gửi tỉnh). "
        f"{now} vẫn cần Quản trị viên kiểm tra: so sánh với bản sao lưu đó (nếu còn) trước khi xác nhận; cho đến khi "
        "Quản trị viên xác nhận đã kiểm tra, chương trình không sao lưu tự động.",
        f"{lead.en}, neither explained nor acknowledged: before that restore the data may have been changed outside "
        "the program (for example with sqlite3, cutting off work done such as an approval or an export for the "
        f"province). {now.en} still needs an administrator's check: compare with that backup (if kept) before "
        "acknowledging; until an administrator acknowledges the check, the program takes no automatic backup.")
    return Tampering(str(words), mark=(MARK, *(part for row in sorted(recorded.rows, key=repr) for part in row)),
                     en=words.en)
