"""The intake's reasons and the units' notes in English, for the window's English interface.

A reason is stored as the program wrote it, in Vietnamese: the intake log, the database, the
workbook and the command line keep those words, and an older log keeps older ones. The English
window reads a stored reason as a run of the sentences the intake writes (`desktop_app.intake_notes`,
`desktop_app.intake`, `exports.submission_reader`, `core.keys`), each matched whole against its
Vietnamese form and said in English with the same names, codes, dates and figures (walk U15: an
English reviewer read every reason in Vietnamese). A reason with any part this module does not
know is not translated (`in_english` gives None) and the window shows it as stored, led by "The
program says (in Vietnamese):": never half English, never guessed. A sentence the intake changes
must change here too (tests/province/test_reasons_in_english.py reads the intake's own reasons).

Qt-free: the window's own words (a file's result, the actions in brackets) are said by `ui`; a
command for the command line is named as the window's action before this reads the text
(`core.keys.in_window`), and a bracket's words are kept as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.periods import in_sentence, term_periods

_PERIODS = {in_sentence(p.name): in_sentence(p.name_en) for p in term_periods()}
_PERIOD = "|".join(re.escape(name) for name in sorted(_PERIODS, key=len, reverse=True))
_TIME = r"\d{2}:\d{2}(?::\d{2})? \d{2}/\d{2}/\d{4}"

# A field of a sentence: what it matches, and how it is said in English (None: it is not known, and
# the sentence does not match). Kept as written: names, codes, dates, figures.
_FIELDS: dict[str, tuple[str, object]] = {
    "unit": (r"[^,;:()]+?", None),
    "file": (r".+?", None),
    "fp": (r"[^\s,;()]+", None),  # a fingerprint's first 16 characters (quoted when not plain)
    "code": (r"[A-Z0-9]{4}(?:-[A-Z0-9]{4})+", None),
    "ucode": (r"\d{5}", None),
    "date": (r"\d{2}/\d{2}/\d{4}", None),
    "time": (_TIME, None),
    "action": (r"[^()]*", None),  # a bracket's words: the window's action (`in_window`) or a command
    "period": (rf"(?:{_PERIOD})(?: \([0-9A-Z-]+\))?", lambda text: _period_en(text)),
    "why": (r"[^:]+?", lambda text: _whole(text, _WHY)),
    "this": (r"[^()]+?", lambda text: _whole(text, _THIS)),
    "first": (r"[^()]+?", lambda text: _whole(text, _FIRST)),
    "state": (r"đã xác nhận|đang chờ xác nhận", lambda text: _STATES[text]),
    "unsigned": (r"định dạng 1|không có chữ ký", lambda text: _UNSIGNED[text]),
}
_STATES = {"đã xác nhận": "confirmed", "đang chờ xác nhận": "awaiting confirmation"}
_UNSIGNED = {"định dạng 1": "format 1", "không có chữ ký": "no signature"}


def _period_en(text: str) -> str:
    name, _, code = text.partition(" (")
    return _PERIODS[name] + (f" ({code}" if code else "")


def _r(vi: str, en: str) -> tuple[str, str]:
    """A sentence: its Vietnamese as the intake writes it, with its fields, and its English."""
    return vi, en


def _compiled(rules: tuple[tuple[str, str], ...]) -> list[tuple[re.Pattern, str, dict[str, str]]]:
    """Each (Vietnamese, English) sentence as a pattern of its Vietnamese ("{unit}", "{date2}": a field
    of kind `unit`, `date`), its English, and each field's kind."""
    done = []
    for vi, en in rules:
        parts, kinds = [], {}
        for n, piece in enumerate(re.split(r"\{(\w+)\}", vi)):
            if n % 2 == 0:
                parts.append(re.escape(piece))
            else:
                kinds[piece] = piece.rstrip("0123456789")
                parts.append(f"(?P<{piece}>{_FIELDS[kinds[piece]][0]})")
        done.append((re.compile("".join(parts)), en, kinds))
    return done


def _said(match: re.Match, en: str, kinds: dict[str, str]) -> str | None:
    values = {}
    for name, kind in kinds.items():
        english = _FIELDS[kind][1]
        value = match.group(name) if english is None else english(match.group(name))
        if value is None:
            return None
        values[name] = value
    return en.format(**values)


