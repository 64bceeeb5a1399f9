"""Nhận báo cáo…: the folder to read and the date of receipt that lateness is judged by.

The province judges lateness by the day it received a file, never by the file's own clock
(`desktop_app.core.intake.late_on`). By default, as `ProvinceOffice.intake` does, that is
each file's modification date: the day it was saved from the e-mail. When the files were
saved later than they arrived (copied from a USB stick, downloaded again), the officer gives
the batch's date instead; the dialog says which of the two will be used, next to the
period's deadline.

The date is typed as people write it, day/month/year ("18/09/2026", "18092026", "1/9/2026",
dots or dashes between), and what is typed is what is taken: a date that does not exist
("31/09/2026", month 13) is said in words under the choice, naming "Ngày nhận", and the
folder cannot be read until it is right (a QDateEdit capped the day by the month still shown,
31 turned into 30, and a typed "/" landed inside the year). The field takes its whole text
when Tab reaches it, so typing replaces the date shown; the button beside it shows a calendar
for the mouse.

A folder copied in one go (from another computer, a USB stick, an unzipped archive) has every
file modified within minutes: its files' own dates are the day of copying, and every unit would
count as late. Once the folder is chosen, or its field left, and while it stays the same, the
dialog says so above the choice of date (`desktop_app.copied_folder`) and chooses one date for
the folder: the person types the day the e-mails arrived, or chooses each file's own date again
and reads the folder as it is (never blocked). Until the person chooses the date themselves, each
folder checked gets its own choice (a folder typed after a copied one goes back to each file's
own date); what they chose stays theirs. "Read the folder" (a click, or Enter in the folder
field) on a folder whose check changes what the dialog says of the date does not read it: the
date chosen is shown first, and the next press reads what is shown (a click straight after
typing a copied folder read it as received today, a date the person never saw). That press
checks the folder again by its files, the folder checked before too: one checked while empty and
filled afterwards (attachments saved into it in one go) is said copied then, not read by the
day of saving. The check looks at every
file of the folder, which on a network path can take long: it runs on the folder chosen with
"Choose…" and when the field is left or Enter pressed, never while typing (a pause in typing a
path by hand checked a half-typed folder, or hung the dialog on a slow share).

Keyboard: the folder field has the focus first, holding the folder this person read last
(selected: typing replaces it; empty, Enter says under the form to type or choose one, the cursor
staying there: a greyed "Read the folder" said nothing, walk U1 F11); Tab goes to "Choose…", the
choice of date (its checked button only, as Qt does in a group: arrow keys between the two), the
date, then the buttons; Enter
reads the folder; Escape cancels. The check that finds the folder copied, on Enter, Tab or
"Choose…", puts the cursor in the date, whole, to type the day the e-mails arrived: that Enter
does not read the folder, and Tab does not land on the unchecked "each file's own date" (Space
there undid the choice, and the date was three Tabs away).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app.copied_folder import folder_copied_at
from desktop_app.core.inbox_names import FOLDER_READ
from desktop_app.core.periods import FIRST_YEAR, Period, format_date
from desktop_app.core.typed_dates import read_day
from ui import colours
from ui.colours import Meaning
from ui.common import in_language
from ui.form_error import FormError
from ui.i18n import is_english
from ui.keyboard import one_default, reading_order
from ui.labels import period_name

WARNING_STYLE = "color: #7a4f01; background: #fff4e0; border: 1px solid #f0c36d; padding: 4px 6px;"


class IntakeDialog(QDialog):
    """`folder()` and `received()` (None: each file's own date) once accepted."""

    def __init__(self, period: Period, deadline: dt.date, today: dt.date, parent: QWidget | None = None,
                 folder: str = ""):
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
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.clicked.connect(self._choose_folder)
        layout.addWidget(folder_label)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        read = QLabel(in_language(FOLDER_READ))  # sub-folders read, a .zip or an .eml not (walk U22, F2, F3)
        read.setWordWrap(True)
        read.setStyleSheet(colours.style(Meaning.HINT, read))
        layout.addWidget(read)

        # Said when the folder looks copied in one go (`_check_copied`); plain text, it quotes a path.
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        self.copied.setTextFormat(Qt.TextFormat.PlainText)
        self.copied.setStyleSheet(WARNING_STYLE)
        self.copied.hide()
        self.copied_time = None  # when the folder checked looks copied, None otherwise
        self.checked_folder = None  # the folder the last check was of
        self.person_chose = False  # the choice of date or the date changed by the person: theirs, kept
        self._deriving = False  # the dialog itself sets the choice of date (`_check_copied`)
        self.held_for = None  # the folder a press of "Read the folder" did not read, its date just chosen
        layout.addWidget(self.copied)

        box = QGroupBox(self.tr("Date of receipt (decides which reports are late)"))
        grid = QGridLayout(box)
        self.files_date = QRadioButton(self.tr("&Each file's own date: the day it was saved from the e-mail "
                                               "(its modification date)"))
        self.batch_date = QRadioButton(self.tr("&One date for the whole folder:"))
        self.date_edit = QLineEdit(format_date(today))
        self.date_edit.setAccessibleName(self.tr("Date of receipt"))
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.date_edit.setMaxLength(16)
        metrics = self.date_edit.fontMetrics()  # the date and the hint in full, with room to spare
        self.date_edit.setMinimumWidth(max(metrics.horizontalAdvance("00/00/0000"),
                                           metrics.horizontalAdvance(self.date_edit.placeholderText()))
                                       + 4 * metrics.averageCharWidth() + 12)
        self.date_edit.editingFinished.connect(self._tidy_date)
        self.calendar_button = self._calendar_button()
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
        grid.addWidget(self.calendar_button, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 4)
        grid.setColumnStretch(3, 1)
        layout.addWidget(box)
        self.error = FormError()  # no folder to read (`accept`)
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox()
        self.read_button = self.buttons.addButton(self.tr("&Read the folder"), QDialogButtonBox.ButtonRole.AcceptRole)
        # A click does not take the focus: the folder field is not left by it, so its check runs in
        # `accept`, which can still not read the folder (the click read a folder whose check, on the
        # focus leaving the field, had just chosen another date; `accept`).
        self.read_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cancel_button = self.buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter reads the folder, also after Tab went over "Cancel" (Enter on "Cancel" or "Choose…"
        # presses that: walk U26 F1); the box's buttons are the dialog's children only once it is in the layout.
        one_default(self.read_button, self)

        self.folder_edit.textChanged.connect(self._update)
        self.folder_edit.editingFinished.connect(self._check_copied)  # left, or Enter: not while typing
        self.folder_edit.installEventFilter(self)  # Enter: checked first (`eventFilter`)
        self.batch_date.toggled.connect(self._update)
        self.date_edit.textChanged.connect(self._update)
        self.batch_date.toggled.connect(self._person_chose)
        self.date_edit.textChanged.connect(self._person_chose)
        reading_order(self.folder_edit, self.choose_button, self.files_date, self.batch_date, self.date_edit,
                      self.read_button, self.cancel_button)
        # Tab into the choice of date reaches its checked button (the chain above names both)
        self.batch_date.toggled.connect(self._tab_to_checked)
        self._tab_to_checked()
        # The folder read last time (`folder`, the person's), whole: Enter reads it again, typing
        # replaces it. Not checked for a copy yet: Enter or leaving the field checks it, as typed.
        self.folder_edit.setText(folder)
        self._update()
        self.folder_edit.setFocus()
        self.folder_edit.selectAll()

    def folder(self) -> str:
        return self.folder_edit.text().strip()

    def received(self) -> dt.date | None:
        """The batch's date of receipt, or None for each file's modification date (or a date
        typed that does not exist: the folder is not read then, `problem()` says why)."""
        if not self.batch_date.isChecked():
            return None
        return read_day(self.date_edit.text())[0]

    def problem(self) -> str:
        """Why the folder cannot be read as the dialog stands ("" when it can)."""
        if not self.batch_date.isChecked():
            return ""
        day, why = read_day(self.date_edit.text())
        text = self.date_edit.text().strip()
        if why == ("empty",):
            return self.tr("Type the date of receipt as day/month/year, for example {example}.").format(
                example=format_date(self.today))
        if why == ("form",):
            return self.tr("Date of receipt \"{text}\" is not a day/month/year, for example {example}.").format(
                text=text, example=format_date(self.today))
        if why[:1] == ("month",):
            return self.tr("Date of receipt {date} does not exist: there is no month {month}.").format(
                date=why[1], month=why[2])
        if why[:1] == ("day",):
            return self.tr("Date of receipt {date} does not exist: {month}/{year} has {days} days.").format(
                date=why[1], month=why[2], year=why[3], days=why[4])
        if why[:1] == ("early",):
            return self.tr("Date of receipt {date} is before {year}, the first year of the reports.").format(
                date=why[1], year=why[2])
        if day > self.today:
            return self.tr("The date of receipt cannot be after today ({today}).").format(
                today=format_date(self.today))
        return ""

    def accept(self) -> None:
        """Reads the folder with the date of receipt the dialog shows. A folder in the field not yet
        checked is checked first; when that changes the date of receipt shown (one date chosen for
        a copied folder, each file's own date again for a folder typed after one, the copy said),
        the folder is not read: the date chosen for it is shown (the cursor in the date when one
        date is to be typed) and the next press reads. The mouse click read at once, with today's
        date, a folder it had just found copied. No folder: said under the form, the cursor in its field."""
        if self._hold_if_changed(again=True):
            return
        if not self.folder():
            self.error.setText(self.tr("Folder: type the folder holding the report files received by e-mail, or "
                                       "press \"Choose…\" to find it; then read the folder."))
            self.folder_edit.setFocus()
            return
        if not self.problem():
            super().accept()

    def _hold_if_changed(self, again: bool = False) -> bool:
        """The folder in the field checked (`_check_copied`; `again`: by its files, even when it is
        the folder checked last): True when that changed the date of receipt shown, said so above
        the choice, and the folder is not to be read by this press."""
        if not self._check_copied(again):
            return False
        self.held_for = self.folder()
        self._update()
        return True

    def _person_chose(self) -> None:
        """The choice of date or the date changed by the person (typed, the calendar, a button of the
        choice): theirs, never changed again by the check of another folder."""
        if not self._deriving:
            self.person_chose = True

    def _tidy_date(self) -> None:
        """A date that exists written back as dd/mm/yyyy once the field is left ("1/9/2026",
        "01092026": 01/09/2026); a date that does not is left as typed, to correct."""
        day, _ = read_day(self.date_edit.text())
        if day is not None and self.date_edit.text() != format_date(day):
            self.date_edit.setText(format_date(day))

    def _calendar_button(self) -> QToolButton:
        """A calendar under the button, for the mouse (the keyboard types the date): the day
        clicked is written in the field."""
        button = QToolButton()
        button.setText("…")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the date to the buttons
        button.setToolTip(self.tr("Choose the date on a calendar"))
        button.setAccessibleName(self.tr("Choose the date on a calendar"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale(QLocale.Language.English) if is_english()
                                else QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        self.calendar.setMaximumDate(QDate(self.today.year, self.today.month, self.today.day))
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        shown = QWidgetAction(menu)
        shown.setDefaultWidget(self.calendar)
        menu.addAction(shown)

        def show_typed() -> None:
            day = read_day(self.date_edit.text())[0] or self.today
            self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

        def chosen(day: QDate) -> None:
            self.date_edit.setText(format_date(dt.date(day.year(), day.month(), day.day())))
            menu.close()

        menu.aboutToShow.connect(show_typed)
        self.calendar.clicked.connect(chosen)
        self.calendar.activated.connect(chosen)
        button.setMenu(menu)
        return button

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder holding the report files received by e-mail"), self.folder())
        if folder:
            self.folder_edit.setText(folder)
            self._check_copied()

    def _shown_date(self) -> tuple:
        """What the dialog says of the date of receipt: the choice, the date, the copy it warns of."""
        copied = self.copied_time if self.checked_folder == self.folder() else None
        return self.batch_date.isChecked(), self.date_edit.text(), copied

    def _check_copied(self, again: bool = False) -> bool:
        """The folder in the field checked, once (`again`, when it is about to be read: again, by
        its files): whether it looks copied in one go is said, and unless the person chose the date
        themselves, the date of receipt is chosen for this folder: one date for a copied folder (the
        cursor goes to it, to type the day the e-mails arrived), each file's own date otherwise (a
        folder typed after a copied one kept that folder's date). True: what the dialog says of the
        date of receipt changed. A folder checked while still empty and filled afterwards (the
        e-mails' attachments saved into it in one go) was read at once by each file's own date, the
        day of saving, its copy never said: its name alone had been checked."""
        folder = self.folder()
        if folder == self.checked_folder and not again:
            return False
        copied_time = folder_copied_at(folder) if folder else None
        if folder == self.checked_folder and copied_time == self.copied_time:
            return False
        before = self._shown_date()
        self.checked_folder = folder
        self.copied_time = copied_time
        if not self.person_chose:
            self._deriving = True
            (self.batch_date if self.copied_time is not None else self.files_date).setChecked(True)
            self._deriving = False
        self._update()
        changed = self._shown_date() != before
        if changed and self.copied_time is not None and self.batch_date.isChecked():
            self._to_date()
        return changed

    def _to_date(self) -> None:
        """The cursor in the date, its text selected: typing replaces it. Also from the folder
        field's focus leaving (Tab, a click): the focus moving on is taken over, as Qt allows."""
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.date_edit.selectAll()

    def _tab_to_checked(self) -> None:
        """Tab stops at the checked button of the choice of date only, the other one reached with
        the arrow keys (what Qt does once a button of the group had the focus; the explicit
        reading order made both stops, the unchecked one first)."""
        for button in (self.files_date, self.batch_date):
            policy = Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(policy)

    def eventFilter(self, watched, event) -> bool:
        """Enter in the folder's field checks the folder first; when that chooses one date for
        it, the cursor goes to the date, whole, to type the day the e-mails arrived, and this Enter
        does not read the folder: it read a copied folder at once as received today (every unit
        late after the deadline), and the folder of last time, already in the field, invites Enter."""
        if (watched is self.folder_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._hold_if_changed()):
            return True  # the date chosen for the folder shown, the cursor in it when one is to be typed
        return super().eventFilter(watched, event)

    def _copied_text(self) -> str:
        """The warning about a folder copied in one go, as the choice of date stands."""
        when = self.copied_time.strftime("%H:%M %d/%m/%Y")
        if self.files_date.isChecked():
            return self.tr("The files of the folder have the same modification time ({time}), as if just copied: "
                           "each file's date of receipt will be the day of copying. Choose \"One date for the "
                           "whole folder\" and type the day the e-mails arrived.").format(time=when)
        return self.tr("The files of the folder have the same modification time ({time}), as if just copied: "
                       "each file's own date would be the day of copying, so one date for the whole folder is "
                       "chosen. Type the day the e-mails arrived.").format(time=when)

    def _update(self) -> None:
        """Which date lateness will be judged by, said in full, or why it cannot be; reading
        needs a folder and a date that can be."""
        batch = self.batch_date.isChecked()
        # a folder typed since the last check is not said copied until it is checked itself
        copied = self.copied_time is not None and self.checked_folder == self.folder()
        held = self.held_for is not None and self.held_for == self.folder()
        said = [self.tr("Not read yet: the date of receipt below is now the one for this folder. Check it, then "
                        "read the folder.")] if held else []
        said += [self._copied_text()] if copied else []
        self.copied.setText(" ".join(said))
        self.copied.setVisible(bool(said))
        self.date_edit.setEnabled(batch)
        self.calendar_button.setEnabled(batch)
        problem = self.problem()
        received = self.received()
        if problem:
            self.note.setText(problem)
        elif received is None:
            self.note.setText(self.tr("Each file is late if it was saved after {deadline}.").format(
                deadline=format_date(self.deadline)))
        elif received > self.deadline:
            self.note.setText(self.tr("Every report of this folder is counted as received on {date}: after the "
                                      "deadline {deadline}, so late.").format(
                date=format_date(received), deadline=format_date(self.deadline)))
        else:  # of the date only: a report saying it was made after it is named when read (walk 23, #2)
            self.note.setText(self.tr("Every report of this folder is counted as received on {date}, not after the "
                                      "deadline {deadline}; a report that says it was made after {date} is named when "
                                      "read, to check the date.").format(
                date=format_date(received), deadline=format_date(self.deadline)))
        self.note.setStyleSheet(colours.style(Meaning.REFUSAL, self.note) if problem else "")
        # with no folder yet, Enter or a click says what to do under the form (`accept`)
        self.read_button.setEnabled(not problem)
        if self.folder():
            self.error.clear()
