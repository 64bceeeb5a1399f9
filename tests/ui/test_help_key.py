"""F1, Windows' help key (walk 13, M1: it did nothing in either window, the province's had no
help at all): in the commune's window it opens "Cách nhập số liệu" wherever the cursor is, the
refusal of a red cell first, whole; the help says how to paste from Excel (L6). The province's
window: tests/province/test_province_help.py."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import Script, press, type_text
from tests.ui.test_entry_form import ENTER, go_to
from tests.ui.test_entry_help import back_in_the_window


def read_and_close(said: list):
    def read(box):
        said.append((box.windowTitle(), box.text()))
        press(Qt.Key.Key_Return)
    return read


def f1(said: list) -> None:
    script = Script((QMessageBox, read_and_close(said)))
    press(Qt.Key.Key_F1)
    script.check()


def test_f1_in_the_table_opens_how_to_enter_figures(window, qtbot):
    assert QApplication.focusWidget() is window.table
    said = []
    f1(said)
    title, text = said[0]
    assert title == "Cách nhập số liệu"
    assert text.startswith("• ") and "F6: đến danh sách kỳ báo cáo" in text  # the keys' help, nothing before it
    back_in_the_window(window, qtbot)
    assert QApplication.focusWidget() is window.table  # back where the person was


def test_the_help_says_how_to_paste_from_excel(window):
    """L6: the line under the table names Ctrl+V; the help said nothing of it."""
    said = []
    f1(said)
    text = said[0][1]
    paste = next(line for line in text.split("\n") if "Ctrl+V" in line)
    assert "Excel" in paste and "Ctrl+Z" in paste  # what is pasted, and that one undo takes it back


def test_f1_on_a_red_cell_says_its_refusal_whole_then_the_help(window):
    go_to(window, "thu_ngan_sach", "value")
    type_text("abc")
    press(ENTER)
    reason = window.model.error_at(window.table.currentIndex())
    assert reason  # the cell is red, the reason under the table
    said = []
    f1(said)
    title, text = said[0]
    assert title == "Cách nhập số liệu"
    assert reason in text and text.index(reason) < text.index("Ctrl+V")  # first, whole, then the help
    assert not text.startswith("• ")


def test_f1_on_the_narrative_tab_opens_the_help_too(window):
    press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.narratives
    said = []
    f1(said)
    assert said[0][0] == "Cách nhập số liệu"
