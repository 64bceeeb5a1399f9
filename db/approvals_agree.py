"""Whether each stored approval agrees with the step of the period's history that recorded it, and each
period's state with the period's last step (what `integrity.verify` adds to the chain's own findings).

The chain (db/integrity.py) shows a record changed behind the program's back, but not a record changed
with the program's own code: someone with the database and Python can change an approval (its figures,
canonical text and code) and the period's state, then append one "record_state" row after the chain's
head as the program's `seal` does, and the chain follows (red-team 22, finding 2). The history row the
program wrote when the leader approved (period_history, event "approve": the approval's code, who, when)
is written in the same transaction as the approval and never changes after; a forger who changes the
approval leaves it as it was, and one who appends a history row of their own to match leaves a second
approval in the period's history, for all to see (one who rewrites the step with the approval leaves a
second state of each in the chain: integrity.INSERT_ONLY). So: the approvals of a period, oldest first, are paired
from the newest with the history's approval steps (a period approved by a version before approvals were
kept has more steps than approvals), and each must carry the code, the leader and the time (within
`SAME_MOMENT`: the two rows take the clock apart) of its step; a frozen period's state must be the
period's last step, carry its code, and stand on the period's last approval, whose leader and time
it repeats. A disagreement is a change made outside the program, until an administrator's
acknowledgement names it (its `mark`, with the values found: changed again, it is reported again)
and no approved period stands on it any more (the acknowledgement voids that approval; an
acknowledgement appended with the program's code that leaves it standing clears nothing).
"""
from __future__ import annotations

import datetime as dt
import sqlite3

from db.chain_format import literal
from db.tamper_names import period_named
from desktop_app.core.periods import period_of
from desktop_app.core.words import Words
from desktop_app.core.workflow import State

APPROVE = "approve"  # the history's event of an approval (core.submission.APPROVE)
SHORT = 16  # a code's short form, as the paper prints it (core.submission.SHORT_FINGERPRINT)
SAME_MOMENT = dt.timedelta(seconds=60)  # an approval's time and its step's: two clock readings, one transaction
FROZEN = (State.APPROVED.value, State.SENT.value)
# the program writes the two together and changes neither after: one of them was changed outside it
ONE_OF_THEM = "hai bản ghi không khớp nhau, một trong hai đã bị sửa ngoài chương trình."
ONE_OF_THEM_EN = "the two records disagree, and one of them was changed outside the program."


def disagreements(conn: sqlite3.Connection, acknowledged: set[tuple]) -> list[tuple[Words, str, tuple, tuple]]:
    """Each approval that is not what the history recorded of it, and each period's state that is not
    the period's last step: (what is said, the table and key the finding is of, its mark), not those an
    acknowledgement named (`acknowledged`, the marks it cleared) unless an approved or sent period still
    stands on them: acknowledging voids that approval (core.workflow.approvals_voided), so such a mark
    in the chain without the voiding was appended with the program's code, and clears nothing. (A row
    of another unit's code, or of no period's code, binary data put there with sqlite3, is no period
    the program reads as approved: acknowledged, it is cleared.)"""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"approvals", "period_history", "period_states"} <= tables:
        return []  # a database of a schema before approvals were kept (being upgraded, a backup checked)
    approvals, steps, last = {}, {}, {}
    for row in conn.execute("SELECT id, commune, period, at, user, fingerprint FROM approvals ORDER BY id"):
        approvals.setdefault((row[1], row[2]), []).append(row)
    for row in conn.execute("SELECT id, commune, period, at, user, event, to_state, fingerprint, "
                            "CASE WHEN json_valid(snapshot) THEN json_extract(snapshot, '$.unit.name') END "
                            "FROM period_history ORDER BY id"):
        if row[5] == APPROVE:
            steps.setdefault((row[1], row[2]), []).append(row)
        last[(row[1], row[2])] = row
    states = conn.execute("SELECT commune, period, state, fingerprint, approved_at, approved_by, approval_id "
                          "FROM period_states").fetchall()
    stands = _stands(conn, states)
    standing = {s[6] for s in states if s[:2] in stands}
    found = []
    for (commune, period), rows in approvals.items():
        approved = steps.get((commune, period), [])
        for n, a in enumerate(reversed(rows)):
            step = approved[-1 - n] if n < len(approved) else None
            if step is None or (a[5], a[4]) != (step[7], step[4]) or not _same_moment(a[3], step[3]):
                found.append((*_approval(a, step, _unit(commune, approved)), a[0] in standing))
    for s in states:
        commune, period, state = s[:3]
        step, kept = last.get((commune, period)), approvals.get((commune, period), [])
        if step is not None and state not in FROZEN and state == step[6]:
            continue
        if (reason := _state_unlike(s, step, kept[-1] if kept else None)) is not None:
            found.append((*_state(s, step, reason, _unit(commune, steps.get((commune, period), []))),
                          (commune, period) in stands))
    return [f[:4] for f in found if f[3] not in acknowledged or f[4]]


