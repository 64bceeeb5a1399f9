"""Backups as the user sees them: the check at start (a damaged database offers the good
backups; a read-only folder or a newer database only say so), "Sao lưu ra…" and
"Khôi phục từ bản sao lưu…"."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import backups, copied_out
from desktop_app.core.errors import DatabaseDamaged
from desktop_app.core.periods import format_time
from desktop_app.core.users import Permission
from desktop_app.restore_losses import set_aside_by_restore
from desktop_app.services import Workspace
from ui.actions import FAILED, data_changed, run_action
from ui.common import error_text, in_language
from ui.fitting import unbroken_names
from ui.i18n import translate
from ui.keyboard import one_default, unprompted, unprompted_boxes
from ui.preferences import BACKUP_FOLDER, UserPreferences
from ui.restore_question_box import RestoreQuestion
from ui.start_folder import start_folder


def offer_restore_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """Before the database is opened: is it usable? True when it is (it was fine, or it was
    restored); False when the program must quit.

    A data folder that cannot be written and a database of a newer version each say so and
    quit: neither is damage, and a restore would replace good data. A damaged database: the
    app's own good backups are offered (newest first), then any backup file; restoring a
    database with accounts needs one of its administrators, and a restore that would lose
    accounts says which before anything is replaced. Nothing is deleted: the damaged file
    is kept in the backup folder.
    """
    problem = backups.check_database(db_path)
    if problem is None:
        return True
    if not isinstance(problem, DatabaseDamaged):
        title = (translate("backup_actions", "The data folder cannot be written")
                 if isinstance(problem, backups.DataFolderReadOnly)
                 else translate("backup_actions", "The database is of a newer version"))
        box = QMessageBox(QMessageBox.Icon.Critical, title, error_text(problem), QMessageBox.StandardButton.Close,
                          parent)
        box.setInformativeText(translate("backup_actions", "The program will close; nothing was changed."))
        box.exec()
        return False
    good = [b for b in backups.list_backups(db_path) if _whole(b.path)]
    while True:
        chooser = RestoreAtStartDialog(error_text(problem), good, db_path, parent)
        chooser.exec()
        source = chooser.source
        if source is None:
            return False
        if _restore_at_start(db_path, source, parent):
            return True


def _whole(path: Path) -> bool:
    try:
        backups.verify_backup(path)
    except backups.BackupError:
        return False
    return True


def _restore_at_start(db_path: Path, source: Path, parent: QWidget | None) -> bool:
    """The administrator's login when the database has accounts, the warning, then the restore.
    False: not restored (cancelled or refused, already said): the choice is offered again."""
    if run_action(parent, backups.verify_backup, source, title=translate("backup_actions", "Not a backup"),
                  reads=True) is FAILED:
        return False  # refused before the login and the warning: the choice is offered again
    # A backup of another unit (or of the province's database) is refused before the login too.
    if run_action(parent, backups.refuse_other_unit, db_path, source,
                  title=translate("backup_actions", "Could not restore"), reads=True) is FAILED:
        return False
    administrator = None
    if backups.start_restore_needs_login(db_path, source):
        from ui.login_dialog import AdministratorDialog

        dialog = AdministratorDialog(lambda user, password: backups.check_administrator(
            db_path, source, user, password), parent, in_backup=backups.administrators_in_backup(db_path))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.administrator is None:
            return False
        administrator = dialog.administrator
    warning = backups.restore_warning(db_path, source)
    if not _confirm_warning(parent, warning):
        return False
    saved = run_action(parent, backups.restore, db_path, source, administrator=administrator, confirmed=warning,
                       title=translate("backup_actions", "Could not restore"))
    if saved is FAILED:
        return False
    say_restored(parent, source, saved, warning)  # the menu's restore's box: which backup, where the rest went
    return True


def _confirm_warning(parent: QWidget | None, warning: str | None) -> bool:
    """What a restore would take away (accounts the backup lacks), to be confirmed; True when nothing. Asked as the
    menu's restore asks (ui/restore_question_box.py): the question and its buttons in sight on a 1366×768 laptop at
    any text size, what it takes away said whole in a frame that scrolls (S129: many accounts' names put the
    buttons under the taskbar); "Hủy" the default (Enter does not restore)."""
    if warning is None:
        return True
    box = RestoreQuestion(translate("backup_actions", "Restore this backup all the same?"),
                          unbroken_names(in_language(warning)), parent,
                          answers=(translate("backup_actions", "Restore all the same"),
                                   translate("backup_actions", "Cancel")))
    box.exec()
    return box.restores()


REASONS = {  # the reasons the backups' names carry (desktop_app.backups), as the list says them
    "tudong-mo": QT_TRANSLATE_NOOP("backup_actions", "automatic, when the program started"),
    "tudong-dong": QT_TRANSLATE_NOOP("backup_actions", "automatic, when the program closed"),
    "tudong-ngay": QT_TRANSLATE_NOOP("backup_actions", "automatic, daily"),
    "tudong": QT_TRANSLATE_NOOP("backup_actions", "automatic"),
    "thu-cong": QT_TRANSLATE_NOOP("backup_actions", "copied by hand"),
    "truoc-khoi-phuc": QT_TRANSLATE_NOOP("backup_actions", "taken before a restore"),
    "sau-khoi-phuc": QT_TRANSLATE_NOOP("backup_actions", "taken after a restore"),
}


def reason_text(reason: str) -> str:
    return translate("backup_actions", REASONS[reason]) if reason in REASONS else reason


class RestoreAtStartDialog(QDialog):
    """The damaged database's offer: the good backups of the app, newest first (Enter restores
    the one chosen), another backup file, or quit. `source` is what was chosen (None: quit).

    `problem` None: Tệp › Khôi phục từ bản sao lưu… (walk 15 L8): the same list of the program's
    backups by date and reason, newest first, not a file dialog of elided names; Cancel instead
    of Quit. The list is not verified file by file: the restore verifies the one chosen."""

    def __init__(self, problem: str | None, good: list, db_path: Path, parent: QWidget | None = None,
                 by_hand: str | None = None):
        super().__init__(parent)
        self.db_path = db_path
        self.by_hand = by_hand  # where the person last backed up to by hand (the menu's: nobody is logged in at start)
        self.source: Path | None = None
        from_menu = problem is None
        self.setWindowTitle(translate("backup_actions", "Restore from a backup") if from_menu
                            else self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        if not from_menu:
            text = QLabel(self.tr("The database cannot be opened: {problem}").format(problem=problem))
            text.setWordWrap(True)
            layout.addWidget(text)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first") if from_menu
                                    else self.tr("Good backups, newest first"))
        for b in good:
            item = QListWidgetItem(self.tr("{date} — {reason}").format(
                date=format_time(b.taken_at), reason=reason_text(b.reason)))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            item.setToolTip(str(b.path))
            self.list.addItem(item)
        self.list.itemDoubleClicked.connect(lambda _item: self._restore_chosen())
        if good and from_menu:
            intro = QLabel(self.tr("Choose the backup to restore (newest first). The present data are backed up "
                                   "first and can be brought back later."))
            self.list.setCurrentRow(0)
        elif good:
            intro = QLabel(self.tr("Restore one of the program's good backups (newest first). The damaged file "
                                   "is kept in the backup folder, it is not deleted."))
            self.list.setCurrentRow(0)
        else:
            intro = QLabel(self.tr("No good backup was found in {folder}. You can choose a backup file "
                                   "(for example on a USB stick).").format(folder=backups.backup_dir(db_path)))
            self.list.hide()
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Restore the chosen backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button = buttons.addButton(self.tr("&Choose another backup file…"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(  # Escape is the menu's Cancel (Alt+C is the other file's)
            translate("backup_actions", "Cancel") if from_menu else self.tr("&Quit"),
            QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setEnabled(bool(good))
        self.restore_button.clicked.connect(self._restore_chosen)
        self.choose_button.clicked.connect(self._choose_file)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        # Enter restores the backup chosen however many times Tab went round the buttons (a
        # button Tab lands on would otherwise become the default); the other file without one.
        one_default(self.restore_button if good else self.choose_button, self)
        (self.list if good else self.choose_button).setFocus()

    def _restore_chosen(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.source = Path(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"),
                                              start_folder(self.by_hand, backups.backup_dir(self.db_path)),
                                              self.tr("Database (*.db)"))
        if path:
            self.source = Path(path)
            self.accept()


def backup_to_folder(workspace: Workspace, parent: QWidget | None = None) -> Path | None:
    # Asked where the last copy by hand went, else Documents: not the data folder's own backups (a
    # copy beside the data is lost with the disk), nor the program's working folder (walk U1 F8).
    preferences = UserPreferences.of(workspace)
    folder = QFileDialog.getExistingDirectory(
        parent, translate("backup_actions", "Back up to a folder (for example a USB stick)"),
        start_folder(preferences.folder(BACKUP_FOLDER)))
    if not folder:
        return None
    preferences.set_folder(BACKUP_FOLDER, folder)
    # Copying and checking a large database takes a while, the window frozen: keys typed meanwhile
    # reach the box that says how it ended (unprompted: not until the person paused).
    with unprompted_boxes():  # copied, checked and, out of the laptop, recorded: the reminder goes until the next
        copied = run_action(parent, copied_out.copy_out, workspace, Path(folder),
                            title=translate("backup_actions", "Could not back up"), reads=True)
    if copied is FAILED:
        return None
    if hasattr(parent, "show_copy_out"):  # the commune window's line (ui/notices.py)
        parent.show_copy_out()
    # on the laptop's own disk, the headline says so (walk U13 F4: "Backed up" first read as done)
    headline = (translate("backup_actions", "Backed up and checked the file:\n{path}") if copied.out else
                translate("backup_actions", "Copied and checked, but still on this computer:\n{path}"))
    box = QMessageBox(QMessageBox.Icon.Information if copied.out else QMessageBox.Icon.Warning,
                      translate("backup_actions", "Backup"), headline.format(path=copied.path),
                      QMessageBox.StandardButton.Ok, parent)
    # The key goes with the figures (a restored laptop keeps its confirmed key): the copy is as the seal
    # (red-team 14, F2)
    seal = translate("backup_actions", "The copy holds this computer's signing key: whoever has the file can sign "
                                       "the unit's reports. Keep it as the unit's seal is kept; do not send it by "
                                       "e-mail.")
    # Off the laptop's disk: that it counts as the copy outside and when the reminder comes back (walk U14 F7); on
    # it (Documents, the data folder: lost with the disk, R23 F1), that the reminder stays only when one is due, else
    # that the last copy out still counts (U14 F8)
    said = copied_out.copied_said(workspace, copied)
    if said is not None:
        seal = in_language(said) + "\n\n" + seal
    box.setInformativeText(seal)
    unprompted(box).exec()
    return copied.path


def restore_from_file(workspace: Workspace, parent: QWidget | None = None, on_restored=None) -> bool:
    """Ask for a backup, check it, back up the present, replace. True: reopen the database. `on_restored(source,
    saved)`: once replaced, before the box that ends it (the province window reads what it took back)."""
    # Who may restore first (the core's check, as for Duyệt or Mở lại): an officer or a leader is
    # told at once, naming the role and who may, before a file is chosen and a question answered
    # for nothing. backups.restore checks it again (the account may be locked meanwhile).
    if run_action(parent, workspace.require, Permission.RESTORE, title=translate("backup_actions", "Could not restore"),
                  reads=True) is FAILED:
        return False
    preferences = UserPreferences.of(workspace)
    path = _choose_backup(Path(workspace.store.path), parent, preferences.folder(BACKUP_FOLDER))
    if not path:
        return False
    # The database in use itself (listed when the dialog opens on the data folder): refused at once,
    # saying what to choose, before the file is read and any question asked.
    if run_action(parent, backups.refuse_database_in_use, Path(workspace.store.path), Path(path),
                  title=translate("backup_actions", "Could not restore"), reads=True) is FAILED:
        return False
    # A file that is no backup of this program is refused at once: no question about replacing
    # the data, no warning built from what that file is not (0 accounts, approvals undone).
    if run_action(parent, backups.verify_backup, Path(path), title=translate("backup_actions", "Not a backup"),
                  reads=True) is FAILED:
        return False
    if Path(path).parent.resolve() != backups.backup_dir(Path(workspace.store.path)).resolve():
        preferences.set_folder(BACKUP_FOLDER, Path(path).parent)  # a backup kept by hand: asked there next time
    # A backup of another unit (or of the province's database, or the reverse): almost always the wrong
    # file, refused naming both units and what to do, before any question.
    if run_action(parent, backups.refuse_other_unit, Path(workspace.store.path), Path(path),
                  title=translate("backup_actions", "Could not restore"), reads=True) is FAILED:
        return False
    warning = run_action(parent, backups.restore_warning, Path(workspace.store.path), Path(path),
                         title=translate("backup_actions", "Could not restore"), reads=True)
    if warning is FAILED:
        return False
    taken = backups.backup_time(Path(path))
    text = (translate("backup_actions", "Replace all the present data with the backup taken on {time}?\n{path}\n\n"
                                        "The present data are backed up first and can be brought back later.").format(
        time=format_time(taken), path=path) if taken else
        translate("backup_actions", "Replace all the present data with the backup\n{path}?\n\n"
                                    "The present data are backed up first and can be brought back later.").format(
            path=path))
    # Anything it would undo (figures entered since, an approval, accounts): Enter answers No. Said whole in a
    # frame that scrolls when longer than the screen leaves room for (walk U24 F4: four periods' approvals
    # put Có/Không under a 1366×768 laptop's taskbar).
    box = RestoreQuestion(unbroken_names(text), unbroken_names(in_language(warning)) if warning else None, parent)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    # reads=True: the window is not told to read its data again; the restore closed the
    # workspace it reads from, and the caller closes the window (opened again on the restored data).
    with unprompted_boxes():  # after the copying, as a backup's
        # The restore checks again that the backup is whole (it may have changed while the
        # question was open), that the account may restore, and that it would warn of what
        # was answered (a leader's approval from the command line meanwhile: refused, saying it).
        saved = run_action(parent, _restore_or_show_now, workspace, Path(path), warning, parent,
                           title=translate("backup_actions", "Could not restore"), reads=True)
    if saved is FAILED:
        return False
    if on_restored is not None:
        on_restored(Path(path), saved)
    say_restored(parent, Path(path), saved, warning)
    return True


def _restore_or_show_now(workspace: Workspace, path: Path, warning, window: QWidget | None) -> Path | None:
    """`backups.restore` from the menu; refused (the data changed while its question was open), the
    `window` shows the data as they are before the refusal is read, not at its next
    activation: the refusal names an approval the window would still deny."""
    try:
        return backups.restore(workspace, path, confirmed=warning)
    except backups.BackupError:
        # Nothing replaced, the workspace goes on, on a connection of its own opened again: the
        # window's check of what changed elsewhere starts from it (its data version counts apart).
        workspace.changed_elsewhere()
        data_changed(window)
        raise


def _choose_backup(db_path: Path, parent: QWidget | None, by_hand: str | None) -> str:
    """The backup the menu's restore is to put back ("" when cancelled): the program's backups
    by date and reason, newest first, with a button for another file (as at start-up); with no
    backup in the folder, the file dialog at once. Another file is looked for first where the
    person last backed up to by hand (`by_hand`), then in the program's backup folder."""
    found = backups.list_backups(db_path)
    if not found:
        path, _ = QFileDialog.getOpenFileName(parent, translate("backup_actions", "Restore from a backup"),
                                              start_folder(by_hand, backups.backup_dir(db_path)),
                                              translate("backup_actions", "Database (*.db)"))
        return path
    chooser = RestoreAtStartDialog(None, found, db_path, parent, by_hand)
    chooser.exec()
    return str(chooser.source) if chooser.source is not None else ""


