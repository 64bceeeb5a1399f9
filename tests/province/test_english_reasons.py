"""The province window in English says which words stay Vietnamese: a file's reason (the core's,
in Vietnamese only) is led by "The program says (in Vietnamese):", as the commune window leads
its Vietnamese-only messages."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.core.keys import WINDOW_ACTIONS, WINDOW_ACTIONS_EN
from desktop_app.core.reasons_english import in_english
from tests.province.test_keys_window import mail, received, window  # noqa: F401 (fixtures)
from ui import i18n
from ui.common import VIETNAMESE_ONLY_LEAD


def test_a_refused_file_s_reason_is_said_to_be_vietnamese_in_english(qtbot, received, mail):  # noqa: F811
    """The first refused file is chosen after reading: its whole reason under the list has the
    lead line in English, not in Vietnamese; back in Vietnamese the lead goes."""
    win = received
    reason = win.file_reason.text()
    assert reason and not reason.startswith(VIETNAMESE_ONLY_LEAD)
    i18n.switch_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: win.tabs.tabText(0) == "Reports &sent", timeout=10000)
    QApplication.processEvents()
    # the window's ways named as the English window shows them; the reason in English since S101 (its
    # sentences known to core.reasons_english), no "in Vietnamese" lead
    with_ways = reason
    for command, words in WINDOW_ACTIONS.items():
        with_ways = with_ways.replace(words, WINDOW_ACTIONS_EN[command])
    assert win.file_reason.text() == in_english(with_ways)
    assert not win.file_reason.text().startswith(VIETNAMESE_ONLY_LEAD)
    assert win.file_facts.text().split(" · ")[1].startswith("received on")  # the window's own words: English
    i18n.switch_language(i18n.VIETNAMESE)
    qtbot.waitUntil(lambda: win.tabs.tabText(0) == "Tình &hình gửi báo cáo", timeout=10000)
    QApplication.processEvents()
    assert win.file_reason.text() == reason
