"""How wide each column of the key register is (`fit_keys`): read against the papers without
scrolling sideways on a 1366×768 laptop, in either language, the unit, the key code and its
state always whole, the dates and names cut first when room is short. Apart from the tab
(`ui.province_keys`): how the columns share the width is a question of its own, asked again
whenever the rows, their words or the table's width change."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView, QWidget

from ui.province_tables import fit_in_sight
from ui.text_scale import text_scale

# Khóa ký's columns: at least these widths, each as wide as its header and its widest row
# when the table has room; when it has not, those of SHRINK give way, in that order, down to
# their header's width (cut, whole in the tooltip). The others (the unit, the key code, its
# state: what is compared with the paper) are never cut. With a bigger text (Windows' 125 %, 150 %) those
# of SHRINK go down to their header's width at the usual 9 points, the header ending with "…": at 150 %
# their headers alone were 13 px wider than the table (walk S106).
KEY_WIDTHS = (50, 150, 150, 90, 96, 110, 150, 150)
SHRINK = (7, 6, 5, 4)


def key_widths(natural: list[int], floors: list[int], room: int, kept=()) -> list[int]:
    """`natural` widths made to fit in `room` pixels: the columns of SHRINK (but those in
    `kept`, the person's) narrowed one after another, none below its floor."""
    widths = list(natural)
    for col in SHRINK:
        over = sum(widths) - room
        if over <= 0:
            break
        if col not in kept:
            widths[col] = max(floors[col], widths[col] - over)
    return widths


def fit_keys(table: QTableView) -> None:
    """The register's columns fitted to its rows, its headers and the table's width (`key_widths`),
    again whenever the rows, their words or the table's width change (`fit_in_sight`): on a
    1366×768 laptop the list needs no scrolling sideways in either language. A column whose
    width the person set keeps it (`ListTable.set_widths`); the last column takes what is left."""
    source = table.model().sourceModel()
    header = table.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header cut (a bigger text) ends with "…"
    natural: list[int] = []

    def measure() -> None:
        natural[:] = [table.user_widths.get(col) or max(width, header.sectionSizeHint(col),
                                                        table.sizeHintForColumn(col))
                      for col, width in enumerate(KEY_WIDTHS)]

    def spread() -> None:
        if not natural:
            return
        # the vertical scroll bar's room always counted: 92 units' keys need it in a laptop's height
        room = table.contentsRect().width() - table.verticalScrollBar().sizeHint().width()
        floors = [header.sectionSizeHint(col) for col in range(len(KEY_WIDTHS))]
        scale = text_scale(table.font())
        if scale > 1:  # a bigger text: those of SHRINK down to their header's width at 9 points, cut with "…"
            floors = [round(floor / scale) if col in SHRINK else floor for col, floor in enumerate(floors)]
        table.set_widths(key_widths(natural, floors, room, kept=table.user_widths))

    def fit() -> None:
        measure()
        spread()

    refit = fit_in_sight(table, fit)
    for signal in (source.modelReset, source.headerDataChanged, source.dataChanged):
        signal.connect(refit)
    table.installEventFilter(_OnResize(table, spread))
    refit()


class _OnResize(QObject):
    """`then()` each time the watched widget changes width (the window resized, maximized)."""

    def __init__(self, parent: QWidget, then):
        super().__init__(parent)
        self.then = then

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            self.then()
        return False
