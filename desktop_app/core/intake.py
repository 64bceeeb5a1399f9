"""What the province's intake decides about each file it reads: its class, its reason,
and whether it is late. The reading and storing is `desktop_app.intake`; this is the
vocabulary it answers in, shared by the window, the command line and the exports.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePath

from desktop_app.core.errors import InvalidInput
from desktop_app.core.inbox_names import SIGNED_SUFFIX, nfc, pair_key, skipped_words  # noqa: F401 - SIGNED_SUFFIX
from desktop_app.core.periods import (
    FIRST_YEAR,
    Period,
    PeriodRules,
    format_date,
    in_sentence,
    parse_period,
)
from desktop_app.core.vietnam_time import VIETNAM_TIME, shown, shown_day
from desktop_app.core.words import Words
from desktop_app.core.workflow import begins_on, has_begun


def workbook_stem(pdf_name: str) -> str:
    """What a report PDF shares with the workbook it goes with (`pair_key`): "X.pdf" and "X_ky-so.pdf" go with
    "X.xlsx", and with "X (1).xlsx" as a mail program saves a second copy."""
    return pair_key(pdf_name)


def vietnam_today() -> dt.date:
    """Today at the province: the day in Vietnam time, as its dates of receipt (`receipt_date`) and
    every moment it shows (`when_text`) are, whatever zone the computer is set to. The one "today" of
    the intake's check of a typed date, the window's and the consolidated report's date (walk 23, #1:
    on a UTC computer after 17:00 the report said "Đến ngày 04/12/2026" of receipts dated 05/12)."""
    return dt.datetime.now(VIETNAM_TIME).date()


class FileClass(StrEnum):
    """Every file read gets one class, with its reason in Vietnamese."""

    HOP_LE = "Hợp lệ"  # received and kept as the unit's version (a draft, "Dự thảo", is marked as such)
    # received before (`FileResult.new` False), or a valid version of the unit and period received
    # and not kept (kept in history; `new` True: the window says "Đã nhận (không giữ)")
    TRUNG = "Trùng"
    DA_BI_SUA = "Đã bị sửa"  # the fingerprint or the signature does not match the data (refused)
    # signed by another key than the unit's, or unsigned while the unit's key is confirmed (refused)
    CHU_KY_KHONG_KHOP = "Chữ ký không khớp"
    # signed by a key the province revoked (refused): the unit's, or one revoked for another unit
    # (`keys.revocation`). Written from 5 December 2026 (schema 16); the lines an earlier version wrote
    # of such a file keep "Chữ ký không khớp", their reason saying the key was revoked.
    KHOA_THU_HOI = "Khóa đã thu hồi"
    SAI_KY = "Sai kỳ"  # another period than the one being received (refused)
    KHONG_PHAI = "Không phải tệp báo cáo"  # readable, but not a submission of a known unit
    PHIEN_BAN = "Phiên bản không hỗ trợ"  # a newer format than this app reads (refused)
    TEP_HONG = "Tệp hỏng"  # unreadable, not an xlsx, oversized or a zip bomb (refused)

    @property
    def accepted(self) -> bool:
        return self in (FileClass.HOP_LE, FileClass.TRUNG)


# What the summaries and the window call a file of class Trùng that is a new version of its unit,
# received and not kept (`FileResult.not_kept`), apart from the same file read again.
NOT_KEPT = "Đã nhận (không giữ)"

# What a unit's report can be: the program's Excel file, also under a spreadsheet's other names or
# none (a misnamed report is read, and refused with its reason), and its printed PDF. Any other file
# of the folder (a meeting invitation .txt, a .docx, a picture) is nobody's report: not read, named
# with the lock files (`IntakeRun.skipped`), never counted as a damaged file to chase a unit for.
REPORT_SUFFIXES = ("", ".xlsx", ".xlsm", ".xls", ".pdf")


def of_another_kind(name: str) -> bool:
    """Whether a file's name says it is no report of any kind (`REPORT_SUFFIXES`)."""
    return PurePath(name.rstrip(" .")).suffix.lower() not in REPORT_SUFFIXES


