"""Which serif font the report is printed in.

Decree 30/2020 asks for Times New Roman. Every Windows laptop has it; elsewhere a system
Liberation Serif (metric-compatible with Times: the same line breaks and column widths) is
used, then the Liberation Serif committed under `resources/fonts/`, so a fresh machine still
prints the same report. A system DejaVu Serif comes only after the bundled font (should
its files be missing or damaged): it has every Vietnamese letter but is about 15 % wider, so
table headers such as "STT" would wrap. A candidate is only taken if it really has every
Vietnamese letter; otherwise the next one is tried, and when none has them the error says so
in Vietnamese.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.errors import ChiTieuError
from desktop_app.core.resources import resource_path

STYLES = ("regular", "bold", "italic", "bold_italic")

# Every precomposed letter Vietnamese text uses (NFC), upper and lower case.
VIETNAMESE_LETTERS = (
    "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư"
    + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
    + "≥≤"  # the targets' comparators ("≥ 3,2")
    + "\u00a0"  # the no-break space that holds a comparator to its number (exports.report_pdf)
)

# family -> style -> file names as shipped by Windows, msttcorefonts, macOS, distributions.
CANDIDATES: tuple[tuple[str, dict[str, tuple[str, ...]]], ...] = (
    ("Times New Roman", {
        "regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf", "TimesNewRoman.ttf"),
        "bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf",
                 "TimesNewRomanBold.ttf", "TimesNewRoman-Bold.ttf"),
        "italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf",
                   "TimesNewRomanItalic.ttf", "TimesNewRoman-Italic.ttf"),
        "bold_italic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf",
                        "Times New Roman Bold Italic.ttf", "TimesNewRomanBoldItalic.ttf",
                        "TimesNewRoman-BoldItalic.ttf"),
    }),
    ("Liberation Serif", {
        "regular": ("LiberationSerif-Regular.ttf",),
        "bold": ("LiberationSerif-Bold.ttf",),
        "italic": ("LiberationSerif-Italic.ttf",),
        "bold_italic": ("LiberationSerif-BoldItalic.ttf",),
    }),
)
BUNDLED_FAMILY = "Liberation Serif"
# Tried after the bundled font: complete, but not metric-compatible with Times.
WIDER_CANDIDATES: tuple[tuple[str, dict[str, tuple[str, ...]]], ...] = (
    ("DejaVu Serif", {
        "regular": ("DejaVuSerif.ttf",),
        "bold": ("DejaVuSerif-Bold.ttf",),
        "italic": ("DejaVuSerif-Italic.ttf",),
        "bold_italic": ("DejaVuSerif-BoldItalic.ttf",),
    }),
)


class FontNotFound(ChiTieuError):
    """No installed or bundled font can print Vietnamese."""


@dataclass(frozen=True)
class FontSet:
    family: str  # "Times New Roman"
    files: dict  # style -> Path
    bundled: bool = False
    # reportlab names, after register()
    regular: str = ""
    bold: str = ""
    italic: str = ""
    bold_italic: str = ""


def system_font_dirs() -> list[Path]:
    """Folders where fonts are installed, most specific first."""
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts/Supplemental"), Path("/Library/Fonts"),
                 Path.home() / "Library" / "Fonts", Path("/System/Library/Fonts")]
    else:
        dirs += [Path.home() / ".local" / "share" / "fonts", Path.home() / ".fonts",
                 Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return dirs


def _fc_list_files() -> list[Path]:
    exe = shutil.which("fc-list")
    if not exe:
        return []
    try:
        out = subprocess.run([exe, "--format", "%{file}\n"], capture_output=True, text=True,
                             timeout=10, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line) for line in out.splitlines() if line.strip()]


def _index(dirs: list[Path], use_fc_list: bool) -> dict[str, Path]:
    """Lower-case file name -> first path found."""
    paths = _fc_list_files() if use_fc_list else []
    for d in dirs:
        if not d.is_dir():
            continue
        try:
            if d.name.lower() == "fonts" and d.parent.name.lower() == "windows":
                paths += [d / n for n in os.listdir(d)]  # flat and large: no recursion
            else:
                paths += [Path(root) / n for root, _, names in os.walk(d) for n in names]
        except OSError:
            continue
    found: dict[str, Path] = {}
    for p in paths:
        if p.suffix.lower() == ".ttf":
            found.setdefault(p.name.lower(), p)
    return found


_lock = threading.Lock()
_parsed: dict[str, object] = {}  # path -> reportlab TTFont: a file is parsed once, checked and registered


def _font(path: Path):
    from reportlab.pdfbase.ttfonts import TTFont

    key = str(path)
    with _lock:
        if key not in _parsed:
            _parsed[key] = TTFont(f"ChiTieu-{len(_parsed)}", key)
        return _parsed[key]


def missing_vietnamese(path: Path) -> str:
    """The Vietnamese letters the font file has no glyph for ("" when complete)."""
    have = _font(path).face.charToGlyph
    return "".join(c for c in VIETNAMESE_LETTERS if ord(c) not in have)


def bundled_dir() -> Path:
    return resource_path("fonts")


def find_fonts(dirs: list[Path] | None = None, *, use_fc_list: bool = True,
               bundled: Path | None = None) -> FontSet:
    """The first usable family with all four styles and every Vietnamese letter: Times New
    Roman, a system Liberation Serif, the bundled Liberation Serif, a system DejaVu Serif."""
    index = _index(system_font_dirs() if dirs is None else dirs, use_fc_list)
    tried: list[str] = []
    found = _first_installed(CANDIDATES, index, tried)
    if found:
        return found
    folder = bundled if bundled is not None else bundled_dir()
    names = dict(CANDIDATES)[BUNDLED_FAMILY]
    files = {style: folder / names[style][0] for style in STYLES}
    absent = [p.name for p in files.values() if not p.is_file()]
    if absent:
        tried.append(f"{BUNDLED_FAMILY} kèm theo phần mềm (thiếu tệp {', '.join(absent)} trong {folder})")
    else:
        problem = _check(files)
        if not problem:
            return FontSet(BUNDLED_FAMILY, files, bundled=True)
        tried.append(f"{BUNDLED_FAMILY} kèm theo phần mềm ({problem})")
    found = _first_installed(WIDER_CANDIDATES, index, tried)
    if found:
        return found
    raise FontNotFound(
        "Không tìm thấy phông chữ có đủ dấu tiếng Việt để in báo cáo. Hãy cài phông Times New Roman "
        "(hoặc Liberation Serif, DejaVu Serif) rồi xuất lại. Đã thử: "
        + ("; ".join(tried) if tried else "không có phông nào") + ".",
        field="Phông chữ",
        # What was tried is listed as the Vietnamese says it: font names, and why each failed.
        en="No font with all the Vietnamese diacritics was found to print the report. Install Times New "
           "Roman (or Liberation Serif, DejaVu Serif) and export again. Tried: "
           + ("; ".join(tried) if tried else "no font at all") + ".",
    )


def _first_installed(candidates, index: dict[str, Path], tried: list[str]) -> FontSet | None:
    for family, styles in candidates:
        files = {}
        for style, names in styles.items():
            hit = next((index[n.lower()] for n in names if n.lower() in index), None)
            if hit is None:
                break
            files[style] = hit
        if len(files) < len(STYLES):
            continue
        problem = _check(files)
        if problem:
            tried.append(f"{family} ({problem})")
            continue
        return FontSet(family, files)
    return None


def _check(files: dict) -> str:
    for style, path in files.items():
        try:
            missing = missing_vietnamese(path)
        except Exception as err:  # unreadable or not a TrueType file
            return f"không đọc được tệp {Path(path).name}: {err}"
        if missing:
            shown = missing[:12] + ("…" if len(missing) > 12 else "")
            return f"tệp {Path(path).name} thiếu {len(missing)} chữ tiếng Việt, ví dụ {shown}"
    return ""


_registered: dict[tuple, FontSet] = {}


def register(fonts: FontSet) -> FontSet:
    """Register the four styles with reportlab (once per file set) and map
    <b>/<i> in paragraphs to them; returns the set with reportlab names filled in."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    key = tuple(str(fonts.files[s]) for s in STYLES)
    faces = {s: _font(fonts.files[s]) for s in STYLES}
    with _lock:
        if key in _registered:
            return _registered[key]
        names = {s: faces[s].fontName for s in STYLES}
        for s in STYLES:
            pdfmetrics.registerFont(faces[s])
        for bold, italic, style in ((0, 0, "regular"), (1, 0, "bold"), (0, 1, "italic"), (1, 1, "bold_italic")):
            addMapping(names["regular"], bold, italic, names[style])
        done = FontSet(fonts.family, fonts.files, fonts.bundled, **names)
        _registered[key] = done
        return done


_default: FontSet | None = None


def report_fonts() -> FontSet:
    """The resolved and registered report fonts of this machine (looked up once)."""
    global _default
    if _default is None:
        _default = register(find_fonts())
    return _default
