"""The report's last section heading ("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU") never stands alone at the foot
of a page: after a narrative ending low on page 1 it was printed there, its sentences ("Tổng hợp 8 chỉ tiêu
tỉnh giao: …", the annex's reference) and the signature on page 2 (its keepWithNext did not reach into the
sentences kept together)."""
from __future__ import annotations

import pytest

from exports.official_page import ROMAN
from tests.exports.test_report_pdf_pages import _tail_pages


@pytest.mark.parametrize("room", [35, 60, 90])
def test_the_results_heading_is_on_the_page_of_its_sentences(commune_sub, room):
    heading = f"{ROMAN[len(commune_sub.narratives)]}. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
    pages = _tail_pages(commune_sub, heading, room)
    with_heading = [n for n, text in enumerate(pages) if heading in text]
    assert len(with_heading) == 1 and "Tổng hợp 8 chỉ tiêu tỉnh giao:" in pages[with_heading[0]], pages[:2]
