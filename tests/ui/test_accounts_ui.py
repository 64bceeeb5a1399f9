"""Login, first administrator, lock-out, audit viewer and the restore offer, driven through real widgets."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app import backups
from desktop_app.services import Workspace
from ui.audit_dialog import AuditDialog
from tests.ui.conftest import Script, click_button
from ui.backup_actions import RestoreAtStartDialog, offer_restore_at_start
from ui.login_dialog import FirstAdminDialog, LoginDialog


def type_text(qtbot, widget, text: str) -> None:
    """Type like a person: ASCII through keyClicks, Vietnamese letters as key events with text."""
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_first_run_creates_the_administrator_and_logs_in(qtbot, blank_workspace):
    """On a new database the first dialog creates the Quản trị account."""
    dialog = FirstAdminDialog(blank_workspace)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.username, "quantri")
    type_text(qtbot, dialog.full_name, "Hoàng Văn Quản")
    type_text(qtbot, dialog.password, "hoa-sen-123")
    type_text(qtbot, dialog.again, "mat-khau-12")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "không giống nhau" in dialog.error.text()
    assert not blank_workspace.has_accounts
    assert (dialog.password.text(), dialog.again.text()) == ("", "")  # both typed again
    type_text(qtbot, dialog.password, "hoa-sen-123")
    type_text(qtbot, dialog.again, "hoa-sen-123")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert blank_workspace.account.full_name == "Hoàng Văn Quản"
    assert blank_workspace.account.role.value == "Quản trị"


def test_wrong_passwords_show_the_lock_out_message(qtbot, blank_workspace):
    """Five wrong passwords: the dialog says the account is locked for a while."""
    blank_workspace.add_user("quantri", "Quản Trị", "Quản trị", "hoa-sen-123")
    dialog = LoginDialog(blank_workspace)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.username, "quantri")
    for i in range(5):
        type_text(qtbot, dialog.password, "sai-roi")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        assert dialog.password.text() == ""  # never left in the field
    assert "tạm khóa" in dialog.error.text()
    type_text(qtbot, dialog.password, "hoa-sen-123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "tạm khóa" in dialog.error.text() and blank_workspace.account is None


def test_login_succeeds_with_the_right_password(qtbot, blank_workspace):
    """The right password closes the dialog with the account logged in."""
    blank_workspace.add_user("quantri", "Quản Trị", "Quản trị", "hoa-sen-123")
    dialog = LoginDialog(blank_workspace)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.username, "quantri")
    type_text(qtbot, dialog.password, "hoa-sen-123")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted and blank_workspace.account.username == "quantri"


def test_audit_viewer_shows_a_change_and_filters(qtbot, workspace):
    """The viewer lists the change with old and new value; choosing another indicator hides it."""
    workspace.set_entry("2026", "bhyt", numerator="9500")
    workspace.set_entry("2026", "bhyt", numerator="9600")
    dialog = AuditDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("bhyt"))
    model = dialog.table.model()
    assert model.rowCount() == 2
    newest = [model.index(0, c).data() for c in range(model.columnCount())]
    assert newest[2] == "Sửa số liệu" and newest[6:] == ["9.500", "9.600"]  # the Vietnamese way, every digit
    assert newest[3] == "Năm 2026"  # the period's name, not its code
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("truong_chuan"))
    assert dialog.table.model().rowCount() == 0
    assert dialog.count.text() == "0 thay đổi"


def test_damaged_database_at_start_offers_the_newest_backup(qtbot, data_dir):
    """A corrupted file leads to the list of good backups, newest first; Enter restores it."""
    ws = Workspace.open(data_dir)
    ws.setup("tan cuong", "A", "B")
    ws.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    backups.take_backup(ws, "tudong-mo")
    backups.take_backup(ws, "tudong-dong")
    db = data_dir / "chitieu.db"
    ws.close()
    db.write_bytes(b"not a database at all" * 100)
    seen = []

    def restore_newest(dialog):
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    script = Script((RestoreAtStartDialog, restore_newest), (QMessageBox, lambda box: box.accept()))  # which backup
    assert offer_restore_at_start(db) is True
    script.check()
    assert len(seen[0]) == 2 and seen[0][0].endswith("tự động, khi đóng chương trình")
    again = Workspace.open(data_dir)
    assert again.row("2026", "bhyt").value_text == "95"
    again.close()


def test_damaged_database_enter_after_a_tab_round_restores_the_chosen_backup(qtbot, data_dir):
    """The newest good backup highlighted, Tab round the buttons back to the list, Enter: that
    backup is restored (Enter opened "Chọn tệp sao lưu khác…", a file dialog, before)."""
    from tests.ui.conftest import press
    from tests.ui.test_enter_after_tab_round import defaults, named, tab_round

    ws = Workspace.open(data_dir)
    ws.setup("tan cuong", "A", "B")
    ws.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    backups.take_backup(ws, "tudong-dong")
    db = data_dir / "chitieu.db"
    ws.close()
    db.write_bytes(b"not a database at all" * 100)
    seen = {}

    def tab_round_then_enter(dialog):
        seen["round"] = named(tab_round())
        seen["defaults"] = defaults(dialog)
        press(Qt.Key.Key_Return)
        if dialog.isVisible():  # not restored: the dialog is closed for the assertions to say so
            dialog.reject()

    script = Script((RestoreAtStartDialog, tab_round_then_enter), (QMessageBox, lambda box: box.accept()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QFileDialog, "getOpenFileName",
                      lambda *a, **k: (seen.setdefault("file dialog", True), ("", ""))[1])
        restored = offer_restore_at_start(db)
    script.check()
    assert "file dialog" not in seen and restored is True
    assert seen["round"] == ["Khôi phục bản đã chọn", "Chọn tệp sao lưu khác…", "Thoát"]
    assert seen["defaults"] == ["Khôi phục bản đã chọn"]
    again = Workspace.open(data_dir)
    assert again.row("2026", "bhyt").value_text == "95"
    again.close()


def test_damaged_database_user_may_quit(qtbot, data_dir):
    """Choosing Thoát leaves the damaged file as it was (nothing deleted)."""
    data_dir.mkdir(parents=True)
    db = data_dir / "chitieu.db"
    db.write_bytes(b"garbage" * 50)
    script = Script((RestoreAtStartDialog, lambda d: click_button(d, "Thoát")))
    assert offer_restore_at_start(db) is False
    script.check()
    assert db.read_bytes() == b"garbage" * 50


def test_the_audit_viewer_names_periods_in_the_interface_language(qtbot, workspace, english):
    """The English window says "Year 2026"; the exported record keeps the Vietnamese name."""
    english()
    workspace.set_entry("2026", "bhyt", numerator="9500")
    dialog = AuditDialog(workspace)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    assert model.index(0, 3).data() == "Year 2026"
    assert model.rows[0].period == "Năm 2026"


def test_the_audit_viewer_words_every_action_and_field_in_english(qtbot, workspace, english):
    """Settings, the laptop's signing key, accounts: no Vietnamese action or field name is left
    in the English window (the exported record keeps the Vietnamese)."""
    from desktop_app.core.audit import ACTIONS, FIELDS, SETTINGS
    from ui.audit_dialog import ACTION_WORDS, FIELD_WORDS, SETTING_WORDS

    assert set(ACTIONS) <= set(ACTION_WORDS) and set(FIELDS) - {"ket_qua", "han_che", "phuong_huong"} <= set(FIELD_WORDS)
    from desktop_app.core.pdf_signature import SETTING_KEYS_EN
    from desktop_app.report_signing import set_signature_settings

    assert set(SETTINGS) <= set(SETTING_WORDS)
    assert {k: SETTING_WORDS[k] for k in SETTING_KEYS_EN} == SETTING_KEYS_EN  # the settings dialog's words
    english()
    workspace.signing_key()  # made and recorded: "Signing key of this computer made", "Key code"
    set_signature_settings(workspace, tsa_url="http://tsa.ca.gov.vn")
    dialog = AuditDialog(workspace)
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    shown = {(model.index(r, 2).data(), model.index(r, 5).data()) for r in range(model.rowCount())}
    assert ("Signing key of this computer made", "Key code") in shown
    assert ("Settings", "Signer") in shown and ("Settings", "Commune or ward") in shown
    assert ("Settings", "Timestamp server address") in shown
