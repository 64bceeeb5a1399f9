"""At the province, `chitieu audit acknowledge --yes CODE` records as checked only the changes
listed under CODE (red-team 9, finding 3): a second report changed with sqlite3 after the listing
is refused, naming it, nothing recorded; listed again, the new code acknowledges both."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli import run
from exports.submission_xlsx import write_submission
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("ack-code")
    ws, subs = make_submissions(root / "files", pick_units(2, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return subs


def test_a_report_changed_after_the_listing_is_refused(office, units, tmp_path, capsys):
    inbox = tmp_path / "in"
    inbox.mkdir()
    for sub in units.values():
        delivered(write_submission(sub, inbox / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(inbox, PERIOD)
    data = str(Path(office.store.path).parent)
    first, second = units
    edit_with_sqlite3(data, f"UPDATE received SET received_on = '2026-06-01' WHERE unit_code = '{first}'")
    code = listed_code("--data-dir", data)
    edit_with_sqlite3(data, f"UPDATE received SET received_on = '2026-06-02' WHERE unit_code = '{second}'")
    capsys.readouterr()
    assert run(["--data-dir", data, "audit", "acknowledge", "--yes", code]) == 2
    said = capsys.readouterr().err
    name = office.catalog.commune_by_code(second).name
    assert "có thêm một thay đổi chưa liệt kê: Báo cáo 6 tháng đầu năm 2026 của " + name in said
    assert run(["--data-dir", data, "audit", "verify"]) == 1
    assert said.count("Chưa xác nhận, chưa ghi nhận gì") == 1
    assert len([line for line in capsys.readouterr().err.splitlines() if line.startswith("  - ")]) == 2

    assert run(["--data-dir", data, "audit", "acknowledge", "--yes", listed_code("--data-dir", data)]) == 0
    assert "Đã ghi nhận đã kiểm tra 2 thay đổi" in capsys.readouterr().out
    assert run(["--data-dir", data, "audit", "verify"]) == 0
