"""Text from an old report typed in TCVN3 (.VnTime) or VNI, pasted or typed into the report text or
a comment: shown as it reads in Unicode, and saved in Unicode with Enter."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import Script, press, type_text
from tests.ui.test_narrative_saving import window as narrative_window  # noqa: F401 - the "window" fixture
from ui.entry_model import Col
from ui.legacy_dialog import LegacyTextDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TCVN3_TEXT = "Thu ng©n s¸ch n¨m 2025 ®¹t 105% kÕ ho¹ch; ng\xadêi d©n ®\xadîc hç trî kü thuËt."
UNICODE_TEXT = "Thu ngân sách năm 2025 đạt 105% kế hoạch; người dân được hỗ trợ kỹ thuật."


def _to_text_tab(window, qtbot):
    window.table.setFocus()
    press(Qt.Key.Key_Tab, CTRL)  # Ctrl+Tab: the report text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.narratives.editors["ket_qua"], timeout=10000)
    return window.narratives.editors["ket_qua"]


def _saved(workspace, section="ket_qua"):
    return workspace.period_view("2026-6M").narratives.get(section, "")


def _seen(dialog, seen: list) -> None:
    seen.append((re.sub("<[^>]+>", "", dialog.question.text()), dialog.preview.toPlainText(),
                 QApplication.focusWidget().text()))


def test_pasted_tcvn3_is_shown_in_unicode_and_saved_so_with_enter(window, workspace, qtbot):
    editor = _to_text_tab(window, qtbot)
    type_text("Kết quả: ")
    QApplication.clipboard().setText(TCVN3_TEXT)
    seen = []
    script = Script((LegacyTextDialog, lambda dialog: (_seen(dialog, seen),
                                                       press(Qt.Key.Key_Return))))
    press(Qt.Key.Key_V, CTRL)
    script.check()
    question, preview, focused_button = seen[0]
    assert question.startswith("Kết quả đạt được: đoạn văn có vẻ gõ bằng phông TCVN3 (.VnTime).")
    assert question.endswith("Chuyển sang Unicode?")
    assert preview == UNICODE_TEXT and focused_button == "Chuyển sang &Unicode"  # Enter converts
    assert editor.toPlainText() == "Kết quả: " + UNICODE_TEXT
    qtbot.waitUntil(lambda: _saved(workspace) == "Kết quả: " + UNICODE_TEXT, timeout=10000)
    assert QApplication.focusWidget() is editor  # typing goes on where it was
    press(Qt.Key.Key_Z, CTRL)  # the paste taken back whole
    assert editor.toPlainText() == "Kết quả: "


def test_pasted_and_kept_as_typed_it_is_saved_as_typed(window, workspace, qtbot):
    """Escape, "Keep as typed": saved as pasted (it used to be refused at the save, and a short
    Ghi chú or section the detection misread could not be saved at all)."""
    editor = _to_text_tab(window, qtbot)
    QApplication.clipboard().setText(TCVN3_TEXT)
    script = Script((LegacyTextDialog, lambda dialog: press(Qt.Key.Key_Escape)))  # Escape: keep as typed
    press(Qt.Key.Key_V, CTRL)
    script.check()
    assert editor.toPlainText() == TCVN3_TEXT
    qtbot.waitUntil(lambda: _saved(workspace) == TCVN3_TEXT, timeout=10000)
    assert not window.narratives.refusals["ket_qua"].isVisible()


def _typed_with_an_old_keyboard_setting(window, qtbot):
    """Typed, not pasted: no question; the save refuses it, with two buttons under the reason."""
    editor = _to_text_tab(window, qtbot)
    type_text(TCVN3_TEXT)
    refusal = window.narratives.refusals["ket_qua"]
    qtbot.waitUntil(refusal.isVisible, timeout=10000)
    assert "phông TCVN3 (.VnTime)" in refusal.text()
    assert "bấm «Chuyển sang Unicode»" in refusal.text() and "Unikey" not in refusal.text()  # the button, not the CLI's advice
    assert editor.toPlainText() == TCVN3_TEXT  # the officer's text kept in the box
    return editor


def test_typed_in_tcvn3_it_is_refused_and_one_button_converts_it(window, workspace, qtbot):
    editor = _typed_with_an_old_keyboard_setting(window, qtbot)
    assert _saved(workspace) == ""
    button = window.narratives.to_unicode["ket_qua"]
    assert button.isVisible() and button.text() == "Chuyển sang &Unicode"
    press(Qt.Key.Key_Tab, SHIFT)  # from the box back to the buttons above it
    press(Qt.Key.Key_Tab, SHIFT)
    assert QApplication.focusWidget() is button
    press(Qt.Key.Key_Space)
    assert _saved(workspace) == UNICODE_TEXT and editor.toPlainText() == UNICODE_TEXT
    assert not window.narratives.refusals["ket_qua"].isVisible() and not button.isVisible()
    assert QApplication.focusWidget() is editor


def test_typed_in_tcvn3_the_other_button_keeps_it_as_typed(window, workspace, qtbot):
    editor = _typed_with_an_old_keyboard_setting(window, qtbot)
    keep = window.narratives.keep_as_typed["ket_qua"]
    assert keep.isVisible() and keep.text() == "Giữ &nguyên như đã gõ"  # Alt+N: Alt+G opens Trợ giúp
    press(Qt.Key.Key_Tab, SHIFT)  # the button next to the box
    assert QApplication.focusWidget() is keep
    press(Qt.Key.Key_Space)
    assert _saved(workspace) == TCVN3_TEXT and editor.toPlainText() == TCVN3_TEXT
    assert not window.narratives.refusals["ket_qua"].isVisible() and not keep.isVisible()
    assert QApplication.focusWidget() is editor


def test_a_comment_typed_in_vni_is_offered_in_unicode(window, workspace, qtbot):
    window.table.setCurrentIndex(window.model.index(window.model.line_of("bhyt"), Col.COMMENT))
    window.table.setFocus()
    seen = []
    script = Script((LegacyTextDialog, lambda dialog: (_seen(dialog, seen), press(Qt.Key.Key_Return))))
    type_text("Theo baùo caùo cuûa traïm y teá")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not script.steps, timeout=5000)  # asked once the cell's editor has closed
    script.check()
    assert seen[0][0].startswith("Tỷ lệ người dân tham gia bảo hiểm y tế — Ghi chú: đoạn văn có vẻ gõ bằng phông ")
    assert "VNI-Windows (VNI-Times)" in seen[0][0]
    assert seen[0][1] == "Theo báo cáo của trạm y tế"
    qtbot.waitUntil(lambda: workspace.row("2026-6M", "bhyt").entry.comment == "Theo báo cáo của trạm y tế",
                    timeout=3000)
    assert window.model.error_at(window.model.index_of("bhyt", "comment")) is None


def test_a_comment_kept_as_typed_is_saved_as_typed(window, workspace, qtbot):
    window.table.setCurrentIndex(window.model.index(window.model.line_of("bhyt"), Col.COMMENT))
    window.table.setFocus()
    script = Script((LegacyTextDialog, lambda dialog: press(Qt.Key.Key_Escape)))  # Escape: keep as typed
    type_text("Theo baùo caùo cuûa traïm y teá")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not script.steps, timeout=5000)
    script.check()
    qtbot.waitUntil(lambda: workspace.row("2026-6M", "bhyt").entry.comment == "Theo baùo caùo cuûa traïm y teá",
                    timeout=3000)
    assert window.model.error_at(window.model.index_of("bhyt", "comment")) is None
