"""The window's "Biểu đồ" tab in the paper's colours: a reviewer who reads "blue = Đang thực hiện"
in the consolidated PDF reads it on screen too, and the window's two charts side by side share
no colour (the window drew "Đang thực hiện" and "Trễ hạn" in two yellows, the PDF in blue and
amber)."""
from __future__ import annotations

from PySide6.QtCharts import QLineSeries, QScatterSeries

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.evaluation import Verdict
from exports.consolidated_charts import SHARE_PARTS, STATUS_COLOURS
from tests.province.test_charts_tab import choose, window  # noqa: F401  (the fixture)
from ui.labels import verdict_label

PAPER_SHARES = {words: colour for words, _, colour in SHARE_PARTS}


def _bar_colours(view) -> dict[str, str]:
    return {b.label(): b.color().name() for s in view.chart().series()
            if hasattr(s, "barSets") for b in s.barSets()}


def test_the_status_blocks_are_the_papers(window):
    """Each status block of "Tình hình gửi báo cáo theo kỳ" has its colour on paper."""
    tab = window.charts
    drawn = _bar_colours(tab.completeness_view)
    words = {tab._status_word(s): c for s, c in STATUS_COLOURS.items()}
    assert {"Đúng hạn", "Trễ hạn", "Chưa gửi"} <= set(drawn)
    assert drawn == {w: c for w, c in words.items() if w in drawn}


def test_the_share_lines_are_the_papers_and_none_is_a_status_colour(window):
    """"Đạt hoặc vượt" in the paper's green of "Đạt, vượt", "Đang thực hiện" in its blue; no
    colour of the shares chart is one of the status chart beside it."""
    lines = {s.name(): s.pen().color().name() for s in window.charts.share_view.chart().series()
             if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)}
    in_progress = verdict_label(Verdict.DANG_THUC_HIEN)
    assert lines[in_progress] == PAPER_SHARES[Verdict.DANG_THUC_HIEN.value]
    assert set(lines.values()) == {PAPER_SHARES["Đạt, vượt"], PAPER_SHARES[Verdict.DANG_THUC_HIEN.value]}
    assert not set(lines.values()) & set(_bar_colours(window.charts.completeness_view).values())


def test_the_units_bars_are_their_verdicts_colour_on_paper(window):
    """BHYT's units are "Đang thực hiện" at 6 months: their bars are the paper's blue, and the
    target's dashed line is in no verdict's colour."""
    choose(window, "bhyt")
    drawn = _bar_colours(window.charts.units_view)
    assert drawn == {verdict_label(Verdict.DANG_THUC_HIEN): PAPER_SHARES[Verdict.DANG_THUC_HIEN.value]}
    target = [s for s in window.charts.units_view.chart().series() if isinstance(s, QLineSeries)]
    assert target and target[0].pen().color().name() not in set(PAPER_SHARES.values())
