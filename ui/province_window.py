"""The province office's window: who has sent, reading a folder of e-mailed files, outputs.

Every action is one call to `desktop_app.province.ProvinceOffice`; long ones (intake, the
consolidated files) run through `ui.tasks.BackgroundTask` on a worker with its own
database connection, behind a progress dialog that can be cancelled. During intake each
file's row appears in "Kết quả nhận tệp" as soon as it is read. A language switch
retranslates the window (changeEvent, as MainWindow does).

The window is built from parts, one job each:

- here: the frame (header with the period, opened on the one the person chose last, toolbar,
  tabs, File menu, Help menu and F1: `ui.help_boxes`), refreshing the period's consolidation and
  completeness, publishing a catalogue update, the person's column widths kept (`ui.province_tables.ListTable`,
  `ui.preferences`), Tệp › Cài đặt… (who prepares and who signs the consolidated report, the
  lock's minutes: `ui.province_settings`), the PDF report's export refused while no signer is
  named;
- `ui.province_intake.IntakeTabs`: the "Reports sent" and "Files received" tabs, reading a
  folder of files; `ui.province_intake_stop`: a reading stopped and waited for before the window
  closes (asked first) or its person logs out;
- `ui.province_consolidation.ConsolidationTab`: the "Indicator summary" tab and the exports;
- `ui.province_charts.ChartsTab`: the "Charts" tab, the period's consolidation as charts; a
  unit chosen there is selected in "Reports sent" (`select_unit`);
- `ui.province_keys.KeysTab`: the "Signing keys" tab, the register of the units' keys and the
  period's unsigned files; a key confirmed or revoked, or an unsigned file accepted, makes
  the window consolidate again;
- `ui.province_labels`: the core's statuses, file classes and counts in the interface language;
- `ui.province_tables`: every list table of the window (Tab and Shift+Tab leave it, the row the
  keyboard is on is chosen) and Ctrl+Tab / Ctrl+Page Down (Ctrl+Shift+Tab / Ctrl+Page Up) from
  tab to tab wherever the focus is. Every button, tab, label of a field and File menu item has
  its Alt+letter, none twice among those in sight;
- `ui.announce.SpokenStatusBar`: each action's result the status bar shows (a folder read, a key
  confirmed, the list copied) said aloud to a screen reader too.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.consolidation import Completeness
from desktop_app.core.intake import vietnam_today, with_code
from desktop_app.core.periods import (
    Period,
    format_date,
    parse_period,
    receiving_period,
    term_periods,
)
from desktop_app.core.users import Permission
from desktop_app.pdfs_not_checked import kept_pdfs, refused_pdfs
from desktop_app.province import ProvinceOffice
from ui import i18n
from ui.actions import FAILED, run_action
from ui.announce import SpokenStatusBar
from ui.common import app_title
from ui.i18n import Retranslating
from ui.idle_lock import IdleLock
from ui.labels import period_name, signer_title_label
from ui.notices import WindowNotices
from ui.preferences import UserPreferences, apply_language, choose_language
from ui.province_backup import ProvinceBackups
from ui.province_charts import ChartsTab
from ui.province_consolidation import ConsolidationTab
from ui.province_intake import IntakeTabs
from ui.province_intake_stop import reading_may_end
from ui.province_keys import KeysTab
from ui.province_labels import completeness_text, issuer_text
from ui.province_tab_focus import letters_enter_pages
from ui.province_tables import FiguresLine, list_table, tab_keys
from ui.province_trust_roots import TrustRoots

WINDOW_SIZE = (1366, 768)


class ProvinceWindow(Retranslating, IntakeTabs, ConsolidationTab, WindowNotices, ProvinceBackups, TrustRoots,
                     QMainWindow):
    """`intake_done` carries the IntakeRun when a folder has been read (tests wait on it).

    As the commune's window: a red line when the history was changed outside the program,
    the failed automatic backup, who is logged in, and the lock after minutes without use
    (`ui.notices`, `ui.idle_lock`); `session` is the data folder's lock (ui.app.start).
    """

    intake_done = Signal(object)
    export_done = Signal(object)

    def __init__(self, workspace, today: dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.office = ProvinceOffice(workspace)
        self.today = today or vietnam_today()
        self.completeness: Completeness | None = None
        self.task = None
        self.session = None
        self.resize(*WINDOW_SIZE)
        self.setStatusBar(SpokenStatusBar())  # each action's result, shown there, said aloud too
        self._build_notices()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._header())
        outer.addWidget(self.tampering_label)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(self._toolbar())
        self.counts = FiguresLine()  # every count said in words: on two lines rather than past the screen
        self.counts.setStyleSheet("font-size: 13pt; font-weight: bold; padding: 4px 0;")
        layout.addWidget(self.counts)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._completeness_tab(), "")
        self.tabs.addTab(self._intake_tab(), "")
        self.tabs.addTab(self._summary_tab(), "")
        self.charts = ChartsTab(self.office)
        self.charts.unit_chosen.connect(self.select_unit)
        self.tabs.addTab(self.charts, "")
        self.keys_tab = KeysTab(self.office)
        self.keys_tab.changed.connect(self._keys_changed)
        # the folder of files refused for a key just confirmed, read again for their period (walk U5 F2)
        self.keys_tab.read_again.connect(lambda folder, period: (self.show_period(parse_period(period)),
                                                                 self.start_intake(proposed=folder)))
        self.tabs.addTab(self.keys_tab, "")
        layout.addWidget(self.tabs, 1)
        tab_keys(self, self.tabs)
        letters_enter_pages(self.tabs)  # Alt+letter: the tab shown, the keyboard in it
        outer.addWidget(body, 1)
        self.setCentralWidget(central)
        self._menus()
        self.idle_lock = IdleLock(self, workspace)
        self.idle_lock.lockChanged.connect(lambda locked: self.record_session(locked))
        self.idle_lock.loggedOut.connect(self.log_out)
        self.retranslate_static()
        self.refresh()
        for name, table in self.list_tables().items():
            table.widths_changed.connect(lambda name=name, table=table: self._save_widths(name, table))
        self._keep_column_widths()

    # --- building -------------------------------------------------------------------------
    def _header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        header.setStyleSheet("#header { background: #1f4e79; } #header QLabel { color: white; }")
        h = QHBoxLayout(header)
        h.setContentsMargins(12, 6, 12, 6)
        s = self.office.settings
        left = QVBoxLayout()
        title = QLabel(issuer_text(s.issuer))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.subtitle = QLabel()
        left.addWidget(title)
        left.addWidget(self.subtitle)
        h.addLayout(left, 1)
        right = QVBoxLayout()
        row = QHBoxLayout()
        self.period_label = QLabel()
        self.period_label.setStyleSheet("font-weight: bold;")
        self.period_box = QComboBox()
        for p in term_periods():
            self.period_box.addItem(self._period_text(p), p.code)
        self.period_box.setCurrentIndex(self.period_box.findData(self._opening_period().code))
        self.period_box.currentIndexChanged.connect(lambda _: self._period_chosen())
        self.period_label.setBuddy(self.period_box)
        row.addStretch(1)
        row.addWidget(self.period_label)
        row.addWidget(self.period_box)
        right.addLayout(row)
        self.deadline = QLabel()
        self.deadline.setAlignment(Qt.AlignmentFlag.AlignRight)
        right.addWidget(self.deadline)
        h.addLayout(right)
        return header

    def _opening_period(self) -> Period:
        """The period the window opens on for whoever is logged in: the period of a folder read
        since they last looked (`_read_since`), else the one they chose last (their preference,
        as in the commune window), else the one being received now. Opening on the period being
        received at every start showed a leader "Đã nhận 0/92" while they confirmed the 6-month
        keys, and a folder was read under the wrong period."""
        read = self._read_since()
        if read is not None:
            return read
        last = UserPreferences.of(self.workspace).last_period
        if last is not None and self.period_box.findData(last.code) >= 0:
            return last
        return receiving_period(self.today, self.office.settings.rules)

    def show_period(self, period: Period) -> None:
        """`period` and its figures shown, as if chosen in the list (remembered as this person's)."""
        index = self.period_box.findData(period.code)
        if index == self.period_box.currentIndex():
            self.refresh()
        else:
            self.period_box.setCurrentIndex(index)  # `_period_chosen`: remembered, and shown

    def _period_chosen(self) -> None:
        """Another period shown: remembered as this person's, and its figures shown."""
        UserPreferences.of(self.workspace).set_last_period(self.period)
        self.refresh()

    @staticmethod
    def _period_text(p: Period) -> str:
        """"6 tháng đầu năm 2026 (2026-6M)", but "Năm 2026", not "Năm 2026 (2026)" (walk 16, L4)."""
        return with_code(period_name(p), p.code)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.intake_button = QPushButton()
        self.intake_button.setStyleSheet("font-weight: bold; padding: 4px 10px;")
        self.intake_button.clicked.connect(lambda: self.start_intake())
        self.xlsx_button = QPushButton()
        self.xlsx_button.clicked.connect(lambda: self.start_export("xlsx"))
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.start_export("pdf"))
        self.dhis2_button = QPushButton()
        self.dhis2_button.clicked.connect(lambda: self.start_export("dhis2"))
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_missing)
        for b in (self.intake_button, self.xlsx_button, self.pdf_button, self.dhis2_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        return bar

    def _table(self, model, proxy=None) -> QTableView:
        """A list table of the window: Tab leaves it, the focus chooses its current row
        (`ui.province_tables`)."""
        return list_table(model, proxy)

    def _menus(self) -> None:
        """The File menu; its words are set by retranslate_static()."""
        self.file_menu = self.menuBar().addMenu("")
        self.intake_action = self.file_menu.addAction("", lambda: self.start_intake())
        self.xlsx_action = self.file_menu.addAction("", lambda: self.start_export("xlsx"))
        self.pdf_action = self.file_menu.addAction("", lambda: self.start_export("pdf"))
        self.print_action = self.file_menu.addAction("", lambda: self.print_summary())
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.summary_printer = None  # the last print, while it runs
        self.dhis2_action = self.file_menu.addAction("", lambda: self.start_export("dhis2"))
        self.file_menu.addSeparator()
        self.trust_action = self.file_menu.addAction("", lambda: self.import_trust_roots())
        self.publish_action = QAction(self)
        self.publish_action.triggered.connect(lambda: self.publish_catalog())
        self.file_menu.addAction(self.publish_action)
        self.file_menu.addSeparator()
        self._backup_menu()  # Sao lưu ra…, Khôi phục từ bản sao lưu… (ui/province_backup.py)
        # What the commune window has in Tệp › Cài đặt… and Quản trị for a person: who prepares and
        # who signs the report, the lock after minutes without use (ui/province_settings.py), the
        # interface language (each person's own, ui/preferences.py), their password, logging out.
        self.settings_action = self.file_menu.addAction("", lambda: self.open_settings())
        self.language_menu = self.file_menu.addMenu("")
        languages = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            action = self.language_menu.addAction("&" + name)  # untranslated: each in itself
            action.setCheckable(True)
            action.setData(code)
            languages.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
        # The accounts: the first run makes an administrator, who may not receive reports; the
        # officers who do are made here (the command line was the only way).
        self.accounts_action = self.file_menu.addAction("", lambda: self.open_accounts())
        self.change_password_action = self.file_menu.addAction("", lambda: self.change_password())
        self.log_out_action = self.file_menu.addAction("", lambda: self.log_out())
        self.file_menu.aboutToShow.connect(self._enable_account_actions)
        self.file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        # Trợ giúp: how the office receives, checks and consolidates (ui/help_boxes.py), on F1 too.
        self.help_menu = self.menuBar().addMenu("")
        self.help_action = self.help_menu.addAction("", lambda: self.show_help())
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)

    # --- language ---------------------------------------------------------------------------
    def retranslate_static(self) -> None:
        """Every fixed word of the window in the interface language (again after a switch)."""
        self.setWindowTitle(self.tr("{app} — province").format(app=app_title()))
        self.subtitle.setText(
            self.tr("Receiving and consolidating the reports of {count} communes and wards — "
                    "indicator catalogue {version}").format(count=len(self.office.catalog.communes),
                                                             version=self.office.catalog.version))
        self.period_label.setText(self.tr("Reporting &period:"))
        self.period_box.setAccessibleName(self.tr("Reporting period"))
        for i in range(self.period_box.count()):
            self.period_box.setItemText(i, self._period_text(parse_period(self.period_box.itemData(i))))
        self.counts.setAccessibleName(self.tr("Units that have sent"))
        # each table named for a screen reader, which said only "table" (walk U26 F3)
        self.table.setAccessibleName(self.tr("Reports sent by the units"))
        self.intake_table.setAccessibleName(self.tr("Results of the files received"))
        self.summary_table.setAccessibleName(self.tr("Indicator summary"))
        self.differences_table.setAccessibleName(self.tr("Differences between the units' files and the "
                                                         "province's results"))
        # Alt+letter: one letter each among the words always in sight (menu, header, buttons,
        # tabs), the tabs' own controls another letter each (tests/province/test_province_keyboard.py)
        self.intake_button.setText(self.tr("&Receive reports from a folder…"))
        self.xlsx_button.setText(self.tr("Export &Excel summary table…"))
        self.pdf_button.setText(self.tr("Export P&DF report…"))
        self.dhis2_button.setText(self.tr("Export DHIS2 / AD&X…"))
        self.copy_button.setText(self.tr("&Copy the list of units not yet sent"))
        self.copy_button.setToolTip(
            self.tr("The names of the communes and wards that have not sent, to paste into a reminder e-mail"))
        self.tabs.setTabText(0, self.tr("Reports &sent"))
        self.tabs.setTabText(1, self.tr("Files recei&ved"))
        self.tabs.setTabText(2, self.tr("Indicator s&ummary"))
        self.tabs.setTabText(self.tabs.indexOf(self.charts), self.tr("C&harts"))
        self.tabs.setTabText(self.tabs.indexOf(self.keys_tab), self.tr("Signing &keys"))
        self._retranslate_intake_tabs()
        self.file_menu.setTitle(self.tr("&File"))
        self.intake_action.setText(self.tr("&Receive reports from a folder…"))
        self.xlsx_action.setText(self.tr("Export &Excel summary table…"))
        self.pdf_action.setText(self.tr("Export P&DF report…"))
        self.print_action.setText(self.tr("Print the s&ummary report…"))
        self.print_action.setStatusTip(self.tr("Preview and print the consolidated PDF report of the period shown, "
                                               "as it is exported"))
        self.dhis2_action.setText(self.tr("Export DHIS2 / AD&X…"))
        self.publish_action.setText(self.tr("&Publish an indicator catalogue update…"))
        self.trust_action.setText(self.tr("&Import trusted root certificates…"))
        self.trust_action.setStatusTip(self.tr("The certificates the reports' digital signatures are checked "
                                               "against (the government CA's root and intermediates)"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.settings_action.setStatusTip(self.tr("Who prepares and who signs the consolidated report; when the "
                                                  "window locks itself after minutes without use"))
        self.language_menu.setTitle(self.tr("Interface &language"))
        for action in self.language_menu.actions():
            action.setChecked(action.data() == i18n.current_language())
        self.accounts_action.setText(self.tr("&Accounts…"))
        self.accounts_action.setStatusTip(self.tr("The people who use the program here: officers receive the "
                                                  "reports, leaders confirm the keys, the administrator makes "
                                                  "the accounts"))
        self.change_password_action.setText(self.tr("Change my pass&word…"))
        self.log_out_action.setText(self.tr("Log ou&t"))
        # Its letter is none of the window's in sight (C&harts, Tổn&g hợp: test_province_help.py).
        self.help_menu.setTitle(self.tr("He&lp"))
        self.help_action.setText(self.tr("&How reports are received and consolidated"))
        self._retranslate_backups()  # letters none of the items above has
        self._retranslate_notices()

    def retranslate(self) -> None:
        self.retranslate_static()
        self.statusBar().clearMessage()  # a message of the old language
        for model in (self.model, self.intake_model, self.summary_model, self.differences_model):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0),
                                       model.index(model.rowCount() - 1, model.columnCount() - 1))
        self._show_completeness()
        self._retranslate_differences()
        self._retranslate_term_end()

    def show_help(self):
        """Trợ giúp › Cách nhận và tổng hợp báo cáo (F1)."""
        from ui.help_boxes import show_province_help

        return show_province_help(self)

    # --- the person's own: language, password, logging out ---------------------------------
    def choose_language(self, language: str) -> None:
        """Tệp › Ngôn ngữ giao diện: remembered for this person, the window retranslated at once."""
        choose_language(self.workspace, language)

    def open_settings(self):
        """Tệp › Cài đặt…: who prepares and who signs the consolidated report, and the lock's
        minutes, this computer's, as the commune window's Settings; the lock waits the new time
        from now on."""
        from ui.idle_lock import lock_minutes
        from ui.province_settings import ProvinceSettingsDialog

        dialog = ProvinceSettingsDialog(self.workspace, self, office=self.office)
        if dialog.exec():
            self.idle_lock.set_minutes(lock_minutes())
        return dialog

    def start_export(self, kind: str, path: str | Path | None = None):
        """The consolidated files (`ConsolidationTab.start_export`); the PDF report only once its
        signer is named: it ends with the signer's title and name, and a title with nothing under
        it went to the province's leaders (`_signer_named`)."""
        if kind == "pdf" and not self._signer_named():
            return None
        return super().start_export(kind, path)

    def print_summary(self):
        """Tệp › In báo cáo tổng hợp… (Ctrl+P): the period's consolidated PDF, exported afresh, in a
        print preview (`ui.province_print`); what would stop its export is said first, as for it."""
        from ui.province_print import SummaryPrinter

        if self.summary_printer is not None and self.summary_printer.busy:
            return self.summary_printer
        if not self._signer_named() or not self._may_export("pdf"):
            return None
        self.summary_printer = SummaryPrinter(self, self.office, self.period)
        self.summary_printer.start()
        return self.summary_printer

    def _signer_named(self) -> bool:
        """Whether the PDF report has its signer's name; when not, said before anything is asked
        or written, naming Tệp › Cài đặt…, which "Cài đặt…" opens for whoever may change it (the
        export goes on once the name is saved); anybody else is told to ask the administrator."""
        settings = self.office.settings
        if settings.signer:
            return True
        may = self.workspace.may(Permission.SETTINGS)
        words = (self.tr("The report has no signer's name: its last page would end with \"{title}\" and nothing "
                         "under it. Type the signer's full name in File › Settings… (the Settings… button opens it); "
                         "the report is written once it is saved.") if may else
                 self.tr("The report has no signer's name: its last page would end with \"{title}\" and nothing "
                         "under it. Ask the administrator to type the signer's full name in File › Settings…, "
                         "then export again."))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export PDF report"),
                          words.format(title=signer_title_label(settings.signer_title)),
                          QMessageBox.StandardButton.NoButton, self)
        open_settings = box.addButton(self.tr("&Settings…"), QMessageBox.ButtonRole.ActionRole) if may else None
        close = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_settings or close)
        box.setEscapeButton(close)
        box.exec()
        if open_settings is None or box.clickedButton() is not open_settings:
            return False
        self.open_settings()
        return bool(self.office.settings.signer)

    def _enable_account_actions(self) -> None:
        account = self.workspace.account
        logged_in = account is not None
        self.accounts_action.setEnabled(logged_in and account.can(Permission.MANAGE_USERS))
        self.change_password_action.setEnabled(logged_in)
        self.log_out_action.setEnabled(logged_in)

    def open_accounts(self):
        """Tệp › Tài khoản…: the administrator adds, resets and locks accounts, as in the
        commune window's Quản trị menu."""
        from ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.workspace, self, province=True)
        dialog.exec()
        return dialog

    def change_password(self):
        """Tệp › Đổi mật khẩu…: the logged-in person's own password, with the old one."""
        from ui.login_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.workspace, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Your password is changed."), 10_000)
        return dialog

    # --- who is logged in -----------------------------------------------------------------
    def record_session(self, locked: bool = False) -> None:
        if self.session is not None:
            self.session.record(self.workspace.account, locked=locked)

    def log_out(self) -> bool:
        """Tệp › Đăng xuất, and "Log out" on the lock: the login dialog asks who comes next; closing it
        closes the program. A folder being read is stopped first, and waited for (`reading_may_end`)."""
        reading_may_end(self, ask=False)
        self.workspace.logout()
        self.record_session()
        self.show_account()
        if not self.idle_lock.ask_next_person():
            return False
        apply_language(self.workspace)  # the next person's own, or Vietnamese: as the commune window's login
        self.record_session()
        self.show_account()
        self._keep_column_widths()  # the next person's own
        self.period_box.setCurrentIndex(self.period_box.findData(self._opening_period().code))  # theirs too
        return True

    def closeEvent(self, event) -> None:
        if not reading_may_end(self, ask=True):  # a folder being read: asked, stopped and waited for
            event.ignore()
            return
        self.idle_lock.timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event) -> None:
        """Back in the window (from a command prompt: `chitieu keys confirm …`, another window): what was
        decided or received meanwhile is shown, the files read included, on the period of a folder read
        (SQLite's data version: a cheap check). Not while this window's own reading runs: its end shows
        everything."""
        if (event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self.restored
                and not (self.task is not None and self.task.running) and self.workspace.changed_elsewhere()):
            self.show_period(self._read_since() or self.period)  # a folder read meanwhile: its period
            self._intake_rows_follow_register()
        super().changeEvent(event)

    # --- the columns' widths, the person's own ---------------------------------------------
    def list_tables(self) -> dict:
        """Every list table of the window, by the name its widths are kept under."""
        return {"reports_sent": self.table, "files_received": self.intake_table,
                # "indicator_summary" held the widths before the counts' column "Chưa nhập" came
                # before the share: kept under it, the share's and the total's would land one column off
                "indicator_summary_2": self.summary_table, "differences": self.differences_table,
                # "signing_keys" held the widths of the list before its "Tệp đầu tiên" column went
                # into a tooltip: kept under it, each would land one column off
                "signing_keys_2": self.keys_tab.table, "unsigned_files": self.keys_tab.unsigned_table}

    def _keep_column_widths(self) -> None:
        """The widths the logged-in person gave the columns (kept in their preferences, across
        refreshes and restarts); each one they set from now on is kept too."""
        prefs = UserPreferences.of(self.workspace)
        for name, table in self.list_tables().items():
            table.keep_widths(prefs.column_widths(name))

    def _save_widths(self, name: str, table) -> None:
        UserPreferences.of(self.workspace).set_column_widths(name, table.user_widths)

    # --- state ----------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return parse_period(self.period_box.currentData())

    def refresh(self) -> None:
        p = self.period
        con = run_action(self, self.office.consolidation, p)  # holds the period's completeness too
        if con is FAILED:
            return
        self.completeness, summaries = con.completeness, con.summaries
        self.model.signatures = kept_pdfs(self.office, p)
        self.model.unchecked = refused_pdfs(self.office, p, self.completeness.units)
        self.model.set_rows(self.completeness.units)
        self.summary_model.period = con.period  # names a term total's running total (`running_words`)
        self.summary_model.set_rows(summaries[i.code] for i in self.office.catalog.indicators)
        self.charts.show_consolidation(con)
        self._show_differences(con)
        self._show_term_end(con)  # 2030: the paper's title and what its verdicts judge, above the summary
        self.keys_tab.show_period(p)
        self._show_period_run()  # the lines of the last folder read for it, wherever it was read
        self._show_completeness()

    def _keys_changed(self, message: str) -> None:
        """A key confirmed or revoked, an unsigned file accepted: what counts has changed, and what
        the files read say they count as (`_intake_rows_follow_register`)."""
        self.refresh()
        self._intake_rows_follow_register()
        self.statusBar().showMessage(message, 10000)

    def _show_completeness(self) -> None:
        if self.completeness is None:
            return
        self.counts.setText(completeness_text(self.completeness) + ".")
        self.deadline.setText(self.tr("Report deadline: {date}").format(
            date=format_date(self.completeness.deadline)))

    def select_unit(self, code: str) -> None:
        """A unit chosen on the charts: its row selected in "Reports sent", shown even when
        the search or the status filter hid it."""
        row = next((i for i, u in enumerate(self.model.rows) if u.code == code), None)
        if row is None:
            return
        if not self.proxy.mapFromSource(self.model.index(row, 0)).isValid():
            self.search.clear()
            self.status_box.setCurrentIndex(0)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.tabs.setCurrentIndex(0)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def publish_catalog(self, version: str | None = None, path: str | None = None) -> str | None:
        from ui.catalog_update_dialog import publish_catalog_update

        written = publish_catalog_update(self, self.workspace, version, path)
        if written:
            # The box before this named the whole path and the cover note; the line keeps the
            # version and the file's name, which 1366 px shows whole (the folder cut them off).
            self.statusBar().showMessage(self.tr("Published indicator catalogue {version}: {file}").format(
                version=self.office.catalog.version, file=Path(written).name), 10000)
            self.retranslate_static()  # the subtitle names the catalogue's version
            self.refresh()
        return written
