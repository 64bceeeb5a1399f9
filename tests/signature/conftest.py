"""A software token and a small PKI for the digital signature tests.

SoftHSM2 (Debian package `softhsm2`) plays the leader's USB token: one token directory for the
whole session, in a temporary folder, pointed to by SOFTHSM2_CONF before the PKCS#11 module is
first loaded. Its tokens hold keys and certificates made here with `cryptography`:

- "Lanh dao": Trần Thị Bình's certificate, issued by the test CA, valid now;
- "Het han": the same person's certificate that expired yesterday;
- "Co quan": the organisation's certificate (O = UBND xã Tân Cương);
- "Trong": an initialised token without any certificate.

The test CA's root is what a province imports; a second CA, never imported, signs an
"untrusted" PKCS#12 file. The tests skip, saying why, only when SoftHSM2 is not installed.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

PIN = "246810"
SO_PIN = "12345678"
P12_PASSWORD = "mật-khẩu-p12"
MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
           "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")


def softhsm_module() -> str | None:
    found = next((m for m in MODULES if Path(m).is_file()), None)
    return str(Path(found).resolve()) if found else None  # as the settings keep it


@dataclass(frozen=True)
class Pki:
    folder: Path
    root_pem: Path  # the test CA, what the province imports
    root_der: bytes
    other_root_pem: Path  # a CA nobody imported
    leader_p12: Path  # Trần Thị Bình, issued by the test CA
    untrusted_p12: Path  # Trần Thị Bình again, issued by the other CA
    expired_p12: Path
    token_contents: dict  # token label -> (private key, certificate) put on it


def _name(cn: str, org: str | None = None):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


def _ca(cn: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    now = dt.datetime.now(dt.timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn)).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=30)).not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                         crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256()))
    return key, cert


def _leaf(ca, cn: str, org: str, *, days_from: int = -1, days_to: int = 365):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    ca_key, ca_cert = ca
    now = dt.datetime.now(dt.timezone.utc)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(_name(cn, org)).issuer_name(ca_cert.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now + dt.timedelta(days=days_from)).not_valid_after(now + dt.timedelta(days=days_to))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                         data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return key, cert


def _p12(path: Path, key, cert, ca_cert) -> Path:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"test", key, cert, [ca_cert], BestAvailableEncryption(P12_PASSWORD.encode("utf-8"))))
    return path


@pytest.fixture(scope="session")
def pki(tmp_path_factory) -> Pki:
    from cryptography.hazmat.primitives.serialization import Encoding

    folder = tmp_path_factory.mktemp("pki")
    root, other = _ca("CA thử nghiệm Chính phủ"), _ca("CA lạ không được tỉnh tin cậy")
    (folder / "root.pem").write_bytes(root[1].public_bytes(Encoding.PEM))
    (folder / "other-root.pem").write_bytes(other[1].public_bytes(Encoding.PEM))
    leader, untrusted = _leaf(root, "Trần Thị Bình", "UBND xã Tân Cương"), _leaf(other, "Trần Thị Bình", "UBND xã Tân Cương")
    expired = _leaf(root, "Trần Thị Bình", "UBND xã Tân Cương", days_from=-400, days_to=-1)
    org = _leaf(root, "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG", "ỦY BAN NHÂN DÂN XÃ TÂN CƯƠNG")
    return Pki(folder, folder / "root.pem", root[1].public_bytes(Encoding.DER), folder / "other-root.pem",
              _p12(folder / "leader.p12", *leader, root[1]), _p12(folder / "untrusted.p12", *untrusted, other[1]),
              _p12(folder / "expired.p12", *expired, root[1]),
              {"Lanh dao": leader, "Het han": expired, "Co quan": org})


@pytest.fixture(scope="session")
def softhsm(pki, tmp_path_factory) -> str:
    """The PKCS#11 module of a SoftHSM2 holding the four tokens; skipped without SoftHSM2."""
    module = softhsm_module()
    util = shutil.which("softhsm2-util")
    if module is None or util is None:
        pytest.skip("SoftHSM2 is not installed (Debian: apt-get install softhsm2 opensc): the software token the "
                    "PKCS#11 signing tests need. The PKCS#12 tests still run.")
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by the module when first loaded, in this process
    env = dict(os.environ)

    def run(*args):
        subprocess.run([util, *args], check=True, capture_output=True, env=env)

    for label in ("Lanh dao", "Het han", "Co quan", "Trong"):
        run("--init-token", "--free", "--label", label, "--so-pin", SO_PIN, "--pin", PIN)
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    lib = pkcs11.lib(module)
    for label, (key, cert) in pki.token_contents.items():
        pem = folder / f"{label}.key.pem"
        pem.write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
        run("--import", str(pem), "--token", label, "--label", label, "--id", "01", "--pin", PIN)
        pem.unlink()
        lib.reinitialize()  # the module reads the token directory when initialised
        token = lib.get_token(token_label=label)
        with token.open(rw=True, user_pin=PIN) as session:
            session.create_object({
                Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True, Attribute.ID: b"\x01", Attribute.LABEL: label,
                Attribute.SUBJECT: cert.subject.public_bytes(), Attribute.VALUE: cert.public_bytes(Encoding.DER)})
    lib.reinitialize()
    return module


@pytest.fixture(autouse=True)
def _approved_before_the_report_date(approved_before_report_date):
    """The reports here are dated REPORT_DATE: approved before it whatever day the suite runs."""


@pytest.fixture
def approved(tmp_path, approved_before_report_date):
    """Xã Tân Cương, year 2026 entered, completed, approved (on APPROVED_AT) and exported into
    `out`: (workspace, out folder, export result)."""
    from desktop_app.services import Workspace, export_period
    from tests.exports.sample_data import REPORT_DATE, fill_commune_2026

    ws = Workspace.open(tmp_path / "data", user="lanh-dao")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    fill_commune_2026(ws)
    ws.complete("2026")
    ws.approve("2026")
    result = export_period(ws, "2026", tmp_path / "out", report_date=REPORT_DATE)
    yield ws, tmp_path / "out", result
    ws.close()
