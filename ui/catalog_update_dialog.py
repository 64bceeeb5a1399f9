"""Catalogue updates in the window.

- Commune: `import_catalog_update(parent, workspace)` is "Cập nhật bộ chỉ tiêu…": choose the
  province's `.chitieu-catalog.json`, see what it changes, import it. (The window engineer
  hooks it into the main window's menu; it needs nothing else.)
- Province: `publish_catalog_update(parent, workspace)` shows the draft's changes (edited with
  `chitieu catalog-update target|assign|add-indicator`), asks for the new version and writes
  the update file to send to the communes.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop_app import catalog_update as cu
from ui.common import show_error


def import_catalog_update(parent: QWidget | None, workspace, path: str | None = None) -> bool:
    """Cập nhật bộ chỉ tiêu…; True when the workspace now uses the new catalogue."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, "Chọn tệp cập nhật bộ chỉ tiêu của tỉnh", "",
                                              f"Cập nhật bộ chỉ tiêu (*{cu.SUFFIX} *.json)")
        if not path:
            return False
    try:
        update = cu.read_update(path)
        cu.check_against(update, workspace.catalog.version, "Tệp cập nhật")
        changes = cu.describe_changes(workspace.catalog.document, update["catalog"])
        text = (f"Cập nhật bộ chỉ tiêu từ phiên bản {workspace.catalog.version} lên "
                f"{update['catalog_version']}:\n\n" + "\n".join(f"- {c}" for c in changes or ["(không đổi nội dung)"])
                + "\n\nSố liệu đã nhập và các kỳ đã duyệt không thay đổi. Cập nhật?")
        if QMessageBox.question(parent, "Cập nhật bộ chỉ tiêu", text) != QMessageBox.StandardButton.Yes:
            return False
        old, new, _ = cu.import_update(workspace, path)
    except Exception as err:  # noqa: BLE001 - every refusal is shown with its reason
        show_error(parent, err, "Không cập nhật được bộ chỉ tiêu")
        return False
    QMessageBox.information(parent, "Cập nhật bộ chỉ tiêu", f"Đã cập nhật bộ chỉ tiêu lên phiên bản {new}.")
    return True


def publish_catalog_update(parent: QWidget | None, workspace, version: str | None = None,
                           path: str | None = None) -> str | None:
    """Phát hành cập nhật bộ chỉ tiêu… (province); the file written, or None."""
    changes = cu.describe_changes(workspace.catalog.document, cu.draft(workspace))
    if not changes:
        QMessageBox.information(parent, "Bộ chỉ tiêu", "Bản nháp chưa có thay đổi nào so với phiên bản "
                                f"{workspace.catalog.version}. Sửa bằng lệnh chitieu catalog-update "
                                "target | assign | add-indicator.")
        return None
    if version is None:
        key = cu.version_key(workspace.catalog.version)
        suggested = ".".join(map(str, (*key[:-1], key[-1] + 1)))
        version, ok = QInputDialog.getText(parent, "Phát hành bộ chỉ tiêu",
                                           "Những thay đổi:\n" + "\n".join(f"- {c}" for c in changes)
                                           + "\n\nPhiên bản mới:", text=suggested)
        if not ok or not version.strip():
            return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, "Lưu tệp cập nhật", f"bo-chi-tieu-{version}{cu.SUFFIX}",
                                              f"Cập nhật bộ chỉ tiêu (*{cu.SUFFIX})")
        if not path:
            return None
    try:
        update = cu.publish(workspace, version.strip(), path)
    except Exception as err:  # noqa: BLE001
        show_error(parent, err, "Không phát hành được")
        return None
    return update["path"]
