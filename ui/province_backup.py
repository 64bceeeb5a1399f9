"""The province window's backups (walk U10 F2): Tệp › Sao lưu ra… and Tệp › Khôi phục từ bản sao lưu…, the
commune window's own flow (ui/backup_actions.py: who may, the backups by date, the checks, the question with
Không by default, the present data backed up first), then the window closes and ui.app.run_gui opens it again on
the restored data (`restored`, as ui/main_menus.restore). Once it is open again, one box says what the restore took
back that the trust in the units' reports rests on (`desktop_app.backups.taken_back`: keys confirmed since, pending
again; unsigned versions accepted; reports received since; keys revoked since, which stay revoked), read from the
copy of the data replaced and the backup put back (`restored_note`, `say_taken_back`).

The items' words are the commune window's (its Vietnamese and English); their Alt letters are moved, where the
province's File menu has the letter already, to the first letter of the words free there (`free_letter`)."""
from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.words import Words
from ui.common import in_language
from ui.fitting import unbroken_names
from ui.i18n import translate
from ui.keyboard import unprompted


def free_letter(text: str, taken: set[str]) -> str:
    """`text` with its Alt letter on the first plain letter (a-z) of its words none of `taken` is, the letter it
    has when that one is free (or none is)."""
    plain = text.replace("&", "")
    mark = re.search("&([^&])", text)
    if mark is None or mark.group(1).lower() not in taken:
        return text
    for i, ch in enumerate(plain):
        if "a" <= ch.lower() <= "z" and ch.lower() not in taken:
            return plain[:i] + "&" + plain[i:]
    return text


def _letters(menu, but: tuple = ()) -> set[str]:
    return {m.group(1).lower() for a in menu.actions() if a not in but and (m := re.search("&([^&])", a.text()))}


class ProvinceBackups:
    """A mixin of ui.province_window.ProvinceWindow: its File menu's backup items."""

    restored = False  # True once Khôi phục… replaced the database this window read (ui.app.run_gui opens it again)
    restored_note: Words | None = None  # what the restore took back, said by the window opened again

    def _backup_menu(self) -> None:
        self.backup_action = self.file_menu.addAction("", lambda: self.backup())
        self.restore_action = self.file_menu.addAction("", lambda: self.restore())

    def _retranslate_backups(self) -> None:
        """After every other item's words: the two take letters none of them has."""
        mine = (self.backup_action, self.restore_action)
        self.backup_action.setText(free_letter(translate("MainWindow", "&Back up to…"), _letters(self.file_menu, mine)))
        self.restore_action.setText(free_letter(translate("MainWindow", "&Restore from a backup…"),
                                                _letters(self.file_menu, (self.restore_action,))))

    def backup(self):
        from ui.backup_actions import backup_to_folder

        return backup_to_folder(self.workspace, self)

    def restore(self) -> None:
        """Tệp › Khôi phục từ bản sao lưu…: refused at once for one who may not (the core's check); a folder being
        read is stopped first (asked); once the database is replaced, the window closes, `restored` set."""
        from desktop_app import backups
        from desktop_app.core.users import Permission
        from ui.backup_actions import restore_from_file
        from ui.province_intake_stop import reading_may_end

        if self.workspace.may(Permission.RESTORE) and not reading_may_end(self, ask=True):
            return
        said = []
        if restore_from_file(self.workspace, self,
                             on_restored=lambda source, saved: said.append(backups.taken_back(saved, source))):
            self.restored = True
            self.restored_note = said[0] if said else None
            self.close()


def say_taken_back(window: QWidget, note: Words | None) -> QMessageBox | None:
    """The box the province window opened again after a restore shows once (ui.app.run_gui): what the restore
    took back, and what to do (confirm keys again from the papers, read the folders again)."""
    if not note:
        return None
    box = QMessageBox(QMessageBox.Icon.Information, translate("backup_actions", "Restore"),
                      unbroken_names(in_language(note)), QMessageBox.StandardButton.Ok, window)
    window.restore_box = box  # tests read it
    unprompted(box).exec()
    return box
