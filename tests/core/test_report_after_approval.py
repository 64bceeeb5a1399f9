"""An approved report is not dated before the day it was approved (walk 22, #3): the paper printed
"Duyệt ngày 04/12/2026" above a report dated 03/12/2026, which its leader would sign before
approving it. A date chosen before the approval day is refused, nothing written, from the command
line and the service alike; the approval day itself goes out; a draft is not concerned; and a
report an older version already issued with such a date is exported again with it (one approval,
one number and one date: core/doc_number.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app import services
from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import format_date
from desktop_app.core.vietnam_time import stated_day
from desktop_app.core.workflow import State
from desktop_app.services import export_period
from tests.core.test_workflow import fill_year

PERIOD = "2026-6M"  # figures to 14/06/2026: any day of the approval after it is the bound


def _approved(ws) -> dt.date:
    """The half-year filled, completed and approved today; the approval's day, as its paper prints it."""
    fill_year(ws, PERIOD)
    ws.complete(PERIOD)
    ws.approve(PERIOD)
    return stated_day(ws.submission(PERIOD).approved_at)  # Vietnam's day, "Duyệt ngày" (walk U25 F4)


def _refusal(approved: dt.date, date: dt.date) -> str:
    return (f"Ngày báo cáo {format_date(date)} trước {format_date(approved)}, ngày duyệt kết quả kỳ 6 tháng đầu năm "
            f"2026: Lãnh đạo không ký báo cáo trước khi duyệt. Hãy đề từ ngày {format_date(approved)} trở đi.")


def test_the_command_line_refuses_a_date_before_the_approval_writing_nothing(workspace, data_dir, tmp_path, capsys):
    approved = _approved(workspace)
    day_before = approved - dt.timedelta(days=1)
    out = tmp_path / "gui-tinh"
    assert run(["--data-dir", str(data_dir), "export", "--period", PERIOD, "--out", str(out),
                "--date", day_before.strftime("%d/%m/%Y")]) == 2
    assert _refusal(approved, day_before) in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())
    assert workspace.period_state(PERIOD) == State.APPROVED and workspace.issued(PERIOD) is None  # nothing fixed


def test_the_service_refuses_it_naming_the_field(workspace, tmp_path):
    approved = _approved(workspace)
    out = tmp_path / "gui-tinh"
    with pytest.raises(InvalidInput) as refused:
        export_period(workspace, PERIOD, out, report_date=dt.date(2026, 6, 20))
    assert str(refused.value) == _refusal(approved, dt.date(2026, 6, 20))
    assert refused.value.field == "Ngày báo cáo"
    assert "before" in refused.value.en and format_date(approved) in refused.value.en
    assert not out.exists() or not any(out.iterdir())
    assert workspace.issued(PERIOD) is None


def test_the_approval_day_itself_goes_out(workspace, tmp_path):
    approved = _approved(workspace)
    result = export_period(workspace, PERIOD, tmp_path / "gui-tinh", report_date=approved)
    assert result.submission.report_date == approved
    assert workspace.issued(PERIOD).report_date == approved


def test_a_draft_is_not_concerned(workspace, tmp_path):
    """Not approved: any day from the end of its figures, as before."""
    fill_year(workspace, PERIOD)
    workspace.complete(PERIOD)
    result = export_period(workspace, PERIOD, tmp_path / "nhap", report_date=dt.date(2026, 6, 20))
    assert not result.submission.approved and result.submission.report_date == dt.date(2026, 6, 20)


def test_a_date_an_older_version_issued_before_the_approval_is_kept(workspace, tmp_path, monkeypatch):
    """Issued with a day before its approval by a version that did not check it: exported again with
    it (left out or given the same), not refused; another such day is still refused (the one issued)."""
    approved = _approved(workspace)
    older = dt.date(2026, 6, 20)
    with monkeypatch.context() as m:  # the older version: no check against the approval day
        m.setattr(services, "check_report_date", lambda *args, **kwargs: None)
        export_period(workspace, PERIOD, tmp_path / "lan-1", report_date=older)
    assert workspace.issued(PERIOD).report_date == older < approved
    assert export_period(workspace, PERIOD, tmp_path / "lan-2").submission.report_date == older
    assert export_period(workspace, PERIOD, tmp_path / "lan-3", report_date=older).submission.report_date == older
    with pytest.raises(InvalidInput) as refused:
        export_period(workspace, PERIOD, tmp_path / "lan-4", report_date=dt.date(2026, 6, 21))
    assert "ngày 20/06/2026" in str(refused.value)


def test_today_before_the_approval_day_names_the_clock_and_writes_nothing(workspace, tmp_path):
    """Red-team 25, F1: with no date given an approved report is dated today; a clock put back after
    approving (or a zone changed) dated the paper 04/12 above "Duyệt ngày 05/12/2026", and that date
    was then kept as the report's. Refused, naming the clock; nothing written."""
    approved = _approved(workspace)
    workspace.today_is = approved - dt.timedelta(days=1)
    out = tmp_path / "gui-tinh"
    with pytest.raises(InvalidInput) as refused:
        export_period(workspace, PERIOD, out)
    assert refused.value.field == "Đồng hồ máy tính"
    assert f"trước {format_date(approved)}, ngày kỳ được duyệt" in str(refused.value)
    assert "Đồng hồ máy tính đang chạy chậm" in str(refused.value)
    assert not out.exists() or not any(out.iterdir())
    assert workspace.issued(PERIOD) is None
    workspace.today_is = approved  # the approval day itself
    export_period(workspace, PERIOD, out)
    assert workspace.issued(PERIOD).report_date == approved
