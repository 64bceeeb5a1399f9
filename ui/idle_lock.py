"""Locking a window left unused: after some minutes without a key or a mouse movement in
the program, the window is covered and asks the logged-in person's password again.

The password is checked by `Workspace.login` with the same user name, so wrong passwords
count towards the lock-out as at the login. "Log out" leaves the lock for the login dialog
(`IdleLock.loggedOut`). Whoever logs in next never finds the previous person's dialogs: every
question and form still open is closed as cancelled first (`close_dialogs`), so an approval
question left open cannot be answered with one Enter by another leader. A cell being typed in
when the lock comes (the entry table's, a dialog's table's) is not saved: its editor, which saves on
losing the keyboard, is closed unsaved first and what it held kept (`ui.held_typing.HeldTyping`), given back in
the same cell's editor when the same person unlocks, dropped when they log out. A refresh of the window (data
changed elsewhere, an action's result) holds the entry table's editor the same way and gives it back at once
(`IdleLock.typing_kept`); another program taking the keyboard leaves it open (`ui.table_keys`). The number of
minutes is a setting of this computer (QSettings key
`security/lock_minutes`, 15 by default, 0: never), changed in File › Settings…; it may be
a fraction (tests lock after a fraction of a second).
"""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.users import Account
from ui import labels
from ui.common import app_title
from ui.held_typing import HeldTyping, drop_box_typing, say_again_after_refresh
from ui.i18n import translate
from ui.keyboard import one_default
from ui.login_dialog import (
    ACCOUNT_LOCKED_FIELD,
    LoginDialog,
    _Form,
    choose_own_password,
    password_typed,
)

LOCK_MINUTES_KEY = "security/lock_minutes"
DEFAULT_LOCK_MINUTES = 15
MAX_LOCK_MINUTES = 240
# What a person does: a key, a click, the mouse moved or its wheel turned, text typed by an
# input method (Telex, VNI).
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.InputMethod, QEvent.Type.TouchBegin,
})


