"""The workbook's "Báo cáo" prints what the PDF prints in every period from 0.2.0 (`exports.report_rows`,
form `PAPER`): under a result what it is computed from ("3,12% (cuối 2025) → 2,21% (nay)"), a "Không
đạt" left blank in "So với chỉ tiêu" its gap ("Thiếu 0,94 điểm % so với chỉ tiêu"), the Không đạt
named in both summaries ("Không đạt 2 (các chỉ tiêu số 1, 2)"). Until then only a 2030 report's sheet
did (d024a1c): a 2026 paper and the file the province checks disagreed. A file stating 0.1.0 is
written and verified as that version wrote it (`BEFORE`, or `TERM_0_1` for a 2030 file with the
term's title); each form is compared with its own texts only, so a mix is refused.

`data/2030_05503_xa-tan-cuong_term_0_1.xlsx` was written by the writer of d024a1c (app 0.1.0, the
term's title) from `TERM_VERDICTS`' 2030 of the commune's data with a poverty rate that rose (see
`data/README.md`); never regenerate it."""
from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.core.wording import printed_result
from exports.report_annex import compared_cell as paper_compared
from exports.report_annex import result_text
from exports.report_pdf import render_pdf
from exports.report_rows import (
    BEFORE,
    PAPER,
    PAPER_3,
    TERM_0_1,
    TITLE,
    form_of,
    own_summary,
    summary_sentence,
    term_rows,
    written_form,
)
from exports.submission_format import SHEET_REPORT, report_rows
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.test_exports_xlsx import SAMPLE_V1, SAMPLE_V2
from tests.exports.test_report_sheet_term_end import (
    _below,
    _cells,
    _refused,
    _row,
    _set,
    year,
)

DATA = Path(__file__).parent / "data"
TERM_0_1_FILE = DATA / "2030_05503_xa-tan-cuong_term_0_1.xlsx"


