"""Walk U18 F7 in the window: Phường Phan Đình Phùng's box before importing an update that changes the
targets of many units lists its own new targets, what changes for every unit, and one line for the others,
counted; none of them named (it listed Phường Linh Sơn's and Xã Tân Cương's budget targets, and "thay đổi ở
91 đơn vị khác, nay: …"). The box stays on a 1366×768 screen."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app import catalog_update as cu
from desktop_app.core.signing import key_code, new_private_key, public_key
from tests.core.test_catalog_update_unit_reading import BHYT, GROWTH, _update
from tests.ui.conftest import Script, shot
from ui.catalog_update_dialog import CoverCodeDialog, import_catalog_update

PROVINCE = new_private_key()


def test_the_wards_box_lists_its_own_targets_and_counts_the_others(qtbot, ward_workspace, tmp_path):
    update = cu.build_update(_update(ward_workspace.catalog.document), "2026.1", "2026.2",
                             issuer="UBND tỉnh Thái Nguyên", private_key=PROVINCE)
    path = str(cu.write_update(update, tmp_path / f"bo-chi-tieu-2026.2{cu.SUFFIX}"))
    seen = {}

    def code(dialog):
        dialog.code.setText(key_code(public_key(PROVINCE)))
        dialog.continue_button.click()

    def question(box):
        seen["text"], seen["size"] = box.text(), box.sizeHint()
        shot(box, "s102_catalog_box_ward")
        box.button(QMessageBox.StandardButton.No).click()

    script = Script((CoverCodeDialog, code), (QMessageBox, question))
    assert import_catalog_update(None, ward_workspace, path) is False
    script.check()
    listed = [line for line in seen["text"].splitlines() if line.startswith("- ")]
    assert listed == [
        f"- Chỉ tiêu giao của Phường Phan Đình Phùng, {BHYT}: = 100 → ≥ 96.",
        f"- Chỉ tiêu giao của Phường Phan Đình Phùng, {GROWTH}: chưa giao → ≥ 8,5.",
        f"- Giao chỉ tiêu {GROWTH} cho các xã, phường.",
        ("- Thêm chỉ tiêu “Tỷ lệ hộ gia đình sử dụng internet cáp quang” (%), áp dụng cho các xã, phường; "
         "chỉ tiêu chung: ≥ 80,5."),
        "- Chỉ tiêu giao mới của 91 đơn vị khác (không ảnh hưởng đến đơn vị này)."]
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert seen["size"].height() <= min(screen.height(), 768) and seen["size"].width() <= 1366
