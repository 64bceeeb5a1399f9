"""A table pasted from Word into a narrative (rows of cells parted by tabs) prints as a table: walk
U4 F3 printed "1 Thu ngân sách (triệu đồng) 4.450.844 52.345 1,2", each tab one space, and a signed
report's reader could not tell the plan from the result and the rate."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest

from exports.narrative_tables import blocks
from exports.report_pdf import render_pdf

ROWS = ["STT\tNội dung\tKế hoạch\tThực hiện\tTỷ lệ (%)",
        "1\tThu ngân sách (triệu đồng)\t4.450.844\t52.345\t1,2",
        "2\tBảo hiểm y tế (%)\t100\t95\t95,0",
        "3\tLao động qua đào tạo (%)\t85\t78\t91,8"]
TEXT = "\n".join(["Hạn chế: một số chỉ tiêu còn thấp so với kế hoạch, chi tiết như sau:", *ROWS,
                  "Nguyên nhân: nguồn thu từ đất giảm mạnh.", "Một dòng\tcó một dấu tab lạc.",
                  "Các việc cần làm:", "1.\tMục thứ nhất của danh sách", "2.\tMục thứ hai của danh sách"])


def _with_text(sub, text):
    first = sub.narratives[0]
    return replace(sub, narratives=(replace(first, text=text), *sub.narratives[1:]))


def _words(pdf: bytes, pages: str = "1") -> list[tuple[str, float, float, float]]:
    """(word, xMin, xMax, yMin) of each word on the first `pages` pages, as pdftotext boxes them."""
    html = subprocess.run(["pdftotext", "-bbox", "-l", pages, "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode()
    return [(w, float(x0), float(x1), float(y0)) for x0, y0, x1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html)]


def _word(words, text):
    return next(w for w in words if w[0] == text)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the page")
def test_pasted_rows_print_in_columns(commune_sub):
    words = _words(render_pdf(_with_text(commune_sub, TEXT)))
    # the plan, the result and the rate in columns: the numbers of a column end at one edge
    for column in (("4.450.844", "100", "85"), ("52.345", "95", "78"), ("1,2", "95,0", "91,8")):
        ends = [_word(words, c)[2] for c in column]
        assert max(ends) - min(ends) < 0.5, (column, ends)
        tops = [_word(words, c)[3] for c in column]
        assert tops[0] < tops[1] < tops[2], (column, tops)  # one row under the other
    # a cell stands apart from the next, farther than a space: "đồng)" | "4.450.844" | "52.345"
    gap = _word(words, "4.450.844")[1] - _word(words, "đồng)")[2]
    assert gap > 10, gap
    # a single line with a stray tab and a pasted list stay paragraphs: a word's space for the tab
    for first, then in (("dòng", "có"), ("1.", "Mục")):
        a = next(k for k, w in enumerate(words) if w[0] == first)
        assert words[a + 1][0] == then and words[a + 1][1] - words[a][2] < 6, words[a:a + 2]


def test_which_lines_make_a_table():
    got = blocks(TEXT)
    assert got[1] == [r.split("\t") for r in ROWS]
    assert got[2:] == ["Nguyên nhân: nguồn thu từ đất giảm mạnh.", "Một dòng\tcó một dấu tab lạc.",
                       "Các việc cần làm:", "1.\tMục thứ nhất của danh sách", "2.\tMục thứ hai của danh sách"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the page")
def test_a_long_table_splits_between_whole_rows_within_the_text(commune_sub):
    long_cell = "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2026 - 2030, " * 3
    rows = [ROWS[0], *(f"{k}\t{long_cell}{k}\t{k}.000\t{k}\t{k},5" for k in range(1, 41))]
    # and a row taller than a page (a cell of pages pasted): split where pages end, the report still written
    rows.append("41\t" + "Một ô rất dài của bảng dán vào. " * 600 + "\t41.000\t41\t41,5")
    pdf = render_pdf(_with_text(commune_sub, "\n".join(["Bảng sau:", *rows, "Hết bảng."])))
    pages = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                           check=True).stdout.decode().split("\f")
    with_rows = [p for p in pages if "Chương trình mục tiêu" in p]
    assert len(with_rows) >= 2
    for p in with_rows[1:]:  # the header again on each page
        assert "STT" in p and "Nội dung" in p and "Thực" in p
    # every row whole: its long cell's last words on the page of its plan's number
    for k in range(1, 41):
        assert any(f"{k}.000" in p and f"2030, {k}\n" in p for p in pages), k
    # nothing printed into the right margin (15 mm)
    last = max(n for n, p in enumerate(pages) if "Chương trình mục tiêu" in p) + 1  # portrait pages
    assert max(x1 for _, _, x1, _ in _words(pdf, str(last))) < 595.28 - 15 * 72 / 25.4
