"""Settings (walk 21, L4): a refused field's red line stayed under the form after the officer emptied
or corrected that field, until Lưu; it now goes as soon as that field's content changes, and stays
while another field is typed in."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.province import ProvinceOffice
from tests.ui.conftest import type_text
from ui.province_settings import ProvinceSettingsDialog
from ui.setup_dialog import SetupDialog


def test_the_red_line_goes_when_its_field_changes(qtbot, workspace):
    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.province_email.setText("abc")
    dialog.accept()
    QApplication.processEvents()
    assert dialog.error.isVisible() and "không phải địa chỉ thư điện tử" in dialog.error.text()
    assert dialog.focusWidget() is dialog.province_email
    dialog.preparer.setFocus()
    type_text("h")  # another field: the refusal still holds
    assert dialog.error.isVisible()
    dialog.province_email.setFocus()
    dialog.province_email.selectAll()
    type_text("x")  # the refused field typed in: the line goes at once
    assert not dialog.error.isVisible() and dialog.error.text() == ""


def test_the_red_line_goes_in_the_signature_fields_too(qtbot, workspace, tmp_path):
    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.signature_box.module.setText(str(tmp_path / "none.dll"))
    dialog.accept()
    QApplication.processEvents()
    assert dialog.error.isVisible() and dialog.focusWidget() is dialog.signature_box.module
    dialog.signature_box.module.clear()  # emptied
    assert not dialog.error.isVisible()


def test_the_province_settings_red_line_goes_when_its_field_changes(qtbot, tmp_path):
    office = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    office.setup(doc_prefix="VPUBND")
    try:
        dialog = ProvinceSettingsDialog(office.ws, office=office)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.signers.signer.setText("Nguyễn " * 20)
        dialog.accept()
        QApplication.processEvents()
        assert dialog.error.isVisible() and "100 ký tự" in dialog.error.text()
        dialog.signers.preparer.setText("Lê Văn Bình")  # another field
        assert dialog.error.isVisible()
        dialog.signers.signer.setText("Nguyễn Thị Phương Thảo")  # corrected
        assert not dialog.error.isVisible()
    finally:
        office.close()


def test_a_document_symbol_refused_puts_the_cursor_in_its_field(qtbot, workspace):
    """Red-team 26, F4: the symbol is checked in the core; its refusal names "Ký hiệu văn bản" and the
    cursor goes to that field (it went to the unit's search box), which a correction clears."""
    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10_000)  # activated late on a busy machine: focus moved after
    dialog.doc_prefix.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.doc_prefix, timeout=10_000)
    dialog.doc_prefix.selectAll()
    type_text("UBND/VP", dialog.doc_prefix)
    dialog.accept()
    QApplication.processEvents()
    assert dialog.error.isVisible() and 'Ký hiệu văn bản "UBND/VP": có ký tự "/"' in dialog.error.text()
    assert dialog.focusWidget() is dialog.doc_prefix
    dialog.doc_prefix.selectAll()
    type_text("UBND-VP", dialog.doc_prefix)
    assert not dialog.error.isVisible()
    dialog.accept()
    assert workspace.settings.doc_prefix == "UBND-VP"
