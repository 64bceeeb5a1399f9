"""A figure of another period counts in a period's evaluation only once that period is approved
(walk U11 F1: a draft 2027 budget, typed "Số ước, chưa đối chiếu" and never approved, was added
into the term total of the signed 2028 report): a term total's earlier years, road accidents'
same period a year before. A year with figures not approved is named as such, not as "no
figures"; the approval's snapshot keeps that, readable by a version before it; the row says its
running total, the years it adds up and what is left to the term's target (walk U11 F3)."""
from __future__ import annotations

import json
from pathlib import Path
from decimal import Decimal as D

import pytest

from desktop_app.core.evaluation import Verdict
from desktop_app.core.rows import Inputs, inputs_from_json, inputs_json, period_view, used_inputs
from desktop_app.services import Workspace
from tests.province.helpers import fill_unit

BUDGET = "thu_ngan_sach"  # target 217.373 triệu đồng over 2026-2030
AMOUNTS = {"2026": "38.500", "2027": "41.200", "2028": "43.900", "2029": "45.800", "2030": "46.100"}


@pytest.fixture
def ws(tmp_path):
    ws = Workspace.open(tmp_path / "xa", user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch")
    yield ws
    ws.close()


def _filled(ws, *periods):
    """Every indicator of `periods` typed (the start-of-term figures set before any approval),
    the budget as in walk U11."""
    for period in periods:
        fill_unit(ws, period, seed=3)
        if period in AMOUNTS:
            ws.set_entry(period, BUDGET, value=AMOUNTS[period], comment="Số của Kho bạc")


def _approved(ws, *periods):
    for period in periods:
        ws.complete(period)
        ws.approve(period)


def test_a_year_not_approved_is_not_counted_and_said_so(ws):
    _filled(ws, "2026", "2027", "2028")
    ws.set_entry("2027", BUDGET, value="41.200", comment="Số ước, chưa đối chiếu")  # typed, not approved
    _approved(ws, "2026")

    row = ws.row("2028", BUDGET)
    assert (row.earlier_total, row.missing_years, row.unapproved_years) == (D(38500), (2027,), (2027,))
    assert row.computed.compared == D(82400)  # 38.500 + 43.900, not + 41.200
    assert "Năm 2027 chưa được duyệt: chưa tính vào tổng nhiệm kỳ" in row.notes
    assert [n.en for n in row.notes if n.startswith("Năm 2027")] == ["2027 not approved yet: not counted in the term total"]
    assert row.compared_text.endswith("Lũy kế 2026, 2028 (chưa tính năm 2027): 82.400 "
                                      "(còn 134.973 để đạt chỉ tiêu nhiệm kỳ)")

    # 2027 approved: it counts, and the row adds up as a leader checks it with a calculator
    _approved(ws, "2027")
    row = ws.row("2028", BUDGET)
    assert (row.earlier_total, row.missing_years, row.unapproved_years) == (D(79700), (), ())
    assert row.compared_text == "56,9% chỉ tiêu. Lũy kế 2026-2028: 123.600 (còn 93.773 để đạt chỉ tiêu nhiệm kỳ)"
    assert not any("2027" in n for n in row.notes)


def test_a_year_without_figures_is_said_apart_from_one_not_approved(ws):
    _filled(ws, "2026")
    _approved(ws, "2026")
    ws.set_entry("2028", BUDGET, value="43.900")
    row = ws.row("2028", BUDGET)
    assert row.notes[0] == "Chưa có số liệu cả năm 2027"
    assert (row.missing_years, row.unapproved_years) == ((2027,), ())
    ws.set_entry("2030", BUDGET, value="46.100")
    ws.set_entry("2029", BUDGET, value="45.800")
    row = ws.row("2030", BUDGET)
    assert row.notes[0] == ("Năm 2028, 2029 chưa được duyệt: chưa tính vào tổng nhiệm kỳ; "
                            "Chưa có số liệu cả năm 2027")
    assert (row.missing_years, row.unapproved_years) == ((2027, 2028, 2029), (2028, 2029))
    assert row.verdict == Verdict.CHUA_DU_SO_LIEU


def test_the_term_end_says_the_shortfall_and_waits_for_an_unapproved_year(ws):
    _filled(ws, "2026", "2027", "2028", "2029", "2030")
    _approved(ws, "2026", "2028", "2029")
    ws.complete("2027")  # typed whole, marked complete, not approved
    row = ws.row("2030", BUDGET)
    assert row.verdict == Verdict.CHUA_DU_SO_LIEU  # as for a year missing
    assert row.evaluation.note == "Năm 2027 chưa được duyệt: chưa tính vào tổng nhiệm kỳ"
    assert row.compared_text == ("Lũy kế 2026, 2028-2030 (chưa tính năm 2027): 174.300 "
                                 "(còn 43.073 để đạt chỉ tiêu nhiệm kỳ)")

    ws.approve("2027")
    row = ws.row("2030", BUDGET)
    assert row.verdict == Verdict.KHONG_DAT
    assert row.compared_text == "Lũy kế 2026-2030: 215.500, thiếu 1.873 so với chỉ tiêu"


def test_road_accidents_compare_with_last_year_only_once_approved(ws):
    ws.set_entry("2026-6M", "tngt_so_vu", value="20")
    row = ws.set_entry("2027-6M", "tngt_so_vu", value="18")
    assert row.last_year is None and row.compared_text == ""
    assert ("Cùng kỳ năm trước (6 tháng đầu năm 2026) chưa được duyệt: chưa dùng để so sánh"
            in row.notes)
    fill_unit(ws, "2026-6M", seed=3)
    ws.set_entry("2026-6M", "tngt_so_vu", value="20")
    _approved(ws, "2026-6M")
    row = ws.row("2027-6M", "tngt_so_vu")
    assert row.compared_text == "Giảm 10% so với cùng kỳ"


def test_the_approval_keeps_what_was_not_counted_readable_old_and_new(ws):
    _filled(ws, "2026", "2027", "2028")
    _approved(ws, "2026", "2028")  # 2027 typed, not approved

    data = json.loads(ws.approval("2028").snapshot)["inputs"]
    assert data["unapproved"] == [["2027", BUDGET]]
    assert not any(period == "2027" for period, _, _ in data["entries"])  # the draft figure is not kept
    # this version: the year is named as not approved
    view = ws.period_view("2028")  # from the snapshot
    row = next(r for r in view.rows if r.indicator.code == BUDGET)
    assert row.unapproved_years == (2027,) and row.computed.compared == D(82400)
    assert "Năm 2027 chưa được duyệt: chưa tính vào tổng nhiệm kỳ" in row.notes
    item = next(i for i in ws.submission("2028").items if i.code == BUDGET)
    assert (item.earlier_total, item.earlier_missing) == ("38500", "2027")
    # a version before it reads the entries alone: 2027 has none, it does not count there either
    read = inputs_from_json(data)
    older = Inputs(read.entries, read.baselines, read.own_targets)
    old_view = period_view(ws.catalog, ws.commune, view.period, older, {}, view.rules)
    old_row = next(r for r in old_view.rows if r.indicator.code == BUDGET)
    assert old_row.computed.compared == D(82400) and old_row.missing_years == (2027,)


def test_a_snapshot_written_before_the_rule_evaluates_as_it_was_approved(ws):
    """A snapshot of 2028 written by a version before 12/2026, whose inputs held a draft 2027: it has
    no "unapproved", and evaluates as approved then (the draft counted), whatever the states now."""
    _filled(ws, "2026", "2027", "2028")
    _approved(ws, "2026")
    live = ws._inputs(ws.commune)
    inputs = used_inputs(ws.catalog, ws.commune, ws.period_view("2028").period,
                         Inputs(live.entries, live.baselines, live.own_targets))  # as the version before kept it
    data = inputs_json(inputs)
    del data["unapproved"]  # as the version before wrote it
    old = json.loads(json.dumps(data))
    view = period_view(ws.catalog, ws.commune, ws.period_view("2028").period, inputs_from_json(old), {},
                       ws.settings.rules)
    row = next(r for r in view.rows if r.indicator.code == BUDGET)
    assert row.computed.compared == D(123600) and row.missing_years == ()


def test_complete_and_approve_say_the_year_left_out(ws, capsys):
    """The command line's complete and approve name the term total leaving out 2027 (not approved),
    as Duyệt's question lists it (`checks.not_approved_lines`); none refuses it."""
    from desktop_app.__main__ import main
    from desktop_app.core.checks import not_approved_lines

    _filled(ws, "2026", "2027", "2028")
    _approved(ws, "2026")
    lines = not_approved_lines(ws.period_view("2028").rows)
    assert lines == ["Tổng thu ngân sách địa phương không bao gồm thu tiền sử dụng đất, thu từ xổ số kiến thiết: "
                     "tổng nhiệm kỳ chưa tính năm 2027 (chưa được duyệt)"]
    assert lines[0].en == "Local budget revenue (excl. land-use fees and lottery): the term total leaves out 2027 " \
                          "(not approved yet)"
    folder = str(Path(ws.store.path).parent)
    capsys.readouterr()
    for command in ("complete", "approve"):
        assert main(["--data-dir", folder, command, "--period", "2028"]) == 0
        out = capsys.readouterr().out
        assert f"Cảnh báo: {lines[0]}." in out
        assert "Số liệu năm chưa được duyệt không tính vào tổng nhiệm kỳ" in out
    assert not_approved_lines(ws.period_view("2026").rows) == []
