"""A folder still being read when the province window closes or its person logs out.

The reading is stopped between files and waited for: never left running unseen behind a closed
window, nor going on under the next person's login (walk U3: the window closed mid-read, the
reading went on, and the leader's window, opened meanwhile, read "Đã nhận 1/92" over 4 keys
pending, the files read after it had opened). Closing asks first, "Tiếp tục đọc" the default;
logging out (Tệp › Đăng xuất, "Đăng xuất" on the lock) stops without a question: the person
leaves. Either way the files read stay received, the file in hand is stored whole or not at all
(`desktop_app.intake`: one transaction per file), and reading the folder again reads the others
(the files received are not taken twice). The service stops by itself too once the person who
started the reading has logged out of the window (`ProvinceOffice.intake`).
"""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate


def reading(window) -> bool:
    """Whether the window's reading of a folder is running."""
    task = getattr(window, "task", None)
    return bool(getattr(window, "_reading", False)) and task is not None and task.running


def ask_to_stop(window: QWidget, read: int, total: int) -> bool:
    """The question before a window closes on a reading: True to stop it (and close)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("ProvinceWindow", "Receive reports"),
                      translate("ProvinceIntakeStop", "The folder is still being read: {read} of {total} files read.")
                      .format(read=read, total=total) if total else
                      translate("ProvinceIntakeStop", "The folder is still being read."), parent=window)
    box.setInformativeText(translate(
        "ProvinceIntakeStop", "Stop reading and close the window? The files read so far stay received; the file "
        "being read is received whole or not at all. Read the folder again later for the other files: those "
        "already received are not taken twice."))
    stop = box.addButton(translate("ProvinceIntakeStop", "&Stop reading and close"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("ProvinceIntakeStop", "&Keep reading"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is stop


def reading_may_end(window, *, ask: bool) -> bool:
    """No reading left running: none was, or it was stopped and has ended (its rows and summary
    shown, "Stopped as asked"). `ask`: the person says first whether to stop it (a window closing);
    False when they chose to keep reading (the window stays)."""
    if not reading(window):
        return True
    if ask:
        dialog = window.task.dialog
        if not ask_to_stop(window, window.intake_model.rowCount(), max(dialog.maximum(), 0)):
            return False
    if reading(window):  # not ended while the question was up
        window.task.stop_and_wait()
    return True
