"""Province mode: the same application, run by the province office on its own database.

It never holds commune entries. It receives the communes' submission files
(`desktop_app.intake`), shows who has sent, who is late and who is missing
(`ProvinceOffice.completeness`), consolidates the received figures into one model
(`Consolidation`) that the exports write as a workbook shaped like Phụ lục 2, a
Decree-30 summary report, DHIS2 and ADX files, and edits and publishes the catalogue
(`desktop_app.catalog_update`). Qt-free: the window and the CLI call the same methods.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable

from desktop_app.bulk import collector_paused
from desktop_app.catalog import Catalog, Commune, Indicator
from desktop_app.errors import InvalidInput, NotPermitted
from desktop_app.evaluation import Verdict
from desktop_app.intake import ACCEPTED, REFUSED, FileResult, Intake, IntakeRun, is_late
from desktop_app.numbers import format_number
from desktop_app.periods import Period, PeriodRules, format_date, parse_period
from desktop_app.submission import (
    Item,
    Narrative,
    Submission,
    date_words,
    item_from_fields,
)
from desktop_app.users import Permission

MODE_KEY = "mode"
MODE_PROVINCE = "province"
MODE_COMMUNE = "commune"

# Statuses of a unit in the completeness table.
DA_NHAN = "Đã nhận"
TRE_HAN = "Trễ hạn"
DU_THAO = "Dự thảo"
BI_TU_CHOI = "Bị từ chối"
CHUA_GUI = "Chưa gửi"
STATUSES = (DA_NHAN, TRE_HAN, DU_THAO, BI_TU_CHOI, CHUA_GUI)

CHUA_BAO_CAO = "Chưa báo cáo"
# Columns of the per-indicator counts, in order.
COUNT_COLUMNS = (Verdict.VUOT.value, Verdict.DAT.value, Verdict.KHONG_DAT.value,
                 Verdict.DANG_THUC_HIEN.value, "Khác", CHUA_BAO_CAO)

DEFAULT_ISSUER = ("ỦY BAN NHÂN DÂN", "TỈNH THÁI NGUYÊN")


def mode_of(store) -> str | None:
    """"province", "commune" or None (a new database: the mode is chosen at first run)."""
    mode = store.get_setting(MODE_KEY)
    if mode:
        return mode
    if store.get_setting("commune_code") or store.has_commune_data():
        return MODE_COMMUNE
    return None


def is_province(ws) -> bool:
    return mode_of(ws.store) == MODE_PROVINCE


@dataclass(frozen=True)
class ProvinceSettings:
    issuer: tuple[str, str] = DEFAULT_ISSUER  # the issuing body, two lines in capitals
    place: str = "Thái Nguyên"
    preparer: str = ""
    signer: str = ""
    signer_title: str = "Phó Chủ tịch"
    doc_symbol: str = "BC-UBND"
    recipient: str = "Ban Thường vụ Tỉnh ủy Thái Nguyên"
    rules: PeriodRules = PeriodRules()


# --- rebuilding a stored submission ------------------------------------------------------

def submission_from_json(canonical_text: str, document_text: str) -> Submission:
    """The submission the province stored (canonical JSON + the document's other parts)."""
    import orjson  # the same values as json.loads, twice as fast: consolidation reads thousands

    c = orjson.loads(canonical_text)
    d = orjson.loads(document_text or "{}")
    items = []
    for i in c["items"]:
        i["notes"] = tuple(i["notes"])
        items.append(item_from_fields(i))  # the stored item has exactly the Item's fields
    items.sort(key=lambda i: (not i.assigned, i.no))
    report_date = None
    if d.get("report_date"):
        report_date = dt.date.fromisoformat(d["report_date"])
    return Submission(
        unit_code=c["unit"]["code"], unit_name=c["unit"]["name"], unit_kind=c["unit"]["kind"],
        period=c["period"], catalog_version=c["catalog_version"], items=tuple(items),
        narratives=tuple(Narrative(n["section"], n["title"], n["text"]) for n in c["narratives"]),
        preparer=d.get("preparer", ""), signer=d.get("signer", ""),
        signer_title=d.get("signer_title", "Chủ tịch"), doc_symbol=d.get("doc_symbol", "BC-UBND"),
        doc_number=d.get("doc_number", ""), report_date=report_date,
        generated_at=d.get("generated_at", ""), app_version=d.get("app_version", ""),
        approved=bool(d.get("approved")), format_version=d.get("format_version", 1),
    )


# --- completeness ----------------------------------------------------------------------------

@dataclass(frozen=True)
class UnitStatus:
    no: int
    code: str
    name: str
    kind: str
    status: str
    late: bool = False
    draft: bool = False
    generated_at: str = ""
    received_at: str = ""
    fingerprint: str = ""
    file_name: str = ""
    reason: str = ""  # why the last file of a refused unit was refused

    @property
    def received(self) -> bool:
        return self.status in (DA_NHAN, TRE_HAN, DU_THAO)

    @property
    def missing(self) -> bool:
        return not self.received

    @property
    def status_text(self) -> str:
        if self.status == DU_THAO and self.late:
            return f"{DU_THAO}, trễ hạn"
        return self.status


@dataclass(frozen=True)
class Completeness:
    period: Period
    deadline: dt.date
    units: list[UnitStatus]

    @property
    def total(self) -> int:
        return len(self.units)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "total": self.total,
            "received": sum(u.received for u in self.units),
            "late": sum(u.received and u.late for u in self.units),
            "draft": sum(u.draft for u in self.units),
            "refused": sum(u.status == BI_TU_CHOI for u in self.units),
            "missing": sum(u.missing for u in self.units),
        }

    @property
    def text(self) -> str:
        """"Đã nhận 87/92, trễ hạn 3, chưa gửi 5" (and drafts, refusals when any)."""
        c = self.counts
        text = f"Đã nhận {c['received']}/{c['total']}, trễ hạn {c['late']}, chưa gửi {c['missing']}"
        if c["draft"]:
            text += f", dự thảo {c['draft']}"
        if c["refused"]:
            text += f" (trong đó {c['refused']} đơn vị có tệp bị từ chối)"
        return text

    @property
    def missing_units(self) -> list[UnitStatus]:
        return [u for u in self.units if u.missing]

    def missing_names(self) -> list[str]:
        return [u.name for u in self.missing_units]

    def reminder_text(self) -> str:
        """The missing units' names, ready to paste into a reminder e-mail."""
        names = self.missing_names()
        if not names:
            return f"Đã nhận đủ báo cáo {self._period_words()} của {self.total} xã, phường."
        lines = [f"Các xã, phường chưa gửi báo cáo {self._period_words()} (hạn gửi "
                 f"{format_date(self.deadline)}): {len(names)} đơn vị."]
        lines += [f"{n}. {name}" for n, name in enumerate(names, 1)]
        return "\n".join(lines)

    def _period_words(self) -> str:
        name = self.period.name
        return name[:1].lower() + name[1:]

    def as_json(self) -> dict:
        return {**self.counts, "text": self.text, "deadline": self.deadline.isoformat(),
                "missing_units": [{"code": u.code, "name": u.name, "status": u.status}
                                  for u in self.missing_units]}


