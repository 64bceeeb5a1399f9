"""The core's words as the province window shows them: report statuses, file classes, counts.

The core (`desktop_app.province`, `desktop_app.intake`) names statuses, file classes and
counts in Vietnamese, as its reports and submission files print them; the window shows them
in the interface language through the tables below, keyed by the core's words (the
Vietnamese translation gives back the core's own words). Reasons and notes are said in English by
`ui.province_reasons` where it knows them; the reminder text copied for an e-mail stays as the core
writes it (Vietnamese). The words keep
the "ProvinceWindow" translation context they had when they lived in ui/province_window.py.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.core.consolidation import Completeness, Count, ReportStatus
from desktop_app.core.evaluation import Verdict
from desktop_app.core.intake import NOT_KEPT as CORE_NOT_KEPT
from desktop_app.core.intake import FileClass, IntakeRun
from desktop_app.core.intake_results import (
    COUNTED_DRAFT,
    NOT_COUNTED_HELD,
    NOT_COUNTED_REVOKED,
    NOT_COUNTED_UNSIGNED,
    count_words,
    file_result_word,
    summary_counts,
)
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState
from ui.colours import Meaning
from ui.i18n import translate
from ui.labels import verdict_label

CONTEXT = "ProvinceWindow"  # of every word of the province window, wherever its code lives

# Background and text colour of each report status (a file's class: accepted or refused).
STATUS_COLOURS = {
    ReportStatus.DA_NHAN: ("#e3f2d5", "#2e5d14"),
    ReportStatus.TRE_HAN: ("#fff1c2", "#6d4c00"),
    ReportStatus.DU_THAO: ("#e3f2fd", "#0d47a1"),
    ReportStatus.CHUA_KY: ("#ede7f6", "#4527a0"),
    ReportStatus.CHO_DOI_CHIEU: ("#ffe0b2", "#8a3a00"),  # the province's move: not refused, not counted
    ReportStatus.BI_TU_CHOI: ("#ffcdd2", "#b71c1c"),
    ReportStatus.CHUA_GUI: ("#eceff1", "#455a64"),
}
# A file refused by the key register (signed by a key that is not the unit's) is told apart
# from a file refused for its content: its remedy is a paper to compare, not a new file.
KEY_MISMATCH_COLOURS = ("#f8bbd0", Meaning.KEY_MISMATCH.value[0])  # its text alone on a window: ui.colours
# Background and text colour of a key's state in the register, and of an unsigned version's.
KEY_STATE_COLOURS = {
    KeyState.CHO: ("#fff1c2", "#6d4c00"),  # counted, still to compare with the paper
    KeyState.XAC_NHAN: ("#e3f2d5", "#2e5d14"),
    KeyState.DA_THAY: ("#eceff1", "#455a64"),  # history
    KeyState.THU_HOI: ("#ffcdd2", "#b71c1c"),
    UNSIGNED: STATUS_COLOURS[ReportStatus.CHUA_KY],
    UNSIGNED_ACCEPTED: ("#e8eaf6", "#283593"),
}
STATUS_WORDS = {
    ReportStatus.DA_NHAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Received"),
    ReportStatus.TRE_HAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Late"),
    ReportStatus.DU_THAO: QT_TRANSLATE_NOOP("ProvinceWindow", "Draft"),
    ReportStatus.CHUA_KY: QT_TRANSLATE_NOOP("ProvinceWindow", "Unsigned"),
    ReportStatus.CHO_DOI_CHIEU: QT_TRANSLATE_NOOP("ProvinceWindow", "Awaiting the province's key check"),
    ReportStatus.BI_TU_CHOI: QT_TRANSLATE_NOOP("ProvinceWindow", "Refused"),
    ReportStatus.CHUA_GUI: QT_TRANSLATE_NOOP("ProvinceWindow", "Not sent"),
}
CLASS_WORDS = {
    FileClass.HOP_LE: QT_TRANSLATE_NOOP("ProvinceWindow", "Valid"),
    FileClass.TRUNG: QT_TRANSLATE_NOOP("ProvinceWindow", "Duplicate"),
    FileClass.DA_BI_SUA: QT_TRANSLATE_NOOP("ProvinceWindow", "Altered"),
    FileClass.CHU_KY_KHONG_KHOP: QT_TRANSLATE_NOOP("ProvinceWindow", "Signature mismatch"),
    FileClass.KHOA_THU_HOI: QT_TRANSLATE_NOOP("ProvinceWindow", "Key revoked"),
    FileClass.SAI_KY: QT_TRANSLATE_NOOP("ProvinceWindow", "Wrong period"),
    FileClass.KHONG_PHAI: QT_TRANSLATE_NOOP("ProvinceWindow", "Not a report file"),
    FileClass.PHIEN_BAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Unsupported version"),
    FileClass.TEP_HONG: QT_TRANSLATE_NOOP("ProvinceWindow", "Damaged file"),
}
KEY_STATE_WORDS = {
    KeyState.CHO: QT_TRANSLATE_NOOP("ProvinceWindow", "Awaiting confirmation"),
    KeyState.XAC_NHAN: QT_TRANSLATE_NOOP("ProvinceWindow", "Confirmed"),
    KeyState.DA_THAY: QT_TRANSLATE_NOOP("ProvinceWindow", "Replaced"),
    KeyState.THU_HOI: QT_TRANSLATE_NOOP("ProvinceWindow", "Revoked"),
    UNSIGNED: QT_TRANSLATE_NOOP("ProvinceWindow", "Unsigned"),
    UNSIGNED_ACCEPTED: QT_TRANSLATE_NOOP("ProvinceWindow", "Unsigned, accepted"),
}
KIND_WORDS = {
    "xã": QT_TRANSLATE_NOOP("ProvinceWindow", "commune"),  # untranslated: the catalogue's kind
    "phường": QT_TRANSLATE_NOOP("ProvinceWindow", "ward"),  # untranslated: the catalogue's kind
}
COUNT_WORDS = {
    Count.KHAC: QT_TRANSLATE_NOOP("ProvinceWindow", "Other"),
    Count.CHUA_BAO_CAO: QT_TRANSLATE_NOOP("ProvinceWindow", "Not reported"),
}


def _t(text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP above, in the interface language."""
    return translate(CONTEXT, text)


