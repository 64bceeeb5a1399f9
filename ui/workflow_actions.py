"""The period's sign-off as menu actions: Hoàn thành, Duyệt, Mở lại. Each calls one service."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.core.periods import Period
from desktop_app.core.submission import SHORT_FINGERPRINT
from desktop_app.services import Workspace
from ui import labels
from ui.actions import FAILED, run_action
from ui.i18n import translate
from ui.keyboard import ask_text


def complete_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    if run_action(parent, workspace.complete, period,
                  title=translate("workflow_actions", "Could not mark it complete")) is FAILED:
        return False
    QMessageBox.information(
        parent, translate("workflow_actions", "Complete"),
        translate("workflow_actions", "{period} is marked Complete. A leader can approve it.").format(
            period=labels.period_name(period)))
    return True


def approve_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    answer = QMessageBox.question(
        parent, translate("workflow_actions", "Approve the period"),
        translate("workflow_actions",
                  "Approve the results of {period}?\n\nOnce approved, the figures, comments, report text and "
                  "the targets used are locked; exported reports no longer carry the DRAFT mark. To change "
                  "anything the period must be reopened, with a reason.").format(period=labels.period_name(period)))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    fingerprint = run_action(parent, workspace.approve, period,
                             title=translate("workflow_actions", "Could not approve"))
    if fingerprint is FAILED:
        return False
    code = fingerprint[:SHORT_FINGERPRINT]
    box = QMessageBox(QMessageBox.Icon.Information, translate("workflow_actions", "Approved"),
                      translate("workflow_actions", "{period} is approved.\nAuthentication code: {code}").format(
                          period=labels.period_name(period), code=code), QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(labels.authentication_code_tip(code, workspace.key_code))
    box.setToolTip(box.informativeText())
    box.exec()
    return True


def reopen_period(parent: QWidget | None, workspace: Workspace, period: Period) -> bool:
    # One line (Enter reopens, as in every dialog); the reason is a sentence in the history.
    reason, ok = ask_text(
        parent, translate("workflow_actions", "Reopen the period"),
        translate("workflow_actions",
                  "Why reopen {period} (required; the approved version is kept in the history):").format(
            period=labels.period_name(period)))
    if not ok:
        return False
    return run_action(parent, workspace.reopen, period, reason,
                      title=translate("workflow_actions", "Could not reopen")) is not FAILED
