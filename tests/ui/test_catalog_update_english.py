"""The catalogue update's question in the English interface lists its changes in English, with
the English indicator names (walk 11, finding 3: the lines were Vietnamese under an English
question); the Vietnamese interface, the cover note and the command line keep the Vietnamese."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.signing import key_code, new_private_key, public_key
from tests.ui.conftest import Script, press, type_text
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

PROVINCE = new_private_key()


def _update(workspace, folder):
    """Tân Cương's BHYT target raised, another commune's too, and "Tỷ lệ gia đình văn hóa" assigned."""
    doc = cu.set_target(workspace.catalog.document, "bhyt", ">=", "97", unit="05503")
    other = next(c.code for c in workspace.catalog.communes if c.code != "05503" and c.kind == "xã")
    doc = cu.set_target(doc, "bhyt", ">=", "96", unit=other)
    doc = cu.assign(doc, "gia_dinh_van_hoa")
    update = cu.build_update(doc, "2026.1", "2026.2", issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    return str(cu.write_update(update, folder / f"bo-chi-tieu-2026.2{cu.SUFFIX}"))


def _question(workspace, path) -> str:
    """The import's question (after the cover letter's code, typed), answered No."""
    seen = {}

    def code(dialog):
        type_text(key_code(public_key(PROVINCE)))
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def confirm(box):
        seen["question"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((CoverCodeDialog, code), (QMessageBox, confirm))
    assert import_catalog_update(None, workspace, path) is False
    script.check()
    return seen["question"]


def test_the_changes_are_listed_in_english(qtbot, workspace, tmp_path, english):
    path = _update(workspace, tmp_path)
    english()
    question = _question(workspace, path)
    assert "Update the indicator catalogue from version 2026.1 to 2026.2" in question
    assert 'Target of Xã Tân Cương, “Health insurance coverage”: = 100 → ≥ 97.' in question
    assert "New targets of 1 other unit (not affecting this unit)." in question  # not named (walk U18 F7)
    assert 'Targets of “' in question and "assigned to each commune and ward, each keeping" in question
    for vietnamese in ("Chỉ tiêu giao", "Giao chỉ tiêu", "bảo hiểm y tế", "mỗi đơn vị", "cho các xã"):
        assert vietnamese not in question


def test_vietnamese_lines_stay_vietnamese(qtbot, workspace, tmp_path):
    path = _update(workspace, tmp_path)
    question = _question(workspace, path)
    assert 'Chỉ tiêu giao của Xã Tân Cương, “Tỷ lệ người dân tham gia bảo hiểm y tế”: = 100 → ≥ 97.' in question
    assert 'Giao chỉ tiêu “Tỷ lệ gia đình văn hóa” cho các xã, phường, mỗi đơn vị giữ mức' in question
    assert "Health insurance" not in question