def _stands(conn: sqlite3.Connection, states: list[tuple]) -> set[tuple]:
    """The (commune, period) of each approved or sent period of this unit (`states`: its rows of
    period_states, commune and period first, then the state)."""
    unit = conn.execute("SELECT json_extract(value, '$') FROM settings WHERE key = 'commune_code'"
                        " AND json_valid(value)").fetchone()
    return {s[:2] for s in states if s[2] in FROZEN and unit is not None and s[0] == unit[0] and period_of(s[1]) is not None}


def standing(conn: sqlite3.Connection):
    """Whether an approved or sent period stands on a record of approvals or period_history (table,
    key): the approval it stands on, or a step of its history from its last approval on. An
    acknowledgement voids those (core.workflow.approvals_voided), so one in the chain that named such
    a record and left the period standing on it was appended with the program's code, and clears
    nothing; a period approved again since stands on the new approval and its steps."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not {"approvals", "period_history", "period_states"} <= tables:
        return lambda _table, _key: False
    states = conn.execute("SELECT commune, period, state, approval_id FROM period_states").fetchall()
    stands = _stands(conn, states)
    approvals = {s[3] for s in states if s[:2] in stands}
    since = {(c, p): n for c, p, n in conn.execute(
        f"SELECT commune, period, max(id) FROM period_history WHERE event = '{APPROVE}' GROUP BY commune, period")}

    def stands_on(table: str, key: tuple) -> bool:
        if table == "approvals":
            return key[0] in approvals
        return tuple(key[:2]) in stands and (not isinstance(key[2], int) or key[2] >= since.get(tuple(key[:2]), 0))
    return stands_on


def _same_moment(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    try:
        return abs(dt.datetime.fromisoformat(a) - dt.datetime.fromisoformat(b)) <= SAME_MOMENT
    except (TypeError, ValueError):
        return False


def _unit(commune, steps: list) -> Words:
    """The unit, by the name the approved report carried (in its history step) and its code."""
    name = next((s[8] for s in reversed(steps) if isinstance(s[8], str) and s[8]), None)
    commune = _text(commune)
    return Words(f"{_text(name)} (mã {commune})", f"{_text(name)} (code {commune})") if name else \
        Words(f"đơn vị mã {commune}", f"the unit of code {commune}")


def _text(value, limit: int = 40) -> str:
    """A value of a row as a message quotes it: a short text as it reads; anything a person put there
    with sqlite3 (binary data, a number, a text of megabytes) as SQLite writes it, cut short."""
    return value if isinstance(value, str) and len(value) <= limit else literal(value, limit)


def _code(fingerprint) -> str:
    if not fingerprint:
        return "(trống)"
    return fingerprint[:SHORT] if isinstance(fingerprint, str) else literal(fingerprint, SHORT)


def _who(user) -> str:
    return _text(user) if user else "(trống)"


def _when(at) -> str:
    from db.tamper_names import when  # the history's words for a moment

    # a value put there by hand may be no text at all
    return (when(at) if isinstance(at, str) and len(at) <= 40 else literal(at)) if at else "(trống)"


def _approval(a: tuple, step: tuple | None, unit: Words) -> tuple[Words, str, tuple, tuple]:
    approval_id, _commune, period, at, user, fingerprint = a
    p = period_named(period, called=True)
    said = Words(f"Bản duyệt số {approval_id} của {p}, {unit}, ghi mã {_code(fingerprint)}, {_who(user)} duyệt lúc "
                 f"{_when(at)}", f"Approval {approval_id} of {p.en}, {unit.en}, states the code "
                 f"{_code(fingerprint)}, approved by {_who(user)} at {_when(at)}")
    if step is None:
        words = Words(f"{said}, nhưng lịch sử trạng thái kỳ không ghi lần duyệt nào ứng với nó: {ONE_OF_THEM}",
                      f"{said.en}, but the period's state history records no approval it stands for: {ONE_OF_THEM_EN}")
        mark = ("approval", approval_id, None, fingerprint, at, user)
    else:
        words = Words(f"{said}, nhưng lịch sử trạng thái kỳ (dòng số {step[0]}) ghi lần duyệt đó mã {_code(step[7])}, "
                      f"{_who(step[4])} duyệt lúc {_when(step[3])}: {ONE_OF_THEM}",
                      f"{said.en}, but the period's state history (row {step[0]}) records that approval with the "
                      f"code {_code(step[7])}, by {_who(step[4])} at {_when(step[3])}: {ONE_OF_THEM_EN}")
        mark = ("approval", approval_id, step[0], fingerprint, at, user, step[7], step[3], step[4])
    return words, "approvals", (approval_id,), mark


def _state_unlike(s: tuple, step: tuple | None, newest: tuple | None) -> Words | None:
    """How the state row `s` is not the period's last step (`step`) and does not stand on its last
    approval (`newest`); None: it is and does."""
    state, fingerprint, approved_at, approved_by, approval_id = s[2:]
    if step is None:
        return Words("lịch sử trạng thái kỳ không có dòng nào", "the period's state history has no row") \
            if state in FROZEN else None
    if state != step[6] or fingerprint != step[7]:
        return Words(f"dòng cuối của lịch sử trạng thái kỳ (dòng số {step[0]}) ghi {_text(step[6])}, mã "
                     f"{_code(step[7])}",
                     f"the last row of the period's state history (row {step[0]}) states {_text(step[6])}, code "
                     f"{_code(step[7])}")
    if newest is None:
        return None if approval_id is None else Words("kỳ không có bản duyệt nào", "the period has no approval")
    if (approval_id, approved_at, approved_by) != (newest[0], newest[3], newest[4]):
        return Words(f"bản duyệt sau cùng của kỳ là bản số {newest[0]}, {_who(newest[4])} duyệt lúc {_when(newest[3])}",
                     f"the period's last approval is approval {newest[0]}, by {_who(newest[4])} at "
                     f"{_when(newest[3])}")
    return None


def _state(s: tuple, step: tuple | None, reason: Words, unit: Words) -> tuple[Words, str, tuple, tuple]:
    commune, period, state, fingerprint, approved_at, approved_by, approval_id = s
    p = period_named(period, called=True)
    on = f", bản duyệt số {_text(approval_id)}" if approval_id is not None else ""
    on_en = f", approval {_text(approval_id)}" if approval_id is not None else ""
    state = _text(state)
    words = Words(f"Trạng thái {p}, {unit}, ghi {state}, mã {_code(fingerprint)}{on}, nhưng {reason}: {ONE_OF_THEM}",
                  f"The state of {p.en}, {unit.en}, states {state}, code {_code(fingerprint)}{on_en}, but "
                  f"{reason.en}: {ONE_OF_THEM_EN}")
    mark = ("state agrees", commune, period, state, fingerprint, approved_at, approved_by, approval_id,
            step[0] if step else None)
    return words, "period_states", (commune, period), mark
