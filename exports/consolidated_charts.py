"""The chart pages of the province's consolidated PDF report, drawn with reportlab's own vector
graphics (`reportlab.graphics`) from the chart models of `desktop_app.core.charts`, the models
the province window's "Biểu đồ" tab draws: paper and window show the same numbers.

- `overview_page`: for each period of the year, the units by report status (on time, late,
  draft, unsigned, refused, not sent) and, per assigned indicator, the units by verdict;
- `indicator_page`: one indicator's units as bars sorted best first, coloured by verdict, in one
  or two rows named at 8 pt under their bars, with the target (one dashed line when every unit has
  the same, a tick over each bar otherwise), and beside them the indicator's verdicts in each
  period of the year and the units without a bar, named apart.

Shares are drawn as whole columns of the units (met, in progress, not met, the rest): an annual
target is judged "Đang thực hiện" until the year's report, a term target until 2030's, and a
met share of 0 % alone would read as every unit failing. Every string is given the report's embedded fonts: a
reportlab string left to its default references an unembedded Helvetica.
"""
from __future__ import annotations

import math
from collections.abc import Collection
from decimal import Decimal

from reportlab.graphics.shapes import (
    DirectDraw,
    Drawing,
    Group,
    Line,
    Path,
    Rect,
    String,
)
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isAnything, isNumber, isString
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepInFrame, Spacer, Table, TableStyle

from desktop_app.core.chart_colours import (
    EMPTY,
    NOT_ENTERED_COLOUR,
    NOT_REPORTED_COLOUR,
    OTHER_COLOUR,
    OUTLINE,
    STATUS_COLOURS,
    TARGET_COLOUR,
    VERDICT_COLOURS,
    text_colour,
    verdict_colour,
)
from desktop_app.core.charts import SHARE_PARTS as SHARE_COUNTS
from desktop_app.core.charts import (
    CompletenessPoint,
    IndicatorChart,
    MetShare,
    Placement,
    UnitPoint,
    share_words,
)
from desktop_app.core.consolidation import NOT_ENTERED, Count, ReportStatus
from desktop_app.core.evaluation import Verdict
from desktop_app.core.numbers import format_number
from desktop_app.core.stated_earlier import on_file_source
from desktop_app.core.submission import running_name
from exports.fonts import FontSet
from exports.kept_lines import KeptLines

# A period's column of an indicator: its units as "Tổng hợp" counts them, bottom up (`SHARE_COUNTS`).
SHARE_PARTS = tuple((words, keys, colour) for (words, keys), colour in zip(SHARE_COUNTS, (
    VERDICT_COLOURS[Verdict.DAT], VERDICT_COLOURS[Verdict.DANG_THUC_HIEN], VERDICT_COLOURS[Verdict.KHONG_DAT],
    OTHER_COLOUR, NOT_ENTERED_COLOUR, NOT_REPORTED_COLOUR), strict=True))
STATUS_WORDS = {ReportStatus.DA_NHAN: "Đúng hạn"}  # the others as the completeness table names them
PERIOD_WORDS = {"Q1": "Quý I", "6M": "6 tháng", "9M": "9 tháng", "Y": "Năm"}
# The units' names under their bars, at the smallest size the report prints (6,5 pt until 2026.12,
# 92 across the page, too small to read on paper), each `NAME_ROOM` from the next, its accents and
# descenders clear of theirs: the units in up to `BAR_ROWS` rows of bars, the later rows under the
# first on the same scale; more, too many to name, in one row without names.
NAME_SIZE = 8  # pt
NAME_ROOM = 9.5  # pt across
BAR_ROWS = 2
LABEL_SIZE = 8
APART_NAMES = 15  # units named under "Chưa báo cáo"; more are counted


def _c(hex_colour: str):
    return colors.HexColor(hex_colour)


def _drawing(f: FontSet, width: float, height: float) -> Drawing:
    """A drawing whose renderer starts in the report's font: with reportlab's initial Helvetica
    every chart would reference it, unembedded, even with each string in the report's font."""
    return Drawing(width, height, initialFontName=f.regular, initialFontSize=LABEL_SIZE)


def _text(f: FontSet, x, y, text, size=LABEL_SIZE, anchor="start", bold=False, colour="#000000") -> String:
    return String(x, y, text, fontName=f.bold if bold else f.regular, fontSize=size, textAnchor=anchor,
                  fillColor=_c(colour))