def _plain(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").split())


@pytest.fixture(scope="module", params=["commune", "ward"])
def written_2026(request, tmp_path_factory):
    """A 2026 report written now (two Không đạt, one left blank in "So với chỉ tiêu"): its workbook
    and its PDF's text."""
    sub = year(request.getfixturevalue(f"{request.param}_sub"), "2026")
    assert form_of(sub) == PAPER_3  # from 0.3.0: `PAPER` but for a 2030 five-year total's running total
    xlsx = write_submission(sub, tmp_path_factory.mktemp(request.param) / f"{sub.file_stem}.xlsx")
    pdf = " ".join(_plain(p.extract_text()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages)
    return sub, xlsx, pdf


def test_a_2026_sheet_written_now_prints_what_its_paper_prints(written_2026):
    sub, xlsx, pdf = written_2026
    cells = _cells(xlsx)
    items = {it.code: it for it in sub.items}
    for code in ("giam_ngheo", "ket_nap_dang_vien"):  # the figure, and under it what it is computed from
        it = items[code]
        cell = cells[f"E{_row(xlsx, it.name)}"]
        assert "\n" in cell and printed_result(cell) == result_text(it)
        assert _plain(cell.split("\n")[1]) in pdf
    bhyt = items["bhyt"]
    gap = cells[f"F{_row(xlsx, bhyt.name)}"]
    assert gap == "Thiếu 0,94 điểm % so với chỉ tiêu" and _plain(gap) == _plain(paper_compared(bhyt)) and gap in pdf
    summary, *rest = _below(cells)
    assert summary == f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {summary_sentence(sub)}."
    assert "Không đạt 2 (các chỉ tiêu số " in summary and summary_sentence(sub) in pdf
    if sub.own_summary_sentence():
        assert own_summary(sub) in rest and own_summary(sub) in pdf and "(chỉ tiêu số " in own_summary(sub)
    assert not any("đánh giá kết quả" in t for t in rest) and "NHIỆM KỲ" not in cells["A4"]
    v = verify_file(xlsx)
    assert v.ok, v.message


def test_a_2026_file_written_now_refuses_any_of_the_papers_texts_changed(written_2026, tmp_path):
    sub, xlsx, _ = written_2026
    items = {it.code: it for it in sub.items}
    poverty, bhyt = _row(xlsx, items["giam_ngheo"].name), _row(xlsx, items["bhyt"].name)
    cells = _cells(xlsx)
    below = {v: k for k, v in cells.items() if k.startswith("A")}
    summary = _below(cells)[0]
    _refused(xlsx, tmp_path, _set(f"E{poverty}", lambda t: t.replace("(cuối 2025)", "(cuối 2024)")), f"dòng {poverty}")
    _refused(xlsx, tmp_path, _set(f"E{poverty}", lambda t: t.split("\n")[0]), f"dòng {poverty}")  # as before: a mix
    _refused(xlsx, tmp_path, _set(f"F{bhyt}", lambda t: t.replace("0,94", "0,49")), f"dòng {bhyt}")
    _refused(xlsx, tmp_path, _set(f"F{bhyt}", lambda t: None), f"dòng {bhyt}")
    _refused(xlsx, tmp_path, _set(below[summary], lambda t: t.replace("(các chỉ tiêu số 1, 2)", "(các chỉ tiêu số 1, 3)")),
             f"ô {below[summary]} dưới bảng")
    _refused(xlsx, tmp_path, _set(below[summary], lambda t: f"Tổng hợp 8 chỉ tiêu tỉnh giao: {sub.summary_text()}."),
             f"ô {below[summary]} dưới bảng")  # the counts alone, as before 0.2.0: a mix
    if sub.own_summary_sentence():
        own = below[own_summary(sub)]
        _refused(xlsx, tmp_path, _set(own, lambda t: sub.own_summary_sentence()), "dưới bảng")
        _refused(xlsx, tmp_path, _set(own, lambda t: t.replace("(chỉ tiêu số ", "(chỉ tiêu số 1")), "dưới bảng")


def test_a_file_stating_0_1_0_is_written_and_verified_as_before(written_2026, tmp_path):
    """A 2026 file of 0.1.0 (built so, or the committed format-1 and format-2 samples) holds the
    data's texts alone, as every version before 0.2.0 wrote them, and verifies; the paper's texts put
    into one are refused."""
    sub, _, _ = written_2026
    old = replace(sub, app_version="0.1.0")
    assert form_of(old) == BEFORE
    xlsx = write_submission(old, tmp_path / f"{old.file_stem}.xlsx")
    ws = openpyxl.load_workbook(xlsx)[SHEET_REPORT]
    table = [tuple(str(ws.cell(r, c).value or "") for c in range(1, 9)) for r in range(9, 9 + len(report_rows(old)))]
    assert table == report_rows(old) != term_rows(old, PAPER)
    summary, *rest = _below(_cells(xlsx))
    assert summary == f"Tổng hợp {len(old.assigned_items)} chỉ tiêu tỉnh giao: {old.summary_text()}."
    assert not old.own_summary_sentence() or old.own_summary_sentence() in rest
    v = verify_file(xlsx)
    assert v.ok, v.message
    poverty = _row(xlsx, next(it.name for it in old.items if it.code == "giam_ngheo"))
    paper = term_rows(sub, PAPER)[poverty - 9][4]
    _refused(xlsx, tmp_path, _set(f"E{poverty}", lambda t: paper), f"dòng {poverty}")
    for sample in (SAMPLE_V1, SAMPLE_V2):
        v = verify_file(sample)
        assert v.ok and v.submission.app_version == "0.1.0" and form_of(v.submission) == BEFORE, v.message


def test_the_2030_file_of_0_1_0_with_the_terms_title_still_verifies_in_its_form(tmp_path):
    """The frozen file written by d024a1c: verified intact as `TERM_0_1` (the hyphen of the data in
    "-0,37" over its start-of-term line, the own summary without its Không đạt named); written again
    now from its data it is the same, cell for cell; the paper's wording put into it is refused."""
    v = verify_file(TERM_0_1_FILE)
    assert v.ok, v.message
    sub = v.submission
    cells = _cells(TERM_0_1_FILE)
    assert sub.app_version == "0.1.0" and written_form(sub, cells["A4"]) == form_of(sub) == TERM_0_1
    poverty = _row(TERM_0_1_FILE, next(it.name for it in sub.items if it.code == "giam_ngheo"))
    assert cells[f"E{poverty}"] == "-0,37\n3,12% (cuối 2025) → 3,49% (nay)"
    assert sub.own_summary_sentence() in _below(cells) and own_summary(sub) not in _below(cells)
    again = write_submission(sub, tmp_path / "again.xlsx")
    assert _cells(again) == cells
    below = {t: k for k, t in cells.items() if k.startswith("A")}
    _refused(TERM_0_1_FILE, tmp_path, _set(f"E{poverty}", lambda t: "\u2212" + t[1:]), f"dòng {poverty}")
    _refused(TERM_0_1_FILE, tmp_path, _set(below[sub.own_summary_sentence()], lambda t: own_summary(sub)), "dưới bảng")
    _refused(TERM_0_1_FILE, tmp_path, _set(f"E{poverty}", lambda t: t.replace("3,49%", "3,94%")), f"dòng {poverty}")
    assert openpyxl.load_workbook(TERM_0_1_FILE)[SHEET_REPORT].cell(*TITLE).value == cells["A4"]
