"""The sheet "Báo cáo" of the submission workbook: the indicator table for a person to read and
print, as the paper report has it (the decree's heading and its rules, numbers as the paper
prints them, a remark too long for a row in full under the table, the summary and the people)."""
from __future__ import annotations

import re

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from desktop_app.core.submission import Submission
from desktop_app.core.wording import printed_result, remark_cell
from exports.official_page import keep_comparators
from exports.report_rows import (
    RESULT,
    form_of,
    lines_under,
    own_summary_lines,
    sheet_heading,
    summary_line,
    term_note,
    term_rows,
)
from exports.sheet_layout import fit_down
from exports.submission_cells import (
    _LINE,
    _MAX_LINES,
    _POINTS_PER_UNIT,
    FONT_NAME,
    _height,
    _lines,
    _pieces,
    _plain_width,
    _set,
)
from exports.submission_format import (
    REPORT_HEADERS,
    ROMAN,
    report_items,
    target_parts,
)
from exports.submission_page_setup import DRAFT_COLOUR, _a4, _print_header

REPORT_WIDTHS = (6, 46, 11, 15, 13, 16, 22, 26)  # G: "Chưa đến kỳ đánh giá" on one line
_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _report_sheet(ws, sub: Submission) -> None:
    ncol = len(REPORT_HEADERS)
    last = get_column_letter(ncol)
    normal = Font(name=FONT_NAME, size=12)
    bold = Font(name=FONT_NAME, size=12, bold=True)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center", wrap_text=True)
    form = form_of(sub)  # the paper's, as the version the file states writes it (`exports.report_rows`)
    table = term_rows(sub, form)
    widths = _report_widths([_printed(row) for row in table])
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    def banner(row, first, last_col, text, font, height=None):
        ws.merge_cells(f"{first}{row}:{last_col}{row}")
        c = _set(ws[f"{first}{row}"], text)
        c.font, c.alignment = font, Alignment(horizontal="center", vertical="center")
        if height:
            ws.row_dimensions[row].height = height
        return c

    heading = sheet_heading(sub, form)
    banner(1, "A", "C", heading[1, 1], bold)
    banner(1, "D", last, heading[1, 4], bold)
    banner(2, "A", "C", heading[2, 1], bold)
    banner(2, "D", last, heading[2, 4], Font(name=FONT_NAME, size=13, bold=True))
    banner(4, "A", last, heading[4, 1], Font(name=FONT_NAME, size=13, bold=True), 20)
    banner(5, "A", last, heading[5, 1], Font(name=FONT_NAME, size=12, italic=True))
    _heading_rules(ws, heading, widths)
    head = 7
    for i, text in enumerate(REPORT_HEADERS, 1):
        for row, value in ((head, text), (head + 1, f"({i})")):  # the titles, then their numbers
            c = _set(ws.cell(row, i), value)
            c.font, c.alignment, c.border = bold, centre, _BOX
    ws.row_dimensions[head].height = 16 * max(
        _lines(t, widths[i], bold=True) for i, t in enumerate(REPORT_HEADERS)) + 2
    r = head + 2
    notes: list[str] = []
    for row, item in zip(table, report_items(sub)):
        group = row[0] in ROMAN
        shown = _printed(row)
        for i, text in enumerate(row, 1):
            c = _set(ws.cell(r, i), text or None)
            if i - 1 == TARGET and item is not None and "\n" in text:
                c.value = _target_lines(target_parts(item, sub), normal)
            elif not group and i - 1 in TWO_PARTS and "\n" in text:
                c.value = _two_parts(text, normal)
            elif not group and i - 1 == RESULT and "\n" in text:  # with the start-of-term figure
                c.value = _small_under(text, normal)
            elif shown[i - 1] != text:  # "−0,37", "điểm %" unparted: shown, the cell holds the data's text
                c.number_format = _shown_as(shown[i - 1])
            c.border = _BOX
            c.font = bold if group else normal
            c.alignment = left if i in (2, 8) else centre
        if group:
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=ncol)
        else:
            # A remark too long for a cell (a row is at most 409 pt) shows, as on paper, its
            # beginning and "(xem ghi chú n dưới biểu)", and is printed whole under the table.
            # The cell keeps the whole remark (what `verify` compares with the data); only what
            # it shows is the paper's text, through the number format's text section.
            shown[-1] = remark_cell(row[-1], notes)
            if shown[-1] != row[-1] and "\n" in row[-1]:
                # LibreOffice shows a text of several lines whatever its format says: the row is
                # sized for the whole remark (cut at 409 pt), which is printed whole under the table
                shown[-1] = row[-1]
            elif shown[-1] != row[-1]:
                ws.cell(r, ncol).number_format = _shown_as(shown[-1])
            # Excel and LibreOffice do not grow rows of wrapped text on opening
            ws.row_dimensions[r].height = _row_height(shown, widths, target_parts(item, sub))
        r += 1
    r += 1
    under = lines_under(sub, form)  # the PDF's lines under the table (STT skipping, …): `PAPER` only
    for text in under:
        r = _line_under_table(ws, r, text, Font(name=FONT_NAME, size=12, italic=True), sum(widths))
    if under:  # close under the table, as the PDF prints them, and apart from what follows
        ws.row_dimensions[r - 1 - len(under)].height = ws.row_dimensions[r].height = UNDER_GAP
        r += 1
    if notes:
        r = _notes_under_table(ws, r, notes, normal, bold, sum(widths))
    own = own_summary_lines(sub, form)[:1]
    note = [term_note(sub, form)] if term_note(sub, form) else []  # 2030: which rows are final for the term
    foot = r  # the summary and the people: printed together, under the table's last rows or the last note
    for text, font in (
        (summary_line(sub, form), bold),
        *((text, normal) for text in (*note, *own)),
        (f"Người lập biểu: {sub.preparer}", normal),
        (f"Người ký: {sub.signer} ({sub.signer_title})", normal),
        (f"Mã xác thực báo cáo: {sub.short_fingerprint} (đầy đủ tại trang Thông tin)", normal),
    ):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        c = _set(ws.cell(r, 1), text)
        c.font, c.alignment = font, Alignment(horizontal="left", vertical="center")
        lines = _lines(text, sum(widths), bold=bool(font.b))
        if lines > 1:  # a summary naming its Không đạt, the term's: wrapped, its row as tall as its lines
            c.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
            ws.row_dimensions[r].height = _height(lines)
        r += 1

    ws.print_area = f"A1:{last}{r - 1}"
    ws.freeze_panes = ws.cell(head + 2, 1)
    for row in range(1, r):  # every row's height written: where its pages break is then known
        if ws.row_dimensions[row].height is None:
            ws.row_dimensions[row].height = _LINE + (row == 2)  # row 2: 13 pt
    _a4(ws, landscape=True)
    groups = [head + 2 + k for k, row in enumerate(table) if row[0] in ROMAN]
    fit_down(ws, widths, (head, head + 1), (head + 2, head + 1 + len(table)), groups, foot=foot)
    _print_header(ws, draft=not sub.approved, first_page=False)  # page 1: "DỰ THẢO" boxed in H6


