"""Starting the window: the QApplication, the database check, the login, the first-run setup,
then the main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.services import DB_NAME, Workspace, default_data_dir
from ui.common import APP_NAME, install_excepthook, setup_font
from ui.main_window import MainWindow
from ui.setup_dialog import SetupDialog

__all__ = ["MainWindow", "create_application", "run_gui", "start"]


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with a font that draws Vietnamese, the icon, and the interface language
    (the one saved on this computer, Vietnamese by default; reused when one exists)."""
    from ui.i18n import install_language, saved_language
    from ui.icons import app_icon

    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setOrganizationName("chitieu")  # QSettings: HKCU\Software\chitieu\chitieu, ~/.config/chitieu/
    app.setApplicationName("chitieu")
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    setup_font(app)
    install_language(language or saved_language())
    return app


def start(workspace: Workspace, login: bool = True) -> MainWindow | None:
    """Login (or create the first administrator), first-run setup, then the main window.

    None when the officer closed one of the dialogs (the app then quits).
    """
    if login:
        from ui.login_dialog import ensure_login

        if not ensure_login(workspace):
            return None
    from ui.mode_dialog import choose_mode

    mode = choose_mode(workspace)  # a new database asks once: commune or province office
    if mode is None:
        return None
    if mode == "province":
        from ui.province_window import ProvinceWindow

        window = ProvinceWindow(workspace)
        window.show()
        return window
    if not workspace.is_set_up:
        if SetupDialog(workspace, first_run=True).exec() != QDialog.DialogCode.Accepted:
            return None
    window = MainWindow(workspace)
    plug_exports(window)
    window.show()
    return window


def plug_exports(window: MainWindow) -> None:
    """The exports' "Xuất báo cáo…" in Tệp, acting on the period the window shows."""
    from ui.export_dialog import add_export_action

    window.add_export_action(add_export_action(window, None, lambda: window.workspace, lambda: window.period))


def run_gui(data_dir=None) -> int:
    app = create_application()
    install_excepthook()
    folder = Path(data_dir) if data_dir else default_data_dir()
    db_path = folder / DB_NAME
    if db_path.exists():
        from ui.backup_actions import offer_restore_at_start

        if not offer_restore_at_start(db_path):
            return 0
    ws = Workspace.open(folder)
    daily = _automatic_backups(ws)
    window = None
    try:
        window = start(ws)
        if window is None:
            return 0
        return app.exec()
    finally:
        daily.stop()
        _auto_backup(window.workspace if window is not None else ws, "dong")
        ws.close()


def _auto_backup(workspace: Workspace, moment: str) -> None:
    """An automatic backup must never stop the officer from working: a failure is only logged."""
    from desktop_app.backups import auto_backup

    try:
        auto_backup(workspace, moment)
    except Exception as err:  # noqa: BLE001 - disk full, USB folder gone: keep working
        print(f"Sao lưu tự động không thực hiện được: {err}", file=sys.stderr)  # untranslated: a log line


def _automatic_backups(workspace: Workspace):
    """A backup at start, then one a day while the app stays open (and one at close)."""
    from PySide6.QtCore import QTimer

    _auto_backup(workspace, "mo")
    timer = QTimer()
    timer.setInterval(24 * 60 * 60 * 1000)
    timer.timeout.connect(lambda: _auto_backup(workspace, "ngay"))
    timer.start()
    return timer
