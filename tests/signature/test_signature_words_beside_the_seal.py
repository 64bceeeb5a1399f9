"""The signer's signature prints its words beside the seal, whatever the name's length (review U2
F9): a certificate's long name ("Tôn Nữ Hoàng Phượng Nguyễn Phước…") was drawn on one line at one
size from the middle of the block, over the seal's "PHÙNG". The words now stay inside the signer's
field, right of the organisation's, shrunk and wrapped; the signed PDF is still "hợp lệ"."""
from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest
from cryptography.hazmat.primitives.serialization import Encoding
from pypdf import PdfReader

from desktop_app.certificates import KeySource
from desktop_app.core.pdf_signature import LEADER_FIELD, ORG_FIELD, PdfVerdict
from desktop_app.report_signing import sign_report
from desktop_app.signature_check import verify_pdf
from exports.signature_appearance import signer_appearance
from tests.signature.conftest import P12_PASSWORD, _ca, _leaf, _p12

# A certificate's name: 64 characters at most (X.520); `cryptography` issues 64 bytes of UTF-8 at most.
LONGEST = "Tôn Nữ Hoàng Phượng Nguyễn Phước Thị Minh Khai Bùi Đặng Lương Huỳ"
ISSUED = "Tôn Nữ Hoàng Phượng Nguyễn Phước Thị Minh Khai Bù"  # the review's, 64 bytes
SHOWN_MOST = (LONGEST + " ") * 3  # 195 letters: a name is shown at most 200 (`certificates.shown_name`)
ORGANISATION = "ỦY BAN NHÂN DÂN PHƯỜNG PHAN ĐÌNH PHÙNG"
AT = "2026-07-02T09:15:00+07:00"


def _fields(pdf) -> tuple[int, dict[str, list[float]]]:
    """The page of the signature fields and each field's rectangle."""
    reader = PdfReader(str(pdf))
    for n, page in enumerate(reader.pages):
        found = {str(a.get_object()["/T"]): [float(v) for v in a.get_object()["/Rect"]]
                 for a in page.get("/Annots") or [] if "/T" in a.get_object()}
        if LEADER_FIELD in found:
            return n, found
    raise AssertionError("no signature field")


def _words(pdf: bytes | str, page: int = 0) -> tuple[float, list[tuple[str, float, float, float, float]]]:
    """The page's height and its words as poppler places them: (word, xMin, yMin, xMax, yMax),
    y down from the top."""
    args = ["pdftotext", "-bbox", "-f", str(page + 1), "-l", str(page + 1)]
    data = pdf if isinstance(pdf, bytes) else None
    xml = subprocess.run([*args, "-" if data else str(pdf), "-"], input=data, capture_output=True,
                         check=True).stdout.decode("utf-8")
    root = ET.fromstring(xml)
    ns = "{http://www.w3.org/1999/xhtml}"
    height = float(next(root.iter(f"{ns}page")).get("height"))
    return height, [(w.text, *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
                    for w in root.iter(f"{ns}word")]


@pytest.mark.parametrize("name", ["Trần Thị Bình", "Nguyễn Thị Phương Thảo", LONGEST, SHOWN_MOST.strip()])
def test_the_signer_s_words_stay_in_the_field_right_of_the_seal(approved, name):
    """Drawn for the report's own signature field, every word (all of them: "Đã ký số", the name,
    "Ký bởi: …", "Thời gian ký: …") lies inside the field and right of the seal's field."""
    _, _, export = approved
    _, fields = _fields(export.pdf)
    x1, y1, x2, y2 = fields[LEADER_FIELD]
    seal_right = fields[ORG_FIELD][2] - x1
    height, words = _words(signer_appearance(x2 - x1, y2 - y1, signer=name, signed_at=AT))
    assert " ".join(w[0] for w in words) == f"Đã ký số {name} Ký bởi: {name} Thời gian ký: {AT}"
    outside = [w for w in words if w[1] < seal_right or w[3] > x2 - x1 or w[2] < 0 or w[4] > height]
    assert not outside, (seal_right, x2 - x1, height, outside)


def test_a_longest_name_signed_with_the_seal_is_valid_and_clear_of_it(approved, tmp_path):
    """Signed by a certificate with the longest name, then the organisation's: "Chữ ký số hợp lệ", and
    on the signed page the name's words inside the signer's field are all right of the seal."""
    ws, out, _ = approved
    ca = _ca("CA thử nghiệm tên dài")
    leader = _leaf(ca, ISSUED, "UBND phường Phan Đình Phùng")
    leader = KeySource("p12", str(_p12(tmp_path / "la.p12", *leader, ca[1])), secret=P12_PASSWORD)
    org = KeySource("p12", str(_p12(tmp_path / "cq.p12", *_leaf(ca, ORGANISATION, ORGANISATION), ca[1])),
                    secret=P12_PASSWORD)
    signed = sign_report(ws, "2026", out, leader, org, confirm=lambda warning: True)
    check = verify_pdf(signed.pdf, [ca[1].public_bytes(Encoding.DER)], signed.sha256)
    assert check.verdict == PdfVerdict.HOP_LE, check
    page, fields = _fields(signed.pdf)
    height, words = _words(str(signed.pdf), page)
    x1, y1, x2, y2 = fields[LEADER_FIELD]
    in_field = [w for w in words if x1 <= (w[1] + w[3]) / 2 <= x2 and height - y2 <= (w[2] + w[4]) / 2 <= height - y1]
    named = [w for w in in_field if w[0] in ISSUED.split()]
    assert len(named) >= 2 * len(ISSUED.split()), in_field  # the name, and "Ký bởi: …"
    over = [w for w in named if w[1] < fields[ORG_FIELD][2]]
    assert not over, over
