"""Tệp › Cài đặt… of the province window: who prepares and who signs the consolidated report,
and when the window locks itself on this computer.

The consolidated PDF ends with the signer's title and name; the window had no field for them
(only `chitieu province-setup --signer` set them), so the report printed a title with nothing
under it. `SignersBox` asks them, here and at the first run (`ui.province_first_run`), saved
by `ProvinceOffice.setup` with every other value it writes as it was (it writes the document
code and the signer's title each time). The lock's minutes are the same setting as in the
commune window's Tệp › Cài đặt… (`ui.setup_dialog`): the minutes without a key or a mouse
movement before the window asks the password again (0: never), asked and kept by the same box
as there (`ui.idle_lock.LockMinutesBox`, QSettings key `security/lock_minutes`) and applied at
once by the window (`IdleLock.set_minutes`).

As there, both are changed by whoever may change the unit's settings (an Administrator;
anybody in a database without accounts), read-only for the others; the interface language,
each person's own, is in Tệp › Ngôn ngữ giao diện. Keyboard: the cursor starts in the first
field, Tab goes down the form then to the buttons, Enter goes on to the next empty name and
saves from the last, Escape cancels.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.users import Permission
from desktop_app.core.validation import SIGNER_TITLES
from ui import colours
from ui.colours import Meaning
from ui.common import error_text
from ui.form_error import FormError
from ui.idle_lock import LockMinutesBox
from ui.keyboard import EnterGoesOn, in_layout_order, one_default, reading_order
from ui.labels import signer_title_label

# The core's names of the fields it refuses (untranslated: err.field), to the box's fields.
FIELDS = {"Người lập biểu": "preparer", "Người ký": "signer", "Chức vụ người ký": "signer_title"}  # untranslated


class SignersBox(QGroupBox):
    """Người lập biểu, Người ký, Chức vụ người ký of the consolidated report, as the office has them."""

    def __init__(self, office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        s = office.settings
        self.setTitle(self.tr("Who prepares and who signs the consolidated report"))
        form = QFormLayout(self)
        self.preparer = QLineEdit(s.preparer)
        self.preparer.setPlaceholderText(self.tr("Full name of the person who prepares the report"))
        self.signer = QLineEdit(s.signer)
        self.signer.setPlaceholderText(self.tr("Full name of the person who signs the report"))
        self.signer_title = QComboBox()
        for title in SIGNER_TITLES:
            self.signer_title.addItem(signer_title_label(title), title)
        self.signer_title.setCurrentIndex(max(0, self.signer_title.findData(s.signer_title)))
        form.addRow(self.tr("Prepared &by:"), self.preparer)
        form.addRow(self.tr("&Signed by:"), self.signer)
        form.addRow(self.tr("Signer's &title:"), self.signer_title)
        self.saved = self.values()

    def read_only(self) -> None:
        """For an account that may not change them: shown, not typed in (a greyed field showed its
        placeholder as if it were a name)."""
        for edit in (self.preparer, self.signer):
            edit.setReadOnly(True)
            edit.setPlaceholderText(self.tr("not given yet"))
        self.signer_title.setEnabled(False)

    def values(self) -> tuple[str, str, str]:
        return self.preparer.text().strip(), self.signer.text().strip(), self.signer_title.currentData()

    def save(self, always: bool = False) -> None:
        """The names and the title through `ProvinceOffice.setup`, when they changed (`always`: at
        the first run, where setup() also records the province mode); the document
        code, the issuing body and the recipient passed as they are (setup() writes the code
        each time, and would put back its default). An emptied name is removed by setup() (a
        person who left is no longer printed; without a signer the PDF report waits for one, as
        the note under the names says), never silently given its old name back."""
        if self.values() == self.saved and not always:
            return
        preparer, signer, title = self.values()
        kept = self.office.store.settings()
        self.office.setup(preparer=preparer, signer=signer, signer_title=title,
                          doc_prefix=kept.get("doc_prefix", "UBND"), issuer=kept.get("province_issuer"),
                          recipient=kept.get("province_recipient"))
        self.saved = self.values()

    def field_for(self, err: ChiTieuError) -> QWidget | None:
        """The field a refusal names (its core name), or None."""
        name = FIELDS.get(err.field or "")
        return getattr(self, name) if name else None


class ProvinceSettingsDialog(QDialog):
    """Who prepares and signs (`signers`) and the lock's minutes (`minutes`), saved by Save.

    `office`: the window's `ProvinceOffice` (one is made on `workspace` when None)."""

    def __init__(self, workspace, parent: QWidget | None = None, ui_settings: QSettings | None = None,
                 office=None):
        super().__init__(parent)
        if office is None:
            from desktop_app.province import ProvinceOffice

            office = ProvinceOffice(workspace, choose=False)
        self.ui_settings = ui_settings  # QSettings() by default, as ui.setup_dialog
        self.editable = workspace.may(Permission.SETTINGS)
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.signers = SignersBox(office)
        layout.addWidget(self.signers)
        self.signers_note = QLabel(self.tr("The consolidated PDF report prints the signer's title and name at its "
                                           "end; it is not written without a name."))
        self.signers_note.setWordWrap(True)
        self.signers_note.setStyleSheet(colours.style(Meaning.NOTE, self.signers_note))
        layout.addWidget(self.signers_note)
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
            self.signers_note.setText(self.signers_note.text() + " " + self.tr("Only an Administrator changes "
                                                                               "them."))
            self.minutes.setEnabled(False)
            self.signers.read_only()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(colours.style(Meaning.NOTE, self.note))
        layout.addWidget(self.note)
        self.error = FormError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._refused_in: QWidget | None = None  # the field the error line is about
        # The error line goes as soon as that field changes (emptied or corrected), not at Save.
        for edit in (self.signers.preparer, self.signers.signer):
            edit.textChanged.connect(lambda _text, w=edit: self._field_changed(w))
        self.signers.signer_title.currentIndexChanged.connect(
            lambda _i: self._field_changed(self.signers.signer_title))
        reading_order(*in_layout_order(self))
        if self.editable:
            one_default(self.save_button, self)
            self.enter = EnterGoesOn([self.signers.preparer, self.signers.signer], self.accept, self)
            self.signers.preparer.setFocus()
        else:  # nothing to save: Enter and Escape close it
            self.save_button.setEnabled(False)
            one_default(cancel, self)
            cancel.setFocus()

    def _field_changed(self, widget: QWidget) -> None:
        if self._refused_in is widget:
            self.error.clear()
            self._refused_in = None

    def accept(self) -> None:
        if self.editable:
            try:
                self.signers.save()
            except ChiTieuError as err:  # said under the form, the cursor in the field it names
                self.error.setText(error_text(err))
                self._refused_in = self.signers.field_for(err) or self.signers.signer
                self._refused_in.setFocus()
                return
            self.minutes.save()
        super().accept()
