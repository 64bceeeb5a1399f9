"""Chữ ký số: the leader signs the exported report PDF (PAdES) with the certificate on a
PKCS#11 token (or in a PKCS#12 file), the submission file is written again carrying the signed
PDF's SHA-256, and the province checks the PDF's signatures offline against the trust roots it
imported. docs/digital-signature.md says what Decree 30/2020 asks and what this follows.

pyHanko (and python-pkcs11, asn1crypto) are imported inside the functions that sign or check:
every other command and the window's start do not load them.

- `sign_report`: export → approve → "Ký số báo cáo…" / `chitieu sign`. Signs
  `<stem>.pdf` of the period's export into `<stem>_ky-so.pdf` beside it (the signer's field at
  the signature block, then the organisation's over it when an organisation certificate is
  configured), then writes `<stem>.xlsx` again with `signed_pdf_sha256`, signed again with
  the installation's key. Nothing is written until both signatures are made, and both files
  are written through a temporary file; the database is not held while the token works.
- `verify_pdf`: what `chitieu verify FILE.pdf` prints and what the province's intake stores
  for the PDF found beside each submission file (`check_beside`).
- the commune's signature settings, and the province's trust roots.
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import io
import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from desktop_app.core.errors import InvalidInput, NotFound, SignatureError, os_error_text
from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.core.pdf_signature import (
    LEADER_FIELD,
    ORG_FIELD,
    SETTING_KEYS,
    PdfCheck,
    SignatureCheck,
    SignatureSettings,
    time_text,
)
from desktop_app.core.periods import Period, parse_period
from desktop_app.core.signing import public_key
from desktop_app.core.submission import Submission, signed
from desktop_app.core.users import Permission
from desktop_app.core.workflow import refuse_unless_signable

if TYPE_CHECKING:
    from desktop_app.services import Workspace

SIGNED_SUFFIX = "_ky-so"  # <export stem>_ky-so.pdf: the signed report beside the export
MAX_PDF = 50 * 1024 * 1024  # a report is a few hundred kB; a file beyond this is not one
MAX_IMAGE = 2 * 1024 * 1024
TSA_TIMEOUT = 5  # seconds: a timestamp server that does not answer by then is not reachable
PIN_FIELD = "Mã PIN"
# pyHanko logs every failed certificate path with its traceback; the check reports it in
# Vietnamese instead, so its log records go nowhere unless the program configures logging.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
P12_FIELD = "Mật khẩu tệp chứng thư số"


@dataclass(frozen=True)
class KeySource:
    """Where a certificate and its private key are: a token through its PKCS#11 module, or a
    PKCS#12 file. `secret` (the PIN or the file's password) is used once and never stored."""

    kind: str  # "pkcs11" or "p12"
    path: str  # the module (.dll, .so) or the .p12/.pfx file
    token_label: str = ""  # which token, when several are plugged in ("" the only one)
    secret: str = field(default="", repr=False)

    @property
    def what(self) -> str:
        if self.kind == "p12":
            return f"tệp chứng thư số {Path(self.path).name}"
        return f'thiết bị ký số "{self.token_label}"' if self.token_label else "thiết bị ký số (token)"

    @property
    def secret_field(self) -> str:
        return P12_FIELD if self.kind == "p12" else PIN_FIELD


@dataclass(frozen=True)
class SignResult:
    pdf: Path  # <stem>_ky-so.pdf
    xlsx: Path  # <stem>.xlsx, written again with the PDF's SHA-256
    sha256: str
    signers: tuple[str, ...]  # the certificates' holders, the leader first
    signed_at: dt.datetime
    timestamped: bool  # PAdES B-T (a timestamp server answered); else B-B
    notice: str = ""  # what the officer should know beside the result (no timestamp server…)
    seconds: float = 0.0


# --- settings (commune) ----------------------------------------------------------------------

def signature_settings(ws: Workspace) -> SignatureSettings:
    return SignatureSettings.from_json(ws.store.settings())


def set_signature_settings(ws: Workspace, **values: str) -> SignatureSettings:
    """Change some of the signature settings (keyword: the `SignatureSettings` field; "" clears
    it). Each value is checked for what it must be; each change is audited (administrator)."""
    ws.require(Permission.SETTINGS)
    checked = {}
    for name, raw in values.items():
        key = f"signature_{name}"
        if key not in SETTING_KEYS:
            raise InvalidInput(f'Cài đặt chữ ký số "{name}" không có. Các cài đặt: '
                               + ", ".join(k.removeprefix("signature_") for k in SETTING_KEYS) + ".",
                               field="Cài đặt")
        checked[key] = _check_setting(key, _nfc(raw).strip())
    ws._write_settings(checked)
    return signature_settings(ws)


