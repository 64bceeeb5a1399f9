"""The view-only dialogs by keyboard: Tab goes into their tables and out again to the buttons and
back to the filters (Qt's tables kept Tab moving cell to cell, for ever); Enter in the filter of
Bộ chỉ tiêu của tỉnh filters and never closes it; that dialog fits a 1280×720 screen."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPushButton

from desktop_app.core.periods import Period
from tests.ui.conftest import press, type_text
from tests.ui.test_keyboard import shown
from ui.audit_dialog import AuditDialog
from ui.history_dialog import HistoryDialog
from ui.reference_dialog import ReferenceDialog

SCREEN_MARGIN = 60  # a title bar and a frame


def tab_round(limit: int = 60) -> list:
    """Tab from the focused widget until the focus is back on it: the widgets visited."""
    start = QApplication.focusWidget()
    visited = []
    for _ in range(limit):
        press(Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is start:
            return visited
    raise AssertionError(f"Tab never came back to {type(start).__name__}: stuck in "
                         f"{type(QApplication.focusWidget()).__name__}")


def buttons(visited) -> list[str]:
    return [w.text().replace("&", "") for w in visited if isinstance(w, QPushButton)]


def test_tab_leaves_the_change_log_table(qtbot, workspace):
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    workspace.set_entry("2026", "bhyt", numerator="9600", denominator="10000")
    dialog = shown(qtbot, AuditDialog(workspace))
    assert QApplication.focusWidget() is dialog.period
    visited = tab_round()
    assert dialog.table in visited and "Xuất ra Excel…" in buttons(visited)
    assert not dialog.table.tabKeyNavigation()


def test_the_indicator_list_filters_on_enter_tabs_out_of_its_tables_and_fits_the_screen(qtbot):
    """The cursor in the filter: "bao hiem" and Enter filter, the dialog stays; Tab goes to the
    tabs' bar, the table, Đóng and back to the filter; Shift+Tab the other way; Escape closes."""
    dialog = shown(qtbot, ReferenceDialog())
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().width() <= screen.width()
    assert dialog.height() <= screen.height() - SCREEN_MARGIN
    assert QApplication.focusWidget() is dialog.search
    type_text("bao hiem")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible()
    shown_rows = [r for r in range(dialog.province.rowCount())
                  if not dialog.province.isRowHidden(r) and dialog.province.columnSpan(r, 0) == 1]
    assert 0 < len(shown_rows) < 20
    visited = tab_round()
    assert dialog.province in visited and buttons(visited) == ["Đóng"]
    press(Qt.Key.Key_Backtab)
    assert buttons([QApplication.focusWidget()]) == ["Đóng"]
    press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.province
    press(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_history_starts_in_its_table_and_tab_leaves_it(qtbot, workspace):
    """Diễn biến qua các kỳ: the cursor in the table (not on the chart), Tab to Đóng and back."""
    workspace.set_entry("2026", "bhyt", numerator="9500", denominator="10000")
    dialog = shown(qtbot, HistoryDialog(workspace, "bhyt", Period(2026, "9M")))
    table = next(w for w in dialog.findChildren(QAbstractItemView) if w.isVisible())
    assert QApplication.focusWidget() is table and not table.tabKeyNavigation()
    assert buttons(tab_round()) == ["Đóng"]
