"""The consolidated workbook's sheet "Kết quả nhận tệp": every file read for the period, its
class and reason as the intake log keeps them, and the state of its key when the workbook is
made (`exports/CONSOLIDATED.md`).

Each file's line gives, beside when it was read ("Thời điểm"), its date of receipt, which
lateness is judged by ("Ngày nhận (tính hạn)", the last column), when the workbook knows it: the
date of the version it was received as, if that version is the one counted; for a refused file,
the day it arrived as the intake judged it (the log's `arrived_on`; none for a line read before
it was recorded, schema 15), as the window's "Ngày nhận" shows it. A refused file that
named no unit in what could be read is shown under the unit its file's name carries, in italics,
as the window shows it "(theo tên tệp)".

A reason is written when the file is read ("Khóa ký mã … của đơn vị chưa được xác nhận"), and
the province decides on keys later: the sheet prints the key's state now in a column of its own
and, under a reason whose key has changed state since, says so. The sheet is read on paper: a
reason's commands for the program's command line are left out (`without_commands`; the window
shows them).

A file's name carrying another unit's code than its contents state is said first in its reason
(`named_otherwise`: the contents decide). The title's last row says, once for all the files, that
"Hợp lệ" is of the signed "Dữ liệu" sheet: the printed "Báo cáo" sheet is not compared when a file
is received (`REPORT_SHEET_NOTE`).
"""
from __future__ import annotations

import datetime as dt

from openpyxl.utils import get_column_letter

from desktop_app.core.consolidation import Consolidation
from desktop_app.core.intake import FileClass, code_in_file_name, named_otherwise, when_text
from desktop_app.core.intake_results import result_word
from desktop_app.core.keys import UNSIGNED_ACCEPTED, KeyState, KeyThenNow
from exports.consolidated_sheet import (
    _CENTRE,
    _HEAD,
    _LEFT,
    _ONE_LINE,
    RESULT_FILLS,
    ROOMY,
    _Book,
    _Sheet,
    _Style,
    _time,
    _title_rows,
    without_commands,
)

SHEET_INTAKE = "Kết quả nhận tệp"
# Others read these columns by place: a column is only ever added after the last one.
INTAKE_HEADERS = ("Lượt nhận", "Thời điểm", "Tệp", "Kết quả", "Lý do", "Mã ĐVHC", "Kỳ", "Mã xác thực",
                  "Khóa ký, khi lập bảng", "Ngày nhận (tính hạn)")
# The sheet prints one A3 page wide at 8 pt: the date's column took its room from the reason
# (90 before), which wraps. The file's column holds "2026-9M_05455_phuong-quyet-thang (1).xlsx" and the
# longest unit's name, "2026-9M_05443_phuong-phan-dinh-phung.xlsx", on one line; a longer name wraps.
_WIDTHS = (9, 17, 42, 20, 71, 9, 9, 68, 28, 12)
_DATE = _Style(align="centre", fmt="DD/MM/YYYY")
_BY_NAME = _Style("italic", "centre")  # a unit code read from the file's name, not from its contents
# The title's last row (row 4, blank before 5 December 2026), on this sheet and on "Khác biệt": intake
# checks each file's signed "Dữ liệu" sheet, never its "Báo cáo" sheet (exports/FORMAT.md: `verify` does,
# 15 ms a file), and "Hợp lệ" read as the printed table checked too (walk h8 #1: E10 edited, "Hợp lệ").
# One line over the empty cells after it, on the first page.
REPORT_SHEET_NOTE = ('Trang "Báo cáo" (bảng in) của từng tệp không được đối chiếu khi nhận: số liệu tổng hợp lấy từ '
                     'trang "Dữ liệu" đã ký.')  # no command on paper: the window's note names it
NOTE_ROW = [(REPORT_SHEET_NOTE, _Style("italic", "line", box=False))]


# What a key's state now is called in a sentence, after "khóa" (an unsigned file: after "tệp").
_NOW = {KeyState.XAC_NHAN: "đã được xác nhận", KeyState.CHO: "đang chờ xác nhận",
        KeyState.DA_THAY: "đã được thay bằng khóa mới", KeyState.THU_HOI: "đã bị thu hồi",
        UNSIGNED_ACCEPTED: "chưa ký đã được tỉnh chấp nhận"}


def key_text(key: KeyThenNow | None) -> str | None:
    """The key's column: "Mã GWDC-WSW7-ISDG-UIOJ: Đã xác nhận.", and when that came after the file
    was read, when and what it was then; none for a file no key or unit can be told of."""
    if key is None:
        return None
    if not key.now:
        return "Đơn vị không có khóa đang dùng."
    state = key.now + (" (cũng ký tệp của đơn vị khác: chưa tính vào tổng hợp)" if key.held else "")
    text = f"mã {key.code}: {state}" if key.code else state
    text = f"Khóa đơn vị đang dùng, {text}" if key.unit_key else text[:1].upper() + text[1:]
    if key.changed:
        at = f" lúc {when_text(key.since)}" if key.since else ""
        text += f"{at}, sau khi nhận tệp (khi nhận tệp: {key.then.lower() or 'chưa có'})"
    if key.now == KeyState.THU_HOI:
        text += "; các bản khóa này ký không được tính"
    return text + "."


