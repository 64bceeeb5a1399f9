"""A province-wide figure prints the indicator's decimals, its trailing zero kept (walk 15, L7):
the window's and the PDF's "Toàn tỉnh" (`IndicatorSummary.total_text`) read "67,1 (tỷ lệ chung)"
among "68,77" and "66,91" for a rate the catalogue gives 2 decimals; the workbook's number format
printed "67,10"."""
from __future__ import annotations

from decimal import Decimal

from desktop_app.core.consolidation import IndicatorSummary
from desktop_app.resources import default_catalog


def _total(code: str, value: str) -> str:
    ind = default_catalog().indicator(code)
    return IndicatorSummary(ind, 92, {}, Decimal(value), "Tỷ lệ chung").total_text


def test_a_rate_keeps_its_two_decimals():
    assert _total("nuoc_sach_nong_thon", "67.10") == "67,10"
    assert _total("nuoc_sach_nong_thon", "67") == "67,00"
    assert _total("bhyt", "68.77") == "68,77"
    assert _total("giam_ngheo", "1.034") == "1,03"


def test_a_whole_amount_stays_whole():
    assert _total("thu_ngan_sach", "443906") == "443.906"
    assert _total("thu_ngan_sach", "1234567.4") == "1.234.567"
