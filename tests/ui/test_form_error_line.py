"""The red line under a form that says why what was typed is refused (ui/form_error.py), one widget for the
number and date box and the province's settings and first-run dialogs (each built its own QLabel): red, wrapped
at the form's width, hidden while there is nothing to say, and a screen reader reads the refusal itself."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.province import ProvinceOffice
from tests.ui.conftest import press, type_text
from tests.ui.test_document_number_box import approved  # noqa: F401 (the fixture)
from ui.common import ERROR_TEXT
from ui.document_dialog import DocumentDialog
from ui.province_first_run import ProvinceFirstRunDialog
from ui.province_settings import ProvinceSettingsDialog

TOO_LONG = "Nguyễn " * 20  # a signer's name of 140 characters: refused by the core (at most 100)


def said(line) -> str:
    """What the line shows, once checked to look and read as a refusal does."""
    line.ensurePolished()
    assert line.isVisible() and line.wordWrap()
    assert line.palette().color(QPalette.ColorRole.WindowText) == ERROR_TEXT
    assert QAccessible.queryAccessibleInterface(line).text(QAccessible.Text.Name) == line.text()
    return line.text()


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.error.isVisible()  # nothing to say yet
    return dialog


@pytest.fixture
def province(tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup(doc_prefix="VPUBND")
    yield office
    office.close()


@pytest.mark.usefixtures("approved_before_report_date")
@pytest.mark.document_box
def test_the_number_box_says_a_refusal_in_red_under_the_form(qtbot, approved):  # noqa: F811
    box = shown(qtbot, DocumentDialog(approved, approved.submission("2026")))
    type_text("0")
    press(Qt.Key.Key_Return)
    assert said(box.error).startswith('Số văn bản "0" không dùng được'), box.error.text()


def test_the_province_settings_say_a_refusal_in_red_and_drop_it_once_corrected(qtbot, province):
    dialog = shown(qtbot, ProvinceSettingsDialog(province.ws, office=province))
    press(Qt.Key.Key_Tab)  # to Người ký
    type_text(TOO_LONG)
    press(Qt.Key.Key_Return)  # Enter from the last name saves
    assert "100 ký tự" in said(dialog.error)
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text("Nguyễn Thị Phương Thảo")
    assert not dialog.error.isVisible() and dialog.error.text() == ""
    assert QApplication.focusWidget() is dialog.signers.signer


def test_the_province_first_run_says_a_refusal_in_red(qtbot, province):
    dialog = shown(qtbot, ProvinceFirstRunDialog(province.ws))
    dialog.signers.signer.setText(TOO_LONG)
    dialog.accept()
    assert "100 ký tự" in said(dialog.error)
    assert QApplication.focusWidget() is dialog.signers.signer


@pytest.mark.usefixtures("approved_before_report_date")
@pytest.mark.document_box
def test_a_long_refusal_is_read_whole_above_the_buttons(qtbot, approved, tmp_path):  # noqa: F811
    """A number taken by another report says which, when, and the next one free: five lines at the box's width,
    which stayed as tall as it opened, the end of the sentence hidden behind Tiếp tục and Hủy (red-team R7)."""
    from desktop_app.services import export_period

    export_period(approved, "2026-6M", tmp_path / "out", doc_number="15", report_date=approved.today())
    box = shown(qtbot, DocumentDialog(approved, approved.submission("2026")))
    type_text("15")
    press(Qt.Key.Key_Return)
    assert "số tiếp theo là 16" in said(box.error), box.error.text()
    line = box.error
    # the line as tall as its wrapped text at its width (squeezed, its last lines are drawn under the buttons),
    # and above them
    qtbot.waitUntil(lambda: line.height() >= line.heightForWidth(line.width()))
    assert line.geometry().bottom() < box.go_on.mapTo(box, box.go_on.rect().topLeft()).y()
    assert box.height() <= box.screen().availableGeometry().height()