ACCEPTED = tuple(c for c in FileClass if c.accepted)
REFUSED = tuple(c for c in FileClass if not c.accepted)
# The classes of a file refused by the key register for the key that signed it: its reason names
# that key ("được ký bằng khóa mã …"), the log does not.
KEY_REFUSALS = (FileClass.CHU_KY_KHONG_KHOP, FileClass.KHOA_THU_HOI)


@dataclass(frozen=True)
class FileResult:
    """What intake decided about one file."""

    file_name: str
    class_: FileClass
    reason: str
    size: int = 0
    sha256: str = ""
    unit_code: str = ""
    unit_name: str = ""
    period: str = ""
    fingerprint: str = ""
    generated_at: str = ""
    approved: bool = False
    late: bool = False
    kept: bool = False  # this file's version is the one kept for its unit and period
    new: bool = False  # something was added to the database
    received_id: int | None = None
    key_code: str = ""  # the short code of the key that signed the file ("" unsigned)
    key_state: str = ""  # the register's state of that key (desktop_app.core.keys), or UNSIGNED
    held: bool = False  # that key, pending, signs another unit's file too: not counted (`keys.held_keys`)
    # the signature checked against the file's content: True it holds (`key_code` is the key that
    # signed the file), False it does not, None not checked (unsigned, or refused before: the
    # figures do not match their fingerprint)
    signature_holds: bool | None = None
    received_on: str = ""  # YYYY-MM-DD: the date of receipt lateness is judged by
    # YYYY-MM-DD: the date of receipt as the file's modification date (never after the day it is
    # read: `receipt_capped`) or the batch's date gave it (stored with the version); before the
    # file's own date, `received_on` is the file's own date
    stated_on: str = ""
    # what the reason says of a modification date after the day the file was read (`receipt_capped`)
    receipt_said: str = ""

    @property
    def signed(self) -> bool:
        return bool(self.key_code)

    @property
    def accepted(self) -> bool:
        return FileClass(self.class_).accepted

    @property
    def not_kept(self) -> bool:
        """A valid new version of its unit, received and not kept (class Trùng, `new`: another
        version is preferred), not the same file read again: said `NOT_KEPT`."""
        return self.class_ == FileClass.TRUNG and self.new

    def as_json(self) -> dict:
        return {
            "file": self.file_name, "class": str(self.class_), "reason": self.reason,
            "unit_code": self.unit_code or None, "unit_name": self.unit_name or None,
            "period": self.period or None, "fingerprint": self.fingerprint or None,
            "generated_at": self.generated_at or None, "approved": self.approved if self.unit_code else None,
            "late": self.late, "kept": self.kept, "new": self.new, "key_code": self.key_code or None,
            "key_state": self.key_state or None, "received_on": self.received_on or None,
            "received_stated": self.stated_on or self.received_on or None,
        }


