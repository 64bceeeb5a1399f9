"""What a restore's row in the change log records of the data it replaced (its `old`, chained as every row
is: db/integrity.AUDIT_COLUMNS): the name of the copy kept of them in the backup folder ("truoc-khoi-phuc"),
and every number and date an approval was issued with that those data knew (`Recorded`), with the last step
of the periods' history of the data the restore put back (`history`: a step after it was taken after the
restore). A later restore reads them from the chain of the database it replaces (desktop_app/restore_carry.py),
never from a file in the backup folder: one approval keeps its one number through any number of restores.

It records too which kept backups it explains (`explained`, db/backup_chain.py): the newest row of each backup
those data held, or whose rows they had lost explained or acknowledged, and their own newest row; a backup whose
newest row it does not name, it does not explain (red-team R2 F1). A row of 190ca08 named the opposite, the rows
those data had lost unexplained (`lost`), and explains every other backup; a row of an older version, every one
(`RestoreRecord.explains`): they read as they did.

And what those data had lost, unexplained and not acknowledged (`lost`, each backup's newest row lost, with
`lost_rows`, the furthest loss as the history's check named it): the check's finding at that moment, which stays a
finding after the rows come back, until an administrator acknowledges it (red-team R4 F1: a cut with sqlite3, then
the restore of the backup holding the rows, then of the copy of the cut data, left no trace). Written with
"explained", a row of this version reads to the versions since 190ca08 as it did: they ignore "lost" beside it
(d4260ce) or explain every backup but those (190ca08).

And the rows lost an administrator had acknowledged in the data it replaced (`acknowledged`, each backup's newest
row lost, as the acknowledgement's mark names it): the data put back may hold a restore's row recording them lost,
and not the acknowledgement, a row of the data replaced (red-team R7 F4: the backup kept after a restore recording a
loss, restored after the acknowledgement, made the loss a finding again). Carried from restore to restore, as the
keys forgotten are (desktop_app/forgotten_keys.carried): an acknowledgement stays made whichever backup is restored,
of those rows only. Versions before it ignore the key: to them the loss is a finding again, as it was.

And what it put back (red-team R9 F3): the last row of those data (`anchor`: its id and chain hash, the newest row
before the restore's transaction), and the backup's file name and SHA-256 (`restored`). A restore explains a backup
only while that row is still there, unchanged, right before the restore's own rows (db/backup_chain.py): the
approval rows cut with sqlite3 after an honest restore, its row kept after them and the chain's hashes recomputed,
were explained by it, the check clean. A row without them (an older version's) explains as it did: stripping them
from the row is the insider's too (red-team R11 F2), so every restore keeps a backup holding its row as written
(desktop_app/backups._kept_after), and a row rewritten or the rows before it cut is a loss against that backup; and
since that backup can be deleted or overwritten with a copy of the cut data too (red-team R12 F3), a row without the
anchor explains only the backups an older version wrote, and nothing after a row of this version, and a row with it
only while a kept backup holds it as it stands, or holds the anchor as its newest row (db/anchoring_mark.py,
db/restore_kept.py).

And what it undid that people did (`undone`, core/restore_undid.py: the approvals and the figures entered since the
backup, as the restore question listed them), written only when there is any: a row without it reads as nothing
undone, as a row of an older version does (walk U7, F3).

A row written by an older version holds the copy's name alone (or nothing): it records no number (`read`).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace

from desktop_app.core import restore_undid
from desktop_app.core.doc_number import Issued, issued_in
from desktop_app.core.restore_undid import Undone
from desktop_app.core.submission import SHORT_FINGERPRINT
from desktop_app.core.validation import clean_text, one_line


@dataclass(frozen=True)
class Recorded:
    """The number and date (`issued`, with the symbol its report printed) the approval of code `fingerprint`
    of a unit's period was first exported with for the province, and when that export was marked sent."""
    unit_code: str
    period: str
    fingerprint: str
    issued: Issued
    sent_at: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.unit_code, self.period, self.fingerprint


