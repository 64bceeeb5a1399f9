"""The start-of-term figure a result is computed from is printed under it (walk U11 F5): the
poverty reduction "0,91" over "3,12% (cuối 2025) → 2,21% (nay)", the new party members' rate over
"14 / 412 đảng viên đầu nhiệm kỳ"; before, neither figure was on any paper and a leader could not
check them. The annex keeps its eight columns."""
from __future__ import annotations

import io

from pypdf import PdfReader

from desktop_app.core.term_end import baseline_line
from exports.report_pdf import render_pdf


def _annex(sub) -> str:
    pages = PdfReader(io.BytesIO(render_pdf(sub))).pages
    return " ".join(" ".join(p.extract_text().split()) for p in pages[1:])


def test_the_annex_prints_what_poverty_and_new_members_are_computed_from(commune_sub):
    text = _annex(commune_sub)
    assert "3,12% (cuối 2025) → 2,21% (nay)" in text
    assert "14 / 412 đảng viên đầu nhiệm kỳ" in text
    assert "(8)" in text and "(9)" not in text  # no column added


def test_the_line_from_the_fields_a_submission_states():
    assert baseline_line("giam_ngheo", "4.2", None, None, None, "0.33") == "4,2% (cuối 2025) → 3,87% (nay)"
    assert baseline_line("giam_ngheo", "4.2", None, None, "3.87", "0.33") == "4,2% (cuối 2025) → 3,87% (nay)"
    assert baseline_line("giam_ngheo", "4.2", "52", "2350", None, "1.99") == "4,2% (cuối 2025) → 2,21% (nay)"
    assert baseline_line("ket_nap_dang_vien", "320", "10", None, None, "3.13") == "10 / 320 đảng viên đầu nhiệm kỳ"
    assert baseline_line("giam_ngheo", None, "52", "2350", None, None) == ""  # no start-of-term figure
    assert baseline_line("bhyt", "4.2", "1", "2", None, "50") == ""


def test_the_rate_now_has_the_decimal_the_printed_fall_needs():
    """773 poor households of 20.000 are 3,865%: shown 3,87%, 4,2 − 3,87 = 0,33 beside a printed fall
    of 0,34 (walk R21 F6); shown 3,865%, a leader checking gets 0,335, printed 0,34."""
    assert baseline_line("giam_ngheo", "4.2", "773", "20000", None, "0.34") == "4,2% (cuối 2025) → 3,865% (nay)"
