"""The province checks the report PDFs' digital signatures (chữ ký số) offline, against the
trust roots it imported (`desktop_app.trust_roots`): what `chitieu verify FILE.pdf` prints,
what the intake stores for the PDF found beside each submission file (`check_beside`), and
what the province window's signature column shows (`pdf_signatures`).

Apart from the commune's signing (`desktop_app.report_signing`) because it is the other
office's job, on files from outside: a PDF it cannot read is a finding (`PdfCheck.unreadable`),
never an error, and its words stay Vietnamese, as the province's side does
(desktop_app/core/errors.py). pyHanko is imported inside the functions that check.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Callable, Sequence, TypeVar

from desktop_app.certificates import brief, shown_name
from desktop_app.core.errors import os_error_text
from desktop_app.core.numbers import format_number
from desktop_app.core.pdf_signature import (MAX_PDF, MAX_PDF_MB, MAX_PDF_REVISIONS, MAX_PDF_SIGNATURES,
                                            PdfCheck, SignatureCheck, read_time, signed_name)
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.replaced_received import HeldApproval
from desktop_app.core.report_info import info_text, report_document
from desktop_app.core.submission import Submission
from desktop_app.core.words import Words
from desktop_app.pdf_updates import UpdateUnreadable, check_updates
from desktop_app.signed_pages import compare_pages, first_signed
from exports.xlsx_container import FileTooLarge, NotRegularFile, read_regular

T = TypeVar("T")


def verify_pdf(path: str | Path, trust_roots: Sequence[bytes], expected_sha256: str = "",
               expected_document: str = "", submission: Submission | None = None,
               held: Sequence[HeldApproval] | None = None) -> PdfCheck:
    """Every signature of the PDF at `path`, validated offline against `trust_roots` (DER
    certificates; none: nothing is trusted, the operating system's list is never used):
    signer, certificate validity, signing time, integrity, coverage of the file, trust; and
    whether the file is the one whose SHA-256 the submission states (`expected_sha256`), whether
    it states it is the report of the submission's unit, period and fingerprint (`expected_document`:
    `report_document`, compared with the PDF's signed Subject; "" not compared: the figures on its
    pages are compared with `submission`, the workbook beside it, and the approval a re-approval's paper
    replaces with the versions of its unit the province received, `held`: `check_pdf_bytes`), and how many
    times it was saved before its first signature.
    Revocation is not checked: without a network the province has no CRL or OCSP answer."""
    path = Path(path)
    try:
        # Checked on the open descriptor and read at most MAX_PDF + 1 bytes: a pipe or /dev/zero
        # linked in its place after the caller's is_file() is refused, not read until memory runs out.
        data = read_regular(path, MAX_PDF)
    except FileTooLarge as err:  # never read: its SHA-256 is not computed either
        return PdfCheck(path.name, "", expected_sha256=expected_sha256, trust_roots=len(trust_roots),
                        expected_document=expected_document, unreadable=_too_big(path.name, err.size))
    except NotRegularFile:
        return PdfCheck(path.name, "", expected_sha256=expected_sha256, trust_roots=len(trust_roots),
                        expected_document=expected_document, unreadable=f"Tệp {path.name} không phải tệp PDF.")
    except OSError as err:
        return PdfCheck(path.name, "", unreadable=f"Không đọc được tệp {path.name}: {os_error_text(err)}.")
    return check_pdf_bytes(path.name, data, trust_roots, expected_sha256, expected_document, submission, held)


def check_pdf_bytes(name: str, data: bytes, trust_roots: Sequence[bytes], expected_sha256: str = "",
                    expected_document: str = "", submission: Submission | None = None,
                    held: Sequence[HeldApproval] | None = None) -> PdfCheck:
    """The check of a PDF's bytes (`verify_pdf`). Read inside its own boundary, with pyHanko's
    decoding bounded for a report (`_limits`) and its time and memory (`_bounded`): a PDF over
    `MAX_PDF`, one that unpacks beyond the limits, takes too long or too much memory, has too
    many revisions or signatures, nests too deep or fails in any other way is `unreadable`, with
    the reason naming the file; the run that checks it goes on. Bytes found unreadable once in this process are not
    parsed again (`_UNREADABLE`, by SHA-256).

    With `submission` (the workbook received beside it) a signed PDF's pages are compared with the
    report this program renders from it (`signed_pages.compare_pages`, `PdfCheck.pages_match`), and the
    approval a re-approval's paper says it replaces with `held` (None: not known here)."""
    from asn1crypto import x509 as asn1_x509

    digest = hashlib.sha256(data).hexdigest()
    base = dict(expected_sha256=expected_sha256, trust_roots=len(trust_roots), expected_document=expected_document,
                expected_signer=submission.signer if submission is not None else "")
    if len(data) > MAX_PDF:
        return PdfCheck(name, digest, unreadable=_too_big(name, len(data)), **base)
    if not data.startswith(b"%PDF"):
        return PdfCheck(name, digest, unreadable=f"Tệp {name} không phải tệp PDF.", **base)
    if digest in _UNREADABLE:
        return PdfCheck(name, digest, unreadable=_unreadable(name, _UNREADABLE[digest]), **base)
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots]
    _import_checking()
    try:
        def check() -> tuple[PdfCheck, dict | None]:
            reader, embedded = _read(data)
            if embedded:  # what is saved after the report, read as no viewer reads it otherwise (red-team R9)
                check_updates(data, reader, _OBJECT_STREAM_MB * 1024 * 1024, _DECODED_MB * 1024 * 1024)
            return (PdfCheck(name, digest, tuple(_check_signature(s, roots) for s in embedded),
                             **_document_info(reader, embedded), after_eof=_after_eof(data), **base),
                    first_signed(reader, embedded) if submission is not None and embedded else None)

        found, signed = _bounded(check)
        # The render is the program's own work on the verified workbook, outside the file's bounds.
        return replace(found, **compare_pages(data, signed, submission, held)) if signed is not None else found
    except (_Stop, MemoryError) as err:  # not remembered: a busy moment of the computer is not the file's
        return PdfCheck(name, digest, unreadable=_unreadable(name, _why_unreadable(err)), **base)
    except Exception as err:  # noqa: BLE001 - a hostile or broken file: a finding, never an error
        reason = _why_unreadable(err)
    if len(_UNREADABLE) >= 256:
        _UNREADABLE.clear()
    _UNREADABLE[digest] = reason
    return PdfCheck(name, digest, unreadable=_unreadable(name, reason), **base)


