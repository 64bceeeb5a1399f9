"""Walk U20 F10: one clock for the times a person reads. The province said every moment in Vietnam
time (core.intake.when_text) while the commune's window and commands said it in the laptop's zone:
on a laptop set to UTC (a fresh Windows install) an export at 06:30 on 06/12 in Vietnam read
"đã xuất lúc 23:30 05/12/2026" at the commune and "06:30 06/12/2026" at the province. Every moment
shown is now Vietnam time (core.vietnam_time); what is stored keeps its offset."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.__main__ import main
from desktop_app.core.clock import refuse_if_clock_behind
from desktop_app.core.errors import InvalidInput
from desktop_app.core.intake import when_text
from desktop_app.core.periods import Period, format_time
from desktop_app.core.users import locked
from desktop_app.services import export_period
from tests.core.test_exported_first_time import _approved, at
from tests.core.test_workflow import PW, office  # noqa: F401 (the fixture)
from tests.core.vietnam_laptop import laptop_on_utc  # noqa: F401 (the fixture)

UTC = dt.UTC
LATE_EVENING = dt.datetime(2026, 12, 5, 23, 30, tzinfo=UTC)  # 06:30 on 06/12/2026 in Vietnam


def test_the_commune_and_the_province_read_one_moment_alike(laptop_on_utc):  # noqa: F811
    stored = LATE_EVENING.astimezone().isoformat(timespec="seconds")  # as the laptop stores it
    assert stored == "2026-12-05T23:30:00+00:00"
    assert format_time(stored) == "06:30 06/12/2026" == when_text(stored)
    assert format_time("2026-12-05T23:30:00") == "06:30 06/12/2026"  # an older time without offset: the laptop's


def test_status_says_the_export_in_vietnam_time(office, tmp_path, data_dir, capsys, monkeypatch,
                                                laptop_on_utc):  # noqa: F811
    _approved(office)
    at(monkeypatch, LATE_EVENING)
    export_period(office, "2026", tmp_path / "lan-1", pdf=False)
    office.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", PW["canbo"])
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "--user", "canbo", "status"]) == 0
    out = capsys.readouterr().out
    assert "Tệp gửi tỉnh đã xuất lúc 06:30 06/12/2026;" in out, out


def test_the_clock_refusal_names_both_times_in_vietnam_time(laptop_on_utc):  # noqa: F811
    with pytest.raises(InvalidInput) as refused:
        refuse_if_clock_behind(Period(2026, "Y"), dt.datetime(2026, 12, 5, 8, 0, tzinfo=UTC), LATE_EVENING,
                               ("duyệt", "approved"))
    assert "đồng hồ máy tính đang chỉ 15:00 05/12/2026, sớm hơn lần gần nhất kỳ này được duyệt (06:30 06/12/2026)" \
        in str(refused.value)


def test_a_lock_out_ends_at_a_vietnam_hour(laptop_on_utc):  # noqa: F811
    refusal = locked(dt.datetime(2026, 5, 1, 3, 35, tzinfo=UTC), now=dt.datetime(2026, 5, 1, 3, 20, tzinfo=UTC))
    assert "Thử lại sau 10:35 hoặc" in str(refusal), str(refusal)


def test_the_change_log_and_the_backups_say_vietnam_time(laptop_on_utc):  # noqa: F811
    from types import SimpleNamespace

    from desktop_app.backup_files import BackupFile
    from desktop_app.core.audit import describe
    from desktop_app.core.catalog import Catalog
    from desktop_app.resources import default_catalog

    row = SimpleNamespace(at="2026-12-05T23:30:15+00:00", user="canbo", action="entry", period="2026",
                          indicator="x", field="value", old="1", new="2")
    catalog: Catalog = default_catalog()
    [line] = describe([row], catalog)
    assert line.at == "06/12/2026 06:30:15"
    taken = BackupFile(None, dt.datetime(2026, 12, 5, 23, 30), "thu-cong")  # named in the laptop's time
    assert taken.compared[1] == "06:30 06/12/2026"
