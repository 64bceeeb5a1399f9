"""How the consolidated workbook's two units-against-indicators sheets ("Tổng hợp", "Chỉ tiêu bổ
sung", `exports.consolidated_xlsx`) lie on printed A3 pages: columns as wide as the words they
show on one line, pages across holding as many indicators as 8 pt allows, and the province's
totals printed with the units' last rows. (`exports.sheet_layout` measures texts and models a
page; this module decides with it.)

Walk-through 6 printed "Tổng hợp" on 15 A3 pages: every unit's row two lines tall because
"Đang thực hiện" (and the party indicator's "Chưa đến kỳ đánh giá") wrapped in its 13-wide
column, Kinh tế's one indicator alone on five pages a third of their width used, and each group's
totals alone on a sixth.
"""
from __future__ import annotations

from desktop_app.core.consolidation import Consolidation, Count
from desktop_app.core.evaluation import Verdict
from exports.sheet_layout import MIN_PRINTED, PRINTABLE_HEIGHT, PRINTABLE_PX, TEXT_SIZE, column_px, text_lines

# The texts a unit's verdict cell shows, by the count it is among: "Khác" holds the verdicts
# that are none of the counts' own, "Chưa báo cáo" a verdict of "Chưa nhập" too.
SHOWN = {
    Count.KHAC: (Verdict.CHUA_GIAO.value, Verdict.CHUA_DU_SO_LIEU.value),
    Count.CHUA_BAO_CAO: (Count.CHUA_BAO_CAO.value, Verdict.CHUA_NHAP.value),
}
WIDEST = 24  # width units: "Đã nhận, khóa chờ xác nhận", the longest status, on one line


def one_line(texts, least: int) -> int:
    """The narrowest width (Excel units, at least `least`, at most `WIDEST`) showing each of
    `texts` on one line: a wrapped word made every unit's row two lines tall on every page."""
    width = least
    for text in set(texts):
        while width < WIDEST and text_lines(text, column_px(width), False) > 1:
            width += 1
    return width


def verdict_width(con: Consolidation, code: str, least: int) -> int:
    """The width of an indicator's "Đánh giá" column: its verdicts the summary counts, on one line."""
    counts = con.summaries[code].counts
    return one_line([t for k, n in counts.items() if n for t in SHOWN.get(k, (k.value,))], least)


def status_width(con: Consolidation, least: int) -> int:
    """The width of "Tình trạng báo cáo": every unit's status on one line."""
    return one_line({u.status.status_text for u in con.units}, least)


def widest_fitting(candidates: list, columns, first: int, span: int, groups):
    """The first of `candidates` (widest first; `columns(c)`: a sheet's column widths) that prints
    on as few pages across as the last: a column widened to show its words on one line halves
    the rows' height, but not at the cost of a page across (92 units' "Đã nhận, khóa chờ xác
    nhận" on one line took "Tổng hợp" from two pages across to three)."""
    fewest = len(pages_across(columns(candidates[-1]), first, span, groups))
    return next(c for c in candidates if len(pages_across(columns(c), first, span, groups)) == fewest)


