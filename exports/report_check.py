"""What `chitieu verify` checks of what a submission's sheets show: that the "Báo cáo" table a
person reads shows what the data say, and nothing else, and that "Dữ liệu" and "Thông tin",
read by people too, show their cells' own texts (exports/FORMAT.md, "The `Báo cáo` table's cells"
and "What the sheets show and print").

- every cell the table compares holds the text the data give it in the form the file was
  written in (`exports.report_rows.written_form`: as before 0.2.0, with `written_before`'s
  earlier wordings; a 2030 report by 0.1.0 with the term's end; from 0.2.0 the paper's, with
  what a result is computed from and a "Không đạt"'s gap: `term_rows`), as text, not as a number,
  the line on the term's rows under the table too; the summary under the table, and the unit's
  own, are compared whole with what the data give them in that form (`report_rows.summary_lines`,
  `own_summary_lines`), in every period; from 0.2.0 the PDF's lines under its table too, each in
  its row under the table's (`report_rows.lines_under`: "STT theo Phụ lục 2, bỏ qua …");
- no cell shows, through its number format, anything but its own text as the writer shows it
  (the writer's formats are only `;;;"…"`: a negative result with the minus sign of print, a
  unit with a no-break space, the rule of a draft's heading; a long remark's beginning and
  "… (xem ghi chú n dưới biểu)" in the table's "Ghi chú", note n under the table being that
  remark; a long text's beginning and "… (còn tiếp: ô có đủ n ký tự)" in "Dữ liệu"); a format
  with sections of its own or another literal (`0;0;0;"99.999"`) would print another figure over
  the signed one. A format is judged by the code the file gives its id, a built-in id's too
  (General's 0 redefined as ';;;"Đạt"'); a code "General" (LibreOffice saves General so) is
  General. A cell stating no format is judged with its row's and its column's too, which
  LibreOffice gives it; a cell a merge covers (in either corner order), but its first, shows
  nothing whatever its format, and holds no text (the writer merges only empty cells);
- nothing is written in "Báo cáo" where the writer writes nothing: right of column H, above the
  table but in the heading's cells, in the row after the table, and below it but the notes and
  the lines of summary, people and fingerprint, which end the sheet; in no sheet is a row or
  column hidden, nor has it a data validation (a message popping up over a cell: "Kết quả
  đúng: 100 - Đạt"), a conditional format, in Excel 2010's extension either, or a link
  (`exports.cell_overlays`);
- no text of any sheet begins or ends with a line break, a space or a character printing nothing
  (`exports.cell_ends`: the texts are compared trimmed), a heading's rule and a long narrative's
  pieces aside; the workbook's default font, which the columns' widths count in, is the writers'
  (`report_look.widths_font_problems`);
- a person can read every text: a print header or footer says only the page number (and a
  draft's "DỰ THẢO"), no text is in a colour near its background, under the writer's size or
  struck through, no row holding text is lower than its letters, no column narrower than the
  writer ever made it (`exports.report_look`); the print areas print every text, the pages
  repeat only the header rows, and the page setup prints the writer's text at 7,5 pt or more
  ("Dữ liệu" at 2 pt, as format 1 and 2 printed it; `exports.sheet_names`).

Which sheets a workbook has, in which order and shown or hidden, is checked by the reader for
intake and verify alike (`submission_reader`). The file has been checked as a container
(`exports.xlsx_container`) before any of this reads it.
"""
from __future__ import annotations

import bisect
import functools
import re
import xml.etree.ElementTree as ET
import zipfile

from desktop_app.core.submission import Submission
from exports.cell_ends import cell_ends, chunk_ends
from exports.cell_overlays import cell_overlays
from exports.report_look import (
    DATA_RULES,
    INFO_RULES,
    REPORT_RULES,
    Look,
    SheetRules,
    look_problems,
    sheet_texts,
    text_in,
    widths_font_problems,
)
from exports.report_rows import (
    BEFORE,
    TITLE,
    lines_under,
    own_summary_lines,
    sheet_heading,
    summary_lines,
    term_note,
    term_rows,
    written_form,
)
from exports.sheet_cells import (
    MAIN,
    Book,
    CellStyles,
    MergeIndex,
    cell_ref,
    col_name,
    index_of,
    merged_ranges,
    place_of,
    sheet_rows,
)
from exports.sheet_names import print_problems
from exports.submission_format import (
    REPORT_HEADERS,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    report_heading,
    written_before,
)

