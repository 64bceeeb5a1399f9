"""The certificates a report is signed with: where they are (`KeySource`: a PKCS#11 token or a
PKCS#12 file, as the signature settings name them), opening them, and choosing the signing
certificate; and what a certificate names, read alike by the signing and the checking.

Its own module because it is the token's side of signing: the leader meets its refusals
(a wrong PIN, a locked token, a missing library, an expired certificate) before a byte of
the report is signed, and they say themselves in English too (`ChiTieuError.en`).
python-pkcs11, pyHanko and asn1crypto are imported inside the functions that open a key.
"""
from __future__ import annotations

import datetime as dt
import logging
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from desktop_app.core.errors import SignatureError, os_error_text, os_error_text_en
from desktop_app.core.pdf_signature import SETTING_KEYS, SETTING_KEYS_EN, SignatureSettings

PIN_FIELD = "Mã PIN"
P12_FIELD = "Mật khẩu tệp chứng thư số"
# As the signing dialog labels the two fields in English.
PIN_FIELD_EN = "Token PIN"
P12_FIELD_EN = "Certificate file's password"
SETTINGS_EN = "File › Settings… › Digital signature"
MAX_P12_FILE = 1024 * 1024  # a .p12/.pfx holds a key and a few certificates: a few kB
# pyHanko logs every failed certificate path with its traceback; the check reports it in
# Vietnamese instead, so its log records go nowhere unless the program configures logging.
# Set here, the module both the signing and the checking import before pyHanko.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


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
    def what_en(self) -> str:
        if self.kind == "p12":
            return f"the certificate file {Path(self.path).name}"
        return f'the token "{self.token_label}"' if self.token_label else "the token"


def key_sources(settings: SignatureSettings, *, pin: str = "", org_secret: str = "") -> tuple[KeySource, KeySource | None]:
    """The signer's token and the organisation's certificate as the settings name them."""
    if not settings.pkcs11_module:
        raise SignatureError(
            "Chưa chọn tệp thư viện PKCS#11 của thiết bị ký số: Quản trị chọn một lần ở Tệp › Cài đặt… › Chữ ký "
            "số (tệp .dll do trình cài đặt thiết bị ký số cài), hoặc ký bằng tệp chứng thư số .p12.",
            field=SETTING_KEYS["signature_pkcs11_module"],
            en=f"The token's PKCS#11 library file is not chosen yet: the Administrator chooses it once in "
               f"{SETTINGS_EN} (the .dll installed with the token's driver), or sign with a .p12 certificate file.")
    leader = KeySource("pkcs11", settings.pkcs11_module, settings.token_label, pin)
    return leader, org_source(settings, org_secret)


def org_source(settings: SignatureSettings, secret: str = "") -> KeySource | None:
    if settings.org_p12:
        return KeySource("p12", settings.org_p12, secret=secret)
    if settings.org_token_label:
        if not settings.pkcs11_module:
            raise SignatureError("Chữ ký của cơ quan trên thiết bị ký số cần tệp thư viện PKCS#11: chọn ở Tệp › Cài "
                                 "đặt… › Chữ ký số.", field=SETTING_KEYS["signature_pkcs11_module"],
                                 en=f"The organisation's signature on a token needs the PKCS#11 library file: choose "
                                    f"it in {SETTINGS_EN}.")
        return KeySource("pkcs11", settings.pkcs11_module, settings.org_token_label, secret)
    return None


@dataclass
class Key:
    """An opened certificate and private key, as pyHanko signs with them."""

    signer: object  # pyhanko.sign.signers.Signer
    holder: str  # the certificate's common name
    organisation: str  # its O (the organisation's certificate names the organisation there)


