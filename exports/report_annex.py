"""The report's annex ("Phụ lục"): the indicator table, after the signed page, on landscape
A4 pages, its header rows repeated on each, its notes under it; laid out so every number stays on
one line and no row, note or line is left alone on a page (`exports.report_pdf` prints the rest).
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from desktop_app.core.doc_number import printed_number
from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import format_date
from desktop_app.core.submission import Item, Submission
from desktop_app.core.wording import (
    REMARK_LINES,
    kept_whole,
    note_reference,
    printed_result,
    remark_beginning,
    remark_cell,
)
from exports.fonts import FontSet
from exports.official_page import (
    BODY_LEADING,
    CELL_PADDING,
    FLEXIBLE_SHARE,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    NBSP,
    PAGE,
    ROMAN,
    TABLE_LEADING,
    TABLE_SIZE,
    _p,
    _Styles,
    keep_comparators,
    numbered_table,
)
from exports.report_rows import (  # the lines under the table: the sheet's too, one wording
    PAPER,
    PAPER_3,
    annex_title,
    form_of,
    in_progress_note,  # noqa: F401
    numbering_note,  # noqa: F401
    result_cell,
    supplementary_note,  # noqa: F401
    table_notes,
)
from exports.report_rows import compared_cell as sheet_compared_cell
from exports.submission_format import (
    target_parts,
    verdict_cell,
)

# (title, width in mm) of the indicator table, on landscape pages of its own (body 252 mm): an
# indicator's name on one to three lines (on the portrait body of 165 mm it took up to six, and 21
# rows three pages), "Đến nay đã vượt mức chỉ tiêu (302,4%)" and "Giảm 25% so với cùng kỳ" on two,
# "Đang thực hiện" on one. Each is widened at printing to its longest word if need be
# (`report_columns`).
COLUMNS = (
    ("STT", 11),
    ("Chỉ tiêu", 67),
    ("Đơn vị tính", 20),  # "Có/Không" (about 50 pt at 12 pt, and the cell's 6 pt) on one line
    ("Chỉ tiêu giao", 30),
    # the figure, and under it what it comes from, on two lines of 9 pt: "4,2% (cuối 2025)" / "→ 3,87%
    # (nay)", "11 / 320 đảng viên" / "đầu nhiệm kỳ" (`result_text`)
    ("Kết quả thực hiện", 26),
    ("So với chỉ tiêu", 39),
    ("Đánh giá", 30),
    ("Ghi chú", 29),  # "Dòng thứ nhất." on a line; a long remark goes under the table (`remark_in_cell`)
)


def _words(text: str) -> list[str]:
    """The words of a cell's text as a PDF paragraph prints it (`keep_comparators`)."""
    return [w for w in keep_comparators(text).replace("\n", " ").split(" ") if w]


def _longest(texts, font: str, size: float = TABLE_SIZE) -> float:
    return max((stringWidth(w, font, size) for t in texts if t for w in _words(t)), default=0.0)


FIT_PADDING = CELL_PADDING + 0.2  # pt: a word fits a cell when its width and this do
MIN_CELL_SIZE = 8  # pt: the smallest a cell's text is printed to keep a number on one line


