"""Section IV of the commune report names the indicators found Không đạt after their count, by
the STT the annex gives them (review s28, 2): "Không đạt 1" sent the reader through the annex's
rows. The workbook's "Báo cáo" sheet names them too from 0.2.0 (the province checks it,
`exports.report_check`); a file of an earlier version keeps the sentence as it was, and still passes."""
from __future__ import annotations

import io
from dataclasses import replace

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.core.evaluation import Verdict
from exports.report_pdf import render_pdf
from exports.report_rows import own_summary
from exports.submission_format import SHEET_REPORT
from exports.submission_reader import verify_file
from exports.submission_xlsx import write_submission


def _text(sub) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render_pdf(sub))).pages)


def _failing(sub, numbers):
    """`sub` with its assigned indicators numbered `numbers` found Không đạt."""
    return replace(sub, items=tuple(replace(i, verdict=Verdict.KHONG_DAT.value) if i.assigned and i.no in numbers
                                    else i for i in sub.items))


def test_the_own_targets_sentence_names_the_one_not_met(commune_sub, tmp_path):
    """The commune sample: 4 own targets, one not met, named in the PDF and, in the PDF's words, in
    the workbook's sheet; a file of 0.1.0 printed the sentence alone, and still verifies."""
    own = [i.no for i in commune_sub.items if i.own_verdict == Verdict.KHONG_DAT]
    assert len(own) == 1
    assert f"Theo 4 chỉ tiêu xã tự đặt năm 2026: Vượt 2, Đạt 1, Không đạt 1 (chỉ tiêu số {own[0]})." in _text(
        commune_sub)
    named = f"Theo 4 chỉ tiêu xã tự đặt năm 2026: Vượt 2, Đạt 1, Không đạt 1 (chỉ tiêu số {own[0]})."
    assert own_summary(commune_sub) == named  # the PDF's sentence (report_pdf prints `own_summary`)
    path = write_submission(commune_sub, tmp_path / "s.xlsx")
    assert named in [c.value for row in load_workbook(path)[SHEET_REPORT].iter_rows() for c in row]
    assert verify_file(path).ok
    old = write_submission(replace(commune_sub, app_version="0.1.0"), tmp_path / "old.xlsx")
    cells = [c.value for row in load_workbook(old)[SHEET_REPORT].iter_rows() for c in row]
    assert "Theo 4 chỉ tiêu xã tự đặt năm 2026: Vượt 2, Đạt 1, Không đạt 1." in cells and named not in cells
    assert verify_file(old).ok


def test_the_assigned_sentence_names_those_not_met(commune_sub):
    """Two: "(các chỉ tiêu số 1, 2)"; one: "(chỉ tiêu số 8)"; none: "Không đạt 0" alone."""
    numbers = [i.no for i in commune_sub.assigned_items]
    two = _text(_failing(commune_sub, numbers[:2]))
    assert f"Không đạt 2 (các chỉ tiêu số {numbers[0]}, {numbers[1]}), Đang thực hiện" in two
    one = _text(_failing(commune_sub, numbers[-1:]))
    assert f"Không đạt 1 (chỉ tiêu số {numbers[-1]})" in one
    none = _text(commune_sub)
    assert "Không đạt 0, Đang thực hiện" in none and "Không đạt 0 (" not in none
