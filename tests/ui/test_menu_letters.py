"""Every item of the main window's menus has its own Alt+letter in both languages: "Chỉ tiêu
&xã tự đặt…" had lost its letter in Vietnamese, Hoàn tác / Làm lại had none (Ctrl+Z and Ctrl+Y
only); Alt+S, H undoes what was typed."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import press, type_text
from ui import i18n


def letter(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_each_menu_item_has_its_own_letter(window, language):
    if language != i18n.current_language():
        i18n.switch_language(language)
    for menu in (window.file_menu, window.edit_menu, window.period_menu, window.data_menu, window.admin_menu,
                 window.help_menu):
        items = [a.text() for a in menu.actions() if a.text() and not a.isSeparator()]
        letters = [letter(t) for t in items]
        assert None not in letters, (menu.title(), [t for t in items if letter(t) is None])
        assert len(set(letters)) == len(letters), (menu.title(), sorted(letters))


def test_alt_s_h_undoes_the_figure_typed(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    index = window.table.currentIndex()
    before = index.data()
    type_text("95")
    press(Qt.Key.Key_Return)
    assert "Đã lưu" in window.feedback.text() and index.data() != before
    window.table.setCurrentIndex(index)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Sửa
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.edit_menu, timeout=10000)
    assert window.undo_action.text().startswith("&Hoàn tác")
    QTest.keyClick(window.edit_menu, Qt.Key.Key_H)  # &Hoàn tác
    QApplication.processEvents()
    qtbot.waitUntil(lambda: index.data() == before, timeout=10000)