TWO_PARTS = (3, 6)  # 0-based: "Chỉ tiêu giao", "Đánh giá": the province's line, then the unit's own
TARGET = 3  # 0-based: "Chỉ tiêu giao"
SPAN_SIZE = 10  # pt: the line under a target saying how long it runs (the checks' smallest text)
SPAN_LINE = 12  # pt, a line of it in a row
PRINTED = (2, 4, 5)  # 0-based: "Đơn vị tính", "Kết quả thực hiện", "So với chỉ tiêu": a figure's minus of print
KEPT = (2, 3, 4, 5)  # 0-based: those and "Chỉ tiêu giao": a comparator or a unit kept on one line


def _printed(row: tuple[str, ...]) -> list[str]:
    """A row of the table as the paper prints it: a negative result with the minus sign of print
    ("−0,37"), a comparator joined to its number ("Giảm ≥ 5%") and "điểm %" by a no-break space,
    the PDF's own rule (`official_page.keep_comparators`). The cells keep the data's texts ("-0,37",
    what `verify`, of this version and of earlier ones, compares): they show these through their
    number format, as a long remark shows its beginning. A text of several lines ("Chỉ tiêu giao"
    with how long the target runs, or the unit's own target) is shown as it is: LibreOffice shows
    such a text whatever its format says, and its cell holds a text `verify` compares."""
    if row[0] in ROMAN:
        return list(row)
    out = list(row)
    for i in KEPT:
        text = printed_result(out[i]) if i in PRINTED else out[i]
        out[i] = keep_comparators(text) if text and "\n" not in text else text
    return out


def _two_parts(text: str, font: Font) -> CellRichText:
    """A cell of the province's target (or verdict) and under it the unit's own one for the year,
    the unit's in italics ("Đang thực hiện" / "Theo chỉ tiêu xã: Vượt" never reads as one
    phrase): the same text as a plain cell (what every reader and `verify` read), only styled."""
    province, own = text.split("\n", 1)
    italic = InlineFont(rFont=font.name, sz=font.sz, i=True)
    return CellRichText(*([TextBlock(_inline(font), province + "\n")] if province else []), TextBlock(italic, own))