# --- consolidation -----------------------------------------------------------------------------

@dataclass(frozen=True)
class IndicatorSummary:
    indicator: Indicator
    applicable: int  # units the indicator exists for
    counts: dict[str, int]
    total: Decimal | None = None  # the province-wide figure, when one makes sense
    total_label: str = ""  # "Tổng", "Tỷ lệ chung", "Bình quân", "Số đơn vị Có"

    @property
    def met(self) -> int:
        return self.counts[Verdict.VUOT.value] + self.counts[Verdict.DAT.value]

    @property
    def met_share(self) -> Decimal | None:
        """Percent of the units the indicator applies to that met (Vượt or Đạt) the target."""
        if not self.applicable:
            return None
        return (Decimal(self.met) * 100 / Decimal(self.applicable)).quantize(Decimal("0.01"))

    @property
    def total_text(self) -> str:
        if self.total is None:
            return ""
        return format_number(self.total, max(self.indicator.decimals, 2 if self.indicator.unit == "%" else 0))


@dataclass(frozen=True)
class UnitResult:
    commune: Commune
    status: UnitStatus
    submission: Submission | None

    def item(self, code: str) -> Item | None:
        if self.submission is None:
            return None
        return next((i for i in self.submission.items if i.code == code), None)


@dataclass(frozen=True)
class Consolidation:
    period: Period
    catalog: Catalog
    settings: ProvinceSettings
    completeness: Completeness
    units: list[UnitResult]
    assigned: list[Indicator]
    supplementary: list[Indicator]
    summaries: dict[str, IndicatorSummary]
    intake_log: list = field(default_factory=list)  # IntakeLogRow of the period, oldest first
    generated_at: str = ""
    items: dict = field(default_factory=dict)  # (unit code, indicator code) -> Item

    def item(self, unit_code: str, code: str) -> Item | None:
        return self.items.get((unit_code, code))

    @property
    def title(self) -> str:
        """The report's summary line."""
        name = self.period.name
        return ("Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường "
                + name[:1].lower() + name[1:])


