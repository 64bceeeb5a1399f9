"""Whether a person can read a submission's sheets as `chitieu verify` judges them
(`exports.report_check`): a print header or footer says only the page number (and a draft's
"DỰ THẢO"); no text is in a colour near its background, under the writer's size or struck
through, in a font neither the writer nor a spreadsheet program saving the file again writes
(`FACES`: "Không đạt" in Wingdings prints as symbols), shrunk to fit its cell, turned, repeated
to fill its cell or indented out of it; no row holding text is lower than its letters (reckoned in
its font's widths), no column narrower than the writer ever made it. A figure
in white, a correction in the first page's header, a row squeezed to 0,3 pt or "45" filling its
cell as "454545" would otherwise print something other than what the data say, or nothing. The
same checks read "Báo cáo", "Dữ liệu" and "Thông tin", each by what its writer writes there
(`SheetRules`): the last two are read by people too (the key's code, a figure, its verdict)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import NamedTuple

from exports.report_fit import Columns, row_heights, too_low
from exports.sheet_cells import (
    MAIN,
    CellStyles,
    cell_ref,
    col_name,
    place_of,
    under_merge,
)
from exports.submission_format import (
    DATA_COLUMNS,
    SHEET_DATA,
    SHEET_INFO,
    SHEET_REPORT,
    cell_text,
)

_HF_NAMES = {"oddHeader": "đầu trang", "oddFooter": "chân trang", "evenHeader": "đầu trang chẵn",
             "evenFooter": "chân trang chẵn", "firstHeader": "đầu trang đầu", "firstFooter": "chân trang đầu"}
_HF_COLOUR = re.compile(r"[0-9A-Fa-f]{6}|[0-9]{2}[+-][0-9]{3}")
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
_THEME = ("FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5",
          "70AD47", "0563C1", "954F72")  # Office's theme, Excel's order (lt1, dk1, lt2, dk2, …)
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# A theme's system colours (sysClr) as a computer as it comes draws them, whatever colour the
# computer that saved the file had (`lastClr`, which a file may state falsely: a "window" white
# text stated black, which LibreOffice drew white); any other system colour is the computer's own,
# not known here.
_SYSTEM = {"window": "FFFFFF", "windowText": "000000"}
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

    @property
    def where(self) -> str:
        return f'trang "{self.name}"'


REPORT_RULES = SheetRules(SHEET_REPORT, MIN_WIDTHS, rule_row=3, text_size=12)
# "Dữ liệu": each column as wide as what it holds (3,5 for one character; the first versions wrote
# 11 or wider), its codes printed sideways in row 1. "Thông tin": (18, 42, 72) now, (18, 30, 70) first.
DATA_RULES = SheetRules(SHEET_DATA, (0.75 * 3.5,) * len(DATA_COLUMNS),
                        REPORT_RULES.hf_texts | {DATA_CUT_FOOTER}, turned_row=1, min_printed=MIN_PRINTED_DATA,
                        cuts_paragraphs=True)
INFO_RULES = SheetRules(SHEET_INFO, tuple(0.75 * w for w in (18, 30, 70)))
# Excel's 64 indexed colours (a file's own <indexedColors> replaces them), written out: importing
# openpyxl's list made every `chitieu verify` 0,3 s slower.
_PALETTE = (
    "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF", "000000", "FFFFFF",
    "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF", "800000", "008000", "000080", "808000",
    "800080", "008080", "C0C0C0", "808080", "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080",
    "0066CC", "CCCCFF", "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
    "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99", "3366FF", "33CCCC",
    "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696", "003366", "339966", "003300", "333300",
    "993300", "993366", "333399", "333333",
)


def hf_text(code: str) -> list[str] | None:
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


def header_problems(sheet, rules: SheetRules, draft: bool) -> list[str]:
    """Print headers and footers that say anything but what the writer has them say."""
    found = []
    allowed = rules.hf_texts | ({"DỰ THẢO"} if draft else set())
    for hf in sheet.iter(f"{MAIN}headerFooter"):
        for part in hf:
            name = part.tag.replace(MAIN, "")
            texts = hf_text(part.text or "")
            wrong = [t.strip() for t in texts or () if " ".join(t.split()) not in allowed]
            if texts is None or wrong:
                said = wrong[0] if wrong else part.text or ""
                found.append(f'{rules.where}: {_HF_NAMES.get(name, name)} khi in ghi "{said[:80]}" '
                             "(phần mềm chỉ ghi số trang, và \"DỰ THẢO\" ở bản dự thảo)")
    return found


# The fonts a cell may be shown in, by how wide their letters are (`exports.report_fit` reckons a
# text's lines at these widths): the writer's Times New Roman ("times": reportlab's Times) and the
# fonts it or a spreadsheet program saving the file again names on a sheet (Calibri, the nameless
# font of the writer's bold, LibreOffice's Arial and Cambria), and those of the same widths
# (Liberation Serif, Tinos; Liberation Sans, Arimo: "helvetica", reportlab's Helvetica). Calibri and
# Cambria, whose widths are not known here, are reckoned at 1,1 of the size each letter ("wide"),
# more than any of their Latin letters (their cells the writer and LibreOffice do not wrap). Any other font is not judged: "Không đạt" in Dingbats (Wingdings
# on Windows) printed as symbols, and in Courier New, its letters wider than Times', half cut by a
# row the Times reckoning found tall enough (red-team 8); so is a font of the symbol character set.
FACES = {"times new roman": "times", "liberation serif": "times", "tinos": "times",
         "arial": "helvetica", "liberation sans": "helvetica", "arimo": "helvetica", "helvetica": "helvetica",
         "calibri": "wide", "carlito": "wide", "cambria": "wide", "caladea": "wide"}
_NARROWER = ("times", "helvetica", "wide")  # the faces, narrowest first
_SYMBOL_CHARSET = "2"


class Font(NamedTuple):
    """What a font (or a rich text run's properties) shows a text with: its size, colour
    ("RRGGBB", None if not known here), whether struck through or bold, how wide its letters are
    (`FACES`), why the font cannot be judged ("" when it can), and its `vertAlign` other than
    `baseline` ("" for none): superscript or subscript, which prints it at about 58 % of its size."""

    size: float
    colour: str | None
    struck: bool
    bold: bool
    face: str = "wide"
    odd: str = ""
    shifted: str = ""


PLAIN = Font(11.0, "000000", False, False)  # what a font that says nothing shows


def widest(faces) -> str:
    """The widest of `faces`."""
    return max(faces, key=_NARROWER.index, default="times")


class Look:
    """The styles part read for what a cell looks like: each cell format's fonts (size, colour,
    struck through, bold, name) and backgrounds, colours resolved through the workbook's palette and
    theme; whether it wraps its text, and whether it shows another text than the cell's (a
    number format other than General: the writer's `;;;"…"`, judged by `exports.report_check`)."""

    def __init__(self, styles, theme):
        self.theme: list[str | None] = list(_THEME)
        self.theme_fonts = _theme_fonts(theme)
        if theme is not None:
            scheme = next(theme.iter(f"{_DRAWING}clrScheme"), None)
            found = [_theme_colour(slot) for slot in (scheme if scheme is not None else ())]
            if len(found) >= 4:
                found[0:4] = [found[1], found[0], found[3], found[2]]  # dk1 lt1 dk2 lt2 -> Excel's order
                self.theme[:len(found)] = found
        self.palette = list(_PALETTE)
        def listed(tag):
            box = styles.find(f"{MAIN}{tag}") if styles is not None else None
            return list(box) if box is not None else []
        box = styles.find(f"{MAIN}colors/{MAIN}indexedColors") if styles is not None else None
        own = [c.get("rgb", "000000")[-6:] for c in box.iter(f"{MAIN}rgbColor")] if box is not None else []
        if own:
            self.palette[:len(own)] = own
        self.fonts = [self.font(f) for f in listed("fonts")]
        self.fills = [self.fill(f) for f in listed("fills")]
        styled = listed("cellStyleXfs")
        general = {f.get("numFmtId") for f in listed("numFmts") if (f.get("formatCode") or "").lower() == "general"}
        self.xfs, self.aligned, self.wrapped, self.literal = [], [], [], []
        for xf in listed("cellXfs"):
            ids = [(xf.get("fontId", "0"), xf.get("fillId", "0"))]
            own = [xf]
            base = xf.get("xfId", "0")
            if base.isdigit() and int(base) < len(styled):  # a cell style, where the format does not apply its own
                s = styled[int(base)]
                ids.append((s.get("fontId", "0") if xf.get("applyFont") in ("0", "false") else ids[0][0],
                            s.get("fillId", "0") if xf.get("applyFill") in ("0", "false") else ids[0][1]))
                own += [s] if xf.get("applyAlignment") in ("0", "false") else []
            self.xfs.append(ids)
            self.aligned.append(tuple(next((why for why in map(check, own) if why), "")
                                      for check in (_alignment_problem, _turned_problem)))
            self.wrapped.append(any(a is not None and a.get("wrapText") in ("1", "true")
                                    for a in (x.find(f"{MAIN}alignment") for x in own)))
            formats = [xf] + ([styled[int(base)]] if base.isdigit() and int(base) < len(styled)
                              and xf.get("applyNumberFormat") in ("0", "false") else [])
            self.literal.append(any(x.get("numFmtId", "0") not in general | {"0"} for x in formats))

    def colour(self, c, default: str = "000000") -> str | None:
        """A colour as "RRGGBB", None for a theme's colour not known here."""
        if c is None or c.get("auto") in ("1", "true"):
            return default
        if c.get("rgb"):
            rgb = c.get("rgb")[-6:]
        elif c.get("theme", "").isdigit():
            k = int(c.get("theme"))
            rgb = self.theme[k] if k < len(self.theme) else default
            if rgb is None:
                return None
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

    def font(self, f, default: Font = PLAIN) -> Font:
        """What a font or a rich text run's properties shows a text with (`default` for what they
        do not say)."""
        if f is None:
            return default
        sz, strike, bold = f.find(f"{MAIN}sz"), f.find(f"{MAIN}strike"), f.find(f"{MAIN}b")
        try:
            size = float(sz.get("val")) if sz is not None else default.size
        except (TypeError, ValueError):
            size = 0.0
        struck = default.struck if strike is None else strike.get("val") not in ("0", "false")
        bold = default.bold if bold is None else bold.get("val") not in ("0", "false")
        raised = f.find(f"{MAIN}vertAlign")
        shifted = default.shifted if raised is None else (raised.get("val") or "?").strip()
        return Font(size, self.colour(f.find(f"{MAIN}color"), default.colour), struck, bold, *self._face(f, default),
                    "" if shifted == "baseline" else shifted)

    def _face(self, f, default: Font) -> tuple[str, str]:
        """How wide the letters of a font (or a run's properties) are, and why it cannot be judged
        ("" when it can): its name (a run's `rFont`; what says none, its cell's font), and the
        theme's font (latin, and Vietnamese if named) that Excel shows instead for a scheme's font."""
        named = next((e for e in (f.find(f"{MAIN}name"), f.find(f"{MAIN}rFont")) if e is not None), None)
        scheme = f.find(f"{MAIN}scheme")
        charset = f.find(f"{MAIN}charset")
        if charset is not None and (charset.get("val") or "").strip() == _SYMBOL_CHARSET:
            return default.face, "chữ in bằng bảng mã ký hiệu (symbol, charset 2): có thể in thành ký hiệu"
        if named is None and scheme is None:
            return default.face, default.odd
        names = ([named.get("val") or ""] if named is not None else []) + \
            list(self.theme_fonts.get(scheme.get("val") if scheme is not None else "", ()))
        unknown = next((n for n in names if n.strip().casefold() not in FACES), None)
        if unknown is not None:
            return "wide", (f'chữ in bằng phông "{unknown[:40]}", phông phần mềm không dùng (phần mềm dùng Times New '
                            "Roman; Excel, LibreOffice lưu lại thêm Calibri, Arial, Cambria): có thể in thành ký hiệu, "
                            "hoặc rộng hơn ô")
        return widest(FACES[n.strip().casefold()] for n in names), ""

    def fill(self, f) -> str | None:
        """The background's colour, None for one the writer never uses (a pattern, a gradient) or
        a theme's colour not known here."""
        pattern = f.find(f"{MAIN}patternFill")
        if pattern is None:
            return None if len(f) else "FFFFFF"
        kind = pattern.get("patternType", "none")
        if kind == "none":
            return "FFFFFF"
        return self.colour(pattern.find(f"{MAIN}fgColor")) if kind == "solid" else None

    def alignment(self, style: str, turned: bool = False) -> str:
        """What the alignment of a cell of format `style` does to its text that the writer's never
        does, in a person's words ("" for nothing); `turned`: in a row the writer prints sideways."""
        k = int(style) if style.isdigit() else 0
        return self.aligned[k][turned] if k < len(self.aligned) else ""

    def wraps(self, style: str) -> bool:
        """Whether a cell of format `style` may wrap its text onto several lines."""
        k = int(style) if style.isdigit() else 0
        return self.wrapped[k] if k < len(self.wrapped) else False

    def shows_other(self, style: str) -> bool:
        """Whether a cell of format `style` shows its number format's text (the writer's `;;;"…"`)."""
        k = int(style) if style.isdigit() else 0
        return self.literal[k] if k < len(self.literal) else False

    def of(self, style: str) -> list[tuple[Font, str | None]]:
        """(font, background) pairs a cell of format `style` may be shown with."""
        k = int(style) if style.isdigit() else 0
        pairs = self.xfs[k] if k < len(self.xfs) else [("0", "0")]
        return [(self.fonts[int(f)] if f.isdigit() and int(f) < len(self.fonts) else PLAIN,
                 self.fills[int(b)] if b.isdigit() and int(b) < len(self.fills) else "FFFFFF") for f, b in pairs]


