"""The province's consolidated workbook, written from a `Consolidation`.

Its sheets, columns and print layout are a format other people read: `exports/CONSOLIDATED.md`
describes them, and what changed when. Results, verdicts and targets are the province's own,
recomputed from each file's inputs (`desktop_app.core.recompute`). openpyxl writes in
write-only mode: each row goes to the file as it is appended, so 3.321 units need no sheet
held in memory (write-only sheets take print settings, panes, filters and merges, written at
the end).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList

from desktop_app.core.catalog import HEADINGS
from desktop_app.core.consolidation import NOT_ENTERED, Consolidation, Count
from desktop_app.core.numbers import format_number, stated_decimal
from desktop_app.core.periods import format_date
from desktop_app.core.province_total import summary_parts
from desktop_app.core.running import running_value, unit_running_words
from desktop_app.core.stated_earlier import on_file_words
from desktop_app.core.term_end import is_term_end, term_end_title
from desktop_app.core.wording import target_text
from exports.atomic import write_atomic
from exports.cell_limit import within_cell
from exports.consolidated_differences_sheet import (  # the sheet's name and words, read from here too
    NO_DIFFERENCES,  # noqa: F401
    SHEET_DIFFERENCES,  # noqa: F401
    _differences_sheet,
)
from exports.consolidated_notes import indicator_notes, judged_note, noted, short_notes, term_note
from exports.consolidated_pages import status_width, verdict_width, widest_fitting
from exports.consolidated_running import (
    RUNNING_LABEL,
    RUNNING_SUB,
    is_running,
    running_blocks,
    year_heading,
)
from exports.consolidated_sheet import (
    _BLANK,
    _BOLD_CENTRE,
    _BOLD_LEFT,
    _CENTRE,
    _FONTS,
    _HEAD,
    _HEADER,
    _ITALIC_CENTRE,
    _LEFT,
    _ONE_LINE,
    ROOMY,
    TEXT_FORMAT,
    VERDICT_FILLS,
    _Book,
    _Sheet,
    _Style,
    _time,
    _title_rows,
    printed_pt,
    save_book,
    without_commands,
)
from exports.intake_results_sheet import _intake_sheet
from exports.sheet_layout import column_px, header_height

SHEET_MAIN = "Tổng hợp"
SHEET_SUPPLEMENTARY = "Chỉ tiêu bổ sung"
SHEET_COMPLETENESS = "Tình hình gửi báo cáo"

UNIT_COLUMNS = ("STT", "Tên xã, phường", "Mã ĐVHC", "Loại", "Tình trạng báo cáo")
_UNIT_WIDTHS = (5, 26, 9, 8, 14)
MAIN_SUB = ("Chỉ tiêu giao", "Kết quả", "Đánh giá", "Chỉ tiêu xã tự đặt (đánh giá)")
SUPP_SUB = ("Kết quả", "Đánh giá")
NOT_APPLICABLE = "x"


def _fmt(decimals: int) -> str:
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def _prefixed(fmt: str | None, op: str | None) -> str | None:
    return f'"{op} "' + (fmt or "General") if op and op != "=" else fmt


# Significant digits Excel keeps of a number (a double, read and shown to 15 digits): a figure
# shown with more is written as its text, exactly as shown ("1.000.000.000.000.000,50" right-aligned,
# the cells listed under the totals, `_texts_note`). As a number it was rounded: a unit's stated
# 999.999.999.999.999,99 read 1.000.000.000.000.000,00, a total of 16 digits lost its last. A text
# keeps every digit a reviewer compares with the unit's paper and the report PDF, which print them;
# SUM passes over it, which the note under the totals says, naming the cells.
EXCEL_DIGITS = 15


def _shown(d: Decimal, places: int, op: str | None = None) -> str:
    """`d` as its cell shows it with `places` decimals (kept when zeros), the Vietnamese way,
    after its target's operator other than "="."""
    text = format_number(d, places)
    whole, _, fraction = text.partition(",")
    text = f"{whole},{fraction.ljust(places, '0')}" if places else text
    return f"{op} {text}" if op and op != "=" else text