@dataclass
class IntakeRun:
    run_id: int
    folder: str
    period: str
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False
    # lock, temporary and hidden files, and files of another kind than a report's (`of_another_kind`): not read
    skipped: list[str] = field(default_factory=list)
    other_kinds: int = 0  # how many of `skipped` are of another kind (not a lock, temporary or hidden file)
    unread: list[tuple[str, str]] = field(default_factory=list)  # entries not read: links, folders too deep
    companions: list[str] = field(default_factory=list)  # report PDFs beside a submission file
    # those of `companions` that go as well with two different workbooks: checked with neither
    # (`core.inbox_names.shared_pdfs`)
    shared_pdfs: list[str] = field(default_factory=list)
    received_on: str = ""  # the batch's date of receipt when one was given

    @property
    def counts(self) -> dict[FileClass, int]:
        return {c: sum(r.class_ == c for r in self.results) for c in FileClass}

    @property
    def not_kept(self) -> int:
        """The files of class Trùng that are a new version of their unit, received and not kept
        (another of its versions is preferred), not the same file read again."""
        return sum(r.not_kept for r in self.results)

    @property
    def summary_counts(self) -> list[tuple[FileClass | str, int]]:
        """The run's counts as every summary says them (the command line's, the progress line's,
        the window's): by class, the new versions not kept (`NOT_KEPT`) counted apart from
        Trùng, right after Hợp lệ; only those with files."""
        counts = self.counts
        counts[FileClass.TRUNG] -= self.not_kept
        words: list[tuple[FileClass | str, int]] = [(c, n) for c, n in counts.items() if n]
        if self.not_kept:
            words.insert(1 if counts[FileClass.HOP_LE] else 0, (NOT_KEPT, self.not_kept))
        return words

    @property
    def summary_text(self) -> str:
        parts = [f"{word} {n}" for word, n in self.summary_counts]
        return f"Đã đọc {len(self.results)} tệp: " + (", ".join(parts) or "không có tệp nào") + "." + self.after_counts

    @property
    def after_counts(self) -> str:
        """What `summary_text` says after the counts: the files skipped, the PDFs beside, other periods ("" when
        none; each sentence after a space)."""
        text = ""
        if self.skipped or self.unread:  # each kind apart, with what to do of a .zip, an .eml, an .ods
            text += f" {self.skipped_text}"
        if self.companions:
            text += f" {self.companions_text}"
        if self.other_periods:
            text += f" {self.other_period_text}"
        return text

    @property
    def skipped_text(self) -> Words:
        """The files not read, by kind, in both languages (`core.inbox_names.skipped_words`)."""
        return skipped_words(self.skipped, self.unread)

    @property
    def companions_text(self) -> str:
        """The report PDFs beside a workbook: checked with it when it is accepted; beside a refused one, not
        (red-team R7: every PDF was said checked, a refused workbook's too)."""
        accepted = {pair_key(r.file_name) for r in self.results if r.accepted}
        shared = set(self.shared_pdfs)
        alone = [n for n in self.companions if n not in shared]
        checked = sum(workbook_stem(n) in accepted for n in alone)
        said = []
        if checked:
            said.append(f"{checked} báo cáo PDF gửi kèm tệp Excel cùng tên: không đọc như một báo cáo, chữ ký số của "
                        "chúng được kiểm tra cùng tệp Excel.")
        if len(alone) > checked:
            said.append(f"{len(alone) - checked} báo cáo PDF nằm cạnh tệp Excel cùng tên không được nhận (bị "
                        "từ chối hoặc chưa đọc): chữ ký số của chúng không được kiểm tra.")
        if shared:  # which workbook it came with is not known (walk U22): each workbook's line says so
            said.append(f"{len(shared)} báo cáo PDF cùng tên với nhiều tệp Excel khác nhau: chữ ký số của chúng không "
                        "được kiểm tra (xem dòng của các tệp Excel đó).")
        return " ".join(said)

    @property
    def other_periods(self) -> dict[str, int]:
        """The files refused as "Sai kỳ" because they are reports of another period than the one
        received, by that period's code (the most files first): a folder read while the window
        showed another period (walk 8: the 6-month folder read under 9 tháng, 92 files)."""
        found: dict[str, int] = {}
        for r in self.results:
            if r.class_ == FileClass.SAI_KY and r.period != self.period and period_code(r.period):
                found[r.period] = found.get(r.period, 0) + 1
        return dict(sorted(found.items(), key=lambda item: -item[1]))

    @property
    def other_period_text(self) -> Words:
        """What the run says of the files of another period (`other_periods`), in both languages,
        after its counts: which period they are of, that they were not received, and how to
        receive them. "" when there are none. The window and the command line alike: the period's
        name for the one, its code for the other."""
        found = self.other_periods
        if not found:
            return Words("", "")
        received = parse_period(self.period)
        periods = [(parse_period(code), n) for code, n in found.items()]
        files = sum(found.values())
        vi = ", ".join(f"{n} tệp là báo cáo {with_code(in_sentence(p.name), p.code)}" for p, n in periods)
        en = ", ".join(f"{n} file{'s are reports' if n > 1 else ' is a report'} for the period "
                       f"{with_code(in_sentence(p.name_en), p.code)}" for p, n in periods)
        them, them_en = ("các tệp này", "them") if files > 1 else ("tệp này", "it")
        if len(periods) == 1:
            again = f"chọn kỳ {in_sentence(periods[0][0].name)} rồi đọc lại thư mục"
            again_en = f"choose the period {in_sentence(periods[0][0].name_en)} and read the folder again"
        else:
            again = "chọn từng kỳ đó rồi đọc lại thư mục"
            again_en = "choose each of those periods and read the folder again"
        return Words(f"{vi}, không phải kỳ đang nhận ({in_sentence(received.name)}): chưa nhận {them}. Muốn nhận, "
                     f"{again}.",
                     f"{en}, not the period being received ({in_sentence(received.name_en)}): not received. To receive "
                     f"{them_en}, {again_en}.")


