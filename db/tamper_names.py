"""How `integrity.verify` names what it found changed outside the program: the record, in both
languages ("Số liệu chỉ tiêu … (6 tháng đầu năm 2026)", a row of the intake log by its file, a stored
report by its unit, period and file), and, for the records whose history rows hold the values
written, the value held now against the one the history last recorded, so that an administrator
has a figure to check before acknowledging. The chain itself is db/integrity.py; this is its words."""
from __future__ import annotations

import json
import sqlite3
from decimal import Decimal, InvalidOperation

from db.chain_format import literal
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import format_time, in_sentence, period_of
from desktop_app.core.validation import MAX_TEXT
from desktop_app.core.words import Words
from desktop_app.core.workflow import State


def period_named(code, *, called: bool = False) -> Words:
    """A period by its name inside a sentence ("6 tháng đầu năm 2026"; `called`: "kỳ 6 tháng đầu năm
    2026"); one the program would not write, by its code ("kỳ 2026-7M")."""
    p = period_of(code)
    if p is None:
        return Words(f"kỳ {_text(code)}", f"period {_text(code)}")
    return Words(f"{'kỳ ' if called else ''}{in_sentence(p.name)}", in_sentence(p.name_en))


def _text(value, limit: int = 120) -> str:
    """A value of a row as a name quotes it: a text the program writes (a file name, a state) as it
    reads; anything put there with sqlite3 (binary data, a number, a text of megabytes) as SQLite
    writes it, cut short (chain_format.literal)."""
    return value if isinstance(value, str) and len(value) <= limit else literal(value, limit)


def _state_en(value) -> str:
    """A period's state as the history stores it (its Vietnamese name), in English where it is one."""
    try:
        return State(value).en
    except ValueError:
        return _text(value) if value else ""


def record_named(conn: sqlite3.Connection, table: str, key: tuple, names: dict[str, str]) -> Words:
    """The record named, in both languages (`names`: indicator codes' names, a `Words` giving its English)."""
    if table == "received":
        return _received(conn, key[0], names)
    if table == "pdf_checks":
        report = _received(conn, key[0], names)
        return Words(f"Kết quả kiểm tra chữ ký số của tệp PDF kèm {report[:1].lower()}{report[1:]}",
                     f"The result of checking the digital signature of the PDF file with {report.en[:1].lower()}"
                     f"{report.en[1:]}")
    if table == "intake_log":
        found = conn.execute("SELECT file_name FROM intake_log WHERE id = ?", key).fetchone()
        return Words(f"Dòng số {key[0]} của nhật ký nhận tệp" + (f" (tệp {_text(found[0])})" if found else ""),
                     f"Row {key[0]} of the intake log" + (f" (file {_text(found[0])})" if found else ""))
    if table in ("entries", "baselines", "own_targets"):
        name = names.get(key[2], key[2])
        name_en = getattr(name, "en", name)
        if table == "own_targets":
            return Words(f"Chỉ tiêu tự đặt chỉ tiêu {name} (năm {key[1]})",
                         f"The own target of indicator {name_en} ({key[1]})")
        if table == "baselines":
            return Words(f"Số liệu đầu nhiệm kỳ chỉ tiêu {name} (nhiệm kỳ {key[1]})",
                         f"The start-of-term figure of indicator {name_en} (term {key[1]})")
        period = period_named(key[1])
        return Words(f"Số liệu chỉ tiêu {name} ({period})", f"The figure of indicator {name_en} ({period.en})")
    if table == "period_history":
        period = period_named(key[1])
        found = conn.execute("SELECT from_state, to_state FROM period_history WHERE id = ?", key[2:]).fetchone()
        step = step_en = ""
        if found:
            step = f" ({_text(found[0]) if found[0] else ''} → {_text(found[1]) if found[1] else ''})"
            step_en = f" ({_state_en(found[0])} → {_state_en(found[1])})"
        return Words(f"Dòng số {key[2]} của lịch sử trạng thái kỳ {period}{step}",
                     f"Row {key[2]} of the state history of {period.en}{step_en}")
    if table in ("narratives", "period_states"):
        period = period_named(key[1])
        if table == "period_states":
            return Words(f"Trạng thái kỳ {period}", f"The state of {period.en}")
        return Words(f"Nội dung báo cáo {period} (mục {key[2]})", f"The report text of {period.en} (section {key[2]})")
    return {
        "approvals": lambda: Words(f"Bản duyệt số {key[0]}", f"Approval {key[0]}"),
        "users": lambda: Words(f"Tài khoản {key[0]}", f"The account {key[0]}"),
        "settings": lambda: SETTINGS_NAMED.get(key[0]) or Words(f"Cài đặt {key[0]}", f"The setting {key[0]}"),
        "catalogs": lambda: Words(f"Bộ chỉ tiêu phiên bản {key[0]}", f"The indicator catalogue version {key[0]}"),
        "unit_keys": lambda: Words(f"Khóa ký số số {key[0]} trong danh sách khóa của các đơn vị",
                                   f"Signing key {key[0]} in the register of the units' keys"),
        "trust_roots": lambda: Words(f"Chứng thư gốc {key[0][:16].upper()} trong danh sách chứng thư gốc tin cậy",
                                     f"The root certificate {key[0][:16].upper()} in the list of trusted roots"),
        "intake_runs": lambda: Words(f"Lần nhận tệp số {key[0]}", f"Intake run {key[0]}"),
    }[table]()