def report_columns(columns, rows, f: FontSet, flexible: int = 1, free=()) -> list[tuple[str, float]]:
    """The indicator table's (title, mm): each column widened to its longest word, as
    `fitted_columns` does, the widening taken from the name column (at most `FLEXIBLE_SHARE` of
    it). When the words want more (a result of 999.999.999.999,99 triệu đồng and its percentage
    of the target, 20 mm more each), the columns are widened for their words printed smaller,
    every one at the same size (the largest that fits), not down to a width that breaks them:
    a number is one word on paper ("123.456.789" over ".013" was read as two figures). A cell is
    printed at that size only if its words need it (`cell_size`)."""
    pad = FIT_PADDING
    head = [_longest([t], f.bold) for t, _ in columns]
    cells = [0.0 if j in free else _longest([r[j] for r in rows], f.regular) for j in range(len(columns))]

    def extra(j: int, scale: float) -> float:  # mm
        if j == flexible or j in free:
            return 0.0
        return max(0.0, (max(head[j], cells[j] * scale) + pad) / mm - columns[j][1])

    # the room: from the name column, and from the remark column down to `REMARK_MIN` (a remark
    # too tall for its row goes under the table, `remark_in_cell`)
    give = {flexible: columns[flexible][1] * FLEXIBLE_SHARE}
    for j in free:
        give[j] = max(0.0, columns[j][1] - max(REMARK_MIN, (head[j] + pad) / mm))
    room = sum(give.values())
    def wanted(scale: float) -> float:
        return sum(extra(j, scale) for j in range(len(columns)))

    scale = 1.0
    if wanted(1.0) > room:
        low, high = MIN_CELL_SIZE / TABLE_SIZE, 1.0
        if wanted(low) <= room:
            for _ in range(20):  # the largest size whose widening fits the room
                scale = (low + high) / 2
                low, high = (scale, high) if wanted(scale) <= room else (low, scale)
            scale = low
        else:
            scale = low
    widen = [extra(j, scale) for j in range(len(columns))]
    shrink = min(1.0, room / sum(widen)) if sum(widen) else 1.0  # only when even the smallest is too wide
    taken = sum(widen) * shrink
    out = [(t, w + e * shrink) for (t, w), e in zip(columns, widen)]
    for j, most in give.items():  # each donor gives its share of what is taken
        out[j] = (out[j][0], columns[j][1] - taken * most / room)
    return out


def cell_size(text: str, width_mm: float, font: str) -> float:
    """The size (pt, by half points, at least `MIN_CELL_SIZE`) at which the longest word of `text`
    fits a cell `width_mm` wide: the table's size when it fits."""
    longest = _longest([text], font)
    room = width_mm * mm - FIT_PADDING
    if longest <= room:
        return TABLE_SIZE
    return max(MIN_CELL_SIZE, int(TABLE_SIZE * room / longest * 2) / 2)


REMARK_SIZE = 10  # pt: a remark is printed this much smaller for a word ("02/9/2026.") to fit
REMARK_MIN = 18  # mm: the remark column's width, at least, when it gives room to numbers


def _height(p, width_mm: float) -> float:
    """The height of a cell's paragraph (or of its stack of flowables, `_two_parts`)."""
    if isinstance(p, (list, tuple)):
        return sum(_height(q, width_mm) + q.getSpaceBefore() + q.getSpaceAfter() for q in p)
    return p.wrap(width_mm * mm - CELL_PADDING, 1e6)[1]


def remark_in_cell(remarks: str, notes: list[str], width_mm: float, row_height: float, s: _Styles) -> str:
    """The "Ghi chú" cell of a row whose other cells are `row_height` tall: the remark, or, when
    the wording's rule sends it under the table (`remark_cell`: by its length in lines, the same
    for the workbook's "Báo cáo", so a note has the same number in both), its beginning and
    "… (xem ghi chú n dưới biểu)": as many of the words the wording shows as take no more than
    `REMARK_LINES` lines here or the row's other cells (a 150 character remark made a 22 mm cell
    15 lines tall, a code without spaces 35)."""
    before = len(notes)
    text = remark_cell(remarks, notes)
    if len(notes) == before:
        return text
    limit = max(REMARK_LINES * TABLE_LEADING, row_height) + 0.5
    if _height(_p(text, s.cell), width_mm) <= limit:
        return text
    shown = text.removesuffix(note_reference(len(notes))).removesuffix("… ")  # never more than the wording

    return remark_beginning(shown, note_reference(len(notes)),
                            lambda t: _height(_p(t, s.cell), width_mm) <= limit)


TWO_PARTS = (3, 6)  # "Chỉ tiêu giao", "Đánh giá": the province's line, then the unit's own target's
TARGET = 3  # "Chỉ tiêu giao"
RESULT = 4  # "Kết quả thực hiện"
SPAN_SIZE = 10  # pt: the line under a target saying how long it runs ("tổng 5 năm 2026-2030")
SOURCE_SIZE = 9  # pt: the lines under a result saying what it comes from ("4,2% (cuối 2025)")


def _two_parts(text: str, style: ParagraphStyle, s: _Styles) -> list:
    """A cell of the province's target (or verdict) and under it the unit's own one for the year
    ("Đang thực hiện" / "Theo chỉ tiêu xã: Vượt"): a dotted rule across the cell between them and the unit's in
    italics, so that in a narrow column the two never read as one phrase ("Đang thực hiện
    Theo chỉ tiêu xã: Vượt")."""
    province, own = text.split("\n", 1)
    return _with_own([_p(province, style)] if province else [], own, style, s)