def lock_minutes(settings: QSettings | None = None) -> float:
    """The minutes without use before the window locks, on this computer (0: never)."""
    settings = settings or QSettings()
    try:
        value = float(settings.value(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_LOCK_MINUTES
    return value if 0 <= value <= MAX_LOCK_MINUTES else DEFAULT_LOCK_MINUTES


def save_lock_minutes(minutes: float, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue(LOCK_MINUTES_KEY, minutes)
    settings.sync()


class LockMinutesBox(QSpinBox):
    """The minutes before the window locks, as both settings dialogs ask them (the commune's
    `ui.setup_dialog`, the province's `ui.province_settings`): 0 to MAX_LOCK_MINUTES, "Never" at
    0, this computer's value shown; `label`, its "&Lock the window after:" (its Alt+letter
    goes to the box). `save()` keeps the value when it changed."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings  # QSettings() by default
        self.setRange(0, MAX_LOCK_MINUTES)
        self.setValue(round(lock_minutes(settings)))
        self.setSuffix(self.tr(" minutes"))
        self.setSpecialValueText(self.tr("Never"))
        self.setAccessibleName(self.tr("Lock the window after this many minutes without use"))
        self.label = QLabel(self.tr("&Lock the window after:"))
        self.label.setBuddy(self)

    def changed(self) -> bool:
        return self.value() != round(lock_minutes(self.settings))

    def save(self) -> None:
        """The minutes kept on this computer, when they changed."""
        if self.changed():
            save_lock_minutes(self.value(), self.settings)


class LockDialog(_Form):
    """The lock over the window: the same account's password, or log out. Escape and the
    title bar's close button do not unlock."""

    LOG_OUT = 2

    def __init__(self, workspace, account: Account, minutes: float, parent: QWidget | None = None):
        super().__init__(
            self.tr("Locked — {program}").format(program=app_title()),
            self.tr("The window was locked after {minutes} minutes without use. {name} ({role}): type your "
                    "password to go on working, or log out to let another person log in.").format(
                minutes=_minutes_text(minutes), name=account.full_name, role=labels.role_label(account.role)),
            parent)
        self.workspace = workspace
        self.account = account
        user = QLabel(f"<b>{account.username}</b>")
        user.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(self.tr("User name:"), user)
        self.password = self.line(self.tr("Password:"), password=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        logout = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        logout.setText(self.tr("Log out"))
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(lambda: self.done(self.LOG_OUT))
        self.logout_button = logout

    def submit(self) -> None:
        try:
            password = password_typed(self.password)
            self.workspace.login(self.account.username, password)
            # reset by an administrator while the window was locked: the person's own one first (S47's note)
            choose_own_password(self.workspace, password, self)
        finally:
            self.password.clear()

    def refused(self, err: ChiTieuError) -> None:
        """The password to type again; the account locked by an administrator meanwhile (the line
        says who unlocks it, once logged in): "Log out" is all that is left, Enter presses it."""
        if err.field == ACCOUNT_LOCKED_FIELD:
            one_default(self.logout_button, self)
            self.logout_button.setFocus()
            return
        self.password.setFocus()

    def reject(self) -> None:
        """Escape, or closing the dialog: it stays (only the password or "Log out" end it)."""


def _minutes_text(minutes: float) -> str:
    return f"{minutes:g}" if minutes >= 1 else f"{minutes:.2g}"


class _Cover(QWidget):
    """What the window shows instead of its figures while it is locked or nobody is logged in:
    the program's name and why, in the upper part (the dialog sits in the middle)."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#lockCover { background: #1f4e79; } #lockCover QLabel { color: white; }")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.why = QLabel()
        self.why.setStyleSheet("font-size: 12pt;")
        for label in (self.title, self.why):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(4)
        self.setGeometry(window.rect())
        self.hide()

    def cover(self, why: str) -> None:
        self.title.setText(app_title())
        self.why.setText(why)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()


class IdleLock(QObject):
    """Watches the program's key and mouse activity; after `minutes` without any, covers
    `window` and shows the LockDialog (`dialog` while it is up). `lockChanged(bool)` when it
    locks and unlocks; `loggedOut` when "Log out" was chosen."""

    lockChanged = Signal(bool)
    loggedOut = Signal()

    def __init__(self, window: QMainWindow, workspace, minutes: float | None = None):
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.dialog: LockDialog | None = None
        self.held: HeldTyping | None = None  # a cell's typing, unsaved, while locked or logging out
        self.closed: list[QDialog] = []  # the dialogs the last log-out closed
        self.cover = _Cover(window)
        self._last = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._check)
        self.minutes = 0.0
        self.set_minutes(lock_minutes() if minutes is None else minutes)
        QApplication.instance().installEventFilter(self)

    @property
    def interval_ms(self) -> int:
        return max(int(self.minutes * 60_000), 50)

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def set_minutes(self, minutes: float) -> None:
        """Lock after `minutes` without use from now on (0: never)."""
        self.minutes = minutes
        self._last = time.monotonic()
        self._arm(self.interval_ms)

    def _arm(self, ms: float) -> None:
        if self.minutes > 0:
            self.timer.start(max(int(ms), 20))
        else:
            self.timer.stop()

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in _ACTIVITY:
            self._last = time.monotonic()
        elif kind == QEvent.Type.Resize and obj is self.window and self.cover.isVisible():
            self.cover.setGeometry(self.window.rect())
        return False

    def _check(self) -> None:
        if self.minutes <= 0 or self.locked:
            return
        idle = (time.monotonic() - self._last) * 1000
        if idle + 10 < self.interval_ms:  # something happened meanwhile: wait for the rest
            self._arm(self.interval_ms - idle)
            return
        if not self.window.isVisible() or self.workspace.account is None or not self.workspace.has_accounts:
            self._arm(self.interval_ms)  # nobody to ask a password of
            return
        self.lock()

    def cover_window(self, on: bool, logged_out: bool = False) -> None:
        """Hide the window's figures (while locked, or while nobody is logged in)."""
        if not on:
            self.cover.hide()
        elif logged_out:
            self.cover.cover(translate("IdleLock", "Nobody is logged in: the figures are hidden until someone logs in."))
        else:
            self.cover.cover(translate("IdleLock", "Locked: the figures are hidden until the password is typed again."))

    def ask_next_person(self) -> bool:
        """After a log-out: the previous person's dialogs closed as cancelled, the figures
        covered, the login dialog asks who comes next; closing it closes the program. True when
        someone logged in (a fresh wait before the next lock). A cell's typing kept by the lock goes
        unsaved: it was the previous person's."""
        self.drop_typing()
        self.closed = close_dialogs()
        self.cover_window(True, logged_out=True)
        if LoginDialog(self.workspace, self.window).exec() != LoginDialog.DialogCode.Accepted:
            self.window.close()
            return False
        self.cover_window(False)
        self.set_minutes(self.minutes)
        return True

    def hold_typing(self) -> None:
        """A cell being typed in closed unsaved, its text kept (`HeldTyping`; one already kept stays)."""
        if self.held is None:
            account = self.workspace.account
            self.held = HeldTyping.take(account.username if account is not None else None, self.window)

    @contextmanager
    def typing_kept(self, account: Account | None) -> Iterator[None]:
        """Around a refresh of the window (`MainWindow.follow_changes`: figures another window or a command
        saved, an action's result, a login): the entry table's cell being typed in by `account` is not saved
        by it (walk R16 F4: "52.0" given back at the unlock, saved as 52 triệu when the window read the data
        again) but held as the lock holds it and given back once the table is read again; its figure saved
        meanwhile by someone else, or the cell no longer taking figures, is said under the table. Another
        person logged in meanwhile: dropped unseen. Nothing is held while the lock holds a cell's typing."""
        held = None
        table = getattr(self.window, "table", None)
        if self.held is None and not self.locked and table is not None:
            held = HeldTyping.take(getattr(account, "username", None), view=table)
        again = say_again_after_refresh(table) if held is None else None  # a box's giving back, said
        try:
            yield
        finally:
            if held is not None:
                self.held = held
                self.give_back_typing()
            elif again is not None:
                again()

    def give_back_typing(self) -> bool:
        """The text kept, back in its cell's editor by the one rule wherever typing is held
        (`HeldTyping.give_back`: the same person, the same cell, still taking a figure; said under the
        table). True if given back."""
        held, self.held = self.held, None
        return held is not None and held.give_back(self.workspace)

    def drop_typing(self) -> None:
        """The text kept goes, unsaved: its person logged out (and any a box that opened by itself holds)."""
        self.held = None
        drop_box_typing()

    def lock(self) -> LockDialog:
        """Cover the window and ask the password (returns at once: the dialog is modal, not blocking).
        A cell being typed in is closed unsaved first, its text kept for the same person's unlock."""
        if self.dialog is not None:
            return self.dialog
        self.timer.stop()
        self.hold_typing()
        self.cover_window(True)
        dialog = LockDialog(self.workspace, self.workspace.account, self.minutes, self.window)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._finished)
        self.dialog = dialog
        self.lockChanged.emit(True)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.password.setFocus()
        return dialog

    def _finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        logged_out = result == LockDialog.LOG_OUT
        if not logged_out:
            self.cover_window(False)
        self._last = time.monotonic()
        self._arm(self.interval_ms)
        self.lockChanged.emit(False)
        if logged_out:
            self.loggedOut.emit()  # the window's log_out drops the typing kept (or locks again)
        else:
            self.give_back_typing()


def close_dialogs() -> list[QDialog]:
    """Close, as cancelled, every dialog still open in the program (questions, forms, file
    choosers, nested ones too): they are the person's who logged out. Each waiting caller gets
    "cancelled" (a question: no answer, so nothing is approved, reopened or signed). The lock
    itself and a login are left. Returns those closed."""
    closed: list[QDialog] = []
    for _ in range(10):  # a cancelled dialog's caller may open another one at once
        open_ = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QDialog) and w.isVisible() and not isinstance(w, (LockDialog, LoginDialog))]
        if not open_:
            break
        for dialog in reversed(open_):
            dialog.done(QDialog.DialogCode.Rejected)  # done(): a dialog keeping itself on reject() goes too
            closed.append(dialog)
        QApplication.processEvents()
    return closed
