"""Walk 3, L1 and L7: Qt's own file dialog speaks Vietnamese with one letter per label, and
Settings says which "Ký hiệu văn bản" the report prints."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_setup_dialog import open_dialog
from ui.backup_actions import backup_to_folder, restore_from_file


def _words_and_letters(dialog):
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
             if w.isVisible() and w.text()]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    return texts, letters


def _seen_in_file_dialog(open_it):
    seen = []

    def read_then_escape(dialog):
        seen.append(_words_and_letters(dialog))
        press(Qt.Key.Key_Escape)

    script = Script((QFileDialog, read_then_escape))
    open_it()
    script.check()
    return seen[0]


@pytest.mark.parametrize("which", ["restore", "backup"])
def test_the_file_dialogs_are_vietnamese_with_a_letter_each(qtbot, office, which):  # noqa: F811
    """Tệp › Khôi phục từ bản sao lưu… and Tệp › Sao lưu ra…: no "Look in" or "Files of type", and
    no two labels or buttons share an Alt letter."""
    as_(office, "admin")
    texts, letters = _seen_in_file_dialog(
        (lambda: restore_from_file(office)) if which == "restore" else (lambda: backup_to_folder(office)))
    assert "Tìm t&rong:" in texts and "&Kiểu tệp:" in texts
    assert ("&Tên tệp:" in texts) if which == "restore" else ("Thư mục:" in texts)
    assert not [t for t in texts if any(w in t.replace("&", "") for w in ("Look in", "Files of type", "File name"))]
    assert len(letters) == len(set(letters)), texts


def test_a_save_dialog_too(qtbot):
    """Qt's save dialog (its button &Lưu): the letters still differ."""
    dialog = QFileDialog(None, "Lưu", "", "Sổ tính (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts, letters = _words_and_letters(dialog)
    assert {"Tìm t&rong:", "&Tên tệp:", "&Kiểu tệp:", "&Lưu"} <= set(texts)
    assert len(letters) == len(set(letters)), texts


def test_settings_say_which_document_code_the_report_prints(qtbot, office):  # noqa: F811
    """The box left empty: the line under it says the report prints "/BC-UBND", the default; typing
    another code shows it there at once."""
    as_(office, "admin")
    assert office.settings.doc_prefix == ""
    dialog = open_dialog(qtbot, office)
    assert dialog.doc_prefix.text() == ""
    assert dialog.doc_symbol.isVisible()
    assert dialog.doc_symbol.text() == "Báo cáo ghi “Số:       /BC-UBND” (mặc định)"
    assert "BC-UBND" in dialog.doc_prefix.placeholderText() and "mặc định" in dialog.doc_prefix.placeholderText()
    dialog.doc_prefix.setFocus()
    qtbot.waitUntil(dialog.doc_prefix.hasFocus)
    type_text("HĐND")
    assert dialog.doc_symbol.text() == "Báo cáo ghi “Số:       /BC-HĐND”"
    QApplication.processEvents()
