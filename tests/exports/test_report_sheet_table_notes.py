"""The workbook's "Báo cáo" prints, from 0.2.0 (`PAPER`), the lines the PDF prints under the annex's
table, word for word and where the paper has them, right under the table (walk U14 F5: the sheet's STT
went from 5 to 7 and from 9 to 11 with nothing said, the paper saying "STT theo Phụ lục 2, bỏ qua các
chỉ tiêu chỉ giao cho phường."); `chitieu verify` requires exactly them in such a file, naming the cell
of one changed or removed. A file of 0.1.0 has none and verifies as before."""
from __future__ import annotations

import io
from dataclasses import replace

import openpyxl
import pytest
from pypdf import PdfReader

from exports.report_annex import in_progress_note, numbering_note, supplementary_note
from exports.report_pdf import render_pdf
from exports.submission_format import SHEET_REPORT, report_rows
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.test_report_sheet_term_end import _edited, _refused, _set

FIRST_ROW = 9  # the table's first row


def _plain(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").split())


def _after_table(path, sub) -> list[tuple[int, str, bool]]:
    """Column A from the row after the table's blank one down to the summary: (row, text, italic)."""
    ws = openpyxl.load_workbook(path)[SHEET_REPORT]
    out = []
    for r in range(FIRST_ROW + len(report_rows(sub)) + 1, ws.max_row + 1):
        c = ws.cell(r, 1)
        if str(c.value or "").startswith("Tổng hợp "):
            break
        if c.value:
            out.append((r, str(c.value), bool(c.font.i)))
    return out


@pytest.fixture(scope="module", params=["commune", "ward"])
def written(request, tmp_path_factory):
    """The sample's 2026 report written now (`PAPER`): its data, workbook and PDF's text."""
    sub = request.getfixturevalue(f"{request.param}_sub")
    xlsx = write_submission(sub, tmp_path_factory.mktemp(request.param) / f"{sub.file_stem}.xlsx")
    pdf = " ".join(_plain(p.extract_text()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages)
    return request.param, sub, xlsx, pdf


def test_the_sheet_prints_the_papers_lines_under_the_table(written):
    unit, sub, xlsx, pdf = written
    paper = [numbering_note(sub), in_progress_note(sub), supplementary_note(sub)]  # the PDF's own functions
    assert paper[0] == {"commune": "STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho phường.",
                        "ward": "STT theo Phụ lục 2, bỏ qua các chỉ tiêu chỉ giao cho xã."}[unit]
    assert paper[1].startswith("Chỉ tiêu năm được đánh giá") and paper[2].startswith("Chỉ tiêu bổ sung")
    under = _after_table(xlsx, sub)
    first = FIRST_ROW + len(report_rows(sub)) + 1  # right under the table's blank row
    assert [(r, t) for r, t, _ in under] == [(first + k, t) for k, t in enumerate(paper)]
    assert all(italic for *_, italic in under)  # in italics, as the PDF prints them
    assert all(_plain(t) in pdf for t in paper)
    v = verify_file(xlsx)
    assert v.ok, v.message


def test_verify_refuses_a_line_under_the_table_changed_or_removed(written, tmp_path):
    _, sub, xlsx, _ = written
    assert verify_file(_edited(xlsx, tmp_path, lambda ws: None)).ok  # saved again untouched: intact
    (r1, *_), (r2, *_), (r3, *_) = _after_table(xlsx, sub)
    _refused(xlsx, tmp_path, _set(f"A{r1}", lambda t: t.replace("Phụ lục 2", "Phụ lục 3")), f"ô A{r1} dưới bảng")
    _refused(xlsx, tmp_path, _set(f"A{r1}", lambda t: None), f'ô A{r1} dưới bảng: thiếu dòng "STT theo Phụ lục 2')
    _refused(xlsx, tmp_path, _set(f"A{r2}", lambda t: t[:-1]), f"ô A{r2} dưới bảng")
    _refused(xlsx, tmp_path, _set(f"A{r3}", lambda t: None), f"ô A{r3} dưới bảng: thiếu dòng")
    _refused(xlsx, tmp_path, _set(f"A{r3}", lambda t: "Các chỉ tiêu bổ sung chưa nhập số liệu nên không in trong biểu."),
             f"ô A{r3} dưới bảng")


def test_a_file_of_0_1_has_none_and_verifies_as_before(commune_sub, tmp_path):
    sub = replace(commune_sub, app_version="0.1.0")
    xlsx = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    assert _after_table(xlsx, sub) == []  # the summary under the table's blank row, as 0.1.0 wrote it
    assert verify_file(xlsx).ok
    first = FIRST_ROW + len(report_rows(sub)) + 1
    line = numbering_note(sub)

    def insert(ws):  # the paper's line put into a file of 0.1.0, which never wrote it
        ws.insert_rows(first)
        ws.cell(first, 1).value = line

    v = verify_file(_edited(xlsx, tmp_path, insert))
    assert not v.ok and any(line[:20] in p for p in v.problems), v.problems