def status_label(status: str) -> str:
    return _t(STATUS_WORDS[ReportStatus(status)])


# The status filter's entry listing the units counted with a key awaiting confirmation (the
# header's "N đơn vị có khóa chờ xác nhận"; `ui.province_intake_rows.FILTER_FIGURES`).
PENDING = "pending"
PENDING_WORDS = QT_TRANSLATE_NOOP("ProvinceWindow", "Key awaiting confirmation")


def filter_label(entry) -> str:
    """An entry of the status filter: a status, or the units whose key awaits confirmation."""
    return _t(PENDING_WORDS) if entry == PENDING else status_label(entry)


def unit_status_text(unit) -> str:
    """UnitStatus.status_text in the interface language ("Dự thảo, trễ hạn": a late draft;
    "Đã nhận, khóa chờ xác nhận": counted, its key not yet compared with the paper; "Đã nhận (chưa ký,
    đã chấp nhận)": an unsigned file the province accepted, U12 F10)."""
    if unit.status == ReportStatus.DU_THAO and unit.late:
        text = translate("ProvinceWindow", "Draft, late")
    else:
        text = status_label(unit.status)
    if unit.received and unit.key_state == UNSIGNED_ACCEPTED:
        return f"{text} ({key_state_label(UNSIGNED_ACCEPTED).lower()})"
    if unit.pending:
        return text + translate("ProvinceWindow", ", key awaiting confirmation")
    # a file signed by another key of the unit waits for it (walk U15: a green "Đã nhận" alone)
    return text + translate("ProvinceWindow", ", another key awaiting confirmation") if unit.waiting_key else text


