"""A phonetic run (<rPh>) in a text of the file: the program writes none, and Excel or LibreOffice add
none when a unit only opens and saves its file. No reader takes it for the cell's value (calamine
reads the text beside it, so `chitieu verify` found such a file intact), but Excel shows it above a
cell marked ph="1": another figure over the signed one (red-team 19's lead). Refused, saying what it is."""
from __future__ import annotations

from desktop_app.core.intake import FileClass
from exports.submission_reader import examine, verify_file
from tests.province.test_parts_never_written import REPORT, _file, _swap

SIGNED = b'<c r="E10" s="8" t="inlineStr"><is><t>45.230</t></is></c>'


def test_a_phonetic_run_over_a_signed_figure_is_refused(tmp_path):
    run = b'<rPh sb="0" eb="6"><t>99.999</t></rPh><phoneticPr fontId="0" type="noConversion"/>'
    shown = b'<c r="E10" s="8" t="inlineStr" ph="1"><is><t>45.230</t>' + run + b"</is></c>"
    path = tmp_path / "xa.xlsx"
    path.write_bytes(_file([(REPORT, _swap(SIGNED, shown))], {}))
    result, sub = examine(path)
    assert sub is None and result.class_ == FileClass.TEP_HONG
    assert "có chữ chú âm (phonetic, phần xl/worksheets/sheet1.xml)" in result.reason
    verdict = verify_file(path)
    assert not verdict.ok and "chữ chú âm" in verdict.message


def test_the_cell_s_phonetic_mark_alone_is_read(tmp_path):
    """ph="1" or phoneticPr with no run shows nothing: a file Excel saved in an East Asian setting."""
    path = tmp_path / "xa.xlsx"
    plain = b'<c r="E10" s="8" t="inlineStr" ph="1"><is><t>45.230</t><phoneticPr fontId="0"/></is></c>'
    path.write_bytes(_file([(REPORT, _swap(SIGNED, plain))], {}))
    result, sub = examine(path)
    assert sub is not None, result.reason