class opened:
    """`with opened(source) as key:` the token's session (or the PKCS#12 file) opened, the
    signing certificate chosen and checked; the session is closed afterwards, whatever happens."""

    def __init__(self, source: KeySource):
        self.source = source
        self.session = None

    def __enter__(self) -> Key:
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


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _token_key(source: KeySource):
    import pkcs11
    from pkcs11 import Attribute, ObjectClass, TokenFlag
    from pkcs11 import exceptions as p11

    module = Path(source.path)
    label, label_en = SETTING_KEYS["signature_pkcs11_module"], SETTING_KEYS_EN["signature_pkcs11_module"]
    what, what_en = source.what, source.what_en
    if not module.is_file():
        raise SignatureError(f"{label}: không có tệp {source.path}. Cài trình điều khiển của thiết bị ký số, hoặc chọn "
                             "lại tệp .dll ở Tệp › Cài đặt… › Chữ ký số.", field=label,
                             en=f"{label_en}: there is no file {source.path}. Install the token's driver, or choose "
                                f"the .dll again in {SETTINGS_EN}.")
    try:
        # One library per file: python-pkcs11 keeps each loaded library by its path, and a second
        # path to the same file (a symbolic link) would initialise it twice, which it refuses.
        lib = pkcs11.lib(str(module.resolve()))
        tokens = [s.get_token() for s in lib.get_slots(token_present=True)]
    except (p11.PKCS11Error, RuntimeError, OSError) as err:
        raise SignatureError(f"{label}: không nạp được {module.name} ({brief(err)}). Chọn đúng tệp thư viện PKCS#11 "
                             "do trình cài đặt thiết bị ký số cài (cùng kiểu 32/64 bit với phần mềm).", field=label,
                             en=f"{label_en}: could not load {module.name} ({brief(err)}). Choose the PKCS#11 library "
                                "installed with the token's driver (of the same kind, 32/64 bit, as the program)."
                             ) from None
    tokens = [t for t in tokens if t.flags & TokenFlag.TOKEN_INITIALIZED]
    plugged = ", ".join(f'"{t.label}"' for t in tokens)
    if source.token_label:
        tokens = [t for t in tokens if t.label == source.token_label]
    token_field = SETTING_KEYS["signature_token_label"]
    if not tokens:
        raise SignatureError(f"Không thấy {what}: cắm thiết bị vào máy rồi ký lại (thiết bị đang cắm: "
                             f"{plugged or 'không có'}).", field=token_field,
                             en=f"{_cap(what_en)} is not found: plug it into the computer and sign again (tokens "
                                f"plugged in: {plugged or 'none'}).")
    if len(tokens) > 1:
        raise SignatureError(f"Đang cắm nhiều thiết bị ký số ({plugged}): ghi tên thiết bị của người ký ở Tệp › Cài "
                             "đặt… › Chữ ký số (hoặc --token TÊN), hoặc chỉ cắm một thiết bị.", field=token_field,
                             en=f"Several tokens are plugged in ({plugged}): type the signer's token name in "
                                f"{SETTINGS_EN} (or --token NAME), or plug in only one token.")
    token = tokens[0]
    if not source.secret:
        raise SignatureError(f"{PIN_FIELD}: chưa nhập mã PIN của {what}.", field=PIN_FIELD,
                             en=f"{PIN_FIELD_EN}: the PIN of {what_en} is not typed.")
    try:
        session = token.open(user_pin=source.secret)
    except p11.PinIncorrect:
        raise SignatureError(f"{PIN_FIELD} của {what} không đúng. Nhập lại cẩn thận: thiết bị sẽ tự khóa sau vài lần "
                             "nhập sai liên tiếp (phần mềm không tự thử lại).", field=PIN_FIELD,
                             en=f"The PIN of {what_en} is wrong. Type it again carefully: the token locks itself "
                                "after a few wrong PINs in a row (the program never tries again by itself)."
                             ) from None
    except p11.PinLocked:
        raise SignatureError(f"{_cap(what)} đã bị khóa do nhập sai mã PIN nhiều lần: liên hệ nhà cung cấp chứng thư "
                             "số để mở khóa.", field=PIN_FIELD,
                             en=f"{_cap(what_en)} is locked after too many wrong PINs: ask the provider of the "
                                "certificate to unlock it.") from None
    except (p11.PinLenRange, p11.PinInvalid):
        raise SignatureError(f"{PIN_FIELD}: mã PIN của {what} không đúng độ dài hoặc có ký tự không hợp lệ.",
                             field=PIN_FIELD,
                             en=f"{PIN_FIELD_EN}: the PIN of {what_en} has the wrong length or characters that are "
                                "not allowed.") from None
    except (p11.TokenNotPresent, p11.DeviceRemoved, p11.DeviceError) as err:
        raise SignatureError(f"Không dùng được {what} ({brief(err)}): cắm lại thiết bị rồi ký lại.", field=token_field,
                             en=f"Could not use {what_en} ({brief(err)}): plug the token in again and sign again."
                             ) from None
    try:
        keyed = {bytes(k[Attribute.ID]) for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
        found = [(bytes(c[Attribute.ID]), bytes(c[Attribute.VALUE]))
                 for c in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})]
        cert_id, der = choose_certificate([(i, d) for i, d in found if i in keyed], source)
        from asn1crypto import x509 as asn1_x509
        from pyhanko.sign.pkcs11 import PKCS11Signer

        signer = PKCS11Signer(session, cert_id=cert_id, key_id=cert_id,
                              signing_cert=asn1_x509.Certificate.load(der), other_certs_to_pull=None)
    except BaseException:
        session.close()
        raise
    holder, organisation = _names(der)
    return session, Key(signer, holder, organisation)


