"""A pasted table the page cannot hold never stops the report: a range copied from Excel with its
hundreds of empty cells, or sixteen columns of figures, made reportlab refuse the whole export
("flowable given negative availWidth"); a 5.000-letter word beside a column of "x" did too. Rows
the page cannot hold as a table print as lines, a tab a space (as before tables), and a number is
never broken over two lines of a cell."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from exports.report_pdf import render_pdf
from tests.exports.test_narrative_table_printed import _with_text

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the page")


def _text(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


FIGURES = [f"{k * 1000:,}".replace(",", ".") for k in range(1, 17)]  # 1.000 … 16.000


@pytest.mark.parametrize("rows", [
    ["Chỉ tiêu\tQuý I" + "\t" * 300 + "Ghi chú", "Thu ngân sách\t1.234" + "\t" * 300 + "đạt"],
    ["\t".join(FIGURES)] * 3,
])
def test_rows_the_page_cannot_hold_print_as_lines(commune_sub, rows):
    text = _text(render_pdf(_with_text(commune_sub, "\n".join(["Bảng sau:", *rows, "Hết bảng."]))))
    for row in rows:
        assert " ".join(cell for cell in row.split("\t") if cell) in " ".join(text.split())


def test_eight_columns_of_figures_keep_each_figure_whole(commune_sub):
    figures = [f"{k * 100000:,}".replace(",", ".") for k in range(1, 9)]  # 100.000 … 800.000
    text = _text(render_pdf(_with_text(commune_sub, "\n".join(["\t".join(figures)] * 3))))
    assert all(text.count(f) == 3 for f in figures)


def test_a_word_longer_than_the_page_beside_a_short_column_prints(commune_sub):
    text = _text(render_pdf(_with_text(commune_sub, "x\t" + "D" * 5000 + "\ny\tz")))
    assert text.count("D") >= 5000 and "z" in text
