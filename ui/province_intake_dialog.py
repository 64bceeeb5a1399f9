"""Nhận báo cáo…: the folder to read and the date of receipt that lateness is judged by.

The province judges lateness by the day it received a file, never by the file's own clock
(`desktop_app.core.intake.late_on`). By default, as `ProvinceOffice.intake` does, that is
each file's modification date: the day it was saved from the e-mail. When the files were
saved later than they arrived (copied from a USB stick, downloaded again), the officer gives
the batch's date instead; the dialog says which of the two will be used, next to the
period's deadline.

Keyboard: the folder field has the focus first; Tab goes to "Choose…", the choice of date
(arrow keys between the two), the date, then the buttons; Enter reads the folder, Escape
cancels.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.periods import FIRST_YEAR, Period, format_date
from ui.keyboard import one_default, reading_order
from ui.labels import period_name


class IntakeDialog(QDialog):
    """`folder()` and `received()` (None: each file's own date) once accepted."""

    def __init__(self, period: Period, deadline: dt.date, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.deadline, self.today = deadline, today
        self.setWindowTitle(self.tr("Receive reports"))
        self.setMinimumWidth(660)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Period: {period}. Report deadline: {deadline}; a report received after that day "
                               "is late.").format(period=period_name(period), deadline=format_date(deadline)))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder of the files received by e-mail:"))
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder"))
        folder_label.setBuddy(self.folder_edit)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose_folder)
        layout.addWidget(folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        box = QGroupBox(self.tr("Date of receipt (decides which reports are late)"))
        grid = QGridLayout(box)
        self.files_date = QRadioButton(self.tr("Each file's own date: the day it was saved from the e-mail "
                                               "(its modification date)"))
        self.batch_date = QRadioButton(self.tr("One date for the whole folder:"))
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        # No maximum: Qt would refuse the day typed first when day and month would pass it;
        # a date after today is said in the note and cannot be read (_update).
        self.date_edit.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.setAccessibleName(self.tr("Date of receipt"))
        group = QButtonGroup(self)
        group.addButton(self.files_date)
        group.addButton(self.batch_date)
        self.files_date.setChecked(True)  # what the service does when given no date
        self.note = QLabel()
        self.note.setWordWrap(True)
        # Room for the longest of its texts from the start: the dialog does not grow when it changes.
        self.note.setMinimumHeight(2 * self.note.fontMetrics().lineSpacing() + 4)
        grid.addWidget(self.files_date, 0, 0, 1, 3)
        grid.addWidget(self.batch_date, 1, 0)
        grid.addWidget(self.date_edit, 1, 1)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.setColumnStretch(2, 1)
        layout.addWidget(box)

        self.buttons = QDialogButtonBox()
        self.read_button = self.buttons.addButton(self.tr("Read the folder"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        one_default(self.read_button, self)  # Enter reads the folder wherever the focus is
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.folder_edit.textChanged.connect(self._update)
        self.batch_date.toggled.connect(self._update)
        self.date_edit.dateChanged.connect(self._update)
        reading_order(self.folder_edit, self.choose_button, self.files_date, self.batch_date, self.date_edit,
                      self.read_button, self.cancel_button)
        self._update()
        self.folder_edit.setFocus()

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def received(self) -> dt.date | None:
        """The batch's date of receipt, or None for each file's modification date."""
        if not self.batch_date.isChecked():
            return None
        d = self.date_edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder holding the report files received by e-mail"), self.folder())
        if folder:
            self.folder_edit.setText(folder)

    def _update(self) -> None:
        """Which date lateness will be judged by, said in full; reading needs a folder."""
        received = self.received()
        self.date_edit.setEnabled(received is not None)
        if received is not None and received > self.today:
            self.note.setText(self.tr("The date of receipt cannot be after today ({today}).").format(
                today=format_date(self.today)))
        elif received is None:
            self.note.setText(self.tr("Each file is late if it was saved after {deadline}.").format(
                deadline=format_date(self.deadline)))
        elif received > self.deadline:
            self.note.setText(self.tr("Every report of this folder is counted as received on {date}: after the "
                                      "deadline {deadline}, so late.").format(
                date=format_date(received), deadline=format_date(self.deadline)))
        else:
            self.note.setText(self.tr("Every report of this folder is counted as received on {date}: on time "
                                      "(deadline {deadline}).").format(
                date=format_date(received), deadline=format_date(self.deadline)))
        self.read_button.setEnabled(bool(self.folder()) and (received is None or received <= self.today))