def _p12_key(source: KeySource) -> Key:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    label, label_en = "Tệp chứng thư số (PKCS#12)", "Certificate file (PKCS#12)"
    path = Path(source.path)
    from exports.xlsx_container import FileTooLarge, NotRegularFile, read_regular

    try:
        data = read_regular(path, MAX_P12_FILE)  # /dev/zero, a pipe: not read until memory runs out, or forever
    except (FileTooLarge, NotRegularFile):
        raise SignatureError(f"{label}: {path.name} không phải tệp chứng thư số .p12/.pfx (tệp đó chỉ vài kB).",
                             field=label, en=f"{label_en}: {path.name} is not a .p12/.pfx certificate file (one "
                                             "holds a few kB).") from None
    except OSError as err:
        raise SignatureError(f"{label}: không đọc được tệp {path}: {os_error_text(err)}.", field=label,
                             en=f"{label_en}: could not read the file {path}: {os_error_text_en(err)}.") from None
    try:
        key, cert, chain = pkcs12.load_key_and_certificates(data, source.secret.encode("utf-8") or None)
    except ValueError:
        raise SignatureError(f"{P12_FIELD} {path.name} không đúng (hoặc tệp không phải tệp chứng thư số .p12/.pfx). "
                             "Nhập lại mật khẩu được cấp cùng tệp.", field=P12_FIELD,
                             en=f"The password of the certificate file {path.name} is wrong (or the file is not a "
                                ".p12/.pfx certificate file). Type again the password given with the file.") from None
    if key is None or cert is None:
        raise SignatureError(f"{label}: tệp {path.name} không có chứng thư số kèm khóa bí mật để ký.", field=label,
                             en=f"{label_en}: the file {path.name} holds no certificate with a private key to sign "
                                "with.")
    der = cert.public_bytes(serialization.Encoding.DER)
    choose_certificate([(b"", der)], source)
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
    return Key(signer, holder, organisation)


def choose_certificate(found: Sequence[tuple[bytes, bytes]], source: KeySource,
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
        ended = f"{last.not_valid_after_utc:%d/%m/%Y}"
        raise SignatureError(
            f"{field_name} trên {source.what} ({common_name(last)}) đã hết hạn ngày {ended}: không ký được. Liên hệ "
            "nhà cung cấp chứng thư số để gia hạn, rồi ký lại.", field=field_name,
            en=f"The certificate on {source.what_en} ({common_name(last)}) expired on {ended}: it cannot sign. Ask "
               "the provider of the certificate to renew it, then sign again.")
    if later:
        first = min(later, key=lambda c: c.not_valid_before_utc)
        begins = f"{first.not_valid_before_utc:%d/%m/%Y}"
        raise SignatureError(
            f"{field_name} trên {source.what} ({common_name(first)}) chỉ có hiệu lực từ ngày {begins}: kiểm tra ngày "
            "giờ của máy tính, hoặc ký từ ngày đó.", field=field_name,
            en=f"The certificate on {source.what_en} ({common_name(first)}) is valid only from {begins}: check the "
               "computer's date and time, or sign from that day.")
    raise SignatureError(f"Không có chứng thư số dùng để ký (kèm khóa bí mật) trên {source.what}: kiểm tra đúng thiết "
                         "bị của người ký, hoặc liên hệ nhà cung cấp chứng thư số.", field=field_name,
                         en=f"There is no certificate to sign with (with its private key) on {source.what_en}: check "
                            "that it is the signer's, or ask the provider of the certificate.")


def common_name(cert) -> str:
    """The holder a `cryptography` certificate names (its CN), as the signing and the trust
    roots show it."""
    from cryptography.x509.oid import NameOID

    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return shown_name(str(names[0].value) if names else cert.subject.rfc4514_string())


def _names(der: bytes) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)
    org = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return common_name(cert), shown_name(str(org[0].value)) if org else ""


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


MAX_NAME = 200  # characters of a certificate's name shown; a person's or an office's is under 100


def shown_name(text: str | None) -> str:
    """A name a certificate states, as a person reads it in a line of ours: anyone can issue a certificate
    whose name holds a line break and words laid out as our own lines ("  Tin cậy: tin cậy"), a terminal's
    control sequence or a right-to-left override (red-team R4 F3). NFC; every character that prints nothing
    or moves text (controls, format characters, line and paragraph separators) becomes a space; spaces
    collapsed; at most MAX_NAME characters."""
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in nfc(text))
    text = " ".join(text.split())
    return text if len(text) <= MAX_NAME else text[:MAX_NAME - 1] + "…"


def brief(err: BaseException) -> str:
    """A library's error in a message: its text, cut at 160 characters."""
    text = str(err).strip() or type(err).__name__
    return text if len(text) <= 160 else text[:160] + "…"