def _small_under(text: str, font: Font) -> CellRichText:
    """The "Kết quả thực hiện" cell of a result and, in `SPAN_SIZE` under it, the start-of-term figure
    it is computed from (as the PDF prints it smaller): the same text as a plain cell."""
    figure, source = text.split("\n", 1)
    small = InlineFont(rFont=font.name, sz=min(SPAN_SIZE, font.sz))
    return CellRichText(TextBlock(_inline(font), figure + "\n"), TextBlock(small, source))


def _row_height(shown: list[str], widths, target: tuple[str, str, str]) -> float:
    """The height of a row of the table whose cells show `shown`, "Chỉ tiêu giao" being
    `target` (`target_parts`): each cell's lines at 12 pt, but a target's span and what a result
    is computed from at their own size (counted at 12 pt, the party's "14 / 412 đảng viên đầu nhiệm
    kỳ" made its row 82 pt for 54)."""
    target_text, span, own = target
    lines = max(_lines(t, widths[i]) for i, t in enumerate(shown) if (i != TARGET or not span) and i != RESULT)
    figure, _, source = shown[RESULT].partition("\n")  # what the result is computed from: in `SPAN_SIZE`
    result = _LINE * _lines(figure, widths[RESULT]) + SPAN_LINE * _lines(source, widths[RESULT], SPAN_SIZE) * bool(source)
    if not span:
        return max(_height(lines), min(409, result + 2))
    width = widths[TARGET]
    spanned = _LINE * (_lines(target_text, width) + _lines(own, width) * bool(own)) \
        + SPAN_LINE * _lines(span, width, SPAN_SIZE) + 2
    return max(_height(lines), min(409, spanned), min(409, result + 2))


def _target_lines(parts: tuple[str, str, str], font: Font) -> CellRichText:
    """The "Chỉ tiêu giao" cell of a target and how long it runs, in a smaller size on the line
    under it ("217.373" / "tổng 5 năm 2026-2030": the figure alone read as the year's target), and
    the unit's own target in italics (as `_two_parts`): the same text as a plain cell."""
    target, span, own = parts
    if not span:
        return _two_parts(f"{target}\n{own}", font)
    small = InlineFont(rFont=font.name, sz=min(SPAN_SIZE, font.sz))
    italic = InlineFont(rFont=font.name, sz=font.sz, i=True)
    return CellRichText(TextBlock(_inline(font), target + "\n"), TextBlock(small, span + ("\n" if own else "")),
                        *([TextBlock(italic, own)] if own else []))


NUMBER_COLUMNS = range(2, 7)  # 0-based: (3) to (7), centred, whose words are figures and verdicts
NAME_MIN = 40  # column (2) gives up to 6 of its 46 units to a figure that needs them


def _report_widths(table) -> list[float]:
    """REPORT_WIDTHS, with columns (3) to (7) widened to their longest word (a figure such as
    "1.000.000.000.000" or "(460.038.735,3%)" prints on one line, never broken inside), the
    width taken from the indicator's name (2) while it keeps `NAME_MIN`, the page then scaled."""
    widths = list(REPORT_WIDTHS)
    for i in NUMBER_COLUMNS:
        words = [w for row in table if row[0] not in ROMAN for w in (row[i] or "").replace("\n", " ").split(" ") if w]
        need = max((_plain_width(w, 12, False) for w in words), default=0) + 6 + 3  # padding, slack
        widths[i] = max(widths[i], round(need / _POINTS_PER_UNIT + 0.5, 1))
    grown = sum(widths) - sum(REPORT_WIDTHS)
    widths[1] = max(NAME_MIN, widths[1] - grown)
    return widths


RULE, RULE_SIZE = "—", 10  # the heading's rules: em dashes (1 em each, joined), bold, right under the text above


