"""The first-run, setup, mode and login dialogs have Alt letters (walk 16, L7): every field's label
and every button carries one, no two alike in a dialog, and Alt+letter, typed as a key, puts the
cursor in the label's field or presses the button. The letters are read from the words shown, so
the tests hold in either language (the Vietnamese ones once chitieu_vi.ts has them: "Đăng &nhập",
"Th&oát", "&Tên đăng nhập:"…)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
)

from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import press
from ui.login_dialog import AdministratorDialog, ChangePasswordDialog, FirstAdminDialog, LoginDialog
from ui.mode_dialog import ModeDialog
from ui.setup_dialog import SetupDialog


def letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=10000)
    return dialog


def lettered(dialog: QDialog) -> list[tuple[str, object]]:
    """(words, widget) of every label with a field, button and titled group in sight."""
    found = []
    for w in dialog.findChildren(QLabel):
        if w.isVisible() and w.buddy() is not None and not isinstance(w.buddy(), QAbstractButton) and w.text():
            found.append((w.text(), w))
    for w in dialog.findChildren(QAbstractButton):
        if w.isVisible() and w.text():
            found.append((w.text(), w))
    for w in dialog.findChildren(QGroupBox):
        if w.isVisible() and w.title() and w.findChildren(QLineEdit):  # a group standing for its search field
            found.append((w.title(), w))
    return found


def assert_one_letter_each(dialog: QDialog) -> dict[str, object]:
    """Every label with a field and every push button has a letter, none twice: letter → widget."""
    items = lettered(dialog)
    missing = [t for t, w in items if letter(t) is None and isinstance(w, (QLabel, QPushButton))]
    assert not missing, f"no Alt letter: {missing}"
    letters = [letter(t) for t, _ in items if letter(t)]
    assert len(letters) == len(set(letters)), [t for t, _ in items]
    return {letter(t): w for t, w in items if letter(t)}


def alt(key_letter: str, dialog: QDialog) -> None:
    press(Qt.Key(ord(key_letter.upper())), Qt.KeyboardModifier.AltModifier, widget=QApplication.focusWidget() or dialog)


def assert_labels_move_the_cursor(dialog: QDialog, by_letter: dict[str, object]) -> int:
    """Alt+each label's letter puts the cursor in its field; the number of labels tried."""
    tried = 0
    for key_letter, widget in by_letter.items():
        if isinstance(widget, QLabel) and widget.buddy().isEnabled():
            alt(key_letter, dialog)
            assert QApplication.focusWidget() is widget.buddy(), widget.text()
            tried += 1
    return tried


@pytest.mark.parametrize("kind", ["first run", "login", "administrator"])
def test_the_login_forms_have_a_letter_each_and_alt_moves_and_quits(qtbot, blank_workspace, kind):
    ws = blank_workspace
    if kind == "first run":
        dialog = FirstAdminDialog(ws)
    elif kind == "login":
        ws.add_first_accounts("quantri", "Nguyễn Văn An", "hoa-sen-2026", None)
        dialog = LoginDialog(ws)
    else:
        dialog = AdministratorDialog(lambda user, password: None)
    shown(qtbot, dialog)
    by_letter = assert_one_letter_each(dialog)
    assert assert_labels_move_the_cursor(dialog, by_letter) >= 2
    if kind == "first run":  # the check box's letter ticks it, and the officer's field then takes its letter
        box = dialog.also_officer
        alt(letter(box.text()), dialog)
        qtbot.waitUntil(box.isChecked, timeout=10000)
        officer_label = dialog.form.labelForField(dialog.officer)
        alt(letter(officer_label.text()), dialog)
        assert QApplication.focusWidget() is dialog.officer
    quit_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.username.clear()
    alt(letter(ok_button.text()), dialog)  # pressed: the form's own refusal, the dialog still open
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=10000)
    assert dialog.isVisible()
    if letter(quit_button.text()):  # Thoát / Quit (a restore's Cancel is Qt's own, Escape)
        alt(letter(quit_button.text()), dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert dialog.result() == QDialog.DialogCode.Rejected


def test_change_password_has_a_letter_each(qtbot, office):  # noqa: F811
    as_(office, "admin")
    dialog = shown(qtbot, ChangePasswordDialog(office))
    by_letter = assert_one_letter_each(dialog)
    assert assert_labels_move_the_cursor(dialog, by_letter) == 3


def test_the_mode_dialog_letters_choose_and_continue(qtbot):
    dialog = shown(qtbot, ModeDialog())
    by_letter = assert_one_letter_each(dialog)
    assert len(by_letter) == 4  # the two choices, Continue and Quit
    alt(letter(dialog.province.text()), dialog)
    qtbot.waitUntil(dialog.province.isChecked, timeout=10000)
    alt(letter(dialog.commune.text()), dialog)
    qtbot.waitUntil(dialog.commune.isChecked, timeout=10000)
    alt(letter(dialog.continue_button.text()), dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.mode == "commune"


@pytest.mark.parametrize("first_run", [True, False])
def test_setup_and_settings_have_a_letter_each(qtbot, office, first_run):  # noqa: F811
    """The unit's group takes the cursor to its search field, each label to its field; no letter
    twice, with the lock's "Khóa cửa sổ sau" in Settings; Alt+letter of Thoát / Hủy closes it."""
    as_(office, "admin")
    dialog = shown(qtbot, SetupDialog(office, first_run=first_run))
    by_letter = assert_one_letter_each(dialog)  # the token's settings too, in Settings
    assert assert_labels_move_the_cursor(dialog, by_letter) >= (4 if first_run else 12)
    group = next(w for w in by_letter.values() if isinstance(w, QGroupBox))
    alt(letter(group.title()), dialog)
    assert QApplication.focusWidget() is dialog.search
    cancel = next(b for b in dialog.findChildren(QPushButton)
                  if b.isVisible() and b is not dialog.ok_button and b.parent().inherits("QDialogButtonBox"))
    alt(letter(cancel.text()), dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Rejected
