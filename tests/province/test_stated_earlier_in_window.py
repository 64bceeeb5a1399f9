"""The window's Tổng hợp chỉ tiêu says, under a running total, which units' earlier years only their files
state (walk U21 F6): the paper and the workbook said it, the window, where a reviewer reads the total first,
did not. Held years: no such line."""
from __future__ import annotations

from desktop_app.core.periods import Period
from tests.province.test_term_end_consolidation_says import _send, unit  # noqa: F401 (the fixture)
from ui import i18n
from ui.province_consolidation import SummaryModel

LINE = ("gồm 1 đơn vị (tất cả) có các năm trước theo số đơn vị ghi trong tệp: tỉnh chưa nhận báo cáo các năm đó, "
        "chưa kiểm tra được")


def _total_lines(office) -> list[str]:
    con = office.consolidation("2030")
    model = SummaryModel()
    model.period = Period(2030, "Y")
    return model.total_lines(con.summaries["thu_ngan_sach"])


def test_the_total_says_the_earlier_years_are_the_files_own(qtbot, unit):  # noqa: F811
    ws, office, inbox = unit
    for period in ("2026", "2027", "2028", "2029"):  # approved, never sent
        ws.complete(period)
        ws.approve(period)
    _send(ws, office, inbox, "2030")
    lines = _total_lines(office)
    assert lines[0].startswith("250.000 (") and lines[-1] == LINE, lines
    i18n.install_language(i18n.ENGLISH)
    try:
        assert _total_lines(office)[-1] == ("all 1 unit(s) with the earlier years as their files state them: "
                                            "reports of those years not received, not checked")
    finally:
        i18n.install_language(i18n.VIETNAMESE)


def test_no_line_when_the_province_holds_the_years(qtbot, unit):  # noqa: F811
    ws, office, inbox = unit
    for period in ("2026", "2027", "2028", "2029", "2030"):
        _send(ws, office, inbox, period)
    assert not any("ghi trong tệp" in line for line in _total_lines(office))