def _with_own(province: list, own: str, style: ParagraphStyle, s: _Styles) -> list:
    """`province` (the province's lines of a cell), a dotted rule, and the unit's own `own` in italics."""
    italic = ParagraphStyle(f"{style.name}_own", parent=style, fontName=s.f.italic or style.fontName)
    if province:
        province = province + [HRFlowable(width="100%", thickness=0.5, color=colors.black, dash=(1, 1.5),
                                          spaceBefore=2.5, spaceAfter=2.5)]
    return province + [_p(own, italic)]


def _target_lines(parts: tuple[str, str, str], style: ParagraphStyle, s: _Styles) -> list:
    """The "Chỉ tiêu giao" cell of a target and how long it runs, on a line under it in a smaller
    size ("217.373" / "tổng 5 năm 2026-2030": the figure alone read as the year's target, "3,4% chỉ
    tiêu" beside it as a failing year), then the unit's own target (`_with_own`)."""
    target, span, own = parts
    size = min(SPAN_SIZE, style.fontSize)
    small = ParagraphStyle(f"{style.name}_span", parent=style, fontSize=size, leading=size + 1.5)
    lines = [_p(target, style), _p(span, small)]
    return _with_own(lines, own, style, s) if own else lines


def result_text(it: Item, period: str = "", form: str = PAPER_3) -> str:
    """The "Kết quả thực hiện" cell: the figure, and on a line under it what it is computed from
    (`term_end.baseline_line`: "4,2% (cuối 2025) → 3,87% (nay)", "10 / 320 đảng viên đầu nhiệm
    kỳ"; walk U11 F5: no paper printed the start-of-term figure a leader checks "0,33" against); in the
    term's last year report (`period`) a five-year total's running total (`report_rows.running_cell`)."""
    return printed_result(result_cell(it, form, period))  # the figure alone too: "−0,37"


def compared_cell(it: Item, period: str = "", form: str = PAPER_3) -> str:
    """The "So với chỉ tiêu" cell: what the submission states, or for a final "Không đạt" it leaves
    blank (a level judged at its horizon: health insurance 99,06 of 100, walk U11 F4) by how much
    the figure falls short (`term_end.shortfall_text`); in the term's last year report (`period`) a
    five-year total "Chưa đủ số liệu" its share of the target first (`report_rows.running_share`)."""
    if it.compared_text:
        return sheet_compared_cell(it, form, period)
    if it.verdict != Verdict.KHONG_DAT.value:
        return it.compared_text
    return kept_whole(sheet_compared_cell(it, form, period))


def _small_under(figure: str, source: str, style: ParagraphStyle) -> list:
    """A cell's figure and, under it in a smaller size, what it comes from (two lines that leave a
    commune's eight rows and their notes on one landscape page)."""
    size = min(SOURCE_SIZE, style.fontSize)
    small = ParagraphStyle(f"{style.name}_from", parent=style, fontSize=size, leading=size + 1.5)
    return [_p(figure, style), _p(source, small)]