# Settings a person knows by what they record, not by their key (red-team R24 F1: "Cài đặt last_copy_out").
SETTINGS_NAMED = {"last_copy_out": Words("Bản ghi lần sao lưu ra ngoài máy gần nhất",
                                         "The record of the last backup outside this computer")}


# The records whose history rows hold the values written (an audit row's `new`, by action and field):
# table -> (action, the audit columns its key is in, [(its column, the audit field, how it is named)])
_HISTORY = {
    "entries": ("entry", ("commune", "period", "indicator"),
                [("value", "value", ("", "")), ("numerator", "numerator", ("tử số ", "numerator ")),
                 ("denominator", "denominator", ("mẫu số ", "denominator ")),
                 ("comment", "comment", ("ghi chú ", "comment "))]),
    "baselines": ("baseline", ("commune", None, "indicator"), [("value", "baseline", ("", ""))]),
    "settings": ("setting", (), None),
}


def values_against_history(conn: sqlite3.Connection, table: str, key: tuple, now: dict | None) -> Words | None:
    """What the database holds `now` of a changed record (its columns; None: deleted) against what its
    history last recorded, for the records whose history rows hold the values written (`_HISTORY`);
    None for others."""
    if table not in _HISTORY:
        return None
    action, where, fields = _HISTORY[table]
    same, shown = _same, _shown
    if table == "settings":
        fields, clauses, args = [("value", key[0], ("", ""))], "", ()
        same, shown = _same_setting, _setting_shown
        now = None if now is None else {"value": _setting(now["value"])}
    else:
        pairs = [(c, v) for c, v in zip(where, key) if c]
        clauses = "".join(f" AND {c} = ?" for c, _v in pairs)
        args = tuple(v for _c, v in pairs)
    vi, en = [], []
    for column, field, (label, label_en) in fields:
        row = conn.execute(f"SELECT new, user, at FROM audit WHERE action = ? AND field = ?{clauses}"
                           " ORDER BY id DESC LIMIT 1", (action, field, *args)).fetchone()
        held = None if now is None else now.get(column)
        if same(None if row is None else row[0], held):
            continue
        if now is None:
            here, here_en = "không còn trong cơ sở dữ liệu", "no longer in the database"
        elif held is None:
            here, here_en = "trong cơ sở dữ liệu nay để trống", "empty in the database now"
        else:
            here, here_en = f"trong cơ sở dữ liệu nay là {shown(held)}", f"{shown(held)} in the database now"
        if row is None or row[0] is None:
            log, log_en = "nhật ký không ghi gì", "the history records nothing"
        else:
            log = f"nhật ký ghi {shown(row[0])} ({row[1] or 'hệ thống'}, {when(row[2])})"
            log_en = f"the history records {shown(row[0])} ({row[1] or 'system'}, {when(row[2])})"
        vi.append(f"{label}{here}, {log}")
        en.append(f"{label_en}{here_en}, {log_en}")
    return Words("; ".join(vi), "; ".join(en)) if vi else None


