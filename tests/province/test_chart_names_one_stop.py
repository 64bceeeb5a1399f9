"""The names under the charts' bars (the units without a bar) are one Tab stop (walk U26 F6: 85
"Chưa báo cáo" took 87 Tabs to pass): Tab takes the first name, the arrow keys go from name to
name, each said aloud, Enter opens the one chosen, the next Tab leaves; a screen reader names
the list."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from desktop_app.core.charts import Placement
from tests.province.test_charts_tab import choose, window  # noqa: F401 - the fixture
from tests.ui.conftest import press
from ui import province_chart_links
from ui.province_charts import COUNTED


def test_the_names_are_one_tab_stop_the_arrows_go_through_them(qtbot, window, monkeypatch):  # noqa: F811
    said = []
    monkeypatch.setattr(province_chart_links, "announce", lambda _source, message, assertive=False: said.append(message))
    tab = window.charts
    choose(window, "bhyt")
    missing = [u for u in tab.chart.placed(Placement.NOT_REPORTED) if u.status not in COUNTED]
    assert len(missing) >= 3
    assert QAccessible.queryAccessibleInterface(tab.apart).text(QAccessible.Text.Name)
    tab.scroll.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.apart
    assert tab.apart.selectedText() == missing[0].name and said == [missing[0].name]
    press(Qt.Key.Key_Right)
    press(Qt.Key.Key_Down)
    assert tab.apart.selectedText() == missing[2].name and said[-2:] == [missing[1].name, missing[2].name]
    press(Qt.Key.Key_Up)
    assert tab.apart.selectedText() == missing[1].name
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Left)  # at the first: stays there, in the list
    assert QApplication.focusWidget() is tab.apart and tab.apart.selectedText() == missing[0].name
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Right)  # at the last: stays there
    assert QApplication.focusWidget() is tab.apart and tab.apart.selectedText()
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Right)
    with qtbot.waitSignal(tab.unit_chosen) as chosen:
        press(Qt.Key.Key_Return)
    assert chosen.args == [missing[1].code]
    window.tabs.setCurrentWidget(tab)
    tab.scroll.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.apart
    press(Qt.Key.Key_Tab)  # one Tab: out of the list
    assert QApplication.focusWidget() is not tab.apart and not tab.apart.isAncestorOf(QApplication.focusWidget())
