"""The province's trust roots: the certificates (the government CA's root and intermediates)
it trusts the report PDFs' signatures to chain to, read from the files the CAs publish and
kept in the province database (Nhập chứng thư gốc…, `chitieu trust`).

Apart from the checking (`desktop_app.signature_check`, which takes the roots as bytes)
because this is the province office's register, behind its permissions and audited; its
refusals stay Vietnamese, as the province's side does (desktop_app/core/errors.py).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from desktop_app.certificates import common_name
from desktop_app.core.errors import InvalidInput, NotFound, os_error_text
from desktop_app.core.users import Permission

# A certificate file holds a few kB; one beyond this (a signature image's bound) is not one.
MAX_CERTIFICATE_FILE = 2 * 1024 * 1024


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
    from exports.xlsx_container import FileTooLarge, NotRegularFile, read_regular

    try:
        # Checked on the open descriptor: /dev/zero or a pipe (size 0) was read until memory ran out, or forever.
        data = read_regular(path, MAX_CERTIFICATE_FILE)
    except (FileTooLarge, NotRegularFile):
        data = b""  # not a certificate file: said below
    except OSError as err:
        raise InvalidInput(f"{label}: không đọc được tệp {path}: {os_error_text(err)}.", field=label) from None
    try:
        certs = (x509.load_pem_x509_certificates(data) if b"-----BEGIN CERTIFICATE-----" in data
                 else [x509.load_der_x509_certificate(data)])
    except ValueError:
        raise InvalidInput(f"{label}: {path.name} không phải tệp chứng thư số (.cer, .crt, .pem dạng PEM hoặc DER).",
                           field=label) from None
    for cert in certs:
        _refuse_unless_authority(cert, path.name, label)
    return [_trust_root(c.public_bytes(_der())) for c in certs]


def _refuse_unless_authority(cert, name: str, label: str) -> None:
    """A trust root is a certification authority's certificate: one that says it is a CA and may sign
    certificates. A person's or an organisation's own certificate (the leader's .cer, a self-made one)
    taken as a root would make every signature by its key "hợp lệ" (red-team R3 F4). This stops a careless
    choice of file, not a forger: anyone can make a certificate that says it is a CA, which is why the
    root's code is shown to be compared with the one the CA publishes."""
    from cryptography import x509

    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    try:
        is_ca = is_ca and cert.extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign
    except x509.ExtensionNotFound:
        pass
    if not is_ca:
        raise InvalidInput(
            f"{label}: {name} là chứng thư của {common_name(cert)}, không phải chứng thư của tổ chức cung cấp dịch vụ "
            "chứng thực chữ ký số (CA): không dùng làm chứng thư gốc được. Hãy lấy chứng thư gốc trên trang của CA "
            "(ví dụ Trung tâm Chứng thực điện tử quốc gia) và so mã SHA-256 của nó với mã CA công bố.",
            field=label)


def _der():
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.DER


def _trust_root(der: bytes) -> TrustRoot:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    return TrustRoot(hashlib.sha256(der).hexdigest(), common_name(cert), cert.not_valid_after_utc, der)


def trust_roots_of(rows: Iterable[tuple[str, str]]) -> list[TrustRoot]:
    """The stored trust roots (sha256, DER as base64) as `TrustRoot`s."""
    return [_trust_root(base64.b64decode(der)) for _, der in rows]


def import_trust_roots(office, paths: Sequence[str | Path]) -> list[TrustRoot]:
    """Nhập chứng thư gốc: the certificates of `paths` become trust roots (one transaction,
    an audit row each; one already there is left as it is). Returns those added."""
    office._require_province()
    office.ws.require(Permission.APPROVE, ("nhập chứng thư gốc tin cậy", "import trust roots"))
    found = [root for path in paths for root in read_certificates(path)]
    known = {row[0] for row in office.store.trust_roots()}
    added = []
    with office.store.transaction():
        office.refuse_decision_while_changed(("thêm chứng thư gốc tin cậy", "add trust roots"))
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
    office.ws.require(Permission.APPROVE, ("bỏ chứng thư gốc tin cậy", "remove a trust root"))
    typed = "".join(c for c in (code or "").lower() if c.isalnum())
    roots = trust_roots(office)
    match = [r for r in roots if len(typed) >= 8 and r.sha256.startswith(typed)]
    if len(match) != 1:
        listing = "; ".join(f"{r.code} ({r.subject})" for r in roots) or "chưa có chứng thư gốc nào"
        raise NotFound(f'Mã chứng thư gốc "{code}" không khớp đúng một chứng thư đang tin cậy (các chứng thư: '
                       f"{listing}).", field="Mã chứng thư gốc")
    root = match[0]
    with office.store.transaction():
        office.refuse_decision_while_changed(("bỏ chứng thư gốc tin cậy", "remove the trust root"))
        office.store.remove_trust_root(root.sha256, office.ws.user)
        office.store.audit(office.ws.user, "trust_root_remove", field="sha256", old=f"{root.code} {root.subject}")
    return root
