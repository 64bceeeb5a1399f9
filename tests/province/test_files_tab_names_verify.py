""""Kết quả nhận tệp" says under the list how to check one file on its own (walk U15: a reviewer found
nothing there saying `chitieu verify FILE --code CODE`; the window has no such action): one line at
1366×768, in sight, in Vietnamese and in English, the whole of what the command checks in its tooltip."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from tests.province.conftest import PERIOD
from tests.province.helpers import shown_window
from tests.ui.conftest import shot
from ui import i18n


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_the_files_tab_names_the_command_that_checks_one_file(qtbot, office, inbox, language):
    window = shown_window(qtbot, office, PERIOD, dt.date(2026, 7, 6))
    with qtbot.waitSignal(window.intake_done, timeout=60000):
        window.start_intake(inbox["folder"], dt.date(2026, 7, 5))
    try:
        i18n.install_language(language)
        qtbot.waitUntil(lambda: window.tabs.tabText(0) == ("Reports &sent" if language == i18n.ENGLISH
                                                           else "Tình &hình gửi báo cáo"), timeout=10000)
        window.tabs.setCurrentIndex(1)
        window.intake_table.selectRow(0)
        for _ in range(3):
            QApplication.processEvents()
        shot(window, f"s97_verify_line_{language}")
        hint = window.verify_hint
        assert hint.isVisible() and "chitieu verify" in hint.text() and "--code" in hint.text()
        # under the list, one line, inside the window
        table = window.intake_table
        assert hint.mapTo(window, hint.rect().topLeft()).y() > table.mapTo(window, table.rect().bottomLeft()).y()
        assert hint.fontMetrics().horizontalAdvance(hint.text()) <= hint.width()
        assert hint.mapTo(window, hint.rect().bottomRight()).x() <= window.width()
        assert hint.height() < 2 * hint.fontMetrics().lineSpacing()
        assert "--code" in hint.toolTip() and ".pdf" in hint.toolTip()
        if language == i18n.ENGLISH:
            assert hint.text().startswith("To check one file on its own: chitieu verify FILE --code CODE")
    finally:
        i18n.install_language(i18n.VIETNAMESE)
