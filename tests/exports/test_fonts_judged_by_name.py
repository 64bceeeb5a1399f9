"""`chitieu verify` judges the font a text prints in by its name (red-team 8): "Không đạt" in
Dingbats (Wingdings on Windows) printed "✲✳▪■◆ đạ▼", and in Courier New (Liberation Mono) at the
writer's 12 pt in a row the Times reckoning found tall enough for it, printed half cut, in files
verify called intact. A text is read in the fonts the writer and a spreadsheet program saving the
file again write (Times New Roman, Calibri, Arial, Cambria, and those of the same widths), its
lines reckoned with widths no narrower than the font's; any other font, the symbol character set,
a theme's font Excel shows instead of the name, a rich text run's font, are judged alike."""
from __future__ import annotations

import pytest

from exports.submission_reader import verify_file
from tests.exports.test_report_shows_the_data import REPORT
from tests.exports.test_sheets_print_every_line import _format
from tests.exports.test_sheets_show_what_was_signed import (
    _forged,
    _intact_data_changed_look,
)

THEME = "xl/theme/theme1.xml"
G21 = '<c r="G21" s="8" t="inlineStr"><is><t>Không đạt</t></is>'  # the only "Không đạt"
NOT_OURS = "phông phần mềm không dùng"


def _font(name: str, extra: str = "", bold: bool = False) -> str:
    return f'<font><name val="{name}"/>{"<b/>" if bold else ""}<sz val="12"/>{extra}</font>'


@pytest.mark.parametrize("name", ["D050000L", "Wingdings", "Webdings", "Symbol"])
def test_a_verdict_in_a_symbol_font_is_not_intact(tmp_path, name):
    path = _forged(tmp_path, *_format("G21", font=_font(name)))
    _intact_data_changed_look(path, f'trang "Báo cáo", ô G21 ("Không đạt"): chữ in bằng phông "{name}", {NOT_OURS}')


def test_the_symbol_character_set_is_not_intact(tmp_path):
    path = _forged(tmp_path, *_format("G21", font=_font("Times New Roman", '<charset val="2"/>')))
    _intact_data_changed_look(path, 'ô G21 ("Không đạt"): chữ in bằng bảng mã ký hiệu')


@pytest.mark.parametrize("name", ["Courier New", "Liberation Mono", "DejaVu Sans", "Verdana"])
def test_a_wide_font_the_times_reckoning_found_room_for_is_not_intact(tmp_path, name):
    """The review's G14 at the writer's 12 pt bold, aligned to the top, its row lowered to 34,5 pt:
    three lines of Times; LibreOffice wrapped Liberation Mono to five and cut "xã: Không đạt"."""
    path = _forged(tmp_path, *_format("G14", font=_font(name, bold=True), vertical="top"),
                   (REPORT, '<row r="14" ht="50"', '<row r="14" ht="34.5"'))
    _intact_data_changed_look(path, f'ô G14 ("Đang thực hiện Theo chỉ tiêu x"): chữ in bằng phông "{name}"')


def test_a_font_of_the_same_name_in_a_run_is_judged(tmp_path):
    run = '<c r="G21" s="8" t="inlineStr"><is><r><rPr><rFont val="Wingdings"/></rPr><t>Không đạt</t></r></is>'
    path = _forged(tmp_path, (REPORT, G21, run))
    _intact_data_changed_look(path, f'ô G21 ("Không đạt"): chữ in bằng phông "Wingdings", {NOT_OURS}')


def test_the_theme_s_font_excel_shows_instead_of_the_name_is_judged(tmp_path):
    """The workbook's font 0 (Calibri, the theme's minor font: "Dữ liệu" and "Thông tin" are in it)
    is shown by Excel in whatever the theme names."""
    path = _forged(tmp_path, (THEME, '<a:minorFont>\n        <a:latin typeface="Calibri"/>',
                              '<a:minorFont>\n        <a:latin typeface="Wingdings"/>'))
    _intact_data_changed_look(path, f'chữ in bằng phông "Wingdings", {NOT_OURS}')


def test_arial_is_reckoned_with_its_own_widths(tmp_path):
    """Arial's letters are wider than Times': G14 takes a fourth line, which 34,5 pt do not hold."""
    times = _forged(tmp_path, *_format("G14", font=_font("Times New Roman", bold=True), vertical="top"),
                    (REPORT, '<row r="14" ht="50"', '<row r="14" ht="34.5"'))
    assert verify_file(times).ok, verify_file(times).message
    arial = _forged(tmp_path, *_format("G14", font=_font("Arial", bold=True), vertical="top"),
                    (REPORT, '<row r="14" ht="50"', '<row r="14" ht="34.5"'))
    _intact_data_changed_look(arial, 'trang "Báo cáo": dòng 14 cao 34,5 pt, không đủ cho 4 dòng chữ cỡ 12 của ô G14')


@pytest.mark.parametrize("name", ["Times New Roman", "Liberation Serif", "Arial", "Liberation Sans", "Calibri", "Cambria"])
def test_the_fonts_writers_write_are_read(tmp_path, name):
    """On the only verdict, in its row as written (LibreOffice's re-saves: test_resaved_by_libreoffice)."""
    path = _forged(tmp_path, *_format("G21", font=_font(name)))
    assert verify_file(path).ok, verify_file(path).message
