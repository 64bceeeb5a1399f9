"""Catalogue updates in the window.

- Commune: `import_catalog_update(parent, workspace)` is "Cập nhật bộ chỉ tiêu…": choose the
  province's `.chitieu-catalog.json`, see what it changes, import it. (The window engineer
  hooks it into the main window's menu; it needs nothing else.) An unsigned file, or one
  signed by another key than the province's recorded one, is refused before anything is
  asked. Before the first import (no province key recorded yet) `CoverCodeDialog` asks for
  the key code printed on the province's cover letter, typed; the dialog never shows the
  file's code (the file's own code proves nothing: anyone can sign with a key of their own).
  A code that is not the file's key is refused with the service's message, which does not
  show the file's code either (it would be copied from the box; it says to check the code on
  the letter again, and that a code typed right means a file the province did not issue),
  and the dialog stays open to type again; the confirmation then names the code, and the
  import (`catalog_update.import_update`) checks it again. The code is asked from the paper
  letter, signed and stamped, or from the province office on the telephone, never from a PDF
  that came in the same e-mail (anyone can make one). Later imports' question names the key
  recorded, its code and day (`catalog_import_rules.pinned_words`). A province database is refused
  at once (`check_import`): it publishes its catalogue, it never imports one.
- Province: `publish_catalog_update(parent, workspace)` shows the draft's changes (edited with
  `chitieu catalog-update target|assign|add-indicator`), asks for the new version and writes
  the update file to send to the communes, and beside it the cover note (PDF công văn printing
  the province's key code), whose place it then says with what to do with it.

Words are English behind `translate("CatalogUpdate", …)` (Vietnamese through chitieu_vi.ts);
the list of changes and the refusals are the core's `Words`, shown in the interface's language
(`in_language`, `run_action`).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop_app import catalog_import_rules as rules
from desktop_app import catalog_update as cu
from desktop_app.core.catalog_numbering import next_version
from desktop_app.forgotten_keys import forgotten_key
from ui.actions import FAILED, data_changed, run_action
from ui.common import in_language
from ui.fitting import unbroken_code
from ui.i18n import translate
from ui.keyboard import ask_text
from ui.paper_code import PaperCodeDialog
from ui.start_folder import start_file, start_folder


def import_catalog_update(parent: QWidget | None, workspace, path: str | None = None) -> bool:
    """Cập nhật bộ chỉ tiêu…; True when the workspace now uses the new catalogue. An account
    that may not import one is refused at once (`catalog_update.check_import`), before any file
    or code is asked."""
    failed = translate("CatalogUpdate", "The indicator catalogue could not be updated")
    if run_action(parent, rules.check_import, workspace, title=failed, reads=True) is FAILED:
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("CatalogUpdate", "Choose the province's indicator catalogue update file"), start_folder(),
            translate("CatalogUpdate", "Indicator catalogue update ({patterns})").format(
                patterns=f"*{cu.SUFFIX} *.json"))
        if not path:
            return False
    # Another copy of the program may have imported an update since this window last looked: the
    # window shows it first, and the file is judged against the version the database holds.
    if workspace.changed_elsewhere():
        data_changed(parent)
    # Every refusal, from reading the file to importing it, is shown with its reason.
    read = run_action(parent, _read_update, workspace, path, title=failed)
    if read is FAILED:
        return False
    update, changes, judged = read
    before = workspace.catalog.document
    code = None
    if cu.province_key(workspace) is None:  # the first import: the key is pinned only against the letter
        dialog = CoverCodeDialog(update, Path(path).name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        code = dialog.code.text()
        dialog.deleteLater()
        if not accepted:
            return False
    confirmed = False  # a key forgotten as not the province's, recorded again knowingly (desktop_app/forgotten_keys.py)
    if code is not None:
        forgotten = run_action(parent, forgotten_key, workspace, update, title=failed, reads=True)
        if forgotten is FAILED or (forgotten is not None and not _forgotten_key_confirmed(parent, forgotten)):
            return False
        confirmed = forgotten is not None
    listed = "\n".join(f"- {in_language(c)}" for c in changes or [translate("CatalogUpdate", "(no change in content)")])
    if judged:  # a target changed mid-period: the periods being entered are judged against the new one
        listed += "\n\n" + "\n".join(in_language(j) for j in judged)
    if code is None:
        text = translate(
            "CatalogUpdate",
            "Update the indicator catalogue from version {old} to {new}:\n\n{changes}\n\n"
            "Figures already entered and approved periods do not change. Update?").format(
            old=workspace.catalog.version, new=update["catalog_version"], changes=listed)
    else:
        text = translate(
            "CatalogUpdate",
            "Update the indicator catalogue from version {old} to {new}:\n\n{changes}\n\n"
            "The province's key that signed the file, matching the code typed from the cover letter:\n{code}\n"
            "This computer will record this key and from then on take only updates signed with it.\n\n"
            "Figures already entered and approved periods do not change. Update?").format(
            old=workspace.catalog.version, new=update["catalog_version"], changes=listed, code=update["key_code"])
    title = translate("CatalogUpdate", "Update the indicator catalogue")
    if not _asked(parent, title, text, None if code is not None else cu.province_key(workspace)):
        return False
    imported = run_action(parent, cu.import_update, workspace, path, code, title=failed,
                          forgotten_key_confirmed=confirmed)
    if imported is FAILED:
        if workspace.changed_elsewhere():  # imported elsewhere while the question was open: shown now
            data_changed(parent)
        return False
    _old, new, _ = imported
    judged = run_action(parent, cu.judged_anew, workspace, before, workspace.catalog.document, done=True,
                        title=failed, reads=True)
    judged = [] if judged is FAILED else judged
    text = translate("CatalogUpdate", "The indicator catalogue is now at version {version}.").format(version=new)
    if judged:
        text += "\n\n" + "\n".join(in_language(j) for j in judged)
    QMessageBox.information(parent, translate("CatalogUpdate", "Update the indicator catalogue"), text)
    said = getattr(parent, "catalog_updated", None)  # the main window's status line says it too
    if said is not None:
        said(new, judged)
    return True


def _asked(parent: QWidget | None, title: str, text: str, pinned: dict | None) -> bool:
    """The import's question, Yes or No; once a province key is recorded, it names that key (its
    code and the day it was recorded), which signed the file: where the officer sees which key the
    computer trusts (red team R33 F4)."""
    if pinned is None:
        return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setInformativeText(in_language(rules.pinned_words(pinned)).replace(
        pinned["key_code"], unbroken_code(pinned["key_code"])) + " "
        + translate("CatalogUpdate", "The file is signed with this key."))
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):  # wider than Qt's narrow default
        label = box.findChild(QLabel, name)
        if label is not None:
            label.setMinimumWidth(480)
    box.exec()
    yes = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
    box.deleteLater()
    return yes


def _forgotten_key_confirmed(parent: QWidget | None, forgotten) -> bool:
    """The update's key is one the administrator forgot as not the province's: import it only when the
    office confirmed in writing that it is the province's after all. "Không nhập" is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("CatalogUpdate", "Update the indicator catalogue"),
                      translate("CatalogUpdate", "The update is signed with the key {code}, but {whose}.\n\n"
                                "The letter printing this code may be forged too. Import it only when the provincial "
                                "People's Committee office has confirmed in writing (not in the mail that brought the "
                                "file) that this key is the province's and that forgetting it was a mistake.").format(
                          code=forgotten.key_code, whose=in_language(forgotten.words())).replace(
                          forgotten.key_code, unbroken_code(forgotten.key_code)),  # read whole, to compare
                      QMessageBox.StandardButton.NoButton, parent)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # a paragraph to read, wider than Qt's narrow default
        label.setMinimumWidth(480)
    box.setInformativeText(translate("CatalogUpdate", "Import the update and record this key again?"))
    yes = box.addButton(translate("CatalogUpdate", "&Import"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(translate("CatalogUpdate", "Do &not import"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


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
        suggested = next_version(workspace.catalog.version, dt.date.today().year)
        version, ok = ask_text(
            parent, translate("CatalogUpdate", "Publish the indicator catalogue"),
            translate("CatalogUpdate", "Changes:\n{changes}\n\nNew version:").format(
                changes="\n".join(f"- {in_language(c)}" for c in changes)), text=suggested)
        if not ok or not version.strip():
            return None
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("CatalogUpdate", "Save the update file"), start_file(f"bo-chi-tieu-{version}{cu.SUFFIX}"),
            translate("CatalogUpdate", "Indicator catalogue update ({patterns})").format(
                patterns=f"*{cu.SUFFIX}"))
        if not path:
            return None
    update = run_action(parent, cu.publish, workspace, version.strip(), path,
                        title=translate("CatalogUpdate", "Could not publish"))
    if update is FAILED:
        return None
    QMessageBox.information(
        parent, translate("CatalogUpdate", "Publish the indicator catalogue"),
        translate("CatalogUpdate", "Published indicator catalogue {version}.\n\nUpdate file: {path}\n"
                  "Cover note: {cover}\n\nPrint the cover note, have it signed and stamped, and send it to the "
                  "communes and wards as an official letter, not in the same e-mail as the update file: it prints "
                  "the province's key code {code}, which each commune types from the paper at its first import.")
        .format(version=update["catalog_version"], path=update["path"], cover=update["cover_note"],
                code=update["key_code"]))
    return update["path"]


def _read_update(workspace, path: str) -> tuple[dict, list, list]:
    """The province's update file, checked against the catalogue in use and, when it is
    unsigned or a province key is recorded, against the key; what it would change, and the
    periods being entered it would judge against a new target (`catalog_update.judged_anew`)."""
    update = cu.read_update(path)
    name = Path(path).name
    pinned = cu.province_key(workspace)
    if pinned is not None and update.get("signature"):  # the key before the versions, as import_update
        cu.check_signer(update, pinned, name)           # checks them: a file of another key is not the province's
    cu.check_against(update, workspace.catalog.version, name, workspace.catalog.document,
                     cu.set_aside(workspace.store))  # the versions set aside here: a number taken, a base
    if not update.get("signature"):
        cu.check_signer(update, pinned, name)  # refused: no code asked for a file refused anyway
    old, new = workspace.catalog.document, update["catalog"]
    return update, cu.changes_for(workspace, old, new), cu.judged_anew(workspace, old, new)


class CoverCodeDialog(PaperCodeDialog):
    """The province's key code, typed from the cover letter sent with the first update.

    The code typed goes to `catalog_update.check_signer` (case, spaces and dashes ignored);
    a code that is not the code of the key that signed the file is refused with the
    service's message, which names neither code (no key is recorded yet: the file's code,
    shown, would be copied), and the dialog stays open with the code selected to type again.
    Neither the dialog nor its refusal ever shows the file's code.
    Keyboard: the code field has the focus, Enter continues, Escape cancels.
    """

    def __init__(self, update: dict, file_name: str, parent: QWidget | None = None):
        self.update, self.file_name = update, file_name
        super().__init__(
            translate("CatalogUpdate", "The province's key code"),
            translate(
                "CatalogUpdate",
                "This is the first indicator catalogue update this computer takes: it will record the key that "
                "signed the file, and from then on take only updates signed with that key.\n\nType the key code "
                "printed on the province's paper letter, signed and stamped, that came by official post (four groups "
                "of four letters and digits), or have the provincial People's Committee office read it to you on the "
                "telephone. Do not take it from a PDF letter that came in the same e-mail as the file, nor from the "
                "file or the screen: anyone can make such a PDF, and sign a file with a key of their own."),
            translate("CatalogUpdate", "&Key code on the cover letter:"),
            translate("CatalogUpdate", "Key code on the cover letter"),
            translate("CatalogUpdate", "Continue"), translate("CatalogUpdate", "Cancel"), parent)
        self.continue_button = self.go_button

    def check(self, code: str):
        """The code typed against the key that signed the file (`catalog_update.check_signer`)."""
        return run_action(self, cu.check_signer, self.update, None, self.file_name, code,
                          title=translate("CatalogUpdate", "The key code does not match"), reads=True)