def _whole(text: str, rules) -> str | None:
    """`text` as one sentence of `rules`, in English; None if none matches it whole."""
    for pattern, en, kinds in rules:
        match = pattern.fullmatch(text)
        if match is not None and (said := _said(match, en, kinds)) is not None:
            return said
    return None


# Why one version of a unit is kept rather than another (`core.kept_version.why`), before ":".
_WHY = _compiled((
    _r("Giữ bản lập sau", "The version made later is kept"),
    _r("Giữ bản lập sau (lập lúc {time}; bản kia lập lúc {time2})",
     "The version made later is kept (made at {time}; the other made at {time2})"),
    _r("Giữ bản đã duyệt (bản kia là dự thảo)", "The approved version is kept (the other is a draft)"),
    _r("Giữ bản ĐÃ DUYỆT (bản dự thảo lập sau không thay bản đơn vị gửi là đã duyệt và không được tính vào tổng hợp)",
     "The APPROVED version is kept (a draft made later does not replace the version the unit sent as approved, "
     "and is not counted in the consolidation)"),
    _r("Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {code}; bản kia ký bằng khóa mã {code2}, không phải khóa đã "
     "xác nhận)", "The version signed by the unit's confirmed key is kept (code {code}; the other signed by the key "
     "{code2}, not the confirmed one)"),
    _r("Giữ bản ký bằng khóa đã xác nhận của đơn vị (mã {code}; bản kia chưa ký)",
     "The version signed by the unit's confirmed key is kept (code {code}; the other unsigned)"),
    _r("Giữ bản có thời điểm lập trước ngày nhận (bản kia ghi lập sau ngày tỉnh nhận)",
     "The version made before its date of receipt is kept (the other says it was made after the province "
     "received it)"),
    _r("Giữ bản duyệt sau (duyệt lúc {time}; bản kia duyệt lúc {time2})",
     "The version approved later is kept (approved at {time}; the other approved at {time2})"),
))
# A version as a reason names it beside "tệp này (…)".
_THIS = _compiled((("lập lúc {time}", "made at {time}"),))
# When a file already received first came.
_FIRST = _compiled((("nhận ngày {date}", "received on {date}"), ("đọc lúc {time}", "read at {time}")))

RESEND = ("hãy xin đơn vị gửi lại tệp do phần mềm xuất.", "ask the unit to send again the file the software exports.")

