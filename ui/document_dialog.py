"""The number and date of an approved report, asked at its first export for the province.

The first export of an approval fixes the document number and date its report prints ("Số: 15/BC-UBND",
"ngày 18 tháng 12 năm 2026"; core/doc_number.py): every later export prints them again. The window
printed no number (it was left blank, written by hand on the paper) and dated the report the day of
that export, and only `chitieu export --number --date` could give others; a report signed digitally
in the window (Ký số báo cáo…) then went out without a number, since nothing is written by hand on a
PDF. Tệp › Xuất báo cáo… and Gửi cho tỉnh… now ask them here first, once, before the folder: the
number may stay blank (written by hand on the paper), the date is the first the core accepts unless
changed: today's, or the last day of the period's figures when later (core/periods.earliest_report_date),
a line under it saying why (a year approved on 06/12 for figures to 14/12 was shown 06/12 and refused
it: Enter never exported, walk U1 F1). What is typed is judged by the core as the export will judge it
(`services.check_document`): refused under the form, the cursor in the field it names, nothing written.

The number is judged again as the export reads the period and as it is marked sent, since another window or
copy of the program may issue it for another report meanwhile (core/number_taken.py): refused there, the
export made the officer start again from the menu. The box opens again instead, the number refused in it and
why under the form, and the export goes on into the same folder with the number typed then
(`taken_meanwhile`).

A number written by hand is a choice of its own, "Số viết tay trên bản in" (Alt+V), never what Enter on the empty
number means (walk U16: Enter in the empty field, the first thing the box asks, tied a blank number to the approval
for good, with nothing said): Enter there puts the cursor back in the number, saying what is missing and the
choice's key; ticked, the number field is off, and Enter goes on. The choice is off while a number is typed."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.doc_number import NUMBER_FIELD, ByHand
from desktop_app.core.errors import ChiTieuError
from desktop_app.core.periods import earliest_report_date, parse_period
from desktop_app.core.submission import Submission
from desktop_app.core.typed_dates import read_report_date
from desktop_app.core.vietnam_time import stated_day
from desktop_app.issued_reports import numbering
from desktop_app.services import Workspace, check_document
from ui import colours, labels
from ui.colours import Meaning
from ui.common import date_text, error_text
from ui.form_error import FormError
from ui.i18n import is_english
from ui.keyboard import one_default

NUMBER_WIDTH = 10  # characters: a register's number ("152a", "03-TH"), as the core accepts it


class DocumentDialog(QDialog):
    """Số văn bản (may stay blank) and Ngày báo cáo (the first day the core accepts, by default) of `sub`, an
    approval not exported for the province yet; after Tiếp tục, `document` holds what `export_period` takes.
    `refused`: the number and date accepted before (`document`) and the refusal of that number at the export,
    shown."""

    def __init__(self, ws: Workspace, sub: Submission, parent: QWidget | None = None,
                 refused: tuple[dict, ChiTieuError] | None = None):
        super().__init__(parent)
        self.ws, self.sub = ws, sub
        self.document: dict = {}
        self._example = 15  # a number's example: the next free one where an earlier approval took one
        self.setWindowTitle(self.tr("Number and date of the report"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.explanation = QLabel(labels.with_period(self.tr(
            "The approved report of {period} is exported for the province for the first time. The number and "
            "date below are printed on the report and written in the file for the province, and stay with this "
            "approval: every later export prints them again."), sub.period))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        period, today = parse_period(sub.period), ws.today()
        # none: the clock behind the approval, or the figures ending too far ahead; today's shown, refused as before
        proposed = earliest_report_date(period, today, ws.settings.rules,
                                        approved=stated_day(sub.approved_at)) or today
        self.number = QLineEdit()
        self.number.setMaxLength(30)  # a symbol typed with it ("15/BC-UBND") is taken off (core/doc_number.py)
        self.number.setPlaceholderText(self.tr("for example 15"))
        metrics = self.number.fontMetrics()  # the hint whole in either language (walk U8 F4: "blank: written by …")
        self.number.setFixedWidth(max(metrics.horizontalAdvance("0") * (NUMBER_WIDTH + 6),
                                      metrics.horizontalAdvance(self.number.placeholderText()) + 24))
        # approved again after a reopening: the number the earlier approval went out as, and the next free (U17 F3)
        self.earlier = QLabel(self._earlier_said(proposed.year))
        self.earlier.setTextFormat(Qt.TextFormat.PlainText)
        self.earlier.setWordWrap(True)
        self.earlier.setVisible(bool(self.earlier.text()))
        if self.earlier.text():  # said of this approval: "lần đầu" read as contradicting the line under it (U17)
            self.explanation.setText(labels.with_period(self.tr(
                "This approval of {period} has not been exported for the province yet. The number and date below are "
                "printed on its report and written in the file for the province, and stay with this approval: every "
                "later export of it prints them again."), sub.period))
        layout.addWidget(self.earlier)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(QLabel(f"/{sub.doc_symbol}"))
        number_row.addStretch(1)
        self.date = QLineEdit(date_text(proposed))
        self.date.setFixedWidth(self.date.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        self.date_why = QLabel(labels.with_period(self.tr(
            "The figures of {period} run to {date}: the report is dated from that day on."), period,
            date=date_text(proposed)))
        self.date_why.setWordWrap(True)
        form = QFormLayout()
        number_label = QLabel(self.tr("Document &number:"))
        number_label.setBuddy(self.number)
        # ticked, the number is off: Alt+S and a digit typed on the tick box untick it and go to the number, the
        # digit in it (walk U17 F6: both did nothing, the digits lost without a word)
        number_label.installEventFilter(self)
        date_label = QLabel(self.tr("Report &date:"))
        date_label.setBuddy(self.date)
        form.addRow(number_label, number_row)
        # its own choice, under the number, Tab goes to it from there (Enter on the empty number never makes it)
        self.by_hand = QCheckBox(self.tr("Number written by &hand on the paper"))
        self.by_hand.toggled.connect(self._written_by_hand)
        self.by_hand.installEventFilter(self)
        # off while a number is typed: the two exclude each other, and Tab from a number goes straight to the date
        self.number.textChanged.connect(lambda text: self.by_hand.setEnabled(not text))
        form.addRow("", self.by_hand)
        form.addRow(date_label, self.date)
        form.addRow("", self.date_why)
        form.setRowVisible(self.date_why, proposed != today)
        layout.addLayout(form)
        # the date's example is the one proposed (today's, or the figures' last day), not a fixed year (walk U14 F9a)
        # the number's example the one its field proposes (the next free after an earlier approval's, walk U17)
        self.hint = QLabel(self.tr("Number: as the office's register gives it, for example {number} (or tick "
                                   "“{by_hand}” to write it by hand on the paper). Date: day/month/year, for example {date}; "
                                   "the day the leader signs.").format(number=self._example, date=date_text(proposed),
                                                                      by_hand=_plain(self.by_hand.text())))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(colours.style(Meaning.NOTE, self.hint))
        layout.addWidget(self.hint)
        self.error = FormError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.go_on = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go_on.setText(self.tr("C&ontinue"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        one_default(self.go_on, self)
        self.number.setFocus()  # the one thing to type; Enter goes on with the date shown
        if refused is not None:
            document, err = refused
            self.number.setText(document["doc_number"])
            self.date.setText(date_text(document["report_date"]))
            self._refuse(err)

    def _earlier_said(self, year: int) -> str:
        """"Lần duyệt trước … đã xuất gửi tỉnh với số 17/BC-UBND ngày 18/12/2026; …: số tiếp theo năm 2026 là 18.",
        the example under the number the next one; "" for a period never issued with a number before."""
        try:
            known = numbering(self.ws, self.sub, year)
        except ChiTieuError:  # not known: the export's own check still refuses a number taken
            return ""
        if known.earlier is None:
            return ""
        self._example = known.next_number
        said, said_en = known.earlier.issued.said()
        self.number.setPlaceholderText(self.tr("for example {number}").format(number=known.next_number))

        def whole(text: str) -> str:  # "18/BC-UBND" on one line: the label breaks after a "/" or a "-" otherwise
            return text.replace(" ", "\u00a0").replace("/", "/\u2060").replace("-", "-\u2060")

        return self.tr("An earlier approval of this period went out for the province as {issued}. This approval "
                       "takes a number of its own: the next in {year} is {number}.").format(
            issued=whole(said_en if is_english() else said), year=year,
            number=whole(f"{known.next_number}/{self.sub.doc_symbol}"))

    def eventFilter(self, obj, event) -> bool:
        if getattr(self, "by_hand", None) is None or not self.by_hand.isChecked():
            return False
        if event.type() == QEvent.Type.Shortcut and isinstance(obj, QLabel):  # Alt+S, the number's label
            self.by_hand.setChecked(False)
            return True
        if (obj is self.by_hand and event.type() == QEvent.Type.KeyPress and event.text().isdigit()
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.by_hand.setChecked(False)
            self.number.insert(event.text())
            return True
        return False

    def _written_by_hand(self, ticked: bool) -> None:
        """Ticked: no number, the field off; unticked: the cursor back in it."""
        self.number.setEnabled(not ticked)
        self.error.clear()
        if not ticked:
            self.number.setFocus()

    def accept(self) -> None:
        number = self.number.text()
        try:
            day = read_report_date(self.date.text())
            check_document(self.ws, self.sub.period, number, day)
        except ChiTieuError as err:
            self._refuse(err)
            return
        if not number.strip() and not self.by_hand.isChecked():  # what is missing, once the date is judged
            self.error.setText(self.tr("Type the document number, or tick “{by_hand}” (Alt+{key}) if it is written by "
                                       "hand on the printed report.").format(by_hand=_plain(self.by_hand.text()),
                                                                             key=_letter(self.by_hand.text())))
            self.number.setFocus()
            return
        self.document = {"doc_number": number, "report_date": day}
        super().accept()

    def _refuse(self, err: ChiTieuError) -> None:
        """Said under the form, the cursor in the field it names, what is there selected to be typed over. A number
        refused (taken, or not a register's) says how a number is written by hand here: the number cleared (the
        choice is off while one is typed), the tick box, with its key (walk U17: the core's words were the command
        line's, "để trống số văn bản")."""
        if isinstance(err, ByHand):  # a number taken, or not a register's
            how = self.tr("clear the number, then tick “{by_hand}” (Alt+{key})").format(by_hand=_plain(self.by_hand.text()),
                                                                 key=_letter(self.by_hand.text()))
            err = err.saying_how(how, how)
        self.error.setText(error_text(err))
        field = self.number if err.field == NUMBER_FIELD else self.date
        field.setFocus()
        field.selectAll()


def _plain(text: str) -> str:
    """A button's words as read, without the "&" of its Alt letter."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _letter(text: str) -> str:
    """The Alt letter of a button's words ("Số &viết tay…": V)."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].upper() if at >= 0 else ""


def ask_document(parent: QWidget, ws: Workspace, sub: Submission,
                 refused: tuple[dict, ChiTieuError] | None = None) -> dict | None:
    """The number and date to export `sub` with: {} when none is asked (a draft, or an approval
    exported for the province already, which keeps its own: `IssuedDialog` shows them), None when
    the officer stopped. `refused`: asked again after `taken_meanwhile`, the refused number shown."""
    if not sub.approved or ws.issued(sub.period) is not None:
        return {}
    dialog = DocumentDialog(ws, sub, parent, refused)
    return dialog.document if dialog.exec() == QDialog.DialogCode.Accepted else None


def taken_meanwhile(ws: Workspace, sub: Submission, document: dict, err: BaseException) -> bool:
    """`err`, the export's failure, refuses the number `document` was accepted with in the box: another report
    was issued with it meanwhile (the box's own check passed), and `sub`'s approval still has none (one
    exported meanwhile elsewhere keeps its own: that refusal is said as it is). Ask again (`ask_document`
    with `refused`)."""
    return (bool(document.get("doc_number")) and isinstance(err, ChiTieuError) and err.field == NUMBER_FIELD
            and ws.issued(sub.period) is None)
