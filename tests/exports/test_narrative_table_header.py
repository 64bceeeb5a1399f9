"""The header of a long table pasted into a narrative (S37), as it printed on paper: a header word wrapped in a
column of figures ("Thực" over "hiện", "Tỉ" over "lệ" over "(%)" above "4.450.844" and "6,1") made the header row
three lines tall, the one-line cells beside it blank under their word, and on each page the table went on to,
its rows stood three lines under the repeated header; where a row taller than a page went on under it, no rule
parted the header from that row. The table's rules stand at the text's left edge, where every line of the
paragraphs but their indented first one begins (Word puts a pasted table there too)."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest
from PIL import Image

from exports.report_pdf import render_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                reason="pdftotext and pdftoppm (poppler-utils) read the page")

HEADER = "STT\tChỉ tiêu\tKế hoạch\tThực hiện\tTỉ lệ (%)"
HEAD_WORDS = ("STT", "Chỉ", "tiêu", "Kế", "hoạch", "Thực", "hiện", "Tỉ", "lệ", "(%)")
INTRO = ("Kết quả thu ngân sách năm 2026 của xã được tổng hợp trong bảng sau, chi tiết theo từng khoản thu so với "
         "kế hoạch được giao đầu năm:")


def _figure(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _rows(n: int = 60) -> list[str]:
    return [HEADER, *(f"{k}\tThu ngân sách nhà nước trên địa bàn xã từ thuế, phí và lệ phí, khoản {k}\t"
                      f"{_figure(4450844 + 1013 * k)}\t{_figure(52345 + 7 * k)}\t{k % 9},{k % 7}" for k in range(1, n + 1))]


def _pdf(sub, rows: list[str]) -> bytes:
    first = sub.narratives[0]
    text = "\n".join([INTRO, *rows, "Nhìn chung các khoản thu đều đạt và vượt kế hoạch."])
    return render_pdf(replace(sub, narratives=(replace(first, text=text), *sub.narratives[1:])))


def _pages(pdf: bytes) -> list[list[tuple[str, float, float, float, float]]]:
    """Each page's words: (word, xMin, yMin, xMax, yMax) in points from the page's top left."""
    html = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [[(w, float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page)]
        for page in html.split("<page ")[1:]]


def _header(words):
    """The header's words on a page (the first of each), or None on a page without the table."""
    first = next((k for k, w in enumerate(words) if w[0] == "STT"), None)
    if first is None:
        return None
    at = {}
    for w in words[first:]:
        if w[0] in HEAD_WORDS:
            at.setdefault(w[0], w)
    return at if set(at) == set(HEAD_WORDS) else None


def test_the_header_prints_on_one_line_and_the_rows_follow_it_on_each_page(commune_sub):
    pages = _pages(_pdf(commune_sub, _rows()))
    figure = re.compile(r"\d\.\d{3}\.\d{3}")  # the plan's, in the rows (the annex's pages have an STT too)
    with_table = [(words, _header(words)) for words in pages if _header(words)
                  and any(figure.fullmatch(w[0]) for w in words)]
    assert len(with_table) >= 2  # the table goes on to a second page
    for words, head in with_table:
        tops = {w: round(box[2]) for w, box in head.items()}
        assert len(set(tops.values())) == 1, tops  # every header word on the line of "STT"
        # the first row right under the header: its number a line and its padding below, not three lines
        below = min(w[2] for w in words if figure.fullmatch(w[0]))
        assert below - head["STT"][2] < 24, (below, head["STT"])
    # the table's left rule at the text's left edge: "STT" centred in a column of numbers up to 60
    words, head = with_table[0]
    left = min(w[1] for w in words if w[0] in INTRO.split() and w[2] < head["STT"][2])  # its second line's
    assert 0 < head["STT"][1] - left < 6, (head["STT"], left)


def _dark_rows(png: Image.Image, x0: float, x1: float, y0: float, y1: float) -> list[int]:
    """The pixel rows between y0 and y1 dark across most of x0…x1: a rule drawn there."""
    grey = png.convert("L")
    return [y for y in range(int(y0), int(y1) + 1)
            if sum(grey.getpixel((x, y)) < 128 for x in range(int(x0), int(x1))) > 0.9 * (int(x1) - int(x0))]


def test_a_rule_parts_the_repeated_header_from_a_row_going_on_under_it(commune_sub, tmp_path):
    tall = "1\t" + "Một ô rất dài của bảng dán vào. " * 300 + "\t4.450.844\t52.345\t1,2"
    pdf = _pdf(commune_sub, [HEADER, tall])
    pages = _pages(pdf)
    go_on = [k for k, words in enumerate(pages) if k > 0 and _header(words)]
    assert go_on  # the row goes on to a page of its own under the header
    (tmp_path / "r.pdf").write_bytes(pdf)
    for k in go_on:
        subprocess.run(["pdftoppm", "-png", "-gray", "-r", "72", "-f", str(k + 1), "-l", str(k + 1), "-singlefile",
                        str(tmp_path / "r.pdf"), str(tmp_path / "p")], check=True)
        words, head = pages[k], _header(pages[k])
        text_top = min(w[2] for w in words if w[0] == "Một")
        # across "Chỉ tiêu"'s column, between the header's words and the row's first line
        rules = _dark_rows(Image.open(tmp_path / "p.png"), head["Chỉ"][1] - 20, head["tiêu"][3] + 20,
                           head["STT"][4], text_top)
        assert rules, (k + 1, head["STT"], text_top)
