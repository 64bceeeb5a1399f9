""""Xác nhận khóa" (Confirm key): the code printed on a unit's signed paper report, typed, and
the question asked before a key that also signs another unit's files is confirmed as shared.
Opened from the "Signing keys" tab (`ui.province_keys`)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.keys import KeyState, SharedKey, in_window
from desktop_app.core.reconfirm import RevokedAgain
from desktop_app.core.signing import normalise_code
from ui.actions import FAILED, run_action
from ui.common import error_text, in_language
from ui.i18n import translate
from ui.paper_code import PaperCodeDialog

# The longest a key code is typed: its 16 letters and digits, the gaps between its groups " - " at most.
CODE_TYPED = 16 + 3 * 3


def confirm_effect(keys) -> str:
    """What confirming one of the unit's keys (`keys`, its rows of the register) does, said before the
    code is typed: the unit's other keys in use replaced or revoked, and the reports they signed; the
    files the confirmed key signed that were refused, taken only once their folder is read again (the
    province keeps no copy of a refused file). No key's code is named: the dialog never shows the code
    it expects."""
    in_use = [k.state for k in keys if k.state in (KeyState.XAC_NHAN, KeyState.CHO)]
    said = [translate("KeyConfirmDialog", "Confirming a key:")]
    if KeyState.XAC_NHAN in in_use:
        said.append("• " + translate("KeyConfirmDialog", "the unit's confirmed key, if you confirm another, is "
                                     "replaced and kept in the history; the reports it signed still count;"))
    if in_use.count(KeyState.CHO) > 1 or (KeyState.CHO in in_use and len(keys) > 1):
        said.append("• " + translate("KeyConfirmDialog", "the unit's other keys awaiting confirmation are revoked "
                                     "and kept in the history; a report one of them signed stops counting, the "
                                     "unit then counting as not sent for its period until a report signed by the "
                                     "confirmed key is received;"))
    said.append("• " + translate("KeyConfirmDialog", "files signed by the confirmed key and refused before (signature "
                                 "mismatch) count only once their folder is read again: the box after the "
                                 "confirmation offers it."))
    return "\n".join(said)


class KeyConfirmDialog(PaperCodeDialog):
    """Xác nhận khóa: the code read on the unit's signed paper report, typed.

    The code typed goes to `ProvinceOffice.confirm_key` (case, spaces and dashes ignored);
    a code that is none of the unit's keys is refused with the service's message, which
    names the codes, and the dialog stays open with the code selected until the person types
    over it (it was left unselected: the code typed again went after the refused one), the field
    no longer than a code can be typed (`CODE_TYPED`). Keyboard: the code field has the focus,
    Enter confirms, Escape cancels.
    """

    def __init__(self, office, unit_code: str, unit_name: str, parent: QWidget | None = None, keys=(),
                 again: str | None = None):
        self.office, self.unit_code = office, unit_code
        self.again = again  # the code of a revoked key the person already said to confirm again (`ask_again`)
        super().__init__(
            translate("KeyConfirmDialog", "Confirm key — {unit}").format(unit=unit_name),
            translate("KeyConfirmDialog", "Take the signed and stamped paper report of {unit} and type the code printed after \"Mã khóa của "
                    "máy lập\" at its foot (four groups of four letters and digits). Do not copy it from the screen: "
                    "the confirmation is worth only what the paper is.").format(unit=unit_name),
            translate("KeyConfirmDialog", "&Key code on the paper:"), translate("KeyConfirmDialog", "Key code on the paper"),
            translate("KeyConfirmDialog", "C&onfirm"), translate("KeyConfirmDialog", "&Cancel"), parent)
        self.confirm_button = self.go_button
        # what confirming does, read before Enter (walk U5 F2: the old key's report dropped unannounced)
        self.effect = QLabel(confirm_effect(keys))
        self.effect.setObjectName("confirm_effect")
        self.effect.setWordWrap(True)
        self.effect.setTextFormat(Qt.TextFormat.PlainText)
        self.layout().insertWidget(self.layout().count() - 1, self.effect)
        self.code.setMaxLength(CODE_TYPED)
        self.refused = False  # a code refused and not typed over yet: kept selected
        self.code.textEdited.connect(lambda _text: setattr(self, "refused", False))
        self.code.installEventFilter(self)

    def accept(self) -> None:
        """As `PaperCodeDialog.accept`; a refused code is selected again once the keyboard is
        back in the field after the message (whenever the window manager gives it back)."""
        super().accept()
        if self.isVisible() and self.result_value is None and self.code.text().strip():
            self.refused = True
            QTimer.singleShot(0, self._select_refused)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.code and event.type() == QEvent.Type.FocusIn and self.refused \
                and event.reason() != Qt.FocusReason.MouseFocusReason:  # a click places the cursor
            QTimer.singleShot(0, self._select_refused)
        return False

    def _select_refused(self) -> None:
        if self.refused:
            self.code.selectAll()

    @property
    def confirmed(self):
        """The key confirmed (UnitKey), once accepted."""
        return self.result_value

    def check(self, code: str):
        """The service's word on the code typed; a key that also signs another unit's files
        asks a second question, naming that unit (No by default), before it is confirmed as shared."""
        title = self.tr("Key not confirmed")

        flags = {"again": bool(self.again) and normalise_code(code) == normalise_code(self.again)}

        def attempt(**more):
            """The office's confirm_key, its refusal in the window's words (`in_window`): the tab's
            buttons named where the service names the command line's."""
            flags.update(more)
            try:
                return self.office.confirm_key(self.unit_code, code, **flags)
            except ChiTieuError as refused:
                refused.message = in_window(refused.message)
                refused.args = (refused.message, *refused.args[1:])
                if isinstance(refused, (SharedKey, RevokedAgain)):  # not an error to show: a question to ask
                    return refused
                raise

        result = run_action(self, attempt, title=title)
        if isinstance(result, RevokedAgain):  # a revoked key's code typed: asked first (walk U10, F1)
            if not ask_again(self, result.facts):
                return FAILED
            result = run_action(self, attempt, again=True, title=title)
        if isinstance(result, SharedKey):
            refused = result
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("A key of two units"), error_text(refused) + "\n\n" + self.tr(
                "Confirm it as shared by these units? Answer Yes only if the signed paper reports of all of them "
                "print this same key code."), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return FAILED
            result = run_action(self, attempt, shared=True, title=title)
        return FAILED if isinstance(result, ChiTieuError) else result


def ask_again(parent: QWidget, facts) -> bool:
    """Whether to confirm a revoked key again: who revoked it and when, what a revocation means and
    what confirming it again does (`RevokedAgain.facts`), asked Yes or No, No by default, as the
    tab's other questions on keys (Enter answers No, Escape too)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("KeyConfirmDialog", "Confirm a revoked key again"),
                      in_language(facts) + "\n\n" + translate(
                          "KeyConfirmDialog", "Confirm this revoked key again? Answer Yes only if the revocation "
                          "was a mistake: the unit's computer was not lost and its key did not leak."),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:  # read as the revoke question is, not in Qt's narrow column
        label.setMinimumWidth(560)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
