"""The intake's reasons and the units' notes in English, for the window's English interface.

A reason is stored as the program wrote it, in Vietnamese: the intake log, the database, the
workbook and the command line keep those words, and an older log keeps older ones. The English
window reads a stored reason as a run of the sentences the intake writes (`desktop_app.intake_notes`,
`desktop_app.intake`, `exports.submission_reader`, `core.keys`), each matched whole against its
Vietnamese form and said in English with the same names, codes, dates and figures (walk U15: an
English reviewer read every reason in Vietnamese). A reason with any part this module does not
know is not translated (`in_english` gives None) and the window shows it as stored, led by "The
program says (in Vietnamese):": never half English, never guessed. A sentence the intake changes
must change here too (tests/province/test_reasons_in_english.py reads the intake's own reasons,
tests/province/test_notes_in_english.py has the program's own code write each unit's note and key
reason). The sentences `core.keys` writes of a file's signing key are in `core.reasons_english_keys`.

Qt-free: the window's own words (a file's result, the actions in brackets) are said by `ui`; a
command for the command line is named as the window's action before this reads the text
(`core.keys.in_window`), and a bracket's words are kept as they are.
"""
from __future__ import annotations

import re
from functools import lru_cache

from desktop_app.core.intake import FileClass
from desktop_app.core.periods import in_sentence, term_periods
from desktop_app.core.reasons_english_files import FILE_FIELDS, FILE_SENTENCES, FILE_WHY
from desktop_app.core.reasons_english_keys import KEY_SENTENCES
from desktop_app.core.refused_before import READ_FOLDER

