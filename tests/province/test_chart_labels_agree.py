"""The consolidated PDF's "Qua các kỳ trong năm" chart writes each figure where the height it
measures is (walk-through 6, hi-04.png: a column drawn full height, every unit "Đang thực hiện",
under the label "0%", the share met): each part of a column carries its share of the units
inside it, and nothing stands over a column."""
from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Rect, String

from desktop_app.core.charts import met_share_over_periods
from desktop_app.core.numbers import format_number
from exports.consolidated_charts import periods_chart
from exports.fonts import report_fonts
from tests.province.conftest import PERIOD

PLOT = (34, 14, 300 - 38, 118 - 28)  # periods_chart's plot box (x, y, w, h) in a 300 x 118 drawing


def test_each_share_is_written_inside_the_part_it_measures(received):
    office, _ = received
    con = office.consolidation(PERIOD)
    x0, y0, _, h = PLOT
    labelled = 0
    for ind in con.assigned:
        shares = met_share_over_periods([con], ind.code)
        if not shares[0].due:
            continue
        d = periods_chart(shares, report_fonts(), 300, 118)
        parts = [r for r in d.contents if isinstance(r, Rect)]
        texts = [t for t in d.contents if isinstance(t, String) and t.x > x0 and t.y > y0 - 2]
        assert parts and not [t.text for t in texts if t.y > y0 + h], ind.code  # nothing over a column
        for t in texts:
            part = next(r for r in parts if r.x <= t.x <= r.x + r.width and r.y <= t.y <= r.y + r.height)
            assert t.text == format_number(Decimal(str(part.height / h * 100)), 1) + "%", (ind.code, t.text)
            labelled += 1
        # the shares written add up to the column's units (a part too low for its words is not written)
        s = shares[0]
        in_progress = format_number(Decimal(100 * s.counts["Đang thực hiện"]) / s.applicable, 1) + "%"
        assert s.counts["Đang thực hiện"] < s.applicable * 0.12 or in_progress in [t.text for t in texts], ind.code
    assert labelled
