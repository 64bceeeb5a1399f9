"""Walk 17, L6 (the rest): the own-targets dialog, the reopen question, the confirm-key dialog and
the receive-reports dialog have Alt letters on every field's label and push button, none twice,
typed as real Alt keys: a label's puts the cursor in its field, a button's presses it, a date
option's chooses it. The reopen question keeps its letter also in rich text (a sent period's
warning above it, a refusal under it). The letters are read from the words shown, so the tests
hold in either language (the Vietnamese ones once chitieu_vi.ts has them)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPushButton

from desktop_app.core.periods import parse_period
from desktop_app.core.workflow import State
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import type_text
from tests.ui.test_alt_letters_first_run import alt, assert_one_letter_each, letter, shown
from tests.ui.test_reopen_sent_period import approved
from ui.own_targets_dialog import OwnTargetsDialog
from ui.province_intake_dialog import IntakeDialog
from ui.province_key_dialog import KeyConfirmDialog
from ui.workflow_actions import ReopenDialog


def closed(qtbot, dialog, result) -> None:
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == result


def test_the_own_targets_dialog_closes_by_its_letter(qtbot, office):  # noqa: F811
    as_(office, "lanhdao")
    dialog = shown(qtbot, OwnTargetsDialog(office, 2026))
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    assert letter(close.text()), close.text()
    assert_one_letter_each(dialog)
    dialog.table.setFocus()
    alt(letter(close.text()), dialog)
    closed(qtbot, dialog, QDialog.DialogCode.Rejected)


def _reopen_buttons(dialog):
    box = dialog.findChild(QDialogButtonBox)
    role = QDialogButtonBox.ButtonRole
    ok = next(b for b in box.buttons() if box.buttonRole(b) == role.AcceptRole)
    cancel = next(b for b in box.buttons() if box.buttonRole(b) == role.RejectRole)
    return ok, cancel


def test_the_reopen_question_and_buttons_have_letters_also_for_a_sent_period(qtbot, office):  # noqa: F811
    approved(office, sent=True)
    dialog = shown(qtbot, ReopenDialog(None, office, parse_period("2026")))
    question = dialog.findChild(QLabel)
    assert question.buddy() is dialog.field and "<b>" in question.text()  # the sent warning above it
    by_letter = assert_one_letter_each(dialog)
    ok, cancel = _reopen_buttons(dialog)
    assert {question, ok, cancel} <= set(by_letter.values()), list(by_letter)
    ok.setFocus()
    alt(letter(question.text()), dialog)  # the question's letter: the cursor in the reason
    assert QApplication.focusWidget() is dialog.field
    alt(letter(ok.text()), dialog)  # no reason: refused under the question, which keeps its letter
    qtbot.waitUntil(lambda: "✖" in question.text(), timeout=10000)  # a button's letter clicks it, animated
    assert dialog.isVisible()
    cancel.setFocus()
    alt(letter(question.text()), dialog)
    assert QApplication.focusWidget() is dialog.field
    type_text("Sửa số liệu BHYT")
    alt(letter(ok.text()), dialog)
    closed(qtbot, dialog, QDialog.DialogCode.Accepted)
    assert office.period_state("2026") == State.ENTERING


def test_the_reopen_question_cancels_by_its_letter(qtbot, office):  # noqa: F811
    approved(office, sent=False)
    dialog = shown(qtbot, ReopenDialog(None, office, parse_period("2026")))
    assert_one_letter_each(dialog)
    alt(letter(_reopen_buttons(dialog)[1].text()), dialog)
    closed(qtbot, dialog, QDialog.DialogCode.Rejected)


def test_the_confirm_key_dialog_has_letters(qtbot):
    dialog = shown(qtbot, KeyConfirmDialog(None, "05488", "Xã Đại Phúc"))
    by_letter = assert_one_letter_each(dialog)
    assert {dialog.confirm_button, dialog.cancel_button} <= set(by_letter.values())
    checked = []
    dialog.check = lambda code: checked.append(code) or "key"
    dialog.cancel_button.setFocus()
    alt(next(k for k, w in by_letter.items() if isinstance(w, QLabel)), dialog)
    assert QApplication.focusWidget() is dialog.code
    type_text("ABCD EFGH JKLM NPQR")
    alt(letter(dialog.confirm_button.text()), dialog)
    closed(qtbot, dialog, QDialog.DialogCode.Accepted)
    assert checked == ["ABCD EFGH JKLM NPQR"] and dialog.confirmed == "key"
    again = shown(qtbot, KeyConfirmDialog(None, "05488", "Xã Đại Phúc"))
    alt(letter(again.cancel_button.text()), again)
    closed(qtbot, again, QDialog.DialogCode.Rejected)


def test_the_receive_reports_dialog_has_letters(qtbot, tmp_path, monkeypatch):
    dialog = shown(qtbot, IntakeDialog(parse_period("2026-6M"), dt.date(2026, 6, 20), dt.date(2026, 6, 25)))
    by_letter = assert_one_letter_each(dialog)
    assert {dialog.choose_button, dialog.read_button, dialog.cancel_button, dialog.files_date,
            dialog.batch_date} <= set(by_letter.values()), list(by_letter)
    assert sum(isinstance(w, QPushButton) for w in by_letter.values()) >= 3
    alt(letter(dialog.batch_date.text()), dialog)  # one date for the folder, chosen by its letter
    qtbot.waitUntil(dialog.batch_date.isChecked, timeout=10000)
    alt(letter(dialog.files_date.text()), dialog)
    qtbot.waitUntil(dialog.files_date.isChecked, timeout=10000)
    dialog.cancel_button.setFocus()
    folder_label = next(w for w in by_letter.values() if isinstance(w, QLabel))
    alt(letter(folder_label.text()), dialog)
    assert QApplication.focusWidget() is dialog.folder_edit
    chose = []
    monkeypatch.setattr(dialog, "_choose_folder", lambda: chose.append(True))
    dialog.choose_button.clicked.disconnect()
    dialog.choose_button.clicked.connect(dialog._choose_folder)
    alt(letter(dialog.choose_button.text()), dialog)
    qtbot.waitUntil(lambda: chose == [True], timeout=10000)
    alt(letter(dialog.cancel_button.text()), dialog)
    closed(qtbot, dialog, QDialog.DialogCode.Rejected)
