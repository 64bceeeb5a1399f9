"""First run on a new database: a commune or ward, or the province office?

Words are English behind self.tr() (Vietnamese through chitieu_vi.ts); a language switch
retranslates the dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.database_mode import MODE_COMMUNE, MODE_PROVINCE, mode_of
from ui import colours
from ui.colours import Meaning
from ui.common import app_title
from ui.keyboard import one_default


class ModeDialog(QDialog):
    """Two choices, commune first (92 of the 93 installations are communes)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        # A radio button's text never wraps: a short name on the button, the explanation
        # in a wrapping label under it, so nothing is cut off on a small screen.
        self.commune = QRadioButton()
        self.province = QRadioButton()
        self.commune_text = QLabel()
        self.province_text = QLabel()
        self.commune.setChecked(True)
        group = QButtonGroup(self)
        for b, text in ((self.commune, self.commune_text), (self.province, self.province_text)):
            group.addButton(b)
            layout.addWidget(b)
            text.setWordWrap(True)
            text.setContentsMargins(24, 0, 0, 6)
            text.setBuddy(b)
            layout.addWidget(text)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(colours.style(Meaning.NOTE, self.note))
        layout.addWidget(self.note)
        # Our own buttons, not Ok/Cancel: the box would reset standard buttons' words on a language switch.
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter continues, also after Tab went over "Quit" (Enter or Space on "Quit" presses it).
        one_default(self.continue_button, self)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the dialog in the interface language (again after a switch)."""
        self.setWindowTitle(self.tr("Choose how this computer is used"))
        self.intro.setText(self.tr("<b>Welcome to {app}.</b><br>What will this computer be used for?")
                           .format(app=app_title()))
        self.commune.setText(self.tr("Commune or &ward"))
        self.province.setText(self.tr("&Province office"))
        self.commune_text.setText(
            self.tr("Enter the indicator results, print the report and send the file to the province."))
        self.province_text.setText(
            self.tr("Receive the report files of the 92 communes and wards, check and consolidate them, "
                    "update the indicator catalogue."))
        self.note.setText(
            self.tr("The province mode uses its own database, holding none of the communes' and wards' entered "
                    "figures. This choice is recorded; later starts do not ask again."))
        self.continue_button.setText(self.tr("&Continue"))
        self.quit_button.setText(self.tr("&Quit"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def mode(self) -> str:
        return MODE_PROVINCE if self.province.isChecked() else MODE_COMMUNE


def choose_mode(workspace, parent: QWidget | None = None) -> str | None:
    """The database's mode, asking once when it is new (the province then says which accounts its
    work needs: `ui.province_first_run`); None if the officer closed a dialog."""
    mode = mode_of(workspace.store)
    if mode is not None:
        return mode
    dialog = ModeDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    if dialog.mode == MODE_PROVINCE:
        # imported here: the province's writers (openpyxl, reportlab) cost a commune's start half a second.
        # The accounts the province's tasks need, before its window refuses the administrator one of them;
        # the mode is recorded by its Continue (Quit: asked again at the next start).
        from ui.province_first_run import ProvinceFirstRunDialog

        if ProvinceFirstRunDialog(workspace, parent).exec() != QDialog.DialogCode.Accepted:
            return None
    return dialog.mode
