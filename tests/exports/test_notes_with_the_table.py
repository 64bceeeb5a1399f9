"""The notes under the commune report's table ("Ghi chú: 1. …", a remark too long for its cell,
which says "(xem ghi chú 1 dưới biểu)") are printed on the page of the table's last rows, whatever
room the table leaves on its last page (walk-through 9, finding 4: a landscape page held only the
two lines of "Ghi chú", the table on the page before, the portrait closing page after it half
empty)."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from exports.fonts import report_fonts
from exports.official_page import PAGE, document
from exports.report_pdf import build_story

NOTE = ("2 chi bộ chưa hoàn thành chỉ tiêu phát triển đảng viên do đảng viên đi làm ăn xa, chuyển sinh "
        "hoạt tạm thời; đã có kế hoạch khắc phục trong quý I/2027; số liệu đã đối chiếu với Ban Tổ chức "
        "Đảng ủy xã ngày 05/12/2026 và với danh sách đảng viên của từng chi bộ, tổ đảng.")


def _pages(sub, blank_mm: int) -> list:
    """The report's pages with `blank_mm` of blank put under the annex's heading: the table's end
    moves down its last page, 5 mm at a time."""
    f = report_fonts()
    story = build_story(sub, f, "x.xlsx")
    at = next(k for k, fl in enumerate(story)
              if isinstance(fl, Paragraph) and fl.getPlainText().startswith("(Kèm theo Báo cáo"))
    story.insert(at + 1, Spacer(1, blank_mm * mm))
    buf = io.BytesIO()
    document(buf, f, draft=False, annex=landscape(PAGE)).build(story)
    return PdfReader(io.BytesIO(buf.getvalue())).pages


@pytest.fixture(scope="module")
def sub(commune_sub):
    first = commune_sub.assigned_items[0]
    return replace(commune_sub, items=tuple(replace(it, comment=NOTE, notes=()) if it.code == first.code else it
                                            for it in commune_sub.items))


def test_the_notes_are_on_the_page_of_the_tables_last_rows(sub):
    """For every place the table can end on its page, "Ghi chú:" and its note are on a landscape
    page with the table's last row (the last indicator's number and name), the report's last
    (the closing and the signature are on the portrait page before the annex)."""
    last = (sub.other_items or sub.assigned_items)[-1]
    for blank in range(0, 171, 5):
        pages = _pages(sub, blank)
        texts = [" ".join(p.extract_text().split()) for p in pages]
        notes = [k for k, t in enumerate(texts) if "Ghi chú:" in t]
        assert len(notes) == 1, (blank, notes)
        k = notes[0]
        assert "1. 2 chi bộ chưa hoàn thành" in texts[k], blank
        assert last.name[:25] in texts[k], (blank, "the note is on a page without the table's last row")
        page = pages[k]
        assert page.mediabox.width > page.mediabox.height, blank  # landscape: under the table
        closing = next(j for j, t in enumerate(texts) if "Trên đây là báo cáo" in t)
        assert k == len(pages) - 1 and closing < k, blank
        assert pages[closing].mediabox.width < pages[closing].mediabox.height, blank
