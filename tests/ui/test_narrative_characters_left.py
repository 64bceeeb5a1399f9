"""Report text (walk 21, L7): the 20.000-character limit of a section was told only when the save
refused it. Beside the section's title, once fewer than a tenth of the characters remain, how many
are left (Vietnamese digits, "1.497"), and past the limit by how many, in red; quiet before."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.core.validation import MAX_NARRATIVE
from tests.ui.conftest import press, type_text
from tests.ui.test_narrative_saving import _to_text_tab, window  # noqa: F401 - the window fixture
from ui.common import ERROR_TEXT

CTRL = Qt.KeyboardModifier.ControlModifier
SENTENCE = "Thu ngân sách đạt 52.000 triệu đồng. "  # 37 characters


def test_the_characters_left_are_said_near_the_limit_only(window, qtbot):
    window.resize(1366, 768)
    editor = _to_text_tab(window, qtbot)
    count = window.narratives.counts["ket_qua"]
    type_text("Kết quả")
    assert not count.isVisible() and count.text() == ""  # plenty of room: nothing said
    QApplication.clipboard().setText(SENTENCE * 500)  # 18.506 characters with "Kết quả" before, the last space trimmed
    press(Qt.Key.Key_V, CTRL)
    left = MAX_NARRATIVE - len(editor.toPlainText().strip())
    assert left == 1_494
    assert count.isVisible() and "1.494" in count.text()
    assert ERROR_TEXT.name() not in count.styleSheet()  # grey, not an alarm
    assert count.geometry().top() < editor.geometry().top()  # by the section's title, above its box
    assert window.narratives.counts["han_che"].isHidden()  # only that section's

    press(Qt.Key.Key_V, CTRL)  # past the limit: by how many, in red
    over = len(editor.toPlainText().strip()) - MAX_NARRATIVE
    assert count.isVisible() and f"{over:,}".replace(",", ".") in count.text()
    assert ERROR_TEXT.name() in count.styleSheet()
    assert count.fontMetrics().horizontalAdvance(count.text()) <= count.width()  # read whole at 1366×768

    press(Qt.Key.Key_Z, CTRL)  # the paste undone: the grey count again
    assert "1.494" in count.text() and ERROR_TEXT.name() not in count.styleSheet()