_PERIODS = {in_sentence(p.name): in_sentence(p.name_en) for p in term_periods()}
_PERIOD = "|".join(re.escape(name) for name in sorted(_PERIODS, key=len, reverse=True))
_TIME = r"\d{2}:\d{2}(?::\d{2})? \d{2}/\d{2}/\d{4}"
# A file's class in brackets, as the window's English calls it (ui.province_labels.CLASS_WORDS).
_CLASSES_EN = {
    FileClass.HOP_LE: "Valid", FileClass.TRUNG: "Duplicate", FileClass.DA_BI_SUA: "Altered",
    FileClass.CHU_KY_KHONG_KHOP: "Signature mismatch", FileClass.KHOA_THU_HOI: "Key revoked",
    FileClass.SAI_KY: "Wrong period", FileClass.KHONG_PHAI: "Not a report file",
    FileClass.PHIEN_BAN: "Unsupported version", FileClass.TEP_HONG: "Damaged file",
}
_CLASSES_EN = {c.value: en for c, en in _CLASSES_EN.items()}

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
    "why": (r"Giữ bản (?:[^():]|\([^()]*\))+?", lambda text: _whole(text, _WHY)),  # a time's ":" in brackets
    "this": (r"[^()]+?", lambda text: _whole(text, _THIS)),
    "first": (r"[^()]+?", lambda text: _whole(text, _FIRST)),
    "state": (r"đã xác nhận|đang chờ xác nhận|chờ xác nhận", lambda text: _STATES[text]),
    "unsigned": (r"định dạng 1|không có chữ ký", lambda text: _UNSIGNED[text]),
    "n": (r"\d+", None),
    "version": (r"\d{4}\.\d+", None),
    "release": (r"\d{1,3}\.\d{1,3}\.\d{1,3}", None),  # the program's version (app_version, paper_version)
    "class": ("|".join(re.escape(c) for c in _CLASSES_EN), lambda text: _CLASSES_EN[text]),
    "dated": (rf"nhận \d{{2}}/\d{{2}}/\d{{4}}|đọc lúc {_TIME}", lambda text: _whole(text, _FIRST)),
    "kept": (r"lập lúc [^()]+?", lambda text: _whole(text, _KEPT)),
    "signed": (r"(?:, ký bằng khóa mã [A-Z0-9-]+|, chưa ký)?", lambda text: _whole(text, _SIGNED) if text else ""),
    "ownday": (r"(?:, nhận ngày \d{2}/\d{2}/\d{4})?", lambda text: f", received on {text[-10:]}" if text else ""),
    "sooner": (re.escape(", nên ngày nhận (tính hạn) sớm hơn thời điểm lập tệp đang tính") + "|",
               lambda text: ", so the date of receipt (for the deadline) is before the counted file was made"
               if text else ""),
    "counted": (r"tệp .+?", lambda text: _whole(text, _COUNTED)),
    "readfolder": (re.escape(READ_FOLDER[0]), lambda text: READ_FOLDER[1]),
    "when": (rf"(?: lúc {_TIME})?", lambda text: f" at {text[5:]}" if text else ""),
    "never": (r"(?: khi đang chờ xác nhận: tỉnh chưa từng xác nhận đây là khóa của [^;.]+?)?",
              lambda text: " while awaiting confirmation: the province never confirmed it as the key of "
              + text.rsplit("khóa của ", 1)[1] if text else ""),
    "also": (r"(?:; Khóa này cũng ký tệp của .+?)?",
             lambda text: _shared_units(text[len("; Khóa này cũng ký tệp của "):]) and
             "; this key also signs files of " + _shared_units(text[len("; Khóa này cũng ký tệp của "):])
             if text else ""),
    "now": (r"(?:; khóa của đơn vị hiện là [A-Z0-9-]+ \((?:chờ xác nhận|đã xác nhận)\))?",
            lambda text: _key_now(text)),
    "where": (r"(?: \(tỉnh đang dùng \d{4}\.\d+\))?",
              lambda text: f" (the province uses {text[17:-1]})" if text else ""),
    "version_text": (r"bản (?:đã duyệt|dự thảo) \(tệp .+?, lập lúc [^()]+\)", lambda text: _version_text(text)),
    "latevs": (r"(?:; trễ hạn so với hạn \d{2}/\d{2}/\d{4})?",
               lambda text: f"; late against the deadline {text[-10:]}" if text else ""),
    "quoted": (r'[^"]*', None),  # a target or an indicator's name as the file or the catalogue states it
    "indicator": (r"[^:\"]+?", None),
    "part": (r"[\w./\[\]]+", None),  # a part inside the .xlsx, as its zip names it
    "hex": (r"[0-9a-f]{1,12}", None),
    "owners": (r".+?", lambda text: _owners(text)),
    "names": (r".+?", lambda text: _dated_names(text)),
    "refused": (r".+?", lambda text: _refused_files(text)),
    "units": (r".+?", lambda text: _shared_units(text)),
    "more": (r"(?:, và \d+ bản khác)?", lambda text: _more_versions(text)),
    **FILE_FIELDS,  # the file checks' own: sizes, counts, cells, columns (`core.reasons_english_files`)
}
_STATES = {"đã xác nhận": "confirmed", "đang chờ xác nhận": "awaiting confirmation",
           "chờ xác nhận": "awaiting confirmation"}
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
    _r("Giữ bản được tính vào tổng hợp (bản kia chưa ký và chưa được tỉnh chấp nhận)",
       "The version counted in the consolidation is kept (the other is unsigned and not accepted by the province)"),
    _r("Giữ bản có mã phiên bản lớn hơn ({hex} > {hex2}; cùng thời điểm lập, cùng trạng thái duyệt: quy tắc cố định, "
       "không theo tên tệp)", "The version with the greater version code is kept ({hex} > {hex2}; made at the same "
       "time, with the same approval: a fixed rule, not the file's name)"),
    *FILE_WHY,
    _r("Giữ bản duyệt sau (duyệt lúc {time}; bản kia duyệt lúc {time2})",
     "The version approved later is kept (approved at {time}; the other approved at {time2})"),
))
# A version as a reason names it beside "tệp này (…)".
_THIS = _compiled((("lập lúc {time}", "made at {time}"),))
# When a file already received first came.
_FIRST = _compiled((("nhận ngày {date}", "received on {date}"), ("nhận {date}", "received on {date}"),
                    ("đọc lúc {time}", "read at {time}")))

