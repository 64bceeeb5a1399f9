"""What a person copies from a box is the name the program shows, not how the box drew it (walk U22 F7): a
backup's name is drawn with no-break hyphens ("chitieu‑000002‑…‑thu‑cong.db", `ui.fitting.unbroken_names`) so
that no line ends inside it; selected and copied (Ctrl+C), those hyphens went to the clipboard, and the name
pasted in Explorer's search found nothing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from desktop_app.core.words import Words
from tests.ui.conftest import Script, press, shot
from ui.province_backup import say_taken_back

BACKUP = "chitieu-000002-20260615-093000-thu-cong.db"


def test_a_boxs_text_selected_and_copied_names_the_backup_as_it_is_called(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    note = Words(f"Đã khôi phục bản sao {BACKUP} trong Tài liệu/Sao lưu. Hãy xác nhận lại các khóa ký.",
                 f"Restored the backup {BACKUP} in Documents/Backups. Confirm the signing keys again.")
    seen = {}

    def copy_all(box):
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["drawn"] = label.text()
        # its text selected, as a style that lets a box's text be selected does (Windows' Ctrl+C on a box copies
        # its whole text the same way)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocus()
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier, label)
        press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier, label)
        seen["copied"] = QApplication.clipboard().text()
        shot(box, "copied-as-named-box")
        box.button(QMessageBox.StandardButton.Ok).click()

    script = Script((QMessageBox, copy_all))
    say_taken_back(parent, note)
    script.check()
    assert BACKUP not in seen["drawn"]  # drawn kept on one line
    assert seen["copied"] == str(note)  # copied as written: Explorer's search finds the backup by this name

