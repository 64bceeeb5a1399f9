"""The question before a restore (`backups.restore_warning`): what it would take away or bring back that the
person should confirm, read from the database and the backup chosen, or the restore's private copies of them.

What the history's check finds the data in use lost, unexplained (db/backup_chain.restore_line), comes first: the
two histories then differ because of it, and the question said they differ because the computer was set up again
or the database restored from another backup (red-team R4 F1: a tail cut with sqlite3, then the backup holding the
rows restored, with no word of the cut). Before anything, a kept backup the restore would stop on, locked by another
program or unreadable (db/unread_backup.py): the person learnt it only after answering yes.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from db import backup as sqlite_backup
from db import backup_chain
from desktop_app.backup_accounts import accounts_brought_back
from desktop_app.backup_files import NAME as _NAME
from desktop_app.backup_files import backup_dir, list_backups
from desktop_app.backup_units import backup_unit_line, states_apart, unit_of
from desktop_app.core.periods import format_time
from desktop_app.core.words import Words
from desktop_app.core.workflow import State
from desktop_app.restore_approvals import reapproved_by_restore, undone_since
from desktop_app.restore_carry import (
    Carried,
    Chains,
    issued_since,
    to_carry,
    unknown_issued,
)
from desktop_app.restore_figures import figures_since
from desktop_app.restore_losses import trust_losses
from desktop_app.restore_revoked import kept_revoked


def backup_time(source: Path) -> dt.datetime | None:
    """When a backup was taken: from its name as this program gives it, else the last change
    it records (a file renamed by hand), else the file's own time; local time."""
    m = _NAME.match(Path(source).name)
    if m:
        return dt.datetime.strptime(m.group(2), "%Y%m%d-%H%M%S")
    last = sqlite_backup.last_change_at(source)
    if last:
        try:
            return dt.datetime.fromisoformat(last).astimezone().replace(tzinfo=None)
        except ValueError:
            pass
    try:
        return dt.datetime.fromtimestamp(Path(source).stat().st_mtime)
    except OSError:
        return None


def _has_own(db_path: Path) -> bool:
    """Whether a database holds anything entered: a figure, a comment, a period's state."""
    return bool(sqlite_backup.approval_states(db_path)) or any(sqlite_backup.figures(db_path, t) for t in sqlite_backup.FIGURE_TABLES)


def _apart(db_path: Path, source: Path, carried: list[Carried]) -> list[Words]:
    """`backup_units.states_apart` of the two files, a period whose number and date the restore carries
    (`restore_carry.to_carry`) as it comes back: Đã gửi."""
    then = sqlite_backup.approval_states(source) or {}
    for c in carried:
        key = (c.unit_code, c.period)
        if key in then:
            then[key] = {**then[key], "state": State.SENT.value}
    return states_apart(sqlite_backup.approval_states(db_path) or {}, then)


def question(db_path: Path, source: Path, restored: Path, where: Path, chosen: Path,
             chains: Chains | None) -> Words | None:
    """`backups.restore_warning`; `restored`: the backup as the restore puts it back (`backups._as_restored`), `source`
    as taken (what its history is compared by); `where`, `chosen`: the database's and the backup's paths
    (`backups._read_warning`)."""
    lines = []
    unit = backup_unit_line(db_path, source,
                            own=Path(chosen).resolve().parent == backup_dir(where).resolve(),
                            usual=frozenset(u for b in list_backups(where) if (u := unit_of(b.path))))
    if unit:
        lines.append(unit)
    after = bool(sqlite_backup.continues(db_path, source))
    changed, named = figures_since(db_path, source)
    # the figures named after the sentence counting them: "… trong bản sao lưu (hiện nay → sau khi khôi phục):"
    figures = (Words(f" (hiện nay → sau khi khôi phục):\n{named}", f" (now → after the restore):\n{named.en}")
               if named else Words(".", "."))
    if changed and after:
        taken = backup_time(source)
        when = f" ({format_time(taken)})" if taken else ""
        lines.append(Words(
            f"Từ lúc sao lưu{when} đến nay đã nhập hoặc sửa: {changed}. Sau khi khôi phục, những số liệu "
            f"đó trở lại như trong bản sao lưu{figures}",
            f"Entered or changed since the backup was taken{when}: {changed.en}. After the restore, they are "
            f"back as they are in the backup{figures.en}"))
    chains = chains or Chains(db_path, source)  # each file's chain walked once for every line
    carried = to_carry(chains)
    # A database with nothing entered yet (a computer set up again) loses nothing: no comparison to make.
    apart = [] if after or not _has_own(db_path) else _apart(db_path, source, carried)
    changed = changed if after or apart or _has_own(db_path) else None
    # what the history's check finds lost, said first: the histories differ because of it, not a reinstall
    stops, lost = backup_chain.restore_line(db_path, source, [b.compared for b in list_backups(where)])
    if stops:  # the restore would stop, nothing replaced: before anything it would do
        lines.insert(0, stops)
    if lost:
        lines.append(lost)
    if not after and (changed or apart):
        lines.append(Words(
            "Bản sao lưu không phải bản sao trước đây của cơ sở dữ liệu đang dùng như hiện nay (lịch sử thay đổi của "
            "hai tệp khác nhau), nên không biết những chỗ khác nhau dưới đây có trước hay sau khi sao lưu.",
            "The backup is not an earlier copy of the database in use as it is now (the two files' histories "
            "differ), so whether what differs below came before or after the backup is not known.") if lost else Words(
            "Bản sao lưu không phải bản sao trước đây của cơ sở dữ liệu đang dùng (lịch sử thay đổi của hai tệp "
            "khác nhau: máy đã được cài lại, hoặc cơ sở dữ liệu đã được khôi phục từ bản sao lưu khác), nên không "
            "biết những chỗ khác nhau dưới đây có trước hay sau khi sao lưu.",
            "The backup is not an earlier copy of the database in use (the two files' histories differ: the "
            "computer was set up again, or the database was restored from another backup), so whether what "
            "differs below came before or after the backup is not known."))
    if changed and not after:
        lines.append(Words(
            f"Khác với bản sao lưu: {changed}. Sau khi khôi phục, những số liệu đó như trong bản sao lưu{figures}",
            f"Different from the backup: {changed.en}. After the restore, they are as in the backup{figures.en}"))
    lines += accounts_brought_back(db_path, source)
    lines += apart
    lines += undone_since(db_path, source, carried, chains)
    lines += reapproved_by_restore(db_path, source, carried)
    lines += issued_since(chains, carried)  # the number and date issued since, which the restore keeps
    lines += unknown_issued(chains)  # none kept from data whose chain is not trusted
    # keys (one revoked since stays revoked: restore_revoked), acceptances, reports received; catalogue, province key
    lines += trust_losses(db_path, restored, since=after, kept=kept_revoked(chains, restored))
    edited = [t.message for t in chains.backup_found or []]
    if edited:
        more = len(edited) - 1
        lines.append(Words(
            f"Lịch sử trong bản sao lưu cho thấy số liệu bị sửa ngoài chương trình: {edited[0]}"
            + (f" (và {more} chỗ khác)" if more else ""),
            "The backup's history shows figures changed outside the program"
            + (f" ({more + 1} places; the first, in Vietnamese)" if more else " (in Vietnamese)") + f": {edited[0]}"))
    return Words.joined(lines, "\n\n") if lines else None
