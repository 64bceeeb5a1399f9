"""A menu path written in a sentence ("… xuất lại báo cáo (Tệp › Xuất báo cáo…) rồi ký số") never has a line
broken next to its "›" in a box or a dialog: the box wraps the sentence between words, and a line ended
"(Tệp ›", "Xuất báo cáo…)" on the next. `ui.menu_place` writes the paths the window builds itself with
no-break spaces; the sentences that carry their paths in their words (the .ts's translations, the core's
refusals, the lead's words) are kept here, once for all, as they are shown rather than where each is
written: `UnbrokenPaths`, installed on the application (`ui.app.create_application`), makes the space on
either side of each " › " a no-break one (U+00A0, shown as a space) in every label of a dialog as the
dialog shows, message boxes included (`QMessageBox.information`, `show_error`, boxes built by hand).

A label the program's own class draws (`fitting.ElidedLabel`, …) keeps its text: its `text()` need not be
what it was given. The status bar's one line and tooltips are left as they are: neither breaks in a path
more than anywhere else.

What the program copies is what it names, not how it was drawn (walk U22 F7): the characters put in a shown
text only to hold a name on one line or to let a long word break (a no-break hyphen, a word joiner, a
zero-width space, a no-break space: `ui.fitting`, `ui.long_words`, a question's file names) are taken out of
what this program puts on the clipboard, whichever way it was copied (Ctrl+C on a selected label, its
menu's "Copy", Windows' Ctrl+C on a whole message box). Selected "chitieu‑000002‑…‑thu‑cong.db" and pasted in
Explorer's search, the file's real name is searched for. Text another program copies is left as it is."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel

SEPARATOR = " › "
KEPT = "\u00a0›\u00a0"
# drawn only so that a line breaks where it should: no-break hyphen, word joiner, zero-width space, no-break space
_SHOWN_ONLY = str.maketrans({"\u2011": "-", "\u2060": "", "\u200b": "", "\u00a0": " "})


def unbroken_paths(text: str) -> str:
    """`text` with each " › " of its menu paths between no-break spaces (a line never ends at "Tệp ›")."""
    return text.replace(SEPARATOR, KEPT)


def as_named(text: str) -> str:
    """`text` as written, without what was added to draw it: "chitieu‑000002.db" (no-break hyphens) → "chitieu-000002.db"."""
    return text.translate(_SHOWN_ONLY)


class UnbrokenPaths(QObject):
    """Installed on the application: as a dialog shows, its plain labels' " › " are kept (`unbroken_paths`);
    a message box lays its text out then, at its width. What this program copies is made `as_named`."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        QGuiApplication.clipboard().dataChanged.connect(self._copied_as_named)

    def _copied_as_named(self) -> None:
        """The clipboard's text `as_named` when this program copied it (one of its windows is active)."""
        if QApplication.activeWindow() is None:  # another program's copy is its own
            return
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        named = as_named(text)
        if named != text:  # setting it tells again, then nothing is left to take out
            clipboard.setText(named)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            for label in obj.findChildren(QLabel):
                if type(label) is QLabel and SEPARATOR in label.text():
                    label.setText(unbroken_paths(label.text()))
        return False
