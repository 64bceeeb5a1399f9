"""Tệp › Cài đặt… of the province window: when the window locks itself on this computer.

The same setting as in the commune window's Tệp › Cài đặt… (`ui.setup_dialog`): the minutes
without a key or a mouse movement before the window asks the password again (0: never),
asked and kept by the same box as there (`ui.idle_lock.LockMinutesBox`, QSettings key
`security/lock_minutes`) and applied at once by the window (`IdleLock.set_minutes`). As
there, it is this computer's, changed by whoever may change the unit's settings (an
Administrator; anybody in a database without accounts), read-only for the others; the
interface language, each person's own, is in Tệp › Ngôn ngữ giao diện. Keyboard: the minutes
have the focus, Enter saves, Escape cancels.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.users import Permission
from ui.idle_lock import LockMinutesBox


class ProvinceSettingsDialog(QDialog):
    """The lock's minutes (`minutes`), saved by Save when they changed."""

    def __init__(self, workspace, parent: QWidget | None = None, ui_settings: QSettings | None = None):
        super().__init__(parent)
        self.ui_settings = ui_settings  # QSettings() by default, as ui.setup_dialog
        self.editable = workspace.may(Permission.SETTINGS)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)  # minutes, not a line
        self.minutes = LockMinutesBox(self.ui_settings)
        form.addRow(self.minutes.label, self.minutes)
        layout.addLayout(form)
        self.note = QLabel(self.tr(
            "Without a key pressed or the mouse moved for this long, the window hides the figures and asks the "
            "password again. A setting of this computer, for everyone who uses the program on it."))
        if not self.editable:
            self.note.setText(self.note.text() + " " + self.tr("Only an Administrator changes it."))
            self.minutes.setEnabled(False)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.editable:
            self.minutes.setFocus()
            self.minutes.selectAll()  # typed minutes replace those shown
        else:  # nothing to save: Enter and Escape close it
            self.save_button.setEnabled(False)
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def accept(self) -> None:
        if self.editable:
            self.minutes.save()
        super().accept()
