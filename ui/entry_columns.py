"""The entry table's column widths: each column as wide as what it shows, on a 1366- or
1280-pixel screen, Ghi chú stretching over the rest (`EntryColumns`, a part of
`ui.entry_view.EntryTable`)."""
from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle

from desktop_app.core.rows import value_text
from ui.entry_model import Col, input_fields
from ui.i18n import translate
from ui.text_scale import text_scale

COLUMN_WIDTHS = {
    Col.NO: 32,
    Col.NAME: 258,
    Col.UNIT: 58,
    Col.TARGET: 142,
    Col.IN1: 60,  # a figure column: at least as wide as its title (fit_figure_columns)
    Col.IN2: 60,
    Col.VALUE: 60,
    Col.VERDICT: 112,
}
CELL_MARGINS = 12  # a cell's text margins and focus frame, either side together
FIGURE_COLUMNS = (Col.IN1, Col.IN2, Col.VALUE)  # as wide as their titles, widened to the widest figure shown
# The widest figure a column widens for: 9 digits, two decimals and Kết quả's warning sign.
# Longer text (a refused cell's typing) is cut with "…" rather than squeezing Ghi chú off a
# 1366-pixel screen.
WIDEST_FIGURE = "⚠ 999.999.999,99"
# Ghi chú stretches over the rest; below this the name column narrows, not below its minimum.
MIN_COMMENT_WIDTH = 150
MIN_NAME_WIDTH = 170
# The widths above are those of the usual 9-point text; a bigger text (Windows' "Make text bigger",
# 125 % and 150 %) widens them as much (`text_scale`). Where the room is short, the columns give up
# width in this order, each down to its minimum: the name (to its minimum at that text size), Ghi
# chú, Chỉ tiêu giao and the name (to their 9-point widths and minimum), Đánh giá (to its minimum at
# that size, then its 9-point one: its two lines are kept the longest), then, on a screen too small
# for all that, Ghi chú to its title and the name to `LEAST_NAME_WIDTH`:
# every column in view, none reached only by a sideways scroll the table does not have (walk U19 F2, F3).
# With a bigger text Đánh giá first keeps its verdicts on three lines (`verdict_three_lines`), Ghi chú
# going to its title and Chỉ tiêu giao to `BIG_TEXT_TARGET_WIDTH` before it: at 150 % on 1366 pixels it
# was 112 pixels wide, "Đang thực hiện / Đến nay đã vượt mức chỉ tiêu (105%)" on 6 lines (S111).
LEAST_NAME_WIDTH = 130
BIG_TEXT_TARGET_WIDTH = 80  # at 9 points: 120 pixels at 150 %, its figure and "Tỉnh giao, tổng 5 năm" on 3 lines
# With a bigger text and the room short, the name and Chỉ tiêu giao then share their width and
# Ghi chú's beyond this (at 9 points: 96 pixels at 150 %, some ten letters a line), where the
# indicators' rows are lowest together (`share_name_and_target`): at 150 % on 1366 pixels the name
# had 170 pixels, "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số
# kiến thiết" on 6 lines, Chỉ tiêu giao "Tỉnh giao, đến 2030" on two, Ghi chú as narrow as its title,
# and 2 of the 21 indicators were whole in sight (S123).
BIG_TEXT_COMMENT_WIDTH = 64
SHARE_ROWS, SHARE_STEPS = 40, 20  # how many rows and splits it measures at most (20 ms at 150 % for 21 × 25)
# Đánh giá's widest line: at 112 px a verdict took 3 lines, 1366×728 showed 6 of 21 indicators (walk 26, A).
WIDEST_VERDICT_LINE = QT_TRANSLATE_NOOP("labels", "So far above the target level ({percent}%)")
WIDEST_PERCENT = "100,0"


def small_font(font: QFont) -> QFont:
    """The font of a two-line cell's second line."""
    small = QFont(font)
    size = small.pointSizeF()
    if size > 0:
        small.setPointSizeF(max(size - 1, 7))
    return small