def _dec(text: str | None) -> Decimal | None:
    if text is None or text == "":
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def indicator_total(ind: Indicator, items: list[Item]) -> tuple[Decimal | None, str]:
    """The province-wide figure of one indicator over the received items."""
    if ind.kind in ("ratio", "ratio_of_baseline"):
        num = den = Decimal(0)
        any_ = False
        for i in items:
            n = _dec(i.numerator)
            d = _dec(i.denominator if ind.kind == "ratio" else i.baseline)
            if n is not None and d:
                num, den, any_ = num + n, den + d, True
        if not any_ or not den:
            return None, "Tỷ lệ chung"
        return (num * 100 / den).quantize(Decimal("0.01")), "Tỷ lệ chung"
    try:  # stated figures are decimals: all at once, each apart only if one is not
        values = [Decimal(i.value) for i in items if i.value]
    except InvalidOperation:
        values = [v for v in (_dec(i.value) for i in items) if v is not None]
    if ind.kind == "boolean":
        return (Decimal(sum(v == 1 for v in values)) if values else None), "Số đơn vị Có"
    if not values:
        return None, "Tổng" if ind.kind in ("amount", "count_vs_last_year") else "Bình quân"
    if ind.kind in ("amount", "count_vs_last_year") and ind.unit != "%":
        return sum(values, Decimal(0)), "Tổng"
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01")), "Bình quân"


_UNREPORTED = frozenset((None, "", Verdict.CHUA_NHAP.value))
_COUNTED = frozenset((Verdict.VUOT.value, Verdict.DAT.value, Verdict.KHONG_DAT.value,
                      Verdict.DANG_THUC_HIEN.value))


def count_category(verdict: str | None) -> str:
    # the enum's values looked up once (an Enum member's .value is a descriptor call)
    if verdict in _UNREPORTED:
        return CHUA_BAO_CAO
    if verdict in _COUNTED:
        return verdict
    return "Khác"


# --- the office ----------------------------------------------------------------------------------

