"""The province window's "Tổng hợp chỉ tiêu" in the term's last year (walk U21): the consolidated paper and
workbook are titled "… năm 2030 và cả nhiệm kỳ 2026-2030" and say which indicators are judged for the whole
term; the window, where a reviewer reads 2030 first, said neither. It reads the same words above its table,
in 2030 only, and in English in the English interface."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.province import ProvinceOffice
from tests.ui.conftest import shot
from ui.province_window import ProvinceWindow

TITLE = "Tổng hợp kết quả thực hiện các chỉ tiêu chủ yếu của các xã, phường năm 2030 và cả nhiệm kỳ 2026-2030"
JUDGED = ("Năm 2030 là năm cuối nhiệm kỳ: chỉ tiêu số 1–7, 10 đánh giá kết quả cuối cùng cả nhiệm kỳ 2026-2030 "
          "(số 2–7, 10: kết quả năm 2030, số 1: lũy kế 2026-2030, so với chỉ tiêu cả nhiệm kỳ); chỉ tiêu số 8, 9, "
          "11–22 đánh giá kết quả năm 2030.")


@pytest.fixture
def window(qtbot, tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    w = ProvinceWindow(office.ws, today=dt.date(2030, 12, 20))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentIndex(2)
    yield w
    w.close()
    office.close()


def _choose(w, period: str) -> None:
    w.period_box.setCurrentIndex(w.period_box.findData(period))
    QApplication.processEvents()


def test_2030_reads_the_papers_title_and_what_its_verdicts_judge(window, qtbot, english):
    _choose(window, "2030")
    label = window.term_end_label
    assert label.isVisible()
    assert label.text() == f"<b>{TITLE}</b><br>{JUDGED}"
    shot(window, "province_term_end_heading_vi")

    _choose(window, "2029")  # any other period: nothing of the term
    assert not label.isVisible() and not label.text()

    _choose(window, "2030")
    english()
    QApplication.processEvents()
    assert label.text().startswith("<b>Consolidated results of the main indicators of the communes and wards, year "
                                   "2030 and the whole term 2026-2030</b><br>2030 is the term's last year: indicators "
                                   "no. 1–7, 10 are judged on the final result of the whole term 2026-2030")
    shot(window, "province_term_end_heading_en")