class EntryColumns:
    """The column widths of `ui.entry_view.EntryTable` (a QTableView of an `EntryModel`)."""

    def set_up_columns(self) -> None:
        """The usual widths, Ghi chú stretching (a new model)."""
        header = self.horizontalHeader()
        for col, width in COLUMN_WIDTHS.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(col, self.scaled(width))
        header.setSectionResizeMode(Col.COMMENT, QHeaderView.ResizeMode.Stretch)

    def verdict_width(self) -> int:
        """Đánh giá as wide as "Đến nay đã vượt mức chỉ tiêu (100,0%)" in the language shown and the
        second line's smaller font: a verdict two lines high."""
        line = translate("labels", WIDEST_VERDICT_LINE).format(percent=WIDEST_PERCENT)
        widest = QFontMetrics(small_font(self.font())).horizontalAdvance(line)
        return max(self.scaled(COLUMN_WIDTHS[Col.VERDICT]), widest + CELL_MARGINS)

    def verdict_three_lines(self) -> int:
        """Đánh giá as narrow as keeps "Đến nay đã vượt mức chỉ tiêu (100,0%)" on two lines under its
        first: a verdict three lines high (never wider than two lines need, `verdict_width`)."""
        line = translate("labels", WIDEST_VERDICT_LINE).format(percent=WIDEST_PERCENT)
        metrics = QFontMetrics(small_font(self.font()))
        two = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, "A\nA").height()  # two lines, as wrapping counts them
        widest = self.verdict_width()
        width = widest // 2
        while width < widest and metrics.boundingRect(QRect(0, 0, width - CELL_MARGINS, 10_000),
                                                      Qt.TextFlag.TextWordWrap, line).height() > two:
            width += 2
        return min(width, widest)

    def title_width(self, col: Col) -> int:
        """The width column `col` needs for its title, also drawn bold, as the header draws the current column's
        (S129: at 150 % Chỉ tiêu giao was 120 pixels, its bold title 128, read "Chỉ tiêu giac"): the widest line of
        the title in the header's font with a cell's margins, or bold with the header's own margins and its grid
        line, whichever is wider."""
        title = str(self.entry_model().headerData(col, Qt.Orientation.Horizontal) or "")
        header = self.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        plain, strong = header.fontMetrics(), QFontMetrics(bold)
        return max(max(plain.horizontalAdvance(line) + CELL_MARGINS, strong.horizontalAdvance(line) + 2 * margin + 2)
                   for line in title.split("\n"))

    def scaled(self, width: int) -> int:
        """A width of the usual 9-point text, at the table's text size."""
        return round(width * text_scale(self.font()))

    def fit_columns(self) -> None:
        """Đánh giá is as wide as its widest line, then the indicator's name as wide as its usual
        width, Ghi chú the rest. Where the room is short, the name gives up width (wrapping on more
        lines) down to its minimum, then Đánh giá (on a 1280-pixel screen), so that Ghi chú keeps
        room to read what is typed in it; with a bigger text the others first give up what the
        text size added (the order at `USUAL_POINT_SIZE`)."""
        name, comment, target, verdict = Col.NAME, Col.COMMENT, Col.TARGET, Col.VERDICT
        shared = (name, target, verdict)
        fixed = sum(self.columnWidth(col) for col in COLUMN_WIDTHS if col not in shared)
        widths = {name: self.scaled(COLUMN_WIDTHS[name]), comment: self.scaled(MIN_COMMENT_WIDTH),
                  target: self.scaled(COLUMN_WIDTHS[target]), verdict: self.verdict_width()}
        comment_title = self.title_width(comment)
        steps = [(name, self.scaled(MIN_NAME_WIDTH)), (comment, MIN_COMMENT_WIDTH), (target, COLUMN_WIDTHS[target]),
                 (name, MIN_NAME_WIDTH)]
        if self.scaled(100) > 100:  # a bigger text: Đánh giá's verdicts on three lines before the others
            steps += [(verdict, self.verdict_three_lines()), (comment, comment_title),
                      (target, self.scaled(BIG_TEXT_TARGET_WIDTH))]
        steps += [(verdict, self.scaled(COLUMN_WIDTHS[verdict])), (verdict, COLUMN_WIDTHS[verdict]),
                  (comment, comment_title), (name, LEAST_NAME_WIDTH)]
        short = fixed + sum(widths.values()) - self.viewport().width()
        for col, least in steps:
            given = min(max(short, 0), max(widths[col] - least, 0))
            widths[col] -= given
            short -= given
        if self.scaled(100) > 100 and widths[name] < self.scaled(COLUMN_WIDTHS[name]):
            self.share_name_and_target(widths, self.viewport().width() - fixed - widths[verdict], comment_title)
        for col in (target, verdict):  # never narrower than its bold title: Ghi chú gives the pixels down to its
            lacking = self.title_width(col) - widths[col]  # title's width, then the name
            if lacking > 0:
                widths[col] += lacking
                left = self.viewport().width() - fixed - widths[name] - widths[target] - widths[verdict]
                widths[name] -= max(0, min(lacking, comment_title - left))
        for col in shared:
            if self.columnWidth(col) != widths[col]:
                self.setColumnWidth(col, widths[col])

    def share_name_and_target(self, widths: dict[Col, int], room: int, comment_least: int) -> None:
        """With a bigger text on a short screen (`room` the width of the name, Chỉ tiêu giao and Ghi chú):
        Ghi chú `BIG_TEXT_COMMENT_WIDTH` wide where the room allows, never narrower than its title; the
        name and Chỉ tiêu giao splitting the rest where the indicators' rows, all together, are lowest
        (the table the shortest to scroll through), the name no narrower than `MIN_NAME_WIDTH`, Chỉ tiêu
        giao than `BIG_TEXT_TARGET_WIDTH`; of two splits as low, the one with the wider name. Every
        name stays whole, wrapped (S123: at 150 % on 1366×728 the 21 indicators of Xã Tân Cương took
        1.994 pixels, 1.839 now; at 125 % 1.471, 1.178 now)."""
        name, target, comment = Col.NAME, Col.TARGET, Col.COMMENT
        name_least = min(widths[name], MIN_NAME_WIDTH)
        target_least = min(widths[target], self.scaled(BIG_TEXT_TARGET_WIDTH))
        comment_width = max(comment_least, min(self.scaled(BIG_TEXT_COMMENT_WIDTH), room - name_least - target_least))
        pool = room - comment_width
        if pool <= name_least + target_least:
            return
        model = self.entry_model()
        rows = [i for i in range(model.rowCount()) if model.row_at(i) is not None]
        if not rows:
            return
        rows = rows[::-(-len(rows) // SHARE_ROWS)]  # a long table: every other, third… row measured
        width = {Col.UNIT: self.columnWidth(Col.UNIT), Col.VERDICT: widths[Col.VERDICT], comment: comment_width}
        key = (pool, name_least, target_least, tuple(width.values()), self.font().key(),
               tuple(str(model.index(i, col).data()) for i in rows for col in (name, target, *width)))
        if getattr(self, "_shared", (None,))[0] != key:  # measured again only when something changed
            others = {i: max(self.cell_height(model.index(i, col), w) for col, w in width.items()) for i in rows}
            step = max(2, -(-(pool - name_least - target_least) // SHARE_STEPS))
            best = None
            for target_width in range(target_least, pool - name_least + 1, step):
                total = sum(max(others[i], self.cell_height(model.index(i, name), pool - target_width),
                                self.cell_height(model.index(i, target), target_width)) for i in rows)
                if best is None or total < best[0]:
                    best = (total, target_width)
            self._shared = (key, best[1])
        widths[target] = self._shared[1]
        widths[name] = pool - self._shared[1]
        widths[comment] = comment_width

    def fit_unit_column(self) -> None:
        """The unit column as wide as its longest word ("percentage points" in English would be
        cut to "perce…"), never narrower than its usual width."""
        model, metrics = self.entry_model(), self.fontMetrics()
        bigger = self.scaled(100) > 100
        # With a bigger text "Có/Không" wraps after its "/" as "triệu đồng" at its space, and the
        # column is no wider than its widest piece (at 150 % 69 pixels, not 99: S123).
        breaks = r"\s+|(?<=/)" if bigger else r"\s+"
        words = {word for i in range(model.rowCount())
                 for word in re.split(breaks, str(model.data(model.index(i, Col.UNIT)) or ""))}
        widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
        usual = COLUMN_WIDTHS[Col.UNIT] if bigger else self.scaled(COLUMN_WIDTHS[Col.UNIT])
        self.setColumnWidth(Col.UNIT, max(usual, widest + CELL_MARGINS, self.title_width(Col.UNIT)))

    def usual_width(self, col: Col) -> int:
        """A figure column's width with small figures: its usual width, or its title's widest line
        (with a bigger text the usual width of the 9-point text: the title and the figures set it)."""
        usual = COLUMN_WIDTHS[col] if self.scaled(100) > 100 else self.scaled(COLUMN_WIDTHS[col])
        return max(usual, self.title_width(col))

    def fit_figure_columns(self) -> None:
        """Tử số, Mẫu số and Kết quả each as wide as its widest figure: a ward's revenue
        "1.312.450" was cut to "1.312.4…" in Kết quả beside an empty Ghi chú. Measured when a
        period is shown and when the window is resized, counting the figures the period is to
        get (`expected_figures`), so that typing them leaves the columns as they are (walk h4:
        the first revenue saved narrowed the name column, every name wrapping anew under the
        officer's eyes). The room comes from Ghi chú (the stretching column), and from the name
        below Ghi chú's minimum (fit_columns); never narrower than the column's usual width."""
        model, metrics = self.entry_model(), self.fontMetrics()
        cap = metrics.horizontalAdvance(WIDEST_FIGURE)
        expected = self.expected_figures()
        for col in FIGURE_COLUMNS:
            texts = [str(model.data(model.index(i, col)) or "") for i in range(model.rowCount())] + expected[col]
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
            width = max(self.usual_width(col), min(widest, cap) + CELL_MARGINS)
            if width != self.columnWidth(col):
                self.setColumnWidth(col, width)

    def expected_figures(self) -> dict[Col, list[str]]:
        """The figures each figure column is likely to show once the period is entered: a result
        and a figure in the indicator's unit (a value, the same period last year) have the digits
        of its target ("4.450.844" triệu đồng over the term: a half year's revenue "2.150.300");
        a rate's result is a percentage, as narrow as its target."""
        model = self.entry_model()
        expected: dict[Col, list[str]] = {col: [] for col in FIGURE_COLUMNS}
        for i in range(model.rowCount()):
            row = model.row_at(i)
            target = row and row.target
            if target is None or not isinstance(target.value, Decimal):
                continue
            text = value_text(row.indicator, target.value)
            expected[Col.VALUE].append(text)
            for col, spec in input_fields(row).items():
                if spec.field in ("value", "previous"):
                    expected[col].append(text)
        return expected

    def _figures_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        """A figure typed (its row recomputed): a figure column it no longer fits in is widened,
        the name column giving the room (`fit_columns`). None narrows while the period is typed in
        (a figure deleted): the names keep their lines until the next period or resize. Only the
        changed rows are measured (the whole table on each edit would cost a tenth of the 30 ms
        an edit may take)."""
        if top_left.column() > max(FIGURE_COLUMNS) or bottom_right.column() < min(FIGURE_COLUMNS):
            return
        model, metrics = self.entry_model(), self.fontMetrics()
        cap = metrics.horizontalAdvance(WIDEST_FIGURE)
        widened = False
        for col in FIGURE_COLUMNS:
            widest = max(min(metrics.horizontalAdvance(str(model.data(model.index(row, col)) or "")), cap)
                         + CELL_MARGINS for row in range(top_left.row(), bottom_right.row() + 1))
            if widest > self.columnWidth(col):
                self.setColumnWidth(col, widest)
                widened = True
        if widened:
            self.fit_columns()
