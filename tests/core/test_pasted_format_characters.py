"""Text pasted into the report's sections or a Ghi chú from another program (walk 21): a direction
override made "RTL" read "LTR" on screen, and it, a byte-order mark and a zero-width space were stored
and printed as black boxes or gaps on the signed paper. They are dropped as the text is saved; line
breaks, tabs and the soft hyphen (the letter "ư" of a text kept as typed in TCVN3) stay."""
from __future__ import annotations

import io

from pypdf import PdfReader

from desktop_app.core.validation import parse_comment, parse_narrative
from exports.report_pdf import render_pdf
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)

PASTED = "Kết quả \u202eRTL\u202c tốt\ufeff đạt\u200b 105%.\n\tNăm sau ng\xadêi dân"


def test_format_characters_pasted_are_dropped_the_rest_kept():
    assert parse_narrative(PASTED, "Kết quả đạt được") == "Kết quả RTL tốt đạt 105%.\n\tNăm sau ng\xadêi dân"
    assert parse_comment("Chờ\u200b đối chiếu\u202e BHXH") == "Chờ đối chiếu BHXH"


def test_the_paper_prints_the_section_as_it_reads(office):  # noqa: F811
    as_(office, "canbo")
    office.set_narrative("2026-6M", "ket_qua", PASTED)
    stored = office.period_view("2026-6M").narratives["ket_qua"]
    assert not any(c in stored for c in "\u202e\u202c\ufeff\u200b")
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(render_pdf(office.submission("2026-6M")))).pages)
    assert "Kết quả RTL tốt đạt 105%." in " ".join(text.split())
