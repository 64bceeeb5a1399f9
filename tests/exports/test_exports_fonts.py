"""The report font: Times New Roman first, then a metric-compatible Liberation Serif (the
system's, else the bundled one), a wider DejaVu Serif only when the bundled files are
unusable; never a font without Vietnamese letters."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import reportlab
from pypdf import PdfReader

from exports.fonts import FontNotFound, bundled_dir, find_fonts, missing_vietnamese, register
from exports.report_pdf import write_report_pdf

BUNDLED = bundled_dir()
LIBERATION = {s: BUNDLED / f"LiberationSerif-{n}.ttf"
              for s, n in (("regular", "Regular"), ("bold", "Bold"), ("italic", "Italic"),
                           ("bold_italic", "BoldItalic"))}
VERA = Path(reportlab.__file__).parent / "fonts"  # Bitstream Vera: no Vietnamese letters


def _copy(files: dict, folder: Path, names: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for style, name in names.items():
        shutil.copy(files[style], folder / name)
    return folder


def test_bundled_liberation_serif_is_complete():
    """The committed fallback has every Vietnamese letter, and its licence is next to it."""
    for path in LIBERATION.values():
        assert missing_vietnamese(path) == ""
    assert (BUNDLED / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE")


def test_times_new_roman_is_preferred(tmp_path):
    """With Windows' times*.ttf in a fonts folder, Times New Roman is chosen."""
    folder = _copy(LIBERATION, tmp_path / "Windows" / "Fonts",
                   {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
                    "bold_italic": "timesbi.ttf"})
    _copy(LIBERATION, tmp_path / "other", {s: p.name for s, p in LIBERATION.items()})
    fonts = find_fonts([tmp_path / "other", folder], use_fc_list=False)
    assert fonts.family == "Times New Roman" and not fonts.bundled
    assert fonts.files["bold"].name == "timesbd.ttf"


def _fake_dejavu(folder: Path) -> Path:
    """Complete Vietnamese fonts under DejaVu Serif's file names (the real files are not on
    every machine; which family wins depends only on the names)."""
    return _copy(LIBERATION, folder, {"regular": "DejaVuSerif.ttf", "bold": "DejaVuSerif-Bold.ttf",
                                      "italic": "DejaVuSerif-Italic.ttf",
                                      "bold_italic": "DejaVuSerif-BoldItalic.ttf"})


def test_system_liberation_before_the_bundled_copy(tmp_path):
    """Without Times New Roman, an installed Liberation Serif is used (not the bundled copy)."""
    lib = _copy(LIBERATION, tmp_path / "lib", {s: p.name for s, p in LIBERATION.items()})
    fonts = find_fonts([lib], use_fc_list=False)
    assert fonts.family == "Liberation Serif" and not fonts.bundled


def test_bundled_liberation_before_a_wider_dejavu(tmp_path):
    """An installed DejaVu Serif (wider: "STT" would wrap in the table header) loses to the
    bundled, Times-compatible Liberation Serif."""
    fonts = find_fonts([_fake_dejavu(tmp_path / "dejavu")], use_fc_list=False)
    assert fonts.family == "Liberation Serif" and fonts.bundled


def test_dejavu_when_the_bundled_font_is_gone(tmp_path):
    """Bundled files missing (a damaged install): an installed DejaVu Serif still prints."""
    fonts = find_fonts([_fake_dejavu(tmp_path / "dejavu")], use_fc_list=False,
                       bundled=tmp_path / "no-bundle")
    assert fonts.family == "DejaVu Serif" and not fonts.bundled


def test_bundled_fallback_on_a_machine_without_fonts(tmp_path):
    """A fresh machine with no serif installed still gets the bundled Liberation Serif."""
    fonts = find_fonts([tmp_path / "nothing"], use_fc_list=False)
    assert fonts.bundled and fonts.family == "Liberation Serif"


def test_font_without_vietnamese_is_skipped(tmp_path):
    """A "times.ttf" that cannot print Vietnamese is passed over for the next candidate."""
    vera = {"regular": VERA / "Vera.ttf", "bold": VERA / "VeraBd.ttf", "italic": VERA / "VeraIt.ttf",
            "bold_italic": VERA / "VeraBI.ttf"}
    folder = _copy(vera, tmp_path / "fonts", {"regular": "times.ttf", "bold": "timesbd.ttf",
                                              "italic": "timesi.ttf", "bold_italic": "timesbi.ttf"})
    fonts = find_fonts([folder], use_fc_list=False)
    assert fonts.family == "Liberation Serif" and fonts.bundled


def test_clear_vietnamese_error_when_no_font_can_print_vietnamese(tmp_path):
    """No complete font anywhere: a Vietnamese error naming what was tried and what is missing."""
    vera = {"regular": VERA / "Vera.ttf", "bold": VERA / "VeraBd.ttf", "italic": VERA / "VeraIt.ttf",
            "bold_italic": VERA / "VeraBI.ttf"}
    bad_bundle = _copy(vera, tmp_path / "bundle", {s: p.name for s, p in LIBERATION.items()})
    with pytest.raises(FontNotFound) as err:
        find_fonts([tmp_path / "nothing"], use_fc_list=False, bundled=bad_bundle)
    message = err.value.message
    assert "Không tìm thấy phông chữ có đủ dấu tiếng Việt" in message
    assert "Times New Roman" in message and "thiếu" in message


def test_report_prints_with_the_bundled_font(commune_sub, tmp_path):
    """The bundled font alone produces a correct report with the font embedded."""
    fonts = register(find_fonts([tmp_path / "nothing"], use_fc_list=False))
    path = write_report_pdf(replace(commune_sub), tmp_path / "r.pdf", fonts=fonts)
    reader = PdfReader(str(path))
    text = " ".join(p.extract_text() for p in reader.pages)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    names = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert all("LiberationSerif" in n for n in names)
