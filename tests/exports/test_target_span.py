"""Under each target the report says how long it runs: "tổng 5 năm 2026-2030" under a five-year total,
"đến năm 2030" under a level to reach by 2030, "năm 2026" under a yearly target, on paper (the PDF)
and in the workbook's "Báo cáo", in a smaller size. A bare "4.450.844" beside "3,4% chỉ tiêu" read as
a failing year. `chitieu verify` checks the line against the indicator and the period, as it checks
the rest of the table; files written before it (without the line) still verify intact."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.core.catalog import SOURCE_PROVINCE_TERM, SOURCE_RESOLUTION, Target
from desktop_app.core.resources import resource_path
from desktop_app.core.wording import source_words, target_span
from exports.report_fit import Columns, too_low
from exports.report_pdf import write_report_pdf
from exports.submission_format import SHEET_REPORT, SPAN_HORIZONS
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.test_exports_xlsx import SAMPLE_V1, SAMPLE_V2

NEEDS_PDFTOTEXT = pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext (poppler-utils) reads the PDF")
TOTAL, BY_2030, YEAR_2026 = "tổng 5 năm 2026-2030", "đến năm 2030", "năm 2026"
# (unit, indicator, its target as printed, the line under it)
CASES = {
    "commune": [("thu_ngan_sach", "217.373", TOTAL), ("giam_ngheo", "0,3", BY_2030),
                ("ket_nap_dang_vien", "≥ 3,2", YEAR_2026)],
    "ward": [("thu_ngan_sach", "4.450.844", TOTAL), ("giam_ngheo", "0,03", BY_2030), ("to_chuc_dang_htt", "≥ 90", YEAR_2026)],
}


@pytest.fixture(scope="module", params=["commune", "ward"])
def written(request, tmp_path_factory):
    """Xã Tân Cương's and Phường Phan Đình Phùng's 2026 reports: the PDF and the workbook."""
    sub = request.getfixturevalue(f"{request.param}_sub")
    folder = tmp_path_factory.mktemp(request.param)
    return request.param, sub, write_report_pdf(sub, folder / f"{sub.file_stem}.pdf"), \
        write_submission(sub, folder / f"{sub.file_stem}.xlsx")


def _words(pdf) -> list[tuple[str, float, float, float, float]]:
    """The PDF's words as pdftotext places them: (text, x min, y min, x max, y max), page after page
    (y counted down the pages)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    words, top = [], 0.0
    for page in re.findall(r"<page [^>]*height=\"([0-9.]+)\"[^>]*>(.*?)</page>", out, re.DOTALL):
        for x0, y0, x1, y1, text in re.findall(
                r'<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>', page[1]):
            words.append((text, float(x0), float(y0) + top, float(x1), float(y1) + top))
        top += float(page[0])
    return words


def _under(words, target: str) -> list[tuple[float, list[tuple[str, float]]]]:
    """For each place the PDF prints `target` (its words on one line), the height of its letters and
    the words printed under it in its cell, two lines of 12 pt down at most, line by line, each with
    the height of its letters (the draft's large mark across the page left out)."""
    first, *rest = target.replace("\u00a0", " ").split()
    found = []
    for k, (text, x0, y0, x1, y1) in enumerate(words):
        if text.replace("\u00a0", " ").split()[:1] != [first]:
            continue
        line = [w for w in words[k:k + 1 + len(rest)] if abs(w[2] - y0) < 1]
        left, right = x0, max(w[3] for w in line)
        if " ".join(w[0] for w in line).replace("\u00a0", " ") != target:
            continue
        below = sorted((w for w in words if y1 - 1 <= w[2] <= y1 + 24 and w[4] - w[2] < 20
                        and left - 30 <= (w[1] + w[3]) / 2 <= right + 30), key=lambda w: (round(w[2]), w[1]))
        found.append((y1 - y0, [(w[0], w[4] - w[2]) for w in below]))
    return found


@NEEDS_PDFTOTEXT
def test_the_paper_prints_under_each_target_how_long_it_runs_in_smaller_letters(written):
    """pdftotext finds "tổng 5 năm 2026-2030", "đến năm 2030" and "năm 2026" right under the budget's
    five-year total, the poverty level to reach by 2030 and a party target of the year, in letters
    smaller than the target's."""
    unit, _, pdf, _ = written
    words = _words(pdf)
    for code, target, span in CASES[unit]:
        n = len(span.split())
        under = [(high, below[:n]) for high, below in _under(words, target)
                 if " ".join(w for w, _ in below[:n]) == span]
        assert under, (code, target, _under(words, target))
        assert all(low < high for high, below in under for _, low in below), (code, under)


def _row(ws, sub, code: str) -> int:
    name = next(it.name for it in sub.items if it.code == code)
    return next(r for r in range(9, ws.max_row + 1) if ws.cell(r, 2).value == name)


def test_the_sheet_holds_the_same_line_under_each_target_in_10_pt(written):
    """In "Báo cáo" the "Chỉ tiêu giao" cell holds the target, then the line (what verify reads), the
    line in 10 pt under the target's 12 pt; the unit's own target stays under both, in italics."""
    unit, sub, _, xlsx = written
    ws = openpyxl.load_workbook(xlsx, rich_text=True)[SHEET_REPORT]
    for code, target, span in CASES[unit]:
        value = ws.cell(_row(ws, sub, code), 4).value
        lines = str(value).split("\n")
        assert "\n".join(lines[:3 if span == TOTAL else 2]) == f"{target}\n{span.replace(' 2026-', chr(10) + '2026-')}"
        sizes = [(b.text.strip(), b.font.sz) for b in value if hasattr(b, "text")]
        assert sizes[0] == (target, 12) and sizes[1][1] == 10, (code, sizes)
    own = next(it for it in sub.items if it.own_target_text and it.code in SPAN_HORIZONS)
    blocks = [b for b in ws.cell(_row(ws, sub, own.code), 4).value if hasattr(b, "text")]
    assert [bool(b.font.i) for b in blocks] == [False, False, True] and blocks[2].text.endswith(own.own_target_text)
    assert verify_file(xlsx).ok


