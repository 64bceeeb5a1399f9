"""A province database of schema 15 (tests/db/data/schema15_province.db: a file refused for a revoked
key logged as "Chữ ký không khớp") opens in this version, upgraded to schema 16 (an earlier version,
which knows no class "Khóa đã thu hồi", no longer opens it), its audit chain intact; the old line
keeps its class; the same file read again is "Khóa đã thu hồi", dated by its first arrival as the old
lines record it."""
from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

from db.schema import SCHEMA_VERSION
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.intake import FileClass
from desktop_app.province import ProvinceOffice
from tests.province.conftest import PERIOD

DATA = Path(__file__).parents[1] / "db" / "data"
DAI_PHUC = "05488"
NAME = "2026-6M_05488_xa-dai-phuc.xlsx"


def test_a_schema_15_database_keeps_its_lines_and_writes_the_new_class(tmp_path):
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(DATA / "schema15_province.db", folder / "chitieu.db")
    inbox = tmp_path / "thu-muc"
    inbox.mkdir()
    shutil.copy(DATA / "schema15_dai_phuc.xlsx", inbox / NAME)  # the very file the old version read
    office = ProvinceOffice.open(folder, user="van-thu")
    try:
        assert office.store.schema_version == SCHEMA_VERSION >= 17
        assert office.store.verify_integrity() == []
        old = [(log.class_, log.arrived_on) for log in office.store.intake_log() if log.unit_code == DAI_PHUC]
        assert old == [("Hợp lệ", "2026-06-18"), ("Chữ ký không khớp", "2026-06-22")]
        [shown] = [r for r in office.recorded_run(PERIOD).run.results if r.unit_code == DAI_PHUC]
        assert shown.class_ == FileClass.CHU_KY_KHONG_KHOP and "đã bị tỉnh thu hồi" in shown.reason
        assert "(trong đó 1 đơn vị có tệp bị từ chối)" in office.checked_completeness(PERIOD).text

        [line] = office.intake(inbox, PERIOD, received=dt.date(2026, 6, 23)).results
        assert line.sha256 == hashlib.sha256((inbox / NAME).read_bytes()).hexdigest()
        assert line.class_ == FileClass.KHOA_THU_HOI and (line.received_on, line.late) == ("2026-06-18", False)
        logged = [log.class_ for log in office.store.intake_log() if log.unit_code == DAI_PHUC]
        assert logged == ["Hợp lệ", "Chữ ký không khớp", "Khóa đã thu hồi"]
        unit = next(u for u in office.checked_completeness(PERIOD).units if u.code == DAI_PHUC)
        assert unit.status == ReportStatus.BI_TU_CHOI and unit.reason.startswith("Khóa đã thu hồi: ")
        assert "vì khóa ký tệp đã bị tỉnh thu hồi" in office.checked_completeness(PERIOD).text
        assert office.store.verify_integrity() == []
    finally:
        office.close()
