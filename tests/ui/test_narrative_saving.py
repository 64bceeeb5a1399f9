"""The report text's tab ("Thuyết minh báo cáo"): a section the save refuses stays in its box with
the reason beside it, another period or closing the window asks first, and a section emptied before
going to another period comes back with Ctrl+Z on returning."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import TODAY, Script, click_button, press, type_text
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
LONG = "Thu ngân sách đạt 52.000 triệu đồng. " * 700  # 25.900 characters: over the 20.000 allowed
SHORT = "Kết quả: đạt 7/7 chỉ tiêu."


@pytest.fixture
def window(workspace, qtbot):
    """conftest's window, closed at the test's end without the question a refused section asks
    (a test ending, or failing, with one would wait for an answer)."""
    window = MainWindow(workspace, today=TODAY)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.narratives, "ask_to_leave", lambda closing, **_: True))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=10000)
    window.table.setFocus()
    return window


def _to_text_tab(window, qtbot):
    window.table.setFocus()
    press(Qt.Key.Key_Tab, CTRL)  # as the officer does: Ctrl+Tab to the report text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.narratives.editors["ket_qua"], timeout=10000)
    return window.narratives.editors["ket_qua"]


def _saved(workspace, section="ket_qua", period="2026-6M"):
    return workspace.period_view(period).narratives.get(section, "")


def _plain(label) -> str:
    return re.sub("<[^>]+>", "", label.text())


def _type_and_wait(window, workspace, qtbot, text):
    type_text(text)
    qtbot.waitUntil(lambda: _saved(workspace) == text, timeout=10000)  # saved a moment after typing stops


def _paste_too_long(window, qtbot):
    QApplication.clipboard().setText(LONG)
    press(Qt.Key.Key_V, CTRL)
    refusal = window.narratives.refusals["ket_qua"]
    qtbot.waitUntil(refusal.isVisible, timeout=10000)  # after the moment the save waits for
    return refusal


def test_a_section_too_long_is_refused_beside_it_and_kept_in_its_box(window, workspace, qtbot):
    editor = _to_text_tab(window, qtbot)
    _type_and_wait(window, workspace, qtbot, SHORT)
    refusal = _paste_too_long(window, qtbot)
    message = _plain(refusal)
    length = len(SHORT + LONG.rstrip())
    assert message.startswith("✖ Chưa lưu — Kết quả đạt được: dài ")
    assert message.count("Kết quả đạt được") == 1  # the section named once
    assert f"{length // 1000}.{length % 1000:03d} ký tự" in message and "tối đa 20.000" in message
    assert "vẫn giữ nguyên trong ô" in message
    assert editor.toPlainText() == SHORT + LONG  # the officer's text, whole, in the box
    assert _saved(workspace) == SHORT  # the database keeps what was saved
    assert "Chưa lưu: Kết quả đạt được" in _plain(window.saved_label)  # not "Đã lưu lúc …"
    assert window.feedback.text() == ""  # not on the figures' tab, hidden behind this one
    # Shortened (Ctrl+Z takes the paste back): saved, and the message goes.
    press(Qt.Key.Key_Z, CTRL)
    window.narratives.flush()
    assert not refusal.isVisible() and editor.toPlainText() == SHORT
    assert "Đã lưu lúc" in _plain(window.saved_label)


def test_another_period_asks_and_the_default_stays_with_the_text(window, workspace, qtbot):
    editor = _to_text_tab(window, qtbot)
    _type_and_wait(window, workspace, qtbot, SHORT)
    _paste_too_long(window, qtbot)
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append((box.text(), box.informativeText(),
                                                            box.defaultButton().text())),
                                               press(Qt.Key.Key_Return))))  # Enter: the default
    press(Qt.Key.Key_PageDown, ALT)
    script.check()
    text, question, default = seen[0]
    assert text.startswith("Kết quả đạt được: dài ") and text.count("Kết quả đạt được") == 1
    assert question == "Chuyển sang kỳ khác và bỏ đoạn văn này?" and default == "Quay lại sửa đoạn văn"
    assert window.period.code == "2026-6M" and window.navigator.selected_period().code == "2026-6M"
    assert window.tabs.currentWidget() is window.narratives
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=10000)  # the cursor back in the text
    assert editor.toPlainText() == SHORT + LONG and window.narratives.refusals["ket_qua"].isVisible()
    # From the figures' tab too: the question, and the text's tab shown behind it.
    press(Qt.Key.Key_Tab, CTRL)
    assert window.tabs.currentWidget() is not window.narratives
    script = Script((QMessageBox, lambda box: click_button(box, "Chuyển kỳ, bỏ đoạn văn")))
    press(Qt.Key.Key_PageDown, ALT)
    script.check()
    assert window.period.code == "2026-9M"
    assert _saved(workspace) == SHORT  # nothing saved is lost
    press(Qt.Key.Key_PageUp, ALT)
    assert window.period.code == "2026-6M" and editor.toPlainText() == SHORT
    assert not window.narratives.refusals["ket_qua"].isVisible()
    # Even the dropped text comes back with Ctrl+Z while the window is open (refused again).
    editor.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == SHORT + LONG
    window.narratives.flush()
    assert window.narratives.refusals["ket_qua"].isVisible() and _saved(workspace) == SHORT


def test_a_reload_of_the_period_keeps_the_refused_text(window, workspace, qtbot):
    editor = _to_text_tab(window, qtbot)
    _paste_too_long(window, qtbot)
    window.follow_changes()  # as after another window's change, an export, an approval
    assert editor.toPlainText() == LONG and window.narratives.refusals["ket_qua"].isVisible()


def test_closing_the_window_asks_first(window, workspace, qtbot):
    editor = _to_text_tab(window, qtbot)
    _type_and_wait(window, workspace, qtbot, SHORT)
    _paste_too_long(window, qtbot)
    seen = []
    script = Script((QMessageBox, lambda box: (seen.append(box.informativeText()), press(Qt.Key.Key_Escape))))
    window.close()
    script.check()
    assert seen == ["Đóng cửa sổ và bỏ đoạn văn này?"]
    assert window.isVisible() and editor.toPlainText() == SHORT + LONG
    script = Script((QMessageBox, lambda box: click_button(box, "Đóng, bỏ đoạn văn")))
    window.close()
    script.check()
    assert not window.isVisible() and _saved(workspace) == SHORT


def test_the_refusal_in_english(window, workspace, qtbot, english):
    english()
    editor = _to_text_tab(window, qtbot)
    refusal = _paste_too_long(window, qtbot)
    message = _plain(refusal)
    assert message.startswith("✖ Not saved — Results achieved: 25")
    assert message.count("Results achieved") == 1 and "characters long, at most 20" in message
    assert message.endswith("Your text is kept in the box below.")
    assert "Not saved: Results achieved" in _plain(window.saved_label)
    assert editor.toPlainText() == LONG


def test_a_section_emptied_before_another_period_comes_back_with_ctrl_z(window, workspace, qtbot):
    editor = _to_text_tab(window, qtbot)
    _type_and_wait(window, workspace, qtbot, SHORT)
    press(Qt.Key.Key_A, CTRL)
    press(Qt.Key.Key_Delete)
    press(Qt.Key.Key_PageDown, ALT)  # at once: the empty section is saved on the way
    assert window.period.code == "2026-9M" and _saved(workspace) == ""
    press(Qt.Key.Key_PageUp, ALT)
    assert window.period.code == "2026-6M" and editor.toPlainText() == ""
    editor.setFocus()
    press(Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == SHORT
    window.narratives.flush()
    assert _saved(workspace) == SHORT
    # The figures' Ctrl+Z is another history: it does not reach the text.
    assert not window.undo_stack.canUndo()


def test_another_periods_text_is_its_own(window, workspace, qtbot):
    """Each period's box holds its own text and history: typing in one never shows in another."""
    editor = _to_text_tab(window, qtbot)
    _type_and_wait(window, workspace, qtbot, SHORT)
    press(Qt.Key.Key_PageDown, ALT)
    assert editor.toPlainText() == ""
    type_text("Chín tháng.")
    press(Qt.Key.Key_PageUp, ALT)
    assert editor.toPlainText() == SHORT and _saved(workspace, period="2026-9M") == "Chín tháng."
    press(Qt.Key.Key_PageDown, ALT)
    assert editor.toPlainText() == "Chín tháng."
