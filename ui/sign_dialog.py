"""Kỳ báo cáo › Ký số báo cáo…: the leader signs the approved period's exported report with the
token (or a PKCS#12 file). The dialog names what is signed, asks the PIN each time (never
kept; first focus, Enter signs, Escape cancels) and, when the organisation's certificate is
configured, the organisation's PIN too. One service call (`desktop_app.report_signing.
sign_report`) through `ui.actions.run_action`: a wrong PIN is shown, the PIN field is cleared
for another try, and nothing was written.

A folder already holding the period's signed pair (`signed_already`): before the PIN is asked
the leader is told what is signed, by whom and when, and chooses: send that pair as it is,
sign again (a new signature replaces it), or nothing (the default). The core signs again
when asked. Once signed, the box says so and offers "Gửi cho tỉnh…" for the signed pair; it
opens after the token's work, which the leader may have typed through (`ui.keyboard.unprompted`).

`SignatureSettingsBox` is the settings dialog's section (Tệp › Cài đặt…): the token's PKCS#11
library, browsed to once, the token's name and the signature image."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.certificates import KeySource, org_source
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.intake import VIETNAM_TIME
from desktop_app.core.pdf_signature import SETTING_KEYS, signed_name
from desktop_app.core.periods import Period
from desktop_app.report_signing import set_signature_settings, sign_report, signature_settings
from ui import colours, labels
from ui.colours import Meaning
from ui.common import in_language
from ui.actions import FAILED, run_action
from ui.export_dialog import SETTINGS_KEY as EXPORT_FOLDER_KEY
from ui.i18n import translate
from ui.keyboard import one_default, unprompted, unprompted_boxes
from ui.start_folder import start_folder

TOKEN, P12 = "pkcs11", "p12"
SIGN, SEND = "sign", "send"  # the answers to "already signed"
Send = Callable[[str], object]  # "Gửi cho tỉnh…" from a folder (MainMenus.send_to_province)


@dataclass(frozen=True)
class SignedAlready:
    """The period's signed pair found in a folder: the signed PDF, the workbook naming it, who
    signed (the certificates' holders, the leader first) and when ("" when unknown)."""
    pdf: Path
    xlsx: Path
    signers: tuple[str, ...]
    signed_at: str


def signed_already(workspace, period: Period, folder: str | Path) -> SignedAlready | None:
    """The signed pair of what the period stands on now, in `folder`: the workbook of its
    current export names the signed PDF beside it, unchanged (`desktop_app.mail.plan_mail`, as
    "Gửi cho tỉnh…" finds it). Who and when are read from the PDF's own signatures. None when
    the folder holds no such pair (an earlier export's is not this approval's: signing refuses
    it and says why)."""
    from desktop_app.mail import plan_mail
    from desktop_app.signature_check import verify_pdf

    if not str(folder).strip() or not Path(folder).is_dir():
        return None
    try:
        plan = plan_mail(workspace, period, folder)
    except ChiTieuError:
        return None
    ready = plan.ready
    if ready is None or not ready.submission.signed_pdf_sha256:
        return None
    check = verify_pdf(ready.pdf, [])
    when = check.signatures[0].signing_time if check.signatures else None
    return SignedAlready(ready.pdf, ready.xlsx, tuple(s.signer for s in check.signatures),
                         f"{when.astimezone(VIETNAM_TIME):%H:%M %d/%m/%Y}" if when else "")


def ask_sign_again(parent: QWidget | None, signed: SignedAlready, can_send: bool) -> str | None:
    """What is signed, by whom and when; SIGN (again), SEND (the pair as it is) or None
    (nothing: the default, and Escape)."""
    who = ", ".join(signed.signers)
    if who and signed.signed_at:
        said = translate("SignDialog", "The report is already signed digitally: {pdf} (folder {folder}), "
                                       "signed by {signers} at {time}. {xlsx} records it.")
    elif who:
        said = translate("SignDialog", "The report is already signed digitally: {pdf} (folder {folder}), "
                                       "signed by {signers}. {xlsx} records it.")
    else:
        said = translate("SignDialog", "The report is already signed digitally: {pdf} (folder {folder}). "
                                       "{xlsx} records it.")
    box = QMessageBox(QMessageBox.Icon.Warning, translate("SignDialog", "Already signed"),
                      said.format(pdf=signed.pdf.name, folder=signed.pdf.parent, signers=who, time=signed.signed_at,
                                  xlsx=signed.xlsx.name),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(translate(
        "SignDialog", "Signing again replaces {pdf} with a new signature and writes {xlsx} again: if the province "
                      "has already received the signed pair, send it the new pair too. To send the signed pair as "
                      "it is, nothing needs signing again.").format(pdf=signed.pdf.name, xlsx=signed.xlsx.name))
    send = (box.addButton(translate("SignDialog", "&Send the signed pair to the province…"),
                          QMessageBox.ButtonRole.ActionRole) if can_send else None)
    again = box.addButton(translate("SignDialog", "Sign &again"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(translate("SignDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)  # Enter signs nothing again
    box.setEscapeButton(cancel)
    if parent is not None:
        parent.sign_again_box = box  # reachable while it runs (tests drive it)
    box.exec()
    clicked = box.clickedButton()
    return SIGN if clicked is again else SEND if send is not None and clicked is send else None


def _label_for(text: str, field: QWidget) -> QLabel:
    """A form label whose Alt letter puts the cursor in `field` itself, not in the row around it."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _browse_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class SignDialog(QDialog):
    """`result` holds the SignResult once signed."""

    def __init__(self, workspace, period: Period, folder: str, parent: QWidget | None = None,
                 send: Send | None = None, confirmed: str | None = None):
        super().__init__(parent)
        self.workspace, self.period = workspace, period
        self.send = send
        self.confirmed = confirmed  # the folder whose signed pair the leader chose to sign again
        self.settings = signature_settings(workspace)
        self.result = None
        sub = workspace.submission(period)
        self.stem = sub.file_stem
        self.setWindowTitle(self.tr("Sign the report digitally"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(labels.with_period(self.tr(
            "<b>{unit}</b>, {period}: the exported report <i>{pdf}</i> is signed into <i>{signed}</i> beside it, and "
            "the Excel file is written again with the signed PDF's code. Send the province both files."), sub.period,
            unit=sub.unit_name, pdf=f"{self.stem}.pdf", signed=signed_name(self.stem)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(self.tr("Folder of the exported report"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self._choose_folder)
        form.addRow(self.tr("Folder:"), _browse_row(self.folder, browse))
        self.source = QComboBox()
        self.source.addItem(self.tr("Token (USB digital signature device)"), TOKEN)
        self.source.addItem(self.tr("Certificate file (.p12, .pfx)"), P12)
        if not self.settings.pkcs11_module:  # no token set up here: the certificate file is the way
            self.source.setCurrentIndex(self.source.findData(P12))
        form.addRow(self.tr("Sign with:"), self.source)
        self.module = QLabel(self.settings.pkcs11_module or self.tr(
            "not chosen yet: the administrator chooses it in File › Settings… › Digital signature"))
        self.module.setWordWrap(True)
        self.module_label = QLabel(self.tr("Token library:"))
        form.addRow(self.module_label, self.module)
        self.p12 = QLineEdit()
        self.p12.setAccessibleName(self.tr("Certificate file"))
        self.p12_browse = QPushButton(self.tr("Choose…"))
        self.p12_browse.setAutoDefault(False)
        self.p12_browse.clicked.connect(self._choose_p12)
        self.p12_label = QLabel(self.tr("Certificate file:"))
        form.addRow(self.p12_label, _browse_row(self.p12, self.p12_browse))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_label = QLabel()
        form.addRow(self.pin_label, self.pin)
        org = org_source(self.settings) if self.settings.org_configured else None
        self.org = org
        self.org_pin = None
        if org is not None:
            self.org_pin = QLineEdit()
            self.org_pin.setEchoMode(QLineEdit.EchoMode.Password)
            self.org_pin.setAccessibleName(self.tr("PIN or password of the organisation's certificate"))
            form.addRow(self.tr("Organisation's PIN ({what}):").format(what=org.what), self.org_pin)
        layout.addLayout(form)
        self.note = QLabel()  # what is asked of the way chosen (`_show_source`): a file has no PIN
        self.note.setWordWrap(True)
        self.note.setStyleSheet(colours.style(Meaning.NOTE, self.note))
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)  # and Escape
        layout.addWidget(buttons)
        # Enter signs, also after Tab went over "Cancel" (Enter or Space on "Cancel" presses that).
        one_default(self.ok_button, self)
        self.source.currentIndexChanged.connect(self._show_source)
        self._show_source()
        # the first thing to fill: the certificate file when it is the way and none is chosen yet
        (self.p12 if not self.p12.isHidden() and not self.p12.text() else self.pin).setFocus()

    def _show_source(self, *_args) -> None:
        p12 = self.source.currentData() == P12
        for widget in (self.p12_label, self.p12, self.p12_browse):
            widget.setVisible(p12)
        self.module_label.setVisible(not p12)
        self.module.setVisible(not p12)
        self.pin_label.setText(self.tr("Certificate file's password:") if p12 else self.tr("Token PIN:"))
        self.pin.setAccessibleName(self.pin_label.text().rstrip(":"))
        # The PIN's note only where a PIN is asked (walk 14, L3: it spoke of the token's PIN beside the
        # file's password); the file's in its place, so the dialog keeps its height from one to the other.
        token_pin = not p12 or (self.org is not None and self.org.kind == TOKEN)  # the organisation's token
        self.note.setText(self.tr("The PIN is asked each time and never kept. A token locks itself after a few "
                                  "wrong PINs in a row.") if token_pin else
                          self.tr("The certificate file's password is asked each time and never kept."))
        # A token without its library cannot sign: no PIN asked for nothing (a token counts wrong PINs
        # towards its lock-out, walk 13, M2), the line saying who chooses it in the error's colour.
        unusable = not p12 and not self.settings.pkcs11_module
        self.pin.setEnabled(not unusable)
        self.ok_button.setEnabled(not unusable)
        self.module.setStyleSheet(colours.style(Meaning.REFUSAL, self.module, "font-weight: bold;") if unusable else "")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of the exported report"),
                                                  start_folder(self.folder.text().strip()))
        if folder:
            self.folder.setText(folder)

    def _choose_p12(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Certificate file"),
                                              start_folder(Path(self.p12.text()).parent if self.p12.text() else None,
                                                           self.folder.text().strip()),
                                              self.tr("Certificate files (*.p12 *.pfx)"))
        if path:
            self.p12.setText(path)

    def key_source(self) -> KeySource:
        if self.source.currentData() == P12:
            return KeySource(P12, self.p12.text().strip(), secret=self.pin.text())
        return KeySource(TOKEN, self.settings.pkcs11_module, self.settings.token_label, self.pin.text())

    def accept(self) -> None:
        folder = self.folder.text().strip()
        if folder != self.confirmed:  # another folder than the one asked about: its pair signed?
            signed = signed_already(self.workspace, self.period, folder)
            if signed is not None:
                choice = ask_sign_again(self, signed, self.send is not None)
                if choice == SEND:
                    self.reject()
                    self.send(str(signed.pdf.parent))
                    return
                if choice != SIGN:
                    self.pin.setFocus()
                    return
                self.confirmed = folder
        org = None
        if self.org is not None:
            org = KeySource(self.org.kind, self.org.path, self.org.token_label, self.org_pin.text())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The token works for seconds, the leader may type meanwhile: a refusal (a wrong PIN)
            # waits for a pause before a key closes it.
            with unprompted_boxes():
                result = run_action(self, sign_report, self.workspace, self.period, folder,
                                    self.key_source(), org, title=self.tr("Could not sign the report"),
                                    confirm=self._sign_anyway)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if result is FAILED or result is None:  # shown already, or not signed: the PINs typed again, nothing written
            self.pin.clear()
            if self.org_pin is not None:
                self.org_pin.clear()
            self.pin.setFocus()
            return
        self.result = result
        super().accept()


    def _sign_anyway(self, warning) -> bool:
        """Asked once the token is open, before its certificate signs, when it is another person's
        than the report's signer or self-issued (`report_signing.certificate_warning`): the leader may
        go on; "Do not sign" (the default) signs and writes nothing."""
        QGuiApplication.restoreOverrideCursor()  # the wait cursor is not the question's
        question = self.tr("Sign the report with this certificate all the same?")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Check the certificate"),
                          f"{in_language(warning)}\n\n{question}", QMessageBox.StandardButton.NoButton, self)
        sign = box.addButton(self.tr("&Sign anyway"), QMessageBox.ButtonRole.AcceptRole)
        stop = box.addButton(self.tr("Do &not sign"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stop)
        box.setEscapeButton(stop)
        box.exec()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        return box.clickedButton() is sign


def sign_report_dialog(parent: QWidget, workspace, period: Period, settings: QSettings | None = None,
                       send: Send | None = None):
    """Ký số báo cáo…: the dialog, then what was written; the SignResult, or None. `send`:
    "Gửi cho tỉnh…" from a folder (None: the window's `send_to_province`, when it has one)."""
    qsettings = settings or QSettings()
    folder = qsettings.value(EXPORT_FOLDER_KEY, "", type=str) or str(Path.home())
    send = send or getattr(parent, "send_to_province", None)
    signed = signed_already(workspace, period, folder)
    if signed is not None:  # said before any PIN is typed
        choice = ask_sign_again(parent, signed, send is not None)
        if choice == SEND:
            send(str(signed.pdf.parent))
        if choice != SIGN:
            return None
    dialog = SignDialog(workspace, period, folder, parent, send=send, confirmed=folder if signed else None)
    parent.sign_dialog = dialog  # reachable while it runs (tests drive it)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    r = dialog.result
    qsettings.setValue(EXPORT_FOLDER_KEY, str(r.pdf.parent))
    text = translate("SignDialog", "Signed by {signers} at {time}:\n{pdf}\n\nThe Excel file {xlsx} was written again with the "
                     "signed PDF's code. Send the province both files.").format(
        signers=", ".join(r.signers), time=r.signed_at_text, pdf=r.pdf, xlsx=r.xlsx.name)
    if r.notice:
        text += "\n\n" + r.notice
    box = QMessageBox(QMessageBox.Icon.Information, translate("SignDialog", "Report signed"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    send_button = (box.addButton(translate("SignDialog", "&Send to the province…"), QMessageBox.ButtonRole.ActionRole)
                   if send is not None else None)
    close = box.addButton(translate("SignDialog", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)  # Enter closes, as after an export; Alt+G (Tab, Space) sends
    box.setEscapeButton(close)
    parent.sign_done_box = unprompted(box)  # after the token's seconds of work, maybe typed through
    box.exec()
    if send_button is not None and box.clickedButton() is send_button:
        send(str(r.pdf.parent))
    return r


class SignatureSettingsBox(QGroupBox):
    """Tệp › Cài đặt… › Chữ ký số: browse once to the token's PKCS#11 library (.dll), the token's
    name when several are plugged in, and the image of the signer's handwritten signature."""

    def __init__(self, workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setTitle(self.tr("Digital signature"))
        s = signature_settings(workspace)
        form = QFormLayout(self)
        self.module = QLineEdit(s.pkcs11_module)
        self.module.setPlaceholderText(self.tr("the .dll installed with the token's driver"))
        self.module.setAccessibleName(self.tr("Token library (PKCS#11)"))
        self.token = QLineEdit(s.token_label)
        self.token.setPlaceholderText(self.tr("only when several tokens are plugged in"))
        self.token.setAccessibleName(self.tr("Token name"))
        self.image = QLineEdit(s.image)
        self.image.setPlaceholderText(self.tr("PNG, transparent background (optional)"))
        self.image.setAccessibleName(self.tr("Signature image"))
        # Alt letters of their own, none taken by the settings dialog around them (walk 16, L7).
        for label, edit, browse, title, pattern in (
                (self.tr("Token l&ibrary:"), self.module, self.tr("C&hoose the library…"),
                 self.tr("Token library (PKCS#11)"), self.tr("Libraries (*.dll *.so *.dylib);;All files (*)")),
                (self.tr("Sign&ature image:"), self.image, self.tr("Ch&oose the image…"),
                 self.tr("Signature image"), self.tr("PNG images (*.png)"))):
            button = QPushButton(browse)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, e=edit, t=title, p=pattern: self._choose(e, t, p))
            form.addRow(_label_for(label, edit), _browse_row(edit, button))
            if edit is self.module:
                form.addRow(_label_for(self.tr("Token &name:"), self.token), self.token)

    def _choose(self, edit: QLineEdit, title: str, pattern: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, title,
                                              start_folder(Path(edit.text()).parent if edit.text() else None),
                                              pattern)
        if path:
            edit.setText(path)

    def field_named(self, name: str | None) -> QWidget | None:
        """The field a refusal names (its `field`: the core's words for the setting), None for another."""
        return {SETTING_KEYS["signature_pkcs11_module"]: self.module, SETTING_KEYS["signature_token_label"]: self.token,
                SETTING_KEYS["signature_image"]: self.image}.get(name or "")

    def save(self) -> None:
        """Within the settings dialog's accept(): ChiTieuError names the field refused."""
        now = signature_settings(self.workspace)
        typed = {"pkcs11_module": self.module.text(), "token_label": self.token.text(), "image": self.image.text()}
        changed = {k: v for k, v in typed.items() if v.strip() != getattr(now, k)}
        if changed:
            set_signature_settings(self.workspace, **changed)