def _same(recorded, held) -> bool:
    if recorded is None or held is None:  # nothing, or an empty text: the same
        return str(recorded if recorded is not None else held if held is not None else "") == ""
    try:
        return Decimal(str(recorded)) == Decimal(str(held))
    except (InvalidOperation, ValueError):
        return str(recorded) == str(held)


def _setting(stored):
    """A setting's stored value (its JSON text) as its history row writes it (db/audit_log.py: a text as
    it is, a number, a list or an object as Python writes it; JSON null: nothing); one that is no JSON
    as it is held (binary data, a text longer than the program writes: already as SQLite writes them)."""
    try:
        value = json.loads(stored)
    except (TypeError, ValueError, RecursionError):
        return stored
    return value if value is None or isinstance(value, str) else str(value)


def _same_setting(recorded, held) -> bool:
    """A setting as written against its history row: the same text (a code "05503" is no number 5503)."""
    return (recorded or "") == (held or "")


def _setting_shown(value) -> str:
    """A setting's value (`_setting`) in quotes as it reads: a unit's code as a code («05503»), not a
    number the Vietnamese way; a text longer than a line as SQLite writes it, cut short."""
    return f"«{_text(value, 80)}»"


def _shown(value) -> str:
    """A stored value the Vietnamese way ("81.200", "9.690,5"), every digit it has; a text in quotes;
    binary data, or a text longer than the program writes (put in a history row with sqlite3), as
    SQLite writes it, cut short."""
    if isinstance(value, bytes) or (isinstance(value, str) and len(value) > MAX_TEXT):
        return f"«{literal(value)}»"
    text = str(value)
    try:
        d = Decimal(text)
    except (InvalidOperation, ValueError):
        return f"«{text}»"
    if not d.is_finite():
        return f"«{text}»"
    return format_number(d, decimals=max(0, -d.as_tuple().exponent))


def _received(conn: sqlite3.Connection, received_id, names: dict[str, str]) -> Words:
    """A stored version named by its unit, period and file: as stored (the unit's name as its report
    states it), else (deleted) as the intake log recorded it when the file was read."""
    found = conn.execute(
        "SELECT unit_code, period, file_name, CASE WHEN json_valid(canonical)"
        " THEN json_extract(canonical, '$.unit.name') END FROM received WHERE id = ?", (received_id,)).fetchone() \
        or conn.execute("SELECT unit_code, period, file_name, NULL FROM intake_log WHERE received_id = ?"
                        " ORDER BY id LIMIT 1", (received_id,)).fetchone()
    if found is None:
        return Words(f"Bản báo cáo đã nhận số {received_id}", f"Received report {received_id}")
    unit, period, file_name, name = found
    period = period_named(period)
    unit, file_name = _text(unit), _text(file_name)
    unit, unit_en = ((f"{_text(name)} (mã {unit})", f"{_text(name)} (code {unit})") if isinstance(name, str) and name
                     else (f"đơn vị mã {unit}", f"the unit of code {unit}"))
    return Words(f"Báo cáo {period} của {unit} nhận từ tệp {file_name} (bản lưu số {received_id})",
                 f"The report of {period.en} of {unit_en} received from the file {file_name} (stored version "
                 f"{received_id})")


def when(at: str) -> str:
    """A time the history stores (UTC) as the program writes its moments: Vietnam time, hour first
    (`periods.format_time`); it printed the stored UTC hour, 7 hours behind a laptop in Vietnam."""
    return format_time(at) if at else ""
