"""A word wider than a line in a commune's report text (a web address typed into the narrative)
breaks where a line ends, not where it stands: U2 printed "…thu ngân sách đạt 999.999.999.999.999
triệu đồng; h" over "ttp://www.thainguyen.gov.vn/…" (walk U2 F13)."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace

import pytest

from exports.report_pdf import render_pdf

URL = "http://www.thainguyen.gov.vn/documents/bao-cao-ket-qua-thuc-hien-chi-tieu-2026-2030-rat-dai-khong-co-khoang-trang-gi-ca"
# U2's paragraph: the address starts a few points before the right margin
PARAGRAPH = ("Ủy ban nhân dân phường đã tập trung chỉ đạo, điều hành quyết liệt các nhiệm vụ phát triển kinh tế - xã "
             "hội, bảo đảm quốc phòng, an ninh; tỷ lệ người dân tham gia bảo hiểm y tế đạt 99,99%; thu ngân sách đạt "
             f"999.999.999.999.999 triệu đồng; {URL}.")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the lines")
def test_a_web_address_wider_than_a_line_starts_its_own_line(commune_sub):
    first = commune_sub.narratives[0]
    text = "\n".join([PARAGRAPH, PARAGRAPH.replace("triệu đồng; ", "triệu đồng rất nhiều; "), PARAGRAPH * 3])
    sub = replace(commune_sub, narratives=(replace(first, text=text), *commune_sub.narratives[1:]))
    lines = subprocess.run(["pdftotext", "-raw", "-", "-"], input=render_pdf(sub), capture_output=True,
                           check=True).stdout.decode().splitlines()
    # the lines holding an address's first part: their last word begins the address
    firsts = [k for k, ln in enumerate(lines) if ln.strip() and URL.startswith(ln.split(" ")[-1])]
    assert len(firsts) == 5, [lines[k] for k in firsts]
    for k in firsts:  # the part begins its line and fills it; the next line goes on with the rest
        assert lines[k].startswith("http://www.thainguyen.gov.vn/documents/"), lines[k]
        assert (lines[k] + lines[k + 1]).startswith(URL + "."), lines[k:k + 2]