# A font's `vertAlign` the writer never writes (it writes none; `baseline` is the same), in a person's words.
_SHIFTED = {"superscript": "chữ chỉ số trên (superscript)", "subscript": "chữ chỉ số dưới (subscript)"}
SHOWN = 12  # the problems of a sheet `chitieu verify` names at most
MAX_INDENT = 2  # steps of indent (the writer uses none) before a figure may be pushed out of its cell


def _theme_colour(slot) -> str | None:
    """A theme's colour ("RRGGBB"), None for one not known here: a colour of another kind than
    the writers' (`srgbClr`, `sysClr` window or windowText) or changed by a transformation inside
    it (lumOff, tint, alpha…), which LibreOffice applies."""
    c = next(iter(slot), None)
    if c is None or len(c):
        return None
    if c.tag == f"{_DRAWING}srgbClr":
        rgb = c.get("val") or ""
    elif c.tag == f"{_DRAWING}sysClr":
        rgb = _SYSTEM.get(c.get("val") or "", "")
    else:
        return None
    return rgb.upper() if re.fullmatch(r"[0-9A-Fa-f]{6}", rgb) else None


def _theme_fonts(theme) -> dict[str, tuple[str, ...]]:
    """The fonts of the theme's "minor" and "major" font (latin, and Vietnamese if the theme names
    one), which Excel shows a font of that scheme in, whatever its own name."""
    found: dict[str, tuple[str, ...]] = {}
    scheme = next(theme.iter(f"{_DRAWING}fontScheme"), None) if theme is not None else None
    for kind in ("minor", "major"):
        box = scheme.find(f"{_DRAWING}{kind}Font") if scheme is not None else None
        if box is not None:
            found[kind] = tuple(e.get("typeface") or "" for e in box if e.tag == f"{_DRAWING}latin"
                                or (e.tag == f"{_DRAWING}font" and e.get("script") == "Viet"))
    return found


