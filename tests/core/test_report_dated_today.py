"""An approved report exported with no date given (the window asks none) is dated today: not
before the last day of its figures either, as a typed date could not be (walk 16, M1: the year
report printed "ngày 04 tháng 12 năm 2026" for figures to 14/12/2026, and that first export
fixed the date for good)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.approval import ApprovalActions
from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.services import export_period
from tests.core.test_workflow import PW, as_, fill_year, office  # noqa: F401 - office is a fixture

# Approved on 04/12/2026 whatever day the suite runs: the days these tests export on (04/12, 14/12/2026)
# would otherwise be before the approval day stamped by the computer's clock, a refusal of its own.
pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def _approved_year(office, monkeypatch):  # noqa: F811
    as_(office, "canbo")
    fill_year(office)
    office.complete("2026")
    as_(office, "lanhdao")
    office.approve("2026")
    as_(office, "canbo")


def test_the_year_report_is_not_exported_on_the_4th_of_december(office, tmp_path, monkeypatch):  # noqa: F811
    _approved_year(office, monkeypatch)
    monkeypatch.setattr(ApprovalActions, "today_is", dt.date(2026, 12, 4))
    out = tmp_path / "gui-tinh"
    with pytest.raises(InvalidInput) as refused:
        export_period(office, "2026", out)
    assert str(refused.value) == (
        "Chưa xuất, in được báo cáo đã duyệt kỳ năm 2026: báo cáo sẽ đề ngày hôm nay (04/12/2026), trước 14/12/2026, "
        "ngày cuối của số liệu kỳ; báo cáo không đề ngày trước khi có đủ số liệu. Hãy xuất, in từ ngày 14/12/2026 "
        "trở đi.")
    assert refused.value.field == "Ngày báo cáo"
    assert not out.exists() or not any(out.iterdir())  # nothing written, nothing fixed


def test_from_the_last_day_of_its_figures_it_goes_out(office, tmp_path, monkeypatch):  # noqa: F811
    _approved_year(office, monkeypatch)
    monkeypatch.setattr(ApprovalActions, "today_is", dt.date(2026, 12, 14))
    result = export_period(office, "2026", tmp_path / "gui-tinh")
    assert sorted(p.suffix for p in result.paths) == [".pdf", ".xlsx"]


def test_a_draft_can_still_be_printed_to_check_it(office, tmp_path, monkeypatch):  # noqa: F811
    """Not approved: a draft to read over, not a dated report for the province."""
    as_(office, "canbo")
    fill_year(office)
    monkeypatch.setattr(ApprovalActions, "today_is", dt.date(2026, 12, 4))
    assert export_period(office, "2026", tmp_path / "nhap").paths


def test_the_command_line_says_the_leader_s_date_can_be_given_now(office, data_dir, tmp_path, monkeypatch,  # noqa: F811
                                                                  capsys):
    """The window's box proposes the first date accepted; at the command line the refusal names
    --date with that day, and that command goes out."""
    _approved_year(office, monkeypatch)
    monkeypatch.setattr(ApprovalActions, "today_is", dt.date(2026, 12, 4))
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    out = str(tmp_path / "gui-tinh")
    command = ["--data-dir", str(data_dir), "--user", "canbo", "export", "--period", "2026", "--out", out]
    assert run(command) == 2
    said = capsys.readouterr().err
    assert "Hãy xuất, in từ ngày 14/12/2026 trở đi. Hoặc đề ngày Lãnh đạo sẽ ký ngay bây giờ: thêm --date " \
           "14/12/2026 (hoặc một ngày sau đó)." in said
    assert run([*command, "--date", "14/12/2026"]) == 0
    assert sorted(p.name for p in (tmp_path / "gui-tinh").iterdir()) == ["2026_05503_xa-tan-cuong.pdf",
                                                                       "2026_05503_xa-tan-cuong.xlsx"]
