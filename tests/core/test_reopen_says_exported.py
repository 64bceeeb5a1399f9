"""`chitieu reopen` of a period marked Đã xuất (walk U20 F2) said only "Đã mở lại kỳ báo cáo; …": the window's
box says, before the reason, when the approved file was exported and that the province may hold it, and once
reopened that the province keeps it until a new approved file is sent. The command says both now; a period
approved but not exported says neither."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.__main__ import main
from desktop_app.core.periods import format_time
from desktop_app.exported_when import exported_times
from desktop_app.services import export_period
from tests.core.test_number_issued_once import _approve
from tests.core.test_workflow import PW, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def _reopen(data_dir, capsys, monkeypatch) -> str:
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "reopen", "--period", "2026", "--reason",
                 "Sửa số đảng viên mới kết nạp"]) == 0
    return " ".join(capsys.readouterr().out.split())


def test_an_exported_period_says_when_and_that_the_province_keeps_it(office, data_dir, tmp_path, capsys,
                                                                     monkeypatch):  # noqa: F811
    _approve(office, "2026")
    export_period(office, "2026", tmp_path / "gui", doc_number="45", report_date=dt.date(2026, 12, 15))
    first = format_time(exported_times(office, "2026").first)
    out = _reopen(data_dir, capsys, monkeypatch)
    said = (f"Kỳ ở trạng thái Đã xuất: tệp báo cáo đã duyệt gửi tỉnh được xuất lúc {first}, nên tỉnh có thể đang "
            "giữ bản đã duyệt đó (nếu tệp đã được gửi đi).")
    assert said in out, out
    assert out.index(said) < out.index("Đã mở lại kỳ báo cáo")  # before reopening, as the box's question
    assert "tỉnh vẫn giữ bản đó cho đến khi gửi tệp đã duyệt mới." in out, out


def test_an_approved_period_not_exported_says_neither(office, data_dir, capsys, monkeypatch):  # noqa: F811
    _approve(office, "2026")
    out = _reopen(data_dir, capsys, monkeypatch)
    assert "Đã mở lại kỳ báo cáo; bản đã duyệt trước được giữ trong lịch sử." in out
    assert "Đã xuất" not in out and "tỉnh vẫn giữ" not in out, out