def _check_setting(key: str, value: str) -> str:
    """A setting's value as kept, or InvalidInput naming the setting and what it accepts."""
    label = SETTING_KEYS[key]
    if not value:
        return ""
    if key in ("signature_token_label", "signature_org_token_label"):
        if len(value) > 32:  # PKCS#11 token labels are 32 bytes
            raise InvalidInput(f"{label}: tối đa 32 ký tự, như tên thiết bị hiện trong phần mềm của nhà cung cấp.",
                               field=label)
        return value
    if key == "signature_tsa_url":
        if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", value):
            raise InvalidInput(f'{label}: "{value[:80]}" không phải địa chỉ http:// hoặc https://. Để trống nếu '
                               "không dùng (chữ ký vẫn hợp lệ, không có dấu thời gian).", field=label)
        return value
    path = Path(value)
    if not path.is_file():
        raise InvalidInput(f"{label}: không có tệp {value}. Bấm Chọn… để tìm tệp.", field=label)
    if key == "signature_pkcs11_module":
        if path.suffix.lower() not in (".dll", ".so", ".dylib") and ".so." not in path.name:
            raise InvalidInput(f"{label}: {path.name} không phải tệp thư viện (.dll). Chọn tệp .dll do trình cài "
                               "đặt thiết bị ký số cài, thường trong C:\\Windows\\System32 hoặc thư mục của "
                               "trình điều khiển.", field=label)
    elif key in ("signature_image", "signature_seal_image"):
        _png(path, label)
    elif key == "signature_org_p12":
        if path.suffix.lower() not in (".p12", ".pfx"):
            raise InvalidInput(f"{label}: {path.name} không phải tệp .p12 hoặc .pfx.", field=label)
    return str(path.resolve())


def _png(path: Path, label: str) -> bytes:
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_IMAGE else b""
    except OSError as err:
        raise InvalidInput(f"{label}: không đọc được tệp {path.name}: {os_error_text(err)}.", field=label) from None
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise InvalidInput(f"{label}: {path.name} phải là ảnh PNG (nền trong suốt), tối đa 2 MB.", field=label)
    return data


def _nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def key_sources(settings: SignatureSettings, *, pin: str = "", org_secret: str = "") -> tuple[KeySource, KeySource | None]:
    """The signer's token and the organisation's certificate as the settings name them."""
    if not settings.pkcs11_module:
        raise SignatureError(
            "Chưa chọn tệp thư viện PKCS#11 của thiết bị ký số: Quản trị chọn một lần ở Tệp › Cài đặt… › Chữ ký "
            "số (tệp .dll do trình cài đặt thiết bị ký số cài), hoặc ký bằng tệp chứng thư số .p12.",
            field=SETTING_KEYS["signature_pkcs11_module"])
    leader = KeySource("pkcs11", settings.pkcs11_module, settings.token_label, pin)
    return leader, org_source(settings, org_secret)


def org_source(settings: SignatureSettings, secret: str = "") -> KeySource | None:
    if settings.org_p12:
        return KeySource("p12", settings.org_p12, secret=secret)
    if settings.org_token_label:
        if not settings.pkcs11_module:
            raise SignatureError("Chữ ký của cơ quan trên thiết bị ký số cần tệp thư viện PKCS#11: chọn ở Tệp › Cài "
                                 "đặt… › Chữ ký số.", field=SETTING_KEYS["signature_pkcs11_module"])
        return KeySource("pkcs11", settings.pkcs11_module, settings.org_token_label, secret)
    return None


# --- signing (commune) ---------------------------------------------------------------------------

def signed_name(stem: str) -> str:
    return f"{stem}{SIGNED_SUFFIX}.pdf"


