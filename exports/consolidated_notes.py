"""The notes under the province's figures on the consolidated workbook's "Tổng hợp"
(`exports.consolidated_xlsx._main_counts`): each a row labelled "Ghi chú" in B, its words in italics
after the counts (the rows others read keep their places): what the term's last year judges, the units
a running total counts without an earlier year or with the file's own earlier years, the units judged
under an older catalogue (`noted`). The words are merged over the first printed page's own columns (C
to its first page break): in B alone (26 wide) each wrapped to 7-12 lines, and at the 2030 report the
three of them pushed the totals a page down on each page across ("Tổng hợp" of 92 units printed 13 A3
pages instead of 9, walk U21); merged over B:E a note printed cut beside the later pages' figures (the
columns A:B repeat on every page across). Before them one row of notes each under its indicator
(`indicator_notes`): why an indicator not assessed yet has empty counts, and the units whose poverty
rate rose.
"""
from __future__ import annotations

from openpyxl.utils import get_column_letter

from desktop_app.core.consolidation import Consolidation
from desktop_app.core.province_term_end import term_judged_note
from desktop_app.core.rate_rose import rose_note, rose_units
from desktop_app.core.stated_earlier import same_period_words
from exports.consolidated_differences import judged_under_note
from exports.consolidated_running import is_running, on_file_note, short_note
from exports.consolidated_sheet import _Sheet, _Style
from exports.sheet_layout import row_height, text_lines

NOTE_LABEL = "Ghi chú"  # in B, on every page across; the words beside it on the first (`noted`)
NOTE_FROM = 3  # the column (C) a note's words start in, after the repeated A:B


def merged_px(s: _Sheet, first: int, last: int) -> float:
    """The px the text of a cell merged over columns `first` to `last` (1-based) wraps in, as
    `text_lines` takes a cell's (Excel's `column_px`, less 6 px of padding), the narrower of Excel's and
    LibreOffice's: LibreOffice gives a column 5,45 pt a width unit and the cell 1,2 pt of padding
    (measured in LibreOffice 7, 1 to 7 columns 8 to 40 wide, to 1 pt), so over four columns 12 wide it
    wrapped at 260 pt where Excel's 356 px leave 262,5 (the road-accident note printed 4 lines in a row
    of 3, its first cut)."""
    excel = sum(s.px[first - 1:last])
    libreoffice = (5.45 * sum(s.widths[first - 1:last]) - 1.2) / 0.75 + 6
    return min(excel, libreoffice)


def noted(s: _Sheet, lines: list[str]) -> int:
    """Each of `lines` a row labelled `NOTE_LABEL` in B, its words merged from C over the first printed
    page's columns (the whole sheet when it prints one page wide), the row as tall as they wrap there;
    the rows added."""
    last = s.breaks[0] if s.breaks else len(s.widths)
    look = _Style("italic", "left", box=False)
    for line in lines:
        height = row_height(text_lines(line, merged_px(s, NOTE_FROM, last), False, italic=True))
        s.append([(None, _Style(box=False)), (NOTE_LABEL, look), (line, look)], height=height)
        s.merge(s.row, NOTE_FROM, s.row, last)
    return len(lines)


def short_notes(s: _Sheet, con: Consolidation, inds) -> int:
    """Of each running total's block ("Tổng lũy kế"), the units whose earlier years are their files' own
    (`on_file_note`, walk U21 F6), and those it counts without an earlier year (`short_note`, R21 F1). The
    rows added."""
    return noted(s, [t for ind in inds if is_running(ind) for t in (on_file_note(con, ind), short_note(con, ind)) if t])


def term_note(s: _Sheet, con: Consolidation, inds) -> int:
    """In the term's last year report, what its verdicts of `inds` judge: the term's targets the term, the
    year's the year (`term_judged_note`, walk U21 F2). The rows added, 0 or 1."""
    said = term_judged_note(con.period, [ind for ind in inds if not is_running(ind)])
    return noted(s, [said] if said else [])


def judged_note(s: _Sheet, con: Consolidation) -> int:
    """The units judged against the catalogue their approval was made under, older than the one in
    use (`judged_under_note`), short; each unit is named in its note on "Tình hình gửi báo cáo". The
    rows added, 0 or 1."""
    said = judged_under_note(con, short=True)
    return noted(s, [said] if said else [])


# What the empty counts of an indicator not assessed at the period mean (`consolidated_xlsx._count`): the
# window's tooltip's words (`consolidation.NOT_DUE_NOTE`), of the sheet's rows and empty cells where the
# window has columns and "—".
NOT_DUE_WORDS = ("Chưa đến kỳ đánh giá: chỉ tiêu đánh giá, xếp loại vào cuối năm. Ở kỳ này không đơn vị nào phải "
                 "báo cáo chỉ tiêu này, nên không đơn vị nào được đếm vào các dòng số đơn vị khác (ô để trống, "
                 "không phải 0), kể cả dòng Số đơn vị chưa báo cáo.")
