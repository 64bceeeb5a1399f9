"""A figure typed in the wrong unit or with a slipped comma: warned, never refused (reviewer's case:
"Năm 2026" revenue 1.234.568 after 104.800 at 9 months, in the term's first year)."""
from desktop_app.core.checks import above_term_total, warnings_for

JUMP = ("Thay đổi bất thường so với 9 tháng năm 2026: 104.800 → 1.234.568 triệu đồng (gấp 11,8 lần); "
        "kiểm tra lại đơn vị tính.")


def test_a_year_ten_times_the_nine_months_is_warned_with_both_figures(workspace):
    """No same period last year in 2026: the 9 months' figure is what the year is compared with."""
    workspace.set_entry("2026-9M", "thu_ngan_sach", value="104.800")
    row = workspace.set_entry("2026", "thu_ngan_sach", value="1234568")
    found = warnings_for(workspace, row)
    assert found == [JUMP]
    assert found[0].en == ("Unusual change from 9 months of 2026: 104.800 → 1.234.568 million VND "
                           "(11,8 times as much); check the unit.")


def test_a_figure_in_nghin_dong_is_warned(workspace):
    """146.300.000 typed in nghìn đồng where the unit is triệu đồng."""
    workspace.set_entry("2026-9M", "thu_ngan_sach", value="104.800")
    row = workspace.set_entry("2026", "thu_ngan_sach", value="146.300.000")
    assert warnings_for(workspace, row)[0] == (
        "Thay đổi bất thường so với 9 tháng năm 2026: 104.800 → 146.300.000 triệu đồng (gấp 1.396 lần); "
        "kiểm tra lại đơn vị tính.")


def test_an_ordinary_year_after_nine_months_is_not_warned(workspace):
    """Twice the 9 months (a heavy last quarter) is ordinary revenue; 4× them is the edge
    (3 × 12/9), still silent; just above it is warned."""
    workspace.set_entry("2026-9M", "thu_ngan_sach", value="30.000")
    for typed in ("45.000", "60.000", "120.000"):
        row = workspace.set_entry("2026", "thu_ngan_sach", value=typed)
        assert warnings_for(workspace, row) == [], typed
    row = workspace.set_entry("2026", "thu_ngan_sach", value="120.001")
    assert warnings_for(workspace, row) == [
        ("Thay đổi bất thường so với 9 tháng năm 2026: 30.000 → 120.001 triệu đồng (gấp 4 lần); "
         "kiểm tra lại đơn vị tính.")]


def test_the_months_covered_scale_the_earlier_figure(workspace):
    """Quý I → 6 months: twice the months; 5× Quý I is silent, 7× is warned (above 3 × 2)."""
    workspace.set_entry("2026-Q1", "thu_ngan_sach", value="10.000")
    assert warnings_for(workspace, workspace.set_entry("2026-6M", "thu_ngan_sach", value="50.000")) == []
    row = workspace.set_entry("2026-6M", "thu_ngan_sach", value="70.000")
    assert warnings_for(workspace, row) == [
        ("Thay đổi bất thường so với quý I năm 2026: 10.000 → 70.000 triệu đồng (gấp 7 lần); "
         "kiểm tra lại đơn vị tính.")]


def test_a_rate_is_not_scaled_by_months(ward_workspace):
    """Urban waste treated: a rate of two running totals, 30% at 9 months then 95% for the year
    (a slow start) is no unit slip; nor is it "lower than earlier" when it falls."""
    ws = ward_workspace
    ws.set_entry("2026-9M", "rac_thai_do_thi", numerator="300", denominator="1000")
    row = ws.set_entry("2026", "rac_thai_do_thi", numerator="1900", denominator="2000")
    assert not any("đơn vị tính" in w for w in warnings_for(ws, row))
    ws.set_entry("2026-9M", "rac_thai_do_thi", numerator="960", denominator="1000")
    row = ws.set_entry("2026", "rac_thai_do_thi", numerator="1880", denominator="2000")
    assert not any("Lũy kế" in w for w in warnings_for(ws, row))


def test_a_count_is_not_scaled_by_months(workspace):
    """Road accidents: 1 case by Quý I, 20 for the year has no unit to mistype."""
    workspace.set_entry("2026-Q1", "tngt_so_vu", value="1", previous="2")
    row = workspace.set_entry("2026", "tngt_so_vu", value="20", previous="22")
    assert not any("đơn vị tính" in w for w in warnings_for(workspace, row))


def test_a_year_above_the_whole_terms_target_is_warned_with_nothing_to_compare(workspace):
    """In 2026 with no earlier period entered, one year's revenue above Tân Cương's five-year total
    (217.373 triệu đồng); below it, nothing."""
    row = workspace.set_entry("2026", "thu_ngan_sach", value="1234568")
    found = warnings_for(workspace, row)
    assert found == [
        ("Số liệu năm 2026 (1.234.568 triệu đồng) lớn hơn cả chỉ tiêu tổng giai đoạn 2026-2030 "
         "(217.373 triệu đồng); kiểm tra lại đơn vị tính.")]
    assert found[0].en == ("The figure of year 2026 (1.234.568 million VND) is larger than the target for the "
                           "whole 2026-2030 term (217.373 million VND); check the unit.")
    row = workspace.set_entry("2026", "thu_ngan_sach", value="104.800")
    assert above_term_total(row) is None
