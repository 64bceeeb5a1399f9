"""Intake: the province reads a folder of e-mailed submission files and classifies each.

Every file gets one class, with its reason in Vietnamese:

- ``Hợp lệ``: received (a draft, "Dự thảo", is received too and marked as such);
- ``Trùng``: the same unit and period as a submission already received. The one
  generated later is kept, the other stays in the history; the same file (same
  fingerprint) read again changes nothing and says it was already received;
- ``Đã bị sửa``: the fingerprint does not match the data (refused);
- ``Sai kỳ``: a submission for another period than the one being received (refused);
- ``Không phải tệp báo cáo``: a readable file that is not a submission of this app, or
  of a unit not in the catalogue (refused);
- ``Phiên bản không hỗ trợ``: a newer file format than this app reads (refused);
- ``Tệp hỏng``: unreadable, not an xlsx, oversized or a zip bomb (refused without
  reading it all). Damage in a part of the workbook that no one reads (the printed sheet,
  the theme) does not refuse a file whose data reads intact (exports.submission_fast).

Each file is one transaction (its received row, the switch of the kept version and its
log row together), so a refused or interrupted file leaves nothing half-imported, and a
folder can be read again any number of times with the same outcome.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import operator
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from desktop_app import frozen
from desktop_app.bulk import collector_paused
from desktop_app.errors import BadSubmission, ChiTieuError
from desktop_app.periods import Period, PeriodRules, format_date, parse_period
from desktop_app.submission import Submission, canonical_json, fingerprint_payload

HOP_LE = "Hợp lệ"
TRUNG = "Trùng"
DA_BI_SUA = "Đã bị sửa"
SAI_KY = "Sai kỳ"
KHONG_PHAI = "Không phải tệp báo cáo"
PHIEN_BAN = "Phiên bản không hỗ trợ"
TEP_HONG = "Tệp hỏng"

CLASSES = (HOP_LE, TRUNG, DA_BI_SUA, SAI_KY, KHONG_PHAI, PHIEN_BAN, TEP_HONG)
ACCEPTED = (HOP_LE, TRUNG)
REFUSED = (DA_BI_SUA, SAI_KY, KHONG_PHAI, PHIEN_BAN, TEP_HONG)

Progress = Callable[[int, int, str], None]


class IntakeCancelled(ChiTieuError):
    """The user stopped the intake; files already read stay received."""


@dataclass(frozen=True)
class FileResult:
    """What intake decided about one file."""

    file_name: str
    class_: str
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

    @property
    def accepted(self) -> bool:
        return self.class_ in ACCEPTED

    def changed(self, changes: dict) -> "FileResult":
        """`dataclasses.replace(self, **changes)` for what intake decides, once per file,
        without the frozen __init__ (`desktop_app.frozen`)."""
        return frozen.replaced(self, changes)

    # Pickled as its values alone: a reading process sends one back for every file.
    __reduce__ = frozen.reduce

    def as_json(self) -> dict:
        return {
            "file": self.file_name, "class": self.class_, "reason": self.reason,
            "unit_code": self.unit_code or None, "unit_name": self.unit_name or None,
            "period": self.period or None, "fingerprint": self.fingerprint or None,
            "generated_at": self.generated_at or None, "approved": self.approved if self.unit_code else None,
            "late": self.late, "kept": self.kept, "new": self.new,
        }


@dataclass
class IntakeRun:
    run_id: int
    folder: str
    period: str
    results: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, class_: str) -> int:
        return sum(r.class_ == class_ for r in self.results)

    @property
    def counts(self) -> dict[str, int]:
        return {c: self.count(c) for c in CLASSES}

    @property
    def summary_text(self) -> str:
        parts = [f"{c} {n}" for c, n in self.counts.items() if n]
        return f"Đã đọc {len(self.results)} tệp: " + (", ".join(parts) if parts else "không có tệp nào") + "."


def list_files(folder: str | Path) -> list[Path]:
    """The files of the folder (not its sub-folders, not hidden files), by name."""
    folder = Path(folder)
    if not folder.is_dir():
        from desktop_app.errors import NotFound

        raise NotFound(f"Không có thư mục {folder}.", field="Thư mục")
    out = []
    with os.scandir(folder) as it:
        for e in it:
            if e.name.startswith(".") or not e.is_file():
                continue
            out.append(Path(e.path))
    return sorted(out, key=lambda p: p.name.casefold())


def parse_time(text: str) -> dt.datetime | None:
    try:
        t = dt.datetime.fromisoformat((text or "").strip())
    except ValueError:
        return None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))  # Vietnam time
    return t


def is_late(generated_at: str, period: Period, rules: PeriodRules) -> bool:
    """Generated after the end of the period's deadline day (in the file's own time zone)."""
    t = parse_time(generated_at)
    if t is None:
        return False
    return t.date() > period.deadline(rules)


def _later(a: str, b: str) -> bool:
    """Whether generation time `a` is strictly after `b`."""
    ta, tb = parse_time(a), parse_time(b)
    if ta is None or tb is None:
        return (a or "") > (b or "")
    return ta > tb


def quick_canonical_json(sub: Submission) -> bytes:
    """`submission.canonical_json` for a submission read from a file by
    `exports.submission_fast`, whose every text is already NFC (the reader cleans each cell),
    so without the NFC pass, and serialised by orjson (sorted keys, compact, UTF-8, the same
    escapes as json.dumps(ensure_ascii=False)) about five times faster. Intake falls back
    to `canonical_json` whenever the fingerprints differ (and for what orjson refuses, such
    as a lone surrogate), so a file is never judged on this shortcut alone."""
    import orjson

    payload = {**fingerprint_payload(sub, items=False),
               # an item's fields are its payload's keys (orjson writes the tuple of notes
               # as the payload's list): its __dict__ serialises as `_item_payload` does
               "items": sorted((i.__dict__ for i in sub.items), key=_by_code)}
    try:
        return orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # orjson.JSONEncodeError
        return canonical_json(sub)


_by_code = operator.itemgetter("code")


def document_json(sub: Submission) -> str:
    """The parts of a submission its fingerprint does not cover, as stored by the province
    (JSON; older rows were written by json.dumps with spaces, read the same)."""
    import orjson

    return orjson.dumps({
        "preparer": sub.preparer, "signer": sub.signer, "signer_title": sub.signer_title,
        "doc_symbol": sub.doc_symbol, "doc_number": sub.doc_number,
        "report_date": sub.report_date.isoformat() if sub.report_date else "",
        "generated_at": sub.generated_at, "app_version": sub.app_version,
        "approved": sub.approved, "format_version": sub.format_version,
    }, option=orjson.OPT_SORT_KEYS).decode("utf-8")


def _when(text: str) -> str:
    t = parse_time(text)
    return t.strftime("%H:%M %d/%m/%Y") if t else (text or "không rõ")


class Intake:
    """Reads files into a province store. `catalog` gives the known units; `rules` the deadlines."""

    def __init__(self, store, catalog, rules: PeriodRules, user: str):
        self.store = store
        self.catalog = catalog
        self.rules = rules
        self.user = user
        self._canonical: dict[int, str] = {}  # id(submission) -> canonical JSON, between read and store

    # --- one file ------------------------------------------------------------------------
    def read_file(self, path: Path, period: Period) -> tuple[FileResult, Submission | None]:
        """Classify one file without writing anything: (result, submission if readable)."""
        from exports.submission_fast import (
            DamagedFile,
            NotASubmission,
            TamperedFile,
            UnsupportedVersion,
            parse_bytes,
            read_bytes_limited,
        )

        name = path.name
        try:
            data = read_bytes_limited(path)
        except DamagedFile as err:
            size = _size(path)
            return FileResult(name, TEP_HONG, err.message, size=size), None
        base = dict(size=len(data), sha256=hashlib.sha256(data).hexdigest())
        if data.startswith(b"%PDF"):
            return FileResult(name, KHONG_PHAI, (
                f"Tệp {name} là tệp PDF (bản in của báo cáo). Tỉnh nhận số liệu từ tệp Excel .xlsx "
                "gửi kèm cùng tên."), **base), None
        try:
            sub = parse_bytes(data, name)
        except DamagedFile as err:
            return FileResult(name, TEP_HONG, err.message, **base), None
        except UnsupportedVersion as err:
            return FileResult(name, PHIEN_BAN, err.message, **base), None
        except TamperedFile as err:
            return FileResult(name, DA_BI_SUA, err.message + " Tệp đã bị sửa sau khi lập; hãy xin đơn vị "
                              "gửi lại tệp do phần mềm xuất.", **base), None
        except NotASubmission as err:
            return FileResult(name, KHONG_PHAI, err.message, **base), None
        except BadSubmission as err:
            return FileResult(name, KHONG_PHAI, f"Tệp {name}: {err.message}", **base), None
        except Exception as err:  # never let one file stop the folder
            return FileResult(name, TEP_HONG, f"Tệp {name} không đọc được ({type(err).__name__}).", **base), None
        who = dict(unit_code=sub.unit_code, unit_name=sub.unit_name, period=sub.period,
                   generated_at=sub.generated_at, approved=sub.approved)
        canonical = quick_canonical_json(sub)  # computed once: fingerprint and stored copy
        computed = hashlib.sha256(canonical).hexdigest()
        stated = (sub.stated_fingerprint or "").strip().lower()
        if computed != stated:  # decide a refusal with the reference serialisation only
            canonical = canonical_json(sub)
            computed = hashlib.sha256(canonical).hexdigest()
        sub.__dict__["fingerprint"] = computed  # Submission.fingerprint is a cached property
        if not stated:
            return FileResult(name, DA_BI_SUA, f"Tệp {name} không ghi mã xác thực ở trang Thông tin: "
                              "tệp đã bị sửa.", **base, **who), None
        if stated != computed:
            return FileResult(name, DA_BI_SUA, (
                f"Số liệu trong tệp {name} ({sub.unit_name}) đã bị sửa sau khi lập: mã xác thực tính lại "
                f"là {computed[:16]}, khác mã ghi trong tệp {stated[:16]}. Không nhận; hãy xin đơn vị "
                "gửi lại tệp do phần mềm xuất."), **base, **who, fingerprint=stated), None
        who["fingerprint"] = computed
        try:
            file_period = parse_period(sub.period)
        except ChiTieuError:
            return FileResult(name, SAI_KY, f"Tệp {name} ghi kỳ báo cáo \"{sub.period}\" không hợp lệ.",
                              **base, **who), None
        if file_period != period:
            return FileResult(name, SAI_KY, (
                f"Tệp {name} là báo cáo {file_period.name} ({file_period.code}) của {sub.unit_name}, "
                f"không phải kỳ đang nhận {period.name} ({period.code})."), **base, **who), None
        try:
            unit = self.catalog.commune_by_code(sub.unit_code)
        except ChiTieuError:
            return FileResult(name, KHONG_PHAI, (
                f"Tệp {name} của đơn vị mã {sub.unit_code} ({sub.unit_name}) không có trong danh sách "
                f"{len(self.catalog.communes)} xã, phường của tỉnh."), **base, **who), None
        who["unit_name"] = unit.name
        late = is_late(sub.generated_at, period, self.rules)
        self._canonical[id(sub)] = canonical.decode("utf-8")
        return FileResult(name, HOP_LE, "", **base, **who, late=late), sub

    # --- storing ------------------------------------------------------------------------------
    def store_file(self, run_id: int, result: FileResult, sub: Submission | None) -> FileResult:
        """Write one file's outcome in one transaction; returns the final result."""
        from db.store import IntakeLogRow, ReceivedRow, now

        store = self.store
        canonical = self._canonical.pop(id(sub), None) if sub is not None else None
        at = now()
        with store.transaction():
            if result.class_ == HOP_LE and sub is not None:
                decided, current = self._decide(result, sub)
                if decided.get("new"):
                    rid = store.add_received(ReceivedRow(
                        None, sub.unit_code, sub.period, result.fingerprint, sub.generated_at, at,
                        result.file_name, result.sha256, int(sub.approved), decided["class_"],
                        decided["reason"], sub.catalog_version, 1 if decided["kept"] else 0),
                        canonical or canonical_json(sub).decode("utf-8"),
                        sub.document if isinstance(sub, Received) else document_json(sub))
                    if decided["kept"]:  # the versions current until now (read in this transaction)
                        for old in current:
                            if old.id != rid:
                                store.set_received_current(old.id, False)
                    decided["received_id"] = rid
                result = result.changed(decided)
            store.add_intake_log(IntakeLogRow(
                None, run_id, at, result.file_name, result.sha256 or None, result.size,
                result.class_, result.reason, result.unit_code or None, result.period or None,
                result.fingerprint or None, result.received_id))
        return result

    def _decide(self, result: FileResult, sub: Submission) -> tuple[dict, list]:
        """The changes to `result`: Hợp lệ, or Trùng against what is already received for the
        unit and period; and the versions of the unit and period current until now."""
        store = self.store
        p = parse_period(sub.period)
        # one query: every version of the unit and period (the same fingerprint is unique)
        versions = store.received(sub.period, unit_code=sub.unit_code, current_only=False)
        same = next((v for v in versions if v.fingerprint == result.fingerprint), None)
        current = [v for v in versions if v.current]
        if same is not None:
            return dict(class_=TRUNG, kept=bool(same.current), received_id=same.id, reason=(
                f"Đã nhận trước đó: {result.unit_name}, {p.name}, mã xác thực {result.fingerprint[:16]} "
                f"(tệp {same.file_name}, nhận lúc {_when(same.received_at)}). Không nhập lại.")), current
        state = " Bản DỰ THẢO (chưa được Lãnh đạo duyệt)." if not sub.approved else ""
        if sub.catalog_version != self.catalog.version:
            state += (f" Lập theo bộ chỉ tiêu {sub.catalog_version} (tỉnh đang dùng {self.catalog.version}): "
                      "đơn vị chưa nhập bản cập nhật bộ chỉ tiêu.")
        late = (f" Trễ hạn: lập lúc {_when(sub.generated_at)}, hạn {format_date(p.deadline(self.rules))}."
                if result.late else "")
        if not current:
            return dict(class_=HOP_LE, new=True, kept=True, reason=(
                f"Đã nhận {result.unit_name}, {p.name}, mã xác thực {result.fingerprint[:16]}.{state}{late}")), current
        old = current[-1]
        if _later(sub.generated_at, old.generated_at) or sub.generated_at == old.generated_at:
            return dict(class_=TRUNG, new=True, kept=True, reason=(
                f"Trùng đơn vị và kỳ với tệp {old.file_name} đã nhận (lập lúc {_when(old.generated_at)}). "
                f"Giữ bản lập sau: tệp này (lập lúc {_when(sub.generated_at)}, mã xác thực "
                f"{result.fingerprint[:16]}); bản trước được lưu trong lịch sử.{state}{late}")), current
        return dict(class_=TRUNG, new=True, kept=False, reason=(
            f"Trùng đơn vị và kỳ với tệp {old.file_name} đã nhận. Giữ bản lập sau: tệp {old.file_name} "
            f"(lập lúc {_when(old.generated_at)}); tệp này (lập lúc {_when(sub.generated_at)}) được lưu "
            "trong lịch sử.")), current

    # --- a folder --------------------------------------------------------------------------------
    @collector_paused()
    def run(self, folder: str | Path, period: str | Period, *, progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None,
            on_result: Callable[[FileResult], None] | None = None,
            keep_submissions: dict | None = None) -> IntakeRun:
        """Read every file of `folder` for `period`. `on_result` is called after each file
        (the window adds a row as each file is read). `keep_submissions`, if given, receives
        the submission of every row this run stores (received id -> Submission): what the
        province's consolidation would otherwise read back from the database."""
        p = period if isinstance(period, Period) else parse_period(period)
        files = list_files(folder)
        with self.store.transaction():
            run_id = self.store.add_intake_run(str(folder), p.code, self.user)
        run = IntakeRun(run_id, str(folder), p.code)
        total = len(files)
        pool = None
        try:
            workers = intake_workers(total)
            reads = None
            if workers:
                try:
                    pool, reads = self._parallel_reads(files, p, workers,
                                                       whole=keep_submissions is not None)
                except Exception:  # no processes (sandbox, limits): read here
                    pool, reads = None, None
            for n, path in enumerate(files):
                if cancelled and cancelled():
                    run.cancelled = True
                    break
                if progress:
                    progress(n, total, f"Đang đọc {path.name} ({n + 1}/{total})")
                got = None
                if reads is not None:
                    try:
                        got = next(reads)
                    except Exception:  # a worker died: read the rest here
                        reads = None
                        _stop(pool)
                        pool = None
                if got is not None:
                    result, sub, canonical = got
                    if sub is not None and canonical is not None:
                        self._canonical[id(sub)] = canonical
                else:
                    result, sub = self.read_file(path, p)
                result = self.store_file(run_id, result, sub)
                if keep_submissions is not None and result.new and isinstance(sub, Submission):
                    keep_submissions[result.received_id] = sub
                run.results.append(result)
                if on_result:
                    on_result(result)
        finally:
            if pool is not None:
                # every file read: the processes end on their own while this one goes on
                _stop(pool, wait=len(run.results) < total)
            accepted = sum(r.accepted for r in run.results)
            with self.store.transaction():
                self.store.finish_intake_run(run_id, len(run.results), accepted,
                                             len(run.results) - accepted, run.cancelled)
        if progress:
            progress(len(run.results), total, run.summary_text)
        return run

    def _parallel_reads(self, files: list[Path], period: Period, workers: int, whole: bool = False):
        """A process pool reading and checking the files (`read_file`, which writes nothing),
        and an iterator over their outcomes in file order; this process stores them, one
        transaction per file, as before. "spawn" processes: no fork of a process with threads
        (the window runs intake on a worker thread).

        This process reads too: the files go out in chunks, a few ahead of what is stored,
        and whenever the next chunk in file order is not back yet (the processes are still
        starting, or storing ran ahead of them), this process reads the next chunk no one has
        taken instead of waiting. So `workers` processes and this one share the files, each
        core busy, whatever their speeds; results still come in file order."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_reader, initargs=(_Units.of(self.catalog), self.rules))
        chunks = [files[i:i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)]
        ahead = 2 * workers + 1  # chunks given to the pool and not stored yet: none waits for work
        given = 0  # the chunks before this one have been given out (to the pool or to this process)
        futures: dict[int, object] = {}
        here: dict[int, list] = {}

        def read_here(k: int) -> list:
            out = []
            for path in chunks[k]:
                result, sub = self.read_file(path, period)
                out.append((result, sub, self._canonical.pop(id(sub), None) if sub is not None else None))
            return out

        def give() -> None:
            nonlocal given
            while given < len(chunks) and len(futures) < ahead:
                futures[given] = pool.submit(_read_chunk_in_worker, chunks[given], period, whole)
                given += 1

        try:
            give()
        except Exception:
            _stop(pool)
            raise

        def reads():
            nonlocal given
            for k in range(len(chunks)):
                got = here.pop(k, None)
                if got is None:
                    future = futures.pop(k, None)
                    if future is None:  # no one took it yet
                        got = read_here(k)
                        given = max(given, k + 1)
                    else:
                        while not future.done():
                            if given < len(chunks):
                                here[given] = read_here(given)
                                given += 1
                                continue
                            # all given out: take back a later chunk no process has started
                            stolen = next((j for j in sorted(futures, reverse=True) if futures[j].cancel()), None)
                            if stolen is None:
                                break
                            del futures[stolen]
                            here[stolen] = read_here(stolen)
                        got = future.result()
                give()
                yield from got

        return pool, reads()


CHUNK_FILES = 16  # files per task of a reading process
PARALLEL_MIN_FILES = 500  # below, starting the processes (about half a second) costs more than it saves
MAX_WORKERS = 7


def intake_workers(n_files: int) -> int:
    """How many reading processes for `n_files` files: one per core but one (this process
    reads too, `Intake._parallel_reads`); none (read in this process) for a few
    files, on one core, in a frozen build (its entry point would have to call
    multiprocessing.freeze_support) or when CHITIEU_INTAKE_WORKERS=0; the environment
    variable can also set the number."""
    env = os.environ.get("CHITIEU_INTAKE_WORKERS", "").strip()
    if env.isdigit():
        return min(int(env), 16)
    if n_files < PARALLEL_MIN_FILES or getattr(sys, "frozen", False):
        return 0
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return min(cpus - 1, MAX_WORKERS)


class _Units:
    """What `Intake.read_file` asks of the catalogue (the units' codes and names), light to
    send to a reading process (the whole catalogue of 3.321 units pickles to megabytes)."""

    def __init__(self, names: dict[str, str], version: str):
        self._names = names
        self.version = version
        self.communes = range(len(names))  # only counted

    @classmethod
    def of(cls, catalog) -> "_Units":
        return cls({c.code: c.name for c in catalog.communes}, catalog.version)

    def __reduce__(self):
        # Small enough for the pipe's buffer: a larger argument makes the process that starts
        # a reader wait until the reader has started Python and imported its modules.
        import zlib

        data = zlib.compress(json.dumps([self._names, self.version], ensure_ascii=False).encode("utf-8"))
        return _units_from, (data,)

    def commune_by_code(self, code: str):
        from types import SimpleNamespace

        from desktop_app.errors import NotFound

        try:
            return SimpleNamespace(code=code, name=self._names[code])
        except KeyError:
            raise NotFound(f'Không có xã, phường mang mã "{code}".', field="Xã, phường") from None


def _units_from(data: bytes) -> _Units:
    import zlib

    names, version = json.loads(zlib.decompress(data).decode("utf-8"))
    return _Units(names, version)


_READER: Intake | None = None


def _init_reader(catalog, rules) -> None:
    global _READER
    _READER = Intake(None, catalog, rules, "")
    # A reading process lives for one intake and keeps nothing between files: the cyclic
    # collector would only walk its objects again and again (desktop_app.bulk).
    import gc

    gc.disable()


def _read_chunk_in_worker(paths: list[Path], period: Period, whole: bool) -> list:
    out = []
    for path in paths:
        result, sub = _READER.read_file(path, period)
        canonical = _READER._canonical.pop(id(sub), None) if sub is not None else None
        if sub is not None and not whole:
            sub = Received.of(sub)
        out.append((result, sub, canonical))
    return out


@dataclass(frozen=True)
class Received:
    """What storing a readable file needs of its submission (`Intake.store_file`), sent back by
    a reading process instead of the whole submission (less to pickle and unpickle)."""

    unit_code: str
    unit_name: str
    period: str
    generated_at: str
    approved: bool
    catalog_version: str
    document: str  # document_json(submission)

    @classmethod
    def of(cls, sub: Submission) -> "Received":
        return cls(sub.unit_code, sub.unit_name, sub.period, sub.generated_at, sub.approved,
                   sub.catalog_version, document_json(sub))


def _stop(pool, wait: bool = True) -> None:
    pool.shutdown(wait=wait, cancel_futures=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