# SHA-256 -> why those bytes could not be read, in this process: the same hostile PDF beside each
# copy of a submission, or read again at the next "Tổng hợp", is refused without parsing. Only
# refusals the bytes alone decide (a check of signatures depends on today's trust roots too, a
# deadline on how busy the computer was).
_UNREADABLE: dict[str, str] = {}


def _too_big(name: str, size: int) -> str:
    return (f"Tệp PDF {name} quá lớn ({format_number(Decimal(size) / (1024 * 1024), 1)} MB, quá {MAX_PDF_MB} MB): "
            "báo cáo PDF đã ký số chỉ vài trăm kB; tệp này không được kiểm tra.")


def _unreadable(name: str, reason: str) -> str:
    return f"Tệp PDF {name} quá lớn/không đọc được: {reason}."


def _why_unreadable(err: BaseException) -> str:
    """What a reading failure means, for `_unreadable`."""
    from pyhanko.pdf_utils.misc import PdfDecodeLimitError

    if isinstance(err, (_TooMany, UpdateUnreadable)):
        return str(err)
    if isinstance(err, PdfDecodeLimitError):
        return (f"một phần nén trong tệp bung ra vượt giới hạn của một báo cáo ({_DECODED_MB} MB cả tệp, "
                f"{_OBJECT_STREAM_MB} MB một luồng đối tượng): tệp hỏng hoặc cố ý làm treo máy")
    if isinstance(err, RecursionError):
        return "cấu trúc PDF lồng nhau quá sâu: tệp hỏng hoặc cố ý làm treo máy"
    if isinstance(err, _Deadline):
        return (f"đọc tệp mất quá {MAX_PDF_SECONDS} giây, một báo cáo chỉ cần chưa tới một giây: tệp hỏng hoặc cố ý làm "
                "treo máy")
    if isinstance(err, (_TooMuchMemory, MemoryError)):
        return "đọc tệp cần quá nhiều bộ nhớ so với một báo cáo: tệp hỏng hoặc cố ý làm treo máy"
    return f"tệp bị hỏng, không đọc được cấu trúc PDF ({brief(err)})"