def _heading_rules(ws, heading, widths=REPORT_WIDTHS) -> None:
    """Row 3: the solid lines of the decree's heading, under the unit's name (a third of its
    length) and under "Độc lập - Tự do - Hạnh phúc" (its length). A draft keeps its rule too:
    A3 holds "DỰ THẢO" (what `verify` reads there) and shows the rule through its number format;
    "DỰ THẢO" shows in red, boxed, at the right above the table (H6), as the PDF's mark. (Until
    2026.12 the rules were 8 pt underscores, a hairline below the text, faint in LibreOffice.)"""
    rule = Font(name=FONT_NAME, size=RULE_SIZE, bold=True)
    motto = _set(ws["D3"], RULE * round(_plain_width(heading[2, 4], 13, True) / RULE_SIZE))
    ws.merge_cells(f"D3:{get_column_letter(len(REPORT_HEADERS))}3")
    motto.font, motto.alignment = rule, Alignment(horizontal="center", vertical="top")
    line = RULE * round(_plain_width(heading[2, 1], 12, True) / 3 / RULE_SIZE)
    ws.row_dimensions[3].height = 9
    if heading[3, 1]:  # a draft
        ws.merge_cells("A3:C3")
        c = _set(ws["A3"], heading[3, 1])
        c.font, c.alignment = rule, Alignment(horizontal="center", vertical="top")
        c.number_format = f';;;"{line}"'
        red = Side(style="medium", color=DRAFT_COLOUR)
        shown = _set(ws.cell(6, len(REPORT_HEADERS)), heading[3, 1])
        shown.font = Font(name=FONT_NAME, size=12, bold=True, color=DRAFT_COLOUR)
        shown.alignment = Alignment(horizontal="center", vertical="center")
        shown.border = Border(left=red, right=red, top=red, bottom=red)
        ws.row_dimensions[6].height = 18
        return
    # Centred under A:C from column B (A3 stays empty in an approved report): leading spaces
    # move the rule's centre from B's to the block's.
    units = sum(widths[:3]) / 2 - (widths[0] + widths[1] / 2)
    pad = round(2 * units * _POINTS_PER_UNIT / _plain_width(" ", RULE_SIZE, True))
    unit = _set(ws["B3"], " " * pad + line)
    unit.font, unit.alignment = rule, Alignment(horizontal="center", vertical="top")


_ONE_LINE = re.compile(r"[ \t\r\n]+")  # not a no-break space: it stays where it joins two words


def _shown_as(text: str) -> str:
    """A number format whose text section shows `text` (one line, quotes escaped) in place of
    the cell's own text; Excel's limit for a format is 255 characters: the beginning is cut,
    at a space where it can be, keeping "… (xem ghi chú n dưới biểu)"."""
    def quoted(words: str) -> str:
        return ';;;"' + words.replace('"', '"\\""') + '"'

    head, marker, ref = _ONE_LINE.sub(" ", text.strip()).partition("… (xem ghi chú ")
    tail = marker + ref
    while head and len(quoted(head + tail)) > 255:  # each pass makes `head` shorter
        cut = head.rstrip().rfind(" ")
        head = head[:cut] if cut > 0 else head[:-1]
    return quoted(head + tail)


UNDER_GAP = 4  # pt: the blank rows around the lines under the table (16 pt gave the 2026 xã three pages, 8 the test long_table)


def _line_under_table(ws, r: int, text: str, font: Font, width: float) -> int:
    """`text` across the table's width in row `r`, in italics as the PDF prints it under its table
    (`report_rows.lines_under`); a line of 16 pt as the summary's, a wrapped one as tall as its
    lines. Returns the next row."""
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(REPORT_HEADERS))
    c = _set(ws.cell(r, 1), text)
    c.font, c.alignment = font, Alignment(horizontal="left", vertical="center", wrap_text=True)
    lines = _lines(text, width)
    ws.row_dimensions[r].height = _height(lines) if lines > 1 else _LINE
    return r + 1


def _notes_under_table(ws, r: int, notes: list[str], normal, bold, width: float = sum(REPORT_WIDTHS)) -> int:
    """"Ghi chú:" and each long remark in full, numbered as its cell refers to it, from row `r`;
    a remark taller than a row can be continues on the next rows. Returns the next free row.
    No page can part what belongs together: a note's number starts the row of its first words
    (a word wider than the page is broken there, as the spreadsheet breaks it), and "Ghi chú:"
    is the first line of the first note's row (bold, in the same cell)."""
    ncol = len(REPORT_HEADERS)
    wrap = Alignment(horizontal="left", vertical="top", wrap_text=True)
    for n, text in enumerate(notes, 1):
        pieces = _pieces(f"{n}. {text}", width, _MAX_LINES, first=_MAX_LINES - 1 if n == 1 else _MAX_LINES)
        for k, piece in enumerate(pieces):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            c = ws.cell(r, 1)
            lines = _lines(piece, width)
            if n == 1 and k == 0:
                c.value = CellRichText(TextBlock(_inline(bold), "Ghi chú:"), TextBlock(_inline(normal), "\n" + piece))
                lines += 1
            else:
                _set(c, piece)
            c.font, c.alignment = normal, wrap
            ws.row_dimensions[r].height = _height(lines)
            r += 1
    return r + 1


def _inline(font: Font) -> InlineFont:
    return InlineFont(rFont=font.name, sz=font.sz, b=font.b)
