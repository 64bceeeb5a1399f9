"""Red-team 8, finding 4, with the sqlite3 module alone: a genuine signed version stored again
under another period, or another unit (with a register line giving that unit the signer's key),
then `chitieu audit acknowledge --yes`. The signature still covers the document, which names its
own unit and period; the row is what counting reads them from. Never counted: the unit is
"Bị từ chối", saying what the row claims and what the unit signed."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import run
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import when_text
from exports.submission_xlsx import write_submission
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3
from tests.province.conftest import PERIOD, pick_units
from tests.province.helpers import ON_TIME, delivered, make_submissions

YEAR = PERIOD[:4]


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    root = tmp_path_factory.mktemp("stored-as-signed")
    ws, subs = make_submissions(root / "files", pick_units(3, 0), PERIOD, data_dir=root / "db")
    ws.close()
    return subs


@pytest.fixture
def received(office, units, tmp_path):
    """The three units' signed reports received, their keys confirmed; the office and its data folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    for sub in units.values():
        delivered(write_submission(sub, folder / f"{sub.file_stem}.xlsx"), ON_TIME)
    office.intake(folder, PERIOD)
    for code in units:
        office.confirm_key(code, office.store.unit_keys(code)[0].key_code)
    return office, str(Path(office.store.path).parent)


def _copied(data: str, unit: str, **changed: str) -> str:
    """The statement that copies `unit`'s kept version as a new row, `changed` columns set."""
    conn = sqlite3.connect(Path(data) / "chitieu.db")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(received)") if r[1] != "id"]
    conn.close()
    values = ", ".join(f"'{changed[c]}'" if c in changed else c for c in columns)
    return (f"INSERT INTO received ({', '.join(columns)}) SELECT {values} FROM received"
            f" WHERE unit_code = '{unit}' AND current = 1")


def _acknowledged(data: str) -> None:
    assert run(["--data-dir", data, "audit", "verify"]) == 1
    assert run(["--data-dir", data, "audit", "acknowledge", "--yes", listed_code("--data-dir", data)]) == 0
    assert run(["--data-dir", data, "audit", "verify"]) == 0


def _unit(con, code):
    return next(u for u in con.completeness.units if u.code == code)


def test_a_six_month_report_copied_as_the_year_report_is_not_counted(received, units):
    office, data = received
    code = next(iter(units))
    edit_with_sqlite3(data, _copied(data, code, period=YEAR))
    _acknowledged(data)

    assert office.submissions(YEAR) == {}
    con = office.consolidation(YEAR)
    unit = _unit(con, code)
    assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
    assert (f"(tệp {units[code].file_stem}.xlsx) được lưu là báo cáo năm {YEAR} của đơn vị mã {code}, nhưng văn "
            f"bản đơn vị ký là báo cáo 6 tháng đầu năm {YEAR} của {units[code].unit_name} (mã {code})") in unit.reason
    assert "không tính vào tổng hợp" in unit.reason and "đề nghị đơn vị gửi lại báo cáo" in unit.reason
    assert con.differences[code] == (unit.reason,) and con.item(code, "thu_ngan_sach") is None
    assert _unit(office.consolidation(PERIOD), code).status == ReportStatus.DA_NHAN  # its 6-month report counts


def test_one_units_report_stored_as_anothers_is_not_counted(received, units):
    """05908's signed report as 05881's (red-team's a2): 05881's own version no longer kept, a
    register line gives 05881 the signer's key, confirmed."""
    office, data = received
    signer, victim, _ = list(units)
    edit_with_sqlite3(
        data, f"UPDATE received SET current = 0 WHERE unit_code = '{victim}'",
        _copied(data, signer, unit_code=victim),
        "INSERT INTO unit_keys (unit_code, public_key, key_code, state, first_seen, first_file, confirmed_at,"
        f" confirmed_by) SELECT '{victim}', public_key, key_code, state, first_seen, first_file, confirmed_at,"
        f" confirmed_by FROM unit_keys WHERE unit_code = '{signer}'")
    _acknowledged(data)

    assert set(office.submissions(PERIOD)) == set(units) - {victim}
    con = office.consolidation(PERIOD)
    unit = _unit(con, victim)
    assert unit.status == ReportStatus.BI_TU_CHOI and con.item(victim, "thu_ngan_sach") is None
    assert (f"được lưu là báo cáo 6 tháng đầu năm {YEAR} của đơn vị mã {victim}, nhưng văn bản đơn vị ký là báo "
            f"cáo 6 tháng đầu năm {YEAR} của {units[signer].unit_name} (mã {signer})") in unit.reason
    assert _unit(con, signer).status == ReportStatus.DA_NHAN and con.item(signer, "thu_ngan_sach") is not None
    assert office.checked_completeness(PERIOD).units == con.completeness.units


def test_a_row_stating_another_approval_than_its_document_is_not_counted(received, units):
    """The row's approval is what the completeness says (Dự thảo or not): it must be the signed one's."""
    office, data = received
    code = list(units)[2]
    edit_with_sqlite3(data, f"UPDATE received SET approved = 0 WHERE unit_code = '{code}' AND current = 1")
    _acknowledged(data)

    unit = _unit(office.consolidation(PERIOD), code)
    assert unit.status == ReportStatus.BI_TU_CHOI
    made = when_text(units[code].generated_at)
    assert f"được lưu là bản dự thảo lập lúc {made}, nhưng văn bản đơn vị ký là bản đã duyệt lập lúc {made}" in unit.reason