# The sentences of a reason or a note, each with the space before it. In English a file's reason
# begins "The file NAME" where the Vietnamese begins "Tệp NAME" (`without_name` cuts either).
_SENTENCES = _compiled((
    # desktop_app.intake_notes: a version received, and what is said of it
    _r("Đã nhận {unit}, {period}, mã xác thực {fp}.", "Received {unit}, {period}, fingerprint {fp}."),
    _r("Đã nhận bản mới của {unit}, {period}, thay tệp {file} đã nhận (lập lúc {time}). {why}: tệp này ({this}, mã "
     "xác thực {fp}); bản trước được lưu trong lịch sử.",
     "Received a new version of {unit}, {period}, in place of the file {file} received before (made at {time}). "
     "{why}: this file ({this}, fingerprint {fp}); the earlier version is kept in the history."),
    _r("Trùng đơn vị và kỳ với tệp {file} đã nhận. {why}: tệp {file2} (lập lúc {time}); tệp này ({this}) được lưu "
     "trong lịch sử.",
     "Same unit and period as the file {file} received before. {why}: the file {file2} (made at {time}); this "
     "file ({this}) is kept in the history."),
    _r("Khóa ký mã {code} của đơn vị chưa được xác nhận: số liệu được tính và đánh dấu chờ xác nhận; đối chiếu mã "
     "này với mã in trên báo cáo giấy có chữ ký rồi xác nhận, gõ mã in trên giấy ({action}).",
     "The unit's signing key {code} is not confirmed yet: its figures count, marked as awaiting confirmation; "
     "compare this code with the code printed on the signed paper report, then confirm it, typing the code on "
     "the paper ({action})."),
    _r("Khóa ký mã {code} của đơn vị chưa được xác nhận.", "The unit's signing key {code} is not confirmed yet."),
    _r("Bản DỰ THẢO (chưa được Lãnh đạo duyệt).", "A DRAFT (not approved by the leader)."),
    _r("Tệp CHƯA KÝ ({unsigned}): không biết chắc ai lập; chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận "
       "({action}).", "An UNSIGNED file ({unsigned}): who made it is not certain; not counted in the consolidation "
       "until the province accepts it ({action})."),
    # desktop_app.province: a unit's note
    _r("Chỉ nhận được bản chưa ký: chưa tính vào tổng hợp cho đến khi tỉnh chấp nhận ({action}).",
       "Only an unsigned version was received: not counted in the consolidation until the province accepts it "
       "({action})."),
    _r("Cùng số liệu với bản dự thảo đã nhận, nay đã được duyệt: đơn vị chuyển sang bản ĐÃ DUYỆT.",
     "The same figures as the draft received, now approved: the unit's version is now the APPROVED one."),
    _r("Trễ hạn: nhận ngày {date}, hạn {date2}.", "Late: received on {date}, deadline {date2}."),
    _r("Tệp này nhận ngày {date}, sau hạn {date2}, nhưng cùng số liệu đã nhận đúng hạn ngày {date3}: đơn vị không "
     "bị tính trễ hạn.", "This file was received on {date}, after the deadline {date2}, but the same figures were "
     "received on time on {date3}: the unit is not counted late."),
    _r("Cùng số liệu đã nhận ngày {date}: hạn gửi tính theo ngày đó.",
     "The same figures were received on {date}: the deadline is judged by that day."),
    _r("Bản dự thảo (chưa được Lãnh đạo duyệt): số liệu của bản này vẫn được tính vào tổng hợp trong khi chờ. Xin "
     "đơn vị trình Lãnh đạo duyệt rồi gửi lại tệp bản đã duyệt.",
     "A draft (not approved by the leader): its figures count in the consolidation meanwhile. Ask the unit to "
     "have its leader approve the report, then send the approved file again."),
    # desktop_app.intake: a file received before
    _r("Đã nhận trước đó: {unit}, {period}, mã xác thực {fp} (tệp {file}, {first}). Không nhập lại.",
     "Received before: {unit}, {period}, fingerprint {fp} (file {file}, {first}). Not read in again."),
    _r("Đã nhận trước đó chính tệp này ({first}): {unit}, {period}, mã xác thực {fp}. Không nhập lại.",
     "This very file was received before ({first}): {unit}, {period}, fingerprint {fp}. Not read in again."),
    _r("Tệp {file} là báo cáo {period} của {unit}, không phải kỳ đang nhận {period2}.",
     "The file {file} is the report of {period} of {unit}, not of the period being received, {period2}."),
    # core.intake.named_otherwise: a file named for another unit than its contents'
    _r("Tên tệp ghi mã {ucode} ({unit}), nội dung là báo cáo của {unit2} (mã {ucode2}): tỉnh xét tệp theo nội dung.",
     "The file's name carries the code {ucode} ({unit}), its contents are the report of {unit2} (code {ucode2}): "
     "the province judges the file by its contents."),
    # exports.submission_reader: files refused as read
    _r("Tệp {file} bị hỏng: không mở được cấu trúc tệp nén của Excel.",
     "The file {file} is damaged: Excel's compressed file structure cannot be opened."),
    _r('Tệp {file} không có trang "Thông tin": không phải tệp số liệu do phần mềm Chỉ tiêu xã lập.',
     'The file {file} has no "Thông tin" sheet: not a data file made by the Chỉ tiêu xã software.'),
    _r("Tệp {file} là tệp PDF (bản in của báo cáo) và thư mục không có tệp Excel {file2} gửi kèm: tỉnh chỉ nhận số "
     "liệu từ tệp .xlsx. Hãy xin đơn vị gửi cả tệp Excel do phần mềm xuất (Tệp › Gửi cho tỉnh… của phần mềm đính "
     "kèm cả hai tệp).",
     "The file {file} is a PDF (the printed report) and the folder holds no Excel file {file2} sent with it: the "
     "province takes figures only from .xlsx files. Ask the unit to send the Excel file the software exports too "
     "(the software's Tệp › Gửi cho tỉnh… attaches both files)."),
    _r("Tệp {file} là tệp PDF (bản in của báo cáo). Tỉnh nhận số liệu từ tệp Excel {file2} gửi kèm, đọc riêng trong "
     "cùng thư mục.", "The file {file} is a PDF (the printed report). The province takes the figures from the "
     "Excel file {file2} sent with it, read on its own in the same folder."),
    _r('Số liệu trang "Dữ liệu" trong tệp {file} ({unit}) đã bị sửa sau khi lập: mã xác thực tính lại là {fp}, khác '
     f"mã ghi trong tệp {{fp2}}. Không nhận; {RESEND[0]}",
     'The figures of the "Dữ liệu" sheet in the file {file} ({unit}) were changed after it was made: the '
     f"fingerprint worked out again is {{fp}}, not the one written in the file, {{fp2}}. Not received; {RESEND[1]}"),
    _r("Chữ ký trong tệp {file} ({unit}) không khớp với nội dung: tệp đã bị sửa sau khi ký (số liệu, đơn vị, kỳ, "
     f"trạng thái duyệt, người ký hoặc thời điểm lập). Không nhận; {RESEND[0]}",
     "The signature in the file {file} ({unit}) does not match its contents: the file was changed after it was "
     f"signed (figures, unit, period, approval, signer or time made). Not received; {RESEND[1]}"),
    # core.keys: a file signed by another key than the unit's
    _r("Tệp {file} ({unit}) được ký bằng khóa mã {code}, khác khóa {state} của đơn vị mã {code2}. Không nhận. Nếu máy "
     "của đơn vị đã được cài lại, đối chiếu mã {code3} với mã in trên báo cáo giấy có chữ ký, rồi xác nhận khóa mới, "
     "gõ mã in trên giấy ({action}), và nhận lại tệp.",
     "The file {file} ({unit}) is signed by the key {code}, not the unit's {state} key {code2}. Not received. If the "
     "unit's computer was reinstalled, compare the code {code3} with the code printed on the signed paper report, "
     "then confirm the new key, typing the code on the paper ({action}), and read the file again."),
))
_SPACE = re.compile(r"\s*")