class UpwardNames(DirectDraw):
    """The units' names read upwards, each ending at its (x, y), written as one PDF text object.
    A String per name, each in a group turned a quarter with its own graphics state, took about
    a third of a 92-unit report's chart pages; the page is the same."""
    _attrMap = AttrMap(BASE=DirectDraw, font=AttrMapValue(isString), size=AttrMapValue(isNumber),
                       names=AttrMapValue(isAnything, desc="[(x, y, name)]"))

    def __init__(self, font: str, size: float):
        self.font, self.size, self.names = font, size, []

    def drawDirectly(self, renderer) -> None:  # renderPDF's renderer: these charts are only printed
        text = renderer._canvas.beginText()
        text.setFont(self.font, self.size)
        text.setFillColor(colors.black)
        for x, y, name in self.names:  # the text matrix turns each a quarter left, its end at (x, y)
            text.setTextTransform(0, 1, -1, 0, x, y - stringWidth(name, self.font, self.size))
            text.textOut(name)
        renderer._canvas.drawText(text)


class Bars(DirectDraw):
    """Bars of one colour, (x, y, width, height) each, filled as one PDF path of rectangles: as
    a Path of lines, 3.321 units' bars were 30.000 rectangles of four corners each to format."""
    _attrMap = AttrMap(BASE=DirectDraw, colour=AttrMapValue(isString), rects=AttrMapValue(isAnything))

    def __init__(self, colour: str):
        self.colour, self.rects = colour, []

    def drawDirectly(self, renderer) -> None:  # renderPDF's renderer, as UpwardNames
        canvas = renderer._canvas
        path = canvas.beginPath()
        for rect in self.rects:
            path.rect(*rect)
        canvas.setFillColor(_c(self.colour))
        canvas.drawPath(path, stroke=0, fill=1)


def _scale(lo: float, hi: float, ticks: int = 5) -> tuple[float, float, float]:
    """Axis bounds holding [lo, hi] and zero, stepped by 1, 2 or 5 times a power of ten."""
    lo, hi = min(lo, 0.0), max(hi, 0.0)
    if hi == lo:
        hi = lo + 1
    raw = (hi - lo) / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    return step * math.floor(lo / step), step * math.ceil(hi / step), step


def _axis(d: Drawing, f: FontSet, x0, y0, w, h, lo, hi, step, decimals: int, suffix: str = "") -> None:
    """Horizontal grid lines and their values, left of the plot (x0, y0, w, h)."""
    v = lo
    while v <= hi + step / 1000:
        y = y0 + (v - lo) / (hi - lo) * h
        d.add(Line(x0, y, x0 + w, y, strokeColor=_c("#000000" if v == 0 else "#cfd8dc"), strokeWidth=0.4))
        d.add(_text(f, x0 - 3, y - 2.5, format_number(Decimal(str(v)), decimals) + suffix, anchor="end"))
        v += step


def legend(f: FontSet, items: list[tuple[str, str]], width: float,
           line: tuple[str, str, bool] | None = None) -> Drawing:
    """Coloured squares and their words in one row; `line`: a line's colour, words and whether dashed."""
    d = _drawing(f, width, 12)
    x = 0.0
    for words, colour in items:
        d.add(Rect(x, 1, 8, 8, fillColor=_c(colour), strokeColor=_c(OUTLINE) if colour == EMPTY else None,
                   strokeWidth=0.6))
        d.add(_text(f, x + 11, 2, words, 9))
        x += 11 + stringWidth(words, f.regular, 9) + 14
    if line:
        colour, words, dashed = line
        d.add(Line(x, 5, x + 18, 5, strokeColor=_c(colour), strokeWidth=1.2,
                   strokeDashArray=[4, 2] if dashed else None))
        d.add(_text(f, x + 22, 2, words, 9))
    return d


