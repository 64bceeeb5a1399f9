"""The charts tab with Windows' "Make text bigger" at 150 % on a 1366×728 laptop (S111, walk U19 leftover): the
share chart's period under its axis read "6 tháng…", the year cut off (QtCharts gives that axis at most 40 % of
what the chart's title and legend leave, and cut the label it squeezed). Both its lines are drawn, as in the
reports-by-period chart under it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsTextItem

from tests.province.test_province_text_bigger import open_window  # noqa: F401 (the fixture)
from tests.ui.conftest import shot, text_size  # noqa: F401 (text_size: the fixture)


def drawn_texts(view) -> list[str]:
    """The words the chart draws (its title, legend, axes' labels), as they are drawn."""
    return [item.toPlainText() for item in view.scene().items()
            if isinstance(item, QGraphicsTextItem) and item.isVisible()]


def test_the_share_chart_s_periods_are_whole_at_150_percent(qtbot, open_window, text_size):  # noqa: F811
    text_size(150)
    window = open_window()
    window.tabs.setCurrentWidget(window.charts)
    tab = window.charts
    qtbot.waitUntil(lambda: bool(tab.share_view.chart().axes(Qt.Orientation.Horizontal)), timeout=20000)
    qtbot.waitUntil(lambda: any("2026" in text for text in drawn_texts(tab.completeness_view)), timeout=5000)
    shot(window, "s111_share_chart_150")
    periods = [text for text in drawn_texts(tab.share_view) if "tháng" in text]
    assert periods == ["6 tháng\n2026"], periods
    assert [text for text in drawn_texts(tab.completeness_view) if "tháng" in text] == ["6 tháng\n2026"]
    assert window.minimumSizeHint().height() <= 728
