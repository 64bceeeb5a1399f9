"""The windows' help, under Trợ giúp and on F1 (the help key of Windows), wherever the cursor is.

- The commune's window: "Cách nhập số liệu", the keys of the entry table and of the window. F1
  on a red cell says first, whole, why the figure typed there was refused (the line under the
  table may have to cut it), then the same help.
- The province's window: how reports are received, checked, their keys confirmed and the period
  consolidated, naming the window's buttons and tabs in the words they show now.

Each box is kept on the window (`help_box`) while it is open. The commune's words keep the
"MainWindow" translation context, the province's "ProvinceWindow".
"""
from __future__ import annotations

import re

from PySide6.QtWidgets import QMessageBox, QWidget

from ui.i18n import translate
from ui.menu_place import menu_path


def _shown(text: str) -> str:
    """A button's or tab's words as a person reads them: the mnemonics' & left out."""
    return re.sub("&(.)", r"\1", text)


def _show(window: QWidget, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, window)
    window.help_box = box
    box.exec()
    return box


# --- the commune's window -------------------------------------------------------------------------
def keys_help_text() -> str:
    """Cách nhập số liệu: the table's keys, pasting from Excel, the window's keys."""
    return "\n".join((
        translate("MainWindow",
                  "• Choose the period in the left column (the current period is selected already).\n"
                  "• Typing a number in a cell starts entering it; numbers are written the Vietnamese way: "
                  "1.234,5.\n"
                  "• Enter: save and go to the next indicator. Tab: save and go to the cell on the right.\n"
                  "• Each valid number is saved at once, there is no Save button.\n"
                  "• An invalid number: the cell turns red, the reason shows under the table, nothing is saved; "
                  "Esc drops it and puts back the saved figure.\n"
                  "• Ctrl+Z: undo; Ctrl+Y: redo. Delete: clear the cell.\n"
                  "• Double-click an indicator's name (or Ctrl+H): its history across the periods."),
        translate("MainWindow",
                  "• Ctrl+V: paste a block of figures copied from Excel, its first cell on the current cell; each "
                  "figure is read as if typed, a refused one turns red with its reason, an empty cell clears "
                  "nothing; Ctrl+Z undoes the paste."),
        translate("MainWindow",
                  "• Comment, explanation: Shift+Enter (or Alt+Enter) starts a new line in it, Enter saves it; "
                  "the whole comment of the current row shows under the table."),
        translate("MainWindow",
                  "• F6: to the period list (the arrows choose a period, Enter goes back to the table); "
                  "F6 again: the buttons under the table, then the table; Shift+F6: the other way.\n"
                  "• Alt+PgUp / Alt+PgDown: the previous / next period (Period menu).\n"
                  "• Ctrl+Tab or Ctrl+PgDown: the Report narrative tab; Ctrl+Shift+Tab or Ctrl+PgUp: "
                  "back to the figures. Tab stays in the table, from cell to cell."),
        translate("MainWindow", "• F1: this help."),
    ))


def show_keys_help(window) -> QMessageBox:
    """Trợ giúp › Cách nhập số liệu, or F1 (`window`: the main window). On a red cell of the table,
    the refusal of what was typed there first, whole."""
    text = keys_help_text()
    refused = window.model.error_at(window.table.currentIndex()) if window.tabs.currentIndex() == 0 else None
    if refused:
        text = translate("MainWindow", "The figure typed in the selected cell is not saved: {reason}").format(
            reason=refused) + "\n\n" + text
    return _show(window, translate("MainWindow", "How to enter figures"), text)


# --- the province's window -------------------------------------------------------------------------
def province_help_text(window) -> str:
    """How the province office works, naming the window's own buttons and tabs as shown now
    (`window`: the province window)."""
    keys = window.keys_tab
    return translate(
        "ProvinceWindow",
        "• Choose the period at the top. {intake}: the folder where the e-mailed files are saved, and the "
        "date of receipt that lateness is judged by. Each file is checked (the unit's key, the period, "
        "whether it was changed); “{received}” lists each file, the reason of a refused one in full under "
        "the table. Reading a folder again counts no file twice.\n"
        "• “{sent}”: each unit's status for the period; search by name (accents optional) or code. "
        "{copy}: the names, for a reminder e-mail.\n"
        "• “{keys}”: a unit's first signed file registers its key as awaiting confirmation (its figures "
        "count, marked). Compare the key code with the one printed on the unit's signed paper report, "
        "then {confirm} and type it. A file signed by another key is refused. An unsigned file counts only "
        "once accepted ({accept}), after comparing its authentication code with the paper.\n"
        "• “{summary}” and “{charts}”: the period consolidated; {excel}, {pdf} and {print} (Ctrl+P) give it "
        "on paper.\n"
        "• Ctrl+Tab or Ctrl+PgDown: the next tab; Ctrl+Shift+Tab or Ctrl+PgUp: the one before. Tab leaves "
        "a table; Alt and an underlined letter: that button, tab or field. F1: this help."
    ).format(intake=_shown(window.intake_button.text()), received=_shown(window.tabs.tabText(1)),
             sent=_shown(window.tabs.tabText(0)), copy=_shown(window.copy_button.text()),
             keys=_shown(window.tabs.tabText(window.tabs.indexOf(keys))),
             confirm=_shown(keys.confirm_button.text()), accept=_shown(keys.accept_button.text()),
             summary=_shown(window.tabs.tabText(2)),
             charts=_shown(window.tabs.tabText(window.tabs.indexOf(window.charts))),
             excel=_shown(window.xlsx_button.text()), pdf=_shown(window.pdf_button.text()),
             print=menu_path(window.file_menu, window.print_action))


def show_province_help(window) -> QMessageBox:
    """Trợ giúp › Cách nhận và tổng hợp báo cáo, or F1, in the province window."""
    return _show(window, _shown(window.help_action.text()), province_help_text(window))
