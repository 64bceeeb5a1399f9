"""`chitieu verify` refuses a text shown as superscript or subscript (red-team 9, finding 4): a font
with `<vertAlign val="superscript"/>` on every font of styles.xml printed every cell of "Báo cáo" at
about 58 % of its size, raised (12 pt at about 7 pt, under the 10 pt the look checks ask), in a file
verify called intact. The writer writes no `vertAlign`; a cell's font, its cell style's and a rich
text run's (inline or shared) are judged alike; `baseline` is what a font without one shows."""
from __future__ import annotations

import pytest

from exports.submission_reader import verify_file
from tests.exports.test_report_shows_the_data import REPORT, STYLES
from tests.exports.test_resaved_by_libreoffice import RESAVED_APPROVED
from tests.exports.test_exports_xlsx import SAMPLE_V2
from tests.exports.test_sheets_print_every_line import XF8, _format
from tests.exports.test_sheets_show_what_was_signed import _forged, _intact_data_changed_look

G21 = '<c r="G21" s="8" t="inlineStr"><is><t>Không đạt</t></is>'  # the only "Không đạt"
SAID = {"superscript": "chữ chỉ số trên (superscript): in nhỏ còn khoảng 58% cỡ chữ, lệch khỏi dòng",
        "subscript": "chữ chỉ số dưới (subscript): in nhỏ còn khoảng 58% cỡ chữ, lệch khỏi dòng"}


def _font(align: str) -> str:
    return f'<font><name val="Times New Roman"/><sz val="12"/><vertAlign val="{align}"/></font>'


@pytest.mark.parametrize("align", ["superscript", "subscript"])
def test_a_verdict_in_a_raised_or_lowered_font_is_not_intact(tmp_path, align):
    path = _forged(tmp_path, *_format("G21", font=_font(align)))
    _intact_data_changed_look(path, f'trang "Báo cáo", ô G21 ("Không đạt"): {SAID[align]}')


def test_every_font_superscript_as_the_red_team_s_file_is_not_intact(tmp_path):
    path = _forged(tmp_path, (STYLES, "</font>", '<vertAlign val="superscript"/></font>'))
    _intact_data_changed_look(path, f'trang "Dữ liệu", ô A2 ("indicator"): {SAID["superscript"]}')


def test_a_rich_text_run_in_superscript_is_not_intact(tmp_path):
    run = ('<c r="G21" s="8" t="inlineStr"><is><r><rPr><rFont val="Times New Roman"/><sz val="12"/>'
           '<vertAlign val="superscript"/></rPr><t>Không đạt</t></r></is>')
    path = _forged(tmp_path, (REPORT, G21, run))
    _intact_data_changed_look(path, f'ô G21 ("Không đạt"): {SAID["superscript"]}')


def test_a_shared_string_s_run_in_subscript_is_not_intact(tmp_path):
    """LibreOffice saves the texts as shared strings: a run of one of them is judged as well."""
    name = '<si><t xml:space="preserve">XÃ TÂN CƯƠNG</t></si>'
    run = '<si><r><rPr><vertAlign val="subscript"/></rPr><t xml:space="preserve">XÃ TÂN CƯƠNG</t></r></si>'
    path = _forged(tmp_path, ("xl/sharedStrings.xml", name, run), src=RESAVED_APPROVED)
    _intact_data_changed_look(path, f'ô A2 ("XÃ TÂN CƯƠNG"): {SAID["subscript"]}')


def test_a_cell_style_s_superscript_font_is_not_intact(tmp_path):
    """G21's format takes its font from a cell style (applyFont="0") whose font is superscript."""
    xf = XF8.replace('fontId="4"', 'fontId="4" applyFont="0"').replace('xfId="0"', 'xfId="1"')
    path = _forged(tmp_path, (STYLES, "</fonts>", _font("superscript") + "</fonts>"),
                   (STYLES, '<fonts count="6">', '<fonts count="7">'),
                   (STYLES, '<cellStyleXfs count="1">', '<cellStyleXfs count="2">'),
                   (STYLES, "</cellStyleXfs>", '<xf numFmtId="0" fontId="6" fillId="0" borderId="0"/></cellStyleXfs>'),
                   (STYLES, '<cellXfs count="14">', '<cellXfs count="15">'), (STYLES, "</cellXfs>", xf + "</cellXfs>"),
                   (REPORT, '<c r="G21" s="8"', '<c r="G21" s="14"'))
    _intact_data_changed_look(path, f'ô G21 ("Không đạt"): {SAID["superscript"]}')


def test_a_position_not_known_is_not_intact(tmp_path):
    path = _forged(tmp_path, *_format("G21", font=_font("raised")))
    _intact_data_changed_look(path, 'ô G21 ("Không đạt"): vị trí chữ "raised" (vertAlign) không đọc được')


def test_a_run_back_on_the_baseline_and_a_baseline_font_are_read(tmp_path):
    """`baseline` prints as a font that says nothing: the verdict's font, and a run saying it."""
    baseline = _forged(tmp_path, *_format("G21", font=_font("baseline")))
    assert verify_file(baseline).ok, verify_file(baseline).message
    run = '<c r="G21" s="8" t="inlineStr"><is><r><rPr><vertAlign val="baseline"/></rPr><t>Không đạt</t></r></is>'
    in_run = _forged(tmp_path, (REPORT, G21, run))
    assert verify_file(in_run).ok, verify_file(in_run).message


@pytest.mark.parametrize("path", [SAMPLE_V2, RESAVED_APPROVED], ids=["as-written", "resaved-by-libreoffice"])
def test_the_files_unchanged_are_intact(path):
    assert verify_file(path).ok, verify_file(path).message