class ProvinceOffice:
    """The province's database and its actions (wraps a Workspace for accounts and settings)."""

    # The submissions intake stored, by received id, so that a consolidation right after it
    # does not read them back (a received row never changes but for its "current" flag).
    STORED_KEPT = 20_000

    def __init__(self, workspace, stored: dict | None = None):
        self.ws = workspace
        self._stored: dict = {} if stored is None else stored

    @classmethod
    def open(cls, data_dir=None, user: str | None = None) -> "ProvinceOffice":
        from desktop_app.services import Workspace

        return cls(Workspace.open(data_dir, user))

    def close(self) -> None:
        self.ws.close()

    def for_thread(self) -> "ProvinceOffice":
        """The same database on a new connection (a worker thread opens its own), logged in as
        the same account."""
        from db.store import Store
        from desktop_app.services import Workspace

        ws = Workspace(Store(self.ws.store.path), self.ws._os_user)
        ws.account = self.ws.account
        return ProvinceOffice(ws, self._stored)  # one memory of stored submissions for both

    @property
    def store(self):
        return self.ws.store

    @property
    def catalog(self) -> Catalog:
        return self.ws.catalog

    def reload_catalog(self) -> None:
        self.ws.catalog = Catalog(self.store.current_catalog())

    # --- mode and settings ----------------------------------------------------------------
    @property
    def is_set_up(self) -> bool:
        return mode_of(self.store) == MODE_PROVINCE

    def setup(self, preparer: str = "", signer: str = "", signer_title: str = "Phó Chủ tịch",
              doc_prefix: str = "UBND", issuer: tuple[str, str] | None = None,
              recipient: str | None = None) -> ProvinceSettings:
        """Choose province mode (first run or Settings), and who prepares and signs."""
        from desktop_app.services import _name, _signer_title
        from desktop_app.submission import clean_text

        self.ws.require(Permission.SETTINGS)
        mode = mode_of(self.store)
        if mode == MODE_COMMUNE:
            raise InvalidInput(
                "Cơ sở dữ liệu này đang dùng cho một xã, phường (đã có số liệu hoặc đã chọn đơn vị); "
                "chế độ cấp tỉnh dùng cơ sở dữ liệu riêng. Hãy chạy với --data-dir THƯ_MỤC_KHÁC.",
                field="Chế độ")
        values = {MODE_KEY: MODE_PROVINCE, "doc_prefix": clean_text(doc_prefix) or "UBND",
                  "signer_title": _signer_title(signer_title)}
        if preparer:
            values["preparer"] = _name(preparer, "Người lập biểu")
        if signer:
            values["signer"] = _name(signer, "Người ký")
        if issuer:
            lines = [clean_text(t).upper() for t in issuer if clean_text(t)]
            if len(lines) != 2:
                raise InvalidInput("Cơ quan ban hành: ghi hai dòng, ví dụ ỦY BAN NHÂN DÂN / TỈNH THÁI NGUYÊN.",
                                   field="Cơ quan ban hành")
            values["province_issuer"] = lines
        if recipient:
            values["province_recipient"] = clean_text(recipient)
        self.ws._write_settings(values)
        return self.settings

    @property
    def settings(self) -> ProvinceSettings:
        from desktop_app.submission import doc_symbol

        s = self.store.settings()
        rules = s.get("period_rules")
        issuer = s.get("province_issuer") or DEFAULT_ISSUER
        return ProvinceSettings(
            issuer=tuple(issuer), preparer=s.get("preparer", ""), signer=s.get("signer", ""),
            signer_title=s.get("signer_title", "Phó Chủ tịch"),
            doc_symbol=doc_symbol(s.get("doc_prefix", "UBND")),
            recipient=s.get("province_recipient") or ProvinceSettings.recipient,
            rules=PeriodRules(**rules) if rules else PeriodRules(),
        )

    def _require_province(self) -> None:
        if not self.is_set_up:
            raise NotPermitted("Cơ sở dữ liệu này chưa ở chế độ cấp tỉnh. Chạy: chitieu --data-dir THƯ_MỤC "
                               "province-setup (hoặc chọn \"Cấp tỉnh\" khi mở lần đầu).", field="Chế độ")

    # --- intake ----------------------------------------------------------------------------
    def intake(self, folder, period: str | Period, *, progress=None, cancelled=None,
               on_result: Callable[[FileResult], None] | None = None,
               fast_sync: bool = True) -> IntakeRun:
        """Nhận báo cáo từ thư mục: read and classify every file of `folder`.

        With `fast_sync` the commits of this run are not each flushed to the disk
        (SQLite synchronous=NORMAL in WAL mode) and the log is not copied into the database
        every thousand pages, but once, by the checkpoint that follows the run (in a thread,
        overlapping what the office does next) and makes all of it durable: a power cut
        before it ends may lose files read, never corrupt the database, and reading the
        folder again restores them (intake is idempotent); the settings are put back after
        the run.
        """
        self._require_province()
        self.ws.require(Permission.ENTER)
        p = period if isinstance(period, Period) else parse_period(period)
        intake = Intake(self.store, self.catalog, self.settings.rules, self.ws.user)
        conn = self.store.conn
        if fast_sync:
            auto = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA wal_autocheckpoint = 0")
        if len(self._stored) > self.STORED_KEPT:
            self._stored.clear()
        try:
            return intake.run(folder, p, progress=progress, cancelled=cancelled, on_result=on_result,
                              keep_submissions=self._stored)
        finally:
            if fast_sync:
                conn.execute(f"PRAGMA wal_autocheckpoint = {int(auto)}")
                conn.execute("PRAGMA synchronous = FULL")
                self.store.checkpoint_soon()

    # --- completeness ------------------------------------------------------------------------
    def completeness(self, period: str | Period) -> Completeness:
        self._require_province()
        p = period if isinstance(period, Period) else parse_period(period)
        rules = self.settings.rules
        received = {r.unit_code: r for r in self.store.received(p.code)}
        refused: dict[str, object] = {}
        for log in self.store.intake_log(period=p.code, classes=REFUSED):
            if log.unit_code:
                refused[log.unit_code] = log
        units = []
        for c in self.catalog.communes:
            r = received.get(c.code)
            if r is not None:
                late = is_late(r.generated_at, p, rules)
                draft = not r.approved
                status = DU_THAO if draft else (TRE_HAN if late else DA_NHAN)
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, status, late, draft, r.generated_at,
                                        r.received_at, r.fingerprint, r.file_name))
            elif c.code in refused:
                log = refused[c.code]
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, BI_TU_CHOI, file_name=log.file_name,
                                        reason=f"{log.class_}: {log.reason}", received_at=log.at or ""))
            else:
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, CHUA_GUI))
        return Completeness(p, p.deadline(rules), units)

    # --- consolidation -----------------------------------------------------------------------
    def submissions(self, period: str | Period) -> dict[str, Submission]:
        """The kept submission of every unit that sent one for the period."""
        p = period if isinstance(period, Period) else parse_period(period)
        current = self.store.current_received_ids(p.code)  # (id, unit code), by unit code
        kept = {i: self._stored.get(i) for i, _ in current}  # one look-up each: another thread may clear it
        documents = self.store.received_documents_by_id([i for i, sub in kept.items() if sub is None])
        return {unit: kept[i] or submission_from_json(*documents[i]) for i, unit in current}

    @collector_paused()
    def consolidation(self, period: str | Period, *, progress=None, cancelled=None) -> Consolidation:
        """Everything the consolidated outputs print, from the stored submissions."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = period if isinstance(period, Period) else parse_period(period)
        completeness = self.completeness(p)
        subs = self.submissions(p)
        return consolidate(p, self.catalog, self.settings, completeness, subs,
                           self.store.intake_log(run_period=p.code))

    # Each export consolidates the period, unless given the consolidation already made (the
    # command line writes up to four files from one).
    def export_xlsx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        from exports.consolidated_xlsx import write_consolidated

        self.ws.require(Permission.EXPORT)
        return write_consolidated(consolidation or self.consolidation(period), path)

    def export_pdf(self, period, path, *, doc_number: str = "", report_date: dt.date | None = None,
                   consolidation: Consolidation | None = None) -> Path:
        from exports.consolidated_pdf import write_consolidated_pdf

        self.ws.require(Permission.EXPORT)
        return write_consolidated_pdf(consolidation or self.consolidation(period), path, doc_number=doc_number,
                                      report_date=report_date)

    def export_dhis2(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        from exports.dhis2 import write_data_value_sets

        self.ws.require(Permission.EXPORT)
        return write_data_value_sets(consolidation or self.consolidation(period), path)

    def export_adx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        from exports.dhis2 import write_adx

        self.ws.require(Permission.EXPORT)
        return write_adx(consolidation or self.consolidation(period), path)


def consolidate(p: Period, catalog: Catalog, settings: ProvinceSettings, completeness: Completeness,
                subs: dict[str, Submission], intake_log: list | None = None) -> Consolidation:
    status = {u.code: u for u in completeness.units}
    units = [UnitResult(c, status[c.code], subs.get(c.code)) for c in catalog.communes]
    items: dict[tuple[str, str], Item] = {}
    for code, sub in subs.items():
        for it in sub.items:
            items[(code, it.code)] = it
    assigned = [i for i in catalog.indicators if i.assigned]
    supplementary = [i for i in catalog.indicators if not i.assigned]
    # Each stated item counted once, under its indicator, when the indicator applies to its
    # unit; every other unit the indicator applies to has not reported it.
    kind_of = {c.code: c.kind for c in catalog.communes}
    units_of_kind: dict[str, int] = {}
    for c in catalog.communes:
        units_of_kind[c.kind] = units_of_kind.get(c.kind, 0) + 1
    indicators = {ind.code: ind for ind in catalog.indicators}
    present: dict[str, list[Item]] = {ind.code: [] for ind in catalog.indicators}
    for (code, icode), it in items.items():
        ind = indicators.get(icode)
        if ind is not None and kind_of.get(code) in ind.applies_to:
            present[icode].append(it)
    summaries = {}
    for ind in catalog.indicators:
        applicable = sum(units_of_kind.get(k, 0) for k in set(ind.applies_to))
        counts = {c: 0 for c in COUNT_COLUMNS}
        for it in present[ind.code]:
            counts[count_category(it.verdict)] += 1
        counts[CHUA_BAO_CAO] += applicable - len(present[ind.code])
        total, label = indicator_total(ind, present[ind.code])
        summaries[ind.code] = IndicatorSummary(ind, applicable, counts, total, label)
    return Consolidation(p, catalog, settings, completeness, units, assigned, supplementary, summaries,
                         list(intake_log or []),
                         dt.datetime.now().astimezone().isoformat(timespec="seconds"), items)


def report_date_words(d: dt.date) -> str:
    return date_words(d)


__all__ = [
    "ACCEPTED", "BI_TU_CHOI", "CHUA_GUI", "Completeness", "Consolidation", "DA_NHAN", "DU_THAO",
    "IndicatorSummary", "ProvinceOffice", "ProvinceSettings", "TRE_HAN", "UnitResult", "UnitStatus",
    "consolidate", "is_province", "mode_of", "submission_from_json",
]
