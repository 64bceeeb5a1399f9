"""`chitieu verify` compares the summary line under the "Báo cáo" table ("Tổng hợp 8 chỉ tiêu tỉnh
giao: Vượt 2, Đạt 0, …") whole with what the signed data give it, in every period and form: the
writer's wording now or one an earlier version wrote for the same data (`report_rows.summary_lines`).
Red-team R22 F1 (HIGH): it was found by its beginning alone and never compared but in a 2030 file
with the term's title; "Vượt 8, Đạt 0, Không đạt 0" over data counting otherwise verified "nguyên
vẹn … chữ ký khớp toàn bộ nội dung" in the signed 2026 sample, its LibreOffice re-save, the 2030
files written before the term's end, and a 2030 file set back to the old title (since R26 F5, one
stating 0.2.0 is refused for its title: only a file of 0.1.0 may hold the form of before)."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import openpyxl
import pytest

from exports.report_rows import BEFORE as BEFORE_FORM
from exports.report_rows import (
    TITLE,
    lines_under,
    own_summary,
    summary_line,
    term_rows,
    written_form,
)
from exports.submission_format import SHEET_REPORT, report_rows
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.test_report_sheet_term_end import BEFORE, OLD_TITLE, year

DATA = Path(__file__).parent / "data"
SAMPLES = ["2026_05503_xa-tan-cuong_format2.xlsx", "2026_05503_xa-tan-cuong_format2_libreoffice.xlsx",
           "2026_05503_xa-tan-cuong_draft_libreoffice.xlsx", "2026_xa-tan-cuong_format1.xlsx",
           BEFORE["commune"].name, BEFORE["ward"].name, "2030_05503_xa-tan-cuong_term_0_1.xlsx"]


def _summary_row(ws) -> int:
    return next(r for r in range(9, ws.max_row + 1)
                if isinstance(ws.cell(r, 1).value, str) and ws.cell(r, 1).value.startswith("Tổng hợp "))


def _with_summary(path: Path, out: Path, lie, drop_next: bool = False, edit=None) -> tuple[Path, int]:
    """`path` saved again with its summary line made `lie(summary)` (and the line after it dropped,
    the lines below moved up), `edit(ws)` first: the file and the summary's row."""
    wb = openpyxl.load_workbook(path, rich_text=True)
    ws = wb[SHEET_REPORT]
    if edit:
        edit(ws)
    r = _summary_row(ws)
    ws.cell(r, 1).value = lie(ws.cell(r, 1).value)
    if drop_next:
        ws.move_range(f"A{r + 2}:A{ws.max_row}", rows=-1)
    wb.save(out)
    return out, r


def _all_passed(summary: str) -> str:
    n = int(re.match(r"Tổng hợp (\d+) ", summary).group(1))
    return f"Tổng hợp {n} chỉ tiêu tỉnh giao: Vượt {n}, Đạt 0, Không đạt 0."


@pytest.mark.parametrize("name", SAMPLES)
def test_a_summary_line_counting_other_verdicts_is_refused_in_every_committed_sample(name, tmp_path):
    """The signed format-2 sample, its LibreOffice re-save, a re-saved draft, the format-1 file and
    the 2030 files written before the term's end and the one of 0.1.0 with it: each verifies intact as
    it is, and with its summary
    saying every target passed it is refused, naming the cell and quoting both counts."""
    honest = verify_file(DATA / name)
    assert honest.ok, honest.message
    title = openpyxl.load_workbook(DATA / name)[SHEET_REPORT].cell(*TITLE).value
    truth = summary_line(honest.submission, written_form(honest.submission, title))
    forged, r = _with_summary(DATA / name, tmp_path / name, _all_passed)
    lie = _all_passed(truth)
    assert lie != truth
    v = verify_file(forged)
    assert not v.ok, v.message
    said = next((p for p in v.problems if f"ô A{r} dưới bảng" in p), None)
    assert said is not None, v.problems
    counts = truth.split(": ", 1)[1].rstrip(".")
    assert 'số liệu là "' in said and counts.split(", ")[0] in said and lie.split(": ", 1)[1].rstrip(".") in said


@pytest.mark.parametrize("lie", [
    lambda t: t.replace("Vượt ", "Vượt 1", 1),  # a digit put before the count
    lambda t: t.rstrip(".") + ", Chưa nhập 0.",  # a count the data do not list
    lambda t: t.rstrip("."),  # the full stop dropped
])
def test_any_change_to_the_signed_samples_summary_is_refused(lie, tmp_path):
    name = "2026_05503_xa-tan-cuong_format2.xlsx"
    forged, r = _with_summary(DATA / name, tmp_path / name, lie)
    v = verify_file(forged)
    assert not v.ok and any(f"ô A{r} dưới bảng (dòng tổng hợp)" in p for p in v.problems), v.problems


def _as_before(sub):
    """A 2030 file written now set back by hand to the form of before: the year's title, the table's
    cells as `report_rows` gives them, the own summary without its Không đạt named, the lines under
    the table (the line on the term's rows among them: `lines_under`) emptied."""
    def edit(ws):
        ws["A4"].value = OLD_TITLE
        for r in range(9, ws.max_row + 1):
            if ws.cell(r, 1).value in lines_under(sub):
                ws.cell(r, 1).value = None
        for r in range(9, ws.max_row + 1):
            if ws.cell(r, 1).value == own_summary(sub):
                ws.cell(r, 1).value = sub.own_summary_sentence()
        for k, (then, now) in enumerate(zip(report_rows(sub), term_rows(sub))):
            for c, (text, new) in enumerate(zip(then, now)):
                if text != new:
                    ws.cell(9 + k, c + 1).value = text or None
    return edit


def test_a_2030_file_of_0_1_0_set_back_to_the_old_title_must_still_count_as_the_data_do(commune_sub, tmp_path):
    """The form of before is accepted in a 2030 file stating a version before 0.2.0 (every file
    written until 2026.12 is so), its summary then the year's one count over the data, and only
    that: the term's counts, or counts the data do not give, are refused. (A file stating 0.2.0 is
    the paper's form whatever its title: tests/exports/test_printed_sheet_says_what_was_signed.py.)"""
    sub = dataclasses.replace(year(commune_sub, "2030"), app_version="0.1.0")
    xlsx = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    assert verify_file(xlsx).ok
    before = summary_line(sub, BEFORE_FORM)
    honest, _ = _with_summary(xlsx, tmp_path / "honest.xlsx", lambda t: before, False, _as_before(sub))
    assert verify_file(honest).ok, verify_file(honest).problems
    for k, lie in enumerate([
        ("Tổng hợp 8 chỉ tiêu tỉnh giao: 6 chỉ tiêu nhiệm kỳ 2026-2030: Vượt 6, Đạt 0, Không đạt 0; "
         "2 chỉ tiêu năm 2030: Vượt 2, Đạt 0, Không đạt 0."),
        "Tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 8, Đạt 0, Không đạt 0.",
        summary_line(sub),  # the term's own summary, true, under the year's title: a mix
    ]):
        forged, r = _with_summary(xlsx, tmp_path / f"lie_{k}.xlsx", lambda t, lie=lie: lie, False, _as_before(sub))
        v = verify_file(forged)
        assert not v.ok and any(f"ô A{r} dưới bảng (dòng tổng hợp)" in p and "Vượt 5, Đạt 1, Không đạt 2." in p
                                for p in v.problems), v.problems
