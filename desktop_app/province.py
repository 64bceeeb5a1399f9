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
from pathlib import Path
from typing import Callable

from desktop_app.bulk import collector_paused
from desktop_app.core.catalog import Catalog
from desktop_app.core.consolidation import (
    DEFAULT_ISSUER,
    Completeness,
    Consolidation,
    ProvinceSettings,
    ReportStatus,
    UnitStatus,
    consolidate,
)
from desktop_app.core.errors import InvalidInput, NotPermitted
from desktop_app.core.intake import REFUSED, FileResult, IntakeRun, is_late
from desktop_app.core.periods import Period, PeriodRules, parse_period
from desktop_app.core.submission import (
    Submission,
    doc_symbol,
    submission_from_json,
)
from desktop_app.core.users import Permission
from desktop_app.core.validation import clean_text, parse_name, parse_signer_title
from desktop_app.intake import Intake
from desktop_app.services import Workspace
from exports.consolidated_pdf import write_consolidated_pdf
from exports.consolidated_xlsx import write_consolidated
from exports.dhis2 import write_adx, write_data_value_sets

MODE_KEY = "mode"
MODE_PROVINCE = "province"
MODE_COMMUNE = "commune"

def mode_of(store) -> str | None:
    """"province", "commune" or None (a new database: the mode is chosen at first run)."""
    mode = store.get_setting(MODE_KEY)
    if mode:
        return mode
    if store.get_setting("commune_code") or store.has_commune_data():
        return MODE_COMMUNE
    return None


# --- the office ----------------------------------------------------------------------------------

class ProvinceOffice:
    """The province's database and its actions (wraps a Workspace for accounts and settings)."""

    def __init__(self, workspace: Workspace):
        self.ws = workspace

    @classmethod
    def open(cls, data_dir=None, user: str | None = None) -> "ProvinceOffice":
        return cls(Workspace.open(data_dir, user))

    def close(self) -> None:
        self.ws.close()

    def for_thread(self) -> "ProvinceOffice":
        """The same office on a connection of its own, for a worker thread."""
        return ProvinceOffice(self.ws.for_thread())

    @property
    def store(self):
        return self.ws.store

    @property
    def catalog(self) -> Catalog:
        return self.ws.catalog

    # --- mode and settings ----------------------------------------------------------------
    @property
    def is_set_up(self) -> bool:
        return mode_of(self.store) == MODE_PROVINCE

    def setup(self, preparer: str = "", signer: str = "", signer_title: str = "Phó Chủ tịch",
              doc_prefix: str = "UBND", issuer: tuple[str, str] | None = None,
              recipient: str | None = None) -> ProvinceSettings:
        """Choose province mode (first run or Settings), and who prepares and signs."""
        self.ws.require(Permission.SETTINGS)
        mode = mode_of(self.store)
        if mode == MODE_COMMUNE:
            raise InvalidInput(
                "Cơ sở dữ liệu này đang dùng cho một xã, phường (đã có số liệu hoặc đã chọn đơn vị); "
                "chế độ cấp tỉnh dùng cơ sở dữ liệu riêng. Hãy chạy với --data-dir THƯ_MỤC_KHÁC.",
                field="Chế độ")
        values = {MODE_KEY: MODE_PROVINCE, "doc_prefix": clean_text(doc_prefix) or "UBND",
                  "signer_title": parse_signer_title(signer_title)}
        if preparer:
            values["preparer"] = parse_name(preparer, "Người lập biểu")
        if signer:
            values["signer"] = parse_name(signer, "Người ký")
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
               on_result: Callable[[FileResult], None] | None = None) -> IntakeRun:
        """Nhận báo cáo từ thư mục: read and classify every file of `folder`.

        The run's commits are not each flushed to the disk (`Store.bulk_writes`): a power
        cut may lose files read in it, never corrupt the database, and reading the folder
        again restores them (intake is idempotent)."""
        self._require_province()
        self.ws.require(Permission.ENTER)
        p = parse_period(period)
        intake = Intake(self.store, self.catalog, self.settings.rules, self.ws.user)
        with self.store.bulk_writes():
            return intake.run(folder, p, progress=progress, cancelled=cancelled, on_result=on_result)

    # --- completeness ------------------------------------------------------------------------
    def completeness(self, period: str | Period) -> Completeness:
        self._require_province()
        p = parse_period(period)
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
                status = ReportStatus.DU_THAO if draft else (ReportStatus.TRE_HAN if late else ReportStatus.DA_NHAN)
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, status, late, draft, r.generated_at,
                                        r.received_at, r.fingerprint, r.file_name))
            elif c.code in refused:
                log = refused[c.code]
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.BI_TU_CHOI, file_name=log.file_name,
                                        reason=f"{log.class_}: {log.reason}", received_at=log.at or ""))
            else:
                units.append(UnitStatus(c.no, c.code, c.name, c.kind, ReportStatus.CHUA_GUI))
        return Completeness(p, p.deadline(rules), units)

    # --- consolidation -----------------------------------------------------------------------
    def submissions(self, period: str | Period) -> dict[str, Submission]:
        """The kept submission of every unit that sent one for the period."""
        p = parse_period(period)
        return {row.unit_code: submission_from_json(canonical, document)
                for row, canonical, document in self.store.received_documents(p.code)}

    @collector_paused()
    def consolidation(self, period: str | Period, *, progress=None, cancelled=None) -> Consolidation:
        """Everything the consolidated outputs print, from the stored submissions."""
        self._require_province()
        self.ws.require(Permission.VIEW)
        p = parse_period(period)
        completeness = self.completeness(p)
        subs = self.submissions(p)
        return consolidate(p, self.catalog, self.settings, completeness, subs,
                           self.store.intake_log(run_period=p.code))

    # Each export consolidates the period, unless given the consolidation already made (the
    # command line writes up to four files from one).
    @collector_paused()
    def export_xlsx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_consolidated(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_pdf(self, period, path, *, doc_number: str = "", report_date: dt.date | None = None,
                   consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_consolidated_pdf(consolidation or self.consolidation(period), path, doc_number=doc_number,
                                      report_date=report_date)

    @collector_paused()
    def export_dhis2(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_data_value_sets(consolidation or self.consolidation(period), path)

    @collector_paused()
    def export_adx(self, period, path, *, consolidation: Consolidation | None = None) -> Path:
        self.ws.require(Permission.EXPORT)
        return write_adx(consolidation or self.consolidation(period), path)


