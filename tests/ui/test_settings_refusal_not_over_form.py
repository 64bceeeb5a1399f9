"""Settings refusing to switch a unit that approved a report (a message of four lines): the dialog is
as tall as the screen allows, so the scrolled form gives up the room and the refusal is read whole
below it, not drawn over the last fields (seen while checking rt18 F5's refusal, 04/12/2026)."""
from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.core.test_workflow import fill_year
from ui.setup_dialog import SetupDialog


def test_a_long_refusal_is_below_the_form_and_goes_when_corrected(qtbot, workspace):
    fill_year(workspace, "2026-6M")
    workspace.complete("2026-6M")
    workspace.approve("2026-6M")
    dialog = SetupDialog(workspace, first_run=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.search.setText("nghinh tuong")
    QApplication.processEvents()
    dialog.accept()
    QApplication.processEvents()
    error, scroll = dialog.error, dialog.scroll
    assert error.isVisible() and error.text().startswith("Cơ sở dữ liệu này là của Xã Tân Cương")
    assert error.heightForWidth(error.width()) <= error.height()  # every line of it
    assert error.geometry().top() >= scroll.geometry().bottom()  # not over the form
    assert error.geometry().bottom() < dialog.ok_button.mapTo(dialog, QPoint(0, 0)).y()  # above the buttons
    dialog.search.setText("tan cuong")  # the unit's own: the refusal goes, the form its whole height again
    QApplication.processEvents()
    dialog.accept()
    assert workspace.commune.name == "Xã Tân Cương"