def sign_report(ws: Workspace, period: str | Period, folder: str | Path, leader: KeySource,
                org: KeySource | None = None, *, tsa_url: str | None = None) -> SignResult:
    """Ký số báo cáo: sign the approved period's exported `<stem>.pdf` in `folder` into
    `<stem>_ky-so.pdf`, and write `<stem>.xlsx` again with that PDF's SHA-256 (signed again with
    the installation's key). `org`: the organisation's certificate, signed second, over the
    seal's place. `tsa_url`: a timestamp server (PAdES B-T when it answers, else B-B with a
    notice); None: the settings' one.

    Refused with a Vietnamese message naming what to do: not a leader, the period not
    approved, the export missing or not this approval's, the token or module not found, a
    wrong PIN (never retried: tokens lock after a few wrong ones), no usable certificate, an
    expired one. A refusal writes nothing and holds no lock on the database."""
    started = time.perf_counter()
    ws.require(Permission.SIGN_REPORT)
    p = parse_period(period)
    refuse_unless_signable(p, ws.period_state(p))
    approval = ws.approval(p)
    expected = ws.submission(p)
    folder = Path(folder)
    pdf_path, xlsx_path = folder / f"{expected.file_stem}.pdf", folder / f"{expected.file_stem}.xlsx"
    sub = _exported_submission(ws, p, xlsx_path, approval.fingerprint if approval else expected.fingerprint)
    data = _exported_pdf(pdf_path, sub)
    settings = signature_settings(ws)
    tsa = settings.tsa_url if tsa_url is None else tsa_url
    images = {"image": _png(Path(settings.image), SETTING_KEYS["signature_image"]) if settings.image else None,
              "seal": _png(Path(settings.seal_image), SETTING_KEYS["signature_seal_image"])
              if settings.seal_image else None}
    place = f"{sub.unit_name}, tỉnh Thái Nguyên"
    reason = f"Ký số {sub.report_title[:1].lower()}{sub.report_title[1:]} (mã xác thực {sub.short_fingerprint})"
    signers, notices, timestamped = [], [], False
    signed_at = dt.datetime.now(VIETNAM_TIME)
    for source, field_name in ((leader, LEADER_FIELD), (org, ORG_FIELD)):
        if source is None:
            continue
        with _opened(source) as key:
            data, when, stamped, notice = _sign_field(data, key, field_name, reason, place, tsa, images)
        signers.append(key.holder)
        signed_at = when if field_name == LEADER_FIELD else signed_at
        timestamped = stamped if field_name == LEADER_FIELD else timestamped
        if notice and notice not in notices:
            notices.append(notice)
    digest = hashlib.sha256(data).hexdigest()
    out_pdf = folder / signed_name(sub.file_stem)
    _write_pair(ws, out_pdf, data, xlsx_path, sub, digest)
    with ws.store.transaction():
        ws.store.audit(ws.user, "pdf_sign", commune=sub.unit_code, period=p.code, field="signed_pdf_sha256",
                       new=f"{out_pdf.name} {digest} ({'; '.join(signers)})")
    return SignResult(out_pdf, xlsx_path, digest, tuple(signers), signed_at, timestamped, " ".join(notices),
                      time.perf_counter() - started)


def _exported_submission(ws: Workspace, p: Period, xlsx_path: Path, approved_fingerprint: str) -> Submission:
    """The export's submission file, once it is known to be this installation's, intact, and
    of the approval the period stands on."""
    from desktop_app.core.errors import BadSubmission
    from exports.submission_reader import read_submission

    again = f"Xuất lại báo cáo kỳ {p.name} (Tệp › Xuất báo cáo…) vào thư mục này rồi ký số."
    if not xlsx_path.is_file():
        raise NotFound(f"Không có tệp {xlsx_path.name} trong thư mục {xlsx_path.parent}: ký số cần cả báo cáo PDF và "
                       f"tệp Excel của lần xuất (tệp Excel ghi mã của bản PDF đã ký). {again}", field="Thư mục")
    try:
        sub = read_submission(xlsx_path)
    except BadSubmission as err:
        raise SignatureError(f"{err.message} {again}", field="Tệp Excel") from None
    mine = public_key(ws.signing_key())
    if sub.stated_fingerprint != sub.fingerprint or not sub.signature_valid() or sub.public_key != mine:
        raise SignatureError(f"Tệp {xlsx_path.name} đã bị sửa hoặc không do máy này lập. {again}", field="Tệp Excel")
    if not sub.approved or sub.fingerprint != approved_fingerprint:
        raise SignatureError(f"Tệp {xlsx_path.name} không phải bản xuất của lần duyệt hiện tại kỳ {p.name} (xuất trước "
                             f"khi duyệt, hoặc trước khi kỳ được mở lại và duyệt lại). {again}", field="Tệp Excel")
    return sub