def units_chart(chart: IndicatorChart, f: FontSet, width: float, height: float) -> Drawing:
    """The units' results as bars, best first, in as few rows as name each (`BAR_ROWS`), every row
    on the same scale and as high, with the target; a notice when no bar is drawn."""
    d = _drawing(f, width, height)
    points = chart.points
    if not points:
        notice = (f"Chưa đến kỳ đánh giá: chỉ tiêu đánh giá, xếp loại vào cuối năm ({len(chart.apart)} đơn vị)"
                  if not chart.due else "Chưa có đơn vị nào báo cáo kết quả chỉ tiêu này trong kỳ.")
        d.add(Rect(0, 0, width, height, fillColor=_c("#eceff1"), strokeColor=None))
        d.add(_text(f, width / 2, height / 2, notice, 13, "middle", bold=True, colour="#455a64"))
        return d
    values = [float(p.value) for p in points]
    targets = [float(p.target) for p in points if p.target is not None]
    lo, hi, step = _scale(min(values + targets), max(values + targets))
    decimals = 0 if step >= 1 else len(f"{step:.10f}".split(".")[1].rstrip("0"))
    x0 = 6 + max(stringWidth(format_number(Decimal(str(v)), decimals), f.regular, LABEL_SIZE) for v in (lo, hi))
    w = width - x0 - 4
    rows = next((r for r in range(1, BAR_ROWS + 1) if w / math.ceil(len(points) / r) >= NAME_ROOM), 0)
    named = rows > 0  # beyond about 100 units the names would overlap: none
    rows = rows or 1
    per_row = math.ceil(len(points) / rows)
    slot = w / per_row  # the rows' bars as wide: a unit's bar compares with any other's
    below = max(stringWidth(p.name, f.regular, NAME_SIZE) for p in points) + 6 if named else 14
    row_h = height / rows
    h = row_h - below - 6
    # The bars of a verdict are one path, the units' own targets another: a shape per bar made
    # a few thousand units' pages take seconds.
    bars: dict[str, Bars] = {}
    ticks = Path(strokeColor=_c("#000000"), strokeWidth=1, fillColor=None)
    names = UpwardNames(f.regular, NAME_SIZE)
    over = []  # the common target's line and words on each row, drawn over its bars

    def y(v: float, y0: float) -> float:  # a row's axis at y0
        return y0 + (v - lo) / (hi - lo) * h

    for r in range(rows):
        y0 = height - (r + 1) * row_h + below
        _axis(d, f, x0, y0, w, h, lo, hi, step, decimals)
        for i, p in enumerate(points[r * per_row:(r + 1) * per_row]):
            x = x0 + i * slot
            colour = verdict_colour(p.verdict)
            if colour not in bars:  # not setdefault: its default would be built for every bar
                bars[colour] = Bars(colour)
            base = y(0, y0)
            bars[colour].rects.append((x + slot * 0.15, base, slot * 0.7, y(float(p.value), y0) - base))
            if p.target is not None and chart.common_target is None:
                ticks.moveTo(x + slot * 0.05, y(float(p.target), y0))
                ticks.lineTo(x + slot * 0.95, y(float(p.target), y0))
            if named:  # ending under its bar
                names.names.append((x + slot / 2 + NAME_SIZE * 0.35, y0 - 3, p.name))
        if chart.common_target is not None:
            t = y(float(chart.common_target), y0)
            over += [Line(x0, t, x0 + w, t, strokeColor=_c(TARGET_COLOUR), strokeWidth=1.2, strokeDashArray=[4, 2]),
                     target_words(f, x0 + w - 2, t + 3, f"Chỉ tiêu {points[0].target_text}")]
    if named:
        d.add(names)
    for shape in (*bars.values(), ticks, *over):
        d.add(shape)
    if not named:
        d.add(_text(f, x0 + w / 2, 2, f"{len(points)} đơn vị, quá nhiều để ghi tên dưới từng cột: tên và kết quả "
                    "từng đơn vị ở bảng tổng hợp Excel", LABEL_SIZE, "middle"))
    return d


def target_words(f: FontSet, x_end: float, y: float, words: str, size: float = 9) -> Group:
    """The common target's words, bold, ending at `x_end` on the baseline `y`, on a white box a
    little larger than they are: read over bars of any colour (dark blue on the blue bars of
    "Đang thực hiện", they were lost: walk h8), from the accents over capitals to the descenders."""
    width = stringWidth(words, f.bold, size)
    return Group(Rect(x_end - width - 2, y - 0.25 * size, width + 4, 1.25 * size, fillColor=colors.white,
                      strokeColor=None),
                 _text(f, x_end, y, words, size, "end", bold=True, colour=TARGET_COLOUR))


