"""The colours of the province's charts, one palette for the window's "Biểu đồ" tab and the
consolidated PDF: a reviewer who reads "blue = Đang thực hiện" on paper reads it on screen too.

The overview's two charts side by side (shares by verdict, units by report status) share no
colour (walk 12: the same amber read "Trễ hạn" on one and "Đang thực hiện" on the other), and
the parts one column stacks differ in grey as well, for a report printed in black and white:
verdicts bottom up green (luma 165), blue (115), dark red (74), then the units judged on nothing
in greys, "Khác" dark (138), "Có báo cáo, chưa nhập số liệu" light (187), "Chưa báo cáo" lighter
(214); statuses dark green (93), amber (181), brown (118), purple (65), orange (135), pink (146),
and "Chưa gửi" empty, an outlined white part. Hex strings: reportlab and Qt both take them.
"""
from __future__ import annotations

from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.evaluation import Verdict

VERDICT_COLOURS = {Verdict.VUOT: "#2e7d32", Verdict.DAT: "#8bc34a", Verdict.KHONG_DAT: "#b71c1c",
                   Verdict.DANG_THUC_HIEN: "#1e88e5"}
# "Khác": a verdict that is no judgement (no target, not enough data), a bar's and a part's. The
# three greys were one, #cfd8dc, a part "Chưa báo cáo, khác" until 2026.12.
OTHER_COLOUR = "#78909c"
NOT_ENTERED_COLOUR = "#b0bec5"  # a counted report leaving the indicator empty ("Chưa nhập")
NOT_REPORTED_COLOUR = "#cfd8dc"  # no counted report ("Chưa báo cáo")
EMPTY = "#ffffff"  # a part drawn empty, outlined (`OUTLINE`): nothing received
OUTLINE = "#607d8b"
STATUS_COLOURS = {ReportStatus.DA_NHAN: "#2e7d32", ReportStatus.TRE_HAN: "#ffb300", ReportStatus.DU_THAO: "#8d6e63",
                  ReportStatus.CHUA_KY: "#6a1b9a", ReportStatus.CHO_DOI_CHIEU: "#ef6c00",
                  ReportStatus.BI_TU_CHOI: "#f06292",
                  ReportStatus.CHUA_GUI: EMPTY}
TARGET_COLOUR = "#1a237e"  # navy: no verdict's colour, so the target line never reads as a result
DARK_PARTS = {VERDICT_COLOURS[Verdict.VUOT], VERDICT_COLOURS[Verdict.KHONG_DAT],
              VERDICT_COLOURS[Verdict.DANG_THUC_HIEN], STATUS_COLOURS[ReportStatus.DA_NHAN],
              STATUS_COLOURS[ReportStatus.CHUA_KY]}


def verdict_colour(verdict: Verdict) -> str:
    """A unit's bar: its verdict's colour, grey for a verdict that judges nothing."""
    return VERDICT_COLOURS.get(verdict, OTHER_COLOUR)


def text_colour(fill: str) -> str:
    """The colour of a figure written inside a part of `fill`: white on the dark ones."""
    return "#ffffff" if fill in DARK_PARTS else "#000000"
