"""A period's "Tình hình gửi báo cáo" as a province sees it at its first reporting period: the
catalogue's 92 units, most received with a key awaiting confirmation, some confirmed, late ones
(drafts too), drafts, unsigned files (one late), a shared key held, refused and missing units,
signed PDFs checked for some. Shown in the province window without reading a folder."""
from __future__ import annotations

import datetime as dt
import random

from desktop_app.core.consolidation import Completeness, ReportStatus, UnitStatus
from desktop_app.core.keys import UNSIGNED, UNSIGNED_ACCEPTED, KeyState
from desktop_app.core.pdf_signature import (
    LEADER_FIELD,
    PdfCheck,
    PdfVerdict,
    SignatureCheck,
)
from desktop_app.core.periods import parse_period

PERIOD = "2026-6M"
TODAY = dt.date(2026, 7, 3)
ON_TIME = ("2026-06-15", "2026-06-18", "2026-06-18", "2026-06-20", "2026-06-22")  # ties on purpose
LATE = ("2026-06-25", "2026-06-25", "2026-06-29")


def checked(code: str, verdict: PdfVerdict) -> PdfCheck:
    """A check of the unit's signed PDF with `verdict` (one of HOP_LE, CHUA_KY, DA_BI_SUA), as the
    intake stores it: the window says its verdict, signer and what it compared."""
    name = f"bao-cao-{code}_ky-so.pdf"
    if verdict == PdfVerdict.CHUA_KY:
        return PdfCheck(name, "0" * 64, trust_roots=1)
    utc = dt.UTC
    signature = SignatureCheck(LEADER_FIELD, "Trần Thị Bình", "", "CA thử", "1A", dt.datetime(2026, 1, 1, tzinfo=utc),
                               dt.datetime(2027, 1, 1, tzinfo=utc), dt.datetime(2026, 6, 18, tzinfo=utc), False,
                               intact=verdict != PdfVerdict.DA_BI_SUA, whole_file=True, later_changes_allowed=True,
                               trusted=True)
    return PdfCheck(name, "0" * 64, (signature,), trust_roots=1)


def _code(rnd: random.Random) -> str:
    return "-".join("".join(rnd.choice("ABCDEFGHJKMNPQRSTVWXYZ23456789") for _ in range(4)) for _ in range(4))


def units(catalog, seed: int = 12) -> list[UnitStatus]:
    rnd = random.Random(seed)
    plan = ([ReportStatus.CHUA_GUI] * 7 + [ReportStatus.BI_TU_CHOI] * 2 + [ReportStatus.CHO_DOI_CHIEU] * 2
            + [ReportStatus.CHUA_KY] * 3 + [ReportStatus.DU_THAO] * 4 + [ReportStatus.TRE_HAN] * 9)
    plan += [ReportStatus.DA_NHAN] * (len(catalog.communes) - len(plan))
    rnd.shuffle(plan)
    out, drafts, unsigned = [], 0, 0
    for no, (c, status) in enumerate(zip(catalog.communes, plan), 1):
        late = status == ReportStatus.TRE_HAN
        if status == ReportStatus.DU_THAO:
            late, drafts = drafts < 2, drafts + 1  # two late drafts
        if status == ReportStatus.CHUA_KY:
            late, unsigned = unsigned == 0, unsigned + 1  # one late unsigned file
        sent = status not in (ReportStatus.CHUA_GUI,)
        day = rnd.choice(LATE if late else ON_TIME) if sent and status != ReportStatus.BI_TU_CHOI else ""
        read = f"2026-07-0{rnd.randint(1, 2)}T{rnd.randint(8, 16):02d}:{rnd.randint(0, 59):02d}:00" if sent else ""
        if status in (ReportStatus.CHUA_GUI, ReportStatus.BI_TU_CHOI):
            key = ""
        elif status == ReportStatus.CHUA_KY:
            key = UNSIGNED
        elif status == ReportStatus.CHO_DOI_CHIEU:
            key = KeyState.CHO.value
        else:
            key = rnd.choice([KeyState.CHO.value] * 6 + [KeyState.XAC_NHAN.value] * 2 + [UNSIGNED_ACCEPTED])
        code = _code(rnd) if key and key not in (UNSIGNED, UNSIGNED_ACCEPTED) else ""
        made = f"2026-06-{rnd.randint(10, 28):02d}T{rnd.randint(7, 17):02d}:00:00" if sent else ""
        reason = {ReportStatus.BI_TU_CHOI: "Tệp đã bị sửa sau khi xuất.",
                  ReportStatus.CHO_DOI_CHIEU: "Khóa ký cũng ký tệp của đơn vị khác."}.get(status, "")
        out.append(UnitStatus(
            no=no, code=c.code, name=c.name, kind=c.kind, status=status, late=late,
            draft=status == ReportStatus.DU_THAO, generated_at=made, received_at=read,
            fingerprint=f"{rnd.getrandbits(64):016x}" if sent else "",
            file_name=f"bao-cao-{c.code}.xlsx" if sent else "", reason=reason, key_state=key, key_code=code,
            received_on=day, received_from="tệp" if day else ""))
    return out


def signatures(rows: list[UnitStatus], seed: int = 12) -> dict:
    rnd = random.Random(seed)
    verdicts = [PdfVerdict.HOP_LE, PdfVerdict.HOP_LE, PdfVerdict.CHUA_KY, PdfVerdict.DA_BI_SUA]
    return {u.code: checked(u.code, rnd.choice(verdicts)) for u in rows if u.file_name and rnd.random() < 0.4}


def show(window) -> Completeness:
    """The window's status table and header on these units, as `refresh` sets them."""
    period = parse_period(PERIOD)
    rows = units(window.office.catalog)
    window.completeness = Completeness(period, period.deadline(window.office.settings.rules), rows)
    window.model.signatures = signatures(rows)
    window.model.set_rows(rows)
    window._show_completeness()
    window.tabs.setCurrentIndex(0)
    return window.completeness