COLUMNS = "ABCDEFGH"
# The writer's number formats: the text section only, a quoted literal (a quote inside as "\"").
# The literal is read whole, never given back (possessive: a quote starts a "\"" or ends it, so the
# same codes match): a "*" kept 150 bytes for each character, and a format code of 4 MB (in a file of
# 1,2 MB; the styles may unpack to 20 MB) took `chitieu verify` 566 MB.
_WRITER_FORMAT = re.compile(r';;;"((?:[^"]|"\\"")*+)"')
# What a long remark's cell shows ("Ghi chú", `desktop_app.core.wording.remark_cell`) and a text
# too long for a row of "Dữ liệu" (`exports.submission_data_sheet._continued_format`): its beginning,
# then where the rest is (the note under the table; the cell, holding so many characters).
_NOTE_REF = re.compile(r"(.*?)… \(xem ghi chú ([0-9]{1,4}) dưới biểu\)")
_CONTINUED = re.compile(r"(.*?)… \(còn tiếp: ô có đủ ([0-9.]{1,9}) ký tự\)")
_SHORT = 100  # characters: no text this short fills 31 lines of a column of "Dữ liệu" 12 wide
_RULE = set("—_ ")
SUMMARY_START = "Tổng hợp "


def _plain(text: str) -> str:
    """A text as a person reads it: the minus of print a hyphen, a no-break space a space, any
    run of spaces or line breaks one space."""
    return " ".join(text.replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ").split())


SHOWN = 60  # characters of a cell's text a difference quotes


def _pair(got: str, want: str) -> tuple[str, str]:
    """The two texts of a difference as it quotes them: whole up to `SHOWN` characters, else each from a
    little before where they first differ, "…" marking what is left out (U12 F4: both cut at 60 the
    same, a changed unit name past them read as two equal texts)."""
    if len(got) <= SHOWN and len(want) <= SHOWN:
        return got, want
    same = next((k for k, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    start = max(0, same - 20)

    def cut(text: str) -> str:
        part = text[start:start + SHOWN]
        return ("…" if start else "") + part + ("…" if start + SHOWN < len(text) else "")

    return cut(got), cut(want)


def report_differences(data: bytes, rows: list[list], sub: Submission) -> tuple[list[str], list[str]]:
    """Differences between what "Báo cáo" shows and the data, each naming the cell, in Vietnamese, in two
    lists ([], [] when the sheet shows only what the writer writes): what it prints otherwise than the
    form of the file's version writes it (its heading, table, lines under it, cells where that form
    writes nothing), and what no version ever writes (a text's invisible ends, a number format or an
    overlay showing other words than a cell's, in any sheet). A program older than the file can judge
    only the second (`submission_reader.verify_file`, red-team R31 F2)."""
    where = f'trang "{SHEET_REPORT}"'
    # compared trimmed below: what prints nothing at a text's ends is judged untrimmed (the heading's rules aside)
    ends = cell_ends(rows, where, lambda r, c, text: r == REPORT_RULES.rule_row and set(text) <= _RULE)
    rows = sheet_texts(rows)  # each cell cleaned once: every check below reads its text
    start = next((i for i, r in enumerate(rows) if r and r[0] == "STT"), None)
    if start is None:
        return [f"{where} không có bảng chỉ tiêu"], ends
    problems: list[str] = []

    def heading_cell(row: int, col: int) -> str:
        return rows[row - 1][col - 1] if row - 1 < start and col - 1 < len(rows[row - 1]) else ""

    # the form it was written in (a 2030 report's title, the version: `report_rows`), the rest follows
    form = written_form(sub, heading_cell(*TITLE))
    for (row, col), want in sheet_heading(sub, form).items():  # the unit, the period, "DỰ THẢO"
        got = heading_cell(row, col)
        if got != want:
            got, want = _pair(got, want)
            problems.append(f'{where}, ô {COLUMNS[col - 1]}{row} (đầu báo cáo): ghi "{got}", số liệu là "{want}"')
    expected = term_rows(sub, form)
    # the same table as earlier versions worded some of its cells; none wrote a later form
    earlier = written_before(sub) if form == BEFORE else []
    actual = rows[start + 2:start + 2 + len(expected)]
    for k, want in enumerate(expected):
        got = tuple(actual[k] if k < len(actual) else ())
        got = got + ("",) * (len(want) - len(got))
        for col, (w, g) in enumerate(zip(want, got)):
            if w != g and all(then[k][col] != g for then in earlier):
                g, w = _pair(g, w)
                problems.append(f'{where}, dòng {start + 3 + k}, cột "{REPORT_HEADERS[col]}": ghi "{g}", số liệu là "{w}"')
    problems += _outside(rows, start, len(expected), sub, form)
    return problems, ends + _displayed(data, rows, start, len(expected), sub, summary_lines(sub, form),
                                       len(lines_under(sub, form)))


def _outside(rows: list[list[str]], start: int, n: int, sub: Submission, form: str) -> list[str]:
    """Cells written where the writer writes nothing (all but the first few named); `form`: the
    form the file was written in (`report_rows.written_form`, `_below`)."""
    where = f'trang "{SHEET_REPORT}"'
    found = []

    def extra(r, c, text, why="ngoài vùng phần mềm ghi"):
        found.append(f'{where}, ô {cell_ref(r + 1, c + 1)} có nội dung {why}: "{text[:60]}"')

    heading = {(r - 1, c - 1) for r, c in report_heading(sub)}
    end = start + 2 + n  # the row after the table's last
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if not text:
                continue
            if c >= len(REPORT_HEADERS):
                extra(r, c, text)
            elif r < start:
                if (r, c) in heading:
                    continue
                if (r, c) in ((2, 1), (2, 3)) and set(text) <= _RULE:  # the heading's rules
                    continue
                if (r, c) == (5, len(REPORT_HEADERS) - 1) and not sub.approved and text == "DỰ THẢO":
                    continue
                extra(r, c, text)
            elif r == start or r == start + 1:
                want = REPORT_HEADERS[c] if r == start else f"({c + 1})"
                if text != want:
                    found.append(f'{where}, ô {cell_ref(r + 1, c + 1)} (tiêu đề bảng): ghi "{text[:60]}", phần mềm ghi "{want}"')
            elif r < end:
                continue  # the table, compared cell by cell
            elif r == end or c > 0:
                extra(r, c, text)
    found += _below(rows, start, end, sub, form)
    return found[:10]


def _below(rows: list[list[str]], start: int, end: int, sub: Submission, form: str) -> list[str]:
    """Under the table, in column A: in `PAPER` the PDF's lines under its table (`lines_under`), then
    the notes (each long remark of the table's "Ghi chú" in full, numbered), then the summary, the people and the fingerprint, the sheet's last lines. The
    summary is compared whole with what the data give it in the file's `form` (`report_rows.summary_lines`:
    in a 2030 report written with the term's end the term's counts apart from the year's, and the
    line on the term's rows follows it, `term_note`); so is the unit's own summary
    (`report_rows.own_summary_lines`). The summary was found by its beginning alone until 2026.12,
    except in the term's form (red-team R22 F1)."""
    where = f'trang "{SHEET_REPORT}"'
    lines = _lines_below(rows, end)
    last = [f"Người lập biểu: {sub.preparer}", f"Người ký: {sub.signer} ({sub.signer_title})",
            f"Mã xác thực báo cáo: {sub.short_fingerprint} (đầy đủ tại trang Thông tin)"]
    summaries = summary_lines(sub, form)
    under = lines_under(sub, form)  # `PAPER`: the PDF's lines under its table, each whole in its row
    for r, want in enumerate(under, end + 1):
        got = text_in(rows, r, 0)
        if got != want:
            if not got:
                return [f'{where}, ô A{r + 1} dưới bảng: thiếu dòng "{want[:SHOWN]}"']
            got, want = _pair(got, want)
            return [f'{where}, ô A{r + 1} dưới bảng: ghi "{got}", phần mềm ghi "{want}"']
    summary = _summary_at(lines, summaries)
    if summary is None:
        return [f"{where} thiếu dòng tổng hợp dưới bảng"]
    tail = lines[summary:]
    if tail[0][1] not in summaries:
        got, want = _pair(tail[0][1], summaries[0])
        return [f'{where}, ô A{tail[0][0] + 1} dưới bảng (dòng tổng hợp): ghi "{got}", số liệu là "{want}"']
    note = [term_note(sub, form)] if term_note(sub, form) else []
    owns = own_summary_lines(sub, form)
    own = owns[:1]
    if len(tail) > 1 + len(note) and tail[1 + len(note)][1] in owns[1:]:
        own = [tail[1 + len(note)][1]]  # as an earlier version wrote it (a ward's "xã tự đặt")
    if len(tail) != 1 + len(note) + len(own) + len(last) or [t for _, t in tail[1:]] != note + own + last:
        # the first line that is not what the writer writes there
        want = ["…", *note, *own, *last]
        k = next((k for k in range(1, max(len(tail), len(want)))
                  if k >= len(tail) or k >= len(want) or tail[k][1] != want[k]), len(tail))
        if k < len(tail):
            r, t = tail[k]
            if k >= len(want):
                return [f'{where}, ô A{r + 1} dưới bảng: ghi "{t[:SHOWN]}", sau dòng cuối phần mềm ghi']
            t, w = _pair(t, want[k])
            return [f'{where}, ô A{r + 1} dưới bảng: ghi "{t}", phần mềm ghi "{w}"']
        return [f'{where} thiếu dòng "{want[k][:60]}" dưới bảng']
    notes, remarks = _notes_and_remarks(rows, start, end, summaries, len(under))
    if notes and not _notes_of(notes, remarks):
        r = lines[len(under)][0]
        return [(f'{where}, dòng {r + 1}-{lines[summary][0]} dưới bảng: phần ghi chú không phải các ghi chú dài của '
                 f'cột "Ghi chú" ("{notes[:60]}")')]
    return []


def _summary_at(lines: list[tuple[int, str]], summaries: list[str]) -> int | None:
    """Where among `lines` (`_lines_below`) the summary stands: the first line that is one of the
    summaries the data give (`summaries`), else the first beginning as every summary does (then
    refused by `_below`, quoting it); None without either."""
    found = next((k for k, (_, t) in enumerate(lines) if t in summaries), None)
    if found is None:
        found = next((k for k, (_, t) in enumerate(lines) if t.startswith(SUMMARY_START)), None)
    return found


def _lines_below(rows: list[list[str]], end: int) -> list[tuple[int, str]]:
    """The texts of column A under the table (0-based row, text), `end` the row after its last."""
    lines = [(r, text_in(rows, r, 0)) for r in range(end + 1, len(rows))]
    return [(r, t) for r, t in lines if t]


def _notes_and_remarks(rows: list[list[str]], start: int, end: int,
                       summaries: list[str], skip: int = 0) -> tuple[str, list[str]]:
    """The notes under the table (the lines before the summary, found among `summaries` by
    `_summary_at`, but the first `skip`, `lines_under`, joined) and the table's remarks."""
    lines = _lines_below(rows, end)
    summary = _summary_at(lines, summaries)
    summary = len(lines) if summary is None else summary
    notes = "".join(t for _, t in lines[skip:summary])
    return notes, [text_in(rows, r, len(REPORT_HEADERS) - 1) for r in range(start + 2, end)]


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _notes_of(notes: str, remarks: list[str]) -> bool:
    """Whether `notes` (the rows under the table, joined) are "Ghi chú:" and some of the table's
    remarks, in its order, numbered from 1 (`_read_notes`)."""
    return _read_notes(notes, remarks) is not None


def _read_notes(notes: str, remarks: list[str]) -> list[str] | None:
    """The notes `notes` (the rows under the table, joined) number, each as its remark without
    spaces; None unless they are "Ghi chú:" and some of the table's remarks, in its order,
    numbered from 1 (spaces and line breaks aside: the writer cuts a note into rows where its
    lines end).

    Read note by note: after note n, the places reached in the text, each with the first remark
    still free there (the earliest, which leaves the most choice) and the place note n began. At
    most one entry per place and as many rounds as remarks; a note is looked for only where it can
    end (before the next note's number, or at the text's end), and there only among the remarks of
    that length, each found at its first place still free: trying every remark left at every
    place, 2.900 identical remarks (what a file within the container's bounds holds) took
    `chitieu verify` 2,7 s, 30.000 some 2 minutes. The notes are then read back from the text's
    end."""
    text = _squeezed(notes)
    head = "Ghichú:"
    if not text.startswith(head):
        return None
    parts = [_squeezed(r) for r in remarks if r]
    places: dict[str, list[int]] = {}  # each remark -> its places in the table, in order
    for j, part in enumerate(parts):
        places.setdefault(part, []).append(j)
    lengths = {len(part) for part in parts}
    longest = max(lengths, default=0)
    rounds = [{len(head): (0, 0)}]  # per note: place in the text -> (first remark free next, place before)
    for n in range(1, len(parts) + 1):
        number, following = f"{n}.", f"{n + 1}."
        after: dict[int, tuple[int, int]] = {}
        for pos, (k, _) in rounds[-1].items():
            if not text.startswith(number, pos):
                continue
            start = pos + len(number)
            for end in _note_ends(text, start, following, longest):
                free = places.get(text[start:end], ()) if end - start in lengths else ()
                i = bisect.bisect_left(free, k)
                if i < len(free) and (end not in after or free[i] + 1 < after[end][0]):
                    after[end] = (free[i] + 1, pos)
        if not after:
            return None
        rounds.append(after)
        if len(text) in after:
            read, pos = [], len(text)
            for m in range(n, 0, -1):
                j, pos = rounds[m][pos]
                read.append(parts[j - 1])
            return read[::-1]
    return None


def _note_ends(text: str, start: int, following: str, longest: int):
    """Where a note beginning at `start` may end, at most `longest` characters on: before each
    `following` (the next note's number), and at the text's end."""
    last = min(len(text), start + longest)
    end = text.find(following, start, last + len(following))
    while end != -1:
        yield end
        end = text.find(following, end + 1, last + len(following))
    if len(text) == last:
        yield len(text)


def _displayed(data: bytes, rows: list[list[str]], start: int, n: int, sub: Submission,
               summaries: list[str], skip: int = 0) -> list[str]:
    """What the three sheets show and print otherwise than their cells' texts (`_shown`,
    `exports.report_look`, `exports.sheet_names`): "Thông tin" and "Dữ liệu" are read by people
    too (the key's code, a figure and its verdict), the same checks judge them, each by what the
    writer writes on it."""
    try:
        book = Book(data)
        look = Look(book.styles, book.theme)
        sheets = {name: book.sheet(name) for name in (SHEET_REPORT, SHEET_DATA, SHEET_INFO)}
    except (KeyError, StopIteration, ValueError, OverflowError, ET.ParseError, zipfile.BadZipFile):
        return [f'trang "{SHEET_REPORT}": không đọc được định dạng các ô']
    raw = sheet_rows(data, (SHEET_DATA, SHEET_INFO))
    texts = {SHEET_REPORT: rows, **{name: None if read is None else sheet_texts(read) for name, read in raw.items()}}
    formats = _NumberFormats(book.styles)
    notes: list = []  # the notes under the table, read once when a cell refers to one

    def report_literal(shown: str, text: str, place: tuple[int, int]) -> bool:
        if place == (3, 1) and set(shown) <= _RULE and text == "DỰ THẢO":  # a draft's rule
            return True
        if place[1] != len(REPORT_HEADERS) or not start + 2 < place[0] <= start + 2 + n:
            return False  # a note is referred to only from the table's "Ghi chú"
        if not notes:
            notes.append(_read_notes(*_notes_and_remarks(rows, start, start + 2 + n, summaries, skip)) or [])
        return _refers_to_note(shown, text, notes[0])

    found = widths_font_problems(look) + [p for name, read in raw.items() if read is not None for p in cell_ends(
        read, f'trang "{name}"', chunk_ends(read) if name == SHEET_DATA else lambda *_: False)]
    judged = {SHEET_REPORT: REPORT_RULES, SHEET_DATA: DATA_RULES, SHEET_INFO: INFO_RULES}
    for name, literal, table in ((SHEET_REPORT, report_literal, range(start + 3, start + 3 + n)),
                                 (SHEET_DATA, _data_literal, range(0)), (SHEET_INFO, lambda *_: False, range(0))):
        rules = judged[name]
        if texts[name] is None:
            found.append(f'{rules.where} không đọc được')
            continue
        sheet = sheets[name]
        ranges, unread = merged_ranges(sheet)
        found += [f'{rules.where}: ô gộp "{ref[:30]}" không đọc được (phần mềm không ghi)' for ref in unread]
        merges = MergeIndex(ranges)
        if merges.too_many:
            found.append(merges.refusal(rules.where))
            continue
        try:
            found += look_problems(sheet, look, book.shared, texts[name], merges, rules, not sub.approved)
            found += _shown(sheet, texts[name], merges, formats, rules, literal, table)
        except (ValueError, OverflowError):  # an index int() cannot read ("²", 5.000 digits), a tint of 1e308
            found.append(f"{rules.where}: không đọc được định dạng các ô")
    heads = {SHEET_REPORT: start + 2, SHEET_DATA: 1, SHEET_INFO: 1}  # the rows a printed page repeats at most
    return found + print_problems(book, texts, heads, {name: (sheets[name], judged[name]) for name in judged})


def _refers_to_note(shown: str, text: str, notes: list[str]) -> bool:
    """Whether `shown` is what the writer shows of a long remark `text`: its beginning and
    "… (xem ghi chú n dưới biểu)", note n under the table being this remark."""
    said = _said(_NOTE_REF, shown)
    if said is None or not said[0] or not _plain(text).startswith(said[0]):
        return False
    k = int(said[1])
    return 0 < k <= len(notes) and notes[k - 1] == _squeezed(text)


@functools.lru_cache(maxsize=16)  # a format's text, read once for all the cells shown with it
def _said(pattern: re.Pattern, shown: str) -> tuple[str, str] | None:
    """What `shown` (`_NOTE_REF`, `_CONTINUED`) begins with, as a person reads it, and its number."""
    m = pattern.fullmatch(shown)
    return None if m is None else (_plain(m.group(1)), m.group(2))


def _data_literal(shown: str, text: str, place: tuple[int, int]) -> bool:
    """Whether `shown` is what "Dữ liệu" shows of a text too long for a row (over 31 lines in a
    column 12 wide or more: never one of `_SHORT` characters or fewer, a verdict "Không đạt"
    shown "Không… (còn tiếp…)"): its beginning and "… (còn tiếp: ô có đủ n ký tự)", n its length
    as the writer counts it (a piece of a text split over rows may end in a space, which a reader
    trims: n may exceed what is read, never fall short)."""
    said = _said(_CONTINUED, shown)
    return (said is not None and place[0] > 1 and len(text) > _SHORT and bool(said[0])
            and _plain(text).startswith(said[0]) and int(said[1].replace(".", "") or 0) >= len(text))


class _NumberFormats:
    """Each cell format's number formats, as ids, as a spreadsheet program may show a cell with
    them: its own and, where it does not apply its own, its cell style's (as LibreOffice reads
    it). An id the file defines is judged by the code it gives it, a built-in id's included:
    LibreOffice shows General's 0 defined as ';;;"Đạt"' as "Đạt" in every cell of format 0, and no
    writer or spreadsheet program defines it. An id it does not define is General (0), or a
    built-in format the writer never uses."""

    def __init__(self, styles):
        self.codes: dict[int, list[str]] = {}
        self.xfs: list[list[int | None]] = []
        self._codes_read: dict = {}
        if styles is None:
            return
        for f in styles.iter(f"{MAIN}numFmt"):
            k = _format_id(f.get("numFmtId"))
            if k is not None:
                self.codes.setdefault(k, []).append(f.get("formatCode", ""))
        cell_xfs, styled = styles.find(f"{MAIN}cellXfs"), styles.find(f"{MAIN}cellStyleXfs")
        styled = list(styled) if styled is not None else []
        for x in (cell_xfs if cell_xfs is not None else ()):
            ids = [_format_id(x.get("numFmtId", "0"))]
            base = index_of(x.get("xfId", "0"))
            if x.get("applyNumberFormat") in ("0", "false") and base is not None and base < len(styled):
                ids.append(_format_id(styled[base].get("numFmtId", "0")))
            self.xfs.append(list(dict.fromkeys(ids)))

    def _read(self, code: str | None):
        """`code` as `_format_problem` reads it (`_read_format`), read once for all the cells shown
        with it: read again for each, a code of 1 MB over 2.500 cells took 67 s (red-team lookred)."""
        if code not in self._codes_read:
            self._codes_read[code] = _read_format(code)
        return self._codes_read[code]

    def problem(self, style: str, text: str, place: tuple[int, int], literal) -> str:
        """What is wrong with how a cell of format `style` shows `text` ("" when nothing)."""
        k = index_of(style)
        ids = self.xfs[k] if k is not None and k < len(self.xfs) else [0]
        if ids == [0] and 0 not in self.codes:  # General, as most cells are
            return ""
        for k in ids:
            if k is None:
                return "có định dạng số phần mềm không đọc được"
            for code in self.codes.get(k, [] if k == 0 else [None]):
                why = _format_problem(self._read(code), text, place, literal)
                if why:
                    return why
        return ""


def _format_id(value: str | None) -> int | None:
    value = (value or "").strip()
    return index_of(value)  # 5.000 digits: int() was a traceback


def _shown(sheet, rows: list[list[str]], merges, formats: _NumberFormats, rules: SheetRules, literal,
           table: range) -> list[str]:
    """Cells of a sheet that show something other than their text as the writer shows it: a
    number format of another kind, a number where the writer writes text (the table's rows,
    `table`), a hidden row or column, a conditional format, a text under a merge."""
    where = rules.where
    found = cell_overlays(sheet, where)
    for col in sheet.iter(f"{MAIN}col"):
        if col.get("hidden") in ("1", "true"):
            found.append(f'{where}: cột {col_name(index_of(col.get("min", "0")) or 0)[:3] or "?"} bị ẩn')
    styles = CellStyles(sheet)
    for row in sheet.iter(f"{MAIN}row"):
        if row.get("hidden") in ("1", "true"):
            found.append(f'{where}: dòng {row.get("r", "?")} bị ẩn')
        for c in row.iter(f"{MAIN}c"):
            place = place_of(c.get("r", ""))
            if place is None:
                continue
            r, col = place
            text = text_in(rows, r - 1, col - 1)
            if text and c.get("t") not in ("inlineStr", "s") and r in table:
                found.append(f'{where}, ô {cell_ref(r, col)} ghi số "{text[:30]}" thay cho chữ (phần mềm ghi mọi ô '
                             "của bảng bằng chữ; máy đặt kiểu số khác sẽ hiện số khác)")
            merged = merges.under(place)
            if merged and text:
                found.append(f'{where}, ô {cell_ref(r, col)} nằm dưới ô gộp {merged}: nội dung "{text[:40]}" không hiện '
                             "(phần mềm không gộp ô có nội dung)")
            if merged or not text and c.find(f"{MAIN}v") is None and c.find(f"{MAIN}is") is None:
                continue  # a cell under a merge, or holding no value, shows nothing whatever its format
            why = next((w for w in (formats.problem(s, text, place, literal) for s in styles.of(row, c, col)) if w), "")
            if why:
                found.append(f'{where}, ô {cell_ref(r, col)}: {why}')
    return found[:12]


def _read_format(code: str | None) -> tuple:
    """A number format's code as `_format_problem` judges it, read once: ("other",) for a built-in
    format other than General (`code` None), ("general",), ("foreign", code) for a code not of the
    writer's kind, ("literal", shown, shown as a person reads it) for the writer's `;;;"…"`."""
    if code is None:
        return ("other",)
    if code.lower() == "general":  # LibreOffice saves General as a format of its own
        return ("general",)
    m = _WRITER_FORMAT.fullmatch(code)
    if m is None:
        return ("foreign", code)
    shown = m.group(1).replace('"\\""', '"')
    return ("literal", shown, _plain(shown))


def _format_problem(read: tuple, text: str, place: tuple[int, int], literal) -> str:
    """What is wrong with a cell's number format (`_read_format`), or "" when it shows `text`:
    General, or the writer's `;;;"…"` showing the text as a person reads it, or something else the
    writer shows there (`literal(shown, text, place)`)."""
    if read[0] == "other":
        return "có định dạng số phần mềm không dùng"
    if read[0] == "general":
        return ""
    if read[0] == "foreign":
        return f'có định dạng số "{read[1][:60]}" phần mềm không dùng (có thể hiện chữ khác nội dung ô "{text[:40]}")'
    shown, plain = read[1], read[2]
    if plain == _plain(text) or literal(shown, text, place):
        return ""
    return f'hiện "{shown[:60]}" qua định dạng số, thay cho nội dung ô "{text[:60]}"'
