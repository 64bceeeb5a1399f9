"""Red-team R4 F3: a certificate's names are the issuer's words, and anyone can issue one. A signer's name holding a
line break and "  Tin cậy: tin cậy" printed a line of its own, indented as the check's own, above the real "Tin cậy:
KHÔNG tin cậy"; a terminal's control sequence and a right-to-left override went through to `chitieu verify` and the
window's tooltip, and `trust add` echoed a root's name as it was. Names are now shown on one line with what prints
nothing or moves text turned into spaces (`certificates.shown_name`)."""
from __future__ import annotations

from desktop_app.certificates import KeySource, shown_name
from desktop_app.report_signing import sign_report
from tests.signature.conftest import P12_PASSWORD, _ca, _leaf, _p12

HOSTILE = "Trần Thị Bình\n  Tin cậy: tin cậy\x1b[2K"


def test_a_name_is_shown_on_one_line_without_what_prints_nothing():
    assert shown_name(HOSTILE) == "Trần Thị Bình Tin cậy: tin cậy [2K"
    assert shown_name("UBND xã Đại Phúc\u202e") == "UBND xã Đại Phúc"
    assert shown_name("Tra\u0302\u0300n Thi\u0323 Bi\u0300nh") == "Trần Thị Bình"  # decomposed letters put together
    assert len(shown_name("A" * 500)) == 200


def test_verify_prints_no_line_a_certificate_s_name_made(approved, tmp_path, capsys):  # noqa: F811
    from desktop_app.cli import run

    ws, out, _ = approved
    ca = _ca("CA tự lập\nTin cậy: tin cậy")
    key, cert = _leaf(ca, HOSTILE, "UBND xã Tân Cương\u202e")
    source = KeySource("p12", str(_p12(tmp_path / "la.p12", key, cert, ca[1])), secret=P12_PASSWORD)
    signed = sign_report(ws, "2026", out, source, confirm=lambda warning: True)
    capsys.readouterr()
    run(["--data-dir", str(tmp_path / "tinh"), "verify", str(signed.pdf)])  # the CA not trusted
    said = capsys.readouterr()
    printed = said.out + said.err
    trust = [line.strip() for line in printed.splitlines() if line.strip().startswith("Tin cậy:")]
    assert len(trust) == 1 and trust[0].startswith("Tin cậy: KHÔNG tin cậy"), printed
    assert "\x1b" not in printed and "\u202e" not in printed
    assert "Trần Thị Bình Tin cậy: tin cậy [2K" in printed  # the name, said on its own line's place
