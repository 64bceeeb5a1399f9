"""Backups as the user sees them: the offer at start when the database is damaged,
"Sao lưu ra…" and "Khôi phục từ bản sao lưu…"."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app import backups
from desktop_app.services import Workspace
from ui.actions import FAILED, run_action
from ui.i18n import translate



def offer_restore_at_start(db_path: Path, parent: QWidget | None = None) -> bool:
    """If the database is damaged, say so and offer the newest good backup.

    True when the database is usable now (it was fine, or it was restored);
    False when the user chose to quit. Nothing is deleted: the damaged file is kept.
    """
    problem = backups.check_database(db_path)
    if problem is None:
        return True
    good = backups.newest_good_backup(db_path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("backup_actions", "The database is damaged"))
    text = translate("backup_actions", "The database cannot be opened: {problem}").format(problem=problem) + "\n\n"
    if good:
        text += translate("backup_actions",
                          "Newest good backup: {when}. Restore it? The damaged file is kept in the backup "
                          "folder, it is not deleted.").format(when=f"{good.taken_at:%d/%m/%Y %H:%M}")
    else:
        text += translate("backup_actions", "No good automatic backup was found. You can choose a backup file "
                                            "(for example on a USB stick).")
    box.setText(text)
    restore_newest = (box.addButton(translate("backup_actions", "Restore the newest backup"),
                                    QMessageBox.ButtonRole.AcceptRole) if good else None)
    choose = box.addButton(translate("backup_actions", "Choose a backup file…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("backup_actions", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    clicked = box.clickedButton()
    source = None
    if clicked is restore_newest and good:
        source = good.path
    elif clicked is choose:
        path, _ = QFileDialog.getOpenFileName(parent, translate("backup_actions", "Choose a backup file"),
                                              str(backups.backup_dir(db_path)),
                                              translate("backup_actions", "Database (*.db)"))
        source = Path(path) if path else None
    if source is None:
        return False
    return run_action(parent, backups.restore, db_path, source,
                      title=translate("backup_actions", "Could not restore")) is not FAILED


def backup_to_folder(workspace: Workspace, parent: QWidget | None = None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent, translate("backup_actions", "Back up to a folder (for example a USB stick)"))
    if not folder:
        return None
    path = run_action(parent, backups.take_backup, workspace, "thu-cong", target_dir=Path(folder),
                      title=translate("backup_actions", "Could not back up"))
    if path is FAILED:
        return None
    QMessageBox.information(parent, translate("backup_actions", "Backup"),
                            translate("backup_actions", "Backed up and checked the file:\n{path}").format(path=path))
    return path


def restore_from_file(workspace: Workspace, parent: QWidget | None = None) -> bool:
    """Ask for a backup, check it, back up the present, replace. True: reopen the database."""
    path, _ = QFileDialog.getOpenFileName(parent, translate("backup_actions", "Restore from a backup"),
                                          str(backups.backup_dir(Path(workspace.store.path))),
                                          translate("backup_actions", "Database (*.db)"))
    if not path:
        return False
    answer = QMessageBox.question(
        parent, translate("backup_actions", "Restore from a backup"),
        translate("backup_actions", "Replace all the present data with the backup\n{path}?\n\n"
                                    "The present data are backed up first and can be brought back later.").format(
            path=path))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    saved = run_action(parent, _restore, workspace, Path(path),
                       title=translate("backup_actions", "Could not restore"))
    if saved is FAILED:
        return False
    QMessageBox.information(
        parent, translate("backup_actions", "Restore"),
        translate("backup_actions", "Restored. The copy taken before restoring: {name}").format(
            name=saved.name if saved else ""))
    return True


def _restore(workspace: Workspace, source: Path) -> Path | None:
    """Check the account may restore and the backup is whole, then restore it (the copy taken before)."""
    workspace.require(backups.Permission.RESTORE)
    backups.verify_backup(source)
    return backups.restore(workspace, source)
