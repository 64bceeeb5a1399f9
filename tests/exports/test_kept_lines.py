"""The consolidated report's paragraphs that keep their lines (`exports.kept_lines`) print what a
plain paragraph prints, wherever and at whatever width they are asked again: the summary table
draws one paragraph in every cell of a column showing the same count."""
from reportlab.platypus import Paragraph

from exports.fonts import report_fonts
from exports.kept_lines import kept_cell
from exports.official_page import _p, _Styles

TEXT = "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2026 - 2030 (%) ≥ 3,2"


def _lines(p: Paragraph) -> list[list[str]]:
    """The words of each line (a plain text: reportlab's lines of one font, words listed)."""
    assert p.blPara.kind == 0
    return [words for _, words in p.blPara.lines]


def test_asked_at_each_width_in_turn_it_breaks_as_a_plain_paragraph():
    style = _Styles(report_fonts()).cell
    kept = kept_cell(TEXT, style)
    for width in (60, 400, 60, 60, 25, 400):
        plain = _p(TEXT, style)
        assert kept.wrap(width, 1000) == plain.wrap(width, 1000)
        assert (kept.width, kept.height) == (plain.width, plain.height)
        assert _lines(kept) == _lines(plain)


def test_too_narrow_a_width_then_a_wide_one():
    style = _Styles(report_fonts()).cell
    kept = kept_cell(TEXT, style)
    plain = _p(TEXT, style)
    assert kept.wrap(0, 1000) == plain.wrap(0, 1000)  # nothing fits: reportlab's answer, nothing kept
    assert kept.wrap(300, 1000) == plain.wrap(300, 1000)
    assert _lines(kept) == _lines(plain)