def _columns(d: Drawing, f: FontSet, box, groups) -> None:
    """Stacked columns of units in `box` (x, y, w, h), with a blank slot between `groups` of
    (label, columns); a column is (label, total, [(count, colour, words)] bottom up, words over
    it), or (label, total, reason, "") when it is not drawn. Heights are shares of the total; a
    part's words are written inside it where it is tall and wide enough, so a figure is where
    the height it measures is."""
    x0, y0, w, h = box
    _axis(d, f, x0, y0, w, h, 0.0, 100.0, 25.0, 0, "%")
    slot = w / (sum(len(cols) for _, cols in groups) + len(groups))
    x = x0 + slot / 2
    for label, cols in groups:
        start = x
        for col_label, total, parts, words in cols:
            if isinstance(parts, str):  # not drawn: the reason, read upwards
                g = Group(_text(f, 0, 0, parts, LABEL_SIZE, colour="#607d8b"))
                g.transform = (0, 1, -1, 0, x + slot / 2 + 3, y0 + 4)
                d.add(g)
            else:
                bottom = y0
                for count, colour, inside in parts:
                    if count and total:
                        top = bottom + h * count / total
                        empty = colour == EMPTY
                        d.add(Rect(x + slot * 0.1, bottom, slot * 0.8, top - bottom, fillColor=_c(colour),
                                   strokeColor=_c(OUTLINE if empty else "#ffffff"), strokeWidth=0.6 if empty else 0.3))
                        if (inside and top - bottom >= LABEL_SIZE + 3
                                and stringWidth(inside, f.regular, LABEL_SIZE) <= slot * 0.8 - 2):
                            d.add(_text(f, x + slot / 2, (bottom + top) / 2 - LABEL_SIZE / 3, inside, LABEL_SIZE,
                                        "middle", colour=text_colour(colour)))
                        bottom = top
                if words:
                    d.add(_text(f, x + slot / 2, y0 + h + 3, words, LABEL_SIZE, "middle"))
            d.add(_text(f, x + slot / 2, y0 - 10, col_label, LABEL_SIZE, "middle"))
            x += slot
        d.add(_text(f, (start + x) / 2, y0 - 10, label, 9, "middle", bold=True))
        x += slot


def _share_column(s: MetShare, label: str, words: bool = True) -> tuple:
    """A period's column of one indicator: its units by verdict, each part's share of the units
    inside it (`words`; the met share is the green part's). Until 2026.12 the met share stood
    over the column: "0%" over a column drawn full height, every unit "Đang thực hiện"."""
    if not s.due:
        return label, s.applicable, "Chưa đến kỳ", ""
    if s.share is None:
        return label, s.applicable, "Chưa có báo cáo", ""
    parts = []
    for _, counts, colour in SHARE_PARTS:
        n = sum(s.counts[c] for c in counts)
        share = share_words(n, s.applicable) if words else ""
        parts.append((n, colour, share))
    return label, s.applicable, parts, ""


def periods_chart(shares: list[MetShare], f: FontSet, width: float, height: float) -> Drawing:
    """One indicator's units by verdict in each period of the year, each part's share inside it."""
    d = _drawing(f, width, height)
    _columns(d, f, (34, 14, width - 38, height - 28), [("", [_share_column(s, PERIOD_WORDS[s.period.kind])
                                                          for s in shares])])
    return d


def completeness_chart(points: list[CompletenessPoint], f: FontSet, width: float, height: float) -> Drawing:
    """The units by report status in each period, the number received (counted) over each."""
    d = _drawing(f, width, height)
    cols = [(PERIOD_WORDS[p.period.kind], p.total, [(p.by_status[s], STATUS_COLOURS[s], "") for s in STATUS_COLOURS],
             f"{p.on_time + p.late + p.by_status[ReportStatus.DU_THAO]}/{p.total}") for p in points]
    _columns(d, f, (34, 14, width - 38, height - 28), [("", cols)])
    return d


def indicators_chart(rows: list[tuple[int, list[MetShare]]], f: FontSet, width: float, height: float) -> Drawing:
    """Each assigned indicator, by its number in the summary table, with a column per period."""
    d = _drawing(f, width, height)
    _columns(d, f, (34, 14, width - 38, height - 28),
             [(f"({n})", [_share_column(s, "", words=False) for s in shares]) for n, shares in rows])
    return d


