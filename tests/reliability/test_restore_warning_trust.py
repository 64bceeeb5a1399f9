"""Red-team 19, F3 and F4: the restore warning names what a restore takes back that the trust in the
units' reports rests on. At the province: a key revoked since (restored, the forged report it signed
counts again), a key confirmed since, an unsigned version accepted since, the reports received since.
At a commune: the catalogue update imported since (the unit's target goes back) and the province key
pinned since (forgotten by the restore), or a key forgotten since that comes back. Before, the warning
was None in every one of these cases. Reading the backup writes nothing into it."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app import backups
from desktop_app import catalog_update as cu
from desktop_app import province_key_reset as reset
from desktop_app.core.users import Role
from desktop_app.province import ProvinceOffice
from desktop_app.services import Workspace
from tests.province.helpers import make_submissions

PERIOD = "2026-6M"
TAN_CUONG = "05503"
ADMIN = ("quantri", "cay-tre-2026")


def _digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture
def office(tmp_path):
    o = ProvinceOffice.open(tmp_path / "tinh", user="van-thu")
    o.setup("Lê Văn Tổng", "Hoàng Thị Ký", "Phó Chủ tịch")
    yield o
    o.close()


def _inbox(tmp_path: Path, name: str, units: list[str], **kw) -> tuple[Path, dict]:
    folder = tmp_path / name
    folder.mkdir()
    ws, subs = make_submissions(folder, units, PERIOD, data_dir=tmp_path / f"{name}-db", **kw)
    ws.close()
    return folder, subs


def test_a_key_revoked_since_the_backup_is_named_and_stays_revoked(office, tmp_path):
    folder, subs = _inbox(tmp_path, "inbox", [TAN_CUONG])
    office.intake(folder, PERIOD)
    code = subs[TAN_CUONG].key_code
    backup = backups.take_backup(office, "tudong")
    office.revoke_key(TAN_CUONG)  # a forged report
    assert (TAN_CUONG, "bhyt") not in office.consolidation(PERIOD).items
    db = Path(office.store.path)
    office.close()
    before = _digest(backup)

    warning = backups.restore_warning(db, backup)

    assert warning is not None
    assert f"Khóa {code} của Xã Tân Cương đã thu hồi sau lúc sao lưu" in warning
    # walk U10 F2: it stays revoked (tests/reliability/test_restore_keeps_revoked.py), said so
    assert ("sau khi khôi phục, khóa vẫn ở trạng thái Thu hồi (chương trình ghi lại việc thu hồi vào dữ liệu khôi "
            "phục, kèm một dòng nhật ký), các bản báo cáo ký bằng khóa này vẫn không được tính") in warning
    assert f"The key {code} of Xã Tân Cương was revoked after the backup was taken" in warning.en
    assert "the reports it signed still do not count" in warning.en
    assert _digest(backup) == before  # read only
    assert not list(backup.parent.glob(backup.name + "-*"))  # no journal, WAL or shared-memory file beside it

    backups.restore(db, backup)  # what the warning said happens
    again = ProvinceOffice.open(db.parent, user="van-thu")
    try:
        assert (TAN_CUONG, "bhyt") not in again.consolidation(PERIOD).items
    finally:
        again.close()


def test_the_start_up_route_with_a_damaged_database_names_the_revocation_too(office, tmp_path):
    """The rt19 repro: the database's schema number set back outside the program (Store refuses to open
    it), the start-up offers the newest backup: the warning reads the damaged file all the same."""
    import sqlite3

    folder, subs = _inbox(tmp_path, "inbox", [TAN_CUONG])
    office.intake(folder, PERIOD)
    backup = backups.take_backup(office, "tudong")
    office.revoke_key(TAN_CUONG)
    db = Path(office.store.path)
    office.close()
    conn = sqlite3.connect(db)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"PRAGMA user_version = {version - 1}")
    conn.commit()
    conn.close()
    assert type(backups.check_database(db)).__name__ == "DatabaseDamaged"

    warning = backups.restore_warning(db, backup)

    assert warning is not None and f"Khóa {subs[TAN_CUONG].key_code} của Xã Tân Cương đã thu hồi" in warning


def test_a_key_confirmed_an_unsigned_version_accepted_and_reports_received_since_are_named(office, tmp_path):
    signed_folder, signed = _inbox(tmp_path, "signed", [TAN_CUONG])
    plain_folder, _plain = _inbox(tmp_path, "plain", ["05488"], sign=False)
    office.intake(signed_folder, PERIOD)
    office.intake(plain_folder, PERIOD)
    backup = backups.take_backup(office, "tudong")
    code = signed[TAN_CUONG].key_code
    office.confirm_key(TAN_CUONG, code)
    accepted = office.accept_unsigned("05488", PERIOD)
    later_folder, _later = _inbox(tmp_path, "later", ["05881", "05908"])
    office.intake(later_folder, PERIOD)
    names = {u: office.ws.catalog.commune_by_code(u).name for u in ("05488", "05881", "05908")}
    db = Path(office.store.path)
    office.close()

    warning = backups.restore_warning(db, backup)

    assert warning is not None
    assert (f"Khóa {code} của Xã Tân Cương đã được xác nhận (đối chiếu với báo cáo giấy) sau lúc sao lưu"
            in warning)
    assert "khóa lại ở trạng thái Chờ xác nhận như trong bản sao lưu; phải đối chiếu mã khóa với báo cáo giấy" in warning
    assert (f"Bản chưa ký của {names['05488']} kỳ 6 tháng đầu năm 2026 (tệp {accepted.file_name}) đã được tỉnh "
            "chấp nhận sau khi đối chiếu báo cáo giấy sau lúc sao lưu") in warning
    assert "sau khi khôi phục, bản đó lại chưa được chấp nhận và không được tính" in warning
    by_unit = "; ".join(f"{n}: 1" for n in sorted([names["05881"], names["05908"]]))
    assert f"Tỉnh đã nhận 2 bản báo cáo sau lúc sao lưu ({by_unit})" in warning
    assert "2 report versions received after the backup was taken" in warning.en
    assert "was confirmed (compared with the paper report)" in warning.en


@pytest.fixture
def commune(tmp_path):
    ws = Workspace.open(tmp_path / "xa")
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", Role.ADMIN, ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    yield ws
    ws.close()


@pytest.fixture
def update(office, tmp_path):
    """The province's 2026.2, lowering Tân Cương's BHYT target to ≥ 90, and its key code."""
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "90", unit=TAN_CUONG)
    published = cu.publish(office.ws, "2026.2", tmp_path / "2026.2.chitieu-catalog.json")
    return published["path"], published["key_code"]


def test_a_catalogue_update_and_the_province_key_pinned_since_are_named(commune, update):
    path, code = update
    backup = backups.take_backup(commune, "truoc-cap-nhat")
    cu.import_update(commune, path, code=code)
    db = Path(commune.store.path)
    before = _digest(backup)

    warning = backups.restore_warning(db, backup)

    assert warning is not None
    assert ("Bộ chỉ tiêu đã cập nhật lên phiên bản 2026.2 sau lúc sao lưu: sau khi khôi phục, bộ chỉ tiêu trở lại "
            "phiên bản 2026.1, chỉ tiêu giao cho đơn vị thay đổi (Tỷ lệ người dân tham gia bảo hiểm y tế từ ≥ 90 về "
            "100)") in warning
    assert f"Khóa của tỉnh mã {code} được ghi nhận theo mã in trên công văn sau lúc sao lưu" in warning
    assert "máy quên khóa này và lần nhập bản cập nhật bộ chỉ tiêu tới sẽ hỏi lại mã khóa" in warning
    assert "the catalogue goes back to version 2026.1" in warning.en
    assert f"The province's key {code} was recorded from the code printed on its letter" in warning.en
    assert _digest(backup) == before

    backups.restore(commune, backup)
    again = Workspace.open(db.parent, user=ADMIN[0])
    try:
        assert again.store.current_catalog_version() == "2026.1" and cu.province_key(again) is None
    finally:
        again.close()


def test_a_province_key_forgotten_since_the_backup_comes_back_and_is_named(commune, update, tmp_path):
    path, code = update
    cu.import_update(commune, path, code=code)
    backup = backups.take_backup(commune, "thu-cong")
    reset.forget_province_key(commune, code)  # found not to be the province's key
    db = Path(commune.store.path)

    warning = backups.restore_warning(db, backup)

    assert warning is not None
    assert (f"Khóa của tỉnh mã {code} đã được bỏ sau lúc sao lưu: sau khi khôi phục, máy lại ghi nhận khóa này và "
            "nhận các bản cập nhật bộ chỉ tiêu ký bằng nó") in warning
    assert f"The province's key {code} was forgotten after the backup was taken" in warning.en


def test_nothing_changed_since_says_nothing_of_keys_or_catalogue(office, tmp_path):
    folder, _subs = _inbox(tmp_path, "inbox", [TAN_CUONG])
    office.intake(folder, PERIOD)
    backup = backups.take_backup(office, "tudong")
    db = Path(office.store.path)
    office.close()
    assert backups.restore_warning(db, backup) is None


def test_the_province_s_own_signing_key_made_since_the_backup_is_named(office, tmp_path):
    """Red-team 26: the province's key is made at its first published update; a backup from before it,
    restored, makes another key at the next update, which every unit that recorded the first refuses
    until its administrator forgets it. The warning says so before anything is replaced."""
    backup = backups.take_backup(office, "tudong")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "90", unit=TAN_CUONG)
    code = cu.publish(office.ws, "2026.2", tmp_path / "2026.2.chitieu-catalog.json")["key_code"]
    db = Path(office.store.path)
    office.close()

    warning = backups.restore_warning(db, backup)

    assert warning is not None
    assert (f"Máy đang ký bản cập nhật bộ chỉ tiêu bằng khóa mã {code}, mà các xã, phường đã ghi nhận theo mã in trên "
            "công văn; sau khi khôi phục, máy ký bằng một khóa mới, tạo khi cần lần đầu") in warning
    assert "chitieu catalog-update forget-key" in warning
    assert f"The computer signs catalogue updates with the key {code}" in warning.en


def test_a_commune_backup_of_another_installation_names_the_key_its_reports_will_carry(tmp_path):
    """The same unit's backup from another laptop (its own key): reports exported after the restore are
    signed by that key, refused by the province ("Chữ ký không khớp") until it confirms it."""
    codes, paths = [], []
    for name in ("may-1", "may-2"):
        ws = Workspace.open(tmp_path / name)
        ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
        codes.append(ws.key_code)
        paths.append(Path(ws.store.path))
        if name == "may-2":
            backup = backups.take_backup(ws, "tudong")
        ws.close()

    warning = backups.restore_warning(paths[0], backup)

    assert warning is not None
    assert (f"Máy đang ký báo cáo gửi tỉnh bằng khóa mã {codes[0]}; sau khi khôi phục, máy ký bằng khóa mã "
            f"{codes[1]}: tỉnh đã xác nhận khóa mã {codes[0]} sẽ từ chối báo cáo ký bằng khóa khác") in warning
    assert f"it signs with the key {codes[1]}" in warning.en


def test_a_catalogue_published_since_the_backup_tells_the_province_not_to_number_it_again(office, tmp_path):
    """Red-team 26, F3: after a restore the province published another 2026.2 with other targets; the
    units that had the first refused it as "not newer", each unit judged against other targets."""
    backup = backups.take_backup(office, "tudong")
    cu.edit(office.ws, cu.set_target, "bhyt", ">=", "97", unit=TAN_CUONG)
    cu.publish(office.ws, "2026.2", tmp_path / "2026.2.chitieu-catalog.json")
    db = Path(office.store.path)
    office.close()

    warning = backups.restore_warning(db, backup)

    assert ("bản cập nhật phát hành sau khi khôi phục phải mang số lớn hơn 2026.2, không dùng lại số 2026.2 cho một "
            "nội dung khác") in warning
    assert "never 2026.2 again for other contents" in warning.en
