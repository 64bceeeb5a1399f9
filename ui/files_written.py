"""The box that says which files were just written, and opens them.

Shared by the commune's "Xuất báo cáo…" (`ui.export_dialog.ExportDoneDialog`, which adds its
own words and "Gửi cho tỉnh…") and the province's summary exports
(`ui.province_consolidation`), where a status-bar line for ten seconds was missed and cut a
long folder at 1366 px. The folder is named once, then each file by its name; "Mở tệp" and
"Mở thư mục" ask the system's own program (`QDesktopServices`), and the box says so when
this computer has none. Enter and Escape close it; Space presses the button with the focus.
Its words have their own context ("FilesWrittenDialog", written out for lupdate), whichever
subclass shows them.
"""
from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from ui.i18n import translate
from ui.keyboard import one_default


class FilesWrittenDialog(QDialog):
    """`paths` written into `folder`; `open_file` is what the first button opens (disabled when
    None), `open_text` its words ("Mở tệp" unless given). The caller sets the title, the words
    around the list (`say`) and any button of its own (`add_button`)."""

    def __init__(self, folder: Path, paths: Sequence[Path], open_file: Path | None,
                 parent: QWidget | None = None, *, open_text: str = ""):
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.folder, self.paths = Path(folder), [Path(p) for p in paths]
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.say()
        self.buttons = QDialogButtonBox()
        self.open_file_button = self.add_button(open_text or translate("FilesWrittenDialog", "&Open the file"))
        self.open_folder_button = self.add_button(translate("FilesWrittenDialog", "Open the &folder"))
        self.close_button = self.buttons.addButton(translate("FilesWrittenDialog", "&Close"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.open_file_button.setEnabled(open_file is not None)
        self.open_file_button.clicked.connect(lambda: self._open(open_file))
        self.open_folder_button.clicked.connect(lambda: self._open(self.folder))
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter closes: a box that opened while someone typed opens nothing by mistake.
        one_default(self.close_button, self)

    def say(self, before: str = "", after: str = "") -> None:
        """The folder once and each file's name, with rich text `before` and `after` them."""
        files = "".join(f"<li>{escape(p.name)}</li>" for p in self.paths)
        folder = translate("FilesWrittenDialog", "Folder: {folder}").format(folder=escape(str(self.folder)))
        self.message.setText(f"{before}<p>{folder}</p><ul>{files}</ul>{after}")

    def add_button(self, text: str) -> QPushButton:
        """One more button, after those added before it and before "Đóng"."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)  # Enter stays "Đóng"'s (ui.keyboard.one_default)
        return button

    def _open(self, path: Path) -> None:
        """The system's program for `path`; when there is none, the box names the file by its
        path, as the folder window shows it (not "file:///")."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(self, translate("FilesWrittenDialog", "Could not open"),
                                translate("FilesWrittenDialog", "This computer has no program to open:\n{url}").format(
                                    url=path))