def status_words(status: ReportStatus) -> str:
    return STATUS_WORDS.get(status, str(status))


def _named(units: list[UnitPoint]) -> str:
    """"xã A, xã B", the first `APART_NAMES` named and the others counted."""
    named = ", ".join(running_name(u.name) for u in units[:APART_NAMES])
    return named + (f" và {len(units) - APART_NAMES} đơn vị khác" if len(units) > APART_NAMES else "")


def apart_text(chart: IndicatorChart, sent: Collection[str]) -> list[str]:
    """The units without a bar, by why, as the table beside the chart counts them: "Chưa báo cáo"
    the units without a counted report, "Chưa nhập" those whose counted report (`sent`: the units'
    codes) leaves the indicator empty. Until 2026.12 both were listed as "Chưa báo cáo" ("91 đơn
    vị" under a caption and a table saying "chưa báo cáo 90, chưa nhập 1")."""
    not_reported = chart.placed(Placement.NOT_REPORTED)
    out = []
    for words, units in ((Count.CHUA_BAO_CAO.value, [u for u in not_reported if u.code not in sent]),
                         (NOT_ENTERED, [u for u in not_reported if u.code in sent]),
                         ("Chưa tính được kết quả", chart.placed(Placement.NO_VALUE))):
        if units:
            out.append(f"<b>{words} ({len(units)} đơn vị):</b> {_named(units)}.")
    not_due = chart.placed(Placement.NOT_DUE)
    if not_due:
        out.insert(0, f"<b>{Count.CHUA_DEN_KY.value}:</b> {len(not_due)} đơn vị (chỉ tiêu đánh giá, xếp loại vào "
                      "cuối năm).")
    return out or ["Mọi đơn vị đều có kết quả trong biểu đồ."]


def on_file_bars(sm) -> str:
    """Where a term total's bars take the units' earlier years from, after "cộng các năm trước" (`sm` its
    `IndicatorSummary`): the province's reports, or the files' statements it could not check (walk U21 F6:
    " tỉnh đã nhận" of 92 bars that were the files' own)."""
    source = on_file_source(len(sm.running_on_file), sm.running_units)
    return f"{source}, chưa kiểm tra được: xem ghi chú ở mục II" if sm.running_on_file else " tỉnh đã nhận"


def drafts_words(chart: IndicatorChart) -> str:
    """The units whose bar is a draft's figure, said after the number of bars: " (trong đó 2 đơn vị
    gửi báo cáo dự thảo: xã A, xã B)", "" for none. A draft is counted, as the tables count it and
    section I names it; its bar looked like an approved report's."""
    drafts = [p for p in chart.points if p.status == ReportStatus.DU_THAO]
    return f" (trong đó {len(drafts)} đơn vị gửi báo cáo dự thảo: {_named(drafts)})" if drafts else ""


def _frame(flowables: list, width: float, height: float) -> KeepInFrame:
    """A chart page's content, kept on its page (shrunk only if a long list would push it over)."""
    return KeepInFrame(width, height, flowables, mode="shrink")


def overview_page(title: str, caption: str, points: list[CompletenessPoint],
                  rows: list[tuple[int, list[MetShare]]], styles, width: float, height: float,
                  under: str = "") -> KeepInFrame:
    """Completeness by period beside every assigned indicator's verdicts by period; `under`: a
    line (markup) under the charts, the charts as much shorter as it is tall."""
    f = styles.f
    left, right = width * 0.36, width * 0.64
    below = [Spacer(1, 4), KeptLines(under, styles.cell)] if under else []
    chart_h = height - 130 - sum(fl.wrap(width, height)[1] for fl in below)
    periods = ", ".join(PERIOD_WORDS[p.period.kind] for p in points)
    cells = [[KeptLines("<b>Tình hình gửi báo cáo</b> (trên mỗi cột: số đơn vị đã nhận / tổng số)", styles.cell),
              KeptLines(f"<b>Các chỉ tiêu tỉnh giao</b> (số thứ tự như biểu ở mục II): mỗi kỳ một cột ({periods})",
                        styles.cell)],
             [completeness_chart(points, f, left - 8, chart_h), indicators_chart(rows, f, right - 8, chart_h)],
             [_legend_rows(f, [(status_words(s), c) for s, c in STATUS_COLOURS.items()
                               if any(p.by_status[s] for p in points)], left - 8),
              _legend_rows(f, _share_legend([s for _, shares in rows for s in shares]), right - 8)]]
    table = Table(cells, colWidths=[left, right])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("FONT", (0, 0), (-1, -1), f.regular, 9)]))
    return _frame([KeptLines(title, styles.heading_table), KeptLines(caption, styles.cell), Spacer(1, 6), table,
                   *below], width, height)