def with_code(name: str, code: str) -> str:
    """A period's name with its code in brackets when the code says more than the words: "9 tháng năm
    2026 (2026-9M)", but "năm 2026", not "năm 2026 (2026)" (walk 16, L4)."""
    return name if code in name else f"{name} ({code})"


def period_code(text: str) -> str:
    """`text` when it is a period's code as the program writes it ("2026-6M"), else "": a file
    stating "2026-6m" or no period at all is refused for that, not as a report of another period."""
    try:
        return text if text and parse_period(text).code == text else ""
    except InvalidInput:
        return ""


def shown_name(name: str) -> str:
    """A file's name as intake shows and stores it: a control character (a line break, where the
    file system allows one in a name) as "?", so that a name cannot print a line of its own,
    such as a fake "Hợp lệ", among the results; in composed Unicode (`nfc`: a name a Mac or Zalo wrote
    decomposed reads and sorts as the same name typed on Windows; the file is opened by its real name)."""
    return "".join(c if c.isprintable() else "?" for c in nfc(name))


def check_received(day: dt.date, today: dt.date) -> dt.date:
    """A batch's date of receipt, which lateness is judged by: within the term, never after
    today (a date before the term made every late file on time, one in the future every file
    late). The window's intake dialog and the command line's --received alike."""
    if day.year < FIRST_YEAR:
        raise InvalidInput(f"Ngày nhận {format_date(day)} trước nhiệm kỳ (từ năm {FIRST_YEAR}).", field="Ngày nhận",
                           en=f"Date of receipt {format_date(day)} is before the term (from {FIRST_YEAR}).")
    if day > today:
        raise InvalidInput(f"Ngày nhận {format_date(day)} sau hôm nay ({format_date(today)}): chưa nhận được tệp vào "
                           "ngày đó.", field="Ngày nhận",
                           en=f"Date of receipt {format_date(day)} is after today ({format_date(today)}).")
    return day


def receipt_capped(day: dt.date, read_on: dt.date) -> tuple[dt.date, str]:
    """A date of receipt taken from a file's modification date, never after the day the file is read
    (`read_on`): the file is in the folder that day, whatever date its sender set on it (a zip's
    entry dated in the year 3000 was stored as received in 2446, late). With the sentence its reason
    adds when the date was after that day, "" otherwise. A date typed for the batch is never after
    today (`check_received`)."""
    if day <= read_on:
        return day, ""
    return read_on, (f"Ngày sửa đổi của tệp ({format_date(day)}) sau ngày đọc tệp ({format_date(read_on)}): tính "
                     "ngày nhận là ngày đọc tệp.")


