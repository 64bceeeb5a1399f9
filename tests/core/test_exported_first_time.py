"""Walk U18 F5: a period exported for the province, then exported again, said the second export's time
alone ("Tệp gửi tỉnh đã xuất lúc 14:30 …"), and an officer asked "when did we send it?" read that. The
first export's time is said, and the latest beside it: "đã xuất lúc 09:12 05/12/2026 (xuất lại lúc 14:30
06/12/2026)", read from the period's history (its first "sent" step since the approval) and its state row.
Marking it again with the files already exported (Gửi cho tỉnh… attaching them) is no export again; a
restore carrying the export made after its backup keeps that export's time as the first."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import db.period_records
import desktop_app.approval
import desktop_app.core.submission
from desktop_app import backups
from desktop_app.__main__ import main
from desktop_app.core.export_times import ExportTimes, export_times
from desktop_app.core.periods import format_time
from desktop_app.exported_when import exported_times
from desktop_app.services import Workspace, export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 (the fixture)

LOCAL = dt.timezone(dt.timedelta(hours=7))  # times are said in Vietnam time, whatever the computer's zone
FIRST = dt.datetime(2026, 12, 5, 9, 12, tzinfo=LOCAL)
AGAIN = dt.datetime(2026, 12, 6, 14, 30, tzinfo=LOCAL)


def at(monkeypatch, moment: dt.datetime) -> None:
    """The program's clocks (the export's, the history's, the workspace's) read `moment`."""
    stamp = moment.astimezone(dt.UTC).isoformat(timespec="seconds")

    class Clock(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return moment if tz is None else moment.astimezone(tz)

    class Dt:
        datetime, date, timedelta, timezone = Clock, dt.date, dt.timedelta, dt.timezone

    monkeypatch.setattr(desktop_app.core.submission, "dt", Dt)
    monkeypatch.setattr(db.period_records, "now", lambda: stamp)
    monkeypatch.setattr(desktop_app.approval, "now", lambda: stamp)


def _approved(ws) -> None:
    with pytest.MonkeyPatch.context() as patch:  # the day before the exports: a file is not made before its approval
        at(patch, FIRST - dt.timedelta(days=1))
        as_(ws, "canbo")
        fill_year(ws, "2026")
        ws.complete("2026")
        as_(ws, "lanhdao")
        ws.approve("2026")


def test_exported_again_says_the_first_export_and_the_latest(office, tmp_path, monkeypatch):  # noqa: F811
    _approved(office)
    at(monkeypatch, FIRST)
    export_period(office, "2026", tmp_path / "lan-1", pdf=False)
    assert exported_times(office, "2026") == ExportTimes(office.sent_at("2026"))
    at(monkeypatch, AGAIN)
    export_period(office, "2026", tmp_path / "lan-2", pdf=False)
    times = exported_times(office, "2026")
    assert (format_time(times.first), format_time(times.again)) == ("09:12 05/12/2026", "14:30 06/12/2026")


def test_the_status_command_says_both_times(office, tmp_path, data_dir, capsys, monkeypatch):  # noqa: F811
    _approved(office)
    at(monkeypatch, FIRST)
    export_period(office, "2026", tmp_path / "lan-1", pdf=False)
    at(monkeypatch, AGAIN)
    export_period(office, "2026", tmp_path / "lan-2", pdf=False)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status"]) == 0
    out = capsys.readouterr().out
    assert ("Tệp gửi tỉnh đã xuất lúc 09:12 05/12/2026 (xuất lại lúc 14:30 06/12/2026); gửi tệp cho tỉnh qua thư "
            "điện tử (Tệp › Gửi cho tỉnh… trong cửa sổ chương trình) nếu chưa gửi.") in out
    # and show, with the figures (walk U20 F9: only status said a period was approved or exported)
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "show", "--period", "2026"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[1:3] == ["Trạng thái: Đã xuất", "Tệp gửi tỉnh đã xuất lúc 09:12 05/12/2026 (xuất lại lúc 14:30 "
                          "06/12/2026); gửi tệp cho tỉnh qua thư điện tử (Tệp › Gửi cho tỉnh… trong cửa sổ chương "
                          "trình) nếu chưa gửi."], shown[:4]


def test_marked_again_with_the_files_already_exported_is_no_export_again(office, tmp_path, monkeypatch):  # noqa: F811
    """Gửi cho tỉnh… attaching the files exported at 09:12 marks the period again at 14:30: the files'
    time stays the one said, alone."""
    _approved(office)
    at(monkeypatch, FIRST)
    sub = export_period(office, "2026", tmp_path / "lan-1", pdf=False).submission
    at(monkeypatch, AGAIN)
    office.mark_sent(sub)
    assert [h.event for h in office.period_history("2026")][-2:] == ["sent", "sent"]
    times = exported_times(office, "2026")
    assert times.again is None and format_time(times.first) == "09:12 05/12/2026"


def test_a_restore_carrying_the_export_keeps_its_time_as_the_first(office, tmp_path, monkeypatch):  # noqa: F811
    """A backup taken before the first export, restored: the restore carries that export (its number and
    time, desktop_app/restore_carry.py); exported again since, the carried time stays the first."""
    _approved(office)
    as_(office, "admin")
    backup = backups.take_backup(office, "thu")
    as_(office, "lanhdao")
    at(monkeypatch, FIRST)
    export_period(office, "2026", tmp_path / "lan-1", pdf=False, doc_number="15")
    at(monkeypatch, FIRST + dt.timedelta(hours=3))  # the restore, later that day
    as_(office, "admin")
    backups.restore(office, backup)
    ws = Workspace.open(Path(office.store.path).parent)
    try:
        as_(ws, "lanhdao")
        assert ws.period_history("2026")[-1].reason.startswith("Số và ngày báo cáo mang sang từ dữ liệu")
        assert format_time(exported_times(ws, "2026").first) == "09:12 05/12/2026"
        at(monkeypatch, AGAIN)
        export_period(ws, "2026", tmp_path / "lan-2", pdf=False)
        times = exported_times(ws, "2026")
        assert (format_time(times.first), format_time(times.again)) == ("09:12 05/12/2026", "14:30 06/12/2026")
    finally:
        ws.close()


class Step:
    def __init__(self, event, at_, reason=None):
        self.event, self.at, self.reason = event, at_, reason


def test_only_the_steps_since_the_latest_approval_count():
    """Reopened and approved again: the earlier approval's exports are not this report's."""
    history = [Step("approve", "2026-12-01T02:00:00+00:00"), Step("sent", "2026-12-01T03:00:00+00:00"),
               Step("reopen", "2026-12-02T02:00:00+00:00"), Step("approve", "2026-12-03T02:00:00+00:00"),
               Step("sent", "2026-12-03T03:00:00+00:00")]
    assert export_times(history, "2026-12-03T02:59:58+00:00") == ExportTimes("2026-12-03T02:59:58+00:00")
    history.append(Step("sent", "2026-12-04T03:00:00+00:00"))
    assert export_times(history, "2026-12-04T02:59:59+00:00") == ExportTimes("2026-12-03T03:00:00+00:00",
                                                                             "2026-12-04T02:59:59+00:00")