def _exported_pdf(path: Path, sub: Submission) -> bytes:
    """The exported report's bytes, once it is known to be the report of `sub` (its metadata
    name the unit, period and fingerprint) with its empty signature fields."""
    again = "Xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi ký số."
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_PDF else b""
    except FileNotFoundError:
        raise NotFound(f"Không có tệp {path.name} trong thư mục {path.parent}: chọn thư mục đã xuất báo cáo, hoặc "
                       f"{again[0].lower()}{again[1:]}", field="Thư mục") from None
    except OSError as err:
        raise SignatureError(f"Không đọc được tệp {path.name}: {os_error_text(err)}.", field="Tệp PDF") from None
    subject = f"{sub.unit_code} {sub.period} {sub.fingerprint}".encode("ascii")
    if not data.startswith(b"%PDF") or subject not in data or LEADER_FIELD.encode("ascii") not in data:
        raise SignatureError(f"Tệp {path.name} không phải báo cáo PDF phần mềm xuất cho bản đã duyệt này (hoặc đã bị "
                             f"sửa, hoặc xuất bằng phiên bản chưa có ô chữ ký số). {again}", field="Tệp PDF")
    return data


@dataclass
class _Key:
    """An opened certificate and private key, as pyHanko signs with them."""

    signer: object  # pyhanko.sign.signers.Signer
    holder: str  # the certificate's common name
    organisation: str  # its O (the organisation's certificate names the organisation there)


class _opened:
    """`with _opened(source) as key:` the token's session (or the PKCS#12 file) opened, the
    signing certificate chosen and checked; the session is closed afterwards, whatever happens."""

    def __init__(self, source: KeySource):
        self.source = source
        self.session = None

    def __enter__(self) -> _Key:
        if self.source.kind == "p12":
            return _p12_key(self.source)
        self.session, key = _token_key(self.source)
        return key

    def __exit__(self, *exc) -> None:
        if self.session is not None:
            try:
                self.session.close()
            except Exception:  # noqa: BLE001 - a token pulled out: nothing left to close
                pass


def _token_key(source: KeySource):
    import pkcs11
    from pkcs11 import Attribute, ObjectClass, TokenFlag
    from pkcs11 import exceptions as p11

    module = Path(source.path)
    label = SETTING_KEYS["signature_pkcs11_module"]
    if not module.is_file():
        raise SignatureError(f"{label}: không có tệp {source.path}. Cài trình điều khiển của thiết bị ký số, hoặc chọn "
                             "lại tệp .dll ở Tệp › Cài đặt… › Chữ ký số.", field=label)
    try:
        # One library per file: python-pkcs11 keeps each loaded library by its path, and a second
        # path to the same file (a symbolic link) would initialise it twice, which it refuses.
        lib = pkcs11.lib(str(module.resolve()))
        tokens = [s.get_token() for s in lib.get_slots(token_present=True)]
    except (p11.PKCS11Error, RuntimeError, OSError) as err:
        raise SignatureError(f"{label}: không nạp được {module.name} ({_short(err)}). Chọn đúng tệp thư viện PKCS#11 "
                             "do trình cài đặt thiết bị ký số cài (cùng kiểu 32/64 bit với phần mềm).",
                             field=label) from None
    tokens = [t for t in tokens if t.flags & TokenFlag.TOKEN_INITIALIZED]
    names = ", ".join(f'"{t.label}"' for t in tokens) or "không có"
    if source.token_label:
        tokens = [t for t in tokens if t.label == source.token_label]
    token_field = SETTING_KEYS["signature_token_label"]
    if not tokens:
        raise SignatureError(f"Không thấy {source.what}: cắm thiết bị vào máy rồi ký lại (thiết bị đang cắm: {names}).",
                             field=token_field)
    if len(tokens) > 1:
        raise SignatureError(f"Đang cắm nhiều thiết bị ký số ({names}): ghi tên thiết bị của người ký ở Tệp › Cài "
                             "đặt… › Chữ ký số (hoặc --token TÊN), hoặc chỉ cắm một thiết bị.", field=token_field)
    token = tokens[0]
    if not source.secret:
        raise SignatureError(f"{PIN_FIELD}: chưa nhập mã PIN của {source.what}.", field=PIN_FIELD)
    try:
        session = token.open(user_pin=source.secret)
    except p11.PinIncorrect:
        raise SignatureError(f"{PIN_FIELD} của {source.what} không đúng. Nhập lại cẩn thận: thiết bị sẽ tự khóa sau "
                             "vài lần nhập sai liên tiếp (phần mềm không tự thử lại).", field=PIN_FIELD) from None
    except p11.PinLocked:
        raise SignatureError(f"{source.what[0].upper()}{source.what[1:]} đã bị khóa do nhập sai mã PIN nhiều lần: liên "
                             "hệ nhà cung cấp chứng thư số để mở khóa.", field=PIN_FIELD) from None
    except (p11.PinLenRange, p11.PinInvalid):
        raise SignatureError(f"{PIN_FIELD}: mã PIN của {source.what} không đúng độ dài hoặc có ký tự không hợp lệ.",
                             field=PIN_FIELD) from None
    except (p11.TokenNotPresent, p11.DeviceRemoved, p11.DeviceError) as err:
        raise SignatureError(f"Không dùng được {source.what} ({_short(err)}): cắm lại thiết bị rồi ký lại.",
                             field=token_field) from None
    try:
        keyed = {bytes(k[Attribute.ID]) for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
        found = [(bytes(c[Attribute.ID]), bytes(c[Attribute.VALUE]))
                 for c in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})]
        cert_id, der = _choose_certificate([(i, d) for i, d in found if i in keyed], source)
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.pkcs11 import PKCS11Signer

        signer = PKCS11Signer(session, cert_id=cert_id, key_id=cert_id,
                              signing_cert=asn1_x509.Certificate.load(der), other_certs_to_pull=None)
    except BaseException:
        session.close()
        raise
    holder, organisation = _names(der)
    return session, _Key(signer, holder, organisation)


