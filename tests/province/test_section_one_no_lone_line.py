"""Walk 23, L3: the consolidated report's list of 86 units not sent, parted at the foot of page 1,
left its last line alone on page 2 ("Minh, Xã Bằng Thành, Xã Cao Minh, Xã Nghiên Loan."), then
section II began on page 3. A line of section I parted across pages now leaves two of its lines at
least on the next page."""
from __future__ import annotations

from reportlab.platypus import Paragraph

from exports.consolidated_pdf import PAGE, _completeness_story
from exports.fonts import report_fonts
from exports.official_page import MARGIN_LEFT, MARGIN_RIGHT, _Styles
from tests.province.conftest import PERIOD, REPORT_DATE


def test_the_list_of_units_not_sent_never_leaves_one_line_on_the_next_page(office):
    con = office.consolidation(PERIOD)  # nothing received: 92 units not sent, named in one line
    s = _Styles(report_fonts())
    width = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
    [names] = [p for p in _completeness_story(con, REPORT_DATE, s, None)
               if isinstance(p, Paragraph) and "Chưa gửi" in p.getPlainText()]
    _, height = names.wrap(width, 10_000)
    lines = len(names.blPara.lines)
    assert lines >= 5
    leading = names.style.leading
    for room in range(2, lines):  # room for `room` lines at the foot of the page
        parts = names.split(width, room * leading + 1)
        assert parts, room
        rest = parts[-1]
        rest.wrap(width, 10_000)
        assert len(rest.blPara.lines) >= 2, room