@lru_cache(maxsize=8192)  # the window asks each shown cell again at every repaint
def in_english(text: str) -> str | None:
    """`text` (a reason or note as stored, its commands already named as the window's actions) in
    English, sentence by sentence; None when any part of it is not a sentence known here."""
    said, at = [], 0
    while at < len(text):
        space = _SPACE.match(text, at).end()
        if space == len(text):
            break
        for pattern, en, kinds in _SENTENCES:
            match = pattern.match(text, space)
            # a sentence ends the text or is followed by the next one's space
            if match is None or (match.end() < len(text) and not text[match.end()].isspace()):
                continue
            english = _said(match, en, kinds)
            if english is not None:
                said.append(text[at:space] + english)
                at = match.end()
                break
        else:
            return None
    return "".join(said)


def without_name(reason: str, file_name: str) -> str:
    """An English reason as a table row beside the file's name and unit says it, as
    `core.intake.reason_without_name` cuts the Vietnamese: without "The file NAME" it starts with,
    nor the unit in brackets after it, its verb left out as a heading says it ("Signed by the key …",
    "Damaged: …", "No "Thông tin" sheet: …"), and "the file NAME" further on said "this file"."""
    if not file_name:
        return reason
    head, text = f"The file {file_name}", reason
    if text.startswith(head):
        text = text[len(head):].lstrip(",: ")
        if text.startswith("(") and ") " in text[:120]:
            text = text[text.index(") ") + 2:]
        text = text.removeprefix("is ")  # "Signed by the key …", "Damaged: …", "A PDF …", not "Is …"
        text = "No" + text[len("has no"):] if text.startswith("has no ") else text
        text = text[:1].upper() + text[1:] if text else reason
    return text.replace(f"the file {file_name}", "this file")