# A folder whose files were all modified within this span, with at least this many files, was
# copied in one go (from another computer, a USB stick, an unzipped archive) rather than saved
# from e-mails as they came over days: each file's modification date is then the day of copying,
# and every unit would be late by it. Five files: two or three attachments saved together are
# ordinary; a whole batch modified within minutes is a copy.
COPY_MIN_FILES = 5
COPY_SPAN = dt.timedelta(minutes=5)


def copied_at(mtimes: list[float]) -> dt.datetime | None:
    """When a folder's files look copied in one go (`COPY_MIN_FILES`, all modified within
    `COPY_SPAN`): the latest modification time (POSIX seconds) in Vietnam time, which the warning
    quotes; None when they look saved over time, or are too few to tell."""
    if len(mtimes) < COPY_MIN_FILES or max(mtimes) - min(mtimes) > COPY_SPAN.total_seconds():
        return None
    try:
        return dt.datetime.fromtimestamp(max(mtimes), VIETNAM_TIME)
    except (ValueError, OverflowError, OSError):  # a time no clock gives: nothing to quote, no warning
        return None


def code_in_file_name(file_name: str, codes) -> str:
    """The unit code a file's name carries ("2026-6M_05665_xa-van-lang.xlsx": 05665), when it
    names exactly one unit of `codes` (the province's catalogue): what a refused file is shown
    under, since its contents are not trusted. "" when the name carries none, or several."""
    found = {m for m in re.findall(r"(?<![0-9])[0-9]{5}(?![0-9])", file_name) if m in codes}
    return found.pop() if len(found) == 1 else ""


def named_otherwise(file_name: str, unit_code: str, names: dict[str, str]) -> str:
    """What a file's line says first when its name carries another unit's code than the one its
    contents state (Xã Đồng Phúc's file saved as "2026-6M_01936_xa-na-phac.xlsx": "Tên tệp ghi mã
    01936 (Xã Nà Phặc), nội dung là báo cáo của Xã Đồng Phúc (mã 01960): tỉnh xét tệp theo nội
    dung."). The contents decide, as intake does; said on the file's own line, not only in the
    other unit's note (walk h8 #2: the row read "…xa-na-phac.xlsx · Hợp lệ · Xã Đồng Phúc").
    `names`: the catalogue's units' names by code. "" when the name carries no code of the
    catalogue, several, or the unit's own, or the contents name no unit of the catalogue."""
    if unit_code not in names:
        return ""
    code = code_in_file_name(file_name, names)
    if not code or code == unit_code:
        return ""
    return (f"Tên tệp ghi mã {code} ({names[code]}), nội dung là báo cáo của {names[unit_code]} (mã {unit_code}): "
            "tỉnh xét tệp theo nội dung.")


def reason_without_name(reason: str, file_name: str) -> str:
    """A reason as a table row beside the file's name and unit says it: without the name it starts
    with, nor the unit in brackets after it ("Tệp 2026-6M_05665_xa-van-lang.xlsx không đọc được
    (…)" is cut to "Tệp…" in its column; "Không đọc được (…)" says why), and "tệp <name>"
    further on said "tệp này"."""
    if not file_name:
        return reason
    head = f"Tệp {file_name}"
    text = reason
    if text.startswith(head):
        text = text[len(head):].lstrip(",: ")
        if text.startswith("(") and ") " in text[:120]:  # "(Xã A) được ký…": the row names the unit
            text = text[text.index(") ") + 2:]
        text = text[:1].upper() + text[1:] if text else reason
    return text.replace(f"tệp {file_name}", "tệp này")


# The years a file's own time may fall in: a computer whose clock was reset says 1970 or 2000, and
# is read (its version is simply not preferred); a time near year 1 or 9999 is no clock's, and
# moved into Vietnam time or counted in seconds it overflowed and stopped the whole intake.
TIME_YEARS = (1900, 2999)


