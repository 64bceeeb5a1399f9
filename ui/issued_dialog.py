"""Before Tệp › Xuất báo cáo… of an approval already exported for the province: the document number
and date its report carries, shown fixed (`Workspace.issued`, core/doc_number.py). Every export of
the same approval prints them again, so the paper and the file the province keeps never carry two
numbers. They were asked at that first export (`ui.document_dialog`, or `chitieu export --number
--date`); another number or date needs the period reopened and approved again (walk 29b), whose first
export asks them again. Of a number a restore recorded from the data it replaced
(`Issued.recorded_at`), that advice was wrong: the number goes with the report's code (`Workspace.issued`,
core/restore_record.recorded_for), so the same figures approved again keep it; the box says so
(`RECORDED_ADVICE`). Shown as text, not as fields: nothing here is typed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.core.doc_number import Issued, printed_number
from desktop_app.core.periods import format_time
from desktop_app.core.submission import Submission
from ui import labels
from ui.common import date_text
from ui.keyboard import one_default

RECORDED_ADVICE = QT_TRANSLATE_NOOP(
    "IssuedDialog",
    "The approved report of {period} is exported with them again: they go with its code, not with one approval. "
    "Reopened and approved again with the same figures and text (the same code), the report keeps this number and "
    "date. Only a report changed after reopening (another code) takes another number and date, asked at its first "
    "export.")


class IssuedDialog(QDialog):
    """The fixed number and date (read only) of `sub`'s approval, issued as `issued`; Xuất (Enter)
    goes on to the folder, Hủy (Esc) stops."""

    def __init__(self, sub: Submission, issued: Issued, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Number and date of the report"))
        layout = QVBoxLayout(self)
        number = printed_number(issued.doc_number, sub.doc_symbol)
        # a blank number said plainly, not as a grey hint in an empty box that looks typeable (walk 29b)
        self.number = QLabel(f"{number}/{sub.doc_symbol}" if number else self.tr(
            "……/{symbol} (written by hand on the paper)").format(symbol=sub.doc_symbol))
        self.date = QLabel(date_text(issued.report_date))
        form = QFormLayout()
        for label, field in ((self.tr("Document number:"), self.number), (self.tr("Report date:"), self.date)):
            # fixed at the approval's first export (the core refuses another): text to read or copy, not to type
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
        layout.addLayout(form)
        if issued.recorded_at:  # not exported here: a restore recorded them from the data it replaced (red-team 31)
            self.explanation = QLabel(self.tr(
                "This number and date were recorded by the restore at {time} from the data it replaced: the province "
                "holds the report of this code with them.").format(time=format_time(issued.recorded_at)) + " "
                + labels.with_period(self.tr(RECORDED_ADVICE), sub.period))
        else:
            self.explanation = QLabel(labels.with_period(self.tr(
                "The approved report of {period} was already exported for the province with this number and date; "
                "it is exported with them again. For another number or date, a leader reopens the period and "
                "approves it again; its next export asks them again."), sub.period))
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
