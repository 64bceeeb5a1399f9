"""A figure that is an indicator's result itself (the budget, a growth rate) is taken at the
precision the catalogue gives the result, no finer: what was typed is what the window, the paper
the leader approves, the file and the province's total show (walk 18, F1: 1.234,5 triệu đồng was
accepted, and printed, sent and summed as 1.235, nobody told). A figure with more decimals is
refused when typed, in the window, pasted or by `chitieu set`; a database or a file of a version
that let one through still opens, and is counted as that version's report printed it, said so."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop_app.core.errors import InvalidInput
from desktop_app.core.evaluation import Entry
from desktop_app.core.recompute import check_values, recompute
from desktop_app.core.rows import rounded_on_report
from desktop_app.data_entry import _row_from_entry
from tests.core.test_cli import chitieu, cli_dir  # noqa: F401  (fixtures)

BUDGET = "Thu ngân sách lũy kế từ đầu năm"
GROWTH = "Tốc độ tăng giá trị sản phẩm trên địa bàn"


@pytest.mark.parametrize("code, typed, said, said_en", [
    ("thu_ngan_sach", "1.234,5",
     f"{BUDGET}: tính đến đơn vị triệu đồng, không có phần lẻ: gõ 1.234 hoặc 1.235.",
     "Budget revenue, cumulative since the start of the year: counted in whole million VND, without a "
     "fraction: type 1234 or 1235."),  # "1.234": a decimal to an English reader (walk U14 F9b)
    ("thu_tien_su_dung_dat", "12.345,67",
     "Thu tiền sử dụng đất lũy kế từ đầu năm: tính đến đơn vị triệu đồng, không có phần lẻ: gõ 12.345 hoặc 12.346.",
     "Land-use fee revenue, cumulative since the start of the year: counted in whole million VND, without a "
     "fraction: type 12345 or 12346."),
    ("thu_ngan_sach", "1234.5",  # typed the English way (walk U14 F9b: told "type 1.234 or 1.235" in English)
     f"{BUDGET}: tính đến đơn vị triệu đồng, không có phần lẻ: gõ 1.234 hoặc 1.235.",
     "Budget revenue, cumulative since the start of the year: counted in whole million VND, without a "
     "fraction: type 1234 or 1235."),
    ("tang_gia_tri_san_pham", "5,1234",
     f"{GROWTH}: tính đến 2 chữ số thập phân: gõ 5,12 hoặc 5,13.",
     "Growth of the value of products in the unit: at most 2 decimal places: type 5,12 or 5,13."),
    ("tang_gia_tri_san_pham", "-0,125",
     f"{GROWTH}: tính đến 2 chữ số thập phân: gõ -0,13 hoặc -0,12.",
     "Growth of the value of products in the unit: at most 2 decimal places: type -0,13 or -0,12."),
])
def test_a_figure_finer_than_its_result_is_refused_naming_the_field_and_what_to_type(workspace, code, typed,
                                                                                      said, said_en):
    workspace.set_entry("2026", code, value="7")
    with pytest.raises(InvalidInput) as refused:
        workspace.set_entry("2026", code, value=typed)
    assert str(refused.value) == said
    assert refused.value.en == said_en
    assert workspace.row("2026", code).entry.value == Decimal(7)  # nothing written


@pytest.mark.parametrize("code, typed, shown", [
    ("thu_ngan_sach", "1.234", "1.234"),
    ("thu_ngan_sach", "1.234,00", "1.234"),  # no fraction: as typed
    ("tang_gia_tri_san_pham", "5,12", "5,12"),
    ("tang_gia_tri_san_pham", "5,1", "5,1"),
])
def test_a_figure_at_its_result_s_precision_is_taken_and_printed_as_typed(workspace, code, typed, shown):
    row = workspace.set_entry("2026", code, value=typed)
    assert row.value_text == shown and rounded_on_report(row) is None
    item = next(i for i in workspace.submission("2026").items if i.code == code)
    assert Decimal(item.value) == Decimal(item.input_value) == row.entry.value  # the file: one figure


def test_rates_and_counts_typed_are_not_held_to_the_result_s_decimals(workspace, ward_workspace):
    """Tonnes with decimals give a rate rounded as shown: the figures typed are not the result."""
    ward_workspace.set_entry("2026", "rac_thai_do_thi", numerator="12,3456", denominator="20,5")
    assert ward_workspace.row("2026", "rac_thai_do_thi").entry.numerator == Decimal("12.3456")
    workspace.set_entry("2026", "bhyt", numerator="9.500", denominator="10.001")
    assert workspace.row("2026", "bhyt").value_text == "94,99"


def test_a_block_pasted_refuses_the_finer_figure_and_keeps_the_others(workspace):
    pasted = workspace.set_entries("2026", [("thu_ngan_sach", "value", "1.234,5"),
                                            ("tang_gia_tri_san_pham", "value", "5,12")])
    assert [r.indicator.code for r in pasted.rows] == ["tang_gia_tri_san_pham"]
    assert str(pasted.refused[("thu_ngan_sach", "value")]).startswith(
        f"{BUDGET}: tính đến đơn vị triệu đồng, không có phần lẻ: gõ 1.234 hoặc 1.235")
    assert workspace.row("2026", "thu_ngan_sach").entry.value is None


def test_chitieu_set_refuses_it_too(cli_dir, chitieu):  # noqa: F811
    r = chitieu(cli_dir, "set", "--period", "2026", "--indicator", "thu_ngan_sach", "--value", "1.234,5")
    assert r.returncode != 0
    assert f"{BUDGET}: tính đến đơn vị triệu đồng, không có phần lẻ: gõ 1.234 hoặc 1.235." in r.stderr
    r = chitieu(cli_dir, "set", "--period", "2026", "--indicator", "thu_ngan_sach", "--value", "1.235")
    assert r.returncode == 0, r.stderr
    assert "→ 1.235 triệu đồng |" in r.stdout


def _stored_by_an_older_version(workspace, code, value):
    """1.234,5 as a version before this rule stored it (no form refuses it now)."""
    workspace.store.put_entry(_row_from_entry(workspace.commune.code, "2026", code, Entry(value=Decimal(value)),
                                              "can-bo"))


def test_a_database_holding_a_finer_figure_still_opens_and_says_the_report_rounds_it(workspace):
    """The figure is kept as typed (cell, data); the result, the report and the file carry it as
    that version did (1.235), and the window's line says the report prints it rounded. Editing the
    row asks for the figure at the result's precision first."""
    _stored_by_an_older_version(workspace, "thu_ngan_sach", "1234.5")
    row = workspace.row("2026", "thu_ngan_sach")
    assert row.entry.value == Decimal("1234.5") and row.value_text == "1.235"
    assert rounded_on_report(row) == "1.235"
    item = next(i for i in workspace.submission("2026").items if i.code == "thu_ngan_sach")
    assert (item.input_value, item.value, item.value_text) == ("1234.5", "1235", "1.235")
    with pytest.raises(InvalidInput, match="gõ 1.234 hoặc 1.235"):
        workspace.set_entry("2026", "thu_ngan_sach", comment="Số tạm tính")
    workspace.set_entry("2026", "thu_ngan_sach", value="1.235", comment="Số tạm tính")
    assert workspace.row("2026", "thu_ngan_sach").entry.value == Decimal(1235)