def _p12_key(source: KeySource) -> _Key:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    label = "Tệp chứng thư số (PKCS#12)"
    path = Path(source.path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SignatureError(f"{label}: không đọc được tệp {path}: {os_error_text(err)}.", field=label) from None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, source.secret.encode("utf-8") or None)
    except ValueError:
        raise SignatureError(f"{P12_FIELD} {path.name} không đúng (hoặc tệp không phải tệp chứng thư số .p12/.pfx). "
                             "Nhập lại mật khẩu được cấp cùng tệp.", field=P12_FIELD) from None
    if key is None or cert is None:
        raise SignatureError(f"{label}: tệp {path.name} không có chứng thư số kèm khóa bí mật để ký.", field=label)
    der = cert.public_bytes(serialization.Encoding.DER)
    _choose_certificate([(b"", der)], source)
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    certs = [asn1_x509.Certificate.load(der)] + [
        asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in chain or ()]
    signer = SimpleSigner(
        signing_cert=certs[0],
        signing_key=asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
        cert_registry=SimpleCertificateStore.from_certs(certs))
    holder, organisation = _names(der)
    return _Key(signer, holder, organisation)


def _choose_certificate(found: Sequence[tuple[bytes, bytes]], source: KeySource,
                        now: dt.datetime | None = None) -> tuple[bytes, bytes]:
    """The signing certificate among those with a private key: valid now, allowed to sign
    (digitalSignature or nonRepudiation), not a CA's; the most recently issued when several
    are. Refused, naming why, when none is."""
    from cryptography import x509

    now = now or dt.datetime.now(dt.timezone.utc)
    usable, expired, later = [], [], []
    for cert_id, der in found:
        cert = x509.load_der_x509_certificate(der)
        try:
            usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
            signs = usage.digital_signature or usage.content_commitment
        except x509.ExtensionNotFound:
            signs = True
        try:
            ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
        except x509.ExtensionNotFound:
            ca = False
        if not signs or ca:
            continue
        if cert.not_valid_after_utc < now:
            expired.append(cert)
        elif cert.not_valid_before_utc > now:
            later.append(cert)
        else:
            usable.append((cert.not_valid_before_utc, cert_id, der))
    field_name = "Chứng thư số"
    if usable:
        _, cert_id, der = max(usable)
        return cert_id, der
    if expired:
        last = max(expired, key=lambda c: c.not_valid_after_utc)
        raise SignatureError(
            f"{field_name} trên {source.what} ({_cn(last)}) đã hết hạn ngày {last.not_valid_after_utc:%d/%m/%Y}: không "
            "ký được. Liên hệ nhà cung cấp chứng thư số để gia hạn, rồi ký lại.", field=field_name)
    if later:
        first = min(later, key=lambda c: c.not_valid_before_utc)
        raise SignatureError(
            f"{field_name} trên {source.what} ({_cn(first)}) chỉ có hiệu lực từ ngày "
            f"{first.not_valid_before_utc:%d/%m/%Y}: kiểm tra ngày giờ của máy tính, hoặc ký từ ngày đó.",
            field=field_name)
    raise SignatureError(f"Không có chứng thư số dùng để ký (kèm khóa bí mật) trên {source.what}: kiểm tra đúng thiết "
                         "bị của người ký, hoặc liên hệ nhà cung cấp chứng thư số.", field=field_name)