@dataclass(frozen=True)
class LostRows:
    """The furthest loss a restore recorded (`RestoreRecord.lost_rows`): the backup holding it, the ids of its first
    and last rows the data replaced had lost, and how many rows that is."""
    backup: str
    first: int
    last: int
    rows: int


@dataclass(frozen=True)
class RestoreRecord:
    copy: str | None  # the file name of the copy of the data replaced; None when there were none
    history: int  # the last step of the periods' history of the data put back (0: none)
    issued: tuple[Recorded, ...]
    # each kept backup's newest row (id, chain hash) the data replaced had lost already, unexplained (module note)
    lost: tuple[tuple[int, str], ...] = ()
    # each backup's newest row (id, chain hash) the restore explains (db/backup_chain.Lost.row); None: a row of a
    # version before it, which named none
    explained: tuple[tuple[int, str], ...] | None = None
    lost_rows: LostRows | None = None  # the furthest of `lost`, as the finding named it; None: not known
    # each backup's newest row lost (id, chain hash) the data replaced had acknowledged, carried (module note)
    acknowledged: tuple[tuple[int, str], ...] = ()
    # the last row (id, chain hash) of the data put back, before the restore's own rows; None: not recorded
    anchor: tuple[int, str] | None = None
    restored: tuple[str, str] | None = None  # the backup put back: its file name and SHA-256; None: not recorded
    undone: Undone = field(default_factory=Undone)  # the approvals and figures since the backup it undid (module note)

    def explains(self, row: tuple[int, str]) -> bool:
        """Whether this restore explains a backup whose newest row is `row` (id, chain hash), when the data it put
        back do not hold it (module note)."""
        return row in self.explained if self.explained is not None else row not in self.lost


def written(record: RestoreRecord) -> str:
    """The row's `old`: a JSON object, the same text for the same record ("lost" only when there are, as 190ca08
    wrote it; "explained" whenever known, even empty: a row without it reads as an older version's)."""
    return json.dumps({
        "copy": record.copy, "history": record.history,
        "issued": [{"unit": r.unit_code, "period": r.period, "fingerprint": r.fingerprint,
                    "number": r.issued.doc_number, "date": r.issued.report_date.isoformat(),
                    "symbol": r.issued.symbol, "sent_at": r.sent_at} for r in record.issued],
        **({"lost": [list(row) for row in record.lost]} if record.lost else {}),
        **({"explained": [list(row) for row in record.explained]} if record.explained is not None else {}),
        **({"lost_rows": {"backup": r.backup, "first": r.first, "last": r.last, "rows": r.rows}}
           if (r := record.lost_rows) else {}),
        **({"acknowledged": [list(row) for row in record.acknowledged]} if record.acknowledged else {}),
        **({"anchor": list(record.anchor)} if record.anchor else {}),
        **({"restored": {"name": record.restored[0], "sha256": record.restored[1]}} if record.restored else {}),
        **({"undone": restore_undid.written(record.undone)} if record.undone else {})},
        ensure_ascii=False, sort_keys=True)


def read(text) -> RestoreRecord | None:
    """What `written` wrote; None for a row of an older version (a file name, or nothing) or anything else."""
    if not isinstance(text, str) or not text.startswith("{"):
        return None
    try:
        found = json.loads(text)
        copy, history = found["copy"], found["history"]
        issued = tuple(Recorded(str(r["unit"]), str(r["period"]), str(r["fingerprint"]),
                                Issued(str(r["number"]), dt.date.fromisoformat(r["date"]), str(r["symbol"])),
                                str(r["sent_at"]))
                       for r in found["issued"])
        lost, acknowledged = (tuple((int(row_id), str(row_hash)) for row_id, row_hash in found.get(key, ()))
                              for key in ("lost", "acknowledged"))
        explained = (None if "explained" not in found
                     else tuple((int(row_id), str(row_hash)) for row_id, row_hash in found["explained"]))
        anchor = None if "anchor" not in found else (int(found["anchor"][0]), str(found["anchor"][1]))
        restored = (None if "restored" not in found
                    else (str(found["restored"]["name"]), str(found["restored"]["sha256"])))
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None
    if not (copy is None or isinstance(copy, str)) or not isinstance(history, int):
        return None
    return RestoreRecord(copy, history, issued, lost, explained, _lost_rows(found.get("lost_rows")), acknowledged,
                         anchor, restored, restore_undid.read(found.get("undone")))


