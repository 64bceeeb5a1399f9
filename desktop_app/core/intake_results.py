"""What the intake's results call each file read: the window's tab "Kết quả nhận tệp" and the
consolidated workbook's sheet of that name say the same words.

A file's class (`core.intake.FileClass`) says what intake decided about the file; a reviewer
scanning the results reads "Hợp lệ" as "counted". A valid file whose version is not counted (yet)
says why, as the Tình hình tab names its unit's state: unsigned, awaiting the province's
acceptance ("Chưa ký"), or signed by a pending key that signs another unit's file too ("Chờ tỉnh
đối chiếu khóa"); a valid new version received and not kept is "Đã nhận (không giữ)" (`NOT_KEPT`),
not "Trùng", which is the same file read again. A valid draft counted says it is one, "Hợp lệ (dự
thảo)" (`COUNTED_DRAFT`), as the report PDF names it: its figures count until the approved report
comes (walk U12, F3: "Hợp lệ" in green, only the reason's cut-off end said "Bản DỰ THẢO").

The run's summary (`summary_counts`, `summary_text`: the command line's, and the window's status
line's words) counts the files by these words, so a valid file not counted is never among the
"Hợp lệ" counted (walk U12: "Hợp lệ 90" held an unsigned file not accepted yet).
"""
from __future__ import annotations

from desktop_app.core.intake import NOT_KEPT, FileClass
from desktop_app.core.keys import UNSIGNED, KeyState

# A valid draft (class Hợp lệ, not approved) counted: exports/CONSOLIDATED.md, "Kết quả nhận tệp"
COUNTED_DRAFT = "Hợp lệ (dự thảo)"
# A valid file (class Hợp lệ) whose version is not counted in the consolidation (yet).
NOT_COUNTED_UNSIGNED = "Hợp lệ, chưa tính (chưa ký)"  # until the province accepts it (Khóa ký › Nhận tệp chưa ký…)
NOT_COUNTED_HELD = "Hợp lệ, chưa tính (khóa chờ đối chiếu)"  # its pending key signs another unit too
NOT_COUNTED_REVOKED = "Hợp lệ, không tính (khóa đã thu hồi)"  # its key revoked since it was read
NOT_COUNTED = (NOT_COUNTED_UNSIGNED, NOT_COUNTED_HELD, NOT_COUNTED_REVOKED)
# Every word a result can be, in the order the results' summaries count them.
RESULT_WORDS = (FileClass.HOP_LE.value, COUNTED_DRAFT, *NOT_COUNTED, NOT_KEPT, *(c.value for c in FileClass if c != FileClass.HOP_LE))


def result_word(class_: str, *, new: bool = False, key_state: str = "", held: bool = False,
                draft: bool = False) -> str:
    """What the results call a file of class `class_`: its class, but for a valid file not
    counted the reason it is not (`NOT_COUNTED`), and for a valid new version of its unit
    received and not kept (class Trùng, `new`) `NOT_KEPT`. `key_state`: the state of the key that
    signed it (`KeyState`, or `UNSIGNED` for a version the province has not accepted); `held`:
    that key, pending, also signs another unit's file (`core.keys.held_keys`); `draft`: the file
    is not approved (`COUNTED_DRAFT` when it counts: a reason not to count it is said first)."""
    class_ = FileClass(class_)
    if class_ == FileClass.TRUNG:
        return NOT_KEPT if new else class_.value
    if class_ != FileClass.HOP_LE:
        return class_.value
    if key_state == UNSIGNED:
        return NOT_COUNTED_UNSIGNED
    if key_state == KeyState.THU_HOI:
        return NOT_COUNTED_REVOKED
    if held:
        return NOT_COUNTED_HELD
    return COUNTED_DRAFT if draft else class_.value


def file_result_word(result) -> str:
    """`result_word` of a file as intake just read it (`core.intake.FileResult`)."""
    return result_word(result.class_, new=result.new, key_state=result.key_state, held=result.held,
                       draft=bool(result.unit_code) and not result.approved)


def summary_counts(run) -> list[tuple[str, int]]:
    """How many files of a run (`core.intake.IntakeRun`) have each result word (`file_result_word`),
    in `RESULT_WORDS`' order, only those with files: "Hợp lệ" counts only files counted, a valid
    file not counted (yet) is under its own word."""
    words = [file_result_word(r) for r in run.results]
    return [(w, n) for w in RESULT_WORDS if (n := words.count(w))]


def count_words(word: str) -> str:
    """A result word as a summary counts it, without its comma among the others':
    "Hợp lệ chưa tính (chưa ký)"."""
    return word.replace(", ", " ", 1)


def summary_text(run) -> str:
    """`IntakeRun.summary_text` with the files counted by result word (`summary_counts`): "Đã đọc
    92 tệp: Hợp lệ 88, Hợp lệ (dự thảo) 1, Hợp lệ chưa tính (chưa ký) 1, Đã nhận (không giữ) 1, Đã
    bị sửa 1." and what it says after (files skipped, PDFs beside, other periods) as it says it."""
    by_word = ", ".join(f"{count_words(word)} {n}" for word, n in summary_counts(run))
    return f"Đã đọc {len(run.results)} tệp: " + (by_word or "không có tệp nào") + "." + run.after_counts
