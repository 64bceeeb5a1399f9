"""`chitieu approve` after a reopening (walk U20 F3) printed no list of what changed since the last approval,
where the window's Duyệt question shows "Khác với lần duyệt trước (ngày …): • …". The command lists it now,
each indicator's name whole; a period approved again unchanged says nothing differs; a first approval says
neither."""
from __future__ import annotations

import pytest

from desktop_app.__main__ import main
from desktop_app.core.periods import approval_day, format_date
from tests.core.test_number_issued_once import _approve
from tests.core.test_workflow import PW, as_, office  # noqa: F401 - office is a fixture

pytestmark = pytest.mark.usefixtures("approved_before_report_date")


def _approve_cli(data_dir, capsys, monkeypatch) -> list[str]:
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["lanhdao"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "lanhdao", "approve", "--period", "2026"]) == 0
    return capsys.readouterr().out.splitlines()


def _reopened(office, **entry):
    office.reopen("2026", "Sửa thu ngân sách")
    as_(office, "canbo")
    if entry:
        office.set_entry("2026", "thu_ngan_sach", **entry)
    office.complete("2026")
    office.logout()


def test_approving_again_lists_what_changed_since_the_last_approval(office, data_dir, capsys,
                                                                    monkeypatch):  # noqa: F811
    _approve(office, "2026")
    day = format_date(approval_day(office.approval("2026").at))
    name = next(r.indicator.name for r in office.period_view("2026").rows if r.indicator.code == "thu_ngan_sach")
    _reopened(office, value="52.000")
    out = _approve_cli(data_dir, capsys, monkeypatch)
    at = out.index(f"Khác với lần duyệt trước (ngày {day}):")
    assert out[at + 1].startswith(f"  • {name}: ") and out[at + 1].endswith("50.000 → 52.000"), out
    assert out[at - 1].startswith("Đã duyệt kỳ năm 2026:"), out


def test_approving_again_unchanged_says_so_and_a_first_approval_says_nothing(office, data_dir, capsys,
                                                                           monkeypatch):  # noqa: F811
    as_(office, "canbo")
    from tests.core.test_workflow import fill_year
    fill_year(office, "2026")
    office.complete("2026")
    office.logout()
    out = "\n".join(_approve_cli(data_dir, capsys, monkeypatch))
    assert "lần duyệt trước" not in out, out
    office.login("lanhdao", PW["lanhdao"])
    day = format_date(approval_day(office.approval("2026").at))
    _reopened(office)
    out = _approve_cli(data_dir, capsys, monkeypatch)
    assert f"Không có số liệu nào khác lần duyệt trước (ngày {day})." in out, out
