"""Red-team 10, finding 2: an acceptance of an unsigned version written before acceptances named the
whole version (file and fingerprint of the figures only) still let that version, an accepted DRAFT,
be relabelled "approved" with sqlite3 (its row and stored document) and, once acknowledged, count as
approved. The upgrade to schema 13 binds each such acceptance whose version is intact to that
version (a chained row in today's words); from then on the old words alone count for nothing.

The databases are the committed ones older versions wrote (tests/db/data/README.md): schema 9, 10
and 11 (Xã Phú Bình 05908 unsigned, approved, accepted) and schema 12 (written just before
acceptances named the version: Xã Điềm Thụy 05941's unsigned DRAFT accepted, and Xã Phú Bình's
unsigned approved report accepted)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.acceptances import UNSIGNED_ACCEPT, WHOLE_VERSION
from db.schema import SCHEMA_VERSION
from desktop_app.core.consolidation import ReportStatus
from desktop_app.core.errors import ChiTieuError
from desktop_app.province import ProvinceOffice
from tests.edited_outside import edit_with_sqlite3
from tests.province.test_unsigned_as_accepted import _acknowledged

DATA = Path(__file__).parent / "data"
PERIOD = "2026-6M"
DRAFT, APPROVED = "05941", "05908"
# rt9's /tmp/rt9/draft_to_approved.sh: the accepted draft's row and stored document say "approved"
RELABELLED = ("UPDATE received SET approved = 1, document = json_set(document, '$.approved', json('true'),"
              " '$.approved_by', 'Trần Thị Bình', '$.approved_at', '2026-06-17T08:00:00+07:00')"
              f" WHERE unit_code = '{DRAFT}'")


def _folder(tmp_path, fixture: str) -> Path:
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(DATA / fixture, folder / "chitieu.db")
    return folder


def _open(folder: Path) -> ProvinceOffice:
    return ProvinceOffice.open(folder, user="van-thu")


def _statuses(office) -> dict[str, ReportStatus]:
    return {u.code: u.status for u in office.checked_completeness(PERIOD).units if u.status != ReportStatus.CHUA_GUI}


def _bound(office) -> dict[str, tuple[str, str]]:
    """unit -> (old words, new words) of the chained acceptance rows the upgrade wrote."""
    return {r.commune: (r.old, r.new) for r in office.store.chained_audit_rows(UNSIGNED_ACCEPT, period=PERIOD)
            if r.old}


@pytest.mark.parametrize("fixture", ["schema9_province.db", "schema10_province.db", "schema11_province.db",
                                     "schema12_province.db"])
def test_an_older_database_upgrades_clean_its_accepted_unsigned_versions_bound_and_counted(tmp_path, fixture):
    """Old to new: intact, each accepted unsigned version bound to its whole version by a chained row
    (its old words kept beside it) and counted as before; opened again, nothing more is written."""
    folder = _folder(tmp_path, fixture)
    office = _open(folder)
    try:
        assert office.store.schema_version == SCHEMA_VERSION and office.store.verify_integrity() == []
        bound = _bound(office)
        units = [APPROVED, DRAFT] if fixture == "schema12_province.db" else [APPROVED]
        assert sorted(bound) == sorted(units)
        for unit in units:
            old, new = bound[unit]
            version = next(r for r in office.unsigned(PERIOD) if r.unit_code == unit).version_id
            assert new == f"{old}{WHOLE_VERSION}{version}" and WHOLE_VERSION not in old
        statuses = _statuses(office)
        assert statuses[APPROVED] == ReportStatus.DA_NHAN
        assert office.consolidation(PERIOD).item(APPROVED, "thu_ngan_sach") is not None
        if DRAFT in units:
            assert statuses[DRAFT] == ReportStatus.DU_THAO
            assert "dự thảo 1" in office.consolidation(PERIOD).completeness.text
        rows = office.store.last_audit_id()
    finally:
        office.close()
    office = _open(folder)
    try:
        assert office.store.last_audit_id() == rows and office.store.verify_integrity() == []
    finally:
        office.close()


def test_a_draft_accepted_by_the_older_version_relabelled_approved_is_not_counted_as_approved(tmp_path):
    """The red-team's steps on the older version's database, upgraded: the accepted draft's row and
    document relabelled approved with sqlite3, the change acknowledged by the command line: the unit
    is 'Bị từ chối' (the history has no acceptance of this version), never an approved report."""
    folder = _folder(tmp_path, "schema12_province.db")
    _open(folder).close()  # the upgrade
    edit_with_sqlite3(folder, RELABELLED)
    _acknowledged(str(folder))

    office = _open(folder)
    try:
        con = office.consolidation(PERIOD)
        unit = next(u for u in con.completeness.units if u.code == DRAFT)
        assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
        assert "không có lần chấp nhận nào của bản này" in unit.reason
        assert DRAFT not in office.submissions(PERIOD) and con.item(DRAFT, "thu_ngan_sach") is None
        assert con.completeness.counts["received"] == 1 and "dự thảo" not in con.completeness.text
        assert _statuses(office)[APPROVED] == ReportStatus.DA_NHAN
    finally:
        office.close()


def test_a_version_changed_before_the_upgrade_stays_unbound_and_never_counts(tmp_path):
    """Relabelled with sqlite3 before the new version first opened the database: not intact at the
    upgrade, its old acceptance is not bound, so once the change is acknowledged the unit is 'Bị từ
    chối' with the reason, which says to restore a backup from before the change or ask the unit to
    send its report again; accepting it again finds none waiting (its row says accepted). The other unit's acceptance is bound and counted."""
    folder = _folder(tmp_path, "schema12_province.db")
    edit_with_sqlite3(folder, RELABELLED)
    office = _open(folder)
    try:
        assert sorted(_bound(office)) == [APPROVED]
        assert [t.message for t in office.store.verify_integrity()] == [
            ("Báo cáo 6 tháng đầu năm 2026 của Xã Điềm Thụy (mã 05941) nhận từ tệp 2026-6M_05941_xa-diem-thuy.xlsx "
             "(bản lưu số 2) đã bị sửa ngoài chương trình.")]
    finally:
        office.close()
    _acknowledged(str(folder))

    office = _open(folder)
    try:
        unit = next(u for u in office.consolidation(PERIOD).completeness.units if u.code == DRAFT)
        assert unit.status == ReportStatus.BI_TU_CHOI and not unit.received
        assert unit.reason.startswith("Bản báo cáo chưa ký đã lưu (tệp 2026-6M_05941_xa-diem-thuy.xlsx, mã xác thực "
                                      "173b0f65d8d3bbae) được ghi là đã được tỉnh chấp nhận, nhưng nhật ký thay đổi "
                                      "không có lần chấp nhận nào của bản này: bản lưu đã bị sửa sau khi nhận")
        with pytest.raises(ChiTieuError, match="không có bản chưa ký nào đang chờ chấp nhận"):
            office.accept_unsigned(DRAFT, PERIOD)
        assert _statuses(office)[APPROVED] == ReportStatus.DA_NHAN
    finally:
        office.close()
