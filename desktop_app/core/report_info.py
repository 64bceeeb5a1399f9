"""What the report PDF's document information states: which report it is (its Subject,
`report_document`, read back as a `ReportIdentity`), and the earlier approval its paper says it
replaces (`Submission.replaces`: "Duyệt lại ngày …, thay bản mã …; lý do mở lại: …", from the
commune's history, which the workbook does not carry; `REPLACES_KEY`).

The province renders a received report again from the workbook beside it to compare the pages signed
(`exports.rendered_report`); the paper's approval line it can render only from what the PDF states
here. A PDF stating another approval than the paper's differs from the render in that line; one whose
line and statement were both changed differs from the genuine paper in that line alone, never in a
figure, which the render takes from the workbook. Whether the province received the approval stated
is `desktop_app.core.replaced_received`'s question.

Qt-free and without I/O.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal

from desktop_app.core.clock import LAST_DAY
from desktop_app.core.doc_number import Issued
from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import parse_time
from desktop_app.core.numbers import format_number
from desktop_app.core.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    REPORT_DATE_AHEAD,
    format_date,
    parse_period,
)
from desktop_app.core.submission import Replaced, Submission
from desktop_app.core.vietnam_time import VIETNAM_TIME, stated_day
from desktop_app.core.words import Words

# The report's own key in its document information: JSON of the `Replaced` the paper prints.
REPLACES_KEY = "/ChiTieuReplaces"
# The longest reason a leader may give for reopening a period (`desktop_app.approval.reopen`), and so the
# longest the paper prints as the approval it replaces: a few sentences, not a page.
MAX_REASON = 1000
# What a report's document information may state under `REPLACES_KEY` at most: the reason and the rest.
MAX_REPLACES = 4 * MAX_REASON
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


def replaces_info(sub: Submission) -> str:
    """What the report's document information states under `REPLACES_KEY`: the approval its paper
    says it replaces (`exports.report_pdf.approval_line`), "" when it names none."""
    old = sub.replaces
    if old is None or not sub.approved or not sub.approved_at:
        return ""
    stated = {"fingerprint": old.fingerprint, "approved_at": old.approved_at, "reason": old.reason,
              "reopened": old.reopened}
    if old.issued is not None:  # from 0.3.0, only when known: what a reader older than it never meets
        stated["issued"] = {"doc_number": old.issued.doc_number, "symbol": old.issued.symbol,
                            "report_date": old.issued.report_date.isoformat()}
    return json.dumps(stated, ensure_ascii=False, sort_keys=True)


MAX_ISSUED = 40  # characters of the replaced report's number or symbol stated: "45", "BC-UBND" in use
_NOT_THE_FORM = Words("tệp ghi bản duyệt được thay không theo mẫu phần mềm ghi",
                      "the file states a replaced approval not in the form the software writes")
_NOT_A_TIME = Words("tệp ghi ngày duyệt của bản được thay không phải một thời điểm",
                    "the file states a time of approval of the version replaced that is no time")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# The years a report may be dated in: a period of the term (`periods.FIRST_YEAR`-`LAST_YEAR`), dated from the
# last day of its figures (`periods.check_report_date`), so a year report of the term's last year in the next.
ISSUED_YEARS = (FIRST_YEAR, LAST_YEAR + 1)


def _hidden(text: str) -> str:
    """The first character of `text` that prints nothing or steers the line (Unicode Cc, Cf, Zl, Zp: a
    right-to-left override, a zero-width space, NUL, ESC), as "U+202E"; "" if none."""
    return next((f"U+{ord(c):04X}" for c in text if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp")), "")


def _read_issued(found, replaced_at: str, approved_at: str) -> tuple[Issued | None, str]:
    """The `Issued` a `REPLACES_KEY`'s optional "issued" states (absent in every file before 0.3.0: None,
    ""), or None and why it is not one the program writes (red-team R30 F4): a number and a symbol of one
    line each, of at most `MAX_ISSUED` characters, without a character that prints nothing or steers the
    line, and a day written YYYY-MM-DD in `ISSUED_YEARS`, not before the day the replaced approval
    (approved at `replaced_at`) prints, nor more than `REPORT_DATE_AHEAD` after this approval's (at
    `approved_at`): the replaced report was issued before the period was reopened for this one."""
    if found is None:
        return None, ""
    try:
        number, symbol, day = found["doc_number"], found["symbol"], found["report_date"]
    except (KeyError, TypeError):
        return None, _NOT_THE_FORM
    if not (isinstance(number, str) and isinstance(symbol, str) and isinstance(day, str)):
        return None, _NOT_THE_FORM
    hidden = _hidden(number + symbol)
    if hidden:
        return None, Words(f"tệp ghi số, ký hiệu của báo cáo được thay có ký tự ẩn {hidden} (không hiện khi in, hoặc làm "
                           "chữ hiện khác đi), điều phần mềm không ghi",
                           f"the file states a number or symbol of the report replaced with a hidden character {hidden} "
                           "(not printed, or changing how the words show), which the software does not write")
    if any(len(t) > MAX_ISSUED or t != " ".join(t.split()) for t in (number, symbol)):
        return None, Words(f"tệp ghi số, ký hiệu của báo cáo được thay dài quá {MAX_ISSUED} ký tự hoặc nhiều dòng; "
                           "phần mềm ghi số, ký hiệu trên một dòng",
                           f"the file states a number or symbol of the report replaced longer than {MAX_ISSUED} "
                           "characters or on several lines; the software writes them on one line")
    try:
        date = dt.date.fromisoformat(day) if _ISO_DAY.fullmatch(day) else None
    except ValueError:
        date = None
    if date is None or not ISSUED_YEARS[0] <= date.year <= ISSUED_YEARS[1]:
        return None, Words(f"tệp ghi ngày của báo cáo được thay \"{day[:20]}\" không phải một ngày phần mềm ghi "
                           f"(năm-tháng-ngày dạng 2026-04-08, năm {ISSUED_YEARS[0]}-{ISSUED_YEARS[1]})",
                           f"the file states a date of the report replaced, \"{day[:20]}\", that is no date the "
                           f"software writes (year-month-day as 2026-04-08, years {ISSUED_YEARS[0]}-{ISSUED_YEARS[1]})")
    first, this = stated_day(replaced_at), stated_day(approved_at)
    if first is not None and date < first:
        return None, Words(f"tệp ghi báo cáo được thay đề ngày {format_date(date)}, trước {format_date(first)}, ngày "
                           "bản đó được duyệt: phần mềm không đề ngày báo cáo trước ngày duyệt",
                           f"the file states the report replaced was dated {format_date(date)}, before "
                           f"{format_date(first)}, the day it was approved: the software dates no report before its "
                           "approval")
    if this is not None and date > max(this, first or this) + REPORT_DATE_AHEAD:  # first later: a clock ahead
        return None, Words(f"tệp ghi báo cáo được thay đề ngày {format_date(date)}, sau ngày duyệt bản này "
                           f"({format_date(this)}) hơn {REPORT_DATE_AHEAD.days} ngày: báo cáo đó được xuất trước khi mở "
                           "lại kỳ báo cáo",
                           f"the file states the report replaced was dated {format_date(date)}, more than "
                           f"{REPORT_DATE_AHEAD.days} days after this version's approval ({format_date(this)}): that "
                           "report was exported before the period was reopened")
    return Issued(number, date, symbol), ""


def _moment(at: str) -> dt.datetime:
    """An ISO 8601 time as a moment; one stated without an offset (an older version's) in Vietnam time."""
    t = dt.datetime.fromisoformat(at)
    return t if t.tzinfo else t.replace(tzinfo=VIETNAM_TIME)


def read_replaces(text: str, approved_at: str) -> tuple[Replaced | None, str]:
    """The `Replaced` a report's `REPLACES_KEY` states (`replaces_info`) of a report approved at
    `approved_at`, and "", or None and why it is no approval the program writes ("" states none): the
    sender's word, checked for the form the program gives it (red-team R5 F2): a code of 64 hex
    digits, an ISO 8601 time (after this approval only as a clock running ahead writes it), a reason of at most `MAX_REASON` characters, and
    from 0.3.0 the number and date its report was issued with, if known (`_read_issued`; a file before
    0.3.0 states none, and reads as it did)."""
    if not text:
        return None, ""
    try:
        found = json.loads(text[:MAX_REPLACES + 1])
        old = Replaced(found["fingerprint"], found["approved_at"], found["reason"], found["reopened"])
        issued, wrong = _read_issued(found.get("issued"), str(old.approved_at), approved_at)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None, _NOT_THE_FORM
    if wrong:
        return None, wrong
    old = replace(old, issued=issued)
    if not all(isinstance(v, kind) for v, kind in zip((old.fingerprint, old.approved_at, old.reason, old.reopened),
                                                      (str, str, str, bool))):
        return None, _NOT_THE_FORM
    if not _FINGERPRINT.fullmatch(old.fingerprint):
        return None, Words("tệp ghi mã bản duyệt được thay không phải mã xác thực 64 chữ số hệ 16",
                           "the file states a code of the replaced approval that is no fingerprint of 64 hex digits")
    if not old.approved_at and old.issued is not None:  # from 0.3.0: the report held named, its approval's day not
        return _reason_checked(old)  # known (a restore's record without it, desktop_app/issued_reports.py, S131)
    try:
        _moment(old.approved_at)
    except (ValueError, TypeError, OverflowError):
        return None, _NOT_A_TIME
    if parse_time(old.approved_at) is None:  # a zone no clock has, a year past the program's (red-team R30 F5)
        return None, _NOT_A_TIME
    # After this approval only where the clock ran ahead at that one: from 0.3.0 an administrator confirms it and
    # reopens (core/clock.CLOCK_WAS_AHEAD), and the correction's paper names it as recorded (red-team R32 F2: the
    # honest paper was refused as not the program's). Said (`stated_after`, desktop_app/signed_pages.py); never
    # after the last day the program approves on (`clock.LAST_DAY`).
    if stated_after(old, approved_at) and stated_day(old.approved_at) > LAST_DAY:
        last = LAST_DAY.strftime('%d/%m/%Y')
        return None, Words(f"tệp ghi bản duyệt được thay duyệt sau bản này, sau ngày {last}: "
                           "phần mềm không duyệt với đồng hồ chỉ sau ngày đó",
                           f"the file states the approval replaced was made after this one, after {last}: the "
                           "software approves nothing with a clock showing a day after it")
    return _reason_checked(old)


def stated_after(old: Replaced, approved_at: str) -> bool:
    """Whether the replaced approval `old` states a time after this approval's, `approved_at` (instants: each
    time's own date is its zone's): the unit's clock ran ahead at one of the two (`read_replaces`)."""
    try:
        return bool(old.approved_at) and _moment(old.approved_at) > _moment(approved_at)
    except (ValueError, TypeError, OverflowError):
        return False


def _reason_checked(old: Replaced) -> tuple[Replaced | None, str]:
    if len(old.reason) > MAX_REASON:
        n, most = format_number(Decimal(len(old.reason))), format_number(Decimal(MAX_REASON))
        return None, Words(f"tệp ghi lý do mở lại dài {n} ký tự, phần mềm chỉ cho nhập tới {most} ký tự",
                           f"the file states a reason for reopening {n} characters long; the software takes at most "
                           f"{most}")
    return old, ""


MAX_INFO = 300  # characters of a PDF's Subject or Keywords kept: the report's are under 100
_SHORT = re.compile(r"mã xác thực\s+([0-9a-f]{16})\b")
_UNIT = re.compile(r"^\d{5}$")


def report_document(unit_code: str, period: str, fingerprint: str) -> str:
    """The Subject the report PDF's document information carries (exports/report_pdf.py writes
    `f"{unit_code} {period} {fingerprint}"`, unchanged since the first version): what a PDF is
    compared with, made from the Excel file beside it."""
    return f"{unit_code} {period} {fingerprint}"


def info_text(value) -> str:
    """A Subject or Keywords as kept: NFC, control characters as spaces, at most `MAX_INFO`
    characters (a hostile file's is never shown whole)."""
    text = unicodedata.normalize("NFC", str(value or ""))
    return "".join(" " if unicodedata.category(c)[0] == "C" else c for c in text).strip()[:MAX_INFO]


@dataclass(frozen=True)
class ReportIdentity:
    """Which report a PDF states it is: the unit's code, the period's code and the fingerprint
    (all 64 hex digits, or the first 16 the Keywords carry); "" what it does not state. Read
    by their forms, not their places, so a Subject lacking one still gives the others; one
    stating a field twice, differently, identifies nothing."""

    unit: str = ""
    period: str = ""
    fingerprint: str = ""

    @classmethod
    def read(cls, subject: str, keywords: str = "") -> ReportIdentity:
        found: dict[str, set[str]] = {"unit": set(), "period": set(), "fingerprint": set()}
        for token in (subject or "").split():
            if _FINGERPRINT.fullmatch(token.lower()):
                found["fingerprint"].add(token.lower())
            elif _UNIT.match(token):
                found["unit"].add(token)
            else:
                try:
                    found["period"].add(parse_period(token).code)
                except InvalidInput:  # any other word identifies nothing
                    pass
        if not found["fingerprint"]:
            found["fingerprint"].update(_SHORT.findall((keywords or "").lower()))
        if any(len(values) > 1 for values in found.values()):
            return cls()
        return cls(**{key: next(iter(values), "") for key, values in found.items()})

    @property
    def empty(self) -> bool:
        return not (self.unit or self.period or self.fingerprint)

    def where(self) -> str:
        """"đơn vị 05488, năm 2026" (what it states of the two)."""
        name = parse_period(self.period).name if self.period else ""
        name = name[:1].lower() + name[1:]
        if not self.unit:
            return f"kỳ {name}" if name else ""
        return f"đơn vị {self.unit}" + (f", {name}" if name else "")