def test_the_province_counts_an_older_file_s_finer_figure_as_its_report_printed_it_and_says_so(workspace):
    """A file of a version that took 1.234,5 (its paper and `value` say 1.235) is not refused: the
    province counts 1.235, as the commune's program rounded it, and names the figure stated."""
    _stored_by_an_older_version(workspace, "thu_ngan_sach", "1234.5")
    sub = workspace.submission("2026")
    assert check_values(workspace.catalog, workspace.commune, sub) == []
    again = recompute(workspace.catalog, workspace.commune, sub)
    item = next(i for i in again.submission.items if i.code == "thu_ngan_sach")
    assert (item.value, item.value_text) == ("1235", "1.235")
    assert again.differences == (
        "Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết: tệp ghi "
        f"{BUDGET} 1.234,5 triệu đồng, chỉ tiêu tính đến đơn vị triệu đồng, không có phần lẻ; tỉnh tính 1.235 như "
        "báo cáo đơn vị đã in (phiên bản phần mềm trước đây nhận số có phần lẻ rồi làm tròn khi in)",)
    # a file at the result's precision says nothing
    workspace.set_entry("2026", "thu_ngan_sach", value="1.235")
    assert recompute(workspace.catalog, workspace.commune, workspace.submission("2026")).differences == ()


def test_a_stated_figure_that_would_round_otherwise_is_a_difference_not_counted(workspace):
    """A file stating value 1234 beside input 1234.5 (not what any version computed): the province
    counts 1.235 and names both the rounding and the stated result."""
    _stored_by_an_older_version(workspace, "thu_ngan_sach", "1234.5")
    sub = workspace.submission("2026")
    forged = replace(sub, items=tuple(replace(i, value="1234", value_text="1.234") if i.code == "thu_ngan_sach"
                                      else i for i in sub.items))
    again = recompute(workspace.catalog, workspace.commune, forged)
    assert next(i for i in again.submission.items if i.code == "thu_ngan_sach").value == "1235"
    assert any('tệp ghi kết quả "1.234", tỉnh tính lại "1.235"' in d for d in again.differences), again.differences
