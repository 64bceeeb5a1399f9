"""Before Tệp › Xuất báo cáo… of an approval already exported for the province: the document number
and date its report carries, shown fixed (`Workspace.issued`, core/doc_number.py). Every export of
the same approval prints them again, so the paper and the file the province keeps never carry two
numbers; another number needs the period reopened and approved again, which the one line says."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop_app.core.doc_number import Issued, printed_number
from desktop_app.core.submission import Submission
from ui import labels
from ui.common import date_text
from ui.keyboard import one_default


class IssuedDialog(QDialog):
    """The fixed number and date (read only) of `sub`'s approval, issued as `issued`; Xuất (Enter)
    goes on to the folder, Hủy (Esc) stops."""

    def __init__(self, sub: Submission, issued: Issued, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Number and date of the report"))
        layout = QVBoxLayout(self)
        number = printed_number(issued.doc_number, sub.doc_symbol)
        self.number = QLineEdit(f"{number}/{sub.doc_symbol}" if number else "")
        self.number.setPlaceholderText(self.tr("blank, written by hand: /{symbol}").format(symbol=sub.doc_symbol))
        self.date = QLineEdit(date_text(issued.report_date))
        form = QFormLayout()
        for label, field in ((self.tr("Document number:"), self.number), (self.tr("Report date:"), self.date)):
            field.setReadOnly(True)  # fixed at the approval's first export: the core refuses another
            field.setFrame(False)  # read, selectable, and not offered for typing
            form.addRow(label, field)
        layout.addLayout(form)
        self.explanation = QLabel(labels.with_period(self.tr(
            "The approved report of {period} was already exported for the province with this number and date; it "
            "is exported with them again. For another number or date, a leader reopens the period and approves it "
            "again."), sub.period))
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(420)
        layout.addWidget(self.explanation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        one_default(self.export_button, self)
        self.export_button.setFocus()
