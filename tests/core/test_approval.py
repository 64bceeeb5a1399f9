"""What the leader approved stays approved: the approved period is shown and exported as it
was, whatever is corrected afterwards in the periods it used; a completed period edited
goes back to Đang nhập."""
from __future__ import annotations

import json

from python_calamine import CalamineWorkbook

from desktop_app.__main__ import main
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import as_, fill_year, office  # noqa: F401 (the fixture)

PERIOD = "2027-Q1"


def approved_2027_q1(office):
    """2027-Q1 approved while 2026's budget (term total) and 2026-Q1's road accidents
    (same period last year) feed its evaluation: those periods approved before it (another
    period's figures count once approved, `rows.Inputs.unapproved`)."""
    as_(office, "canbo")
    fill_year(office, "2026")
    fill_year(office, "2026-Q1", baselines=False)
    office.set_entry("2026-Q1", "tngt_so_vu", value="10")
    for earlier in ("2026-Q1", "2026"):
        _approved(office, earlier)
    fill_year(office, PERIOD, baselines=False)
    office.set_entry(PERIOD, "thu_ngan_sach", value="20.000")
    office.set_entry(PERIOD, "tngt_so_vu", value="6", comment="Giảm nhờ tăng tuần tra")
    office.complete(PERIOD)
    as_(office, "lanhdao")
    fingerprint = office.approve(PERIOD)
    as_(office, "canbo")
    return fingerprint


def _approved(office, period):
    office.complete(period)
    as_(office, "lanhdao")
    office.approve(period)
    as_(office, "canbo")


def corrected(office, period, indicator, reopen=True, **fields):
    """`period` (approved) reopened, `indicator` corrected and approved again: how a figure of
    another period that counts changes."""
    if reopen:
        as_(office, "lanhdao")
        office.reopen(period, "Số liệu được điều chỉnh")
        as_(office, "canbo")
    office.set_entry(period, indicator, **fields)
    _approved(office, period)


def _show_json(data_dir, capsys) -> str:
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "show", "--period", PERIOD, "--json"]) == 0
    return capsys.readouterr().out


def _data_sheet(office, folder) -> tuple[list, str]:
    as_(office, "lanhdao")
    result = export_period(office, PERIOD, folder, pdf=False, mark_sent=False)
    as_(office, "canbo")
    rows = CalamineWorkbook.from_path(str(result.xlsx)).get_sheet_by_name("Dữ liệu").to_python()
    return rows, result.submission.fingerprint


def test_an_approved_period_does_not_change_when_the_periods_it_used_are_corrected(
        office, data_dir, tmp_path, capsys, monkeypatch):
    """Approve 2027-Q1, then edit every other period that feeds it: its show --json, its
    exported data sheet and its fingerprint are byte-identical to before."""
    monkeypatch.setenv("CHITIEU_PASSWORD", "nhaplieu-2026")
    fingerprint = approved_2027_q1(office)
    shown, (sheet, exported) = _show_json(data_dir, capsys), _data_sheet(office, tmp_path / "before")
    assert exported == fingerprint

    as_(office, "lanhdao")
    office.reopen("2026", "Số liệu được điều chỉnh")
    as_(office, "canbo")
    office.set_entry("2026", "thu_ngan_sach", value="90.000")  # the term total 2027-Q1 adds up
    office.set_entry("2026", "bhyt", numerator="9.000")
    _approved(office, "2026")
    corrected(office, "2026-Q1", "tngt_so_vu", value="3")  # last year's accidents it compares with

    assert _show_json(data_dir, capsys) == shown
    sheet_after, exported_after = _data_sheet(office, tmp_path / "after")
    assert sheet_after == sheet and exported_after == fingerprint
    assert office.store.period_state(office.commune.code, PERIOD).fingerprint == fingerprint


def test_the_change_a_live_evaluation_would_make_is_named(office):
    """The approved figures and the live ones side by side, for the indicators that differ."""
    approved_2027_q1(office)
    assert office.drift(PERIOD) == []
    corrected(office, "2026-Q1", "tngt_so_vu", value="3")
    changed = {d.indicator.code: d for d in office.drift(PERIOD)}
    assert set(changed) == {"tngt_so_vu"}
    d = changed["tngt_so_vu"]
    assert d.approved.compared_text == "Giảm 40% so với cùng kỳ"
    assert d.live.compared_text == "Tăng 100% so với cùng kỳ"
    assert office.period_view(PERIOD).rows == office._approved(office.approval(PERIOD))[0].rows


def test_status_says_an_approved_period_would_change(office, data_dir, capsys, monkeypatch):
    """`chitieu status` names the approved period and the figures a re-evaluation would change."""
    approved_2027_q1(office)
    corrected(office, "2026-Q1", "tngt_so_vu", value="3")
    monkeypatch.setenv("CHITIEU_PASSWORD", "nhaplieu-2026")
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status"]) == 0
    out = capsys.readouterr().out
    assert ("! Số vụ tai nạn giao thông: đã duyệt 6, Giảm 40% so với cùng kỳ (Vượt), "
            "nay 6, Tăng 100% so với cùng kỳ (Không đạt)") in out
    assert "Lãnh đạo mở lại kỳ rồi duyệt lại" in out
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status", "--json"]) == 0
    q1 = next(s for s in json.loads(capsys.readouterr().out) if s["period"] == PERIOD)
    assert q1["changed_since_approval"][0]["indicator"] == "tngt_so_vu"
    assert q1["changed_since_approval"][0]["approved"]["compared"] == "Giảm 40% so với cùng kỳ"


def test_editing_a_completed_period_returns_it_to_entering(office):
    """The leader approves what the officer marked complete: an edit after that sends the
    period back to Đang nhập, with a notice saying so."""
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    office.set_entry("2026", "bhyt", numerator="9.600")
    assert office.period_state("2026") == State.ENTERING
    assert "trở lại trạng thái Đang nhập" in office.take_notice()
    assert office.take_notice() is None
    assert [h.event for h in office.period_history("2026")] == ["complete", "edit"]
