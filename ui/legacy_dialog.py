"""The question asked when text typed in an old font (TCVN3 .VnTime, VNI-Times) arrives: shown as it
reads in Unicode, "Convert to Unicode?", Enter converting.

Asked rather than converted silently: the officer sees what will be printed and signed, and a
rare text the detection misreads ("50 µm" read as TCVN3 "àm" was one) is kept as typed with one
key (Escape) and saved so: the officer has seen how it reads, so nothing prints as odd characters
unseen.
"""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.legacy_text import Legacy


class LegacyTextDialog(QDialog):
    """`exec()` is Accepted when the officer chose the Unicode text (the default button)."""

    def __init__(self, legacy: Legacy, field: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Text in an old font"))
        layout = QVBoxLayout(self)
        self.question = QLabel(self.tr(
            "<b>{field}</b>: the text seems typed in a {font} font. As it is, it prints as odd "
            "characters on the report, in the Excel file and in the province's data.<br><br>"
            "<b>Convert it to Unicode?</b>").format(field=escape(field), font=escape(legacy.font)))
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self.preview = QPlainTextEdit(legacy.converted)
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("In Unicode it reads"))
        shown = QLabel(self.tr("In Unicode it reads:"))
        shown.setBuddy(self.preview)
        layout.addWidget(shown)
        layout.addWidget(self.preview, 1)
        buttons = QDialogButtonBox()
        self.convert = QPushButton(self.tr("&Convert to Unicode"))
        self.keep = QPushButton(self.tr("&Keep as typed"))
        buttons.addButton(self.convert, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.RejectRole)  # also Escape
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.convert.setDefault(True)
        self.convert.setFocus()
        self.resize(560, 360)


def ask_to_convert(parent: QWidget, legacy: Legacy, field: str) -> bool:
    """True when the officer chose the Unicode text of `legacy` for `field` (Enter); False: kept
    as typed (Escape), to be saved as typed (the services' `as_typed`). The keyboard goes back to
    the window either way."""
    dialog = LegacyTextDialog(legacy, field, parent.window())
    chosen = dialog.exec() == QDialog.DialogCode.Accepted
    parent.window().activateWindow()
    return chosen