def say_restored(parent: QWidget | None, source: Path, saved: Path | None, warning: str | None = None) -> None:
    """The box that ends a restore, from the menu or at start-up: which backup was restored (its
    time), what must be entered again, where the data as they were went, and what comes next (the
    login, on the restored data, ui.app.run_gui): one box, not a second saying the program closes.
    `warning`, what the restore's question warned of (figures put back, an approval undone, a number
    sent to the province): said again, now done (walk U4 F1: the box said only what to enter again)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, translate("backup_actions", "Restore"),
        unbroken_names(translate(
            "backup_actions", "Restored from the backup. The data as they were before are kept in the copy {name}, in "
                              "the folder\n{folder}\n\nThe program now opens again on the restored data: log in to "
                              "go on.").format(name=saved.name if saved else "", folder=saved.parent if saved else "")),
        QMessageBox.StandardButton.Ok, parent)
    taken = backups.backup_time(source)
    aside = set_aside_by_restore(saved, source)  # versions signed by a key forgotten as forged, set aside again
    said = translate("backup_actions", "As the question before the restore said:")
    box.setInformativeText(unbroken_names(
        (translate("backup_actions", "The backup restored is the one taken at {time} ({name}): what was entered "
                                     "after that time must be entered again.").format(time=format_time(taken),
                                                                                     name=source.name)
         if taken else translate("backup_actions", "The backup restored is {name}.").format(name=source.name))
        + (f"\n\n{in_language(aside)}" if aside else "")
        + (f"\n\n{said}\n⚠ {in_language(warning)}" if warning else "")))
    unprompted(box).exec()

