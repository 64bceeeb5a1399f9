"""The province's checks of the units' signed report PDFs are in the audit chain (red-team 8,
finding 5): a check slipped in with sqlite3 ('Chữ ký số hợp lệ' for a unit that sent no PDF) or
changed is named by `audit verify` and the window's signature column does not show it; the checks
stored before the upgrade are taken in once, as they were, and shown."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.schema import SCHEMA_VERSION
from desktop_app.cli import run
from desktop_app.core.errors import DatabaseDamaged
from desktop_app.core.pdf_signature import PdfVerdict
from desktop_app.province import ProvinceOffice
from desktop_app.signature_check import pdf_signatures
from tests.edited_outside import edit_with_sqlite3

# tests/db/data/README.md: 05503's year report came with its signed PDF (checked, id 1);
# 05908 sent an unsigned 2026-6M report (kept version id 4) and no PDF
OLD = Path(__file__).parent / "data" / "schema11_province.db"
SIGNED, UNSIGNED_VERSION = ("05503", "2026"), 4
ADDED = (f"INSERT INTO pdf_checks (received_id, file_name, file_sha256, checked_at, verdict, details)"
         f" SELECT {UNSIGNED_VERSION}, '2026-6M_05908_xa-phu-binh_ky-so.pdf', file_sha256, checked_at, verdict,"
         " details FROM pdf_checks WHERE received_id = 1")


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "tinh"
    folder.mkdir()
    shutil.copy(OLD, folder / "chitieu.db")
    ProvinceOffice.open(folder, user="van-thu").close()  # upgraded by this version
    return folder


def _office(folder):
    return ProvinceOffice.open(folder, user="van-thu")


def test_the_checks_stored_before_the_upgrade_are_taken_in_and_shown(folder):
    office = _office(folder)
    try:
        assert office.store.schema_version == SCHEMA_VERSION and office.store.verify_integrity() == []
        unit, period = SIGNED
        check = pdf_signatures(office, period)[unit]
        assert check.verdict == PdfVerdict.HOP_LE and check.summary == "Chữ ký số hợp lệ: Trần Thị Bình"
    finally:
        office.close()


def test_a_check_added_with_sqlite3_is_named_and_not_shown(folder, capsys):
    edit_with_sqlite3(folder, ADDED)
    office = _office(folder)
    try:
        assert [t.message for t in office.store.verify_integrity()] == [
            "Kết quả kiểm tra chữ ký số của tệp PDF kèm báo cáo 6 tháng đầu năm 2026 của Xã Phú Bình (mã 05908) nhận "
            "từ tệp 2026-6M_05908_xa-phu-binh.xlsx (bản lưu số 4) đã được thêm ngoài chương trình."]
        assert "05908" not in pdf_signatures(office, "2026-6M")  # the window's column: no PDF checked
        assert SIGNED[0] in pdf_signatures(office, SIGNED[1])  # the genuine one still shown
    finally:
        office.close()
    assert run(["--data-dir", str(folder), "audit", "verify"]) == 1
    assert "Kết quả kiểm tra chữ ký số của tệp PDF kèm báo cáo 6 tháng đầu năm 2026" in capsys.readouterr().err


def test_a_check_changed_with_sqlite3_is_named_and_not_shown(folder):
    """The signer's name in the stored check changed: named, and the column shows no check."""
    edit_with_sqlite3(folder, "UPDATE pdf_checks SET details = replace(details, 'Trần Thị Bình', 'Nguyễn Văn Giả')")
    office = _office(folder)
    try:
        assert [t.message for t in office.store.verify_integrity()] == [
            "Kết quả kiểm tra chữ ký số của tệp PDF kèm báo cáo năm 2026 của Xã Tân Cương (mã 05503) nhận từ tệp "
            "2026_05503_xa-tan-cuong.xlsx (bản lưu số 1) đã bị sửa ngoài chương trình."]
        assert pdf_signatures(office, SIGNED[1]) == {}
    finally:
        office.close()


def test_a_check_added_then_the_schema_set_back_is_not_adopted(folder):
    """The migration that takes the checks in does not run again on a number set back (finding 1)."""
    edit_with_sqlite3(folder, ADDED, "PRAGMA user_version = 11")
    with pytest.raises(DatabaseDamaged, match="số lược đồ đã bị sửa ngoài chương trình"):
        _office(folder)
    edit_with_sqlite3(folder, "DELETE FROM audit WHERE action = 'schema'")  # and its rows deleted too
    office = _office(folder)
    try:
        assert "05908" not in pdf_signatures(office, "2026-6M")
        assert any(m.endswith("đã được thêm ngoài chương trình.") and "tệp PDF" in m
                   for m in (t.message for t in office.store.verify_integrity()))
    finally:
        office.close()
