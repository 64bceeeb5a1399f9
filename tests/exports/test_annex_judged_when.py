"""The annex says why a row reads "Đang thực hiện" beside "Đến nay đã vượt mức chỉ tiêu (138%)"
(paper walk, finding 3): a leader signing the 6 months' report read a target passed and a verdict
not given, with nothing on the paper to explain them. The line under the table says when a target
is judged, in the words of the province's consolidated report (one text, `wording.JUDGED_WHEN`)."""
from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from desktop_app.core.evaluation import Verdict
from exports.report_pdf import render_pdf

SAID = ("Chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ ở kỳ báo cáo năm 2030; trước đó là "
        "“Đang thực hiện”.")


def _pages(sub) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages]


def test_a_report_with_a_target_in_progress_says_when_it_is_judged_under_the_annex_table(ward_sub):
    assert any(it.verdict == Verdict.DANG_THUC_HIEN for it in ward_sub.items)
    assert any(it.compared_text.startswith("Đến nay đã") for it in ward_sub.items)
    pages = _pages(ward_sub)
    at = [n for n, text in enumerate(pages) if SAID in text]
    assert at == [len(pages) - 1]  # once, under the table's last rows, the annex's last page
    assert "Phụ lục" in " ".join(pages[at[0] - 1:at[0] + 1])


def test_a_report_with_none_in_progress_says_nothing_of_it(ward_sub):
    judged = replace(ward_sub, items=tuple(replace(it, verdict=Verdict.DAT.value)
                                           if it.verdict == Verdict.DANG_THUC_HIEN else it for it in ward_sub.items))
    assert SAID not in " ".join(_pages(judged))