# The time one PDF's check may take (a report's takes 0,3-0,4 s), and the memory: Python's blocks
# it may add (a report's check some 10.000; a million is 60-120 MB). pyHanko's parser is pure
# Python and keeps what it reads, 30-50 MB a second of a crafted file's small tokens (10 MB of
# them: 82 s and 1,4 GB): no count of the file's parts bounds that (tokens outside streams, objects
# looked up again and again in an object stream, revisions compared), the check's own cost does.
MAX_PDF_SECONDS = 5
MAX_PDF_BLOCKS = 1_000_000


class _Stop(BaseException):
    """Raised in the thread checking a PDF past its bound (a BaseException: no `except Exception`
    inside pyHanko keeps it from ending the check)."""


class _Deadline(_Stop):
    """Past `MAX_PDF_SECONDS`."""


class _TooMuchMemory(_Stop):
    """Past `MAX_PDF_BLOCKS`."""


def _bounded(work: Callable[[], T]) -> T:
    """`work()`, run in this thread, stopped `MAX_PDF_SECONDS` after it starts (`_Deadline`), or
    once the process holds `MAX_PDF_BLOCKS` more of Python's memory blocks than then
    (`_TooMuchMemory`): a watcher looks every 0,05 s and raises in this thread (again, should it
    be caught). Nothing is raised once `work` has ended: the end and every raising hold one lock,
    and a raise not yet delivered is withdrawn."""
    import ctypes
    import sys
    import threading
    import time

    thread, lock, done = threading.get_ident(), threading.Lock(), threading.Event()
    raised = False
    set_async = ctypes.pythonapi.PyThreadState_SetAsyncExc
    start, blocks = time.monotonic(), sys.getallocatedblocks()

    def watch():
        nonlocal raised
        while not done.wait(0.05):
            past = time.monotonic() - start >= MAX_PDF_SECONDS
            if past or sys.getallocatedblocks() - blocks > MAX_PDF_BLOCKS:
                with lock:
                    if done.is_set():
                        return
                    set_async(ctypes.c_ulong(thread), ctypes.py_object(_Deadline if past else _TooMuchMemory))
                    raised = True

    try:
        threading.Thread(target=watch, name="pdf-bounds", daemon=True).start()
        return work()
    finally:
        while True:  # a raise arriving here, before the end is marked, is caught and the end marked again
            try:
                done.set()
                with lock:
                    if raised:
                        set_async(ctypes.c_ulong(thread), None)  # raised but not yet delivered: withdrawn
                break
            except _Stop:
                pass


def _import_checking() -> None:
    """pyHanko's modules a check uses, imported before its deadline can stop it: an import
    stopped half-way would leave a half-made module for the next check."""
    import pyhanko.sign.diff_analysis
    import pyhanko.sign.diff_analysis.constants
    import pyhanko.sign.diff_analysis.form_rules_api
    import pyhanko.sign.validation
    import pyhanko.sign.validation.status
    import pyhanko_certvalidator


class _TooMany(ValueError):
    """A PDF with more revisions or signatures than a report has (the message says which)."""


_DECODED_MB, _OBJECT_STREAM_MB = 32, 2


def _limits():
    """pyHanko's decoding limits for a report PDF, far under its defaults (an object stream up to
    64 MB, a document up to 100 × its size: 1 GB for a 10 MB file). A report's streams unpack to
    some kB (its object streams, none in the program's own PDFs) or a few MB (the signature
    image, the seal); everything the check of one file unpacks stays under `_DECODED_MB`."""
    from pyhanko.pdf_utils.decode_limits import (
        DecodeLimits, DecodePurpose, DocumentDecodeBudget, MiB, StreamDecodeLimits)

    small = StreamDecodeLimits(max_ratio=100, ratio_floor=MiB, max_output_size=_OBJECT_STREAM_MB * MiB)
    return DecodeLimits(
        per_stream=StreamDecodeLimits(max_ratio=1100, ratio_floor=MiB, max_output_size=16 * MiB),
        per_purpose={DecodePurpose.OBJECT_STREAM: small, DecodePurpose.XMP_METADATA: small,
                     DecodePurpose.CERTIFICATE: StreamDecodeLimits(max_ratio=None, max_output_size=MiB),
                     DecodePurpose.OCSP_RESPONSE: StreamDecodeLimits(max_ratio=None, max_output_size=MiB),
                     DecodePurpose.CRL: StreamDecodeLimits(max_ratio=50, ratio_floor=MiB, max_output_size=8 * MiB)},
        document_budget=DocumentDecodeBudget(base_allowance=_DECODED_MB * MiB, max_ratio=0))


