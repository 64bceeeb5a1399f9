"""The province window's help (walk 13, M1: its menu bar had only Tệp, and F1 did nothing): a Help
menu, whose Alt+letter is no other control's in either language, and F1 from anywhere open a box
saying how reports are received, checked, their keys confirmed and the period consolidated,
naming the window's buttons and tabs in the words they show."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.province.test_province_keyboard import mnemonics, shown_texts
from tests.ui.conftest import Script, press
from tests.ui.test_province_menu_keys import province  # noqa: F401 - the fixture: a logged-in province window
from ui import i18n


def f1_help(window) -> tuple[str, str]:
    said = []

    def read(box):
        said.append((box.windowTitle(), box.text()))
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, read))
    press(Qt.Key.Key_F1)
    script.check()
    return said[0]


def test_f1_opens_the_help_naming_the_windows_own_words(province):
    window = province
    assert window.table.hasFocus()
    title, text = f1_help(window)
    assert title == window.help_action.text().replace("&", "")  # the box is the menu's item
    for words in ("Nhận báo cáo từ thư mục…", "Kết quả nhận tệp", "Tình hình gửi báo cáo", "Khóa ký",
                  "Xác nhận khóa…", "Nhận tệp chưa ký…", "Tổng hợp chỉ tiêu", "Xuất báo cáo PDF…", "Ctrl+P"):
        assert f"{words}" in text, words
    assert "&" not in text


def test_f1_on_another_tab_opens_the_same_help(province):
    window = province
    window.tabs.setCurrentWidget(window.keys_tab)
    window.keys_tab.table.setFocus()
    title, _text = f1_help(window)
    assert title == window.help_action.text().replace("&", "")


@pytest.mark.parametrize("language", [i18n.VIETNAMESE, i18n.ENGLISH])
def test_the_help_menu_has_a_letter_of_its_own(qtbot, province, language):
    window = province
    if language != i18n.current_language():
        i18n.switch_language(language)
        qtbot.waitUntil(lambda: window.tabs.tabText(1) in ("Files recei&ved", "Kết &quả nhận tệp"))
    assert window.help_menu in [a.menu() for a in window.menuBar().actions()]
    letter = mnemonics([window.help_menu.title()])
    assert letter, window.help_menu.title()
    for i in range(window.tabs.count()):
        assert letter[0] not in mnemonics(shown_texts(window, window.tabs.widget(i))), (
            window.help_menu.title(), window.tabs.tabText(i))
    assert window.help_action.shortcut().toString() == "F1"
