"""What the province's intake decides about each file it reads: its class, its reason,
and whether it is late. The reading and storing is `desktop_app.intake`; this is the
vocabulary it answers in, shared by the window, the command line and the exports.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.core.periods import Period, PeriodRules

VIETNAM_TIME = dt.timezone(dt.timedelta(hours=7))


class FileClass(StrEnum):
    """Every file read gets one class, with its reason in Vietnamese."""

    HOP_LE = "Hợp lệ"  # received (a draft, "Dự thảo", is received too and marked as such)
    TRUNG = "Trùng"  # the same unit and period as one already received
    DA_BI_SUA = "Đã bị sửa"  # the fingerprint does not match the data (refused)
    SAI_KY = "Sai kỳ"  # another period than the one being received (refused)
    KHONG_PHAI = "Không phải tệp báo cáo"  # readable, but not a submission of a known unit
    PHIEN_BAN = "Phiên bản không hỗ trợ"  # a newer format than this app reads (refused)
    TEP_HONG = "Tệp hỏng"  # unreadable, not an xlsx, oversized or a zip bomb (refused)

    @property
    def accepted(self) -> bool:
        return self in (FileClass.HOP_LE, FileClass.TRUNG)


ACCEPTED = tuple(c for c in FileClass if c.accepted)
REFUSED = tuple(c for c in FileClass if not c.accepted)


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

    @property
    def signed(self) -> bool:
        return bool(self.key_code)

    @property
    def accepted(self) -> bool:
        return FileClass(self.class_).accepted

    def as_json(self) -> dict:
        return {
            "file": self.file_name, "class": str(self.class_), "reason": self.reason,
            "unit_code": self.unit_code or None, "unit_name": self.unit_name or None,
            "period": self.period or None, "fingerprint": self.fingerprint or None,
            "generated_at": self.generated_at or None, "approved": self.approved if self.unit_code else None,
            "late": self.late, "kept": self.kept, "new": self.new, "key_code": self.key_code or None,
        }


@dataclass
class IntakeRun:
    run_id: int
    folder: str
    period: str
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    @property
    def counts(self) -> dict[FileClass, int]:
        return {c: sum(r.class_ == c for r in self.results) for c in FileClass}

    @property
    def summary_text(self) -> str:
        parts = [f"{c} {n}" for c, n in self.counts.items() if n]
        return f"Đã đọc {len(self.results)} tệp: " + (", ".join(parts) if parts else "không có tệp nào") + "."


def parse_time(text: str) -> dt.datetime | None:
    """An ISO 8601 time as files state it; without a zone, Vietnam time."""
    try:
        t = dt.datetime.fromisoformat((text or "").strip())
    except ValueError:
        return None
    return t if t.tzinfo else t.replace(tzinfo=VIETNAM_TIME)


def is_late(generated_at: str, period: Period, rules: PeriodRules) -> bool:
    """Generated after the end of the period's deadline day (in the file's own time zone)."""
    t = parse_time(generated_at)
    return t is not None and t.date() > period.deadline(rules)


def later(a: str, b: str) -> bool:
    """Whether generation time `a` is strictly after `b`."""
    ta, tb = parse_time(a), parse_time(b)
    if ta is None or tb is None:
        return (a or "") > (b or "")
    return ta > tb


def when_text(text: str) -> str:
    """"14:05 20/07/2026", as a reason quotes a time."""
    t = parse_time(text)
    return t.strftime("%H:%M %d/%m/%Y") if t else (text or "không rõ")