def pages_across(widths, first: int, span: int, groups) -> list[int]:
    """The columns after which the printed pages of a sheet end (none when it fits one page wide at
    `MIN_PRINTED` pt): between blocks of `span` columns after the `first` ones (an indicator's
    after the units'), the units' number and name repeated on each page (`REPEATED_COLUMNS`).
    As few pages as 8 pt allows; among those, the fewest catalogue groups (`groups`, one per
    block) cut between two pages; then the widest page as narrow as can be, its text as large.
    Until 2026.12 a page took whole groups while they fit: Kinh tế's one indicator printed alone."""
    px = [column_px(w) for w in widths]
    room = PRINTABLE_PX * TEXT_SIZE / MIN_PRINTED  # of the sheet's pixels, on a page at 8 pt
    if sum(px) <= room:
        return []
    blocks = [sum(px[start:start + span]) for start in range(first, len(px), span)]
    own, repeated = sum(px[:first]), sum(px[:2])

    def page(i: int, j: int) -> float:  # blocks i..j-1 on one page
        return (own if i == 0 else repeated) + sum(blocks[i:j])

    # best[k][j]: (groups cut, widest page, previous end) laying blocks 0..j-1 on k pages
    n = len(blocks)
    best = [{0: (0, 0.0, None)}]
    while n not in best[-1]:
        layer = {}
        for i, (cuts, widest, _) in best[-1].items():
            cut = int(0 < i < n and groups[i - 1] == groups[i])
            for j in range(i + 1, n + 1):
                if page(i, j) > room and j > i + 1:  # a block wider than a page is printed alone
                    break
                cost = (cuts + cut, max(widest, page(i, j)), i)
                if j not in layer or cost[:2] < layer[j][:2]:
                    layer[j] = cost
        best.append(layer)
    ends, j = [], n
    for layer in reversed(best[1:]):
        j = layer[j][2]
        ends.append(j)
    return sorted(first + span * j for j in ends if j)


KEEP_WITH = 3  # the units' rows, at least, printed with the totals under them
# Of a page's height, what a layout counts on filling at least: LibreOffice printed 46 rows of 15 pt
# on a page the model gives 46,5 (`sheet_layout.room_left`); Excel's rounding may differ. The
# totals go under the units without a break only when they fit there whether a page holds this
# much or all of its height: a page holding a row more or less moves where the units end.
SAFETY = 0.98


def _walk(heights, room: float, first: float) -> tuple[int, float, int]:
    """(pages, pt left on the last, rows on the last) of rows `heights` on pages of `room` pt, the
    first `first` (a row never cut: one that does not fit starts the next page)."""
    pages, left, on_last = 1, first, 0
    for h in heights:
        if h > left and on_last:
            pages, left, on_last = pages + 1, room, 0
        left -= h
        on_last += 1
    return pages, left, on_last


def rows_down(rows: list[float], block: list[float], repeated: float, widest: int,
              first: float | None = None, scaled: bool = True) -> tuple[int, int | None]:
    """(scale %, the number of `rows` printed before a page break, None for none) of a sheet
    printing `rows` (pt each, the units'), then `block` (the province's totals, never cut) under
    `repeated` pt of header rows on each page; `first`: the first page's room at 100 % when it
    holds the header rows itself (the sheet's title above them), None when it repeats them too.
    The block goes on the page the units end on when it fits there, else to the next with the
    units' last `KEEP_WITH` rows (it printed alone on a page, or cut after two of its rows); so
    it does when a page would hold it under fewer of the units' rows. The scale is at most
    `widest` (the widest page across fits), and lower only for fewer pages: as few pages down as
    8 pt allows, at the largest text that many allow; `widest` itself when not `scaled` (a sheet
    fitted to its page's width, whose scale the spreadsheet sets)."""
    least = -(-100 * MIN_PRINTED // TEXT_SIZE) if scaled else widest

    def walk(pct: int, safety: float) -> tuple[int, float, int]:
        page = PRINTABLE_HEIGHT * safety * 100 / pct
        start = page - repeated if first is None else first * safety * 100 / pct
        return _walk(rows, page - repeated, start)

    def layout(pct: int) -> tuple[int, int | None]:
        laid = [walk(pct, SAFETY), walk(pct, 1.0)]
        pages = laid[0][0]
        kept = len(rows) - KEEP_WITH if len(rows) > KEEP_WITH else None  # a break: the last rows go on
        if sum(block) > min(left for _, left, _ in laid):
            return pages + 1, kept
        if any(n > 1 and on_last < KEEP_WITH for n, _, on_last in laid):  # one or two rows over it
            return pages, kept
        return pages, None

    options = {pct: layout(pct) for pct in range(widest, min(least, widest) - 1, -1)}
    fewest = min(pages for pages, _ in options.values())
    pct = next(pct for pct, (pages, _) in options.items() if pages == fewest)
    return pct, options[pct][1]