def class_colours(class_: str) -> tuple[str, str]:
    """Background and text colour of a file's class: accepted, refused by the key register,
    or refused."""
    if FileClass(class_).accepted:
        return STATUS_COLOURS[ReportStatus.DA_NHAN]
    if class_ == FileClass.CHU_KY_KHONG_KHOP:
        return KEY_MISMATCH_COLOURS
    return STATUS_COLOURS[ReportStatus.BI_TU_CHOI]


def key_state_label(state: str) -> str:
    """A key's state (`KeyState`), or an unsigned version's ("Chưa ký"), as the window says it."""
    return _t(KEY_STATE_WORDS[state]) if state in KEY_STATE_WORDS else state


def key_text(code: str, state: str) -> str:
    """"K7QX-3M2P-ABCD-EFGH · Chờ xác nhận", or only the state of an unsigned version."""
    label = key_state_label(state)
    return f"{code} · {label}" if code and label else code or label


def class_label(class_: str) -> str:
    """A file's class, from the enum or as the intake log stores it."""
    return _t(CLASS_WORDS[FileClass(class_)])


# A valid new version of its unit received and not kept (class Trùng, `FileResult.new`: another
# version is preferred, a draft after the approved report, an older one after a newer one):
# said so, not "Trùng" ("the same file again"), as the workbook says it too.
NOT_KEPT = QT_TRANSLATE_NOOP("ProvinceWindow", "Received (not kept)")
NOT_KEPT_COLOURS = KEY_STATE_COLOURS[KeyState.DA_THAY]  # kept in the history, not counted
# A valid file not counted (yet), in the words and colours the Tình hình tab gives its unit's state
# (`desktop_app.core.intake_results`: the workbook's sheet says the same).
RESULT_WORDS = {
    CORE_NOT_KEPT: NOT_KEPT,
    COUNTED_DRAFT: QT_TRANSLATE_NOOP("ProvinceWindow", "Valid (draft)"),  # counted until its approved report (U12 F3)
    NOT_COUNTED_UNSIGNED: QT_TRANSLATE_NOOP("ProvinceWindow", "Valid, not counted (unsigned)"),
    NOT_COUNTED_HELD: QT_TRANSLATE_NOOP("ProvinceWindow", "Valid, not counted (key to be checked)"),
    NOT_COUNTED_REVOKED: QT_TRANSLATE_NOOP("ProvinceWindow", "Valid, not counted (key revoked)"),
}
RESULT_COLOURS = {
    CORE_NOT_KEPT: NOT_KEPT_COLOURS,
    COUNTED_DRAFT: STATUS_COLOURS[ReportStatus.DU_THAO],
    NOT_COUNTED_UNSIGNED: STATUS_COLOURS[ReportStatus.CHUA_KY],
    NOT_COUNTED_HELD: STATUS_COLOURS[ReportStatus.CHO_DOI_CHIEU],
    NOT_COUNTED_REVOKED: KEY_STATE_COLOURS[KeyState.THU_HOI],
}


def result_label(result) -> str:
    """A file's result (`FileResult`) as the window says it (`core.intake_results`): its class,
    but "Đã nhận (không giữ)" for a new version of its unit that is not kept, and "Hợp lệ, chưa
    tính (chưa ký)" or "(khóa chờ đối chiếu)" for a valid file not counted."""
    word = file_result_word(result)
    return _t(RESULT_WORDS[word]) if word in RESULT_WORDS else class_label(result.class_)


def result_colours(result) -> tuple[str, str]:
    word = file_result_word(result)
    return RESULT_COLOURS[word] if word in RESULT_COLOURS else class_colours(result.class_)


