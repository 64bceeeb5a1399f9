"""The consolidated PDF's pages as a reader leafs through them (walk-through 6, cp-12.png and
cp-14.png): no page of "Chưa đến kỳ đánh giá" over an empty chart (the indicator not due yet is
one line under the overview's charts), and the last section, the closing and the signature on
portrait pages as in the communes' report, the tables and charts on landscape ones."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from exports.consolidated_pdf import render_pdf
from tests.province.conftest import PERIOD, REPORT_DATE


@pytest.fixture(scope="module")
def pages(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    reader = PdfReader(io.BytesIO(render_pdf(con, report_date=REPORT_DATE)))
    return con, [(" ".join(p.extract_text().split()), float(p.mediabox.width) > float(p.mediabox.height))
                 for p in reader.pages]


def test_an_indicator_not_due_has_a_line_not_a_page(pages):
    con, printed = pages
    waiting = [i for i in con.assigned if not con.summaries[i.code].due]
    assert waiting  # the party indicator at 6 months
    assert not any("Chưa đến kỳ đánh giá: chỉ tiêu đánh giá" in text for text, _ in printed)
    charts = [text for text, _ in printed if text.split(" ", 1)[-1].startswith("Biểu đồ ")]
    assert len(charts) == 1 + len(con.assigned) - len(waiting)  # the overview and one per indicator due
    overview = next(text for text in charts if "Biểu đồ chung." in text)
    for ind in waiting:
        assert f"({ind.no}) {ind.name} ({ind.unit})" in overview
        assert f"Biểu đồ {ind.no}." not in " ".join(charts)


def test_text_and_signature_on_portrait_pages_tables_and_charts_on_landscape(pages):
    con, printed = pages
    orientation = {k: wide for k, (_, wide) in enumerate(printed)}
    first = next(k for k, (text, _) in enumerate(printed) if "II. KẾT QUẢ THỰC HIỆN" in text)
    last_section = next(k for k, (text, _) in enumerate(printed) if "CÁC ĐƠN VỊ KHÔNG ĐẠT CHỈ TIÊU TỈNH GIAO" in text)
    assert not any(orientation[k] for k in range(first))  # the opening and section I
    assert all(orientation[k] for k in range(first, last_section))  # tables and charts
    assert not any(orientation[k] for k in range(last_section, len(printed)))
    end, _ = printed[-1]
    for words in ("Trên đây là báo cáo tổng hợp", "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", con.settings.signer):
        assert words in end, words
