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
from pathlib import Path
from typing import Sequence

from desktop_app.certificates import brief, nfc
from desktop_app.core.errors import os_error_text
from desktop_app.core.pdf_signature import MAX_PDF, PdfCheck, SignatureCheck, info_text, report_document, signed_name
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.submission import Submission


def verify_pdf(path: str | Path, trust_roots: Sequence[bytes], expected_sha256: str = "",
               expected_document: str = "") -> PdfCheck:
    """Every signature of the PDF at `path`, validated offline against `trust_roots` (DER
    certificates; none: nothing is trusted, the operating system's list is never used):
    signer, certificate validity, signing time, integrity, coverage of the file, trust; and
    whether the file is the one whose SHA-256 the submission states (`expected_sha256`), and
    the report of the unit, period and figures the submission is (`expected_document`:
    `report_document`, compared with the PDF's signed Subject; "" not compared).
    Revocation is not checked: without a network the province has no CRL or OCSP answer."""
    path = Path(path)
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_PDF else b""
    except OSError as err:
        return PdfCheck(path.name, "", unreadable=f"Không đọc được tệp {path.name}: {os_error_text(err)}.")
    return check_pdf_bytes(path.name, data, trust_roots, expected_sha256, expected_document)


def check_pdf_bytes(name: str, data: bytes, trust_roots: Sequence[bytes], expected_sha256: str = "",
                    expected_document: str = "") -> PdfCheck:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    digest = hashlib.sha256(data).hexdigest()
    base = dict(expected_sha256=expected_sha256, trust_roots=len(trust_roots), expected_document=expected_document)
    if not data.startswith(b"%PDF"):
        return PdfCheck(name, digest, unreadable=f"Tệp {name} không phải tệp PDF (hoặc lớn quá 50 MB).", **base)
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_regular_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        return PdfCheck(name, digest, unreadable=f"Tệp {name} bị hỏng, không đọc được cấu trúc PDF ({brief(err)}).",
                        **base)
    return PdfCheck(name, digest, tuple(_check_signature(s, roots) for s in embedded), **_document_info(reader, embedded),
                    **base)


def _document_info(reader, embedded) -> dict:
    """The PDF's Subject and Keywords as its first signature signed them (that revision's
    document information: pyHanko lets a later revision change /Info, and a later signature,
    anyone's, would then cover the change), and the Subject it states now when different; as
    the file states them when unsigned. Anything unreadable is as if not stated."""
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
        subject, keywords = "", ""
    return {"subject": subject, "keywords": keywords, "subject_later": now[0] if now[0] != subject else ""}


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
                              trust_problem=f"không kiểm tra được chữ ký ({brief(err)})")
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
        trust_problem="" if status.trusted else _trust_problem(status, bool(roots)))


def _cert_fields(cert) -> tuple:
    """signer, organisation, issuer, serial, not_before, not_after of an asn1crypto certificate."""
    subject, issuer = cert.subject.native, cert.issuer.native
    validity = cert["tbs_certificate"]["validity"]
    return (nfc(subject.get("common_name", "")) or cert.subject.human_friendly,
            nfc(subject.get("organization_name", "")),
            nfc(issuer.get("common_name", "")) or cert.issuer.human_friendly,
            format(cert.serial_number, "X"), validity["not_before"].native, validity["not_after"].native)


def _trust_problem(status, have_roots: bool) -> str:
    if not have_roots:
        return "chưa có chứng thư gốc nào được nhập để đối chiếu"
    indication = getattr(status.trust_problem_indic, "name", "") or ""
    words = {
        "NO_CERTIFICATE_CHAIN_FOUND": "chứng thư không do chứng thư gốc nào tỉnh đã nhập cấp",
        "OUT_OF_BOUNDS_NO_POE": "chứng thư hết hạn hoặc chưa có hiệu lực tại thời điểm ký",
        "EXPIRED": "chứng thư đã hết hạn tại thời điểm ký",
        "NOT_YET_VALID": "chứng thư chưa có hiệu lực tại thời điểm ký",
        "REVOKED": "chứng thư đã bị thu hồi",
        "CHAIN_CONSTRAINTS_FAILURE": "chuỗi chứng thư không hợp lệ",
        "SIG_CONSTRAINTS_FAILURE": "chứng thư không được phép dùng để ký",
        "CRYPTO_CONSTRAINTS_FAILURE": "thuật toán của chứng thư không còn được chấp nhận",
    }
    return words.get(indication, f"chuỗi chứng thư không xác minh được ({indication or 'không rõ lý do'})")


def pdf_beside(xlsx_path: Path) -> Path | None:
    """The report PDF e-mailed with a submission file: `<stem>_ky-so.pdf`, else `<stem>.pdf`."""
    for name in (signed_name(xlsx_path.stem), f"{xlsx_path.stem}.pdf"):
        candidate = xlsx_path.with_name(name)
        if candidate.is_file():
            return candidate
    return None


def check_beside(xlsx_path: Path, sub: Submission, trust_roots: Sequence[bytes]) -> PdfCheck | None:
    """The signatures of the PDF found beside a received submission file (None: no PDF), and
    whether it is the report of that file's unit, period and figures."""
    pdf = pdf_beside(Path(xlsx_path))
    document = report_document(sub.unit_code, sub.period, sub.fingerprint)
    return verify_pdf(pdf, trust_roots, sub.signed_pdf_sha256, document) if pdf else None


def recorded_check(stored: PdfCheck | None, check: PdfCheck) -> tuple[bool, str]:
    """Whether the check of the PDF found beside a file is recorded for its version over the check
    `stored` for it before, and what the file's intake line then says ("" nothing).

    A version's record is the check of the PDF received with it. The same version read again
    (another name, another e-mail: "Trùng") with a PDF beside it replaces that record only when
    it is the same PDF checked again (the same SHA-256: against the trust roots of today), or
    the one PDF the version's signed workbook names by its SHA-256 where the recorded one was
    not. Any other PDF (unsigned, of another period or unit, altered, signed by anyone) is a
    file anyone can put beside a copy: it never replaces what was recorded, silently or not;
    its result is said on the duplicate's own line and the version keeps its record."""
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
        return (f"Tệp {xlsx_name} bên cạnh được xuất lại lúc {_clock(made)}, sau khi ký số ({_clock(signed_at)}), nên "
                "không ghi mã của bản PDF đã ký: Lãnh đạo ký số lại báo cáo (Kỳ báo cáo › Ký số báo cáo…) rồi gửi "
                "tỉnh cả hai tệp.")
    return (f"Tệp {xlsx_name} bên cạnh được xuất trước khi ký số, chưa ghi mã của bản PDF đã ký: gửi tỉnh tệp Excel "
            "mà lần ký số ghi lại trong thư mục đã ký.")


def _clock(t: dt.datetime) -> str:
    """"06:16 02/12/2026", in Vietnam's time."""
    from desktop_app.core.intake import VIETNAM_TIME

    return f"{t.astimezone(VIETNAM_TIME):%H:%M %d/%m/%Y}"
