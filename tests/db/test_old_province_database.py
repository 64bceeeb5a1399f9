"""A province database written by the previous version (schema 9, tests/db/data/README.md), whose
received reports the audit chain did not record yet, opened by this one: upgraded, its history
intact and every version counted as it was; a stored report changed after that is named."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from desktop_app.core.consolidation import ReportStatus
from desktop_app.province import ProvinceOffice

OLD = Path(__file__).parent / "data" / "schema9_province.db"
PERIOD = "2026-6M"


@pytest.fixture
def office(tmp_path):
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")
    office = ProvinceOffice.open(folder, user="van-thu")
    yield office
    office.close()


def test_the_upgrade_keeps_the_history_intact_and_every_version_counted_as_it_was(office):
    assert office.store.schema_version == SCHEMA_VERSION and office.store.verify_integrity() == []
    con = office.consolidation(PERIOD)
    statuses = {u.code: u.status for u in con.completeness.units if u.status != ReportStatus.CHUA_GUI}
    assert statuses == {"05503": ReportStatus.DA_NHAN, "05488": ReportStatus.DA_NHAN,
                        "05881": ReportStatus.BI_TU_CHOI, "05908": ReportStatus.DA_NHAN}
    assert con.item("05503", "thu_ngan_sach").value == "12345"
    assert not [d for found in con.differences.values() for d in found if "ngoài chương trình" in d]


def test_a_report_changed_after_the_upgrade_is_named_and_not_counted(office):
    conn = sqlite3.connect(office.store.path)
    conn.execute("UPDATE received SET canonical = replace(canonical, '\"12345\"', '\"99999\"')"
                 " WHERE id = 5")  # the correction's figure
    conn.commit()
    conn.close()
    assert [t.message for t in office.store.verify_integrity()] == [
        "Báo cáo 6 tháng đầu năm 2026 của Xã Tân Cương (mã 05503) nhận từ tệp ban-sua-lai.xlsx (bản lưu số 5) đã "
        "bị sửa ngoài chương trình."]
    con = office.consolidation(PERIOD)
    assert con.item("05503", "thu_ngan_sach") is None and "05503" in con.differences