def parse_time(text: str) -> dt.datetime | None:
    """An ISO 8601 time as files state it; without a zone, Vietnam time. None for anything
    else, a time outside `TIME_YEARS` included."""
    try:
        t = dt.datetime.fromisoformat((text or "").strip())
    except (ValueError, TypeError):
        return None
    if not TIME_YEARS[0] <= t.year <= TIME_YEARS[1]:
        return None
    t = t if t.tzinfo else t.replace(tzinfo=VIETNAM_TIME)
    # a zone some clock has, -12:00 to +14:00 in whole minutes (red-team R30 F5: "+23:59" was read, and
    # "2999-12-31T23:00-12:00" printed the Vietnam day 01/01/3000), and a Vietnam year in TIME_YEARS
    offset = t.utcoffset().total_seconds()
    if not -12 * 3600 <= offset <= 14 * 3600 or offset % 60:
        return None
    if not TIME_YEARS[0] <= t.astimezone(VIETNAM_TIME).year <= TIME_YEARS[1]:
        return None
    return t


def is_late(generated_at: str, period: Period, rules: PeriodRules) -> bool:
    """Generated after the end of the period's deadline day (in the file's own time zone).
    Only for versions received before the date of receipt was kept (`late_on` otherwise):
    a file's own clock is the sender's to set."""
    t = parse_time(generated_at)
    return t is not None and t.date() > period.deadline(rules)


def late_on(received_on: dt.date | str, period: Period, rules: PeriodRules) -> bool:
    """Received after the period's deadline day: lateness by what the province knows."""
    day = dt.date.fromisoformat(received_on) if isinstance(received_on, str) else received_on
    return day > period.deadline(rules)


def made_on(generated_at: str) -> dt.date | None:
    """The day a file says it was made, in Vietnam time (None when it states no time)."""
    t = parse_time(generated_at)
    return t.astimezone(VIETNAM_TIME).date() if t is not None else None


FROM_FILE = "tệp"  # the date of receipt is the file's modification date, which its sender sets
FROM_TYPED = "nhập"  # the province typed it for the batch (the e-mail's date)


def judged_on(received_on: str, generated_at: str, received_from: str | None = FROM_FILE,
              read_on: dt.date | None = None) -> str:
    """The date of receipt lateness is judged by. A date the province typed for the batch
    (`FROM_TYPED`, the e-mail's) stands: lateness never follows the file's own clock (issue 14,
    point 5). A signed file made after it is named, to be checked (`receipt_note`), not judged by
    its clock: a unit whose clock runs a week ahead sent on time what says it was made late
    (red-team 25, F2, where walk 23's #2 had it judged by the day made). The file's modification
    date (`FROM_FILE`), which the sender sets (the date of a zip's entry), counts but never before
    the day the file's own time says it was made: a file is not received before it exists, and a
    clock set ahead only makes its own file late, though never after the day it was read
    (`read_on`: it was in the folder then; red-team 25, F3: a clock a year ahead dated a receipt
    01/06/2027 in 2026). None: a version received before the source was recorded, judged as it was
    then. "" when no date is stated."""
    if not received_on or received_from != FROM_FILE:
        return received_on or ""
    made = made_on(generated_at)
    if made is None or made <= dt.date.fromisoformat(received_on):
        return received_on
    return min(made, read_on).isoformat() if read_on is not None else made.isoformat()


def received_before_begun(period: Period, judged: str, read_on: dt.date, rules: PeriodRules) -> dt.date | None:
    """The day a file of `period` was received, when the period had not begun by then; None when
    it had. That day is the date of receipt lateness is judged by (`judged`, `judged_on`'s), but
    never after the day the file is read (`read_on`): a file is in the folder when it is read,
    whatever date its sender set on it or its own signed time gives. A unit cannot have results
    of a period not begun; a file of one is a mistake (a wrong clock, the wrong period chosen) or
    figures made up ahead, and the province does not take it (`not_begun_reason`)."""
    day = min(dt.date.fromisoformat(judged), read_on) if judged else read_on
    return None if has_begun(period, day, rules) else day


