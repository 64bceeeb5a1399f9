"""The main window's menus, and what each of their items opens or does.

Each item is one call: a dialog of its own module, or an action module (workflow_actions,
backup_actions, catalog_update_dialog) that calls the service and shows its refusal. A
mixin of `ui.main_window.MainWindow` (which has `workspace`, `period`, `undo_stack`, the
entry area's `table` and the `narratives`); its words keep the "MainWindow" translation
context.
"""
from __future__ import annotations

import sqlite3
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop_app.approval import REOPENABLE
from desktop_app.catalog_import_rules import province_key, recorded_key_words
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.users import Permission
from desktop_app.core.workflow import State, refuse_unless_signable
from ui.actions import FAILED, data_changed, run_action
from ui.commands import period_of
from ui.common import app_title, app_version, error_text, in_language
from ui.fitting import unbroken_code
from ui.i18n import translate
from ui.labels import period_name
from ui.workflow_actions import approve_refusal


class MainMenus:
    """The File, Edit, Period, Data, Administration and Help menus and what their items do."""

    restored = False  # True once Khôi phục… replaced the database this window read (see restore)

    def _build_menus(self) -> None:
        """The menus and their actions; their words are set by retranslate_static()."""
        menus = self.menuBar()
        self.file_menu = menus.addMenu("")
        self.settings_action = self.file_menu.addAction("", self.open_settings)
        # The exports engineer's "Xuất báo cáo…" goes before "In báo cáo…": add_export_action().
        self.print_action = self.file_menu.addAction("", lambda: self.print_report())
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.send_action = self.file_menu.addAction("", lambda: self.send_to_province())
        self.report_printer = self.send_controller = None  # the last print and send, while they run
        self.file_menu.addSeparator()
        self.backup_action = self.file_menu.addAction("", self.backup)
        self.restore_action = self.file_menu.addAction("", self.restore)
        self.file_menu.addSeparator()
        # Every person's, not only the administrator's: an officer or a leader reads "Quản trị" as
        # the administrator's menu and did not look there to hand over the machine (walk U16).
        self.switch_account_action = self.file_menu.addAction("", self.switch_account)
        self.log_out_action = self.file_menu.addAction("", self.log_out)
        self.quit_action = self.file_menu.addAction("", self.close)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        self.edit_menu = menus.addMenu("")
        # Our own actions (not QUndoStack.createUndoAction, whose prefix is fixed at creation):
        # their words follow the interface language.
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(lambda: self.undo_edit())
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(lambda: self.redo_edit())
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        # Ctrl+Z also drops a refused figure (ui.refused_cells): enabled on a red cell too.
        for signal in (self.undo_stack.canUndoChanged, self.table.currentCellChanged, self.model.dataChanged):
            signal.connect(self.enable_undo)
        self.undo_stack.undoTextChanged.connect(self._undo_texts)
        self.undo_stack.redoTextChanged.connect(self._undo_texts)
        self.model.modelReset.connect(self._undo_texts)  # another period shown: named, or no longer
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)

        self.period_menu = menus.addMenu("")
        self.complete_action = self.period_menu.addAction("", lambda: self._workflow("complete_period"))
        self.approve_action = self.period_menu.addAction("", lambda: self._workflow("approve_period"))
        self.reopen_action = self.period_menu.addAction("", lambda: self._workflow("reopen_period"))
        self.period_menu.setToolTipsVisible(True)  # a greyed item's reason, under the mouse (_enable_sign_off)
        self.period_menu.addSeparator()
        self.sign_action = self.period_menu.addAction("", lambda: self.sign_report())
        self.period_menu.addSeparator()
        # The periods of the list without going to it (the table keeps the cursor on its cell).
        self.previous_period_action = self.period_menu.addAction("", lambda: self.step_period(-1))
        self.previous_period_action.setShortcut(QKeySequence("Alt+PgUp"))
        self.next_period_action = self.period_menu.addAction("", lambda: self.step_period(1))
        self.next_period_action.setShortcut(QKeySequence("Alt+PgDown"))

        self.data_menu = menus.addMenu("")
        self.baselines_action = self.data_menu.addAction("", lambda: self.open_baselines())
        self.own_targets_action = self.data_menu.addAction("", self.open_own_targets)
        self.reference_action = self.data_menu.addAction("", self.open_reference)
        self.catalog_update_action = self.data_menu.addAction("", self.import_catalog_update)
        self.data_menu.addSeparator()
        self.history_action = self.data_menu.addAction("", lambda: self.show_history())
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.addAction(self.history_action)

        self.admin_menu = menus.addMenu("")
        self.accounts_action = self.admin_menu.addAction("", self.open_accounts)
        self.audit_action = self.admin_menu.addAction("", self.open_audit)
        # ui/notices.py: the administrator has checked what the history found changed outside the program
        self.acknowledge_action = self.admin_menu.addAction("", lambda: self.acknowledge_changes())
        self.forget_key_action = self.admin_menu.addAction("", self.forget_province_key)  # ui/forget_key_dialog.py
        self.admin_menu.addSeparator()
        self.change_password_action = self.admin_menu.addAction("", self.change_password)

        self.help_menu = menus.addMenu("")
        self.keys_help_action = self.help_menu.addAction("", lambda: self.show_keys_help())
        # F1, Windows' help key, wherever the cursor is (the table lets it pass: it types nothing).
        self.keys_help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.about_action = self.help_menu.addAction("", self.show_about)
        self._build_window_keys()

    def _build_window_keys(self) -> None:
        """Keys of the whole window, wherever the cursor is (the entry table lets them pass):
        Ctrl+Tab / Ctrl+PgDown the next tab, Ctrl+Shift+Tab / Ctrl+PgUp the one before; F6 the
        next area (the tab shown, the period list, the buttons under the table), Shift+F6 back."""
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        for keys, slot in (
            ([QKeySequence("Ctrl+Tab"), QKeySequence("Ctrl+PgDown")], lambda: self.switch_tab(1)),
            ([QKeySequence(ctrl_shift | Qt.Key.Key_Backtab), QKeySequence(ctrl_shift | Qt.Key.Key_Tab),
              QKeySequence("Ctrl+PgUp")], lambda: self.switch_tab(-1)),
            ([QKeySequence("F6")], lambda: self.focus_area(1)),
            ([QKeySequence("Shift+F6")], lambda: self.focus_area(-1)),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.triggered.connect(slot)
            self.addAction(action)

    def _retranslate_menus(self) -> None:
        """The menus' words (MainWindow.retranslate_static)."""
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.settings_action.setText(translate("MainWindow", "&Settings…"))
        self.print_action.setText(translate("MainWindow", "&Print the report…"))
        self.print_action.setStatusTip(translate(
            "MainWindow", "Preview and print the PDF report of the period shown, as it is exported"))
        self.send_action.setText(translate("MainWindow", "Se&nd to the province…"))
        self.send_action.setStatusTip(translate(
            "MainWindow", "Export the period's two files and open an e-mail to the province with both attached"))
        self.backup_action.setText(translate("MainWindow", "&Back up to…"))
        self.restore_action.setText(translate("MainWindow", "&Restore from a backup…"))
        # Letters of their own in Tệp (Khôi phục has K, Xuất báo cáo X)
        self.switch_account_action.setText(translate("MainWindow", "Log in as another &account…"))
        self.log_out_action.setText(translate("MainWindow", "Log &out"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self._undo_texts()
        self.period_menu.setTitle(translate("MainWindow", "&Period"))
        self.complete_action.setText(translate("MainWindow", "Mark as &complete"))
        self.approve_action.setText(translate("MainWindow", "&Approve the period"))
        self.reopen_action.setText(translate("MainWindow", "&Reopen the period…"))
        self.sign_action.setText(translate("MainWindow", "&Sign the report digitally…"))
        self.previous_period_action.setText(translate("MainWindow", "&Previous period"))
        self.next_period_action.setText(translate("MainWindow", "&Next period"))
        self.data_menu.setTitle(translate("MainWindow", "&Data"))
        self.baselines_action.setText(translate("MainWindow", "Start-of-&term figures…"))
        self.own_targets_action.setText(translate("MainWindow", "Commune's &own targets…"))
        self.reference_action.setText(translate("MainWindow", "The province's &indicator list…"))
        self.catalog_update_action.setText(translate("MainWindow", "&Update the indicator catalogue…"))
        self.catalog_update_action.setStatusTip(
            translate("MainWindow", "Import the catalogue update file the province sent (.chitieu-catalog.json)"))
        self.history_action.setText(translate("MainWindow", "&History of the selected indicator…"))
        self.admin_menu.setTitle(translate("MainWindow", "&Administration"))
        self.accounts_action.setText(translate("MainWindow", "&Accounts…"))
        self.audit_action.setText(translate("MainWindow", "&Change log…"))
        self.acknowledge_action.setText(translate("MainWindow", "Ac&knowledge changes made outside the program…"))
        self.acknowledge_action.setStatusTip(translate(
            "MainWindow", "The administrator records having checked the changes the history found made outside the "
                          "program: after it they no longer stop approving, exporting and signing"))
        self.forget_key_action.setText(translate("MainWindow", "&Forget the province's recorded key…"))
        self.forget_key_action.setStatusTip(translate(
            "MainWindow", "When the province says the key recorded at the first catalogue update is not its key, "
                          "or that it changed its key"))
        self.change_password_action.setText(translate("MainWindow", "Change my &password…"))
        self.own_targets_action.setToolTip(translate(
            "MainWindow", "Set by a leader or the administrator; shown beside the province's targets"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.keys_help_action.setText(translate("MainWindow", "How to &enter figures"))
        self.about_action.setText(translate("MainWindow", "&About"))

    def _undo_texts(self, *_args) -> None:
        """"Hoàn tác BHYT: 9.500" names what Ctrl+Z would undo (the stack's command texts), and the
        period it goes to when that is not the one shown, in the item and its tooltip: "Hoàn tác
        (9 tháng năm 2026) Thu ngân sách…: 5.200" (walk 29b: on 6 tháng, Đã gửi, view only, it
        offered 9 tháng's edit unnamed, and Ctrl+Z went there to undo it). Said again when the
        period shown changes (the table's model is reset)."""
        stack = self.undo_stack
        for action, word, at in ((self.undo_action, translate("MainWindow", "&Undo"), stack.index() - 1),
                                 (self.redo_action, translate("MainWindow", "&Redo"), stack.index())):
            command = stack.command(at) if 0 <= at < stack.count() else None
            what = command.text() if command is not None else ""
            period = period_of(command)
            if what and period is not None and period != self.period:
                text = translate("MainWindow", "{action} ({period}) {what}").format(
                    action=word, period=period_name(period), what=what)
            else:
                text = f"{word} {what}" if what else word
            action.setText(text)
            action.setToolTip(text.replace("&", "", 1))

    def _enable_actions(self) -> None:
        """The items the logged-in account may use (after each login and logout)."""
        self.own_targets_action.setEnabled(self.may(Permission.SET_OWN_TARGETS))
        self._enable_sign_off(self._not_begun_reason())
        self.acknowledge_action.setEnabled(self.may(Permission.ACKNOWLEDGE_CHANGES))
        self.forget_key_action.setEnabled(self.may(Permission.SETTINGS))
        self.show_tampering(self.tampering, box=False)  # its link is the administrator's
        self.log_out_action.setEnabled(self.workspace.account is not None)
        self.change_password_action.setEnabled(self.workspace.account is not None)

    def _enable_sign_off(self, not_begun: str | None) -> None:
        """Hoàn thành, Duyệt, Mở lại and Ký số greyed where choosing them could only be refused, saying
        why in their status tip and tooltip (after each period shown, login and logout; the core
        refuses each on its own): for a period not begun (`not_begun`: the read-only reason saying
        from which day, Hoàn thành and Duyệt: it has no results to sign off, whoever asks); for the
        account's role, in the core's words naming who may (stop 41: an officer's Duyệt and Mở lại,
        a leader's Hoàn thành, only showed that refusal); for the period's state (Hoàn thành once
        marked complete or approved, Duyệt before Complete or once approved, Mở lại while still
        being entered, Ký số before an approval). What only the click can say stays offered: the
        figures Hoàn thành finds missing, a change made outside the program, a clock behind."""
        status = getattr(self, "_statuses", {}).get(self.period)
        state = getattr(status, "state", None) or State.ENTERING
        refusals = {
            self.complete_action: not_begun or self._role_refusal(Permission.COMPLETE) or (
                None if state == State.ENTERING else self.read_only_reason() or self._reopened_note()),
            self.approve_action: not_begun or self._role_refusal(Permission.APPROVE) or (
                approve_refusal(self.period, state) if self.period is not None else None),
            self.reopen_action: (None if self._clock_way_out() else self._role_refusal(Permission.REOPEN)) or (
                None if state in REOPENABLE else self._refusal(self.workspace.check_reopen, self.period)),
            self.sign_action: self._role_refusal(Permission.SIGN_REPORT) or self._refusal(
                refuse_unless_signable, self.period, state),
        }
        tips = {self.sign_action: translate(
            "MainWindow", "The leader signs the approved period's exported PDF report with the token (chữ ký số)")}
        for action, refused in refusals.items():
            action.setEnabled(refused is None)
            action.setStatusTip(refused or tips.get(action, ""))
            action.setToolTip(refused or "")

    def _clock_way_out(self) -> bool:
        """Whether the account may reopen the period shown once it confirms that its approval's clock ran fast
        (an administrator, the clock now behind that approval: ui/clock_ahead_question.py, walk U25 F1)."""
        try:
            return self.period is not None and bool(self.workspace.clock_was_ahead(self.period))
        except (ChiTieuError, sqlite3.Error):
            return False

    def _role_refusal(self, permission: Permission) -> str | None:
        """The core's refusal of `permission` to the account logged in, naming who may (None: it may)."""
        return None if self.may(permission) else error_text(self.workspace.denial(permission))

    @staticmethod
    def _refusal(check, *args) -> str | None:
        """What the core's `check(*args)` refuses, in the interface's language (None: nothing)."""
        if args and args[0] is None:  # no period shown yet
            return None
        try:
            check(*args)
        except ChiTieuError as err:
            return error_text(err)
        return None

    def add_export_action(self, action: QAction) -> None:
        """Where the exports' "Xuất báo cáo…" is plugged in: Tệp menu, above In báo cáo…; its
        done dialog's "Gửi cho tỉnh…" sends the files it wrote from their folder."""
        self.file_menu.insertAction(self.print_action, action)
        controller = getattr(action, "controller", None)  # ui.export_dialog.add_export_action's
        if controller is not None:
            controller.send = lambda result: self.send_to_province(result.folder)
            # The figures typed first: a red cell stops it, as printing and sending.
            action.triggered.disconnect()
            action.triggered.connect(lambda: self.figures_saved(action.text()) and controller.start())

    # --- what the items open ---------------------------------------------------------------------
    def show_history(self, code: str | None = None):
        code = code or self.current_code()
        if code is None:
            self._show_feedback(
                translate("MainWindow", "Select an indicator in the table before viewing its history."), error=False)
            return None
        # QtCharts loads only when first needed.
        from ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.workspace, code, self.period, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.history_dialog = dialog
        return dialog

    def print_report(self):
        """Tệp › In báo cáo… (Ctrl+P): the period's PDF, exported afresh, in a print preview."""
        from ui.print_report import ReportPrinter

        if not self.figures_saved(self.print_action.text()):
            return self.report_printer
        self.narratives.flush()
        if self.report_printer is None or not self.report_printer.busy:
            self.report_printer = ReportPrinter(self, self.workspace, self.period)
            self.report_printer.start()
        return self.report_printer

    def send_to_province(self, folder=None):
        """Tệp › Gửi cho tỉnh…: both files and the e-mail draft into a folder (asked, or the one an
        export just wrote), then sent three ways (ui/send_report.py)."""
        from ui.send_report import SendController

        if not self.figures_saved(self.send_action.text()):
            return self.send_controller
        self.narratives.flush()
        if self.send_controller is None or not self.send_controller.busy:
            self.send_controller = SendController(self, self.workspace, self.period)
            self.send_controller.start(folder)
        return self.send_controller

    def open_settings(self):
        from ui.idle_lock import lock_minutes
        from ui.setup_dialog import SetupDialog

        self.narratives.flush()
        dialog = SetupDialog(self.workspace, self, first_run=False)
        if dialog.exec():
            self.idle_lock.set_minutes(lock_minutes())
        return dialog

    def open_baselines(self, code: str | None = None, typed: str = ""):
        """Dữ liệu › Số liệu đầu nhiệm kỳ…, or from its grey cell in the table: at that
        indicator's field, with what was typed on the cell."""
        from ui.baseline_dialog import BaselineDialog

        dialog = BaselineDialog(self.workspace, self, code, typed)
        dialog.exec()
        return dialog

    def open_own_targets(self):
        from ui.own_targets_dialog import OwnTargetsDialog

        if not self.may(Permission.SET_OWN_TARGETS):
            return None
        dialog = OwnTargetsDialog(self.workspace, self.period.year if self.period else None, self)
        dialog.exec()
        return dialog

    def open_reference(self):
        from ui.reference_dialog import ReferenceDialog

        dialog = ReferenceDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.reference_dialog = dialog
        return dialog

    # --- the other engineers' actions, plugged in (each one call into their module) ---------------
    def import_catalog_update(self) -> bool:
        """Dữ liệu › Cập nhật bộ chỉ tiêu…: the province's update file (ui/catalog_update_dialog.py)."""
        from ui.catalog_update_dialog import import_catalog_update

        self.table.commit_open_editor()
        self.narratives.flush()
        return bool(import_catalog_update(self, self.workspace))

    def forget_province_key(self) -> bool:
        """Quản trị › Bỏ khóa của tỉnh đã ghi nhận… (ui/forget_key_dialog.py)."""
        from ui.forget_key_dialog import forget_province_key

        return bool(forget_province_key(self, self.workspace))

    def _workflow(self, name: str) -> None:
        from ui import workflow_actions

        action = {"complete_period": self.complete_action, "approve_period": self.approve_action,
                  "reopen_period": self.reopen_action}[name]
        if not self.figures_saved(action.text()):  # a red cell: the period would go on with the old figure
            return
        self.narratives.flush()
        if getattr(workflow_actions, name)(self, self.workspace, self.period):
            self._forget_undo()

    def _forget_undo(self) -> None:
        """After Hoàn thành, Duyệt or Mở lại no undo crosses the step (walk 7, L2: Ctrl+Z after
        Hoàn thành undid a figure typed before it and put the period back to Đang nhập, said only
        in the status bar): the figures' and the report text's undo histories are cleared, and
        Undo is greyed until something is typed again."""
        self.undo_stack.clear()
        self.narratives.clear_undo()

    def sign_report(self):
        """Kỳ báo cáo › Ký số báo cáo… (ui/sign_dialog.py): the SignResult, or None."""
        from ui.sign_dialog import sign_report_dialog

        if self.period is None or not self.may(Permission.SIGN_REPORT):
            return None
        # A period not approved is refused at once, in the service's words, before any PIN is asked
        # (a token counts wrong PINs towards its lock-out); the service refuses it again.
        if run_action(self, lambda: refuse_unless_signable(self.period, self.workspace.period_state(self.period)),
                      title=translate("SignDialog", "Could not sign the report"), reads=True) is FAILED:
            return None
        if not self.figures_saved(self.sign_action.text()):
            return None
        self.narratives.flush()
        return sign_report_dialog(self, self.workspace, self.period)

    def open_accounts(self):
        """Quản trị › Tài khoản…: the administrator's; anyone else is refused at once by the core's
        check (their role, who may), and told where their own password is changed. Closed, the line
        over the table says again who may enter (`read_only_reason`: no officer's account yet)."""
        from ui.accounts_dialog import AccountsDialog
        from ui.common import error_text

        try:
            self.workspace.require(Permission.MANAGE_USERS)
        except ChiTieuError as err:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "User accounts"), error_text(err),
                              QMessageBox.StandardButton.Ok, self)
            if self.workspace.account is not None:
                box.setInformativeText(translate(
                    "MainWindow", "To change your own password: Administration › Change my password…"))
            self.accounts_refusal = box
            box.exec()
            return None
        dialog = AccountsDialog(self.workspace, self)
        dialog.exec()
        if self.period is not None:
            self._show_frozen()  # the line over the table names the accounts: an officer's just added
        return dialog

    def open_audit(self):
        from ui.audit_dialog import AuditDialog

        dialog = AuditDialog(self.workspace, self)
        dialog.exec()
        return dialog

    def change_password(self):
        """Quản trị › Đổi mật khẩu…: anyone logged in, their own password (with the old one)."""
        from ui.login_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.workspace, self)
        if dialog.exec():
            self.statusBar().showMessage(translate("MainWindow", "Your password is changed."), 10_000)
        return dialog

    def switch_account(self) -> None:
        """Log out and in again (e.g. the administrator, who only views, hands over to the officer)."""
        from ui.login_dialog import LoginDialog

        # A cell being typed in is not saved by the login taking the keyboard: given back to the same
        # person (cancelled, or logged in again), dropped for another (walk U7).
        self.idle_lock.hold_typing()
        self.narratives.flush()
        previous = self.workspace.account
        self.workspace.logout()
        dialog = LoginDialog(self.workspace, self)
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).setText(translate("MainWindow", "&Cancel"))
        if dialog.exec() != LoginDialog.DialogCode.Accepted:
            self.workspace.account = previous  # cancelled: stay as before
        data_changed(self)  # another person: their language, their period, no undo of others' typing
        self.idle_lock.give_back_typing()

    def log_out(self) -> bool:
        """Tệp › Đăng xuất (and "Log out" on the lock): nobody is logged in, the figures
        are covered, and the login dialog asks who comes next; closing it closes the program.
        True when someone logged in again. A section of the report text refused as typed is asked
        about first, as closing the window does (walk 21, L9: it went without a word); going back
        stays logged in, from the lock's "Log out" the lock again (its password asked). So are figures
        refused as typed (red cells), which went with the log-out. A cell being typed in is never saved
        by a log-out (walk U7: the lock's "Log out" saved a half-typed "52.0" as 52 triệu): its text is
        dropped, or given back when going back (`IdleLock.held`)."""
        self.idle_lock.hold_typing()
        self.narratives.flush()
        if not (self.may_leave_refused(logging_out=True) and self._narrative_may_leave(None, logging_out=True)):
            if self.idle_lock.cover.isVisible():  # covered while someone is logged in: from the lock
                self.idle_lock.lock()
            else:
                self.idle_lock.give_back_typing()
            return False
        self.idle_lock.drop_typing()
        self.workspace.logout()
        self.undo_stack.clear()  # the undo history belongs to who typed it
        self._refused.clear()  # and the figures refused as typed: whoever comes next sees the saved ones
        self.record_session()
        self.show_account()
        self._enable_actions()
        if not self.idle_lock.ask_next_person():
            return False
        self.record_session()
        data_changed(self)
        return True

    def backup(self):
        from ui.backup_actions import backup_to_folder

        self.table.commit_open_editor()
        self.narratives.flush()
        return backup_to_folder(self.workspace, self)

    def restore(self) -> None:
        """Tệp › Khôi phục từ bản sao lưu…: once the database is replaced, the window closes and
        `restored` tells ui.app.run_gui to open it again on the restored one (said in the one
        box the restore shows)."""
        from ui.backup_actions import restore_from_file

        self.table.commit_open_editor()
        self.narratives.flush()
        if restore_from_file(self.workspace, self):
            self.restored = True
            # Figures refused as typed belonged to the data replaced: no question about them,
            # whose "back to fix them" would leave the window open on a closed database.
            self._refused.clear()
            self.close()

    def show_keys_help(self):
        """Trợ giúp › Cách nhập số liệu (F1): on a red cell, its refusal first (ui/help_boxes.py)."""
        from ui.help_boxes import show_keys_help

        return show_keys_help(self)

    def _key_code_said(self) -> str:
        """This computer's signing key code as the About box says it, whole on one line, as the paper
        prints it and the province reads it back on the phone (walk U9 F6: only in tooltips)."""
        try:
            code = self.workspace.key_code_made()
        except (ChiTieuError, ValueError, TypeError) as err:  # a key changed outside the program
            return translate("MainWindow", "This computer's signing key cannot be read: {why}").format(
                why=escape(error_text(err), quote=False))
        if not code:
            return translate("MainWindow", "This computer's signing key is made at the first export of a report.")
        return translate("MainWindow", "This computer's signing key code: {code}<br>(printed on the report; the "
                                       "province compares it before accepting this computer's files)").format(
            code=f"<b>{unbroken_code(code)}</b>")

    def _province_key_said(self) -> str:
        """The province key recorded here, its code kept on one line (`unbroken_code`)."""
        said = escape(in_language(recorded_key_words(self.workspace)), quote=False)
        code = (province_key(self.workspace) or {}).get("key_code")
        return said.replace(code, unbroken_code(code)) if code else said

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(translate("MainWindow", "About"))
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"<b>{escape(app_title(), quote=False)}</b><br>"
            + translate("MainWindow", "Version {version}").format(version=app_version()) + "<br><br>"
            + translate("MainWindow", "Enter, follow and report the results of the 2026-2030 term's indicators "
                                      "of the communes and wards of Thái Nguyên province.") + "<br>"
            + translate("MainWindow", "Indicator catalogue version {version}.").format(
                version=self.workspace.catalog.version) + "<br>"
            # the province key this computer checks catalogue updates by (red team R33 F4: before, only
            # `forget-key` and the audit log said it)
            + self._province_key_said() + "<br><br>" + self._key_code_said())
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.about_box = box
        box.exec()

