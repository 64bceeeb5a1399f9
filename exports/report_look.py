"""Whether a person can read a submission's sheets as `chitieu verify` judges them
(`exports.report_check`): a print header or footer says only the page number (and a draft's
"DỰ THẢO"), in the writer's sizes, fonts and colours, never raised, struck or underlined; no text is in a colour near its background, under the writer's size or struck
through, in a font neither the writer nor a spreadsheet program saving the file again writes
(`FACES`: "Không đạt" in Wingdings prints as symbols), shrunk to fit its cell, turned, repeated
to fill its cell or indented out of it; no row holding text is lower than its letters (reckoned in
its font's widths), no column narrower than the writer ever made it. A figure
in white, a correction in the first page's header, a row squeezed to 0,3 pt or "45" filling its
cell as "454545" would otherwise print something other than what the data say, or nothing. The
same checks read "Báo cáo", "Dữ liệu" and "Thông tin", each by what its writer writes there
(`SheetRules`): the last two are read by people too (the key's code, a figure, its verdict)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from exports.cell_look import FACES, Look, _contrast, widest
from exports.report_fit import Columns, row_heights, too_low
from exports.sheet_cells import (
    MAIN,
    CellStyles,
    cell_ref,
    col_name,
    index_of,
    place_of,
)
from exports.submission_format import (
    DATA_COLUMNS,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    cell_text,
)
from exports.unwrapped_text import too_wide

_HF_NAMES = {"oddHeader": "đầu trang", "oddFooter": "chân trang", "evenHeader": "đầu trang chẵn",
             "evenFooter": "chân trang chẵn", "firstHeader": "đầu trang đầu", "firstFooter": "chân trang đầu"}
_HF_COLOUR = re.compile(r"[0-9A-Fa-f]{6}|[0-9]{2}[+-][0-9]{3}")
_HF_SECTIONS = {"L": "bên trái", "C": "ở giữa", "R": "bên phải"}
# Fields of a print header or footer (none the writer writes), what they print.
_HF_FIELDS = {"D": "ghi ngày in (&D)", "T": "ghi giờ in (&T)", "Z": "ghi đường dẫn thư mục của tệp (&Z)",
              "F": "ghi tên tệp (&F)", "A": "ghi tên trang tính (&A)", "G": "có hình ảnh (&G)"}
# Styles of a print header or footer the writer never writes, what they do to a text (bold,
# italic, outline and shadow leave it readable).
_HF_STYLES = {"X": "chữ chỉ số trên (&X): in nhỏ còn khoảng 58% cỡ chữ, lệch khỏi dòng (phần mềm không dùng)",
              "Y": "chữ chỉ số dưới (&Y): in nhỏ còn khoảng 58% cỡ chữ, lệch khỏi dòng (phần mềm không dùng)",
              "S": "chữ bị gạch ngang (&S) (phần mềm không gạch)",
              "U": "chữ gạch chân (&U): nét gạch lẫn dấu nặng, \"DỰ\" in gần như \"DƯ\" (phần mềm không gạch chân)",
              "E": "chữ gạch chân kép (&E): nét gạch lẫn dấu nặng, \"DỰ\" in gần như \"DƯ\" (phần mềm không gạch chân)"}
# Characters of a print header or footer the writer never writes, which a comparison of its words
# would pass over: a line break, a tab, a space of another kind, an invisible one. 40 line breaks
# before a draft's "DỰ THẢO" pushed it off the printed page (LibreOffice 7.4), as 20.000 spaces
# did with the whole of "Dữ liệu"'s table.
_HF_BREAKS = {"\n": "xuống dòng", "\r": "về đầu dòng", "\x85": "xuống dòng", "\u2028": "xuống dòng",
              "\u2029": "sang đoạn mới", "\t": "tab", "\xa0": "dấu cách không ngắt"}
DRAFT_MARK = "DỰ THẢO"
MIN_SIZE, MIN_RULE_SIZE = 10, 8  # pt: the writer's smallest text (the heading's rules: 8 pt until 2026.12)
# pt: the writer's largest text (the heading's title), which LibreOffice keeps when it saves a file
# again. A verdict in 36 pt wrapped onto two lines in its row and printed "đạt" for "Không đạt".
MAX_SIZE = 13
# pt the writer's text prints at, at least: it scales a sheet to its page keeping 8 pt. Half a
# point is left to a reckoning of the scale by Excel's widths, which LibreOffice's differ from
# (format 1 and 2 printed "Thông tin"'s 11 pt upright, fitted to the page's width: 8,2 pt)
MIN_PRINTED = 7.5
# "Dữ liệu" before 2026.12 printed all its 31 to 38 columns on one page across: its 11 pt text at
# 2,4 pt. Files of then verify as intact, so only a setup printing it smaller is judged.
MIN_PRINTED_DATA = 2.0
MIN_CONTRAST = 3.0  # a text's colour against its background (black on white: 21, the draft's red: 6,5)
# The narrowest each column of the table was ever written (B gives up to 6 units to figures;
# G was 16 until 2026.12), of which a spreadsheet program that saves the file again may take a little.
MIN_WIDTHS = tuple(0.75 * w for w in (6, 40, 11, 15, 13, 16, 16, 26))
# The footer "Dữ liệu" prints when a text of several paragraphs is too long for a row
# (`exports.submission_data_sheet._data_sheet`).
DATA_CUT_FOOTER = "Văn bản dài nhiều đoạn chỉ in phần đầu vừa một dòng bảng; toàn văn có trong ô và trong báo cáo"


@dataclass(frozen=True)
class SheetRules:
    """What the writer makes of a sheet a person reads, in every version: the narrowest it made
    each column (from A; a spreadsheet program saving the file again may take a little), what
    its print headers and footers say (a draft's "DỰ THẢO" aside), the row of the heading's
    rules (their text the smaller `MIN_RULE_SIZE`), the row it prints sideways (90°). A print
    header or footer section says the page number ("&P"; "Trang &P/&N" until 2026.11) or nothing.
    Its text (`text_size` pt) prints at `min_printed` pt or more (`sheet_names.scale_problems`).
    `cuts_paragraphs`: a text of several paragraphs may print only what its row holds (in "Dữ
    liệu", a narrative: the first versions kept its rows one line high, LibreOffice wrapping the
    text; now one longer than a row's 31 lines), so its row need hold only its first line."""

    name: str
    min_widths: tuple[float, ...]
    hf_texts: frozenset[str] = frozenset({"", "&P", "Trang &P/&N"})
    rule_row: int = 0
    turned_row: int = 0
    text_size: float = 11.0
    min_printed: float = MIN_PRINTED
    cuts_paragraphs: bool = False
    measures_unwrapped: bool = False  # a text its cell does not wrap must fit it (`unwrapped_text`)
    marked_always: bool = False
    marks_first_page: bool = True

    @property
    def where(self) -> str:
        return f'trang "{self.name}"'


REPORT_RULES = SheetRules(SHEET_REPORT, MIN_WIDTHS, rule_row=3, text_size=12, measures_unwrapped=True,
                          marked_always=True, marks_first_page=False)
# "Dữ liệu": each column as wide as what it holds (3,5 for one character; the first versions wrote
# 11 or wider), its codes printed sideways in row 1. "Thông tin": (18, 42, 72) now, (18, 30, 70) first.
DATA_RULES = SheetRules(SHEET_DATA, (0.75 * 3.5,) * len(DATA_COLUMNS),
                        REPORT_RULES.hf_texts | {DATA_CUT_FOOTER}, turned_row=1, min_printed=MIN_PRINTED_DATA,
                        cuts_paragraphs=True)
INFO_RULES = SheetRules(SHEET_INFO, tuple(0.75 * w for w in (18, 30, 70)))


def _hf_codes(code: str) -> list[tuple[str, str]] | None:
    """A print header or footer's code read in order as (kind, value): ("text", a character, or
    "&P"/"&N" for the page number and count), ("section", "L"/"C"/"R"), ("size", its digits),
    ("font", what `&"…"` names), ("colour", `&K`'s six characters), ("style", "B", "I", "U", "E",
    "S", "X", "Y", "O" or "H"), ("field", "D", "T", "Z", "F", "A" or "G"); None for a code not read."""
    codes, i = [], 0
    while i < len(code):
        ch, nxt = code[i], code[i + 1:i + 2]
        if ch != "&":
            codes.append(("text", ch))
            i += 1
        elif nxt == "":
            return None
        elif nxt == "&":
            codes.append(("text", "&"))
            i += 2
        elif nxt == '"':
            end = code.find('"', i + 2)
            if end < 0:
                return None
            codes.append(("font", code[i + 2:end]))
            i = end + 1
        elif nxt.isascii() and nxt.isdigit():  # "&²" is no size: int("²") was a traceback
            j = i + 1
            while j < len(code) and j < i + 4 and code[j].isascii() and code[j].isdigit():  # a size: at most 3 digits (409 pt)
                j += 1
            codes.append(("size", code[i + 1:j]))
            i = j
        elif nxt in "Kk":
            if not _HF_COLOUR.match(code, i + 2):
                return None
            codes.append(("colour", code[i + 2:i + 8]))
            i += 8
        elif nxt.upper() in "LCR":
            codes.append(("section", nxt.upper()))
            i += 2
        elif nxt.upper() in "BIUESXYOH":
            codes.append(("style", nxt.upper()))
            i += 2
        elif nxt.upper() in "PN":
            codes.append(("text", "&" + nxt.upper()))
            i += 2
        elif nxt.upper() in _HF_FIELDS:
            codes.append(("field", nxt.upper()))
            i += 2
        else:
            return None
    return codes


def _hf_sections(codes: list[tuple[str, str]]) -> list[str]:
    """The texts `_hf_codes` print, one per section (the first before any section code)."""
    parts, out = [], []
    for kind, value in codes:
        if kind == "section":
            parts.append("".join(out))
            out = []
        elif kind == "text":
            out.append(value)
    return parts + ["".join(out)]


def hf_text(code: str) -> list[str] | None:
    """The texts a print header or footer prints, one per section (codes of font, size, colour
    and style dropped, the page number and count kept as "&P" and "&N"); None when it holds a
    field the writer never writes (date, time, file, sheet, picture) or a code it cannot read."""
    codes = _hf_codes(code)
    if codes is None or any(kind == "field" for kind, _ in codes):
        return None
    return _hf_sections(codes)


def _hf_shown(codes: list[tuple[str, str]]) -> str:
    """How the first code of a print header or footer that the writer never writes hides or
    misstates what it prints, in a person's words ("" for none): a line break, a tab, an odd or
    a repeated space (`_hf_characters`); a section written twice; a field (date, file, sheet…) or
    a picture; a size outside the writer's 10 to 13 pt (1 pt prints a dot, 60 pt was cut at the
    page's edge); a colour near the paper's white, or the theme's; a font neither the writer nor a
    spreadsheet program saving the file again names (`FACES`); superscript, subscript, struck
    through or underlined (LibreOffice 7.4, the draft's mark: white or 1 pt, nothing printed;
    superscript at about 58 %; underlined, "DỰ"'s dot below merged into the line)."""
    odd = _hf_characters(codes)
    if odd:
        return odd
    said, k, section, seen = [_seen(t)[:40] for t in _hf_sections(codes)], 0, "C", set()
    for kind, value in codes:
        if kind == "section":
            k, section = k + 1, value
            if value in seen:
                return (f"ghi phần {_HF_SECTIONS[value]} hai lần (&{value}): phần mềm ghi mỗi phần một lần, "
                        "chương trình in có thể in lần nào cũng được")
            seen.add(value)
        where = (f' "{said[k]}"' if said[k] else "") + f" ({_HF_SECTIONS[section]})"
        if kind == "field":
            return f"khi in {_HF_FIELDS[value]} ({_HF_SECTIONS[section]}): " + (
                "phần mềm không in hình, hình có thể che hoặc thay chữ" if value == "G"
                else "phần mềm không ghi, không phải nội dung đã ký")
        if kind == "size" and not MIN_SIZE <= int(value) <= MAX_SIZE:
            return (f"khi in{where} cỡ {int(value)} (&{value}): " + (
                f"nhỏ hơn cỡ phần mềm dùng ({MIN_SIZE} đến {MAX_SIZE}), không đọc được" if int(value) < MIN_SIZE
                else f"lớn hơn cỡ phần mềm dùng ({MIN_SIZE} đến {MAX_SIZE}): chữ bị cắt khi in"))
        if kind == "colour" and not re.fullmatch(r"[0-9A-Fa-f]{6}", value):
            return f"khi in{where} màu theo giao diện của tệp (&K{value}): màu không rõ (phần mềm ghi màu bằng mã RRGGBB)"
        if kind == "colour" and _contrast(value.upper(), "FFFFFF") < MIN_CONTRAST:
            return f"khi in{where} màu {value.upper()} (&K{value}): gần màu giấy trắng, không đọc được"
        name = value.partition(",")[0].strip()
        if kind == "font" and name not in ("", "-") and name.casefold() not in FACES:
            return (f'khi in{where} bằng phông "{name[:40]}": phông phần mềm không dùng (phần mềm dùng Times New Roman): '
                    "có thể in thành ký hiệu")
        if kind == "style" and value in _HF_STYLES:
            return f"khi in{where} {_HF_STYLES[value]}"
    return ""


def _hf_characters(codes: list[tuple[str, str]]) -> str:
    """The first character of a print header or footer that may push its text off the printed
    page, said with its section ("" for none): one the writer never writes there
    (`_odd_character`), or a space of a run of several (the writer writes one)."""
    texts, k, section = _hf_sections(codes), 0, "C"
    runs = [max(map(len, re.findall(" +", t)), default=0) for t in texts]
    for kind, value in codes:
        if kind == "section":
            k, section = k + 1, value
            continue
        odd = _odd_character(value) if kind == "text" and len(value) == 1 else ""
        if not odd and not (value == " " and runs[k] > 1):
            continue
        said = _seen(texts[k])[:40]
        where = (f' "{said}"' if said else "") + f" ({_HF_SECTIONS[section]})"
        if odd:
            return (f"khi in{where} có ký tự {odd} (U+{ord(value):04X}): phần mềm không ghi; "
                    "chữ có thể bị đẩy ra ngoài trang in")
        return f"khi in{where} có {runs[k]} dấu cách liền nhau: phần mềm chỉ ghi một; chữ có thể bị đẩy ra ngoài trang in"
    return ""


def _seen(text: str) -> str:
    """A header section's text as a person reads it in a message: its odd characters
    (`_odd_character`) and runs of spaces read as one space."""
    return " ".join("".join(" " if _odd_character(ch) else ch for ch in text).split())


def _odd_character(ch: str) -> str:
    """What a character of a print header or footer is in a person's words, when the writer
    writes none such ("" for a letter, digit, sign or the plain space): a line break, a tab, a
    space of another kind, a control or invisible character (`_HF_BREAKS`)."""
    if ch in _HF_BREAKS:
        return _HF_BREAKS[ch]
    kind = unicodedata.category(ch)
    if kind in ("Zl", "Zp"):
        return "xuống dòng"
    if kind == "Zs" and ch != " ":
        return "dấu cách lạ"
    if kind in ("Cc", "Cf", "Co", "Cs", "Cn"):
        return "điều khiển hoặc không hiện"
    return ""


def _section_text(code: str, section: str) -> str | None:
    """What section "L", "C" or "R" of a print header says (None when it is not read)."""
    codes = _hf_codes(code)
    if codes is None:
        return None
    texts, k, where = _hf_sections(codes), 0, {}
    for kind, value in codes:
        if kind == "section":
            k += 1
            where[value] = k
    return texts[where[section]].strip() if section in where else ""


def _on(hf, flag: str) -> bool:
    """Whether a `headerFooter` attribute (`differentFirst`, `differentOddEven`) is set: any
    value but false is taken as set, so the header it brings in is judged."""
    return hf.get(flag, "false").strip().lower() not in ("false", "0")


def draft_problems(sheet, rules: SheetRules, refused: frozenset[str] = frozenset()) -> list[str]:
    """A draft's pages the writer marks "DỰ THẢO" (bold, red, at the top right) and that would
    print without it: every page of "Báo cáo" but its first (which says so in its cells), every
    page of "Dữ liệu" and "Thông tin" in a file that prints the page number at the top (the writer
    since 2026.12; earlier versions printed these two with no header at all). The header of odd
    pages, of even ones when they have their own, of the first page when it has its own.
    `refused`: headers already said to print otherwise than the writer's, not named again."""
    hf = sheet.find(f"{MAIN}headerFooter")
    parts = {} if hf is None else {p.tag.replace(MAIN, ""): p.text or "" for p in hf}
    if not rules.marked_always and not (hf is not None and _on(hf, "differentFirst")) and not any(
            "&P" in (_section_text(code, "C") or "") for code in parts.values()):
        return []
    needed = ["oddHeader"]
    if hf is not None and _on(hf, "differentOddEven"):
        needed.append("evenHeader")
    if hf is not None and _on(hf, "differentFirst") and rules.marks_first_page:
        needed.append("firstHeader")
    return [f"{rules.where}: bản dự thảo phải in chữ {DRAFT_MARK} ở {_HF_NAMES[name]} (bên phải), như phần mềm "
            "in; ở đây không có: trang in ra trông như bản đã duyệt"
            for name in needed if name not in refused and _section_text(parts.get(name, ""), "R") != DRAFT_MARK]


def header_problems(sheet, rules: SheetRules, draft: bool) -> list[str]:
    """Print headers and footers that say anything but what the writer has them say, or that
    print it in a way the writer never does (`_hf_shown`)."""
    found, refused = [], set()
    allowed = rules.hf_texts | ({DRAFT_MARK} if draft else set())
    own = sheet.find(f"{MAIN}headerFooter")
    for hf in sheet.iter(f"{MAIN}headerFooter"):
        for part in hf:
            tag = part.tag.replace(MAIN, "")
            name = _HF_NAMES.get(tag, tag)
            codes = _hf_codes(part.text or "")
            texts = None if codes is None else _hf_sections(codes)
            # a line break or a run of spaces is named before the words it hides (they are compared
            # with it read as one space)
            why = "" if codes is None else _hf_characters(codes)
            wrong = [t.strip() for t in texts or () if " ".join(t.split()) not in allowed]
            if not why and (texts is None or wrong):
                said = wrong[0] if wrong else part.text or ""
                why = f'khi in ghi "{said[:80]}" (phần mềm chỉ ghi số trang, và "DỰ THẢO" ở bản dự thảo)'
            why = why or _hf_shown(codes)
            if why:
                found.append(f"{rules.where}: {name} {why}")
                if hf is own:
                    refused.add(tag)
    return found + (draft_problems(sheet, rules, frozenset(refused)) if draft else [])


# A font's `vertAlign` the writer never writes (it writes none; `baseline` is the same), in a person's words.
_SHIFTED = {"superscript": "chữ chỉ số trên (superscript)", "subscript": "chữ chỉ số dưới (subscript)"}
SHOWN = 12  # the problems of a sheet `chitieu verify` names at most


def _runs(cell, shared: list) -> list[tuple]:
    """The rich text runs of a cell's text, inline or shared: (properties `rPr`, text)."""
    if cell.get("t") == "inlineStr":
        box = cell.find(f"{MAIN}is")
    elif cell.get("t") == "s":
        v = cell.find(f"{MAIN}v")
        k = index_of((v.text or "").strip()) if v is not None else None
        k = -1 if k is None else k
        box = shared[k] if 0 <= k < len(shared) else None
    else:
        box = None
    return [(r.find(f"{MAIN}rPr"), "".join(t.text or "" for t in r.iter(f"{MAIN}t")))
            for r in (box.iter(f"{MAIN}r") if box is not None else ())]


def _run_sizes(look: Look, runs: list[tuple], styles: tuple[str, ...], text: str) -> list[tuple[str, float, bool]]:
    """Each run's (text, size, bold), its size the largest and bold if any of the cell formats
    `styles` it may be shown with makes it so (what a run does not state, its cell's font says);
    none unless the runs hold the cell's whole `text` (then it is reckoned at its largest size)."""
    if cell_text("".join(t for _, t in runs)) != text:
        return []
    fonts = [font for style in styles for font, _ in look.of(style)]
    out = []
    for props, part in runs:
        shown = [look.font(props, font) for font in fonts]
        out.append((part, max(f.size for f in shown), any(f.bold for f in shown)))
    return out


def sheet_texts(rows: list[list]) -> list[list[str]]:
    """Each cell of `rows` (a sheet as python-calamine reads it) as clean text (`cell_text`), once:
    the checks read each text several times, and cleaning 1.240 texts of 30.000 characters each
    time took `chitieu verify` 0,5 s."""
    return [[cell_text(v) for v in row] for row in rows]


def text_in(texts: list[list[str]], r: int, c: int) -> str:
    """Cell (r, c), 0-based, of a sheet's `sheet_texts` ("" beyond them)."""
    return texts[r][c] if r < len(texts) and c < len(texts[r]) else ""


WIDTHS_SIZE = 11  # pt of the font every writer and LibreOffice's re-saves count the columns' widths in


def widths_font_problems(look: Look) -> list[str]:
    """The workbook's default font (`Look.widths_font`) when it is not one a writer or LibreOffice
    writes there (Times New Roman 11, Calibri 11 until 2026.12, in a face `FACES` knows): a column
    is as wide as so many of its digits, so a Normal style in Times 5 printed every column of the
    sheets narrower than `verify` reckons them, and "Không đạt" as "đạt" (red-team R26 F1). A face
    of `FACES` at 11 pt has digits as wide as Times' or wider: its columns are never narrower."""
    found = []
    for what, element in look.widths_font:
        font = look.font(element) if element is not None else None
        if font is not None and font.size == WIDTHS_SIZE and not font.odd:
            continue
        name = next((e.get("val") or "" for e in (element if element is not None else ())
                     if e.tag == f"{MAIN}name"), "")
        said = f'chữ "{name[:40]}" cỡ {_pt(font.size)}' if font is not None else "không ghi phông"
        found.append(f'trang "{SHEET_REPORT}" và mọi trang: {what} {said}, khác phông phần mềm ghi (Times New Roman '
                     f"cỡ {WIDTHS_SIZE}): độ rộng mọi cột tính theo chữ số của phông này, cột in ra hẹp hơn, chữ trong "
                     "ô có thể bị cắt")
    return found


def look_problems(sheet, look: Look, shared: list, rows: list[list[str]], merges, rules: SheetRules,
                  draft: bool, most: int = SHOWN) -> list[str]:
    """Text a person cannot read on paper: in a colour near its background, in a size under or
    over the writer's, struck through, in a row lower than its lines (`exports.report_fit`) or a
    column narrower than the writer ever made it, a row or column stated twice; and a print header
    or footer saying anything but the page number. `rows`: the sheet's `sheet_texts`. The first
    `most` found (those `chitieu verify` names), none looked for beyond them: 1.240 rows each too low
    for its 30.000 characters were each reckoned to 30 lines, 5 s."""
    where = rules.where
    found = header_problems(sheet, rules, draft)
    fmt = sheet.find(f"{MAIN}sheetFormatPr")
    fmt = fmt.attrib if fmt is not None else {}
    if fmt.get("zeroHeight") in ("1", "true"):
        found.append(f"{where}: mọi dòng không ghi chiều cao bị ẩn (zeroHeight)")
    if any((view.get("rightToLeft") or "").strip().lower() in ("1", "true") for view in sheet.iter(f"{MAIN}sheetView")):
        found.append(f"{where}: trang tính hiện từ phải sang trái (rightToLeft): cột A in bên phải, các cột ngược thứ "
                     "tự (phần mềm ghi từ trái sang phải)")
    try:
        default_height = float(fmt.get("defaultRowHeight", "15"))
        default_width = float(fmt.get("defaultColWidth", float(fmt.get("baseColWidth", "8")) + 0.43))
    except ValueError:
        return found + [f"{where}: không đọc được chiều cao dòng, độ rộng cột mặc định"]
    heights, rows_wrong = row_heights(sheet, default_height)
    columns = Columns(sheet, default_width)
    found += [f"{where}: {wrong}" for wrong in (rows_wrong, columns.wrong) if wrong]
    found += [f'{where}: cột {col_name(k)} rộng {_pt(columns.width(k))}, hẹp hơn phần mềm ghi: chữ không hiện đủ'
              for k, narrowest in enumerate(rules.min_widths, 1) if columns.width(k) < narrowest and not columns.wrong]
    merged = {first: (first, last) for first, last in merges.ranges}
    styles = CellStyles(sheet)
    judged: dict[tuple, tuple[str, float, bool, str, bool]] = {}
    low: set[int] = set()  # the rows said too low, once each
    for row in sheet.iter(f"{MAIN}row"):
        for c in row.iter(f"{MAIN}c"):
            place = place_of(c.get("r", ""))
            text = text_in(rows, place[0] - 1, place[1] - 1) if place else ""
            if not text or merges.under(place):
                continue
            r, col = place
            how = (tuple(styles.of(row, c, col)), MIN_RULE_SIZE if r == rules.rule_row else MIN_SIZE,
                   r == rules.turned_row)
            runs = _runs(c, shared)
            if runs or how not in judged:  # most cells are plain text of a few formats: judged once each
                # a text turned upright, or shown through the writer's number format, is reckoned one line
                judged[how] = (*_unreadable(look, [p for p, _ in runs], *how), not how[2]
                               and any(map(look.wraps, how[0])) and not any(map(look.shows_other, how[0])))
            why, size, bold, face, wraps = judged[how]
            if why:
                found.append(f'{where}, ô {cell_ref(r, col)} ("{text[:30]}"): {why}')
            if columns.wrong:  # widths not known: the sheet is refused for them
                continue
            if rules.measures_unwrapped and not why and not how[2] and not any(map(look.wraps, how[0])):
                wide = too_wide(text, merged.get(place, (place, place)), (size, bold), face,
                                max(map(look.indent, how[0]), default=0), columns)
                found += [f"{where}, {wide}"] if wide else []
            if r in low:
                continue
            wraps = wraps and not (rules.cuts_paragraphs and "\n" in text)  # a text its row may cut
            short = too_low(text, merged.get(place, (place, place)), (size, bold), wraps, heights, default_height,
                            columns, _run_sizes(look, runs, how[0], text) if runs and wraps else (), face)
            if short:
                low.add(r)
                found.append(f"{where}: {short}")
            if len(found) >= most:
                return found[:most]
    return found[:most]


def _unreadable(look: Look, runs: list, styles: tuple[str, ...], smallest: float,
                turned: bool) -> tuple[str, float, bool, str]:
    """Why a text cell shown with any of the cell formats `styles` (and its rich text `runs`) cannot
    be read ("" when it can), its largest letters, whether any are bold, and its widest face."""
    tallest, bold, faces = 0.0, False, []
    for style in styles:
        for font, back in look.of(style):
            fonts = [look.font(p, font) for p in runs] or [font]
            sizes = [f.size for f in fonts]
            tallest = max([tallest, font.size] + sizes)
            bold = bold or any(f.bold for f in fonts)
            faces += [f.face for f in fonts]
            seen = tallest, bold, widest(faces)
            odd = next((f.odd for f in fonts if f.odd), "")
            if odd:
                return odd, *seen
            if back is None:
                return "có nền phần mềm không dùng (hoa văn, hoặc màu không rõ trong bảng màu của tệp)", *seen
            if any(f.colour is None for f in fonts):
                return "chữ màu không rõ (màu hệ thống hoặc màu biến đổi trong bảng màu của tệp)", *seen
            if min(_contrast(f.colour, back) for f in fonts) < MIN_CONTRAST:
                return "chữ màu gần màu nền, không đọc được", *seen
            if any(not s >= smallest for s in sizes):  # "nan" too
                return (f"chữ cỡ {_pt(min(sizes))}, nhỏ hơn cỡ phần mềm dùng ({smallest})"
                        if min(sizes) < smallest else "cỡ chữ không đọc được"), *seen
            if any(not s <= MAX_SIZE for s in sizes):
                return (f"chữ cỡ {_pt(max(sizes))}, lớn hơn cỡ phần mềm dùng (đến {MAX_SIZE}): chữ có thể xuống dòng "
                        "và bị cắt khi in"), *seen
            if any(f.struck for f in fonts):
                return "chữ bị gạch ngang (phần mềm không gạch)", *seen
            shifted = next((f.shifted for f in fonts if f.shifted), "")
            if shifted:
                return (f"{_SHIFTED[shifted]}: in nhỏ còn khoảng 58% cỡ chữ, lệch khỏi dòng (phần mềm không dùng)"
                        if shifted in _SHIFTED else f'vị trí chữ "{shifted[:20]}" (vertAlign) không đọc được'), *seen
            why = look.alignment(style, turned)
            if why:
                return why, *seen
    return "", tallest, bold, widest(faces)


def _pt(value: float) -> str:
    return f"{value:g}".replace(".", ",")