def _share_legend(shares: list[MetShare]) -> list[tuple[str, str]]:
    """The parts of the share columns drawn from `shares` (a column not drawn draws none): a
    legend names only what its chart draws ("Chờ tỉnh đối chiếu khóa" in orange beside an all-green
    column read as if the units whose key awaits confirmation were missing from it)."""
    drawn = [s for s in shares if s.due and s.share is not None]
    return [(words, colour) for words, counts, colour in SHARE_PARTS
            if any(s.counts[c] for s in drawn for c in counts)]


def _legend_rows(f: FontSet, items, width: float) -> list[Drawing]:
    """`items` as legend rows no wider than `width`, as few rows as fit and as even as fit: five
    statuses in rows of four and one left "Chưa gửi" alone on its line (walk 12), now three and two."""
    need = [25 + stringWidth(words, f.regular, 9) for words, _ in items]

    def rows_of(most: int) -> list[list]:
        rows, row, used = [], [], 0.0
        for item, w in zip(items, need):
            if row and (used + w - 14 > width or len(row) == most):  # the last item needs no gap after it
                rows.append(row)
                row, used = [], 0.0
            row.append(item)
            used += w
        return rows + [row]

    fewest = rows_of(len(items))
    even = rows_of(-(-len(items) // len(fewest)))  # the items shared evenly among as many rows
    return [legend(f, row, width) for row in (even if len(even) == len(fewest) else fewest)]


SIDE = 200  # pt: the column beside the units chart (the year's periods, the units without a bar)
PERIODS_HEIGHT = (90, 150)  # pt: the periods chart in it, at least and at most (lower beside long lists)


def indicator_page(title: str, caption: str, chart: IndicatorChart, shares: list[MetShare], styles,
                   width: float, height: float, sent: Collection[str]) -> KeepInFrame:
    """One indicator: the units chart as high as the page leaves it, and beside it the periods
    chart and the units without a bar (`apart_text`; `sent`: the units with a counted report).
    (Until 2026.12 these were under the units chart, which had half the page's height: room for
    one row of names, 92 at 6,5 pt.)"""
    f = styles.f
    line = None
    if chart.points and chart.target_drawn:
        line = (TARGET_COLOUR, "chỉ tiêu", True) if chart.common_target is not None else \
            ("#000000", "chỉ tiêu của từng đơn vị", False)
    bars = [(v.value, c) for v, c in VERDICT_COLOURS.items() if any(p.verdict == v for p in chart.points)]
    head = [KeptLines(title, styles.heading_table), KeptLines(caption, styles.cell), legend(f, bars, width, line),
            Spacer(1, 4)]
    used = sum(fl.wrap(width, height)[1] + fl.getSpaceBefore() + fl.getSpaceAfter() for fl in head)
    words = KeptLines("<b>Qua các kỳ trong năm</b> (mỗi cột: các đơn vị theo kết quả đánh giá; số trong cột: tỷ lệ "
                      "đơn vị)", styles.cell)
    under = [*_legend_rows(f, _share_legend(shares), SIDE), Spacer(1, 8),
             *(KeptLines(t, styles.cell) for t in apart_text(chart, sent))]
    room = height - used - sum(fl.wrap(SIDE, height)[1] for fl in (words, *under)) - 2
    side = [words, periods_chart(shares, f, SIDE, max(PERIODS_HEIGHT[0], min(PERIODS_HEIGHT[1], room))), *under]
    left = width - SIDE
    body = Table([[units_chart(chart, f, left - 8, height - used - 2), side]], colWidths=[left, SIDE])
    body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), f.regular, 9),
                              *((edge, (0, 0), (-1, -1), 0) for edge in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING",
                                                                          "BOTTOMPADDING"))]))
    return _frame([*head, body], width, height)
