"""The province's report says "Đến ngày …, đã nhận báo cáo của N/92 xã, phường": it cannot be
dated before a report it counts was received (a reviewer typed --date 15/06 for files received
on 19/06, and the paper said all 92 had arrived by the 15th)."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.cli import run
from desktop_app.core.errors import InvalidInput
from desktop_app.core.periods import format_date
from tests.province.conftest import PERIOD


def test_a_report_dated_before_the_last_receipt_is_refused_naming_it(received, tmp_path):
    office, _ = received
    con = office.consolidation(PERIOD)
    last = max((u for u in con.completeness.units if u.received), key=lambda u: u.received_on)
    day = dt.date.fromisoformat(last.received_on)
    with pytest.raises(InvalidInput) as err:
        office.export_pdf(PERIOD, tmp_path / "bao-cao.pdf", report_date=day - dt.timedelta(days=1), consolidation=con)
    assert err.value.field == "Ngày báo cáo"
    assert last.name in err.value.message and f"Chọn ngày báo cáo từ {format_date(day)}" in err.value.message
    assert not (tmp_path / "bao-cao.pdf").exists()
    assert office.export_pdf(PERIOD, tmp_path / "bao-cao.pdf", report_date=day, consolidation=con).is_file()


def test_the_command_line_refuses_a_date_before_the_typed_receipt_before_reading(inbox, tmp_path, capsys):
    out = tmp_path / "out"
    code = run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(inbox["folder"]), "--period", PERIOD,
                "--received", "19/06/2026", "--date", "15/06/2026", "--xlsx", str(out / "tong-hop.xlsx"),
                "--pdf", str(out / "bao-cao.pdf")])
    said = capsys.readouterr()
    assert code != 0
    assert "--date 15/06/2026" in said.err and "--received 19/06/2026" in said.err and "Chưa đọc tệp nào" in said.err
    assert not out.exists() and "Hợp lệ" not in said.out


def test_a_file_received_after_the_report_date_stops_the_report_before_any_file_is_written(inbox, tmp_path, capsys):
    """Each file's own date as its receipt (no --received): the report's date is checked once the
    files are read, before the workbook or the PDF is written."""
    out = tmp_path / "out"
    assert run(["--data-dir", str(tmp_path / "tinh"), "province-setup", "--signer", "Hoàng Thị Ký"]) == 0
    code = run(["--data-dir", str(tmp_path / "tinh"), "consolidate", str(inbox["folder"]), "--period", PERIOD,
                "--date", "01/01/2026", "--xlsx", str(out / "tong-hop.xlsx"), "--pdf", str(out / "bao-cao.pdf")])
    assert code != 0 and "trước ngày nhận báo cáo của" in capsys.readouterr().err
    assert not (out / "tong-hop.xlsx").exists() and not (out / "bao-cao.pdf").exists()
