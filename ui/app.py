"""Starting the window: the QApplication, the data folder claimed for this window alone, the
database check, the login, the first-run setup, then the main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop_app.core.errors import DataFolderReadOnly, StorageFailed
from desktop_app.core.users import Permission
from desktop_app.core.vietnam_time import shown
from desktop_app.data_folder import DB_NAME, default_data_dir
from desktop_app.services import Workspace
from ui.actions import FAILED, run_action
from ui.common import app_title, error_text, install_excepthook, setup_font
from ui.i18n import current_language, translate
from ui.instance import DataFolderLock, Session
from ui.keyboard import MessageBoxLetters
from ui.main_window import WINDOW_SIZE, MainWindow
from ui.plain_text import PlainTooltips
from ui.preferences import apply_language, keep_language
from ui.restore_undid_box import follow_logins
from ui.setup_dialog import SetupDialog, log_in_to_choose_unit
from ui.unbroken_paths import UnbrokenPaths

__all__ = ["MainWindow", "create_application", "run_gui", "start"]


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with a font that draws Vietnamese, the icon, and the interface language
    (the one saved on this computer, Vietnamese by default; reused when one exists)."""
    from ui.i18n import install_language, saved_language
    from ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName("chitieu")  # QSettings: HKCU\Software\chitieu\chitieu, ~/.config/chitieu/
    app.setApplicationName("chitieu")
    # No applicationDisplayName: Qt would add it to every window title, and the main window's
    # already starts with the program's name ("Chỉ tiêu xã, phường — Xã Tân Cương").
    app.setWindowIcon(app_icon())
    setup_font(app)
    if not app.findChildren(MessageBoxLetters):  # once, however often this is called
        app.installEventFilter(MessageBoxLetters(app))  # no letter answers a question box
        app.installEventFilter(PlainTooltips(app))  # a file's words in a tooltip are not HTML
        app.installEventFilter(UnbrokenPaths(app))  # no line of a box ends at "Tệp ›"
    install_language(language or saved_language())
    return app


def start(workspace: Workspace, login: bool = True, session: DataFolderLock | None = None):
    """Login (or create the first administrator), first-run setup, then the main window, and
    what the officer must know at once (a history changed outside the program, a wrong clock).

    None when the officer closed one of the dialogs (the app then quits). `session` is the
    data folder's lock, told who is logged in.
    """
    mode = None
    while True:
        officer_login = None
        if login:
            from ui.login_dialog import ensure_login

            accepted = ensure_login(workspace)
            if not accepted:
                return None
            # The first run's "I also do the officer's work": the same person goes on as the officer
            # once the unit is set up (setting it up is the administrator's).
            officer_login = getattr(accepted, "officer_login", None)
            if hasattr(accepted, "officer_login"):  # the first run: the account made in this language, kept
                keep_language(workspace, current_language())
            apply_language(workspace)
        from ui.mode_dialog import choose_mode

        mode = mode or choose_mode(workspace)  # a new database asks once: commune or province office
        if mode is None:
            return None
        if mode == "province" or workspace.is_set_up or workspace.may(Permission.SETTINGS):
            break
        # The unit not chosen, by an account that may not choose it (the officer's, the first
        # run's setup left): who may is said, and the login asked again (or the program quits); the
        # commune just chosen is not asked again.
        if not log_in_to_choose_unit(workspace):
            return None
        workspace.logout()
        login = True

    def go_on_as_officer() -> None:
        if officer_login is not None:
            language = current_language()  # the administrator's, the same person's
            run_action(None, officer_login, title=translate("app", "Could not log in"))
            keep_language(workspace, language)
            apply_language(workspace)

    if mode == "province":
        from ui.province_window import ProvinceWindow

        go_on_as_officer()  # the officer receives the reports
        window = ProvinceWindow(workspace)
    else:
        if not workspace.is_set_up:
            if SetupDialog(workspace, first_run=True).exec() != QDialog.DialogCode.Accepted:
                return None
        go_on_as_officer()
        window = MainWindow(workspace)
        plug_exports(window)
    window.session = session
    show_fitted(window)
    window.record_session()
    check_at_start(window, workspace)
    return window


def show_fitted(window: QWidget) -> None:
    """Maximized on a screen no larger than the window's size (a 1366×768 laptop: the window
    is laid out to fit it, and a title bar and a taskbar leave less), else at that size."""
    available = window.screen().availableGeometry()
    if available.width() <= WINDOW_SIZE[0] or available.height() <= WINDOW_SIZE[1]:
        window.showMaximized()
    else:
        window.show()


def check_at_start(window, workspace: Workspace) -> None:
    """After the login: whether the history and the records still agree (a change made outside
    the program is named), whether the computer's clock is behind the recorded changes, and what a
    restore undid of the work of the person logged in (at each login after too: ui/restore_undid_box.py)."""
    from desktop_app.backups import clock_behind

    problems = run_action(window, workspace.verify_history,
                          title=translate("app", "Could not check the history"), reads=True)
    if problems is not FAILED:
        window.show_tampering(problems)
    clock = run_action(window, clock_behind, workspace, title=translate("app", "Could not read the clock"),
                       reads=True)
    if clock and clock is not FAILED:
        window.clock_warning(clock)
    if hasattr(window, "notice_box") and hasattr(window, "changes"):  # what a restore undid of this person's work
        follow_logins(window)


def plug_exports(window: MainWindow) -> None:
    """The exports' "Xuất báo cáo…" in Tệp, acting on the period the window shows."""
    from ui.export_dialog import add_export_action

    window.add_export_action(add_export_action(window, None, lambda: window.workspace, lambda: window.period))