def _lost_rows(found) -> LostRows | None:
    """`RestoreRecord.lost_rows` as `written` wrote it; None for anything else: what the row records lost still
    holds (`lost`), said without these words."""
    try:
        rows = LostRows(found["backup"], found["first"], found["last"], found["rows"])
    except (KeyError, TypeError):
        return None
    ok = (isinstance(rows.backup, str) and len(rows.backup) <= 100 and rows.backup.isprintable()  # a file name
          and all(isinstance(v, int) for v in (rows.first, rows.last, rows.rows)))
    return rows if ok else None


def recorded_for(records, history, unit: str, period: str, fingerprint: str) -> Issued | None:
    """The number and date the restore rows `records` (each a `RestoreRecord` with its restore's time, rows the
    program chained) recorded for the approval of code `fingerprint` of a unit's period, with `recorded_at` that
    time: the report the province holds of that code, which an export of an approval of that code in this
    database prints again (one code, one number; red-team 31 F1: the same figures approved again after a restore
    of an older backup took another number). Of a row whose numbers this database issued another report of that
    code after (a "sent" step after the row's `history`: the report of that export is the one to print again,
    `issued_of`), none; of two numbers recorded, the first sent. None when no row records one."""
    found = []
    for record, at in records:
        if any(step.id > record.history and step.fingerprint == fingerprint and issued_in(step) is not None
               for step in history):
            continue
        found += [(r.sent_at, r.issued, at) for r in record.issued
                  if (r.unit_code, r.period, r.fingerprint) == (unit, period, fingerprint)]
    if not found:
        return None
    _, issued, at = min(found, key=lambda f: f[0])
    return replace(issued, recorded_at=at)


def in_log(text) -> str:
    """What the change log shows of a restore's `old` (its raw text): the copy's name, and each number and date
    the row records (so that a row forged outside the program shows what it claims; `audit verify` names it),
    cleaned once parsed, since JSON escapes control and direction characters (red-team 31 F6); a row of an older
    version: its text, cleaned."""
    record = read(text)
    if record is None:
        return clean_text(text)
    said = [f"kỳ {one_line(r.period)}, mã {one_line(r.fingerprint)[:SHORT_FINGERPRINT]}: {one_line(r.issued.said()[0])}"
            for r in record.issued]
    kept = ("(giữ xác nhận đã kiểm tra của Quản trị viên về các dòng nhật ký thay đổi đã mất)" if record.acknowledged
            else "")
    copy = " ".join(part for part in (one_line(record.copy or ""), _lost_said(record), kept) if part)
    return "; ".join([copy] * bool(copy) + ([f"số và ngày báo cáo ghi lại: {'; '.join(said)}"] if said else []))


def _lost_said(record: RestoreRecord) -> str:
    """What the change log says of the rows the data a restore replaced had lost, unexplained (`lost`, `lost_rows`:
    what the history's check found then, a finding until acknowledged), beside the copy's name; "" when none: a
    restore of those data listed like any other was no word of the cut it carried."""
    if not record.lost:
        return ""
    said = record.lost_rows
    if said is None:  # a row of 190ca08: which rows, not recorded
        return "(dữ liệu bị thay thế đã mất các dòng nhật ký thay đổi mà bản sao lưu còn giữ, không rõ lý do)"
    rows = (f"từ dòng số {said.first} đến dòng số {said.last}" if said.last != said.first
            else f"dòng số {said.first}")
    return (f"(dữ liệu bị thay thế đã mất {said.rows} dòng nhật ký thay đổi không rõ lý do, {rows}, mà bản sao lưu "
            f"{one_line(said.backup)} còn giữ)")
