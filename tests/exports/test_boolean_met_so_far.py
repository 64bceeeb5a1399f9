"""Walk U6 F2: "Đạt chuẩn nông thôn mới" (a yes/no target, "Có" by 2030) answered "Có" in the
2026 year report read "Đang thực hiện" with "So với chỉ tiêu" empty, in the window, on paper and in
the workbook, where a figure already at its term level says "Đến nay đã đạt mức chỉ tiêu": a leader
hesitated to sign "in progress" with no word for a commune that has reached the standard. It now
says the same words (no share: a percentage of "Có" says nothing); "Không" still says nothing (the
verdict says it is in progress); judged in 2030, the verdict alone. A file written before, with
nothing there, still verifies intact and the province reads it with no difference; an approved
period keeps the text it was approved with."""
from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.core.evaluation import Verdict
from desktop_app.core.printed_texts import text_differences
from desktop_app.core.recompute import recompute
from desktop_app.core.submission import view_as_approved
from exports.report_pdf import write_report_pdf
from exports.submission_format import SHEET_DATA, SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission
from tests.exports.conftest import submission_of

MET = "Đến nay đã đạt mức chỉ tiêu"
CODE = "nong_thon_moi"


def _item(sub):
    return next(i for i in sub.items if i.code == CODE)


def _plain(text) -> str:
    return " ".join(str(text or "").replace("\u00a0", " ").split())


@pytest.fixture
def met(workspace):
    workspace.set_entry("2026", CODE, flag="Có")
    return workspace


def test_a_yes_no_target_met_before_2030_says_so_and_not_met_says_nothing(workspace):
    workspace.set_entry("2026", CODE, flag="Có")
    row = workspace.row("2026", CODE)
    assert (row.target_text, row.value_text, row.verdict) == ("Có", "Có", Verdict.DANG_THUC_HIEN)
    assert row.compared_text == MET
    assert row.evaluation.progress is None  # the figure files state: unchanged (none for yes/no)
    workspace.set_entry("2026", CODE, flag="Không")
    row = workspace.row("2026", CODE)
    assert (row.verdict, row.compared_text, row.comparison) == (Verdict.DANG_THUC_HIEN, "", None)
    workspace.set_entry("2030", CODE, flag="Có")
    row = workspace.row("2030", CODE)
    assert (row.verdict, row.compared_text) == (Verdict.DAT, "")  # judged: the verdict says it


def test_printed_in_the_file_and_on_paper_and_an_old_file_without_it_still_verifies(met, tmp_path):
    sub = submission_of(met, "2026")
    item = _item(sub)
    assert (item.verdict, item.compared_text, item.progress) == ("Đang thực hiện", MET, None)
    path = write_submission(sub, tmp_path / f"{sub.file_stem}.xlsx")
    book = openpyxl.load_workbook(path)
    report = [[_plain(c.value) for c in row] for row in book[SHEET_REPORT].iter_rows()]
    line = next(r for r in report if item.name in r)
    assert MET in line and "Đang thực hiện" in line
    data = book[SHEET_DATA]
    header = [c.value for c in data[1]]
    stored = next(r for r in data.iter_rows(min_row=2, values_only=True) if r[header.index("indicator")] == CODE)
    assert stored[header.index("compared_text")] == MET
    checked = verify_file(path)
    assert checked.ok and "CHÚ Ý" not in checked.message, checked.message
    pdf = write_report_pdf(sub, tmp_path / "bao-cao.pdf")
    assert MET in _plain(" ".join(page.extract_text() for page in PdfReader(str(pdf)).pages))
    # the province recomputes the same text: no difference
    assert recompute(met.catalog, met.commune, sub).differences == ()

    # old to new: written before 2026.12, the cell is empty, in the data and in "Báo cáo"
    old = replace(sub, items=tuple(replace(i, compared_text="") if i.code == CODE else i for i in sub.items))
    old_path = write_submission(old, tmp_path / "truoc" / f"{sub.file_stem}.xlsx")
    checked = verify_file(old_path)
    assert checked.ok and "CHÚ Ý" not in checked.message, checked.message
    again = recompute(met.catalog, met.commune, old)
    assert again.differences == ()  # intake: no "Khác biệt" line
    assert _item(again.submission).compared_text == MET  # the province words it as now
    assert text_differences("Nông thôn mới", replace(item, compared_text=""), item) == []
    # any other text is still a difference
    assert text_differences("Nông thôn mới", replace(item, compared_text="Đã đạt chuẩn"), item)


def test_an_approved_period_keeps_the_text_it_was_approved_with(met):
    """Approved before 2026.12 with the cell empty: the window and `chitieu show` say what the
    signed paper says (`submission.view_as_approved`)."""
    view = met.period_view("2026")
    assert next(r for r in view.rows if r.indicator.code == CODE).compared_text == MET
    sub = submission_of(met, "2026")
    approved = replace(sub, items=tuple(replace(i, compared_text="") if i.code == CODE else i for i in sub.items))
    shown = view_as_approved(view, approved)
    row = next(r for r in shown.rows if r.indicator.code == CODE)
    assert (row.compared_text, row.verdict) == ("", Verdict.DANG_THUC_HIEN)
    assert next(r for r in view_as_approved(view, sub).rows if r.indicator.code == CODE).compared_text == MET