def _indicator_table(sub: Submission, s: _Styles, notes: list[str]) -> Table:
    """The table; remarks too long for a cell are appended to `notes` and referred to. A group's
    heading row is never the last row of a page: it is kept with its first indicator (NOSPLIT),
    and the table never splits right under its two header rows (reportlab's `repeatRows`)."""
    texts, style, targets = [], [], []
    groups = [("CHỈ TIÊU TỈNH GIAO", sub.assigned_items)]
    if sub.other_items:
        groups.append(("CHỈ TIÊU BỔ SUNG", sub.other_items))
    form = PAPER if form_of(sub) == PAPER else PAPER_3  # an approval of 0.2.0 printed as 0.2.0 did (walk U24 F3)
    for g, (title, items) in enumerate(groups):
        at = len(texts) + 2  # below the two header rows
        style.append(("SPAN", (1, at), (-1, at)))
        if items:
            style.append(("NOSPLIT", (0, at), (0, at + 1)))
        texts.append((ROMAN[g], title))
        for it in items:  # numbered as the catalogue and the entry window number them
            targets.append(target_parts(it, sub))
            texts.append((str(it.no), it.name, it.unit, "\n".join(filter(None, targets[-1])),
                          result_text(it, sub.period, form), compared_cell(it, sub.period, form), verdict_cell(it, sub),
                          it.remarks))
    columns = report_columns(COLUMNS, [r for r in texts if len(r) > 2], s.f, free=(7,))  # Ghi chú: typed
    widths = [w for _, w in columns]
    sized: dict[tuple[str, float], ParagraphStyle] = {}

    def cell(text: str, col: int, target=("", "", "")) -> Paragraph | list:
        base = s.cell if col in (1, 7) else s.cell_c
        size = TABLE_SIZE if col == 1 else cell_size(text, widths[col], s.f.regular)
        if col == 7 and size < REMARK_SIZE:  # a code or an address typed in a remark: broken
            size = TABLE_SIZE
        if size != TABLE_SIZE:
            key = (base.name, size)
            if key not in sized:
                sized[key] = ParagraphStyle(f"{base.name}{size}", parent=base, fontSize=size,
                                            leading=size + TABLE_LEADING - TABLE_SIZE)
            base = sized[key]
        if col == TARGET and target[1]:  # with how long it runs
            return _target_lines(target, base, s)
        if col == RESULT and "\n" in text:  # with what it is computed from
            figure, source = text.split("\n", 1)
            return _small_under(figure, source, base)
        if col in TWO_PARTS and "\n" in text:
            return _two_parts(text, base, s)
        return _p(text, base)

    rows, row_targets = [], iter(targets)
    for row in texts:
        if len(row) == 2:  # a group's heading, across the columns after its number
            rows.append([_p(row[0], s.cell_gc), _p(row[1], s.cell_g)] + [""] * (len(COLUMNS) - 2))
            continue
        target = next(row_targets)
        cells = [cell(text, col, target) for col, text in enumerate(row[:7])]
        height = max(_height(c, w) for c, w in zip(cells, widths))
        cells.append(cell(remark_in_cell(row[7], notes, widths[7], height, s) if row[7] else "", 7))
        rows.append(cells)
    # a point less of padding in each row than `numbered_table`'s: on the landscape pages (170 mm
    # high) 21 rows of a commune fill two pages instead of leaving two rows for a third
    style += [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    return numbered_table(columns, rows, s, style)


TAIL_ROWS = 3  # rows of the table, at least, on its last page: with what is under it, if anything


def _rows(table: Table) -> int:
    """A piece's own rows, not counting the header rows repeated atop it."""
    return len(table._cellvalues) - (table.repeatRows if isinstance(table.repeatRows, int) else 0)


class TableThenLine(Flowable):
    """The table, the lines under it (`numbering_note`, `supplementary_note`; or None) and `room` points left under them on
    their page for what follows (the notes' heading and first lines), none of which ever starts a
    page alone: when they do not fit under the table's last piece, the table's last `TAIL_ROWS`
    rows go on with them. Nor do the table's last rows: a page's piece leaves at least
    `TAIL_ROWS` rows to the next page (rows 21 and 22 with the notes filled a landscape page of
    their own). (On its own, the line once made a landscape page, and so did the notes,
    the rows saying "(xem ghi chú 1 dưới biểu)" on the page before.)"""

    def __init__(self, table: Table, line: Paragraph | None, room: float = 0.0):
        super().__init__()
        self.table, self.line, self.room = table, line, room

    def wrap(self, aw, ah):
        _, self.table_h = self.table.wrap(aw, ah)
        line_h = self.line.getSpaceBefore() + self.line.wrap(aw, ah)[1] if self.line else 0.0
        self.width, self.height = aw, self.table_h + line_h
        if self.height <= ah < self.height + self.room:  # what follows would start the next page
            return aw, self.height + self.room  # more than there is: `split` moves the last rows
        return self.width, self.height

    def split(self, aw, ah):
        self.wrap(aw, ah)
        parts, turn = self.table.split(aw, ah), []
        heights = self.table._rowHeights
        if len(parts) < 2:  # the table fits, what is under it does not: its last rows go on too, on the
            # next page; at a page's top fewer, so that one stays (three tall rows and the lines fit no page:
            # the consolidated report stopped, "Splitting error", at three indicator names of 250 characters)
            for tail in range(TAIL_ROWS, 0 if self._at_top() else TAIL_ROWS - 1, -1):
                parts = self.table.split(aw, min(ah, self.table_h - sum(heights[-tail:])))
                if len(parts) == 2:
                    break
            turn = [PageBreak()]
        elif _rows(parts[-1]) < TAIL_ROWS:  # the rest, a row or two, goes on with the rows before it
            kept = len(parts[0]._cellvalues) - (TAIL_ROWS - _rows(parts[-1]))
            fewer = self.table.split(aw, sum(heights[:kept]) + 0.5)
            if len(fewer) == 2 or not self._at_top():  # none: the whole table to the next page
                parts = fewer
        if len(parts) < 2:  # too few rows to part: on a page of its own, what follows after it
            return [TableThenLine(self.table, self.line)] if self._at_top() else []
        return [*parts[:-1], *turn, TableThenLine(parts[-1], self.line, self.room)]

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return frame is not None and frame._atTop

    def draw(self):
        self.table.drawOn(self.canv, 0, self.height - self.table_h)
        if self.line:
            self.line.drawOn(self.canv, 0, 0)


def note_paragraphs(note: str, s: _Styles) -> list[Paragraph]:
    """A note under the table, each line typed in it (Shift+Enter in its cell) a paragraph of its
    own, starting at the note's indent as its numbered first line does: one paragraph broken with
    <br/> began the second line at the margin, outside the numbered note. A line that wraps goes
    on at the margin, as Decree 30 has a paragraph's; the space after the note, after its last."""
    lines = note.split("\n")
    return [_p(line or NBSP, s.note if k == len(lines) - 1 else s.note_line) for k, line in enumerate(lines)]


NOTES_START = 5  # lines (of the body's leading): "Ghi chú:" and the first lines of its note
NOTES_SPACE = 8  # pt between the table and "Ghi chú:"


def _tall(flowables, width: float) -> float:
    """The height of `flowables` one under the other in a frame `width` wide."""
    return sum(f.getSpaceBefore() + f.wrap(width, 1e9)[1] + f.getSpaceAfter() for f in flowables)


ANNEX_REFERENCE = "Kết quả thực hiện từng chỉ tiêu tại Phụ lục kèm theo."


def annex_story(sub: Submission, s: _Styles) -> list:
    """The annex after the signed page, as Decree 30 heads one ("Phụ lục", its title, "(Kèm theo
    Báo cáo số … ngày … của …)", the words of the workbook's "Báo cáo" sheet): the indicator table
    on landscape pages (body 252 mm; on the portrait body of 165 mm a name took five or six lines
    and 21 rows three pages), numbered on their own, its header rows repeated on each, its notes
    under it."""
    number = printed_number(sub.doc_number, sub.doc_symbol) or NBSP * 8  # room to write it by hand
    day = f" ngày {format_date(sub.report_date)}" if sub.report_date else ""
    reference = (f"(Kèm theo Báo cáo số {number}/{sub.doc_symbol}{day} của Ủy ban nhân dân "
                 f"{sub.unit_running_name})")
    italic = ParagraphStyle("annexref", parent=s.center, fontName=s.f.italic or s.f.regular)
    story = [NextPageTemplate("annex"), PageBreak(), _p("Phụ lục", s.title),
             _p(annex_title(sub), s.title), _p(reference, italic), Spacer(1, 5)]
    notes: list[str] = []
    table = _indicator_table(sub, s, notes)
    under = "\n".join(table_notes(sub))
    line = _p(under, ParagraphStyle("numbering", parent=s.cell, spaceBefore=3,
                                    fontName=s.f.italic or s.f.regular))
    # "Ghi chú:" goes on with at least the first lines of its note, not with the whole note
    # (a note of 4.000 characters took "Ghi chú:" to a new page, half the page left blank), and
    # these with the table's last rows, whose cells refer to them
    tail = [_p("Ghi chú:", s.heading_table)] + [p for n, text in enumerate(notes, 1)
                                                for p in note_paragraphs(f"{n}. {text}", s)]
    start = min(NOTES_START * BODY_LEADING, _tall(tail, landscape(PAGE)[0] - MARGIN_LEFT - MARGIN_RIGHT))
    table = TableThenLine(table, line, NOTES_SPACE + start + 1 if notes else 0.0)
    story.append(table)
    if notes:
        story += [Spacer(1, NOTES_SPACE), CondPageBreak(start), *tail]
    return story