def _digits(shown: str) -> int:
    """The significant digits of a number shown so (leading and trailing zeros are not)."""
    return len("".join(c for c in shown if c.isdigit()).strip("0"))


def _figure(d: Decimal, places: int, op: str | None, font: str = "normal") -> tuple:
    """A figure's cell: the number shown with `places` decimals by its format, or its text
    when that shows more digits than Excel keeps (`EXCEL_DIGITS`)."""
    text = _shown(d, places, op)
    if _digits(text) > EXCEL_DIGITS:
        return text, _Style(font, "right", fmt=TEXT_FORMAT)
    return d, _figure_style(places, op, font)


@functools.lru_cache(maxsize=1 << 12)  # a target recurs down its column: read and styled once
def _value_cell(text: str | None, decimals: int, *, boolean: bool = False, op: str | None = None) -> tuple:
    """A figure as a number (exactly the stated decimal, shown with at least `decimals`
    places), or as its text when Excel cannot hold it (`_figure`), "Có"/"Không" for yes/no; a
    target's operator other than "=" (`op`) shown before a stated value by the number format."""
    if boolean and text in ("0", "1"):
        return "Có" if text == "1" else "Không", _yes_no_style(op)
    d = stated_decimal(text)
    if d is None:
        return None, _NO_FIGURE
    return _figure(d, max(decimals, -d.as_tuple().exponent), op)



def _total_kind(sm) -> tuple[str, str]:
    """The words beside a province-wide figure: its kind and the units it is formed of ("Tổng", "của 17
    đơn vị"; "Tổng" alone was read as the province's with 17 of 92 units sent: walk U15), a poverty
    rate that rose on average said ("của 2 đơn vị; tỷ lệ hộ nghèo tăng": `rate_rose`, its column as wide
    as those words: `_figure_widths`). Plain spaces: a reviewer's Find ("hộ nghèo") and a program reading
    the words match them; no-break spaces to hold "của 3 đơn vị" on one line would not."""
    kind, units = summary_parts(sm)
    return f"{kind[:1].upper()}{kind[1:]}", str(units)


def _total_cell(ind, sm) -> tuple:
    """The province-wide figure of `ind` (`sm`: its summary) in bold, 2 decimals for a rate; of a running
    total's block (`is_running`), the units' running totals summed."""
    total = sm.running if is_running(ind) else sm.total
    if total is None:
        return None, _figure_style(2 if ind.unit == "%" else ind.decimals, None, "bold")
    return _figure(total, 2 if ind.unit == "%" else ind.decimals, None, "bold")


# The looks of figures and verdicts, made once each: a sheet asks for one per cell (3.321 units: 80.000).
_NO_FIGURE = _Style(align="right")
# (decimals, operator) of each number format of `_figure_style`: what its cells show (`_figure_widths`)
_SHOWN: dict[_Style, tuple[int, str | None]] = {}


@functools.cache
def _yes_no_style(op: str | None) -> _Style:
    return _Style(align="centre", fmt=_prefixed(None, op))


@functools.cache
def _figure_style(places: int, op: str | None, font: str = "normal") -> _Style:
    style = _Style(font, "right", fmt=_prefixed(_fmt(places), op))
    _SHOWN[style] = places, op
    return style


@functools.cache
def _verdict_cell(verdict: str | None) -> tuple:
    return verdict, _Style(align="centre", fill=verdict if verdict in VERDICT_FILLS else None)


def _heading(con: Consolidation) -> tuple[str, str]:
    """The period line and the completeness line every sheet's title rows carry (`_title_rows`)."""
    period = (f"{con.period.name} (mã kỳ {con.period.code}); bộ chỉ tiêu {con.catalog.version}; "
              f"hạn gửi {format_date(con.completeness.deadline)}")
    return period, f"Tình hình gửi báo cáo: {con.completeness.text}."


FIGURE_WIDEST = 34  # width units: "≥ 99.999.999.999.999.999,999999", a total of 18 digits and 6 decimals


