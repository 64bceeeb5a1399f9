"""Under "Kết quả nhận tệp": the chosen file's details, whole where the table's columns cut them.

Its name and result (as it counts now, and what it was when read if that differs), its unit,
date of receipt and key, its whole reason (red and bold for a refused file; in the English
interface led by "The program says (in Vietnamese):") and what is known of its report PDF.
Plain text: names and reasons quote what a file says. Tab goes from the table to the reason, which
the keyboard selects (Shift+arrows, Ctrl+A) and copies (Ctrl+C): a reviewer quotes it to the unit.

A mixin of `ui.province_intake.IntakeTabs` (which has `intake_model` and `intake_proxy`); its
words keep the "ProvinceWindow" translation context.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from ui import colours
from ui.colours import Meaning
from ui.common import VIETNAMESE_ONLY_LEAD
from ui.i18n import translate
from ui.long_words import LongWordsLabel
from ui.province_intake_rows import _received_on, key_now_text
from ui.province_labels import result_colours
from ui.province_pdf_words import pdf_shown

# the reason: selected with the mouse, or with the keyboard once Tab has reached it from the table
SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class FileDetails:
    """The chosen file's details under the table of files read."""

    def _file_details(self) -> QFrame:
        """Under the table: the chosen file's class, unit, date of receipt, key, and its whole
        reason (the table's column cuts a long reason). Plain text: names and reasons quote
        what a file says."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        box.setContentsMargins(8, 6, 8, 6)
        # Each a LongWordsLabel: a file's name of 240 characters without a space, in the heading and
        # quoted by the reason, made the window 2.233 px wide on a 1366-px screen (red-team R24 F4).
        self.file_title = LongWordsLabel()
        self.file_facts = LongWordsLabel()
        self.file_reason = LongWordsLabel()
        self.file_reason.setTextInteractionFlags(SELECTABLE)
        self.file_reason.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # its report PDF: the check recorded for its version, or a PDF beside it never checked
        self.file_pdf = LongWordsLabel()
        self.file_pdf.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # How to check one file on its own (walk U15: nothing on the tab said so where a reviewer looks;
        # the window has no such action): the command line's `chitieu verify`, on one line at 1366 px
        self.verify_hint = QLabel()
        self.verify_hint.setStyleSheet(colours.style(Meaning.HINT, self.verify_hint))
        self.verify_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.file_title, self.file_facts, self.file_reason, self.file_pdf, self.verify_hint):
            box.addWidget(label)
        self._show_file(None)
        return frame

    def _say_verify(self) -> None:
        """The line naming `chitieu verify` and its tooltip, in the interface's language."""
        self.verify_hint.setText(translate(
            "ProvinceWindow", "To check one file on its own: chitieu verify FILE --code CODE in a command window "
            "(CODE: the key code or fingerprint printed on the paper report)."))
        self.verify_hint.setToolTip(translate(
            "ProvinceWindow", "chitieu verify checks an Excel file sent to the province: whole or changed, draft or "
            "approved, which key signed it, its printed \"Báo cáo\" sheet against its figures; --code tells whether "
            "the paper report is this file. A .pdf file: its digital signature."))

    def _show_file(self, index) -> None:
        """The details of the file at `index` of the table (None or invalid: none chosen)."""
        self._say_verify()  # again after a language switch, which shows the file again
        if index is None or not index.isValid():
            self.file_title.setText(translate("ProvinceWindow", "Choose a file to read its whole reason here."))
            self.file_title.setStyleSheet(colours.style(Meaning.MUTED, self.file_title))
            self.file_facts.clear()
            self.file_reason.clear()
            self.file_pdf.hide()
            return
        row = self.intake_proxy.mapToSource(index).row()
        r, model = self.intake_model.rows[row], self.intake_model
        # as the file counts now (a key decided on since it was read), what it was when read beside it
        bg, fg = result_colours(model.now(row))
        then = model.result_then(row)
        title = f"{r.file_name} — {model.result_text(row)}"
        if then is not None:
            title += " " + translate("ProvinceWindow", "(when read: {then})").format(then=then)
        self.file_title.setText(title)
        self.file_title.setStyleSheet(f"font-weight: bold; padding: 2px 6px; background: {bg}; color: {fg};")
        facts = [model.unit_text(r)]
        if r.received_on:
            facts.append(translate("ProvinceWindow", "received on {date}").format(date=_received_on(r)))
        key = key_now_text(r, model.key(row))
        if r.key_code:
            facts.append(translate("ProvinceWindow", "signing key {key}").format(key=key))
        elif key:  # a file signed by no key: "chưa ký" as a word of the line ("khóa ký Chưa ký" read as a key's name)
            facts.append(key[:1].lower() + key[1:])
        self.file_facts.setText(" · ".join(f for f in facts if f))
        # in English where each of its sentences is known (`ui.province_reasons`), else as stored and said so,
        # as the commune window says its messages; a command named as the window's own action (`in_window`)
        reason, known = model.reason_text(r)
        reason = f"{VIETNAMESE_ONLY_LEAD} {reason}" if not known and reason else reason
        since = model.since_text(row)  # the reason is what was true when the file was read
        self.file_reason.setText(f"{reason}\n{since}" if since and reason else since or reason)
        # the class's colour on the window, light on a dark palette (walk U23 F4)
        self.file_reason.setStyleSheet("" if r.accepted
                                       else colours.style(fg, self.file_reason, "font-weight: bold;"))
        pdf = model.pdf_text(row)
        self.file_pdf.setText(pdf_shown(pdf))
        self.file_pdf.setVisible(bool(pdf))
