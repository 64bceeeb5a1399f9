"""Intake: the province reads a folder of e-mailed submission files and classifies each.

Each file is read by the one submission reader (`exports.submission_reader.examine`,
which `chitieu verify` uses too), then judged for the period being received and the
province's list of units, then stored. The classes are `FileClass`:

- Hợp lệ: received (a draft, "Dự thảo", is received too and marked as such);
- Trùng: the same unit and period as a submission already received. The one generated
  later is kept, the other stays in the history; the same file (same fingerprint) read
  again changes nothing and says it was already received;
- Đã bị sửa, Sai kỳ, Không phải tệp báo cáo, Phiên bản không hỗ trợ, Tệp hỏng: refused,
  with the reason.

Each file is one transaction (its received row, the switch of the kept version and its
log row together), so a refused or interrupted file leaves nothing half-imported, and a
folder can be read again any number of times with the same outcome.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Callable

from db.store import IntakeLogRow, ReceivedRow, now
from desktop_app.bulk import collector_paused
from desktop_app.core.errors import ChiTieuError, NotFound
from desktop_app.core.intake import (
    FileClass,
    FileResult,
    IntakeRun,
    is_late,
    later,
    when_text,
)
from desktop_app.core.periods import Period, PeriodRules, format_date, parse_period
from desktop_app.core.recompute import check_values
from desktop_app.core.submission import Submission, document_json
from exports.submission_reader import examine

Progress = Callable[[int, int, str], None]


def list_files(folder: str | Path) -> list[Path]:
    """The files of the folder (not its sub-folders, not hidden files), by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"Không có thư mục {folder}.", field="Thư mục")
    with os.scandir(folder) as it:
        files = [Path(e.path) for e in it if not e.name.startswith(".") and e.is_file()]
    return sorted(files, key=lambda p: p.name.casefold())