def _read(data: bytes):
    """The reader of `data` and its signatures, with the decoding budget shared by every revision
    the check reads (pyHanko gives each earlier revision a fresh one: a PDF of 24 revisions could
    unpack 24 times the budget), and refused beyond `MAX_PDF_REVISIONS` or `MAX_PDF_SIGNATURES`."""
    from pyhanko.pdf_utils.decode_limits import DecodeContext
    from pyhanko.pdf_utils.reader import PdfFileReader

    class OneBudget(DecodeContext):
        def fresh(self):
            return self

    class Reader(PdfFileReader):
        budget = OneBudget(_limits(), input_size=len(data))

        @property
        def decode_context(self):
            return self.budget

    reader = Reader(io.BytesIO(data), strict=False)
    revisions = reader.xrefs.total_revisions
    if revisions > MAX_PDF_REVISIONS:
        raise _TooMany(f"tệp được lưu nối tiếp {revisions} lần, một báo cáo đã ký số chỉ vài lần "
                       f"(không quá {MAX_PDF_REVISIONS})")
    embedded = list(reader.embedded_regular_signatures)
    if len(embedded) > MAX_PDF_SIGNATURES:
        raise _TooMany(f"tệp có {len(embedded)} chữ ký, một báo cáo có hai (không quá {MAX_PDF_SIGNATURES})")
    return reader, embedded


def _document_info(reader, embedded) -> dict:
    """The PDF's Subject and Keywords as its first signature signed them (that revision's
    document information: pyHanko lets a later revision change /Info, and a later signature,
    anyone's, would then cover the change), the Subject it states now when different, and how
    many revisions were saved before that signature (pyHanko's 0-based index of the revision it
    signed: 1 for the program's export, saved once); as the file states them when unsigned.
    Anything unreadable is as if not stated."""
    from pyhanko.pdf_utils.generic import IndirectObject

    def info(resolver) -> tuple[str, str]:
        # Every reference through `resolver`: an IndirectObject's own get_object() reads the
        # latest revision, whatever revision it was found in.
        def value(obj):
            return resolver.get_object(obj.reference) if isinstance(obj, IndirectObject) else obj

        try:
            found = value(resolver.trailer_view.raw_get("/Info"))
            return tuple(info_text(value(found.raw_get(key)) if key in found else "")
                         for key in ("/Subject", "/Keywords"))
        except Exception:  # noqa: BLE001 - a hostile or broken /Info states nothing
            return "", ""

    now = info(reader)
    if not embedded:
        return {"subject": now[0], "keywords": now[1]}
    try:
        first = min(emb.signed_revision for emb in embedded)
        subject, keywords = info(reader.get_historical_resolver(first))
    except Exception:  # noqa: BLE001 - no signed revision to read: nothing stated
        first, subject, keywords = None, "", ""
    return {"subject": subject, "keywords": keywords, "subject_later": now[0] if now[0] != subject else "",
            "revisions_before_signing": first}


def _after_eof(data: bytes) -> int:
    """How many bytes follow the file's last end mark (%%EOF), line ends apart: no PDF reader reads
    them, no signature covers them."""
    end = data.rfind(b"%%EOF")
    return len(data[end + 5:].strip(b"\r\n")) if end >= 0 else 0


