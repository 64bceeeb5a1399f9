"""Quản trị › Bỏ khóa của tỉnh đã ghi nhận…: the commune's administrator forgets the province key
recorded at the first catalogue update (`desktop_app.province_key_reset`), when the provincial
office says it is not the province's key (a forged first update) or that the province changed
its key.

`forget_province_key(parent, workspace)`: an account that may not do it is refused at once
(`province_key_reset.check_forget`); with no key recorded the box says so. Otherwise
`ForgetKeyDialog` shows the key recorded (its code, the update it came with, the catalogue
versions imported under it), asks for the code typed back to confirm, and offers to stop using
those versions ("the province did not publish them"), off by default. A wrong code is refused
with the service's message and the dialog stays open; once done, a box says what was done and
the window is told its data changed (the catalogue in force may be another).

Words are English behind `translate("ForgetKey", …)` (Vietnamese through chitieu_vi.ts).
"""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from desktop_app import province_key_reset as reset
from ui.actions import FAILED, run_action
from ui.common import in_language
from ui.fitting import unbroken_code
from ui.i18n import translate
from ui.paper_code import PaperCodeDialog


def forget_province_key(parent: QWidget | None, workspace) -> bool:
    """True when the key was forgotten."""
    title = translate("ForgetKey", "Forget the province's recorded key")
    if run_action(parent, reset.check_forget, workspace, title=title, reads=True) is FAILED:
        return False
    pinned = reset.recorded_key(workspace)
    if pinned is None:
        QMessageBox.information(parent, title, translate(
            "ForgetKey", "This computer has not recorded any key of the province: there is no key to forget. The "
                         "next catalogue update imported will record a key from the code printed on its cover letter."))
        return False
    dialog = ForgetKeyDialog(workspace, pinned, parent)
    dialog.exec()
    done = dialog.result_value
    dialog.deleteLater()
    if done is None:
        return False
    text = translate("ForgetKey", "The province's key {code} is forgotten. The next catalogue update will record a "
                                  "key again from the code printed on its cover letter: type the code on the "
                                  "province's paper letter, never a code written in the file.").format(
        code=unbroken_code(done.key_code))
    if done.withdrawn:  # the command's words: "Số phiên bản đó" for one version, "Các số…" for more
        text += "\n\n" + in_language(reset.withdrawn_words(done))
    if done.approved:
        text += "\n\n" + translate("ForgetKey", "Periods approved under a catalogue no longer used stay as they were "
                                                "approved: {periods}. To judge one against the province's catalogue, "
                                                "a leader reopens it and approves it again.").format(
            periods=", ".join(done.approved))
    QMessageBox.information(parent, title, text)
    return True


class ForgetKeyDialog(PaperCodeDialog):
    """The recorded key's code typed back, and whether to stop using the versions it brought."""

    def __init__(self, workspace, pinned: dict, parent: QWidget | None = None):
        self.workspace = workspace
        under = reset.versions_under(workspace, pinned)
        super().__init__(
            translate("ForgetKey", "Forget the province's recorded key"),
            translate(
                "ForgetKey",
                "This computer takes catalogue updates signed only with the province's key {code}, recorded from "
                "the update to version {version}. Catalogue versions imported under it: {versions}.\n\nForget it "
                "only when the provincial People's Committee office says this key is not the province's (a forged "
                "update), or that the province changed its key. The next update will then record a key again from "
                "the code on its cover letter.\n\nType the code {code} to confirm.").format(
                code=unbroken_code(pinned["key_code"]), version=pinned.get("catalog_version", "?"),
                versions=", ".join(under) or "-"),
            translate("ForgetKey", "&Code of the recorded key:"),
            translate("ForgetKey", "Code of the recorded key"),
            translate("ForgetKey", "Forget the key"), translate("ForgetKey", "Cancel"), parent)
        self.withdraw = QCheckBox(translate(
            "ForgetKey", "The province did not publish version(s) {versions}: stop using them").format(
            versions=", ".join(under)))
        self.withdraw.setVisible(bool(under))
        self.layout().insertWidget(self.layout().count() - 1, self.withdraw)  # above the buttons
        self.setTabOrder(self.code, self.withdraw)
        self.setTabOrder(self.withdraw, self.go_button)

    def check(self, code: str):
        return run_action(self, reset.forget_province_key, self.workspace, code,
                          withdraw=self.withdraw.isChecked(),
                          title=translate("ForgetKey", "The key was not forgotten"))