class Intake:
    """Reads files into a province store. `catalog` gives the known units; `rules` the deadlines."""

    def __init__(self, store, catalog, rules: PeriodRules, user: str):
        self.store = store
        self.catalog = catalog
        self.rules = rules
        self.user = user

    def read_file(self, path: Path, period: Period) -> tuple[FileResult, Submission | None]:
        """Classify one file for `period` without writing anything: (result, submission if received)."""
        result, sub = examine(path)
        if sub is None:
            return result, None
        name = result.file_name
        try:
            file_period = parse_period(sub.period)
        except ChiTieuError:
            return replace(result, class_=FileClass.SAI_KY,
                           reason=f"Tệp {name} ghi kỳ báo cáo \"{sub.period[:40]}\" không hợp lệ."), None
        if file_period != period:
            return replace(result, class_=FileClass.SAI_KY, reason=(
                f"Tệp {name} là báo cáo {file_period.name} ({file_period.code}) của {sub.unit_name}, "
                f"không phải kỳ đang nhận {period.name} ({period.code}).")), None
        try:
            unit = self.catalog.commune_by_code(sub.unit_code)
        except ChiTieuError:
            return replace(result, class_=FileClass.KHONG_PHAI, reason=(
                f"Tệp {name} của đơn vị mã {sub.unit_code[:20]} ({sub.unit_name[:80]}) không có trong danh sách "
                f"{len(self.catalog.communes)} xã, phường của tỉnh.")), None
        problems = check_values(self.catalog, unit, sub)
        if problems:  # the commune's entry form would have refused them: not made by the program
            return replace(result, class_=FileClass.DA_BI_SUA, reason=(
                f"Số liệu trong tệp {name} ({unit.name}) không hợp lệ: " + "; ".join(problems[:3])
                + ("; …" if len(problems) > 3 else "") + ". Phần mềm không cho nhập những số này: tệp đã "
                "bị sửa hoặc không do phần mềm lập. Không nhận.")), None
        return replace(result, unit_name=unit.name, late=is_late(sub.generated_at, period, self.rules)), sub

    def store_file(self, run_id: int, result: FileResult, sub: Submission | None) -> FileResult:
        """Write one file's outcome in one transaction; returns the final result."""
        store = self.store
        at = now()
        with store.transaction():
            if result.class_ == FileClass.HOP_LE and sub is not None:
                decided, current = self._decide(result, sub)
                if decided.get("new"):
                    rid = store.add_received(ReceivedRow(
                        None, sub.unit_code, sub.period, result.fingerprint, sub.generated_at, at,
                        result.file_name, result.sha256, int(sub.approved), decided["class_"],
                        decided["reason"], sub.catalog_version, 1 if decided["kept"] else 0),
                        sub.canonical.decode("utf-8"), document_json(sub))
                    if decided["kept"]:  # the versions current until now (read in this transaction)
                        for old in current:
                            if old.id != rid:
                                store.set_received_current(old.id, False)
                    decided["received_id"] = rid
                result = replace(result, **decided)
            store.add_intake_log(IntakeLogRow(
                None, run_id, at, result.file_name, result.sha256 or None, result.size,
                result.class_, result.reason, result.unit_code or None, result.period or None,
                result.fingerprint or None, result.received_id))
        return result

    def _decide(self, result: FileResult, sub: Submission) -> tuple[dict, list]:
        """The changes to `result`: Hợp lệ, or Trùng against what is already received for the
        unit and period; and the versions of the unit and period current until now."""
        p = parse_period(sub.period)
        # one query: every version of the unit and period (the same fingerprint is unique)
        versions = self.store.received(sub.period, unit_code=sub.unit_code, current_only=False)
        same = next((v for v in versions if v.fingerprint == result.fingerprint), None)
        current = [v for v in versions if v.current]
        short = result.fingerprint[:16]
        if same is not None:
            return dict(class_=FileClass.TRUNG, kept=bool(same.current), received_id=same.id, reason=(
                f"Đã nhận trước đó: {result.unit_name}, {p.name}, mã xác thực {short} "
                f"(tệp {same.file_name}, nhận lúc {when_text(same.received_at)}). Không nhập lại.")), current
        state = " Bản DỰ THẢO (chưa được Lãnh đạo duyệt)." if not sub.approved else ""
        if sub.catalog_version != self.catalog.version:
            state += (f" Lập theo bộ chỉ tiêu {sub.catalog_version} (tỉnh đang dùng {self.catalog.version}): "
                      "đơn vị chưa nhập bản cập nhật bộ chỉ tiêu.")
        late = (f" Trễ hạn: lập lúc {when_text(sub.generated_at)}, hạn {format_date(p.deadline(self.rules))}."
                if result.late else "")
        if not current:
            return dict(class_=FileClass.HOP_LE, new=True, kept=True, reason=(
                f"Đã nhận {result.unit_name}, {p.name}, mã xác thực {short}.{state}{late}")), current
        old = current[-1]
        if later(sub.generated_at, old.generated_at) or sub.generated_at == old.generated_at:
            return dict(class_=FileClass.TRUNG, new=True, kept=True, reason=(
                f"Trùng đơn vị và kỳ với tệp {old.file_name} đã nhận (lập lúc {when_text(old.generated_at)}). "
                f"Giữ bản lập sau: tệp này (lập lúc {when_text(sub.generated_at)}, mã xác thực "
                f"{short}); bản trước được lưu trong lịch sử.{state}{late}")), current
        return dict(class_=FileClass.TRUNG, new=True, kept=False, reason=(
            f"Trùng đơn vị và kỳ với tệp {old.file_name} đã nhận. Giữ bản lập sau: tệp {old.file_name} "
            f"(lập lúc {when_text(old.generated_at)}); tệp này (lập lúc {when_text(sub.generated_at)}) được lưu "
            "trong lịch sử.")), current

    @collector_paused()
    def run(self, folder: str | Path, period: str | Period, *, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None,
            on_result: Callable[[FileResult], None] | None = None) -> IntakeRun:
        """Read every file of `folder` for `period`. `on_result` is called after each file
        (the window adds a row as each file is read)."""
        p = parse_period(period)
        files = list_files(folder)
        with self.store.transaction():
            run_id = self.store.add_intake_run(str(folder), p.code, self.user)
        run = IntakeRun(run_id, str(folder), p.code)
        total = len(files)
        try:
            for n, path in enumerate(files):
                if cancelled and cancelled():
                    run.cancelled = True
                    break
                if progress:
                    progress(n, total, f"Đang đọc {path.name} ({n + 1}/{total})")
                result = self.store_file(run_id, *self.read_file(path, p))
                run.results.append(result)
                if on_result:
                    on_result(result)
        finally:
            accepted = sum(r.accepted for r in run.results)
            with self.store.transaction():
                self.store.finish_intake_run(run_id, len(run.results), accepted,
                                             len(run.results) - accepted, run.cancelled)
        if progress:
            progress(len(run.results), total, run.summary_text)
        return run
