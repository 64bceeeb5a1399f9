"""Catalogue updates in the window.

- Commune: `import_catalog_update(parent, workspace)` is "Cập nhật bộ chỉ tiêu…": choose the
  province's `.chitieu-catalog.json`, see what it changes, import it. (The window engineer
  hooks it into the main window's menu; it needs nothing else.)
- Province: `publish_catalog_update(parent, workspace)` shows the draft's changes (edited with
  `chitieu catalog-update target|assign|add-indicator`), asks for the new version and writes
  the update file to send to the communes.

Words are English behind `translate("CatalogUpdate", …)` (Vietnamese through chitieu_vi.ts);
the list of changes and the refusals are the core's Vietnamese text.
"""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import catalog_update as cu
from ui.actions import FAILED, run_action
from ui.i18n import translate
from ui.keyboard import ask_text


def import_catalog_update(parent: QWidget | None, workspace, path: str | None = None) -> bool:
    """Cập nhật bộ chỉ tiêu…; True when the workspace now uses the new catalogue."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("CatalogUpdate", "Choose the province's indicator catalogue update file"), "",
            translate("CatalogUpdate", "Indicator catalogue update ({patterns})").format(
                patterns=f"*{cu.SUFFIX} *.json"))
        if not path:
            return False
    # Every refusal, from reading the file to importing it, is shown with its reason.
    failed = translate("CatalogUpdate", "The indicator catalogue could not be updated")
    read = run_action(parent, _read_update, workspace, path, title=failed)
    if read is FAILED:
        return False
    update, changes = read
    listed = "\n".join(f"- {c}" for c in changes or [translate("CatalogUpdate", "(no change in content)")])
    text = translate(
        "CatalogUpdate",
        "Update the indicator catalogue from version {old} to {new}:\n\n{changes}\n\n"
        "Figures already entered and approved periods do not change. Update?").format(
        old=workspace.catalog.version, new=update["catalog_version"], changes=listed)
    title = translate("CatalogUpdate", "Update the indicator catalogue")
    if QMessageBox.question(parent, title, text) != QMessageBox.StandardButton.Yes:
        return False
    imported = run_action(parent, cu.import_update, workspace, path, title=failed)
    if imported is FAILED:
        return False
    _old, new, _ = imported
    QMessageBox.information(parent, translate("CatalogUpdate", "Update the indicator catalogue"),
                            translate("CatalogUpdate", "The indicator catalogue is now at version {version}.")
                            .format(version=new))
    return True


def publish_catalog_update(parent: QWidget | None, workspace, version: str | None = None,
                           path: str | None = None) -> str | None:
    """Phát hành cập nhật bộ chỉ tiêu… (province); the file written, or None."""
    changes = cu.describe_changes(workspace.catalog.document, cu.draft(workspace))
    if not changes:
        QMessageBox.information(
            parent, translate("CatalogUpdate", "Indicator catalogue"),
            translate("CatalogUpdate", "The draft has no changes yet from version {version}. Edit it with the "
                      "command chitieu catalog-update target | assign | add-indicator.")
            .format(version=workspace.catalog.version))
        return None
    if version is None:
        key = cu.version_key(workspace.catalog.version)
        suggested = ".".join(map(str, (*key[:-1], key[-1] + 1)))
        version, ok = ask_text(
            parent, translate("CatalogUpdate", "Publish the indicator catalogue"),
            translate("CatalogUpdate", "Changes:\n{changes}\n\nNew version:").format(
                changes="\n".join(f"- {c}" for c in changes)), text=suggested)
        if not ok or not version.strip():
            return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("CatalogUpdate", "Save the update file"), f"bo-chi-tieu-{version}{cu.SUFFIX}",
            translate("CatalogUpdate", "Indicator catalogue update ({patterns})").format(
                patterns=f"*{cu.SUFFIX}"))
        if not path:
            return None
    update = run_action(parent, cu.publish, workspace, version.strip(), path,
                        title=translate("CatalogUpdate", "Could not publish"))
    return None if update is FAILED else update["path"]


def _read_update(workspace, path: str) -> tuple[dict, list[str]]:
    """The province's update file, checked against the catalogue in use, and what it would change."""
    update = cu.read_update(path)
    cu.check_against(update, workspace.catalog.version)
    return update, cu.describe_changes(workspace.catalog.document, update["catalog"])