def kind_label(kind: str) -> str:
    return _t(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def count_label(column: Count) -> str:
    """A count column of the summary: the four verdicts, "Khác", "Chưa báo cáo"."""
    if column in COUNT_WORDS:
        return _t(COUNT_WORDS[column])
    return verdict_label(Verdict(column))


def completeness_text(completeness: Completeness) -> str:
    """Completeness.text in the interface language: "Đã nhận 87/92, trễ hạn 3, chưa gửi 5"…,
    the units whose kept report is signed by a key still to confirm said as units ("85 đơn vị
    có khóa chờ xác nhận"), never to be read as the Khóa ký tab's count of keys."""
    c = completeness.counts
    text = translate("ProvinceWindow", "Received {received}/{total}, late {late}, not sent {missing}").format(
        received=c["received"], total=c["total"], late=c["late"], missing=c["missing"])
    if c["refused"] and c["revoked"] == c["refused"]:  # why, when the province revoked the key
        text += translate("ProvinceWindow", " ({refused} of the units not sent had a file refused because the "
                          "province revoked the key that signed it)").format(refused=c["refused"])
    elif c["revoked"]:
        text += translate("ProvinceWindow", " ({refused} of the units not sent had a file refused, {revoked} "
                          "because the province revoked the key that signed it)").format(
            refused=c["refused"], revoked=c["revoked"])
    elif c["refused"]:  # among those not sent: said right after them, as the documents say it
        text += translate("ProvinceWindow", " ({refused} of the units not sent had a file refused)").format(
            refused=c["refused"])
    if c["draft"]:
        text += translate("ProvinceWindow", ", draft {draft}").format(draft=c["draft"])
    if c["pending"]:  # units (a unit's files may have come with more than one key: the Khóa ký tab counts keys)
        text += translate("ProvinceWindow", ", %n unit(s) with a key awaiting confirmation", None, c["pending"])
    if c["unsigned"]:
        text += translate("ProvinceWindow", ", unsigned awaiting acceptance {unsigned}").format(
            unsigned=c["unsigned"])
    if c["held"]:  # signed by a key that signs for another unit too: the province compares the papers
        text += translate("ProvinceWindow", ", awaiting the province's key check {held}").format(held=c["held"])
    return text


def intake_summary_text(run: IntakeRun) -> str:
    """IntakeRun.summary_text in the interface language, counted by the results the tab shows
    (`core.intake_results.summary_counts`): "Đã đọc 12 tệp: Hợp lệ 8, Hợp lệ (dự thảo) 1, Đã nhận (không
    giữ) 1, Trùng 2." (a draft counted, a valid file not counted, a new version not kept: each apart)."""
    words = [(count_words(_t(RESULT_WORDS[w])) if w in RESULT_WORDS else class_label(w), n)
             for w, n in summary_counts(run)]
    parts = ", ".join(f"{word} {n}" for word, n in words)
    parts = parts or translate("ProvinceWindow", "no files")
    text = translate("ProvinceWindow", "Read %n file(s): {parts}.", None, len(run.results)).format(parts=parts)
    if run.skipped and run.other_kinds:  # a .zip, an .eml, a meeting invitation .txt: each kind said under
        # the summary with what to do (walk U22 F3: "tệp loại khác" here read as files not to bother with)
        text += " " + translate("ProvinceWindow", "Skipped %n file(s) that are not reports (each listed below, "
                                "with what to do).", None, len(run.skipped))
    elif run.skipped:
        text += " " + translate("ProvinceWindow", "Skipped %n temporary, lock or hidden file(s).", None,
                                len(run.skipped))
    if run.companions:
        text += " " + translate("ProvinceWindow", "%n report PDF(s) beside the Excel file of the same name: not "
                                "read as a report, its digital signature checked with the Excel file.", None,
                                len(run.companions))
    return text


def issuer_text(issuer) -> str:
    """("ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN") -> "Ủy ban nhân dân tỉnh Thái Nguyên"."""
    first = issuer[0].lower().capitalize()
    words = issuer[1].split()
    second = " ".join([words[0].lower(), *(w.lower().capitalize() for w in words[1:])]) if words else ""
    return f"{first} {second}".strip()