NOT_DUE_LABEL = "Ghi chú về các ô để trống (cột {columns})"  # the first of each indicator's columns
ROSE_LABEL = "Ghi chú về mức giảm dưới 0 (cột {columns})"  # the "Kết quả" of each indicator noted so


def _rose_words(con: Consolidation, ind, column: str) -> str | None:
    """"Tỷ lệ hộ nghèo tăng so với đầu nhiệm kỳ ở 1 đơn vị (cột O, mức giảm dưới 0): xã Tân Cương (tăng
    1,56 điểm %)." of a poverty rate's fall (`giam_ngheo`) some unit's rate rose in, `column` its "Kết
    quả"; None otherwise."""
    said = "" if is_running(ind) else rose_note(ind, rose_units(con, ind), f"cột {column}, mức giảm dưới 0")
    return f"{said}." if said else None


SAME_LABEL = "Ghi chú về cùng kỳ năm trước theo tệp (cột {columns})"  # the "Đánh giá" of each indicator noted so


def _same_period_words(con: Consolidation, ind) -> str | None:
    """"Cùng kỳ năm trước: 1 đơn vị (xã Tân Cương) có cùng kỳ năm trước theo số đơn vị ghi trong tệp, …" of
    road accidents whose same period a year before is some unit's file's own (`stated_earlier`, walk U21);
    None otherwise."""
    sm = con.summaries[ind.code]
    said = same_period_words(sm.same_period_on_file, sm.total_units, con.period)
    return f"{said}." if said else None


def indicator_notes(s: _Sheet, con: Consolidation, inds, first: int, span: int) -> int:
    """Under the totals, one row of notes each under its indicator, merged over its columns, on the
    page of its figures (pages are cut between indicators), labelled in B as the rows above, naming
    the columns for the pages across without them:
    - an indicator not assessed at the period: why its counts are empty but "Số đơn vị chưa đến kỳ
      đánh giá" (`NOT_DUE_WORDS`, `NOT_DUE_LABEL`, the indicator's first column). In B alone, as
      `_texts_note`, it was 12 lines tall (173 pt): "Tổng hợp" printed two A3 pages more, its totals
      on a third page down; over the indicator's columns it is 4 lines;
    - a poverty rate's fall some unit's rate rose in (`_rose_words`, naming the column of its "Kết
      quả"): the units' cells read "−1,56 | Đang thực hiện" beside a target of 0,3, the verdict "in
      progress" by design until 2030, and only the unit's own detail said the rise (walk U15 / S97). In
      the same row, not one of its own: a row more pushed the totals of 92 units to a third page down.
    - road accidents whose same period a year before is some unit's file's own (`_same_period_words`):
      the same words under two indicators side by side on a page are one cell over both (under each, two
      columns of 89 px, they were written twice, 7 lines each: a 95 pt row; over four, 4 lines).
    The label is the first's whenever an indicator is not assessed (others find the row by it), the
    second's (`ROSE_LABEL`) otherwise. `first`: the first indicator's first column (1-based); `span`:
    an indicator's columns. Before `_texts_note`'s row, which stays the sheet's last. The rows added,
    0 or 1."""
    notes = [NOT_DUE_WORDS if not con.summaries[ind.code].due
             else _rose_words(con, ind, get_column_letter(first + span * k + 1)) or _same_period_words(con, ind)
             for k, ind in enumerate(inds)]
    if not any(notes):
        return 0

    not_due = [get_column_letter(first + span * k) for k, note in enumerate(notes) if note == NOT_DUE_WORDS]
    risen = [get_column_letter(first + span * k + 1) for k, (note, ind) in enumerate(zip(notes, inds))
             if note not in (None, NOT_DUE_WORDS) and not con.summaries[ind.code].same_period_on_file]
    stated = [get_column_letter(first + span * k + span - 1) for k, (note, ind) in enumerate(zip(notes, inds))
              if note not in (None, NOT_DUE_WORDS) and con.summaries[ind.code].same_period_on_file]
    label = (NOT_DUE_LABEL.format(columns=", ".join(not_due)) if not_due
             else ROSE_LABEL.format(columns=", ".join(risen)) if risen
             else SAME_LABEL.format(columns=", ".join(stated)))
    none, look = (None, _Style(box=False)), _Style("italic", "left", box=False)
    row = [none, (label, look)] + [none] * (first - 3)
    lines = text_lines(label, s.px[1], False, italic=True)
    merged = []  # (first column, last column) of each note's cell, 1-based
    for k, note in enumerate(notes):
        at, end = first + span * k, first + span * (k + 1) - 1
        if note and merged and note != NOT_DUE_WORDS and note == notes[k - 1] \
                and not any(merged[-1][0] <= b < end for b in s.breaks):
            merged[-1] = (merged[-1][0], end)  # said once over both on the same page (`_same_period_words`)
            row += [none] * span
        else:
            row += [(note, look)] + [none] * (span - 1)
            merged += [(at, end)] if note else []
    for at, end in merged:
        lines = max(lines, text_lines(row[at - 1][0], merged_px(s, at, end), False, italic=True))
    s.append(row, height=row_height(lines))
    for at, end in merged:
        s.merge(s.row, at, s.row, end)
    return 1
