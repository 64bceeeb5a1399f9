"""What `chitieu verify` checks of the "Báo cáo" sheet, the table a person reads: that it shows
what the data say, and nothing else (exports/FORMAT.md, "The `Báo cáo` table's cells").

- every cell the table compares holds the text the data give it (`report_rows`, and the texts
  earlier versions wrote, `written_before`), as text, not as a number;
- no cell shows, through its number format, anything but its own text as the writer shows it
  (the writer's formats are only `;;;"…"`: a negative result with the minus sign of print, a
  unit with a no-break space, a long remark's beginning and "… (xem ghi chú n dưới biểu)", the
  rule of a draft's heading); a format with sections of its own or another literal
  (`0;0;0;"99.999"`) would print another figure over the signed one. A format whose code is
  "General" (LibreOffice saves General so) is General; a cell a merge covers, but its first,
  shows nothing whatever its format, and holds no text (the writer merges only empty cells);
- nothing is written where the writer writes nothing: right of column H, above the table but
  in the heading's cells, in the row after the table, and below it but the notes and the lines
  of summary, people and fingerprint, which end the sheet; no row or column is hidden, and no
  conditional format changes what a cell shows;
- a person can read every text: a print header or footer says only the page number (and a
  draft's "DỰ THẢO"), no text is in a colour near its background, under the writer's size or
  struck through, no row holding text is lower than its letters, no column narrower than the
  writer ever made it.

Which sheets a workbook has, in which order and shown or hidden, is checked by the reader for
intake and verify alike (`submission_reader`). The file has been checked as a container
(`exports.xlsx_container`) before any of this reads it.
"""
from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
import zipfile

from desktop_app.core.submission import Submission
from exports.submission_format import (
    REPORT_HEADERS,
    SHEET_REPORT,
    cell_text,
    report_heading,
    report_rows,
    written_before,
)
from exports.xlsx_container import part_name

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
COLUMNS = "ABCDEFGH"
# The writer's number formats: the text section only, a quoted literal (a quote inside as "\"").
_WRITER_FORMAT = re.compile(r';;;"((?:[^"]|"\\"")*)"')
_NOTE_REF = re.compile(r"(.*?)… \(xem ghi chú [0-9]+ dưới biểu\)")
_RULE = set("—_ ")
SUMMARY_START = "Tổng hợp "