def _check_signature(emb, roots) -> SignatureCheck:
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    cert = emb.signer_cert
    claimed = emb.self_reported_timestamp
    # Offline: no fetching, revocation unchecked; the certificate is judged at the time the
    # signature states (the timestamp's, when a TSA stamped it), not today: a report signed
    # in 2026 stays valid after its certificate expires in 2027.
    context = dict(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(
            emb, signer_validation_context=ValidationContext(moment=claimed, **context),
            ts_validation_context=ValidationContext(**context))
    except (SignatureValidationError, ValueError) as err:
        return SignatureCheck(emb.field_name, *_cert_fields(cert), signing_time=claimed, timestamped=False,
                              intact=False, whole_file=False, later_changes_allowed=False, trusted=False,
                              trust_problem=Words(f"không kiểm tra được chữ ký ({brief(err)})",
                                                  f"the signature could not be checked ({brief(err)})"))
    ts = status.timestamp_validity
    stamped = ts is not None and ts.intact and ts.valid
    level = status.modification_level
    allowed = level is not None and level <= ModificationLevel.FORM_FILLING and status.docmdp_ok is not False
    return SignatureCheck(
        emb.field_name, *_cert_fields(cert),
        signing_time=ts.timestamp if stamped else (status.signer_reported_dt or claimed), timestamped=stamped,
        intact=bool(status.intact and status.valid),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        later_changes_allowed=allowed, trusted=bool(status.trusted),
        trust_problem="" if status.trusted else _trust_problem(status, bool(roots), cert))


def _cert_fields(cert) -> tuple:
    """signer, organisation, issuer, serial, not_before, not_after of an asn1crypto certificate."""
    subject, issuer = cert.subject.native, cert.issuer.native
    validity = cert["tbs_certificate"]["validity"]
    return (shown_name(_first(subject.get("common_name")) or cert.subject.human_friendly),
            shown_name(_first(subject.get("organization_name"))),
            shown_name(_first(issuer.get("common_name")) or cert.issuer.human_friendly),
            format(cert.serial_number, "X"), validity["not_before"].native, validity["not_after"].native)


def _first(value) -> str:
    """A name attribute as asn1crypto reads it: a string, or a list when the certificate states it twice."""
    return str(value[0] if isinstance(value, list) and value else value or "")


def _trust_problem(status, have_roots: bool, cert) -> Words:
    """Why a signature is not trusted, in Vietnamese and in English (the window's)."""
    if cert.self_signed != "no":  # whatever the roots: said plainly (red-team R3 F6)
        return Words("chứng thư tự cấp: người giữ tự cấp cho chính mình, không do tổ chức cung cấp dịch vụ chứng thực "
                     "chữ ký số nào cấp", "a self-signed certificate: its holder issued it to themselves, no "
                     "certification service provider did")
    if not have_roots:
        return Words("chưa có chứng thư gốc nào được nhập để đối chiếu",
                     "no root certificate has been imported to check it against")
    indication = getattr(status.trust_problem_indic, "name", "") or ""
    words = {
        "NO_CERTIFICATE_CHAIN_FOUND": ("chứng thư không do chứng thư gốc nào tỉnh đã nhập cấp",
                                       "the certificate was issued under no root certificate the province imported"),
        "OUT_OF_BOUNDS_NO_POE": ("chứng thư hết hạn hoặc chưa có hiệu lực tại thời điểm ký",
                                 "the certificate had expired or was not yet valid at the time of signing"),
        "EXPIRED": ("chứng thư đã hết hạn tại thời điểm ký", "the certificate had expired at the time of signing"),
        "NOT_YET_VALID": ("chứng thư chưa có hiệu lực tại thời điểm ký",
                          "the certificate was not yet valid at the time of signing"),
        "REVOKED": ("chứng thư đã bị thu hồi", "the certificate was revoked"),
        "CHAIN_CONSTRAINTS_FAILURE": ("chuỗi chứng thư không hợp lệ", "the certificate chain is not valid"),
        "SIG_CONSTRAINTS_FAILURE": ("chứng thư không được phép dùng để ký", "the certificate may not be used to sign"),
        "CRYPTO_CONSTRAINTS_FAILURE": ("thuật toán của chứng thư không còn được chấp nhận",
                                       "the certificate's algorithm is no longer accepted"),
    }
    vi, en = words.get(indication, (f"chuỗi chứng thư không xác minh được ({indication or 'không rõ lý do'})",
                                    f"the certificate chain could not be verified ({indication or 'no reason given'})"))
    return Words(vi, en)


def pdf_beside(xlsx_path: Path) -> Path | None:
    """The report PDF e-mailed with a submission file: `<stem>_ky-so.pdf`, else `<stem>.pdf`, else one whose
    name differs only as a mail program's copy or in Unicode form (`intake_folder.paired_pdf`)."""
    for name in (signed_name(xlsx_path.stem), f"{xlsx_path.stem}.pdf"):
        candidate = xlsx_path.with_name(name)
        if candidate.is_file():
            return candidate
    from desktop_app.intake_folder import paired_pdf  # "X.pdf" beside "X (1).xlsx", an NFD name beside NFC

    return paired_pdf(xlsx_path)


def check_beside(xlsx_path: Path, sub: Submission, trust_roots: Sequence[bytes],
                 held: Sequence[HeldApproval] | None = None) -> PdfCheck | None:
    """The signatures of the PDF found beside a received submission file (None: no PDF), and
    whether it states it is the report of that file's unit, period and fingerprint; `held`: the
    versions of its unit and period the province received (`signed_pages.approvals_received`)."""
    pdf = pdf_beside(Path(xlsx_path))
    document = report_document(sub.unit_code, sub.period, sub.fingerprint)
    return verify_pdf(pdf, trust_roots, sub.signed_pdf_sha256, document, sub, held) if pdf else None


def recorded_check(stored: PdfCheck | None, check: PdfCheck) -> tuple[bool, str]:
    """Whether the check of the PDF found beside a file is recorded for its version over the check
    `stored` for it before, and what the file's intake line then says ("" nothing).

    A version's record is the check of the PDF received with it. The same version read again
    (another name, another e-mail: "Trùng") with a PDF beside it replaces that record only when
    it is the same PDF checked again (the same SHA-256: against the trust roots of today), or
    the one PDF the version's signed workbook names by its SHA-256 where the recorded one was
    not. Any other PDF (unsigned, of another period or unit, altered, signed by anyone) is a
    file anyone can put beside a copy: it never replaces what was recorded, silently or not;
    its result is said on the duplicate's own line and the version keeps its record.

    The same PDF checked again where its pages could not be compared (by another version of the
    program than the workbook's) keeps a record that compared them: a finding never goes away by
    being checked again, nor does a match turn into "not compared"."""
    if stored is not None and stored.sha256 == check.sha256 and stored.pages_match is not None \
            and check.pages_match is None:
        return False, (f" Tệp PDF gửi kèm {check.file_name} được kiểm tra lại nhưng chưa so được trang in "
                       f"({check.pages_note}): vẫn giữ kết quả lần kiểm tra trước ({stored.summary}).")
    if stored is None or not stored.sha256 or stored.sha256 == check.sha256:
        return True, ""
    this, before = f"{check.file_name}: {check.summary}", f"{stored.file_name}: {stored.summary}"
    if check.matches_submission and not stored.matches_submission:
        return True, (f" Tệp PDF gửi kèm ({this}) là bản PDF đã ký mà tệp Excel ghi mã SHA-256: kết quả kiểm tra "
                      f"tệp này thay kết quả của tệp PDF nhận trước với bản này ({before}), không phải bản đó.")
    return False, (f" Tệp PDF gửi kèm ({this}) khác tệp PDF đã nhận với bản này ({before}): vẫn giữ kết quả "
                   "kiểm tra tệp PDF nhận trước.")


def pdf_signatures(office, period: str | Period) -> dict[str, PdfCheck]:
    """Unit code -> the check of the signed PDF received beside its kept version's file (units
    without one are absent), as the province window's signature column shows it."""
    import json

    office._require_province()
    p = parse_period(period)
    kept = {r.id: r.unit_code for r in office.store.received(p.code)}
    return {kept[rid]: PdfCheck.from_json(json.loads(text)) for rid, text in office.store.pdf_checks(kept).items()}


def unnamed_by_workbook(xlsx_name: str, generated_at: str, check: PdfCheck) -> str:
    """Why the workbook beside a signed PDF names no signed PDF, judged by the times: written
    again after the signing (an export or a "Gửi cho tỉnh…" of an older version), or before it;
    and what to send. "" when the PDF carries no signature."""
    times = [s.signing_time for s in check.signatures if s.signing_time is not None]
    if not times:
        return ""
    signed_at = min(times)
    try:
        made = dt.datetime.fromisoformat(generated_at)
    except ValueError:
        made = None
    if made is not None and made.tzinfo is not None and made > signed_at:
        return (f"Tệp {xlsx_name} bên cạnh được xuất lại lúc {read_time(made)}, sau khi ký số "
                f"({read_time(signed_at)}), nên không ghi mã của bản PDF đã ký: Lãnh đạo ký số lại báo cáo (Kỳ báo "
                "cáo › Ký số báo cáo…) rồi gửi tỉnh cả hai tệp.")
    return (f"Tệp {xlsx_name} bên cạnh được xuất trước khi ký số, chưa ghi mã của bản PDF đã ký: gửi tỉnh tệp Excel "
            "mà lần ký số ghi lại trong thư mục đã ký.")
