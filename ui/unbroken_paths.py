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
more than anywhere else."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QDialog, QLabel

SEPARATOR = " › "
KEPT = "\u00a0›\u00a0"


def unbroken_paths(text: str) -> str:
    """`text` with each " › " of its menu paths between no-break spaces (a line never ends at "Tệp ›")."""
    return text.replace(SEPARATOR, KEPT)


class UnbrokenPaths(QObject):
    """Installed on the application: as a dialog shows, its plain labels' " › " are kept (`unbroken_paths`);
    a message box lays its text out then, at its width."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog):
            for label in obj.findChildren(QLabel):
                if type(label) is QLabel and SEPARATOR in label.text():
                    label.setText(unbroken_paths(label.text()))
        return False
