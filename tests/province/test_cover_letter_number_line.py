"""The catalogue update's cover letter (công văn) prints its number line whole and once (review U2
F5, F6): a symbol long enough to break the number line printed its second line ("VP") over
"V/v cập nhật bộ chỉ tiêu", and a province whose prefix names its drafting unit ("UBND-VP", the
example `--doc-prefix` gives) had "Số: /UBND-VP-VP". Decree 30's symbol of a công văn is two
parts, issuer and drafting unit: "UBND-VP" is kept as it is, a bare "UBND" gets the office's "-VP"."""
from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from desktop_app import catalog_update as cu

TAN_CUONG = "05503"
SUBJECT_WORDS = {"V/v", "cập", "nhật", "bộ", "chỉ", "tiêu", "phiên", "bản", "2026.2"}


def _published_cover(office, tmp_path, doc_prefix: str):
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch", doc_prefix)
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    return cu.publish(office.ws, "2026.2", tmp_path / "bo-chi-tieu-2026.2")["cover_note"]


def _header_words(pdf) -> list[tuple[str, float, float, float, float]]:
    """(word, xMin, yMin, xMax, yMax) of the first page's words above "Kính gửi", as poppler
    places them (y down from the top)."""
    xml = subprocess.run(["pdftotext", "-bbox", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    words = [(w.text, *(float(w.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")))
             for w in ET.fromstring(xml).iter("{http://www.w3.org/1999/xhtml}word")]
    end = next(w[2] for w in words if w[0] == "Kính")
    return [w for w in words if w[2] < end]


def test_a_number_line_broken_in_two_stays_above_the_subject(office, tmp_path):
    """A 17-letter prefix of wide letters: "Số:" / "      /MMMMMMMDQUẢNGNINH-VP" (one line would not
    fit even at 10 pt), then "V/v …" under its last line."""
    words = _header_words(_published_cover(office, tmp_path, "MMMMMMMDQUẢNGNINH"))
    top = next(w for w in words if w[0] == "Số:")
    middle = 595.28 / 2
    left = [w for w in words if w[3] < middle and w[2] >= top[2] - 1]  # the left column, from "Số:" down
    number = [w for w in left if w[0] not in SUBJECT_WORDS]
    subject = [w for w in left if w[0] in SUBJECT_WORDS]
    assert "".join(w[0] for w in number) == "Số:/MMMMMMMDQUẢNGNINH-VP"
    assert len({round(w[2]) for w in number}) == 2  # it does take two lines
    assert " ".join(w[0] for w in subject) == "V/v cập nhật bộ chỉ tiêu phiên bản 2026.2"
    assert max(w[4] for w in number) <= min(w[2] for w in subject), (number, subject)


@pytest.mark.parametrize("doc_prefix, symbol", [
    ("UBND-VP", "/UBND-VP"), ("BC-UBND-VP", "/UBND-VP"), ("UBND", "/UBND-VP"),
    ("UBND-VPHĐND&UBND", "/UBND-VPHĐND&UBND"),
])
def test_the_letter_s_symbol_names_its_drafting_unit_once(office, tmp_path, doc_prefix, symbol):
    words = _header_words(_published_cover(office, tmp_path, doc_prefix))
    top = next(w for w in words if w[0] == "Số:")
    line = sorted((w for w in words if abs(w[2] - top[2]) < 1 and w[3] < 595.28 / 2), key=lambda w: w[1])
    assert [w[0] for w in line] == ["Số:", symbol]