def _turned_problem(xf) -> str:
    """`_alignment_problem` in a row the writer prints sideways (90°, as "Dữ liệu"'s codes)."""
    a = xf.find(f"{MAIN}alignment")
    return _alignment_problem(xf, (a.get("textRotation") or "").strip() == "90" if a is not None else False)


def _alignment_problem(xf, turned_ok: bool = False) -> str:
    """How a cell format's alignment changes what its text shows: repeated to fill the cell ("45"
    printed "454545"), shrunk to fit it (to an unreadable size), turned, indented out of it."""
    a = xf.find(f"{MAIN}alignment")
    if a is None:
        return ""
    if a.get("horizontal") == "fill":
        return "chữ được lặp lại cho kín ô (căn lề kiểu fill), in ra khác số liệu"
    if a.get("shrinkToFit") in ("1", "true"):
        return "chữ tự thu nhỏ cho vừa ô (shrink to fit), có thể nhỏ đến không đọc được"
    turned = (a.get("textRotation") or "0").strip()
    if turned not in ("0", "") and not turned_ok:
        return f"chữ bị xoay ({turned[:6]}), phần mềm không xoay chữ"
    indent = (a.get("indent") or "0").strip()
    if not indent.isdigit() or int(indent) > MAX_INDENT:
        return f"chữ thụt lề {indent[:6]} bậc, có thể bị đẩy ra khỏi ô"
    return ""


def _luminance(rgb: str) -> float:
    lin = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in
           (int(rgb[k:k + 2], 16) / 255 for k in (0, 2, 4))]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@functools.lru_cache(maxsize=256)  # a sheet has a few colours and hundreds of cells
def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _runs(cell, shared: list) -> list[tuple]:
    """The rich text runs of a cell's text, inline or shared: (properties `rPr`, text)."""
    if cell.get("t") == "inlineStr":
        box = cell.find(f"{MAIN}is")
    elif cell.get("t") == "s":
        v = cell.find(f"{MAIN}v")
        k = int(v.text) if v is not None and (v.text or "").strip().isdigit() else -1
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
    merged = {first: (first, last) for first, last in merges}
    styles = CellStyles(sheet)
    judged: dict[tuple, tuple[str, float, bool, str, bool]] = {}
    low: set[int] = set()  # the rows said too low, once each
    for row in sheet.iter(f"{MAIN}row"):
        for c in row.iter(f"{MAIN}c"):
            place = place_of(c.get("r", ""))
            text = text_in(rows, place[0] - 1, place[1] - 1) if place else ""
            if not text or under_merge(place, merges):
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
            if r in low or columns.wrong:  # widths not known: the sheet is refused for them
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
