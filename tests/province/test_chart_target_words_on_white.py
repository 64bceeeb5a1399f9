"""Walk h8, consolidated PDF, chart 8: "Chỉ tiêu ≥ 3,2", dark blue, was drawn straight over the blue
bars of units above the target, and could hardly be read. The words now stand on a white box,
drawn over the bars, whatever is under them."""
from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.shapes import Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop_app.core.charts import IndicatorChart, Placement, UnitPoint
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.evaluation import Verdict
from desktop_app.core.periods import parse_period
from desktop_app.resources import default_catalog
from exports.consolidated_charts import Bars, units_chart
from exports.fonts import report_fonts


def painted(shapes) -> list:
    """The drawing's shapes in the order they are painted, groups opened (none of these is moved)."""
    out = []
    for shape in shapes:
        if isinstance(shape, Group):
            assert shape.transform == (1, 0, 0, 1, 0, 0)
            out += painted(shape.contents)
        else:
            out.append(shape)
    return out


def test_the_common_targets_words_are_on_white_over_the_bars():
    catalog = default_catalog()
    points = [UnitPoint(k, c.code, c.name, Placement.PLOTTED, ReportStatus.DA_NHAN, Decimal("3.5"), "3,5",
                        Verdict.DANG_THUC_HIEN, Decimal("3.2"), "≥ 3,2") for k, c in enumerate(catalog.communes[:12])]
    chart = IndicatorChart(catalog.indicator("ket_nap_dang_vien"), parse_period("2026-6M"), points, [], True,
                           Decimal("3.2"))
    f = report_fonts()
    shapes = painted(units_chart(chart, f, 714, 260).contents)
    words = next(k for k, s in enumerate(shapes) if isinstance(s, String) and s.text == "Chỉ tiêu ≥ 3,2")
    label = shapes[words]
    left, right = label.x - stringWidth(label.text, label.fontName, label.fontSize), label.x  # ends at x
    bottom, top = label.y - 0.2 * label.fontSize, label.y + label.fontSize  # descenders, accents over capitals
    bars = [(x, y, w, h) for s in shapes[:words] if isinstance(s, Bars) for x, y, w, h in s.rects]
    assert any(x < right and x + w > left and y < top and y + h > bottom for x, y, w, h in bars)  # over a bar

    under = [s for s in shapes[:words] if isinstance(s, Rect) and s.fillColor == colors.white
             and s.x <= left and s.x + s.width >= right and s.y <= bottom and s.y + s.height >= top]
    assert under, "no white box under the target's words"
    last_bars = max(k for k, s in enumerate(shapes) if isinstance(s, Bars))
    assert shapes.index(under[-1]) > last_bars  # painted over the bars
