"""Starting the window: the QApplication and the main window on the default database."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from desktop_app.services import Workspace


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        title = "Chỉ tiêu xã"
        if workspace.is_set_up:
            title += f" — {workspace.commune.name}"
        self.setWindowTitle(title)
        label = QLabel(title)
        self.setCentralWidget(label)
        self.resize(1366, 768)


def run_gui(data_dir=None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    ws = Workspace.open(data_dir)
    window = MainWindow(ws)
    window.show()
    try:
        return app.exec()
    finally:
        ws.close()
