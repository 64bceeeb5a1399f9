"""Starting the window: the QApplication, the first-run setup, then the main window."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.services import Workspace
from ui.common import APP_NAME, install_excepthook, setup_font
from ui.main_window import MainWindow
from ui.setup_dialog import SetupDialog

__all__ = ["MainWindow", "create_application", "run_gui", "start"]


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with a font that draws Vietnamese (reused when one exists)."""
    app = QApplication.instance() or QApplication(sys.argv if argv is None else argv)
    app.setApplicationName("chitieu")
    app.setApplicationDisplayName(APP_NAME)
    setup_font(app)
    return app


def start(workspace: Workspace) -> MainWindow | None:
    """First run asks for the unit and the people; None if the officer closed that dialog."""
    if not workspace.is_set_up:
        if SetupDialog(workspace, first_run=True).exec() != QDialog.DialogCode.Accepted:
            return None
    window = MainWindow(workspace)
    window.show()
    return window


def run_gui(data_dir=None) -> int:
    app = create_application()
    install_excepthook()
    ws = Workspace.open(data_dir)
    try:
        window = start(ws)
        if window is None:
            return 0
        return app.exec()
    finally:
        ws.close()