def _plain(text: str) -> str:
    """A text as a person reads it: the minus of print a hyphen, a no-break space a space, any
    run of spaces or line breaks one space."""
    return " ".join(text.replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ").split())


def _ref(row: int, col: int) -> str:
    return f"{_col_name(col)}{row}"


def _col_name(col: int) -> str:
    name = ""
    while col:
        col, k = divmod(col - 1, 26)
        name = chr(65 + k) + name
    return name


def _place(ref: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"([A-Za-z]{1,3})([0-9]{1,7})", ref or "")
    if not m:
        return None
    col = 0
    for ch in m.group(1).upper():
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def report_problems(data: bytes, rows: list[list], sub: Submission) -> list[str]:
    """Differences between what "Báo cáo" shows and the data, each naming the cell, in
    Vietnamese; [] when the sheet shows only what the writer writes."""
    where = f'trang "{SHEET_REPORT}"'
    start = next((i for i, r in enumerate(rows) if r and cell_text(r[0]) == "STT"), None)
    if start is None:
        return [f"{where} không có bảng chỉ tiêu"]
    problems = []
    for (row, col), want in report_heading(sub).items():  # the unit, the period, "DỰ THẢO"
        got = cell_text(rows[row - 1][col - 1]) if row - 1 < start and col - 1 < len(rows[row - 1]) else ""
        if got != want:
            problems.append(f'{where}, ô {COLUMNS[col - 1]}{row} (đầu báo cáo): ghi "{got[:60]}", '
                            f'số liệu là "{want[:60]}"')
    expected = report_rows(sub)
    earlier = written_before(sub)  # the same table as earlier versions worded some of its cells
    actual = rows[start + 2:start + 2 + len(expected)]
    for k, want in enumerate(expected):
        got = tuple(cell_text(v) for v in (actual[k] if k < len(actual) else ()))
        got = got + ("",) * (len(want) - len(got))
        for col, (w, g) in enumerate(zip(want, got)):
            if w != g and all(then[k][col] != g for then in earlier):
                problems.append(
                    f'{where}, dòng {start + 3 + k}, cột "{REPORT_HEADERS[col]}": ghi "{g[:60]}", số liệu là "{w[:60]}"')
    problems += _outside(rows, start, len(expected), sub)
    problems += _shown(data, rows, start, len(expected), draft=not sub.approved)
    return problems


def _text(rows, r: int, c: int) -> str:
    """Cell (r, c), 0-based, as text ("" beyond the rows read)."""
    return cell_text(rows[r][c]) if r < len(rows) and c < len(rows[r]) else ""


def _outside(rows: list[list], start: int, n: int, sub: Submission) -> list[str]:
    """Cells written where the writer writes nothing (all but the first few named)."""
    where = f'trang "{SHEET_REPORT}"'
    found = []

    def extra(r, c, text, why="ngoài vùng phần mềm ghi"):
        found.append(f'{where}, ô {_ref(r + 1, c + 1)} có nội dung {why}: "{text[:60]}"')

    heading = {(r - 1, c - 1) for r, c in report_heading(sub)}
    end = start + 2 + n  # the row after the table's last
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            text = cell_text(value)
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
                    found.append(f'{where}, ô {_ref(r + 1, c + 1)} (tiêu đề bảng): ghi "{text[:60]}", phần mềm ghi "{want}"')
            elif r < end:
                continue  # the table, compared cell by cell
            elif r == end or c > 0:
                extra(r, c, text)
    found += _below(rows, start, end, sub)
    return found[:10]


def _below(rows: list[list], start: int, end: int, sub: Submission) -> list[str]:
    """Under the table, in column A: the notes (each long remark of the table's "Ghi chú" in full,
    numbered), then the summary, the people and the fingerprint, the sheet's last lines."""
    where = f'trang "{SHEET_REPORT}"'
    lines = [(r, _text(rows, r, 0)) for r in range(end + 1, len(rows))]
    lines = [(r, t) for r, t in lines if t]
    last = [f"Người lập biểu: {sub.preparer}", f"Người ký: {sub.signer} ({sub.signer_title})",
            f"Mã xác thực báo cáo: {sub.short_fingerprint} (đầy đủ tại trang Thông tin)"]
    summary = next((k for k, (_, t) in enumerate(lines) if t.startswith(SUMMARY_START)), None)
    if summary is None:
        return [f"{where} thiếu dòng tổng hợp dưới bảng"]
    tail = lines[summary:]
    own = [sub.own_summary_sentence()] if sub.own_summary_sentence() else []
    if own and len(tail) > 1 and tail[1][1] == own[0].replace(f" {sub.unit_word} tự đặt", " xã tự đặt", 1):
        own = [tail[1][1]]  # a ward's own targets were "xã tự đặt" until 2026.12 (`written_before`)
    if len(tail) != 1 + len(own) + len(last) or [t for _, t in tail[1:]] != own + last:
        # the first line that is not what the writer writes there
        want = ["…", *own, *last]
        k = next((k for k in range(1, max(len(tail), len(want)))
                  if k >= len(tail) or k >= len(want) or tail[k][1] != want[k]), len(tail))
        if k < len(tail):
            r, t = tail[k]
            said = f', phần mềm ghi "{want[k][:60]}"' if k < len(want) else ", sau dòng cuối phần mềm ghi"
            return [f'{where}, ô A{r + 1} dưới bảng: ghi "{t[:60]}"{said}']
        return [f'{where} thiếu dòng "{want[k][:60]}" dưới bảng']
    notes = "".join(t for _, t in lines[:summary])
    remarks = [_text(rows, r, len(REPORT_HEADERS) - 1) for r in range(start + 2, end)]
    if notes and not _notes_of(notes, remarks):
        r = lines[0][0]
        return [(f'{where}, dòng {r + 1}-{lines[summary][0]} dưới bảng: phần ghi chú không phải các ghi chú dài của '
                 f'cột "Ghi chú" ("{notes[:60]}")')]
    return []


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _notes_of(notes: str, remarks: list[str]) -> bool:
    """Whether `notes` (the rows under the table, joined) are "Ghi chú:" and some of the table's
    remarks, in its order, numbered from 1 (spaces and line breaks aside: the writer cuts a note
    into rows where its lines end).

    Read note by note: after note n, the places reached in the text, each with the first remark
    still free there (the earliest, which leaves the most choice). At most one entry per place
    and as many rounds as remarks, so a crafted sheet of many identical remarks is read as fast
    as the writer's own (no trying every choice of remarks again and again)."""
    text = _squeezed(notes)
    head = "Ghichú:"
    if not text.startswith(head):
        return False
    parts = [_squeezed(r) for r in remarks if r]
    reached = {len(head): 0}  # place in the text -> the first remark that may come next
    for n in range(1, len(parts) + 1):
        after: dict[int, int] = {}
        for pos, k in reached.items():
            for j in range(k, len(parts)):
                token = f"{n}." + parts[j]
                if text.startswith(token, pos):
                    end = pos + len(token)
                    if end not in after or j + 1 < after[end]:
                        after[end] = j + 1
        if len(text) in after:
            return True
        if not after:
            return False
        reached = after
    return False


def _parts(data: bytes) -> dict[str, bytes]:
    z = zipfile.ZipFile(io.BytesIO(data))
    return {part_name(i.filename): i for i in z.infolist()}, z


def _xml(z, infos, name: str):
    info = infos.get(part_name(name))
    if info is None:
        return None
    raw = z.read(info)
    if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
        raise ValueError("doctype")
    return ET.fromstring(raw)


def _shown(data: bytes, rows: list[list], start: int, n: int, draft: bool = False) -> list[str]:
    """Cells of "Báo cáo" that show something other than their text as the writer shows it: a
    number format of another kind, a number where the writer writes text, a hidden row or
    column, a conditional format."""
    where = f'trang "{SHEET_REPORT}"'
    try:
        infos, z = _parts(data)
        book = _xml(z, infos, "xl/workbook.xml")
        rels = _xml(z, infos, "xl/_rels/workbook.xml.rels")
        rid = next(s.get(_REL) for s in book.iter(f"{_MAIN}sheet") if s.get("name") == SHEET_REPORT)
        targets = {r.get("Id"): r.get("Target", "") for r in rels.iter(f"{_RELS}Relationship")}
        styles_at = next((r.get("Target", "") for r in rels.iter(f"{_RELS}Relationship")
                          if r.get("Type", "").endswith("/styles")), "styles.xml")

        def at(target):
            return target.lstrip("/") if target.startswith("/") else "xl/" + target
        sheet = _xml(z, infos, at(targets[rid]))
        styles = _xml(z, infos, at(styles_at))

        def part(kind):
            target = next((r.get("Target", "") for r in rels.iter(f"{_RELS}Relationship")
                           if r.get("Type", "").endswith(kind)), None)
            return _xml(z, infos, at(target)) if target else None
        look = _Look(styles, part("/theme"))
        strings = part("/sharedStrings")
        shared = list(strings.iter(f"{_MAIN}si")) if strings is not None else []
    except (KeyError, StopIteration, ValueError, ET.ParseError, zipfile.BadZipFile):
        return [f"{where}: không đọc được định dạng các ô"]
    formats = {}
    xfs = []
    if styles is not None:
        formats = {f.get("numFmtId"): f.get("formatCode", "") for f in styles.iter(f"{_MAIN}numFmt")}
        cell_xfs = styles.find(f"{_MAIN}cellXfs")
        xfs = [x.get("numFmtId", "0") for x in (cell_xfs if cell_xfs is not None else ())]
    merges = _covered(sheet)
    found = _looks(sheet, look, shared, rows, merges, draft)
    if sheet.find(f"{_MAIN}conditionalFormatting") is not None:
        found.append(f"{where} có định dạng theo điều kiện (phần mềm không ghi): ô có thể hiện khác nội dung")
    for col in sheet.iter(f"{_MAIN}col"):
        if col.get("hidden") in ("1", "true"):
            found.append(f'{where}: cột {_col_name(int(col.get("min", "0") or 0))} bị ẩn')
    for row in sheet.iter(f"{_MAIN}row"):
        if row.get("hidden") in ("1", "true"):
            found.append(f'{where}: dòng {row.get("r", "?")} bị ẩn')
    for c in sheet.iter(f"{_MAIN}c"):
        place = _place(c.get("r", ""))
        if place is None:
            continue
        r, col = place
        text = _text(rows, r - 1, col - 1)
        style = c.get("s") or "0"
        fmt_id = xfs[int(style)] if style.isdigit() and int(style) < len(xfs) else "0"
        if text and c.get("t") not in ("inlineStr", "s") and start + 2 < r <= start + 2 + n:
            found.append(f'{where}, ô {_ref(r, col)} ghi số "{text[:30]}" thay cho chữ (phần mềm ghi mọi ô của bảng '
                         "bằng chữ; máy đặt kiểu số khác sẽ hiện số khác)")
        merged = _under_merge((r, col), merges)
        if merged and text:
            found.append(f'{where}, ô {_ref(r, col)} nằm dưới ô gộp {merged}: nội dung "{text[:40]}" không hiện '
                         "(phần mềm không gộp ô có nội dung)")
        if fmt_id == "0" or merged:  # General; a cell under a merge shows nothing, whatever its format
            continue
        code = formats.get(fmt_id)
        why = _format_problem(code, text, (r, col))
        if why:
            found.append(f'{where}, ô {_ref(r, col)}: {why}')
    return found[:12]


def _covered(sheet) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges, (first, last) (row, column) each: a cell a range covers but its first
    (top-left), which shows the merged area's text, shows nothing in a spreadsheet program,
    whatever its format (LibreOffice saves B3 and C3 under A3:C3 with A3's style)."""
    ranges = []
    for merge in sheet.iter(f"{_MAIN}mergeCell"):
        first, _, last = (merge.get("ref") or "").partition(":")
        a, b = _place(first), _place(last)
        if a is not None and b is not None:
            ranges.append((a, b))
    return ranges


def _under_merge(place: tuple[int, int], ranges) -> str:
    """The merged range (as "B9:H9") that covers `place` and does not start there, or ""."""
    r, c = place
    return next((f"{_ref(*a)}:{_ref(*b)}" for a, b in ranges
                 if a[0] <= r <= b[0] and a[1] <= c <= b[1] and place != a), "")


def _format_problem(code: str | None, text: str, place: tuple[int, int]) -> str:
    """What is wrong with a cell's number format (`code` None: a built-in format other than
    General), or "" when it is one the writer writes for `text`."""
    if code is None:
        return "có định dạng số phần mềm không dùng"
    if code.lower() == "general":  # LibreOffice saves General as a format of its own
        return ""
    m = _WRITER_FORMAT.fullmatch(code)
    if m is None:
        return f'có định dạng số "{code[:60]}" phần mềm không dùng (có thể hiện chữ khác nội dung ô "{text[:40]}")'
    shown = m.group(1).replace('"\\""', '"')
    if _plain(shown) == _plain(text):
        return ""
    note = _NOTE_REF.fullmatch(shown)
    if note and _plain(text).startswith(_plain(note.group(1).rstrip("… "))):
        return ""
    if place == (3, 1) and set(shown) <= _RULE and text == "DỰ THẢO":
        return ""
    return f'hiện "{shown[:60]}" qua định dạng số, thay cho nội dung ô "{text[:60]}"'


# --- how the sheet looks: print headers and footers, fonts, fills, row heights, column widths ----

_HF_NAMES = {"oddHeader": "đầu trang", "oddFooter": "chân trang", "evenHeader": "đầu trang chẵn",
             "evenFooter": "chân trang chẵn", "firstHeader": "đầu trang đầu", "firstFooter": "chân trang đầu"}
# What a print header or footer section says in every version: the page number ("&P", "Trang
# &P/&N" until 2026.11), a draft's "DỰ THẢO".
_HF_TEXTS = {"", "&P", "Trang &P/&N"}
_HF_COLOUR = re.compile(r"[0-9A-Fa-f]{6}|[0-9]{2}[+-][0-9]{3}")
MIN_SIZE, MIN_RULE_SIZE = 10, 8  # pt: the writer's smallest text (the heading's rules: 8 pt until 2026.12)
MIN_CONTRAST = 3.0  # a text's colour against its background (black on white: 21, the draft's red: 6,5)
# The narrowest each column of the table was ever written (B gives up to 6 units to figures;
# G was 16 until 2026.12), of which a spreadsheet program that saves the file again may take a little.
MIN_WIDTHS = tuple(0.75 * w for w in (6, 40, 11, 15, 13, 16, 16, 26))
_THEME = ("FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5",
          "70AD47", "0563C1", "954F72")  # Office's theme, Excel's order (lt1, dk1, lt2, dk2, …)


def _hf_text(code: str) -> list[str] | None:
    """The texts a print header or footer prints, one per section (codes of font, size, colour
    and style dropped, the page number and count kept as "&P" and "&N"); None when it holds a
    field the writer never writes (date, time, file, sheet, picture) or a code it cannot read."""
    parts, out, i = [], [], 0
    while i < len(code):
        ch, nxt = code[i], code[i + 1:i + 2]
        if ch != "&":
            out.append(ch)
            i += 1
        elif nxt == "&":
            out.append("&")
            i += 2
        elif nxt == '"':
            end = code.find('"', i + 2)
            if end < 0:
                return None
            i = end + 1
        elif nxt.isdigit():
            j = i + 1
            while j < len(code) and j < i + 4 and code[j].isdigit():  # a size: at most 3 digits (409 pt)
                j += 1
            i = j
        elif nxt in "Kk":
            if not _HF_COLOUR.match(code, i + 2):
                return None
            i += 8
        elif nxt.upper() in "LCR":
            parts.append("".join(out))
            out = []
            i += 2
        elif nxt.upper() in "BIUESXYOH":
            i += 2
        elif nxt.upper() in "PN":
            out.append("&" + nxt.upper())
            i += 2
        else:
            return None
    return parts + ["".join(out)]


def _headers(sheet, draft: bool) -> list[str]:
    where = f'trang "{SHEET_REPORT}"'
    found = []
    allowed = _HF_TEXTS | ({"DỰ THẢO"} if draft else set())
    for hf in sheet.iter(f"{_MAIN}headerFooter"):
        for part in hf:
            name = part.tag.replace(_MAIN, "")
            texts = _hf_text(part.text or "")
            wrong = [t.strip() for t in texts or () if " ".join(t.split()) not in allowed]
            if texts is None or wrong:
                said = wrong[0] if wrong else part.text or ""
                found.append(f'{where}: {_HF_NAMES.get(name, name)} khi in ghi "{said[:80]}" '
                             "(phần mềm chỉ ghi số trang, và \"DỰ THẢO\" ở bản dự thảo)")
    return found


class _Look:
    """The styles part read for what a cell looks like: each cell format's fonts (size, colour,
    struck through) and backgrounds, colours resolved through the workbook's palette and theme."""

    def __init__(self, styles, theme):
        self.theme = list(_THEME)
        if theme is not None:
            scheme = next(theme.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}clrScheme"), None)
            found = []
            for slot in scheme if scheme is not None else ():
                c = next(iter(slot), None)
                found.append((c.get("lastClr") or c.get("val") or "000000") if c is not None else "000000")
            if len(found) >= 4:
                found[0:4] = [found[1], found[0], found[3], found[2]]  # dk1 lt1 dk2 lt2 -> Excel's order
                self.theme[:len(found)] = found
        from openpyxl.styles.colors import COLOR_INDEX
        self.palette = [c[-6:] for c in COLOR_INDEX]
        def listed(tag):
            box = styles.find(f"{_MAIN}{tag}") if styles is not None else None
            return list(box) if box is not None else []
        box = styles.find(f"{_MAIN}colors/{_MAIN}indexedColors") if styles is not None else None
        own = [c.get("rgb", "000000")[-6:] for c in box.iter(f"{_MAIN}rgbColor")] if box is not None else []
        if own:
            self.palette[:len(own)] = own
        self.fonts = [self.font(f) for f in listed("fonts")]
        self.fills = [self.fill(f) for f in listed("fills")]
        styled = listed("cellStyleXfs")
        self.xfs = []
        for xf in listed("cellXfs"):
            ids = [(xf.get("fontId", "0"), xf.get("fillId", "0"))]
            base = xf.get("xfId", "0")
            if base.isdigit() and int(base) < len(styled):  # a cell style, where the format does not apply its own
                s = styled[int(base)]
                ids.append((s.get("fontId", "0") if xf.get("applyFont") in ("0", "false") else ids[0][0],
                            s.get("fillId", "0") if xf.get("applyFill") in ("0", "false") else ids[0][1]))
            self.xfs.append(ids)

    def colour(self, c, default: str = "000000") -> str:
        if c is None or c.get("auto") in ("1", "true"):
            return default
        if c.get("rgb"):
            rgb = c.get("rgb")[-6:]
        elif c.get("theme", "").isdigit():
            k = int(c.get("theme"))
            rgb = self.theme[k] if k < len(self.theme) else default
        elif c.get("indexed", "").isdigit():
            k = int(c.get("indexed"))
            rgb = self.palette[k] if k < len(self.palette) else ("FFFFFF" if k == 65 else "000000")
        else:
            return default
        try:
            channels = [int(rgb[k:k + 2], 16) for k in (0, 2, 4)]
            tint = float(c.get("tint", "0") or 0)
        except ValueError:
            return default
        channels = [round(v + (255 - v) * tint if tint > 0 else v * (1 + tint)) for v in channels]
        return "".join(f"{min(255, max(0, v)):02X}" for v in channels)

    def font(self, f, default=(11.0, "000000", False)) -> tuple[float, str, bool]:
        """(size, colour, struck through) of a font or a rich text run's properties (`default`
        for what they do not say)."""
        if f is None:
            return default
        sz, strike = f.find(f"{_MAIN}sz"), f.find(f"{_MAIN}strike")
        try:
            size = float(sz.get("val")) if sz is not None else default[0]
        except (TypeError, ValueError):
            size = 0.0
        struck = default[2] if strike is None else strike.get("val") not in ("0", "false")
        return size, self.colour(f.find(f"{_MAIN}color"), default[1]), struck

    def fill(self, f) -> str | None:
        """The background's colour, None for one the writer never uses (a pattern, a gradient)."""
        pattern = f.find(f"{_MAIN}patternFill")
        if pattern is None:
            return None if len(f) else "FFFFFF"
        kind = pattern.get("patternType", "none")
        if kind == "none":
            return "FFFFFF"
        return self.colour(pattern.find(f"{_MAIN}fgColor")) if kind == "solid" else None

    def of(self, style: str) -> list[tuple[tuple[float, str, bool], str | None]]:
        """(font, background) pairs a cell of format `style` may be shown with."""
        k = int(style) if style.isdigit() else 0
        pairs = self.xfs[k] if k < len(self.xfs) else [("0", "0")]
        return [(self.fonts[int(f)] if f.isdigit() and int(f) < len(self.fonts) else (11.0, "000000", False),
                 self.fills[int(b)] if b.isdigit() and int(b) < len(self.fills) else "FFFFFF") for f, b in pairs]


def _luminance(rgb: str) -> float:
    lin = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in
           (int(rgb[k:k + 2], 16) / 255 for k in (0, 2, 4))]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _runs(cell, shared: list) -> list:
    """The rich text runs' properties (`rPr`) of a cell's text, inline or shared."""
    if cell.get("t") == "inlineStr":
        box = cell.find(f"{_MAIN}is")
    elif cell.get("t") == "s":
        v = cell.find(f"{_MAIN}v")
        k = int(v.text) if v is not None and (v.text or "").strip().isdigit() else -1
        box = shared[k] if 0 <= k < len(shared) else None
    else:
        box = None
    return [r.find(f"{_MAIN}rPr") for r in (box.iter(f"{_MAIN}r") if box is not None else ())]


def _looks(sheet, look: _Look, shared: list, rows: list[list], merges, draft: bool) -> list[str]:
    """Text a person cannot read on paper: in a colour near its background, in a size under the
    writer's, struck through, in a row lower than its letters or a column narrower than the
    writer ever made it; and a print header or footer saying anything but the page number."""
    where = f'trang "{SHEET_REPORT}"'
    found = _headers(sheet, draft)
    fmt = sheet.find(f"{_MAIN}sheetFormatPr")
    fmt = fmt.attrib if fmt is not None else {}
    if fmt.get("zeroHeight") in ("1", "true"):
        found.append(f"{where}: mọi dòng không ghi chiều cao bị ẩn (zeroHeight)")
    try:
        default_height = float(fmt.get("defaultRowHeight", "15"))
        default_width = float(fmt.get("defaultColWidth", float(fmt.get("baseColWidth", "8")) + 0.43))
    except ValueError:
        return found + [f"{where}: không đọc được chiều cao dòng, độ rộng cột mặc định"]
    tallest: dict[int, float] = {}
    for row in sheet.iter(f"{_MAIN}row"):
        for c in row.iter(f"{_MAIN}c"):
            place = _place(c.get("r", ""))
            if place is None or not _text(rows, place[0] - 1, place[1] - 1) or _under_merge(place, merges):
                continue
            r, col = place
            text = _text(rows, r - 1, col - 1)
            smallest = MIN_RULE_SIZE if r == 3 else MIN_SIZE  # row 3: the heading's rules
            for (size, colour, strike), back in look.of(c.get("s") or "0"):
                runs = [look.font(p, (size, colour, strike)) for p in _runs(c, shared)] or [(size, colour, strike)]
                tallest[r] = max([tallest.get(r, 0.0), size] + [s for s, _, _ in runs])
                why = ""
                if back is None:
                    why = "có nền hoa văn phần mềm không dùng"
                elif min(_contrast(k, back) for _, k, _ in runs) < MIN_CONTRAST:
                    why = "chữ màu gần màu nền, không đọc được"
                elif min(s for s, _, _ in runs) < smallest:
                    why = f"chữ cỡ {_pt(min(s for s, _, _ in runs))}, nhỏ hơn cỡ phần mềm dùng ({smallest})"
                elif any(k for _, _, k in runs):
                    why = "chữ bị gạch ngang (phần mềm không gạch)"
                if why:
                    found.append(f'{where}, ô {_ref(r, col)} ("{text[:30]}"): {why}')
                    break
        r = int(row.get("r", "0") or 0) if (row.get("r") or "").isdigit() else 0
        if r in tallest:
            try:
                height = float(row.get("ht", default_height))
            except ValueError:
                height = 0.0
            if height < max(6.0, 0.85 * tallest[r]):
                found.append(f"{where}: dòng {r} cao {_pt(height)} pt, thấp hơn chữ cỡ {_pt(tallest[r])} "
                             "của nó: không đọc được")
    widths = [default_width] * len(MIN_WIDTHS)
    for col in sheet.iter(f"{_MAIN}col"):
        try:
            first, last, width = int(col.get("min", "0")), int(col.get("max", "0")), float(col.get("width", "0"))
        except ValueError:
            first, last, width = 1, len(MIN_WIDTHS), 0.0
        for k in range(max(first, 1), min(last, len(MIN_WIDTHS)) + 1):
            widths[k - 1] = width
    for k, (width, least) in enumerate(zip(widths, MIN_WIDTHS), 1):
        if width < least:
            found.append(f'{where}: cột {_col_name(k)} rộng {_pt(width)}, hẹp hơn phần mềm ghi: chữ không hiện đủ')
    return found


def _pt(value: float) -> str:
    return f"{value:g}".replace(".", ",")