def _edited(xlsx, tmp_path, code: str, sub, edit) -> Path:
    wb = openpyxl.load_workbook(xlsx, rich_text=True)
    ws = wb[SHEET_REPORT]
    edit(ws, _row(ws, sub, code))
    path = tmp_path / "sua.xlsx"
    wb.save(path)
    return path


def test_a_span_that_disagrees_with_the_indicator_is_refused(commune_sub, tmp_path):
    """A five-year total said to be the year's ("năm 2026"), a level by 2030 said to be a five-year
    total, the line dropped from under a yearly target while others keep theirs: verify names the
    cell. The writer's own file verifies."""
    xlsx = write_submission(commune_sub, tmp_path / f"{commune_sub.file_stem}.xlsx")
    assert verify_file(xlsx).ok
    for code, old, new in (("thu_ngan_sach", "tổng 5 năm\n2026-2030", YEAR_2026),
                           ("bhyt", BY_2030, "tổng 5 năm\n2026-2030"),
                           ("giam_ngheo", BY_2030, "đến năm 2035")):
        def forge(ws, r, old=old, new=new):
            ws.cell(r, 4).value = str(ws.cell(r, 4).value).replace(old, new)

        v = verify_file(_edited(xlsx, tmp_path, code, commune_sub, forge))
        assert not v.ok and any('cột "Chỉ tiêu giao"' in p and new.split("\n")[0] in p for p in v.problems), (code, v.problems)


def test_the_display_checks_take_the_line_at_its_size_and_refuse_it_smaller_or_cut(commune_sub, tmp_path):
    """The checks of what the sheet prints reckon the 10 pt line as 10 pt (the writer's rows hold
    it), and still refuse it shrunk under 10 pt or its row lowered to the target's one line."""
    xlsx = write_submission(commune_sub, tmp_path / f"{commune_sub.file_stem}.xlsx")

    def shrunk(ws, r):
        blocks = list(ws.cell(r, 4).value)
        blocks[1].font.sz = 6

    def lowered(ws, r):
        ws.row_dimensions[r].height = 18

    for edit, said in ((shrunk, "chữ cỡ 6"), (lowered, "cao 18 pt, không đủ cho 2 dòng")):
        v = verify_file(_edited(xlsx, tmp_path, "ket_nap_dang_vien", commune_sub, edit))
        assert not v.ok and any(said in p for p in v.problems), v.problems


def test_a_row_is_reckoned_tall_enough_by_the_size_of_each_of_its_lines():
    """"≥ 3,2" in 12 pt over "năm 2026" in 10 pt need 12 × 0,85 + 10 = 20,2 pt; the same two lines
    all in 12 pt, 22,2 pt."""
    columns = Columns(ET.fromstring("<worksheet/>"), 15.0)
    text, area = "≥ 3,2\nnăm 2026", ((5, 4), (5, 4))
    runs = [("≥ 3,2\n", 12.0, False), ("năm 2026", 10.0, False)]
    assert too_low(text, area, (12.0, False), True, {5: 21.0}, 15.0, columns, runs) == ""
    assert "không đủ cho 2 dòng" in too_low(text, area, (12.0, False), True, {5: 20.0}, 15.0, columns, runs)
    assert "không đủ cho 2 dòng" in too_low(text, area, (12.0, False), True, {5: 21.0}, 15.0, columns)


def test_files_written_before_the_line_still_verify_intact():
    """The committed files of format 1 and 2 (no line under any target) verify as they did."""
    for sample in (SAMPLE_V1, SAMPLE_V2):
        ws = openpyxl.load_workbook(sample)[SHEET_REPORT]
        assert not any(BY_2030 in str(ws.cell(r, 4).value or "") for r in range(1, ws.max_row + 1))
        assert verify_file(sample).ok, verify_file(sample).message


def test_the_words_are_the_windows_and_each_code_runs_as_the_catalogue_says():
    """One source of the words: the paper's line and the window's "Tỉnh giao, tổng 5 năm" (which
    `ui.common.target_source_text` shows as they are) come from `wording`; the format's horizon of
    each code is the shipped catalogue's."""
    assert [str(target_span(h, 2027)) for h in ("term_total", "term_level", "annual")] == \
        ["tổng 5 năm\n2026-2030", "đến năm 2030", "năm 2027"]
    for source, horizon, vi, english in (
            (SOURCE_PROVINCE_TERM, "term_total", "Tỉnh giao, tổng 5 năm", "Province, 5-year total"),
            (SOURCE_PROVINCE_TERM, "term_level", "Tỉnh giao, đến 2030", "Province, by 2030"),
            (SOURCE_PROVINCE_TERM, "annual", "Tỉnh giao, hằng năm", "Province, each year"),
            (SOURCE_RESOLUTION, "term_level", "NQ Tỉnh ủy, đến 2030", "Party resolution, by 2030"),
            (SOURCE_RESOLUTION, "annual", "NQ Tỉnh ủy, hằng năm", "Party resolution, each year")):
        words = source_words(Target("=", Decimal(1), "", source, horizon))
        assert (str(words), words.en) == (vi, english)
    catalogue = json.loads(resource_path("catalog", "catalog.json").read_text(encoding="utf-8"))
    assert SPAN_HORIZONS == {i["code"]: i["horizon"] for i in catalogue["indicators"]}
