"""A block copied from Excel and pasted over the entry table: read cell by cell as if typed."""
from decimal import Decimal as D

import pytest

from desktop_app.core.errors import InvalidInput, PeriodFrozen
from desktop_app.core.pasting import cells, is_block
from tests.core.test_approval import PERIOD, approved_2027_q1
from tests.core.test_workflow import office  # noqa: F401 (the fixture)


def test_a_block_copied_from_excel_reads_as_rows_of_cells():
    """Excel ends every row with CR LF and quotes a cell holding a line break or a tab."""
    assert cells("9.500\t10.000\r\n120\t\r\n") == [["9.500", "10.000"], ["120"]]
    assert cells('"Số liệu\nBHXH"\t"a ""b"""\r\n') == [["Số liệu\nBHXH", 'a "b"']]
    assert cells("1.234,5\r\n") == [["1.234,5"]]  # one cell, as Excel copies it
    assert cells("\r\n\r\n") == []


def test_a_single_cell_is_not_a_block_but_a_row_or_column_is():
    assert not is_block("1.234,5\r\n") and not is_block("80%")
    assert is_block("12\t34") and is_block("12\r\n34\r\n")


def test_a_whole_sheet_copied_by_mistake_is_refused_before_reading():
    with pytest.raises(InvalidInput, match="Vùng dán có 600 dòng"):
        cells("1\r\n" * 600)
    with pytest.raises(InvalidInput, match="quá lớn"):
        cells("x" * 300_000)


def test_pasted_cells_are_saved_together_with_an_audit_row_each(workspace):
    result = workspace.set_entries("2026-6M", [("bhyt", "numerator", "9.500"), ("bhyt", "denominator", "10.000"),
                                               ("truong_chuan", "numerator", "9"), ("bhyt", "comment", "Số BHXH")])
    assert not result.refused
    assert {r.indicator.code for r in result.rows} == {"bhyt", "truong_chuan"}
    assert workspace.row("2026-6M", "bhyt").computed.value == D(95)
    fields = [(r.indicator, r.field) for r in workspace.store.audit_rows()]
    assert fields.count(("bhyt", "numerator")) == 1 and ("bhyt", "comment") in fields


def test_a_remark_pasted_from_two_cells_keeps_a_space_not_a_tab(workspace):
    result = workspace.set_entries("2026", [("khong_ma_tuy", "flag", "Có"), ("khong_ma_tuy", "comment", "Số liệu\tCông an xã")])
    assert result.rows[0].entry.flag is True and result.rows[0].entry.comment == "Số liệu Công an xã"


def test_a_refused_cell_is_returned_and_the_others_are_saved(workspace):
    """"1,234" is ambiguous: refused with its reason; the good cells of the block are kept."""
    result = workspace.set_entries("2026-6M", [("bhyt", "numerator", "1,234"), ("truong_chuan", "numerator", "9")])
    assert list(result.refused) == [("bhyt", "numerator")]
    assert "Số người tham gia BHYT" in result.refused[("bhyt", "numerator")].message
    assert workspace.store.entry(workspace.commune.code, "2026-6M", "bhyt") is None
    assert workspace.row("2026-6M", "truong_chuan").entry.numerator == D(9)


def test_figures_refused_together_keep_none_of_the_indicator(workspace):
    """A numerator above its denominator: both cells refused, nothing of bhyt written."""
    result = workspace.set_entries("2026-6M", [("bhyt", "numerator", "11.000"), ("bhyt", "denominator", "10.000")])
    assert set(result.refused) == {("bhyt", "numerator"), ("bhyt", "denominator")}
    assert workspace.store.entry(workspace.commune.code, "2026-6M", "bhyt") is None
    assert not workspace.store.audit_rows(indicator="bhyt")


def test_an_approved_period_refuses_the_whole_block(office):  # noqa: F811 (the fixture)
    approved_2027_q1(office)
    before = office.row(PERIOD, "tngt_so_vu").entry
    with pytest.raises(PeriodFrozen):
        office.set_entries(PERIOD, [("tngt_so_vu", "value", "7"), ("tngt_so_vu", "comment", "")])
    assert office.row(PERIOD, "tngt_so_vu").entry == before
