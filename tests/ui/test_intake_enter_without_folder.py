"""Nhận báo cáo… with no folder typed yet (a first intake): Enter did nothing and said nothing, "Đọc thư mục"
greyed (walk U1, F11). It now says under the form what to type, the cursor staying in the folder's field; the
folder typed, the line goes and Enter reads."""
from __future__ import annotations

import datetime as dt

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.core.periods import parse_period
from tests.ui.conftest import press, type_text
from ui.province_intake_dialog import IntakeDialog


def test_enter_on_the_empty_folder_says_what_to_do(qtbot, tmp_path):
    dialog = IntakeDialog(parse_period("2026-6M"), dt.date(2026, 6, 20), dt.date(2026, 6, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
    assert QApplication.focusWidget() is dialog.folder_edit and dialog.folder() == ""
    assert not dialog.error.isVisible()
    press(Qt.Key.Key_Return)
    said = dialog.error.text()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible() and said and dialog.error.accessibleName() == said
    assert said.startswith("Thư mục: gõ thư mục chứa các tệp báo cáo")  # the field named, in Vietnamese
    assert dialog.error.geometry().top() > dialog.note.mapTo(dialog, dialog.note.rect().bottomLeft()).y()  # under it
    assert QApplication.focusWidget() is dialog.folder_edit  # the folder typed at once
    type_text(str(tmp_path))
    assert not dialog.error.isVisible()
    press(Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.folder() == str(tmp_path)
