"""Qt's own print dialog (Linux; Windows shows its own) spoke English: "Printer", "Name:", "Properties",
"Options >>", "Print range", "Copies"… (walk 21). Every word it asks Qt's translators for, in its own
contexts, is listed in ui/qt_strings.py for lupdate, so that chitieu_vi.ts translates it."""
from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

import ui

PRINT_CONTEXTS = {"QPrintDialog", "QPrintWidget", "QPrintSettingsOutput", "QPrintPropertiesDialog",
                  "QPrintPropertiesWidget", "QPageSetupWidget", "QCupsJobWidget"}


class Recorder(QTranslator):
    """Says nothing, writes down what Qt asks (context, English text)."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.add((context, source))
        return ""

    def isEmpty(self) -> bool:
        return False


def listed() -> set[tuple[str, str]]:
    tree = ast.parse((Path(ui.__file__).parent / "qt_strings.py").read_text(encoding="utf-8"))
    return {(call.args[0].value, call.args[1].value) for call in ast.walk(tree)
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "QT_TRANSLATE_NOOP"}


def test_the_print_dialogs_words_are_listed_for_translation(qtbot):
    recorder = Recorder()
    QApplication.installTranslator(recorder)
    try:
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
    finally:
        QApplication.removeTranslator(recorder)
    asked = {(c, s) for c, s in recorder.asked if c in PRINT_CONTEXTS and s != "Form"}  # "Form": a .ui's title
    assert ("QPrintWidget", "Printer") in asked and ("QPrintDialog", "&Options >>") in asked
    assert asked - listed() == set()