def paper_reason(reason: str, key: KeyThenNow | None) -> str:
    """The reason as the sheet prints it: without commands ("… rồi xác nhận."), and followed,
    when the key's state changed after the file was read, by what it is now."""
    text = without_commands(reason)
    if key is not None and key.changed and key.now in _NOW:
        whose = "khóa đơn vị đang dùng" if key.unit_key else ("tệp" if key.now == UNSIGNED_ACCEPTED else "khóa")
        text += f" [Khi lập bảng này, {whose} {_NOW[key.now]}.]"
    return text


def _received_on(con: Consolidation) -> dict[tuple[str, str], dt.date]:
    """(unit code, fingerprint) -> the date of receipt of each unit's counted version, as "Tình
    hình gửi báo cáo" prints it: the version a line's file was received as, or found again."""
    return {(u.code, u.fingerprint): dt.date.fromisoformat(u.received_on)
            for u in con.completeness.units if u.fingerprint and u.received_on}


def _drafts(con: Consolidation) -> set[tuple[str, str]]:
    """(unit code, fingerprint) of each counted draft: what says a line's file was a draft when the line does not
    (`_draft`)."""
    return {(u.code, u.fingerprint) for u in con.completeness.units if u.fingerprint and u.draft and u.received}


def _draft(log, drafts: set[tuple[str, str]]) -> bool:
    """The line's file was a draft (its line says "Hợp lệ (dự thảo)", `COUNTED_DRAFT`, as the window says it): the
    version it was stored as (or found again) is not approved (`IntakeLine.approved`), whatever replaced it since: the
    unit's approved report with the same figures (the same fingerprint) read later left a draft's line plain "Hợp lệ"
    (R22 F3). A line that does not say (none stored, or a bare log row): the counted draft of its unit and
    fingerprint (`_drafts`)."""
    approved = getattr(log, "approved", None)
    if approved is None:
        return (log.unit_code, log.fingerprint) in drafts
    return bool(log.unit_code) and not approved


def _unit_cell(log, codes) -> tuple:
    """The line's unit as intake found it, else (a file refused before its unit was known) the
    one its file's name carries, in italics."""
    if log.unit_code:
        return log.unit_code, _CENTRE
    return code_in_file_name(log.file_name, codes) or None, _BY_NAME


def _intake_sheet(book: _Book, con: Consolidation) -> None:
    s = _Sheet(book, SHEET_INTAKE, _WIDTHS, freeze=f"A{_HEAD + 1}")
    _title_rows(s, "KẾT QUẢ NHẬN TỆP BÁO CÁO", len(INTAKE_HEADERS), NOTE_ROW)
    s.header(INTAKE_HEADERS)
    s.spare = ROOMY
    accepted = _Style(align="centre", fill="Đạt")
    refused = _Style(align="centre", fill="Không đạt")
    filled = {word: _Style(align="centre", fill=word) for word in RESULT_FILLS}
    received_on, codes, drafts = _received_on(con), con.catalog.commune_codes(), _drafts(con)
    names = {c.code: c.name for c in con.catalog.communes}
    for log in con.intake_log:
        # the unit's listed version's date first (a copy with the same figures keeps the earlier
        # date lateness is judged by), else the date of the version the file was stored as; a
        # refused file's the day it arrived
        day = received_on.get((log.unit_code, log.fingerprint)) if log.received_id else None
        day = day or (dt.date.fromisoformat(log.received_on) if log.received_id and log.received_on else None)
        if not FileClass(log.class_).accepted and log.arrived_on:
            day = dt.date.fromisoformat(log.arrived_on)
        word = result_word(log.class_, new=log.new, key_state=log.key.now if log.key else "",
                           held=bool(log.key and log.key.held), draft=_draft(log, drafts))
        look = filled.get(word) or (accepted if FileClass(log.class_).accepted else refused)
        reason = " ".join(t for t in (named_otherwise(log.file_name, log.unit_code, names),
                                      paper_reason(log.reason, log.key)) if t)
        s.append([(log.run_id, _CENTRE), (_time(log.at), _CENTRE), (log.file_name, _LEFT), (word, look),
                  (reason, _LEFT), _unit_cell(log, codes), (log.period, _CENTRE),
                  (log.fingerprint, _ONE_LINE), (key_text(log.key), _LEFT), (day, _DATE)], fit=True)
    last = _HEAD + max(len(con.intake_log), 1)
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(INTAKE_HEADERS))}{last}"