def claim_data_folder(folder: Path, parent: QWidget | None = None) -> DataFolderLock | None:
    """The data folder for this window alone. None when another window has it open (said so,
    naming who is logged in there); a folder that cannot be written is not refused here
    (the database check says so)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # the database check names the folder and why
    lock = DataFolderLock(folder)
    if lock.acquire() or not lock.held_elsewhere:
        return lock
    box = QMessageBox(QMessageBox.Icon.Information, app_title(), already_open_text(folder, lock.holder()),
                      QMessageBox.StandardButton.Close, parent)
    box.exec()
    return None


def already_open_text(folder: Path, holder: Session | None) -> str:
    from desktop_app.core.users import Role
    from ui.labels import role_label

    text = translate("app", "The program is already open with this data folder:") + f"\n{folder}\n\n"
    if holder is not None and holder.username:
        role = role_label(Role(holder.role)) if holder.role in {r.value for r in Role} else (holder.role or "")
        since = shown(holder.since) if holder.since else ""  # Vietnam time (core.vietnam_time)
        text += translate("app", "Logged in there: {name} ({user}, {role}) since {since}.").format(
            name=holder.full_name, user=holder.username, role=role, since=since)
        if holder.locked:
            text += " " + translate("app", "Its screen is locked.")
        text += "\n\n"
    elif holder is not None:
        text += translate("app", "Nobody is logged in there yet: its login window is open.") + "\n\n"
    return text + translate("app", "Use the window that is open (look for it in the taskbar). One window at a time "
                                   "works on a data folder.")


def run_gui(data_dir=None) -> int:
    """The window's life: the data folder claimed, the database checked (a damaged one may be
    restored), the automatic backups, the login and the main window, until it closes. A
    restore from the window's menu opens it again on the restored database, with a login
    (the restored accounts may differ), the data folder kept claimed throughout."""
    app = create_application()
    install_excepthook()
    folder = Path(data_dir) if data_dir else default_data_dir()
    lock = claim_data_folder(folder)
    if lock is None:
        return 1
    try:
        from ui.backup_actions import offer_restore_at_start

        if not offer_restore_at_start(folder / DB_NAME):
            return 1
        note = None  # what a restore from the province window took back, said once it is open again
        while True:
            window, code = _session(app, folder, lock, note)
            if not _restored(window):
                return code
            note = getattr(window, "restored_note", None)
    finally:
        lock.release()


def _session(app: QApplication, folder: Path, lock: DataFolderLock, note=None) -> tuple[QWidget | None, int]:
    """One opening of the database, from the login until the window closes: the window (None
    when a dialog before it was closed) and the exit code. The backup at close is not taken
    after a restore: the database the window read is closed and replaced, and the restored
    one is backed up when it is opened again."""
    try:
        ws = Workspace.open(folder)
    except (DataFolderReadOnly, StorageFailed) as err:  # a folder that cannot be made or written: not a bug
        cannot_open(err)
        return None, 1
    automatic = AutomaticBackups(ws)
    window = None
    try:
        window = start(ws, session=lock)
        if window is None:
            return None, 0
        automatic.show_in(window)
        if note:  # after a restore at the province: once, when its window is open again (walk U10 F2)
            from ui.province_backup import say_taken_back

            QTimer.singleShot(0, lambda: say_taken_back(window, note))
        return window, app.exec()
    finally:
        automatic.stop()
        if _restored(window):
            window.deleteLater()  # its idle lock's filter and widgets go with it, not left for the day
        else:
            automatic.run(window.workspace if window is not None else ws, "dong")
        ws.close()


def cannot_open(err: Exception, parent: QWidget | None = None) -> None:
    """The data folder cannot be made or written at start (walk U9 F7: a folder that could not be
    created reached the error hook, "Không thực hiện được", with the command line's --data-dir):
    said as the check before opening says a read-only one (ui/backup_actions.offer_restore_at_start),
    in the window's words (`error_text`: which folder, why, what to do), and the program closes."""
    box = QMessageBox(QMessageBox.Icon.Critical, translate("backup_actions", "The data folder cannot be written"),
                      error_text(err), QMessageBox.StandardButton.Close, parent)
    box.setInformativeText(translate("backup_actions", "The program will close; nothing was changed."))
    box.exec()


def _restored(window: QWidget | None) -> bool:
    """Whether the window closed because a restore replaced its database (MainMenus.restore,
    ui/province_backup.py's ProvinceBackups.restore)."""
    return bool(getattr(window, "restored", False))


class AutomaticBackups:
    """A backup at start, then one a day while the app stays open (and one at close). A
    failure never stops the officer from working: it is shown in the window (a status bar
    line, and a box once a session), and logged on stderr."""

    DAY_MS = 24 * 60 * 60 * 1000

    def __init__(self, workspace: Workspace):
        self.window = None
        self.failure: str | None = None
        self.run(workspace, "mo")
        self.timer = QTimer()
        self.timer.setInterval(self.DAY_MS)
        self.timer.timeout.connect(
            lambda: self.run(self.window.workspace if self.window is not None else workspace, "ngay"))
        self.timer.start()

    def show_in(self, window) -> None:
        """From now on failures are shown in `window` (one before it existed, at once)."""
        self.window = window
        if self.failure:
            window.backup_failed(self.failure)

    def run(self, workspace: Workspace, moment: str) -> None:
        from desktop_app.backups import auto_backup

        try:
            auto_backup(workspace, moment)
        except Exception as err:  # noqa: BLE001 - disk full, USB folder gone: keep working
            self.failure = error_text(err)
            print(f"Sao lưu tự động không thực hiện được: {self.failure}", file=sys.stderr)  # untranslated: a log line
            if self.window is not None and moment != "dong":
                self.window.backup_failed(self.failure)
            return
        self.failure = None
        if self.window is not None and moment != "dong":
            self.window.backup_done()

    def stop(self) -> None:
        self.timer.stop()
