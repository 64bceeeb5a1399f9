"""Walk 17, L5-L7: the damaged-database offer, the start-of-term figures and the change log have Alt
letters, none twice, typed as real Alt keys; the change log and the list of backups write the hour
first, as every box does; a restore at start-up ends with the menu's box, which says which backup
was restored and where the data as they were went. The letters are read from the words shown, so
the tests hold in either language (the Vietnamese ones once chitieu_vi.ts has them)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QMessageBox

from desktop_app import backups
from tests.core.test_workflow import as_, office  # noqa: F401 (the fixture)
from tests.ui.conftest import Script, press, type_text
from tests.ui.test_alt_letters_first_run import alt, assert_one_letter_each, letter, shown
from tests.ui.test_session_and_safety import _damaged_with_accounts
from ui.audit_dialog import AuditDialog
from ui.backup_actions import RestoreAtStartDialog, offer_restore_at_start
from ui.baseline_dialog import BaselineDialog
from ui.fitting import unbroken_names
from ui.login_dialog import AdministratorDialog
from tests.core.vietnam_laptop import laptop_in_vietnam  # noqa: F401 (the fixture)

HOUR_FIRST = re.compile(r"^\d\d:\d\d(:\d\d)? \d\d/\d\d/\d{4}")


def test_the_damaged_database_offer_has_letters_and_writes_the_hour_first(qtbot, data_dir):
    db = _damaged_with_accounts(data_dir)
    good = backups.list_backups(db)
    dialog = shown(qtbot, RestoreAtStartDialog("tệp hỏng", good, db))
    by_letter = assert_one_letter_each(dialog)
    assert {dialog.restore_button, dialog.choose_button, dialog.quit_button} <= set(by_letter.values())
    assert HOUR_FIRST.match(dialog.list.item(0).text()), dialog.list.item(0).text()
    alt(letter(dialog.restore_button.text()), dialog)  # restores the one chosen
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.source == good[0].path
    again = shown(qtbot, RestoreAtStartDialog("tệp hỏng", good, db))
    alt(letter(again.quit_button.text()), again)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10000)
    assert again.result() == QDialog.DialogCode.Rejected and again.source is None


def test_start_of_term_figures_have_letters(qtbot, office):  # noqa: F811
    as_(office, "canbo")
    dialog = shown(qtbot, BaselineDialog(office))
    box = dialog.findChild(QDialogButtonBox)
    save, close = (box.button(QDialogButtonBox.StandardButton.Save),
                   box.button(QDialogButtonBox.StandardButton.Cancel))
    assert letter(save.text()) and letter(close.text()) and letter(save.text()) != letter(close.text())
    alt(letter(close.text()), dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_change_log_has_letters_and_writes_the_hour_first(qtbot, office):  # noqa: F811
    as_(office, "canbo")
    office.set_entry("2026-Q1", "bhyt", numerator="9500", denominator="10000")
    as_(office, "admin")
    dialog = shown(qtbot, AuditDialog(office))
    by_letter = assert_one_letter_each(dialog)
    filters = [w for w in by_letter.values() if hasattr(w, "buddy") and isinstance(w.buddy(), QComboBox)]
    assert len(filters) == 3  # Kỳ, Chỉ tiêu, Người dùng
    for label in filters:
        alt(letter(label.text()), dialog)
        assert QApplication.focusWidget() is label.buddy(), label.text()
    times = [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]
    assert times and all(HOUR_FIRST.match(t) for t in times), times
    alt(letter(dialog.close_button.text()), dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def test_a_restore_at_start_ends_saying_which_backup_and_where_the_data_went(laptop_in_vietnam, qtbot, data_dir):
    db = _damaged_with_accounts(data_dir)
    newest = backups.list_backups(db)[0]
    seen = {}

    def choose_newest(dialog):
        press(Qt.Key.Key_Return, widget=dialog.list)

    def administrator(dialog):
        type_text("quantri")
        press(Qt.Key.Key_Tab)
        type_text("cay-tre-2026")
        press(Qt.Key.Key_Return)

    def restored(box):
        seen["text"] = box.text() + "\n" + box.informativeText()
        box.accept()

    script = Script((RestoreAtStartDialog, choose_newest), (AdministratorDialog, administrator),
                    (QMessageBox, restored))
    assert offer_restore_at_start(db) is True
    script.check()
    text = seen["text"]  # which backup (its time, hour first, and its name), where the data as they were went
    assert unbroken_names(newest.path.name) in text and f"{newest.taken_at:%H:%M %d/%m/%Y}" in text, text  # one line
    assert str(backups.backup_dir(db)) in text, text
