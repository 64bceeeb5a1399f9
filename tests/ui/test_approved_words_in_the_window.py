"""The window's "So với chỉ tiêu" of an approved period is its signed paper's: "Đạt chuẩn nông thôn
mới" answered "Có" and approved before 2026.12 printed nothing there; the program now words it
"Đến nay đã đạt mức chỉ tiêu" (S45), and the window, worded from the figures, said so beside a
paper that does not (`chitieu show` and the report already followed the paper)."""
from __future__ import annotations

from dataclasses import replace

from desktop_app.core.submission import view_as_approved
from tests.exports.conftest import submission_of  # noqa: F401 (the workspace fixture's helpers)
from ui import i18n
from ui.labels import compared_text

CODE = "nong_thon_moi"


def _row(view):
    return next(r for r in view.rows if r.indicator.code == CODE)


def test_an_approved_row_says_what_its_paper_says(qapp, workspace):
    workspace.set_entry("2026", CODE, flag="Có")
    view = workspace.period_view("2026")
    assert compared_text(_row(view)) == "Đến nay đã đạt mức chỉ tiêu"  # as the figures are worded now
    sub = submission_of(workspace, "2026")
    approved_before = replace(sub, items=tuple(replace(i, compared_text="") if i.code == CODE else i
                                               for i in sub.items))
    row = _row(view_as_approved(view, approved_before))
    assert compared_text(row) == ""
    i18n.install_language(i18n.ENGLISH)
    assert compared_text(row) == ""  # nothing on the paper: nothing in English either
    assert compared_text(_row(view_as_approved(view, sub))) == "So far at the target level"
