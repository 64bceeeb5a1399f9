"""Walk U12, F6: the share chart of "Biểu đồ" drew 97,83 % as a dot that read as 100, no value
beside it, where the consolidated PDF prints "97,8%". Each dot is labelled with its value as the
PDF prints that part of the column (`exports.consolidated_charts._share_column`): same counts,
one decimal, Vietnamese figures. The keyboard chooses the indicator (Alt+B, then the arrows)."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QScatterSeries
from PySide6.QtCore import Qt

from exports.consolidated_charts import _share_column
from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import press
from ui.province_share_chart import share_words

LABEL = QScatterSeries.PointConfiguration.LabelFormat


@pytest.fixture
def window(qtbot, office, inbox_92):
    office.intake(inbox_92, PERIOD)
    w = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 1))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=10000)
    w.period_box.setFocus()
    press(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # "&Biểu đồ"
    qtbot.waitUntil(lambda: bool(w.charts.shares), timeout=20000)
    return w


def labels(window) -> list[list[str]]:
    """Each line's dots' labels: "Đạt hoặc vượt" then "Đang thực hiện"."""
    dots = [s for s in window.charts.share_view.chart().series() if isinstance(s, QScatterSeries)]
    return [[s.pointConfiguration(n).get(LABEL) for n in range(s.count())] for s in dots]


def test_every_dot_says_its_value_as_the_pdf_prints_it(qtbot, window):
    charts = window.charts
    box = charts.indicator_box
    box.setFocus()
    seen = set()
    for _ in range(box.count()):
        shares = [s for s in charts.shares if s.share is not None]  # none where the indicator is not due
        printed = [_share_column(s, "")[2] for s in shares]  # the PDF's parts: (units, colour, words)
        assert labels(window) == [[p[0][2] for p in printed], [p[1][2] for p in printed]], box.currentText()
        seen.update(label for line in labels(window) for label in line)
        press(Qt.Key.Key_Down)
    assert all(label.endswith("%") and "." not in label for label in seen), seen


def test_share_words_read_as_the_paper():
    assert share_words(90, 92) == "97,8%"
    assert share_words(92, 92) == "100%"
    assert share_words(0, 92) == "0%"
