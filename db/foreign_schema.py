"""Triggers and views the program did not make: code that runs inside the program's own writes.

The program makes no trigger and no view. One added to the file outside it (sqlite3, a hostile
backup restored) ran inside every write: it rewrote an approved figure as the approval was
stored, and `integrity.seal`, reading the record back, recorded the trigger's figure in the
history as the program's own; it confirmed every new key in the province's register (red-team
14, finding 1). So:

- opening a database to write removes them before anything is written (the migrations
  included), and the removal enters the history (`REMOVED_ACTION`) as a change made outside
  the program: `integrity.verify` names it, holding every period back, until an administrator
  acknowledges it, having checked the figures written while it was there;
- a write that finds one added since the database was opened (another program, while this one
  runs) is refused before anything is written: open the program again, which removes it;
- a backup holding one is not restored (`db.backup.check`);
- a command that only looks (`chitieu audit verify`) names those still there.
"""
from __future__ import annotations

import json
import sqlite3

from desktop_app.core.words import Words

REMOVED_ACTION = "foreign_schema_removed"  # an audit row: what opening the database removed
KINDS = {"trigger": ("trigger", "trigger"), "view": ("view (bảng ảo)", "view")}


def found(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(type, name, SQL) of every trigger and view in the database file."""
    return [(kind, name, sql or "") for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name")]


def remove(conn: sqlite3.Connection, objects: list[tuple[str, str, str]]) -> None:
    """Inside a write transaction: drop them (a view first would leave its triggers nothing to hang on)."""
    for kind, name, _sql in sorted(objects, key=lambda o: o[0] != "trigger"):
        quoted = name.replace('"', '""')
        conn.execute(f'DROP {kind.upper()} IF EXISTS "{quoted}"')


def recorded(objects: list[tuple[str, str, str]]) -> str:
    """What the audit row of a removal keeps: each object's type, name and SQL (cut at 2.000 characters)."""
    return json.dumps([[kind, name, sql[:2000]] for kind, name, sql in objects], ensure_ascii=False)


def named(objects: list[tuple[str, str, str]]) -> Words:
    """'trigger "t_sua", view (bảng ảo) "v"': the objects as a sentence names them."""
    from desktop_app.core.quoting import quoted  # only when there are some: every start imports this module

    return Words(", ".join(f'{KINDS.get(kind, (kind, kind))[0]} "{quoted(name)}"' for kind, name, *_ in objects),
                 ", ".join(f'{KINDS.get(kind, (kind, kind))[1]} "{quoted(name)}"' for kind, name, *_ in objects))


def removal_finding(row_new: str | None, at: str) -> Words:
    """The finding an audit row of a removal stands for, until acknowledged."""
    try:
        objects = [tuple(o) for o in json.loads(row_new or "[]")]
    except ValueError:
        objects = []
    what = named(objects)
    return Words(
        f"Cơ sở dữ liệu có {what or 'trigger hoặc view'} do người ngoài chương trình thêm vào, chương trình đã gỡ bỏ "
        f"lúc mở ({at}): số liệu, phê duyệt, khóa ký ghi trong lúc nó còn đó có thể đã bị nó sửa mà nhật ký không "
        "thấy. Hãy đối chiếu với sổ sách, giấy tờ đã ký trước khi xác nhận đã kiểm tra.",
        f"The database held {what.en or 'a trigger or view'} added outside the program, which the program removed "
        f"when opening it ({at}): figures, approvals and keys written while it was there may have been changed by it "
        "without the history seeing it. Check them against the unit's records and signed papers before "
        "acknowledging the check.")


def present_finding(objects: list[tuple[str, str, str]]) -> Words:
    """What a command that only looks says of those still in the file."""
    what = named(objects)
    return Words(
        f"Cơ sở dữ liệu có {what} do người ngoài chương trình thêm vào: nó chạy cùng mỗi lần chương trình ghi và có "
        "thể sửa số liệu mà nhật ký không thấy. Chương trình sẽ gỡ bỏ khi mở cơ sở dữ liệu để ghi.",
        f"The database holds {what.en} added outside the program: it runs with every write of the program and may "
        "change figures without the history seeing it. The program removes it when it opens the database to write.")