def _width(text: str, bold: bool) -> int:
    """The width (Excel units) showing `text` on one line, as `consolidated_pages.one_line` measures."""
    return -(-(printed_pt(text, bold) / 0.75 + 1) // 7)


def _figure_widths(con: Consolidation, inds, widths: tuple[int, ...], cells: list[list[tuple]], total: int,
                   own: int | None = None) -> list[tuple[int, ...]]:
    """Each of `inds`' columns `widths` widened (to `FIGURE_WIDEST` at most) to show whole each
    figure written in it, the units' (`cells`, a row of each unit's cells of `inds`) and the
    province-wide one (its `total`-th column): a number too wide for its cell shows "###" (Excel,
    LibreOffice), a text is cut by the cell beside it. The column `own`, wrapped, so wide that the
    own target ("≥ 999.999.999.999.999" before its verdict) is never broken inside. Measured once
    for each column's widest figure of each look, by its digits."""
    span, widest = len(widths), [{} for _ in range(len(widths) * len(inds))]
    for row in cells:
        for col, (value, style) in enumerate(row):
            if value is None:
                continue
            if col % span == own:  # "≥ 999.999.999.999.999 (Đang thực hiện)": its target
                value = value.rpartition(" (")[0] or value
            elif style.align != "right":
                continue
            key = len(value) if isinstance(value, str) else (max(value.adjusted(), 0), value.is_signed())
            seen = widest[col].get(style)
            if seen is None or key > seen[0]:
                widest[col][style] = (key, value)
    fitted = []
    for k, ind in enumerate(inds):
        need = list(widths)
        for j in range(span):
            shown = [(value, style) for style, (_, value) in widest[span * k + j].items()]
            if j == total:
                shown.append(_total_cell(ind, con.summaries[ind.code]))
            elif j == total + 1 and not is_running(ind) and con.summaries[ind.code].total is not None:
                words = _total_kind(con.summaries[ind.code])[1]  # its parts, each on a line of its own
                shown += [(part, _ONE_LINE) for part in re.split(r"(?<=;) ", words)]
            for value, style in shown:
                if value is not None:
                    text = value if isinstance(value, str) else _shown(value, *_SHOWN[style])
                    need[j] = max(need[j], min(_width(text, style.font == "bold"), FIGURE_WIDEST))
        fitted.append(tuple(need))
    return fitted


def _indicator_sheet(book: _Book, con: Consolidation, name: str, title: str, inds, headings: list[str],
                     sub_headers: tuple[str, ...], widths: list[tuple[int, ...]], numbered: bool) -> _Sheet:
    """A sheet of the units against indicators `inds`, down to its header rows: the unit columns'
    headers merged down over the indicators' two rows, each indicator's heading merged over its
    columns `sub_headers`, and when `numbered` a row numbering every column (1), (2)…; each header
    row as tall as its wrapped text, the filter on the last header row over the units' rows; its
    pages cut between indicators (`consolidated_pages.pages_across`). `widths`: the columns of
    each indicator, wide enough for its figures (`_figure_widths`); its "Đánh giá" widened to show
    its verdicts on one line, and the units' status column theirs (`consolidated_pages`), unless
    that takes a page more across."""
    n_unit, span, head_rows = len(UNIT_COLUMNS), len(sub_headers), 3 if numbered else 2
    v, groups = sub_headers.index("Đánh giá"), tuple(ind.heading for ind in inds)
    fitted = [(*w[:v], verdict_width(con, ind.code, w[v]), *w[v + 1:]) for w, ind in zip(widths, inds)]
    status = (*_UNIT_WIDTHS[:-1], status_width(con, _UNIT_WIDTHS[-1]))
    units, own = widest_fitting([(status, fitted), (_UNIT_WIDTHS, fitted), (_UNIT_WIDTHS, widths)],
                                lambda c: c[0] + sum(c[1], ()), n_unit, span, groups)
    s = _Sheet(book, name, units + sum(own, ()), freeze=f"C{_HEAD + head_rows}", first=n_unit,
               span=span, groups=groups)
    width = n_unit + span * len(headings)
    groups = _group_parts(con, inds, s.breaks, n_unit, span)
    # the row above the headers names each group over its columns, and repeats with them
    band = [(None, _Style(box=False))] * n_unit
    for name, first, last in groups:
        band += [(name, _HEADER)] + [_BLANK] * (last - first)
    _title_rows(s, title, width, band)
    for _, first, last in groups:
        s.merge(_HEAD - 1, first, _HEAD - 1, last)
    s.ws.print_title_rows = f"{_HEAD - 1}:{_HEAD + head_rows - 1}"
    s.repeated = range(_HEAD - 1, _HEAD + head_rows)
    units_px = [column_px(w) for w in units]
    top = header_height([(h, sum(map(column_px, ws))) for h, ws in zip(headings, own)])
    # a running total's block says what its columns hold: its fourth the unit's missing years, not an own target
    sub_rows = [RUNNING_SUB if is_running(ind) else sub_headers for ind in inds]
    subs = header_height([(h, column_px(w)) for ws, sub in zip(own, sub_rows) for h, w in zip(sub, ws)])
    # the unit columns' headers are merged over both rows: the two rows together hold them
    top = max(top, header_height(list(zip(UNIT_COLUMNS, units_px))) - subs)
    s.append([(t, _HEADER) for t in UNIT_COLUMNS]
             + [cell for h in headings for cell in [(h, _HEADER)] + [_BLANK] * (span - 1)], height=top)
    s.append([_BLANK] * n_unit + [(t, _HEADER) for sub in sub_rows for t in sub], height=subs)
    if numbered:
        s.append([(f"({n})", _HEADER) for n in range(1, width + 1)])
    for j in range(1, n_unit + 1):
        s.merge(_HEAD, j, _HEAD + 1, j)
    for k in range(len(headings)):
        s.merge(_HEAD, n_unit + span * k + 1, _HEAD, n_unit + span * (k + 1))
    s.ws.auto_filter.ref = f"A{s.row}:{get_column_letter(width)}{s.row + len(con.units)}"
    s.table_row = s.row + 1  # the first unit's
    return s


def _group_parts(con: Consolidation, inds, breaks: list[int], n_unit: int, span: int) -> list[tuple[str, int, int]]:
    """(the group's name, its first and last column) for each run of `inds` of one catalogue group
    on one printed page: a group cut between pages is named on each, numbered "(1/2)", "(2/2)"."""
    runs: list[list] = []
    for k, ind in enumerate(inds):
        first = n_unit + span * k + 1
        if runs and runs[-1][0] == ind.heading and first - 1 not in breaks:
            runs[-1][2] = first + span - 1
        else:
            runs.append([ind.heading, first, first + span - 1])
    total = {g: sum(r[0] == g for r in runs) for g, _, _ in runs}
    parts, seen = [], {}
    for group, first, last in runs:
        name = con.catalog.groups.get(group) or HEADINGS.get(group, group)
        seen[group] = seen.get(group, 0) + 1
        if total[group] > 1:
            name += f" ({seen[group]}/{total[group]})"
        parts.append((name, first, last))
    return parts


def _indicator_cells(con: Consolidation, inds, span: int, indicator_cells) -> list[list[tuple]]:
    """Each unit's cells of `inds`: `indicator_cells(con, unit, indicator, item)` for each ("x" in
    each of its `span` columns where it does not apply). Made before the sheet, whose columns are
    as wide as the figures in them (`_figure_widths`)."""
    absent = [(NOT_APPLICABLE, _CENTRE)] * span
    rows = []
    for u in con.units:
        c, row = u.commune, []
        for ind in inds:
            row += indicator_cells(con, u, ind, con.item(c.code, ind.code)) if ind.applies(c) else absent
        rows.append(row)
    return rows


def _unit_rows(con: Consolidation, s: _Sheet, cells: list[list[tuple]]) -> None:
    """One row per unit: the unit's own columns, then its `cells` of the indicators, as tall as
    the longest wrapped text."""
    for n, (u, row) in enumerate(zip(con.units, cells), 1):
        c = u.commune
        s.append([(n, _CENTRE), (c.name, _LEFT), (c.code, _CENTRE), (c.kind, _CENTRE), (u.status.status_text, _CENTRE),
                  *row], fit=True)


MAIN_TITLE = "TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU CỦA CÁC XÃ, PHƯỜNG (PHỤ LỤC 2)"


def main_title(con: Consolidation) -> str:
    """`MAIN_TITLE`; in the term's last year report "… CỦA CÁC XÃ, PHƯỜNG NĂM 2030 VÀ CẢ NHIỆM KỲ 2026-2030
    (PHỤ LỤC 2)", as the communes' 2030 papers are titled (walk U21 F2: it said nothing of the term)."""
    if not is_term_end(con.period.code):
        return MAIN_TITLE
    words = term_end_title(con.period.name, con.period.code).upper()
    return MAIN_TITLE.replace(" (PHỤ LỤC 2)", f" {words} (PHỤ LỤC 2)")
MAIN_WIDTHS = (11, 11, 13, 12)  # the columns MAIN_SUB of one indicator at least (`_figure_widths`)
SUPP_TITLE = "KẾT QUẢ CÁC CHỈ TIÊU BỔ SUNG (NGHỊ QUYẾT NĂM 2026 CỦA TỈNH ỦY)"
SUPP_WIDTHS = (12, 12)  # at least
# labels of the rows under the units, in column B (others find the rows by them)
OTHERS_LABEL = "Số đơn vị khác (chưa giao chỉ tiêu, chưa đủ số liệu)"
NOT_REPORTED_LABEL = "Số đơn vị chưa báo cáo"
NOT_ENTERED_LABEL = "Số đơn vị có báo cáo, chưa nhập số liệu"


def _assigned_cells(con: Consolidation, u, ind, it) -> list[tuple]:
    """A unit's cells MAIN_SUB of an assigned indicator (`it`: its recomputed item, if any)."""
    boolean = ind.kind == "boolean"
    said = con.verdict_text(u.commune.code, ind)
    # a counted report without the figure (a draft's "Chưa nhập"): counted apart, as `_main_counts` does
    verdict = _verdict_cell(NOT_ENTERED if said == Count.CHUA_BAO_CAO and u.submission is not None else said)
    if is_running(ind) and it is not None:  # the running total its verdict judges, beside its target for the term
        value = running_value(ind, it)  # an earlier year without a result left out, said beside it (R21 F1)
        said = unit_running_words(ind, con.period, it) if it.earlier_missing else None
        on_file = con.on_file.get((u.commune.code, ind.code))  # the file's own earlier years, marked (U21 F6)
        if on_file:
            mark = on_file_words(on_file)
            said = f"{said}; {mark[:1].lower()}{mark[1:]}" if said else mark
        return [_value_cell(it.target_value, ind.decimals, op=it.target_op),
                _value_cell(None if value is None else str(value), ind.decimals), verdict,
                _BLANK if said is None else (str(said), _CENTRE)]
    if it is not None:
        own = f"{it.own_target_text} ({it.own_verdict})" if it.own_target_text else None
        return [_value_cell(it.target_value, ind.decimals, boolean=boolean, op=it.target_op),
                _value_cell(it.value, ind.decimals, boolean=boolean), verdict, (own, _CENTRE)]
    # not reported: the target the catalogue gives the unit, with its operator as a reported unit's
    # ("≥ 3,20": until 2026.12 printed bare, "3,20", it read as an exact target)
    t = u.commune.targets.get(ind.code)
    if t is None:
        return [_value_cell(None, ind.decimals, boolean=boolean), _BLANK, verdict, _BLANK]
    target = ("1" if t.value else "0") if isinstance(t.value, bool) else str(t.value)
    return [_value_cell(target, ind.decimals, boolean=boolean, op=t.op), _BLANK, verdict, _BLANK]


def _main_sheet(book: _Book, con: Consolidation, name: str, title: str, inds, cells=()) -> _Sheet:
    """A sheet of assigned indicators `inds` against the units, down to its header rows; its
    columns as wide as the units' `cells` need (`_indicator_cells`)."""
    widths = _figure_widths(con, inds, MAIN_WIDTHS, cells, total=MAIN_SUB.index("Kết quả"), own=len(MAIN_SUB) - 1)
    first = len(UNIT_COLUMNS) + len(MAIN_SUB) * (len(inds) - len(running := [i for i in inds if is_running(i)])) + 2
    at = {i.code: get_column_letter(first + len(MAIN_SUB) * k) for k, i in enumerate(running)}
    headings = [year_heading(con, i, at[i.code]) if i.code in at and not is_running(i) else f"{i.name} ({i.unit})"
                for i in inds]
    return _indicator_sheet(book, con, name, title, inds, headings, MAIN_SUB,
                            widths, numbered=True)


def _main_counts(s: _Sheet, con: Consolidation, inds) -> None:
    """Below the units' rows: the province-wide figures and counts of assigned indicators `inds`."""
    # "Số đơn vị chưa báo cáo" the units without a counted report only (`IndicatorSummary.parted`): until
    # 2026.12 also those whose counted report (a draft) leaves the indicator empty, now the last row's, added
    # after the share so that the rows others read keep their places, as on "Chỉ tiêu bổ sung"
    labels = [("Toàn tỉnh", None)] + [(f"Số đơn vị {k.lower()}", k) for k in Count]
    labels += [("Tỷ lệ đơn vị đạt, vượt chỉ tiêu (%)", "share"), (NOT_ENTERED_LABEL, NOT_ENTERED)]
    span = len(MAIN_SUB)
    rows = []
    for label, key in labels:
        cells = [_BLANK, (label, _BOLD_LEFT), _BLANK, _BLANK, _BLANK]
        for ind in inds:
            sm = con.summaries[ind.code]
            if key is None and is_running(ind):  # what is left of the province's term target, when it has one
                cells += [(RUNNING_LABEL, _ITALIC_CENTRE), _total_cell(ind, sm), (sm.left_words, _CENTRE), _BLANK]
            elif is_running(ind):  # its units are counted once, in the indicator's own block
                cells += [(None, _BOLD_CENTRE)] + [_BLANK] * (span - 1)
            elif key is None:
                kind, units = _total_kind(sm)  # the units after the figure, in "Đánh giá": one line high
                cells += [(kind, _ITALIC_CENTRE), _total_cell(ind, sm), (units, _ITALIC_CENTRE)] + [_BLANK] * (span - 3)
            elif key == "share":
                cells += [(sm.met_share, _Style("bold", "centre", fmt="0.00"))] + [_BLANK] * (span - 1)
            else:
                cells += [(_count(sm, key), _BOLD_CENTRE)] + [_BLANK] * (span - 1)
        rows.append((cells, key))
    for cells, key in rows:
        # the label in B alone, wrapped: the columns A:B repeat on every printed page, so a label
        # merged over B:E printed cut ("Số đơn vị chưa đến kỳ đánh gi") beside the later pages' figures
        s.append(cells, fit=True)
        if key is not None:  # a count or share spans its indicator's columns
            for col in range(len(UNIT_COLUMNS) + 1, len(UNIT_COLUMNS) + span * len(inds), span):
                s.merge(s.row, col, s.row, col + span - 1)
    s.keep_with_rows(len(rows) + indicator_notes(s, con, inds, len(UNIT_COLUMNS) + 1, span) + term_note(s, con, inds)
                     + short_notes(s, con, inds) + judged_note(s, con) + _texts_note(s))


def _supplementary_cells(con: Consolidation, u, ind, it) -> list[tuple]:
    """A unit's cells SUPP_SUB of a supplementary indicator (`it`: its recomputed item, if any)."""
    if not ind.due_at(con.period):
        return [_BLANK if it is None else _value_cell(it.value, ind.decimals, boolean=ind.kind == "boolean"),
                _verdict_cell(Count.CHUA_DEN_KY)]
    if it is None:  # not reported, or a counted report that does not state it ("" until 2026.12)
        return [_BLANK, (Count.CHUA_BAO_CAO if u.submission is None else NOT_ENTERED, _CENTRE)]
    return [_value_cell(it.value, ind.decimals, boolean=ind.kind == "boolean"), _verdict_cell(it.verdict)]


def _supplementary_sheet(book: _Book, con: Consolidation, name: str, title: str, inds, cells=()) -> _Sheet:
    """A sheet of supplementary indicators `inds` against the units, down to its header rows; its
    columns as wide as the units' `cells` need (`_indicator_cells`)."""
    headings = []
    for ind in inds:
        target = target_text(ind, ind.default_target) if ind.default_target else "chưa giao"
        headings.append(f"{ind.name} ({ind.unit}; chỉ tiêu: {target})")
    widths = _figure_widths(con, inds, SUPP_WIDTHS, cells, total=SUPP_SUB.index("Kết quả"))
    return _indicator_sheet(book, con, name, title, inds, headings, SUPP_SUB, widths, numbered=False)


def _supplementary_counts(s: _Sheet, con: Consolidation, inds) -> None:
    """Below the units' rows: the province-wide figures and counts of supplementary indicators `inds`."""
    rows = []
    for label, key in [("Toàn tỉnh", None), ("Số đơn vị đạt, vượt", "met"),
                       ("Số đơn vị không đạt", "Không đạt"), ("Số đơn vị đang thực hiện", "Đang thực hiện"),
                       # the units without a counted report only (`not_reported`): until 2026.12 also
                       # those that sent one without the figure, now the last row's
                       (NOT_REPORTED_LABEL, Count.CHUA_BAO_CAO),
                       ("Số đơn vị chưa đến kỳ đánh giá", Count.CHUA_DEN_KY),
                       # each added last, the rows above keep their places (others read them): without
                       # it the units that reported an indicator they were not assigned were in no row
                       (OTHERS_LABEL, Count.KHAC),
                       (NOT_ENTERED_LABEL, NOT_ENTERED)]:
        cells = [_BLANK, (label, _BOLD_LEFT), _BLANK, _BLANK, _BLANK]
        for ind in inds:
            sm = con.summaries[ind.code]
            if key is None:
                said = " ".join(_total_kind(sm)) if sm.total is not None else None
                cells += [_total_cell(ind, sm), (said, _ITALIC_CENTRE)]
            else:
                cells += [(_count(sm, key), _BOLD_CENTRE), _BLANK]
        rows.append(cells)
    for cells in rows:  # the label in B alone, wrapped, as in `_main_counts`
        s.append(cells, fit=True)
    s.keep_with_rows(len(rows) + indicator_notes(s, con, inds, len(UNIT_COLUMNS) + 1, len(SUPP_SUB))
                     + term_note(s, con, inds) + _texts_note(s))


def _count(sm, key: str) -> int | None:
    """The units `sm`'s indicator counts under `key` (a `parted` key, or "met": Đạt and Vượt); None, an
    empty cell, for every count but "Chưa đến kỳ đánh giá" of an indicator not assessed at the period
    (`IndicatorSummary.shown`). Its 0 under "Số đơn vị chưa báo cáo" read as every unit having reported
    it; an empty cell, not the window's "—", as a sum over the column takes it for nothing
    (`consolidated_notes.indicator_notes` says why)."""
    if not sm.due and key != Count.CHUA_DEN_KY:
        return None
    return sm.met if key == "met" else sm.parted[key]


TEXTS_NAMED = 6  # cells the note names at most


def _texts_note(s: _Sheet) -> int:
    """Under the totals of a sheet where a figure is written as its text (`EXCEL_DIGITS`), a last
    row saying so, naming the cells (labelled "Ghi chú" in B, "Các ô AD13, AB99 ghi số dạng chữ …" in
    C over the first printed page, as the notes above, `consolidated_notes.noted`): a reviewer summing a
    column would otherwise get a sum without them. Until S125 "Ghi chú: …" in B alone, 26 wide: a
    row of 7 lines beside the other notes' one. The rows above keep their places. The number of rows
    added, 0 or 1."""
    if not s.texts:
        return 0
    named = ", ".join(s.texts[:TEXTS_NAMED])
    more = f" và {len(s.texts) - TEXTS_NAMED} ô khác" if len(s.texts) > TEXTS_NAMED else ""
    return noted(s, [f"{'Các ô' if len(s.texts) > 1 else 'Ô'} {named}{more} ghi số dạng chữ để giữ đủ chữ số "
                     f"(Excel chỉ giữ {EXCEL_DIGITS} chữ số); hàm SUM không cộng các ô này."])


# Others read these columns by place: a column is only ever added after the last one. "Khóa ký":
# the register's word for what signed the unit's listed version (`UnitStatus.key_state`: "Đã xác
# nhận", "Chờ xác nhận", …, "Chưa ký, đã chấp nhận"), which "Tình trạng"'s "Đã nhận" does not tell.
COMPLETENESS_HEADERS = ("STT", "Mã ĐVHC", "Tên xã, phường", "Loại", "Tình trạng", "Trễ hạn", "Dự thảo",
                        "Thời điểm lập tệp", "Thời điểm đọc tệp", "Mã xác thực", "Tệp", "Ghi chú",
                        "Ngày nhận (tính hạn)", "Khóa ký")
_DATE = _Style(align="centre", fmt="DD/MM/YYYY")


def _note(text: str) -> str | None:
    """A unit's Ghi chú as its cell holds it, a longer one cut with '… (còn N ký tự)'; None when empty."""
    return within_cell(without_commands(text)) or None


def _completeness_sheet(book: _Book, con: Consolidation) -> None:
    # one A3 page wide at 8 pt: "Khóa ký" took its room from the notes (40 before), which wrap
    s = _Sheet(book, SHEET_COMPLETENESS, (5, 9, 26, 8, 14, 8, 8, 17, 17, 68, 32, 38, 12, 20), freeze=f"A{_HEAD + 1}")
    _title_rows(s, "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC XÃ, PHƯỜNG", len(COMPLETENESS_HEADERS))
    s.header(COMPLETENESS_HEADERS)
    s.spare = ROOMY
    # times (one line) and the 64-digit fingerprint in full; file names and reasons wrapped: one A3 page wide
    looks = (_CENTRE, _CENTRE, _LEFT, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _CENTRE, _ONE_LINE, _LEFT, _LEFT,
             _DATE, _LEFT)
    for n, u in enumerate(con.completeness.units, 1):
        values = (n, u.code, u.name, u.kind, u.status_text, "x" if u.late else None, "x" if u.draft else None,
                  _time(u.generated_at), _time(u.received_at), u.fingerprint or None, u.file_name or None,
                  _note(u.reason), dt.date.fromisoformat(u.received_on) if u.received_on else None,
                  u.key_state or None)
        s.append(list(zip(values, looks)), fit=True)
    s.ws.auto_filter.ref = f"A{_HEAD}:{get_column_letter(len(COMPLETENESS_HEADERS))}{_HEAD + len(con.units)}"


def write_consolidated(con: Consolidation, path: str | Path) -> Path:
    """Write the consolidated workbook to `path` (temporary file, then renamed)."""
    def write(tmp: Path) -> None:
        book = _Book(Workbook(write_only=True), {}, _heading(con), con.settings.preparer)
        wb = book.wb
        # The workbook's default font is the sheets' Times New Roman, not Calibri: a column's width
        # counts digits of the default font, and an office without Calibri (LibreOffice on Linux)
        # would measure a wider substitute and print every sheet a quarter smaller. openpyxl has
        # no public setter: its font list starts with the default, which the Normal style uses.
        wb._fonts = IndexedList([_FONTS["normal"]])
        wb._named_styles["Normal"].font = _FONTS["normal"]
        # after the assigned indicators, a block of each term total's running totals (`running_blocks`)
        assigned = con.assigned + running_blocks(con)
        cells = _indicator_cells(con, assigned, len(MAIN_SUB), _assigned_cells)
        main = _main_sheet(book, con, SHEET_MAIN, main_title(con), assigned, cells)
        _unit_rows(con, main, cells)
        _main_counts(main, con, assigned)
        cells = _indicator_cells(con, con.supplementary, len(SUPP_SUB), _supplementary_cells)
        supplementary = _supplementary_sheet(book, con, SHEET_SUPPLEMENTARY, SUPP_TITLE, con.supplementary, cells)
        _unit_rows(con, supplementary, cells)
        _supplementary_counts(supplementary, con, con.supplementary)
        for sheet in (_completeness_sheet, _intake_sheet, _differences_sheet):
            sheet(book, con)
        for s in (main, supplementary):
            if s.breaks:  # printed from the table down, its title in the page header (`_page_heading`)
                s.ws.print_area = f"A{s.table_row}:{get_column_letter(len(s.widths))}{s.row}"
        wb.properties.title = con.title
        wb.properties.creator = "chitieu (cấp tỉnh)"
        save_book(wb, tmp)

    return write_atomic(path, write)
