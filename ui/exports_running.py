"""An export or a send to the province still running when the commune window closes or its person
logs out.

The files are written into a hidden folder and named only once the period is recorded Sent, on
the window's thread (`exports.staging`, `ExportController._done`): a window closed mid-export
left nothing half-written, but nothing at all, and the person who had asked for the files was not
told. Closing now asks, naming what runs, "Wait for it to finish" the default, and waits for its
end (its error, if any, said) before the window closes; logging out (Tệp › Đăng xuất, the
lock's "Đăng xuất", Đăng nhập tài khoản khác) asks and waits likewise, before the next person logs
in: the Sent status is recorded in the name of who exported, never refused as nobody's.

Waiting, not stopping: an export of a period takes under a second, the person asked for the files
and may have told the province they come; stopping would throw them away without a word after
the person chose to export them. "Back to the window" (Escape) keeps the window and the person.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ui import labels
from ui.i18n import translate


def running(window) -> list:
    """The window's controllers with work in the background: its exports (Tệp › Xuất báo cáo…)
    and its send to the province (Tệp › Gửi cho tỉnh…)."""
    controllers = [getattr(action, "controller", None) for action in window.file_menu.actions()]
    controllers.append(getattr(window, "send_controller", None))
    return [c for c in controllers if c is not None and c.task is not None and c.task.running]


def what_runs(window, controllers: list) -> str:
    """The sentence naming the work in hand."""
    sends = [c for c in controllers if hasattr(c, "busy")]  # a SendController: its period is its own
    if sends:
        return labels.with_period(translate(
            "ExportsRunning", "The e-mail to the province for {period} and its files are still being prepared."),
            sends[0].period)
    return labels.with_period(translate(
        "ExportsRunning", "The files of the report of {period} (PDF and Excel) are still being written."),
        controllers[0].period)


def ask_to_wait(window: QWidget, controllers: list, *, logging_out: bool) -> bool:
    """The question before the window closes (or its person logs out) on work running: True to
    wait for its end, then go on; False to stay in the window."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("ExportsRunning", "Log out") if logging_out else
                      translate("ExportsRunning", "Close the window"),
                      what_runs(window, controllers), parent=window)
    box.setInformativeText(
        translate("ExportsRunning", "Wait for it to finish, then log out? It takes a moment: the files are then "
                                    "whole in their folder, recorded in your name.") if logging_out else
        translate("ExportsRunning", "Wait for it to finish, then close the window? It takes a moment: the files "
                                    "are then whole in their folder. Closed before, they would not be written."))
    wait = box.addButton(translate("ExportsRunning", "&Wait for it to finish"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(translate("ExportsRunning", "&Back to the window"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(wait)
    box.setEscapeButton(back)
    window.exports_running_box = box  # for the tests and the screenshots
    box.exec()
    window.exports_running_box = None
    return box.clickedButton() is wait


def wait_for(window) -> None:
    """Until nothing runs, the window's events served: each end delivered (the files named and the
    period recorded, or the error said; a number taken meanwhile asked again and exported again)."""
    while controllers := running(window):
        controllers[0].task.wait()


def exports_may_end(window, *, logging_out: bool = False) -> bool:
    """Nothing left running in the background: none was, or the person chose to wait and it has
    ended. False: they went back to the window (nothing changed). A close asked while waiting is
    refused (it would ask again over the wait)."""
    if getattr(window, "_waiting_for_exports", False):
        return False
    controllers = running(window)
    if not controllers:
        return True
    if not ask_to_wait(window, controllers, logging_out=logging_out):
        return False
    window._waiting_for_exports = True
    try:
        wait_for(window)
    finally:
        window._waiting_for_exports = False
    for controller in controllers:  # what its end opened goes with the window (a log-out closes it too)
        done = getattr(controller, "done_dialog", None)
        if done is not None and not logging_out:
            done.done(QDialog.DialogCode.Rejected)
    return True


class WaitsForExports:
    """A mixin of the commune window, before `MainMenus`: logging out (either way) waits for the
    window's export or send first, as closing does (`MainWindow.closeEvent`)."""

    def log_out(self) -> bool:
        if not exports_may_end(self, logging_out=True):
            if self.idle_lock.cover.isVisible():  # from the lock's "Log out": the lock again
                self.idle_lock.lock()
            return False
        return super().log_out()

    def switch_account(self) -> None:
        if exports_may_end(self, logging_out=True):
            super().switch_account()