# How a unit's counted version is told apart from a refused file of the same name (`intake_notes.kept_dated`).
_SIGNED = _compiled(((", ký bằng khóa mã {code}", ", signed by the key {code}"), (", chưa ký", ", unsigned")))
_KEPT = _compiled((("lập lúc {time}{ownday}{signed}", "made at {time}{ownday}{signed}"),
                   ("lập lúc {time}, nhận {date}{signed}", "made at {time}, received on {date}{signed}")))
# The files a waiting key signed (`province.waiting_note`), and the version the province counts meanwhile.
_NAMED = r"(?P<name>.+?) \((?P<dated>nhận \d{2}/\d{2}/\d{4}|đọc lúc [^()]+)\)"
_COUNTED = _compiled((("tệp cùng tên nhận trước đó ({kept})", "the file of the same name received before ({kept})"),
                      ("tệp {file}", "the file {file}")))


def _owners(text: str) -> str | None:
    """"Xã A (mã 05503, chờ xác nhận); … và 2 đơn vị khác" (`intake_refused_notes.key_owner_note`)."""
    text, _, rest = text.partition(" và ")
    said = _shared_units(text)
    if said is None or (rest and re.fullmatch(r"\d+ đơn vị khác", rest) is None):
        return None
    return said + (f" and {rest.split()[0]} other units" if rest else "")


def _key_now(text: str) -> str:
    """"; khóa của đơn vị hiện là CODE (đã xác nhận)" in English ("" for "")."""
    if not text:
        return ""
    code, state = re.fullmatch(r"; khóa của đơn vị hiện là (\S+) \((.+)\)", text).groups()
    return f"; the unit's key is now {code} ({_STATES[state]})"


def _version_text(text: str) -> str | None:
    """"bản đã duyệt (tệp X, lập lúc T)" (`intake_notes.version_text`) in English."""
    m = re.fullmatch(rf"bản (đã duyệt|dự thảo) \(tệp (.+), lập lúc ({_TIME})\)", text)
    if m is None:
        return None
    return f"the {'approved version' if m[1] == 'đã duyệt' else 'draft'} (file {m[2]}, made at {m[3]})"


def _more_versions(text: str) -> str:
    """", và 2 bản khác" after the last draft a note names: ", and 2 others"."""
    if not text:
        return ""
    n = int(text.split()[2])
    return f", and {n} other{'s' if n > 1 else ''}"


def _dated_names(text: str) -> str | None:
    """"a.xlsx (nhận 18/06/2026), b.xlsx (đọc lúc …) và 2 tệp khác" in English."""
    text, _, rest = text.partition(" và ")
    names = []
    for part in re.split(r"(?<=\)), ", text):
        m = re.fullmatch(_NAMED, part)
        if m is None:
            return None
        dated = _whole(m["dated"], _FIRST)
        if dated is None:
            return None
        names.append(f"{m['name']} ({dated})")
    if rest:
        m = re.fullmatch(r"(\d+) tệp khác", rest)
        if m is None:
            return None
        names[-1] += f" and {m[1]} other files"
    return ", ".join(names)


