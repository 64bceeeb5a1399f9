"""Walk U10 F6: the commune's import question says its own new target first and the line for the
whole province counts the other units, not its own again; walk U18 F7: that line names none of them
nor their targets, only how many."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.signing import key_code, new_private_key, public_key
from tests.ui.conftest import Script
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

PROVINCE = new_private_key()


def test_the_import_question_lists_the_own_change_once(qtbot, workspace, tmp_path):
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", "96", unit="all")
    doc = cu.set_target(doc, "bhyt", ">=", "97,5", unit="05710")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    path = str(cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}"))
    seen = {}

    def code(dialog):
        dialog.code.setText(key_code(public_key(PROVINCE)))
        dialog.continue_button.click()

    def question(box):
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((CoverCodeDialog, code), (QMessageBox, question))
    assert import_catalog_update(None, workspace, path) is False
    script.check()
    text = seen["question"]
    assert "- Chỉ tiêu giao của Xã Tân Cương, “Tỷ lệ người dân tham gia bảo hiểm y tế”: = 100 → ≥ 96." in text
    # the other units' new targets in one line, counted, none named (walk U18 F7)
    assert "- Chỉ tiêu giao mới của 91 đơn vị khác (không ảnh hưởng đến đơn vị này)." in text
    assert "92 đơn vị" not in text and "Phường Linh Sơn" not in text and "thay đổi ở" not in text
