"""What a cell format of a submission's styles part shows a text with (`Look`): each font's size,
colour, name (`FACES`: how wide its letters are), whether struck through, bold or raised; each
background; each alignment the writer never uses, colours resolved through the workbook's palette
and theme. Read by `exports.report_look`, which judges whether a person can read the sheets."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from exports.sheet_cells import MAIN

_THEME = ("FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5",
          "70AD47", "0563C1", "954F72")  # Office's theme, Excel's order (lt1, dk1, lt2, dk2, …)
_DRAWING = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# A theme's system colours (sysClr) as a computer as it comes draws them, whatever colour the
# computer that saved the file had (`lastClr`, which a file may state falsely: a "window" white
# text stated black, which LibreOffice drew white); any other system colour is the computer's own,
# not known here.
_SYSTEM = {"window": "FFFFFF", "windowText": "000000"}
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
        fonts = listed("fonts")
        self.fonts = [self.font(f) for f in fonts]
        self.widths_font = _widths_fonts(fonts, listed("cellStyleXfs"), listed("cellStyles"))
        self.fills = [self.fill(f) for f in listed("fills")]
        styled = listed("cellStyleXfs")
        # made once: a set made again for each cell format took 26 s for 32.000 of each (red-team lookred)
        general = {f.get("numFmtId") for f in listed("numFmts") if (f.get("formatCode") or "").lower() == "general"}
        general.add("0")
        self.xfs, self.aligned, self.wrapped, self.literal, self.indents = [], [], [], [], []
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
            aligns = [a for a in (x.find(f"{MAIN}alignment") for x in own) if a is not None]
            self.wrapped.append(any(a.get("wrapText") in ("1", "true") for a in aligns))
            self.indents.append(max((int(i) for i in ((a.get("indent") or "0").strip() for a in aligns)
                                     if i.isdigit() and len(i) < 4), default=0))
            formats = [xf] + ([styled[int(base)]] if base.isdigit() and int(base) < len(styled)
                              and xf.get("applyNumberFormat") in ("0", "false") else [])
            self.literal.append(any(x.get("numFmtId", "0") not in general for x in formats))

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

    def indent(self, style: str) -> int:
        """The steps a cell of format `style` indents its text (one judged too many, 0: refused
        by `alignment`)."""
        k = int(style) if style.isdigit() else 0
        return self.indents[k] if k < len(self.indents) else 0

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


# readingOrder: 0 as the text's letters say, 1 left to right (the writer writes none: 0); 2 right to left
_READING_ORDERS = ("0", "1")
MAX_INDENT = 2  # steps of indent (the writer uses none) before a figure may be pushed out of its cell


def _widths_fonts(fonts: list, styled: list, named: list) -> list[tuple[str, object]]:
    """The fonts whose digits a spreadsheet program counts the columns' widths in, each with
    where the file states it: the Normal cell style's (the cell style `builtinId` 0, else the first
    cell style format: LibreOffice's and Excel's default font), and the first font (which some
    programs take for it). The font element, None where the file states none."""
    def font_of(xf):
        k = (xf.get("fontId") or "0").strip() if xf is not None else ""
        return fonts[int(k)] if k.isdigit() and int(k) < len(fonts) else None
    normal = next((s for s in named if (s.get("builtinId") or "").strip() == "0"), None)
    k = (normal.get("xfId") or "0").strip() if normal is not None else "0"
    out = [("kiểu ô mặc định Normal", font_of(styled[int(k)] if k.isdigit() and int(k) < len(styled) else None))]
    if styled and normal is not None and k != "0":
        out.append(("kiểu ô đầu tiên", font_of(styled[0])))
    return out + [("phông đầu tiên của tệp", fonts[0] if fonts else None)]


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
    printed "454545"), shrunk to fit it (to an unreadable size), turned, indented out of it,
    written right to left (`readingOrder` 2: "−1,56" printed "1,56−", red-team R26 F3)."""
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
    order = (a.get("readingOrder") or "0").strip()
    if order not in _READING_ORDERS:
        return (f"chữ viết từ phải sang trái (readingOrder {order[:6]}): số âm \"−1,56\" in thành \"1,56−\" "
                "(phần mềm viết từ trái sang phải)")
    return ""


def _luminance(rgb: str) -> float:
    lin = [(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4) for v in
           (int(rgb[k:k + 2], 16) / 255 for k in (0, 2, 4))]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@functools.lru_cache(maxsize=256)  # a sheet has a few colours and hundreds of cells
def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