def _refused_files(text: str) -> str | None:
    """The files of `province._refused_note`: "sua-so.xlsx (Đã bị sửa, nhận 18/06/2026[, tên tệp ghi mã 05503]
    [; tệp đang tính cùng tên: lập lúc …])", comma-separated, maybe "và 2 tệp khác" after them."""
    pattern = (rf"(?P<name>.+?) \((?P<cls>{_FIELDS['class'][0]}), (?P<dated>{_FIELDS['dated'][0]})"
               r"(?:, tên tệp ghi mã (?P<code>\d{5}))?(?:; tệp đang tính cùng tên: (?P<kept>lập lúc [^()]+))?\)")
    said, at = [], 0
    while at < len(text):
        m = re.compile(pattern).match(text, at)
        if m is None:
            return None
        dated = _whole(m["dated"], _FIRST)
        if dated is None:
            return None
        words = f"{m['name']} ({_CLASSES_EN[m['cls']]}, {dated}"
        words += f", the file's name carries the code {m['code']}" if m["code"] else ""
        if m["kept"]:
            kept = _whole(m["kept"], _KEPT)
            if kept is None:
                return None
            words += f"; the counted file of the same name: {kept}"
        said.append(words + ")")
        at = m.end()
        if text.startswith(", ", at):
            at += 2
        elif (rest := re.fullmatch(r" và (\d+) tệp khác", text[at:])) is not None:
            said[-1] += f" and {rest[1]} other files"
            break
        elif at < len(text):
            return None
    return ", ".join(said)


# A key's state as `core.keys.shared_units` ("chờ xác nhận") and `intake_refused_notes` ("đang chờ xác nhận") say it.
_KEY_STATES = {"đang chờ xác nhận": "awaiting confirmation", "chờ xác nhận": "awaiting confirmation",
               "đã xác nhận": "confirmed", "đã được thay": "replaced", "đã thay": "replaced",
               "đã bị thu hồi": "revoked", "thu hồi": "revoked"}


def _shared_units(text: str) -> str | None:
    """"Xã Tân Cương (mã 05503, chờ xác nhận); …" (`core.keys.shared_units`) in English."""
    parts, said = text.split("; "), []
    for part in parts:
        if part == "…":
            said.append(part)
            continue
        m = re.fullmatch(rf"(.+) \(mã (\d{{5}}), ({'|'.join(_KEY_STATES)})\)", part)
        if m is None:
            return None
        state = _KEY_STATES[m[3]]
        said.append(f"{m[1]} (code {m[2]}, {state})")
    return "; ".join(said)


RESEND = ("hãy xin đơn vị gửi lại tệp do phần mềm xuất.", "ask the unit to send again the file the software exports.")

# A key of the unit waiting, around the files it signed (`province.waiting_note`).
_WAITING = _r("Khóa khác của đơn vị chờ xác nhận (mã {code}): ",
              " ký bằng khóa này đã bị từ chối (Chữ ký không khớp), chưa được tính; tỉnh vẫn tính {counted}. Nếu máy "
              "của đơn vị đã được cài lại, đối chiếu mã {code2} với mã in trên báo cáo giấy có chữ ký, rồi xác nhận "
              "khóa, gõ mã in trên giấy ({action}), và đọc lại thư mục ({readfolder}) để nhận tệp.")
