"""The add-account dialog names what its button does, "Thêm" (walk 8, finding 11: "OK / Hủy",
where the first run's dialog now says "Tạo tài khoản / Thoát"): Enter from the last field still
adds the account, Escape still cancels, by the keys alone from Quản trị's account list."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.core.users import Role
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from ui.accounts_dialog import AccountsDialog, AddAccountDialog
from ui.i18n import translate

SHOTS = os.environ.get("CHITIEU_SHOTS")  # a folder: the dialog as a person sees it, saved there
PASSWORD = "hoa-sen-2026"


def _buttons(dialog) -> tuple[list[str], str]:
    """The buttons' words as shown, and the default's (the one Enter presses)."""
    shown = [b for b in dialog.buttons.buttons() if b.isVisible()]
    return sorted(b.text().replace("&", "") for b in shown), next(b.text() for b in shown if b.isDefault())


def test_enter_adds_the_account_by_the_button_named_add(qtbot, office):  # noqa: F811
    as_(office, "admin")
    seen = {}

    def fill(dialog):
        seen["buttons"] = _buttons(dialog)
        seen["cancel"] = dialog.buttons.buttonRole(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel))
        type_text("ketoan")
        press(Qt.Key.Key_Tab)
        type_text("Phạm Thị Lan")
        press(Qt.Key.Key_Tab)  # the role: the first, Cán bộ nhập liệu
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        press(Qt.Key.Key_Tab)
        type_text(PASSWORD)
        if SHOTS:
            dialog.grab().save(os.path.join(SHOTS, "add_account_buttons.png"))
        press(Qt.Key.Key_Return)
        # back in the list, Escape closes it (offscreen, the keyboard may not come back to it by itself)
        QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape, widget=accounts))

    accounts = AccountsDialog(office)
    qtbot.addWidget(accounts)
    # Enter in the list opens the form (later: the step returns, and the script goes on there)
    script = Script((AccountsDialog, lambda _d: QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))),
                    (AddAccountDialog, fill))
    accounts.exec()
    script.check()
    # "&Thêm" and "&Hủy" once translated: each with its Alt letter (walk U7 F5)
    add, cancel = (translate("AddAccountDialog", text) for text in ("&Add", "&Cancel"))
    assert seen["buttons"] == (sorted([add.replace("&", ""), cancel.replace("&", "")]), add)
    assert seen["cancel"] == QDialogButtonBox.ButtonRole.RejectRole
    added = {a.username: a for a in office.users()}["ketoan"]
    assert (added.full_name, added.role) == ("Phạm Thị Lan", Role.OFFICER)


def test_escape_cancels_as_before(qtbot, office):  # noqa: F811
    as_(office, "admin")
    before = [a.username for a in office.users()]
    dialog = AddAccountDialog(office)
    qtbot.addWidget(dialog)
    script = Script((AddAccountDialog, lambda _d: (type_text("ketoan"), press(Qt.Key.Key_Escape))))
    assert dialog.exec() == AddAccountDialog.DialogCode.Rejected
    script.check()
    assert [a.username for a in office.users()] == before
