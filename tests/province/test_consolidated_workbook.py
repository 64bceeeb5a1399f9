"""The consolidated workbook as a user opens it: its layout, and awkward values read back
alike by openpyxl and python-calamine."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import python_calamine
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from exports.consolidated_sheet import VERDICT_FILLS, _Book, _Rows, _Sheet, _Style
from exports.consolidated_xlsx import (
    MAIN_SUB,
    SHEET_COMPLETENESS,
    SHEET_MAIN,
    SHEET_SUPPLEMENTARY,
    UNIT_COLUMNS,
    write_consolidated,
)
from exports.intake_results_sheet import SHEET_INTAKE
from tests.province.conftest import PERIOD


def test_layout_merged_headers_frozen_panes_print_titles_filters_colours(received, tmp_path):
    office, _ = received
    con = office.consolidation(PERIOD)
    wb = load_workbook(write_consolidated(con, tmp_path / "tong-hop.xlsx"))
    main, supp, comp, log = (wb[n] for n in (SHEET_MAIN, SHEET_SUPPLEMENTARY, SHEET_COMPLETENESS, SHEET_INTAKE))
    assert [ws.freeze_panes for ws in (main, supp, comp, log)] == ["C8", "C7", "A6", "A6"]
    assert (main.print_title_rows, supp.print_title_rows) == ("$4:$7", "$4:$6")  # the groups row too
    n = len(con.units)
    assert (comp.auto_filter.ref, log.auto_filter.ref) == (f"A5:N{5 + n}", f"A5:J{5 + len(con.intake_log)}")
    # a unit column's header over two rows, the first indicator's over its four columns, the
    # label "Toàn tỉnh" and the first count under the units; the title of a sheet printed two
    # pages wide stays on the left, unmerged (print settings: test_consolidated_print)
    assert {"A5:A6", "F5:I5", f"F{9 + n}:I{9 + n}"} <= {str(r) for r in main.merged_cells.ranges}
    # the labels of the counts in B alone, wrapped: A:B repeat on every printed page
    assert not [r for r in main.merged_cells.ranges if r.min_row > 7 + n and r.min_col == 2]
    assert main[f"B{8 + n}"].value == "Toàn tỉnh" and main[f"B{9 + n}"].alignment.wrap_text
    assert main["A1"].alignment.horizontal == "left" and all(r.min_row > 1 for r in main.merged_cells.ranges)
    # a road-accident target is a fall in percent, as the commune's report prints it
    accidents = next(c.value for c in supp[5] if c.value and c.value.startswith(con.catalog.indicator("tngt_so_vu").name))
    assert accidents.endswith("chỉ tiêu: Giảm ≥ 5% so với cùng kỳ)")
    verdicts = [c for row in main.iter_rows(min_row=8, max_row=7 + n) for c in row if c.value in VERDICT_FILLS]
    assert {c.value for c in verdicts} >= {"Chưa báo cáo"} and len({c.value for c in verdicts}) > 1
    for c in verdicts:
        assert c.fill.fgColor.rgb == "00" + VERDICT_FILLS[c.value], c.coordinate
    # a stated figure is a number, shown with the indicator's places at least
    ind = next(i for i in con.assigned if i.kind != "boolean" and i.decimals > 0)
    col = len(UNIT_COLUMNS) + len(MAIN_SUB) * con.assigned.index(ind) + 2
    figures = [main.cell(8 + k, col) for k, u in enumerate(con.units) if con.item(u.commune.code, ind.code)]
    assert figures and all(isinstance(c.value, (int, float)) and c.data_type == "n" for c in figures)
    assert all(c.number_format.endswith("0" * ind.decimals) for c in figures)


def test_awkward_texts_and_figures_read_back_alike(received, tmp_path):
    """Texts looking like formulas, error codes or markup, padded or on two lines, stay the
    texts they are; a figure no spreadsheet has (NaN, infinity) is an empty cell, not a failure."""
    office, _ = received
    con = office.consolidation(PERIOD)
    texts = [" a<b>&c ", "=1+1", "+84 912", "-", "@tỉnh", "#N/A", "x\ny", "Có"]
    log = [replace(con.intake_log[0], file_name=t, reason=t) for t in texts]
    ind = next(i for i in con.assigned if i.kind != "boolean")
    units = [u for u in con.units if con.item(u.commune.code, ind.code)][:4]
    figures = ["NaN", "-Infinity", "sNaN", "1234567.25"]
    items = dict(con.items)
    for u, f in zip(units, figures):
        items[u.commune.code, ind.code] = replace(items[u.commune.code, ind.code], value=f)
    path = write_consolidated(replace(con, intake_log=log, items=items), tmp_path / "tong-hop.xlsx")

    wb = load_workbook(path)
    cal = python_calamine.CalamineWorkbook.from_path(str(path))
    ws = wb[SHEET_INTAKE]
    assert [ws.cell(6 + k, 3).value for k in range(len(texts))] == texts
    assert [ws.cell(6 + k, 5).value for k in range(len(texts))] == texts
    assert all(ws.cell(6 + k, 3).data_type == "s" for k in range(len(texts)))  # no formula, no error
    assert ws.cell(7, 3).quotePrefix  # "=1+1": Excel shows and edits it as typed
    rows = cal.get_sheet_by_name(SHEET_INTAKE).to_python()[5:5 + len(texts)]
    assert [r[2] for r in rows] == texts and [r[4] for r in rows] == texts

    col = len(UNIT_COLUMNS) + len(MAIN_SUB) * con.assigned.index(ind) + 1  # the result, after the target
    row_of = {u.commune.code: 8 + k for k, u in enumerate(con.units)}
    main = wb[SHEET_MAIN]
    assert [main.cell(row_of[u.commune.code], col + 1).value for u in units] == [None, None, None, 1234567.25]
    crows = cal.get_sheet_by_name(SHEET_MAIN).to_python()
    assert [crows[row_of[u.commune.code] - 1][col] for u in units] == ["", "", "", 1234567.25]
    assert Decimal(str(main.cell(row_of[units[3].commune.code], col + 1).value)) == Decimal("1234567.25")


def test_reused_styled_cells_written_through_openpyxl_private_hook(tmp_path, monkeypatch):
    """`_Rows` overrides openpyxl's private `WriteOnlyWorksheet._values_to_row` (openpyxl 3.1) so
    the styled cells `_Sheet` reuses down a column are written as they are. An openpyxl that no
    longer calls it (the override silently dead), calls it otherwise, or writes such cells
    otherwise fails here: then drop `_Rows` (`_Sheet` works with a plain write-only sheet). The
    cells are `_Cell`s, answering the writer with the style id openpyxl gave their style once."""
    assert callable(getattr(WriteOnlyWorksheet, "_values_to_row", None))
    called, hook = [], _Rows._values_to_row
    monkeypatch.setattr(_Rows, "_values_to_row", lambda ws, cells, row: called.append(row) or hook(ws, cells, row))
    wb = Workbook(write_only=True)
    s = _Sheet(_Book(wb, {}), "T", (10, 10, 10), freeze="A2")
    left, figure, reached = _Style(align="left"), _Style(align="right", fmt="0.00"), _Style(align="centre", fill="Đạt")
    s.append([("a", left), (Decimal("1.50"), figure), ("=1+1", left)])
    s.append([(None, left), ("b", left), (None, reached)])
    s.append([("c", left), (Decimal(2), figure), ("Đạt", reached)])  # the cells of the rows before, reused
    wb.save(tmp_path / "t.xlsx")
    assert called == [1, 2, 3]

    ws = load_workbook(tmp_path / "t.xlsx")["T"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [["a", 1.5, "=1+1"], [None, "b", None], ["c", 2, "Đạt"]]
    assert ws["C1"].data_type == "s" and ws["C1"].quotePrefix and not ws["A1"].quotePrefix
    assert [ws[c].alignment.horizontal for c in ("A1", "B1", "A2", "C3")] == ["left", "right", "left", "center"]
    assert [ws[c].number_format for c in ("B1", "B3", "A1")] == ["0.00", "0.00", "General"]
    assert ws["C2"].fill.fgColor.rgb == ws["C3"].fill.fgColor.rgb == "00" + VERDICT_FILLS["Đạt"]
    assert all(ws[c].border.left.style == "thin" and ws[c].font.name == "Times New Roman" for c in ("A1", "A2", "C3"))