def not_begun_reason(file_name: str, period: Period, unit_name: str, rules: PeriodRules, received: dt.date) -> str:
    """Why a file of a period not begun on the day it was `received` (`received_before_begun`) is refused."""
    start = format_date(begins_on(period, rules))
    return (f"Tệp {file_name} là báo cáo {in_sentence(period.name)} ({period.code}) của {unit_name[:80]}, nhưng kỳ "
            f"này bắt đầu từ ngày {start}, sau ngày nhận tệp {format_date(received)}: kỳ chưa bắt đầu thì chưa có số "
            "liệu của kỳ. Không nhận; đơn vị kiểm tra ngày trên máy tính và gửi báo cáo của kỳ từ ngày "
            f"{start} trở đi.")


def row_judged_on(row) -> str:
    """`judged_on` for a received row (`received_on`, `generated_at`, `received_from`; read on the
    Vietnam day of its `received_at`)."""
    return judged_on(row.received_on or "", row.generated_at, row.received_from, vietnam_day(row.received_at or ""))


FROM_MADE = "lập"  # never stored: a modification date before the day the file was made gave way to that day


def judged_from(row) -> str:
    """Where a received row's `row_judged_on` comes from: `FROM_TYPED`, `FROM_FILE`, `FROM_MADE`,
    or "" for a version received before the source was recorded."""
    if row.received_from == FROM_FILE and row.received_on and row_judged_on(row) != row.received_on:
        return FROM_MADE
    return row.received_from or ""


def receipt_note(received_on: str, generated_at: str, received_from: str | None = FROM_FILE,
                 read_on: dt.date | None = None) -> str:
    """The one sentence a line (and the unit's note) says when the date of receipt is before the
    day the file says it was made, "" otherwise: a modification date (`FROM_FILE`) is not taken,
    lateness is judged by the day made (`judged_on`); a date typed for the folder (`FROM_TYPED`)
    stands, to be checked (the date typed, or the unit's clock, is wrong). Nothing for a version
    received before the source was recorded."""
    made = made_on(generated_at)
    if not received_on or made is None or received_from not in (FROM_FILE, FROM_TYPED):
        return ""
    day = dt.date.fromisoformat(received_on)
    if made <= day:
        return ""
    if received_from == FROM_FILE and read_on is not None and made > read_on:  # `judged_on`'s bound
        return (f"Ngày sửa đổi của tệp ({format_date(day)}) sớm hơn ngày lập ({format_date(made)}), mà ngày lập lại "
                f"sau ngày đọc tệp ({format_date(read_on)}): kiểm tra đồng hồ máy tính của đơn vị; tính trễ hạn theo "
                "ngày đọc tệp.")
    if received_from == FROM_FILE:
        return (f"Ngày sửa đổi của tệp ({format_date(day)}) sớm hơn ngày lập ({format_date(made)}): tính trễ hạn "
                "theo ngày lập.")
    return (f"Ngày nhận {format_date(day)} (ngày nhập khi đọc thư mục) sớm hơn ngày lập tệp {format_date(made)}: "
            "kiểm tra lại ngày nhận đã nhập (hoặc đồng hồ máy tính của đơn vị); trễ hạn tính theo ngày nhận đã nhập.")


def first_received_on(kept, counted_versions) -> str:
    """The day the kept version's figures first arrived, as lateness counts it: the earliest
    date of receipt (`judged_on`) among the counted versions with the same figures and
    approval (a unit that reported on time and sent the same report again later, from a
    reinstalled laptop or in a second e-mail, is not late). Versions are received rows
    (`received_on`, `generated_at`, `fingerprint`, `approved`)."""
    first = first_received(kept, counted_versions)
    return row_judged_on(first) if first is not None else ""


