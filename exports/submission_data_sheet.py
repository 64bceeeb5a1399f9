"""The sheet "Dữ liệu" of the submission workbook: one row per indicator and per narrative section,
every cell text under its column code, what the province's reader reads and the fingerprint is
recomputed from; printed as a compact record on as few A4 pages across as keep it legible."""
from __future__ import annotations

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from desktop_app.core.submission import Submission
from exports.submission_cells import (
    _POINTS_PER_UNIT,
    FONT_NAME,
    _height,
    _lines,
    _plain_width,
    _set,
)
from exports.submission_format import DATA_COLUMNS, data_rows
from exports.submission_page_setup import _a4, _print_header

DATA_FONT_SIZE = 11
DATA_LINE = 13  # pt, a wrapped line of 11 pt text in a row (LibreOffice 12,7; Excel alike)
# Widest a column of "Dữ liệu" grows to its values (Excel units); a longer text wraps.
DATA_WIDTHS = {"unit_name": 14, "indicator": 20, "indicator_name": 32, "value_text": 16,
               "target_text": 14, "target_source": 20, "verdict": 12, "compared_text": 16,
               "comment": 44, "notes": 24, "section_title": 22, "text": 64, "own_target_text": 12,
               "own_verdict": 12}
DATA_NARROWEST = 3.5  # a column of one-character values ("1", "≥"): its code prints upright above
DATA_WIDEST_OTHER = 18
DATA_MAX_LINES = 31  # 31 lines of 13 pt: a row under Excel's 409 pt
DATA_PAGE_PX = (297 - 2 * 15) / 25.4 * 96  # A4 landscape between 15 mm margins, in Excel's pixels
DATA_MIN_PRINTED = 8  # pt the sheet's 11 pt text may be scaled down to, to take fewer pages across
CONTINUED = "… (còn tiếp: ô có đủ {n} ký tự)"


def _data_widths(rows: list[dict]) -> list[float]:
    """Each column as wide as its longest value (a figure, a code, on one line), between
    `DATA_NARROWEST` and its cap, where a longer text wraps: the record takes the width of what
    it holds, not of the codes above it (printed upright)."""
    widths = []
    for code in DATA_COLUMNS:
        cap = DATA_WIDTHS.get(code, DATA_WIDEST_OTHER)
        need = 0.0
        for row in rows:
            for line in (row.get(code) or "").split("\n"):
                if need < cap * _POINTS_PER_UNIT:
                    need = max(need, _plain_width(line[:400], DATA_FONT_SIZE, False))
        widths.append(min(cap, max(DATA_NARROWEST, round((need + 9) / _POINTS_PER_UNIT + 0.5, 1))))
    return widths


def _continued_format(text: str, width_chars: float) -> tuple[str, int] | None:
    """For a one-paragraph text taller than a row can be: a number format showing its beginning
    and "… (còn tiếp: ô có đủ n ký tự)" (the cell keeps it all), and the lines that shows in;
    None for a text of several lines, which LibreOffice shows whatever its format says."""
    if "\n" in text:
        return None
    tail = CONTINUED.format(n=f"{len(text):,}".replace(",", "."))
    words = text.split()
    head = " ".join(words)

    def quoted(h: str) -> str:
        return ';;;"' + (h + tail).replace('"', '"\\""') + '"'

    while head and len(quoted(head)) > 255:
        cut = head.rfind(" ", 0, len(head) - 1)
        head = head[:cut] if cut > 0 else head[:-1]
    return quoted(head), _lines(head + tail, width_chars, DATA_FONT_SIZE)


def _data_sheet(ws, sub: Submission, draft: bool) -> None:
    """For programs first; printed as a compact record: its codes upright in row 1, each column
    as wide as what it holds, on as few A4 landscape pages across as keep its 11 pt text at
    `DATA_MIN_PRINTED` pt or more, a row's pages one after the other, the codes row and the
    indicator's code and number repeated on each. A text too long for a row (409 pt) shows its
    beginning and "… (còn tiếp: ô có đủ n ký tự)" (the cell holds it whole); a long text of several
    paragraphs (a narrative section, printed whole in the report) prints what its row can hold,
    the page's foot saying so."""
    bold = Font(name=FONT_NAME, size=DATA_FONT_SIZE, bold=True)
    font = Font(name=FONT_NAME, size=DATA_FONT_SIZE)
    wrap = Alignment(vertical="top", wrap_text=True)
    rows = data_rows(sub)
    widths = _data_widths(rows)
    upright = Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
    for i, code in enumerate(DATA_COLUMNS, 1):
        c = _set(ws.cell(1, i), code)
        c.font, c.alignment = bold, upright
    ws.row_dimensions[1].height = max(_plain_width(code, DATA_FONT_SIZE, True) for code in DATA_COLUMNS) + 10
    cut = False
    for r, row in enumerate(rows, 2):
        lines = 1
        for i, code in enumerate(DATA_COLUMNS, 1):
            value = row.get(code)
            if value not in (None, ""):
                c = _set(ws.cell(r, i), value)
                c.font, c.alignment = font, wrap
                n = _lines(value, widths[i - 1], DATA_FONT_SIZE)
                if n > DATA_MAX_LINES:
                    shown = _continued_format(value, widths[i - 1])
                    if shown:
                        c.number_format, n = shown
                    else:
                        cut = True
                lines = max(lines, min(n, DATA_MAX_LINES))
        ws.row_dimensions[r].height = _height(lines, line=DATA_LINE)
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"
    last = get_column_letter(len(DATA_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{ws.max_row}"
    first = DATA_COLUMNS.index("indicator") + 1
    number = DATA_COLUMNS.index("indicator_no") + 1
    _a4(ws, landscape=True, fit_width=True, left_mm=15)
    ws.print_options.horizontalCentered = False
    ws.print_options.gridLines = True  # a value's column, on a page of many narrow ones
    ws.page_setup.fitToWidth = _data_pages_across(widths, first - 1, number)
    ws.page_setup.pageOrder = "overThenDown"  # a row's columns, page after page
    ws.print_title_rows = "1:1"
    ws.print_title_cols = f"{get_column_letter(first)}:{get_column_letter(number)}"
    ws.print_area = f"A1:{last}{ws.max_row}"
    _print_header(ws, draft)
    if cut:
        ws.oddFooter.left.text = ws.firstFooter.left.text = (
            "Văn bản dài nhiều đoạn chỉ in phần đầu vừa một dòng bảng; toàn văn có trong ô và trong báo cáo")
        for footer in (ws.oddFooter, ws.firstFooter):
            footer.left.font, footer.left.size = f"{FONT_NAME},Italic", 10


def _data_pages_across(widths, rep_from: int, rep_to: int) -> int:
    """The fewest A4 landscape pages across that hold the sheet's columns with its 11 pt text
    printed at `DATA_MIN_PRINTED` pt or more, columns rep_from+1..rep_to repeated on each."""
    px = [int(w * 7 + 5) for w in widths]
    room = DATA_PAGE_PX * DATA_FONT_SIZE / DATA_MIN_PRINTED
    repeated = sum(px[rep_from:rep_to])
    total = sum(px)
    if total <= room:
        return 1
    return 1 + -(-(total - room) // max(room - repeated, 1))