def _cn(cert) -> str:
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return _nfc(str(names[0].value)) if names else cert.subject.rfc4514_string()


def _names(der: bytes) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return _cn(cert), _nfc(str(org[0].value)) if org else ""


def _short(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text if len(text) <= 160 else text[:160] + "…"


def _sign_field(data: bytes, key: _Key, field_name: str, reason: str, place: str, tsa_url: str,
                images: dict) -> tuple[bytes, dt.datetime, bool, str]:
    """`data` with `field_name` signed (PAdES, SHA-256) by `key`, an incremental update; the
    signing time, whether a timestamp server stamped it, and a notice."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.fields import SigSeedSubFilter
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError

    style, seen = _appearance_style(field_name, key, images)
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason=reason, location=place, name=key.holder)
    notice = ""
    timestamper = _url_timestamper(tsa_url) if tsa_url else None
    for attempt in (timestamper, None) if timestamper else (None,):
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
        pdf_signer = signers.PdfSigner(meta, key.signer, timestamper=attempt, stamp_style=style)
        try:
            out = pdf_signer.sign_pdf(writer, existing_fields_only=True)
            break
        except TimestampRequestError:
            # Asked before the token signs (pyHanko sizes the signature with a first stamp):
            # an unreachable server costs no second PIN, and the signature stays valid, B-B.
            notice = (f"Không kết nối được máy chủ cấp dấu thời gian {tsa_url}: đã ký không có dấu thời gian "
                      "(PAdES B-B; thời điểm ký theo đồng hồ máy tính). Chữ ký vẫn hợp lệ.")
        except SigningError as err:
            raise SignatureError(f"Không ký được ô chữ ký {field_name} của báo cáo ({_short(err)}). Xuất lại báo cáo rồi "
                                 "ký số.", field="Tệp PDF") from None
        except Exception as err:  # noqa: BLE001 - a token error in the middle of signing
            from pkcs11 import exceptions as p11

            if isinstance(err, p11.PKCS11Error):
                raise SignatureError(f"Thiết bị ký số báo lỗi khi ký ({type(err).__name__}): cắm lại thiết bị rồi ký "
                                     "lại.", field="Thiết bị ký số") from None
            raise
    return out.getvalue(), seen["signed_at"], attempt is not None, notice


def _appearance_style(field_name: str, key: _Key, images: dict):
    """A pyHanko stamp style drawing our appearance (`exports.signature_appearance`) in the
    field's box, and where it records the signing time pyHanko stamps into the signature (the
    page shows exactly that time)."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.stamp import StaticStampStyle, TextStampStyle
    from pyhanko.stamp.static import StaticContentStamp

    from exports.signature_appearance import organisation_appearance, signer_appearance

    class PdfPage(PdfContent):
        """A one-page PDF (bytes) as an appearance's content."""

        def __init__(self, pdf: bytes):
            super().__init__()
            self.pdf = pdf

        def render(self) -> bytes:
            xobj = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
            self.resources.xobject["/Appearance"] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x2 - x1), height=abs(y2 - y1))
            return b"/Appearance Do"

    seen: dict[str, dt.datetime] = {}

    class Style(TextStampStyle):
        def create_stamp(self, writer, box, text_params):
            # "ts" is the time pyHanko writes into the signature (TextStampStyle's contract).
            when = dt.datetime.strptime(text_params["ts"], "%Y-%m-%dT%H:%M:%S%z").astimezone(VIETNAM_TIME)
            seen["signed_at"] = when
            at = time_text(when)
            if field_name == ORG_FIELD:
                pdf = organisation_appearance(box.width, organisation=key.organisation or key.holder, signed_at=at,
                                              seal=images["seal"])
            else:
                pdf = signer_appearance(box.width, box.height, signer=key.holder, signed_at=at, image=images["image"])
            whole = layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                               y_align=layout.AxisAlignment.ALIGN_MID, margins=layout.Margins())
            return StaticContentStamp(writer=writer, box=box, style=StaticStampStyle(
                border_width=0, background=PdfPage(pdf), background_layout=whole, background_opacity=1.0))

    return Style(timestamp_format="%Y-%m-%dT%H:%M:%S%z", border_width=0), seen


