"""The period report's narrative: three plain-text sections, saved as the officer types.

Each section of each period (and person) has its own text document, kept while the window is
open: coming back to a period gives the box back with its undo history (Ctrl+A, Delete, another
period, back, Ctrl+Z: the text returns and is saved again). A section the save refused (longer
than the limit, a failing disk) keeps the officer's text in its box, with the reason in red under
the section's title; going to another period or closing the window asks first (`ask_to_leave`).

Text in an old font (TCVN3 .VnTime, VNI-Times: "Thu ng©n s¸ch") is offered in Unicode as it is
pasted or dropped (`ui.legacy_dialog`, Enter converting; "Keep as typed" saves it as pasted, for the
rare text the detection misreads); text the save refused as such (typed with an old keyboard
setting) has "Convert to Unicode" and "Keep as typed" buttons under its reason.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.legacy_text import Legacy, LegacyText, detect
from desktop_app.core.numbers import format_number
from desktop_app.core.rows import NARRATIVE_SECTIONS
from desktop_app.core.validation import MAX_NARRATIVE, clean_text, typed_text, without_format
from ui import colours, labels
from ui.colours import Meaning
from ui.common import error_text
from ui.i18n import is_english
from ui.legacy_dialog import ask_to_convert

SAVE_DELAY_MS = 800
COUNT_FROM = MAX_NARRATIVE // 10  # the characters left are said once fewer than this remain
HINTS = {
    "ket_qua": QT_TRANSLATE_NOOP("NarrativePanel", "The period's main results: indicators exceeded or met; "
                                                   "what was done."),
    "han_che": QT_TRANSLATE_NOOP("NarrativePanel", "Indicators not met, difficulties and their causes."),
    "phuong_huong": QT_TRANSLATE_NOOP("NarrativePanel", "The main tasks and measures for the next period."),
}


class SectionEditor(QPlainTextEdit):
    """A section's box: text pasted or dropped in an old font is offered in Unicode first
    (`ask(legacy)` True: the Unicode text goes in, as one edit Ctrl+Z takes back)."""

    def __init__(self, ask: Callable[[Legacy], bool], parent=None):
        super().__init__(parent)
        self._ask = ask

    def insertFromMimeData(self, source) -> None:
        legacy = detect(source.text()) if source.hasText() else None
        if legacy is None or not self._ask(legacy):
            super().insertFromMimeData(source)
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()  # its own step of undo, not merged with the typing before it
        cursor.insertText(legacy.converted)
        cursor.endEditBlock()
        self.ensureCursorVisible()


class NarrativePanel(QWidget):
    """`save(section, text, as_typed)` is called a moment after typing stops, on leaving a box, and
    on flush(); it returns None when saved, or the refusal (an exception, worded by error_text).
    `as_typed` is True for a section whose old-font text the officer chose to keep."""

    def __init__(self, save: Callable[[str, str, bool], BaseException | None], parent=None):
        super().__init__(parent)
        self.save = save
        self.editors: dict[str, QPlainTextEdit] = {}
        self.refusals: dict[str, QLabel] = {}  # the red line under a section's title
        self.to_unicode: dict[str, QPushButton] = {}  # under a refusal of text in an old font
        self.keep_as_typed: dict[str, QPushButton] = {}  # beside it
        self._kept: set[tuple[Hashable, str]] = set()  # sections whose old-font text is kept as typed
        self._dirty: set[str] = set()
        self._key: Hashable = None  # whose texts are shown: (period code, user name)
        self._documents: dict[tuple[Hashable, str], QTextDocument] = {}
        self._saved: dict[tuple[Hashable, str], str] = {}  # the text last loaded or saved
        self._refused: dict[tuple[Hashable, str], BaseException] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        layout.addWidget(self.intro)
        self.titles: dict[str, QLabel] = {}
        self.counts: dict[str, QLabel] = {}  # beside a section's title: the characters left, near the limit
        for section in NARRATIVE_SECTIONS:
            label = QLabel()
            refusal = QLabel()
            refusal.setWordWrap(True)
            refusal.setObjectName(f"refusal_{section}")
            refusal.hide()
            convert = QPushButton()
            convert.clicked.connect(lambda _=False, s=section: self.convert(s))
            keep = QPushButton()
            keep.clicked.connect(lambda _=False, s=section: self.keep(s))
            buttons = QHBoxLayout()
            buttons.addWidget(convert)
            buttons.addWidget(keep)
            buttons.addStretch(1)
            convert.hide()
            keep.hide()
            editor = SectionEditor(lambda legacy, s=section: self._ask(s, legacy))
            editor.setTabChangesFocus(True)
            count = QLabel()  # the characters left, said only near the limit (`_show_count`)
            count.setObjectName(f"count_{section}")
            count.hide()
            heading = QHBoxLayout()
            heading.addWidget(label)
            heading.addStretch(1)
            heading.addWidget(count)
            self.titles[section] = label
            self.counts[section] = count
            self.refusals[section] = refusal
            self.to_unicode[section] = convert
            self.keep_as_typed[section] = keep
            label.setBuddy(editor)
            editor.textChanged.connect(lambda s=section: self._typed(s))
            editor.installEventFilter(self)
            layout.addLayout(heading)
            layout.addWidget(refusal)
            layout.addLayout(buttons)
            layout.addWidget(editor, 1)
            self.editors[section] = editor
        self._loading = False
        self.retranslate()

    def retranslate(self) -> None:
        intro = self.tr("The narrative of this period's report (saved as you type):")
        if is_english():  # the report stays Vietnamese whatever the window's language (walk U8 F5)
            intro = self.tr("The report is printed in Vietnamese (Decree 30/2020): type these sections in "
                            "Vietnamese, they are printed as typed.") + "\n" + intro
        self.intro.setText(intro)
        for section, editor in self.editors.items():
            title = self._title(section)
            self.titles[section].setText(f"<b>{escape(title)}</b>")
            editor.setAccessibleName(title)
            editor.setPlaceholderText(self.tr(HINTS[section]) if section in HINTS else "")
            self.to_unicode[section].setText(self.tr("Convert to &Unicode"))
            self.keep_as_typed[section].setText(self.tr("&Keep as typed"))
            self._show_count(section)
        self._show_refusals()

    def _show_count(self, section: str) -> None:
        """Quiet while there is room; fewer than `COUNT_FROM` characters left: how many, in grey;
        over the limit: by how many, in red (counted as the save counts them)."""
        label = self.counts[section]
        left = MAX_NARRATIVE - len(without_format(typed_text(self.editors[section].toPlainText())))
        if left >= COUNT_FROM:
            label.clear()
            label.hide()
            return
        if left >= 0:
            label.setText(self.tr("{count} characters left").format(count=format_number(left, 0)))
            label.setStyleSheet(colours.style(Meaning.NOTE, label))
        else:
            label.setText(self.tr("{count} characters over the limit of {most}").format(
                count=format_number(-left, 0), most=format_number(MAX_NARRATIVE, 0)))
            label.setStyleSheet(colours.style(Meaning.REFUSAL, label, "font-weight: bold;"))
        label.show()

    # --- loading ------------------------------------------------------------------------------
    def set_texts(self, texts: dict[str, str], key: Hashable = None) -> None:
        """Show `texts`, the saved sections of `key` (a period and a person). A box whose text is
        already the saved one keeps its undo history; a refused section keeps the officer's text."""
        self.flush()
        self._loading = True
        try:
            self._key = key
            for section, editor in self.editors.items():
                saved = texts.get(section, "")
                document = self._document(key, section, saved)
                if (key, section) not in self._refused:
                    if clean_text(document.toPlainText()) != clean_text(saved):  # changed elsewhere
                        document.setPlainText(saved)
                    self._saved[(key, section)] = saved
                if editor.document() is not document:
                    editor.setDocument(document)
                self._show_count(section)
        finally:
            self._loading = False
        self._dirty.clear()
        self._show_refusals()

    def clear_undo(self) -> None:
        """No Ctrl+Z of the text typed before now, in any section of any period (MainMenus._forget_undo)."""
        for document in self._documents.values():
            document.clearUndoRedoStacks()

    def _document(self, key: Hashable, section: str, text: str) -> QTextDocument:
        document = self._documents.get((key, section))
        if document is None:
            document = QTextDocument(self)
            document.setDocumentLayout(QPlainTextDocumentLayout(document))
            document.setDefaultFont(self.editors[section].font())
            document.setPlainText(text)
            self._documents[(key, section)] = document
        return document

    # --- saving -------------------------------------------------------------------------------
    def _typed(self, section: str) -> None:
        self._show_count(section)
        if self._loading:
            return
        self._dirty.add(section)
        self._timer.start()

    def flush(self) -> None:
        """Save every section changed since the last save; a refusal is shown under its title."""
        self._timer.stop()
        dirty, self._dirty = sorted(self._dirty), set()
        for section in dirty:
            text = self.editors[section].toPlainText()
            refusal = self.save(section, text, (self._key, section) in self._kept)
            if refusal is None:
                self._refused.pop((self._key, section), None)
                self._saved[(self._key, section)] = text
            else:
                self._refused[(self._key, section)] = refusal
        if dirty:
            self._show_refusals()

    @property
    def refused(self) -> list[str]:
        """The sections shown whose text the last save refused (the officer's text is in the box)."""
        return [s for s in self.editors if (self._key, s) in self._refused]

    @property
    def key(self) -> Hashable:
        return self._key

    def reason(self, section: str) -> str:
        """Why a section is not saved, naming the section once, in the interface's language."""
        refusal, title = self._refused[(self._key, section)], self._title(section)
        if isinstance(refusal, LegacyText):  # the core's wording tells a command line how to convert; here, a button
            return self.tr("{title}: the text seems typed in the {font} font and would print as odd characters; "
                           "press “Convert to Unicode”.").format(title=title, font=refusal.legacy.font)
        text = error_text(refusal)
        return text if text.startswith(title) else f"{title}: {text}"

    def _title(self, section: str) -> str:
        return labels.narrative_title(section, NARRATIVE_SECTIONS[section])

    def _ask(self, section: str, legacy: Legacy) -> bool:
        """The paste's question: True converts; kept as typed, the section is saved as it is."""
        if ask_to_convert(self, legacy, self._title(section)):
            return True
        self._kept.add((self._key, section))
        return False

    def keep(self, section: str) -> None:
        """The refused text saved as typed, at once (the officer read it and knows best)."""
        self._kept.add((self._key, section))
        self._dirty.add(section)
        self.flush()
        self.editors[section].setFocus()

    def convert(self, section: str) -> None:
        """The box's text in Unicode, as one edit Ctrl+Z undoes, saved at once."""
        editor = self.editors[section]
        legacy = detect(editor.toPlainText())
        if legacy is not None:
            cursor = QTextCursor(editor.document())
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(legacy.converted)
            self.flush()
        editor.setFocus()

    def _show_refusals(self) -> None:
        for section, label in self.refusals.items():
            old_font = isinstance(self._refused.get((self._key, section)), LegacyText)
            self.to_unicode[section].setVisible(old_font)
            self.keep_as_typed[section].setVisible(old_font)
            if (self._key, section) in self._refused:
                reason = self.tr("✖ Not saved — {reason} Your text is kept in the box below.").format(
                    reason=self.reason(section))
                label.setText(f"<span style='color:{colours.named(Meaning.REFUSAL, label)}; font-weight:bold'>"
                              f"{escape(reason)}</span>")
                label.setToolTip(reason)
                label.show()
            else:
                label.clear()
                label.hide()

    # --- leaving with a refused section --------------------------------------------------------
    def ask_to_leave(self, closing: bool, *, logging_out: bool = False) -> bool:
        """Asked before another period, closing or logging out (`closing` too) while a section is
        refused: back to the text (the default: Enter, Escape), or without it (the box goes back to
        the text last saved, Ctrl+Z there brings it back while the window is open). True when the
        window may go on."""
        refused = self.refused
        if not refused:
            return True
        editor = self.editors[refused[0]]
        editor.setFocus()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Report text not saved"),
                          "\n\n".join(self.reason(s) for s in refused), QMessageBox.StandardButton.NoButton,
                          self.window())
        if logging_out:
            question, leave = self.tr("Log out without this text?"), self.tr("Log out without it")
        elif closing:
            question, leave = self.tr("Close the window without this text?"), self.tr("Close without it")
        else:
            question, leave = self.tr("Go to the other period without this text?"), self.tr("Go on without it")
        box.setInformativeText(question)
        stay = box.addButton(self.tr("Back to the text"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(leave, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        self.window().activateWindow()  # the keyboard back in the window, whatever the answer
        if box.clickedButton() in (stay, None):
            editor.setFocus()
            return False
        if not closing:
            self._discard(refused)
        return True

    def _discard(self, sections: list[str]) -> None:
        """The boxes back to the text last saved, as one edit Ctrl+Z undoes."""
        self._loading = True
        try:
            for section in sections:
                cursor = QTextCursor(self.editors[section].document())
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(self._saved.get((self._key, section), ""))
                self._refused.pop((self._key, section), None)
                self._dirty.discard(section)
        finally:
            self._loading = False
        self._show_refusals()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False
