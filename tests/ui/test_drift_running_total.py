"""An approved Quý I/2027 whose five-year budget total a correction of 2026 changed: the yellow notice names the
running total on both sides, not only this quarter's amount, which did not change ("khi duyệt 20.000 triệu đồng,
X% chỉ tiêu — nay 20.000 triệu đồng, Y% chỉ tiêu" named no figure that changed)."""
from __future__ import annotations

import datetime as dt

from desktop_app.core.periods import Period
from tests.core.test_approval import approved_2027_q1, corrected
from tests.core.test_workflow import office  # noqa: F401 (the fixture)
from ui import i18n


def _notice(make_window, office) -> str:  # noqa: F811
    window = make_window(office, today=dt.date(2027, 4, 5))
    window.show_period(Period(2027, "Q1"))
    assert window.drift_notice.isVisible()
    return window.drift_label.toolTip()


def test_the_notice_names_the_running_total_that_changed(make_window, office):  # noqa: F811
    approved_2027_q1(office)
    before = office.period_view("2027-Q1").rows
    total_before = next(r for r in before if r.indicator.code == "thu_ngan_sach").running_total_words
    corrected(office, "2026", "thu_ngan_sach", value="60.000")
    text = _notice(make_window, office)
    line = next(x for x in text.split("\n") if x.startswith("Tổng thu ngân sách"))
    approved, live = line.split(" — nay ")
    assert approved.endswith(f"; {total_before}"), line  # the total as approved
    assert "20.000 triệu đồng" in approved and "20.000 triệu đồng" in live
    assert "; Lũy kế 2026 - quý I năm 2027: 80.000" in live, line  # 60.000 + 20.000, as corrected


def test_in_english_too(make_window, office):  # noqa: F811
    approved_2027_q1(office)
    corrected(office, "2026", "thu_ngan_sach", value="60.000")
    i18n.install_language(i18n.ENGLISH)
    try:
        text = _notice(make_window, office)
    finally:
        i18n.install_language(i18n.VIETNAMESE)
    line = next(x for x in text.split("\n") if x.startswith("Local budget revenue"))
    assert line.endswith("— now 20.000 million VND, 36,8% of target (In progress); Total so far 2026 - quarter I "
                         "2027: 80.000 (137.373 left to reach the term target)"), line
    assert "(In progress); Total so far 2026 - quarter I 2027: 70.000" in line, line