def _url_timestamper(url: str):
    """A pyHanko TimeStamper over the standard library's HTTP client: an RFC 3161 request
    needs neither `requests` nor an aiohttp session."""
    import urllib.request

    from asn1crypto import tsp
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError, set_tsp_headers

    class UrlTimeStamper(TimeStamper):
        async def async_request_tsa_response(self, req):
            def post():
                request = urllib.request.Request(url, data=req.dump(), method="POST", headers=set_tsp_headers({}))
                try:
                    with urllib.request.urlopen(request, timeout=TSA_TIMEOUT) as reply:
                        if reply.headers.get("Content-Type") != "application/timestamp-reply":
                            raise TimestampRequestError("Timestamp server response is malformed.")
                        return tsp.TimeStampResp.load(reply.read(1024 * 1024))
                except (OSError, ValueError) as err:  # URLError and timeouts are OSErrors
                    raise TimestampRequestError("Error in communication with timestamp server") from err

            return await asyncio.to_thread(post)

    return UrlTimeStamper()


def _write_pair(ws: Workspace, pdf_path: Path, pdf: bytes, xlsx_path: Path, sub: Submission, digest: str) -> None:
    """The signed PDF, then the submission file naming it; if the second cannot be written the
    first is removed again, so the folder never holds a signed PDF its Excel file does not name."""
    from exports.atomic import write_bytes_atomic
    from exports.submission_xlsx import write_submission

    previous = pdf_path.read_bytes() if pdf_path.is_file() else None
    write_bytes_atomic(pdf_path, pdf)
    # Later than the export's: the province keeps a unit's latest version, and this one (naming
    # the signed PDF) must win even when signed within the export's second.
    made = max(dt.datetime.now().astimezone().replace(microsecond=0),
               dt.datetime.fromisoformat(sub.generated_at) + dt.timedelta(seconds=1))
    try:
        write_submission(signed(replace(sub, signed_pdf_sha256=digest, generated_at=made.isoformat(),
                                        stated_fingerprint=None),
                                ws.signing_key()), xlsx_path)
    except BaseException:
        if previous is None:
            pdf_path.unlink(missing_ok=True)
        else:
            write_bytes_atomic(pdf_path, previous)
        raise


# --- checking (province, and `chitieu verify FILE.pdf`) ---------------------------------------------

def verify_pdf(path: str | Path, trust_roots: Sequence[bytes], expected_sha256: str = "") -> PdfCheck:
    """Every signature of the PDF at `path`, validated offline against `trust_roots` (DER
    certificates; none: nothing is trusted, the operating system's list is never used):
    signer, certificate validity, signing time, integrity, coverage of the file, trust; and
    whether the file is the one whose SHA-256 the submission states (`expected_sha256`).
    Revocation is not checked: without a network the province has no CRL or OCSP answer."""
    path = Path(path)
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_PDF else b""
    except OSError as err:
        return PdfCheck(path.name, "", unreadable=f"Không đọc được tệp {path.name}: {os_error_text(err)}.")
    return check_pdf_bytes(path.name, data, trust_roots, expected_sha256)


