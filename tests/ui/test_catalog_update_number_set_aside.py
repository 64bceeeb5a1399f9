"""Cập nhật bộ chỉ tiêu… after a forged 2026.2 was set aside with its key (red-team r33 F2), in
the commune's window, keystrokes in the real modal dialogs: the province's own 2026.2 is refused
when the file is read, before the cover note's code is asked, saying that the province's next
update imports; the province's 2026.3, made from its 2026.2, asks the code and imports from 2026.1."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.core.signing import key_code, new_private_key, public_key
from tests.ui.conftest import Script, press, type_text
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

PROVINCE = new_private_key()
PROVINCE_CODE = key_code(public_key(PROVINCE))


def _update(document, folder: Path, version: str, base: str, target: str, private_key=PROVINCE):
    """An update from `base` to `version` setting Tân Cương's BHYT target, and its catalogue."""
    doc = cu.set_target(document, "bhyt", ">=", target, unit="05503")
    update = cu.build_update(doc, base, version, issuer="UBND tỉnh Thái Nguyên", private_key=private_key)
    return str(cu.write_update(update, folder / f"{version}-{target}{cu.SUFFIX}")), update["catalog"]


def test_the_provinces_2026_2_is_refused_at_once_and_its_2026_3_imports(qtbot, workspace, tmp_path):
    forger = new_private_key()
    fake, _ = _update(workspace.catalog.document, tmp_path, "2026.2", "2026.1", "90", forger)
    cu.import_update(workspace, fake, key_code(public_key(forger)))
    reset.forget_province_key(workspace, key_code(public_key(forger)), withdraw=True)
    real2, real2_doc = _update(workspace.catalog.document, tmp_path, "2026.2", "2026.1", "96")
    real3, _ = _update(real2_doc, tmp_path, "2026.3", "2026.2", "98")
    shown = {}

    def refused(box):
        shown["refusal"] = box.text()
        press(Qt.Key.Key_Return)

    script = Script((QMessageBox, refused))
    assert import_catalog_update(None, workspace, real2) is False
    script.check()
    assert "máy này đã có bộ chỉ tiêu phiên bản 2026.2 khác" in shown["refusal"]
    assert "Bản cập nhật tiếp theo của tỉnh (số phiên bản lớn hơn 2026.2) nhập được như thường" in shown["refusal"]
    assert "số phiên bản khác 2026.2" not in shown["refusal"]
    assert workspace.catalog.version == "2026.1" and cu.province_key(workspace) is None

    def type_the_letter(dialog):
        type_text(PROVINCE_CODE)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))

    def confirm(box):
        shown["question"] = box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    def done(box):
        shown["done"] = box.text()
        press(Qt.Key.Key_Return)

    script = Script((CoverCodeDialog, type_the_letter), (QMessageBox, confirm), (QMessageBox, done))
    assert import_catalog_update(None, workspace, real3) is True
    script.check()
    assert "Cập nhật bộ chỉ tiêu từ phiên bản 2026.1 lên 2026.3:" in shown["question"] and "≥ 98" in shown["question"]
    assert "2026.3" in shown["done"] and workspace.catalog.version == "2026.3"
    assert cu.province_key(workspace)["key_code"] == PROVINCE_CODE