def first_received(kept, counted_versions):
    """The version whose date of receipt `first_received_on` is (the kept one on a tie), None
    when none states one."""
    same = [v for v in counted_versions
            if v.fingerprint == kept.fingerprint and bool(v.approved) == bool(kept.approved)]
    dated = [v for v in [kept, *same] if v.received_on]
    return min(dated, key=row_judged_on, default=None)


def kept_note(kept, counted_versions) -> str:
    """What the completeness says of a unit's kept version beside its status: the drafts made
    after the approved version kept, received and not counted; a date of receipt taken from
    the file's own date. Versions are received rows, as `first_received_on` takes them."""
    notes = []
    if kept.approved:
        drafts = sorted((v for v in counted_versions if not v.approved and later(v.generated_at, kept.generated_at)),
                        key=lambda v: parse_time(v.generated_at) or dt.datetime.min.replace(tzinfo=VIETNAM_TIME))
        if drafts:
            last = drafts[-1]
            notes.append(f"Đã nhận bản dự thảo lập sau bản đã duyệt (tệp {last.file_name}, lập lúc "
                         f"{when_text(last.generated_at)}{f', và {len(drafts) - 1} bản khác' if len(drafts) > 1 else ''}"
                         "): không tính vào tổng hợp, giữ bản đơn vị gửi là đã duyệt.")
    day = first_received_on(kept, counted_versions)
    if kept.received_on and day and day == row_judged_on(kept):
        notes.append(receipt_note(kept.received_on, kept.generated_at, kept.received_from,
                                  vietnam_day(kept.received_at or "")))
    return " ".join(n for n in notes if n)


def after_receipt(generated_at: str, received_on: str) -> bool:
    """Whether a file says it was made after the day it was received (Vietnam time): its
    clock was wrong, or the time was set by hand to win over later corrections."""
    t = parse_time(generated_at)
    if t is None or not received_on:
        return False
    return t.astimezone(VIETNAM_TIME).date() > dt.date.fromisoformat(received_on)


def later(a: str, b: str) -> bool:
    """Whether generation time `a` is strictly after `b`."""
    ta, tb = parse_time(a), parse_time(b)
    if ta is None or tb is None:
        return (a or "") > (b or "")
    return ta > tb


def when_text(text: str) -> str:
    """"14:05 20/07/2026", as the province says every moment, a file's (when it was made,
    approved) and its own (when it read a file, accepted one, a key was confirmed): in Vietnam time,
    the time of the dates of receipt beside it (`intake_folder.receipt_date`, `vietnam_day`) and of
    the reports, Vietnamese legal documents; never this computer's zone, so a reason, the log, the
    key register and the workbook read the same hour on every computer that prints them. Written in
    the computer's zone, a UTC computer's register read "nhận lần đầu 04/12/2026 (… đọc lúc 18:35
    03/12/2026)", one moment on two days (red-team 16, F5), and its reasons another hour than its
    register (walk 20, #4)."""
    t = parse_time(text)
    return shown(t) if t else (text or "không rõ")


vietnam_when_text = when_text  # the key register's name for it (ui/province_key_lists.py, province_cli.py)


def vietnam_day(text: str) -> dt.date | None:
    """The day of a moment the program recorded, in Vietnam time (`when_text`); None for none."""
    return shown_day(parse_time(text))


def when_texts(a: str, b: str) -> tuple[str, str]:
    """Two times as one reason quotes them (`when_text`), with their seconds ("10:32:36
    03/12/2026") when they would read the same to the minute: a reviewer tells them apart."""
    ta, tb = parse_time(a), parse_time(b)
    if ta is None or tb is None or when_text(a) != when_text(b):
        return when_text(a), when_text(b)
    return tuple(shown(t, "%H:%M:%S %d/%m/%Y") for t in (ta, tb))