def check_pdf_bytes(name: str, data: bytes, trust_roots: Sequence[bytes], expected_sha256: str = "") -> PdfCheck:
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    digest = hashlib.sha256(data).hexdigest()
    base = dict(expected_sha256=expected_sha256, trust_roots=len(trust_roots))
    if not data.startswith(b"%PDF"):
        return PdfCheck(name, digest, unreadable=f"Tệp {name} không phải tệp PDF (hoặc lớn quá 50 MB).", **base)
    roots = [asn1_x509.Certificate.load(der) for der in trust_roots]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_regular_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        return PdfCheck(name, digest, unreadable=f"Tệp {name} bị hỏng, không đọc được cấu trúc PDF ({_short(err)}).",
                        **base)
    return PdfCheck(name, digest, tuple(_check_signature(s, roots) for s in embedded), **base)


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
                              trust_problem=f"không kiểm tra được chữ ký ({_short(err)})")
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
    return (_nfc(subject.get("common_name", "")) or cert.subject.human_friendly,
            _nfc(subject.get("organization_name", "")),
            _nfc(issuer.get("common_name", "")) or cert.issuer.human_friendly,
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
    """The signatures of the PDF found beside a received submission file (None: no PDF)."""
    pdf = pdf_beside(Path(xlsx_path))
    return verify_pdf(pdf, trust_roots, sub.signed_pdf_sha256) if pdf else None


# --- the province's trust roots ------------------------------------------------------------------

@dataclass(frozen=True)
class TrustRoot:
    """A certificate the province trusts signatures to chain to (the government CA's root and
    intermediates), with what the window and `chitieu trust list` show of it."""

    sha256: str  # of its DER bytes: its identity
    subject: str
    not_after: dt.datetime
    der: bytes

    @property
    def code(self) -> str:
        """Its short identity as typed (`chitieu trust remove CODE`)."""
        return self.sha256[:16].upper()


def read_certificates(path: str | Path) -> list[TrustRoot]:
    """The certificates in a file as the CAs publish them: PEM (one or several) or DER
    (.cer, .crt, .pem, .der). Refused, naming the file, when it holds none."""
    from cryptography import x509

    path = Path(path)
    label = "Tệp chứng thư gốc"
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_IMAGE else b""
    except OSError as err:
        raise InvalidInput(f"{label}: không đọc được tệp {path}: {os_error_text(err)}.", field=label) from None
    try:
        certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN CERTIFICATE-----" in data
                 else [x509.load_der_x509_certificate(data)])
    except ValueError:
        raise InvalidInput(f"{label}: {path.name} không phải tệp chứng thư số (.cer, .crt, .pem dạng PEM hoặc DER).",
                           field=label) from None
    return [_trust_root(c.public_bytes(_der())) for c in certs]


def _der():
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


def _trust_root(der: bytes) -> TrustRoot:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    return TrustRoot(hashlib.sha256(der).hexdigest(), _cn(cert), cert.not_valid_after_utc, der)


def trust_roots_of(rows: Iterable[tuple[str, str]]) -> list[TrustRoot]:
    """The stored trust roots (sha256, DER as base64) as `TrustRoot`s."""
    return [_trust_root(base64.b64decode(der)) for _, der in rows]


def import_trust_roots(office, paths: Sequence[str | Path]) -> list[TrustRoot]:
    """Nhập chứng thư gốc: the certificates of `paths` become trust roots (one transaction,
    an audit row each; one already there is left as it is). Returns those added."""
    office._require_province()
    office.ws.require(Permission.APPROVE)
    found = [root for path in paths for root in read_certificates(path)]
    known = {row[0] for row in office.store.trust_roots()}
    added = []
    with office.store.transaction():
        for root in found:
            if root.sha256 in known:
                continue
            office.store.put_trust_root(root.sha256, root.subject, root.not_after.isoformat(),
                                        base64.b64encode(root.der).decode("ascii"), office.ws.user)
            office.store.audit(office.ws.user, "trust_root_add", field="sha256", new=f"{root.code} {root.subject}")
            known.add(root.sha256)
            added.append(root)
    return added


def trust_roots(office) -> list[TrustRoot]:
    office._require_province()
    office.ws.require(Permission.VIEW)
    return trust_roots_of((row[0], row[3]) for row in office.store.trust_roots())


def remove_trust_root(office, code: str) -> TrustRoot:
    """Bỏ chứng thư gốc: the root whose SHA-256 starts with `code` (16 hex digits as listed)."""
    office._require_province()
    office.ws.require(Permission.APPROVE)
    typed = "".join(c for c in (code or "").lower() if c.isalnum())
    roots = trust_roots(office)
    match = [r for r in roots if len(typed) >= 8 and r.sha256.startswith(typed)]
    if len(match) != 1:
        listing = "; ".join(f"{r.code} ({r.subject})" for r in roots) or "chưa có chứng thư gốc nào"
        raise NotFound(f'Mã chứng thư gốc "{code}" không khớp đúng một chứng thư đang tin cậy (các chứng thư: '
                       f"{listing}).", field="Mã chứng thư gốc")
    root = match[0]
    with office.store.transaction():
        office.store.remove_trust_root(root.sha256, office.ws.user)
        office.store.audit(office.ws.user, "trust_root_remove", field="sha256", old=f"{root.code} {root.subject}")
    return root


def pdf_signatures(office, period: str | Period) -> dict[str, PdfCheck]:
    """Unit code -> the check of the signed PDF received beside its kept version's file (units
    without one are absent), as the province window's signature column shows it."""
    import json

    office._require_province()
    p = parse_period(period)
    kept = {r.id: r.unit_code for r in office.store.received(p.code)}
    return {kept[rid]: PdfCheck.from_json(json.loads(text)) for rid, text in office.store.pdf_checks(kept).items()}
