"""The commune report's foot prints "Mã khóa của máy lập: XXXX-XXXX-XXXX-XXXX" on one line: the
province reads the key's code off the signed paper to compare it, and the label at the end of one
line with its code on the next (walk-through 6, d9m-4.png) read as a label without a value."""
from __future__ import annotations

import io
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from desktop_app.core.signing import key_code, new_private_key, public_key
from exports.fonts import report_fonts
from exports.official_page import _Styles
from exports.report_pdf import SignedPageFoot, render_pdf
from tests.exports.conftest import signed_page

LABELS = ("Mã khóa của máy lập:", "Mã xác thực báo cáo:")


def _signed(sub, n: int):
    """`sub` with the n-th of a few keys and preparers, so the label falls at other places on its line."""
    return replace(sub, public_key=public_key(new_private_key()), preparer="Nguyễn Văn " + "An" * n)


@pytest.mark.parametrize("n", range(3))
def test_the_key_code_is_on_the_line_of_its_label(commune_sub, n):
    sub = _signed(commune_sub, n)
    pdf = render_pdf(sub)
    reader = PdfReader(io.BytesIO(pdf))
    assert sub.key_code in reader.pages[signed_page(reader)].extract_text()
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    lines = text.decode().splitlines()
    line = next(line for line in lines if "Mã khóa của máy lập:" in line)
    assert sub.key_code in line and sub.short_fingerprint in " ".join(lines)


def test_no_line_of_the_foot_ends_with_a_label_whatever_its_width(commune_sub):
    """At every width the foot's text may get (a narrower frame, a longer preparer's name), a
    label and its code go to a line together."""
    sub = replace(commune_sub, public_key=public_key(new_private_key()))
    foot = SignedPageFoot(sub, _Styles(report_fonts()), "tep.xlsx")
    assert key_code(sub.public_key) == sub.key_code
    for width in range(240, 420, 3):  # the foot's text is 383 pt wide on the portrait page
        for paragraph in foot._lines():
            paragraph.wrap(width, 1000)
            lines = [" ".join(w.text for w in line.words) if hasattr(line, "words") else " ".join(line[1])
                     for line in paragraph.blPara.lines]
            for label in LABELS:
                assert not any(line.rstrip().endswith(label) for line in lines), (width, lines)
            whole = "".join(lines)
            if "máy lập:" in whole.replace("\xa0", " "):
                assert any(sub.key_code in line and "lập:" in line for line in lines), (width, lines)


def _foot_period(sub) -> str:
    """What the foot says after "kỳ báo cáo:", up to the catalogue's version."""
    words = " ".join(p.getPlainText() for p in SignedPageFoot(sub, _Styles(report_fonts()), "tep.xlsx")._lines())
    return words.split("kỳ báo cáo: ", 1)[1].split("; bộ chỉ tiêu", 1)[0]


def test_the_foot_names_the_period_once_and_its_code_where_the_name_lacks_it(commune_sub, commune_ws):
    """"kỳ báo cáo: Năm 2026", not "Năm 2026 (2026)" (walk 7, L10); a period whose name does not
    spell its code keeps it, as `chitieu` commands and the file's name call it."""
    from tests.exports.conftest import submission_of

    assert _foot_period(commune_sub) == "Năm 2026"
    reader = PdfReader(io.BytesIO(render_pdf(commune_sub)))
    assert "Năm 2026 (2026)" not in reader.pages[signed_page(reader)].extract_text()
    assert _foot_period(submission_of(commune_ws, "2026-6M")) == "6 tháng đầu năm 2026 (mã 2026-6M)"
