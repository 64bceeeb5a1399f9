"""The status bar's counts agree with the paper's summary (walk 14, L4): in Quý I the window said
"Đã nhập 7/7 chỉ tiêu giao · Tỉnh giao: Vượt 0, Đạt 0, Không đạt 0, Đang thực hiện 7, Chưa đến kỳ đánh
giá 1", its counts adding up to 8, the paper "Tổng hợp 8 chỉ tiêu tỉnh giao: …": the party organisations'
indicator, judged at year end only, was counted in one and not the other. Both now count what
`core.evaluation.assigned_tally` counts; the completeness says it counts the indicators due this
period, the counts say how many the province assigned. (The words before and after the translator's.)"""
from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

from desktop_app.core.periods import parse_period
from tests.core.test_workflow import fill_year

DUE = r"(Đã nhập 7/7 chỉ tiêu cần nhập kỳ này|Entered 7/7 indicators due this period)"


def counted(text: str) -> int:
    return sum(int(n) for n in re.findall(r" (\d+)(?:,|$)", text))


def test_quarter_one_counts_the_papers_eight_and_says_seven_are_due(make_window, workspace):
    fill_year(workspace, "2026-Q1")
    sub = workspace.submission(parse_period("2026-Q1"))
    paper = f"Tổng hợp {len(sub.assigned_items)} chỉ tiêu tỉnh giao: {sub.summary_text()}."  # as report_pdf prints it
    assert paper == ("Tổng hợp 8 chỉ tiêu tỉnh giao: Vượt 0, Đạt 0, Không đạt 0, Đang thực hiện 7, "
                     "Chưa đến kỳ đánh giá 1.")
    window = make_window(workspace)
    window.resize(1362, 724)  # maximized on 1366×768, with walk 14's officer's long name beside
    window.show_period(parse_period("2026-Q1"))
    window.account_label.setText("Nguyễn Thị Phương Thảo Nguyên — Cán bộ nhập liệu")
    QApplication.processEvents()
    assert re.fullmatch(DUE, window.completeness_label.text()), window.completeness_label.text()
    assert window.completeness.format() == window.completeness_label.text()  # what a screen reader says
    shown = window.summary_label.text()
    found = re.fullmatch(r"· (?:Assigned|Tỉnh giao) (8): (.*)", shown)
    assert found, shown
    assert found[2] == sub.summary_text()  # the paper's counts, word for word
    assert counted(found[2]) == int(found[1]) == len(sub.assigned_items) == 8
    assert not window.summary_label.is_elided()


def test_the_year_counts_all_eight_as_before(make_window, workspace):
    """At year end every assigned indicator is due: "Đã nhập 8/8 chỉ tiêu giao", the paper's 8 again."""
    fill_year(workspace, "2026")
    window = make_window(workspace)
    window.show_period(parse_period("2026"))
    QApplication.processEvents()
    assert window.completeness_label.text() == "Đã nhập 8/8 chỉ tiêu giao"
    assert re.match(r"· (Assigned|Tỉnh giao) 8: ", window.summary_label.text())
