"""A target "Đang thực hiện" says when it is judged, on its verdict cell (walk U6 F1: with the year
2026 open, 6 of 8 province targets read so and the window never said why; the paper says it under
its table, `wording.JUDGED_WHEN`): the line under the table and the cell's tooltip name THAT
target's horizon, a whole-term one "đến năm 2030", an annual one "kỳ báo cáo năm"; in English too."""
from __future__ import annotations

from desktop_app.core.catalog import Target
from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import LAST_YEAR, Period
from desktop_app.core.wording import JUDGED_WHEN, judged_when
from tests.ui.conftest import window_in_english
from ui.entry_model import Col

TERM = (f"Chỉ tiêu cả nhiệm kỳ (đến năm {LAST_YEAR}): đánh giá ở kỳ báo cáo năm {LAST_YEAR}; "
        "trước đó là “Đang thực hiện”.")
ANNUAL = "Chỉ tiêu năm: đánh giá ở kỳ báo cáo năm; trước đó là “Đang thực hiện”."


def _fill(workspace, period):
    workspace.set_entry(period, "thu_ngan_sach", value="50.000")
    workspace.set_entry(period, "bhyt", numerator="9.500", denominator="10.000")
    workspace.set_entry(period, "tthc_truc_tuyen", numerator="4.999", denominator="5.000")


def _on(window, code, col):
    index = window.model.index(window.model.line_of(code), col)
    window.table.setCurrentIndex(index)
    return index


def test_the_words_name_the_horizon_of_the_target():
    assert judged_when(Target("≥", 1, horizon="term_level")) == TERM
    assert judged_when(Target("≥", 1, horizon="term_total")) == TERM
    assert judged_when(Target("≥", 1)) == ANNUAL
    assert judged_when(Target("≥", 1, horizon="term_level")).en.startswith(f"Whole-term target (to {LAST_YEAR})")
    assert JUDGED_WHEN.endswith("trước đó là “Đang thực hiện”")  # the paper's words, the same rule


def test_a_year_report_says_on_the_verdict_cell_when_a_term_target_is_judged(make_window, workspace):
    _fill(workspace, "2026")
    window = make_window(workspace)
    window.show_period(Period(2026, "Y"))
    in_progress = [line.row for line in window.model.lines
                   if line.row is not None and line.row.evaluation.verdict == Verdict.DANG_THUC_HIEN]
    assert in_progress, "no row 'Đang thực hiện' in the year 2026"
    row = in_progress[0]
    assert row.target.horizon != "annual"
    index = _on(window, row.indicator.code, Col.VERDICT)
    assert TERM in window.model.data(index, 3).split("\n")  # ToolTipRole
    assert TERM in window.cell_info.toolTip().split("\n")
    assert "đánh giá ở kỳ báo cáo năm" in window.cell_info.text()
    _on(window, row.indicator.code, Col.VALUE)  # the result cell: the line names the figure, not the horizon
    assert TERM not in window.cell_info.toolTip()
    judged = next(line.row for line in window.model.lines if line.row is not None and line.row.verdict.is_final)
    index = _on(window, judged.indicator.code, Col.VERDICT)
    assert "đánh giá ở kỳ báo cáo" not in (window.model.data(index, 3) or "")
    assert "đánh giá ở kỳ báo cáo" not in window.cell_info.toolTip()


def test_an_annual_target_in_a_quarter_and_in_english(make_window, workspace, qtbot, english):
    _fill(workspace, "2026-Q1")
    window = make_window(workspace)
    window.show_period(Period(2026, "Q1"))
    row = window.model.row_at(window.model.line_of("tthc_truc_tuyen"))
    assert row.evaluation.verdict == Verdict.DANG_THUC_HIEN and row.target.horizon == "annual"
    index = _on(window, "tthc_truc_tuyen", Col.VERDICT)
    assert ANNUAL in window.model.data(index, 3).split("\n")
    assert ANNUAL in window.cell_info.toolTip().split("\n")
    window_in_english(window, qtbot, english)
    index = _on(window, "tthc_truc_tuyen", Col.VERDICT)
    said = "Annual target: assessed in the annual report; until then “In progress”."
    assert said in window.model.data(index, 3).split("\n")
    assert said in window.cell_info.toolTip().split("\n")