_WAITING_EN = _r("Another key of the unit awaits confirmation (code {code}): ",
                 " signed by this key was refused (Signature mismatch) and is not counted; the province still counts "
                 "{counted}. If the unit's computer was reinstalled, compare the code {code2} with the code printed "
                 "on the signed paper report, then confirm the key, typing the code on the paper ({action}), and read "
                 "the folder again ({readfolder}) to receive the file.")

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
    _r("Lập bằng phiên bản {release} của phần mềm, in theo mẫu báo cáo giấy của phiên bản {release2} (phiên bản đã "
       "duyệt bản này).", "Made with version {release} of the program, printing the paper form of version {release2} "
       "(the version that approved it)."),
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
    _r("Cùng tệp này đã đến lần đầu ngày {date}: ngày nhận tính theo ngày đó.",
       "This same file first arrived on {date}: its date of receipt is that day."),
    _r("Cùng số liệu đã nhận ngày {date}: hạn gửi tính theo ngày đó.",
     "The same figures were received on {date}: the deadline is judged by that day."),
    _r("Bản dự thảo (chưa được Lãnh đạo duyệt): số liệu của bản này vẫn được tính vào tổng hợp trong khi chờ. Xin "
     "đơn vị trình Lãnh đạo duyệt rồi gửi lại tệp bản đã duyệt.",
     "A draft (not approved by the leader): its figures count in the consolidation meanwhile. Ask the unit to "
     "have its leader approve the report, then send the approved file again."),
    _r("Đã nhận bản DỰ THẢO của {unit}, {period} ({this}, mã xác thực {fp}), lập sau bản ĐÃ DUYỆT đã nhận (tệp "
       "{file}, lập lúc {time}): KHÔNG tính vào tổng hợp, tỉnh giữ bản đơn vị gửi là đã duyệt (có chữ ký của đơn vị); "
       "bản dự thảo được lưu trong lịch sử. Nếu đơn vị mở lại kỳ để sửa số liệu, đề nghị đơn vị gửi bản được Lãnh đạo "
       "duyệt lại.",
       "Received a DRAFT of {unit}, {period} ({this}, fingerprint {fp}), made after the APPROVED version received "
       "(file {file}, made at {time}): NOT counted in the consolidation; the province keeps the version the unit "
       "sent as approved (signed by the unit); the draft is kept in the history. If the unit reopens the period to "
       "correct its figures, ask it to send the version its leader approves again."),
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
    # desktop_app.intake_refused_notes: a refused file's key registered for other units, a name's unit
    _r("Khóa ký tệp, mã {code}, là khóa của {owners} trong danh sách khóa của tỉnh: tệp được lập trên máy giữ khóa của "
       "đơn vị đó; liên hệ cả hai đơn vị.",
       "The key signing the file, {code}, is the key of {owners} in the province's key register: the file was made "
       "on the computer holding that unit's key; contact both units."),
    _r("Khóa ký tệp, mã {code}, là khóa của {owners} trong danh sách khóa của tỉnh: tệp được lập trên máy giữ khóa của "
       "một trong các đơn vị đó; liên hệ các đơn vị.",
       "The key signing the file, {code}, is the key of {owners} in the province's key register: the file was made "
       "on the computer holding the key of one of those units; contact the units."),
    _r("Mã khóa ghi trong tệp, {code}, là khóa của {owners} trong danh sách khóa của tỉnh: tệp có thể là báo cáo của "
       "đơn vị đó bị sửa, hoặc tệp của người khác ghi mã khóa công khai của đơn vị đó (mã này in trên báo cáo và ghi "
       "trong mọi tệp đơn vị gửi); liên hệ cả hai đơn vị.",
       "The key code written in the file, {code}, is the key of {owners} in the province's key register: the file "
       "may be that unit's report changed, or someone else's file carrying that unit's public key (printed on its "
       "reports and written in every file it sends); contact both units."),
    _r("Mã khóa ghi trong tệp, {code}, là khóa của {owners} trong danh sách khóa của tỉnh: tệp có thể là báo cáo của "
       "một trong các đơn vị đó bị sửa, hoặc tệp của người khác ghi mã khóa công khai của một trong các đơn vị đó (mã "
       "này in trên báo cáo và ghi trong mọi tệp đơn vị gửi); liên hệ các đơn vị.",
       "The key code written in the file, {code}, is the key of {owners} in the province's key register: the file "
       "may be the report of one of those units changed, or someone else's file carrying the public key of one of "
       "them (printed on their reports and written in every file they send); contact the units."),
    _r("Tên tệp ghi là của {unit} (mã {ucode}), nhưng tỉnh không đọc được đơn vị trong tệp: chưa biết chắc tệp do đơn "
       "vị nào gửi.",
       "The file's name says it is of {unit} (code {ucode}), but the province could not read the unit in the file: "
       "which unit sent it is not certain."),
    # exports.submission_reader: files refused as read
    _r("Tệp {file} bị hỏng: không mở được cấu trúc tệp nén của Excel.",
     "The file {file} is damaged: Excel's compressed file structure cannot be opened."),
    _r('Tệp {file} không có trang "Dữ liệu": không phải tệp số liệu do phần mềm Chỉ tiêu xã lập.',
       'The file {file} has no "Dữ liệu" sheet: not a data file made by the Chỉ tiêu xã software.'),
    _r("Tệp {file} không phải tệp Excel .xlsx (không đúng cấu trúc tệp nén); có thể tệp bị hỏng khi tải về hoặc là "
       "loại tệp khác.", "The file {file} is not an Excel .xlsx file (not a compressed file's structure); it may "
       "have been damaged when downloaded, or be another kind of file."),
    _r("Tệp {file} bị hỏng hoặc không phải tệp Excel đọc được; hãy xin đơn vị gửi lại tệp do phần mềm xuất.",
       "The file {file} is damaged or not a readable Excel file; ask the unit to send again the file the software "
       "exports."),
    _r("Tệp {file} bị hỏng: phần {part} bên trong không giải nén được hoặc sai mã kiểm tra (CRC).",
       "The file {file} is damaged: its part {part} cannot be uncompressed or fails its check code (CRC)."),
    _r('Tệp {file} bị hỏng: không đọc được trang "{quoted}".',
       'The file {file} is damaged: its "{quoted}" sheet cannot be read.'),
    _r('Tệp {file}, trang "Thông tin": khóa công khai hoặc chữ ký không đúng dạng (phần mềm ghi cả hai, dạng base64).',
       'The file {file}, "Thông tin" sheet: the public key or the signature is not in the right form (the software '
       'writes both, in base64).'),
    _r('Tệp {file}, trang "Thông tin": mã khóa ghi trong tệp "{quoted}" khác mã tính từ khóa công khai của tệp '
       '({code}).', 'The file {file}, "Thông tin" sheet: the key code written in the file, "{quoted}", is not the '
       'code worked out from the file\'s public key ({code}).'),
    _r('Tệp {file}, trang "Thông tin": "{quoted}" ghi "{quoted2}", khác số liệu của tệp ("{quoted3}").',
       'The file {file}, "Thông tin" sheet: "{quoted}" says "{quoted2}", unlike the file\'s data ("{quoted3}").'),
    _r("Tệp đã bị sửa sau khi lập; hãy xin đơn vị gửi lại tệp do phần mềm xuất.",
       "The file was changed after it was made; ask the unit to send again the file the software exports."),
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
    # desktop_app.province: what a unit's note says of its other files and keys
    _r(f"{_WAITING[0]}tệp {{names}}{_WAITING[1]}", f"{_WAITING_EN[0]}the file {{names}}{_WAITING_EN[1]}"),
    _r(f"{_WAITING[0]}{{n}} tệp {{names}}{_WAITING[1]}", f"{_WAITING_EN[0]}the {{n}} files {{names}}"
       f"{_WAITING_EN[1].replace(' was refused', ' were refused').replace('is not', 'are not')}"
       .replace("to receive the file.", "to receive them.")),
    _r("… và {n} khóa khác chờ xác nhận (xem Kết quả nhận tệp).",
       "… and {n} other keys awaiting confirmation (see Files received)."),
    _r("… và {n} tệp khác (xem Kết quả nhận tệp).", "… and {n} other files (see Files received)."),
    _r("Tệp khác ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi) bị từ chối, không tính: {refused}. "
       "Lý do ở Kết quả nhận tệp.",
       "Another file stating it is the unit's report (which does not prove the unit sent it) was refused, not "
       "counted: {refused}. The reason is under Files received."),
    _r("{n} tệp khác ghi là báo cáo của đơn vị (không chứng minh được đơn vị đã gửi) bị từ chối, không tính: "
       "{refused}. Lý do ở Kết quả nhận tệp.",
       "{n} other files stating they are the unit's report (which does not prove the unit sent them) were refused, "
       "not counted: {refused}. The reasons are under Files received."),
    _r("Một tệp mang mã đơn vị này trong tên tệp bị từ chối ({class}): {file}, {dated}.",
       "A file carrying this unit's code in its name was refused ({class}): {file}, {dated}."),
    _r("Một tệp mang mã đơn vị này trong tên tệp ({file}, {dated}) ghi là báo cáo của {unit} (mã {ucode}): không "
       "tính cho đơn vị này.",
       "A file carrying this unit's code in its name ({file}, {dated}) states it is the report of {unit} (code "
       "{ucode}): not counted for this unit."),
    _r("Các bản đã nhận được ký bằng khóa đã bị tỉnh thu hồi (mã {code}): không tính vào tổng hợp.",
       "The versions received are signed by a key the province revoked (code {code}): not counted in the "
       "consolidation."),
    _r("Bản báo cáo đã lưu (tệp {file}) đã bị sửa ngoài chương trình, không còn đúng như khi nhận: không tính vào "
       "tổng hợp. Xem Lịch sử số liệu; khôi phục bản sao lưu có trước lần sửa, hoặc đề nghị đơn vị gửi lại báo cáo.",
       "The stored report (file {file}) was changed outside the program and is no longer as received: not counted "
       "in the consolidation. See the data history; restore a backup made before the change, or ask the unit to "
       "send the report again."),
    # desktop_app.core.intake: a date of receipt before the day the file was made (`receipt_note`)
    _r("Ngày sửa đổi của tệp ({date}) sớm hơn ngày lập ({date2}), mà ngày lập lại sau ngày đọc tệp ({date3}): kiểm "
       "tra đồng hồ máy tính của đơn vị; tính trễ hạn theo ngày đọc tệp{latevs}.",
       "The file's modification date ({date}) is before the day it was made ({date2}), which is after the day the "
       "file was read ({date3}): check the unit's computer clock; lateness is judged by the day the file was "
       "read{latevs}."),
    _r("Ngày sửa đổi của tệp ({date}) sớm hơn ngày lập ({date2}): tính trễ hạn theo ngày lập{latevs}.",
       "The file's modification date ({date}) is before the day it was made ({date2}): lateness is judged by the "
       "day made{latevs}."),
    _r("Giữa các bản cùng trạng thái duyệt của đơn vị, bản lập trước ngày nhận được giữ trước bản này.",
       "Among the unit's versions of the same approval, one made before its date of receipt is kept before this "
       "one."),
    _r("Ngày nhận {date} (ngày nhập khi đọc thư mục) sớm hơn ngày lập tệp {date2}: kiểm tra lại ngày nhận đã nhập "
       "(hoặc đồng hồ máy tính của đơn vị); trễ hạn tính theo ngày nhận đã nhập.",
       "The date of receipt {date} (typed when the folder was read) is before the day the file was made, {date2}: "
       "check the date typed (or the unit's computer clock); lateness is judged by the date typed."),
    # desktop_app.core.intake.kept_note, desktop_app.intake_notes.first_receipt_note
    _r("Đã nhận bản dự thảo lập sau bản đã duyệt (tệp {file}, lập lúc {time}{more}): không tính vào tổng hợp, giữ "
       "bản đơn vị gửi là đã duyệt.",
       "A draft made after the approved version was received (file {file}, made at {time}{more}): not counted in "
       "the consolidation; the version the unit sent as approved is kept."),
    _r("Ngày nhận (tính hạn) {date} là ngày nhận tệp {file} (lập lúc {time}{signed}), cùng số liệu (cùng mã xác "
       "thực) với tệp đang tính {file2} (lập lúc {time2}{ownday}{signed2}): hạn gửi tính theo lần đầu tỉnh nhận số "
       "liệu này{sooner}.",
       "The date of receipt (for the deadline) {date} is the day the file {file} was received (made at "
       "{time}{signed}), with the same figures (the same fingerprint) as the counted file {file2} (made at "
       "{time2}{ownday}{signed2}): the deadline is judged by the first time the province received these "
       "figures{sooner}."),
    # desktop_app.intake_notes.catalog_note: a file made under another catalogue than the province's
    _r("Lập theo bộ chỉ tiêu {version}{where}: đơn vị chưa nhập bản cập nhật bộ chỉ tiêu.",
       "Made under catalogue {version}{where}: the unit has not imported the catalogue update yet."),
    _r('Lập theo bộ chỉ tiêu {version}{where}, nhưng bộ {version2} đơn vị dùng không phải bộ chỉ tiêu {version3} tỉnh '
       'đã phát hành (ví dụ, {indicator}: tệp ghi chỉ tiêu "{quoted}", bộ chỉ tiêu {version4} của tỉnh giao '
       '"{quoted2}"): đơn vị có thể đã nhập bản cập nhật giả; liên hệ đơn vị.',
       'Made under catalogue {version}{where}, but the catalogue {version2} the unit uses is not the catalogue '
       '{version3} the province published (for example, {indicator}: the file states the target "{quoted}", the '
       'province\'s catalogue {version4} sets "{quoted2}"): the unit may have imported a false update; contact the '
       'unit.'),
    _r("Báo cáo đã duyệt theo bộ chỉ tiêu {version}: tỉnh tính lại và đánh giá theo bộ chỉ tiêu {version2} tỉnh đã "
       "phát hành (bộ chỉ tiêu khi báo cáo được duyệt), không theo bộ {version3} tỉnh đang dùng.",
       "The report was approved under catalogue {version}: the province works it out again and judges it against "
       "catalogue {version2} as the province published it (the catalogue in use when the report was approved), not "
       "against catalogue {version3}, which the province uses now."),
    _r("Duyệt lúc {time}, sau khi tỉnh phát hành bộ {version} lúc {time2}: tỉnh đánh giá theo bộ chỉ tiêu {version2}.",
       "Approved at {time}, after the province published catalogue {version} at {time2}: the province judges it "
       "against catalogue {version2}."),
    _r("Lập theo bộ chỉ tiêu {version}, phiên bản tỉnh chưa phát hành{where}: đơn vị có thể đã nhập bản cập nhật "
       "giả; liên hệ đơn vị.",
       "Made under catalogue {version}, a version the province has not published{where}: the unit may have "
       "imported a false update; contact the unit."),
    _r("Bản đã duyệt theo bộ chỉ tiêu {version}{where}: tỉnh tính lại và đánh giá theo bộ chỉ tiêu {version2} tỉnh đã "
       "phát hành, bộ chỉ tiêu khi báo cáo được duyệt.",
       "Approved under catalogue {version}{where}: the province works it out again and judges it against "
       "catalogue {version2} as the province published it, the catalogue in use when the report was approved."),
    # desktop_app.intake_notes.chosen_again_note: an upgrade chose the unit's kept version again
    _r("[Lúc {time}, khi nâng cấp chương trình, tỉnh chọn lại bản giữ theo quy tắc hiện hành. {why}: tệp này được giữ "
       "và tính vào tổng hợp thay {version_text}.]",
       "[At {time}, when the program was upgraded, the province chose the kept version again by the current rules. "
       "{why}: this file is kept and counted in the consolidation in place of {version_text}.]"),
    _r("[Lúc {time}, khi nâng cấp chương trình, tỉnh chọn lại bản giữ theo quy tắc hiện hành. {why}: tỉnh giữ "
       "{version_text}; tệp này không còn được tính vào tổng hợp, được lưu trong lịch sử.]",
       "[At {time}, when the program was upgraded, the province chose the kept version again by the current rules. "
       "{why}: the province keeps {version_text}; this file is no longer counted in the consolidation, and is kept "
       "in the history.]"),
    *KEY_SENTENCES,
    *FILE_SENTENCES,
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
