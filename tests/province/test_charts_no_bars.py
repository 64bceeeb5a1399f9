"""The Charts tab when no unit has a bar (a period nobody has reported yet): the units listed
apart, with why, are all in sight or reachable by scrolling, wrapped over as many lines as they
need, in Vietnamese and in English, also when the period changed while another tab was shown."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n

TODAY = dt.date(2026, 7, 6)


@pytest.fixture
def window(qtbot, office):
    from ui.province_window import ProvinceWindow

    w = ProvinceWindow(office.ws, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if i18n.current_language() != i18n.VIETNAMESE:
        i18n.install_language(i18n.VIETNAMESE)


def _whole(tab) -> None:
    label = tab.apart
    QApplication.processEvents()
    assert not tab.chart.points
    assert label.isVisible() and label.height() >= label.heightForWidth(label.width()) > 3 * label.fontMetrics().height()
    inside = tab.scroll.widget()
    reach = tab.scroll.verticalScrollBar().maximum() + tab.scroll.viewport().height()
    assert label.geometry().bottom() <= max(inside.height(), reach)


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_the_units_without_a_bar_are_listed_whole(qtbot, window, language):
    i18n.install_language(language)
    window.tabs.setCurrentIndex(0)
    window.period_box.setCurrentIndex(window.period_box.findData("2026-6M"))
    window.tabs.setCurrentWidget(window.charts)
    qtbot.waitUntil(lambda: window.charts.chart is not None)
    _whole(window.charts)
    words = "Not reported" if language == i18n.ENGLISH else "Chưa báo cáo"
    assert window.charts.apart.text().startswith(f"<b>{words}</b> (92)")
