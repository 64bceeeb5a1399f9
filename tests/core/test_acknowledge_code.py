"""`chitieu audit acknowledge` records as checked only the changes it listed (red-team 9, finding 3):
the listing prints the list's code, `--yes` needs it, and a change made after the listing, or a
listed figure changed again, makes it refused with nothing recorded, saying what changed and to
list again; listed again, the new code acknowledges. Plain `--yes` and a mistyped code are refused."""
from __future__ import annotations

import pytest

from desktop_app.__main__ import main
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3

ADMIN, OFFICER = ("admin", "quantri-2026"), ("canbo", "nhaplieu-2026")
BUDGET, BHYT = "thu_ngan_sach", "bhyt"


@pytest.fixture
def filled(data_dir, monkeypatch):
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", "Quản trị", ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user(OFFICER[0], "Nguyễn Văn An", Role.OFFICER, OFFICER[1])
    ws.login(*OFFICER)
    ws.set_entry("2026-6M", BUDGET, value="45.000")
    ws.set_entry("2026-6M", BHYT, numerator="9.500", denominator="10.000")
    ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    return data_dir


def _acknowledge(data_dir, *code: str) -> int:
    return main(["--data-dir", str(data_dir), "--user", ADMIN[0], "audit", "acknowledge", "--yes", *code])


def _list(data_dir) -> str:
    return listed_code("--data-dir", str(data_dir), "--user", ADMIN[0])


def _found(data_dir) -> list[str]:
    ws = Workspace.open(data_dir)
    try:
        ws.login(*ADMIN)
        recorded = ws.store.conn.execute("SELECT count(*) FROM audit WHERE action = 'tamper_ack'").fetchone()[0]
        return [t.message for t in ws.verify_history()] + ["tamper_ack"] * recorded
    finally:
        ws.close()


def test_a_change_made_after_the_listing_is_refused_then_acknowledged_once_listed(filled, capsys):
    """The red-team's steps: one change listed, a second sqlite3 edit, --yes with the code shown."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '99999' WHERE indicator = '{BUDGET}'")
    code = _list(filled)
    assert len(code) == 14 and code.count("-") == 2
    edit_with_sqlite3(filled, f"UPDATE entries SET numerator = '1' WHERE indicator = '{BHYT}'")  # meanwhile
    assert _acknowledge(filled, code) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"Lỗi: Chưa xác nhận, chưa ghi nhận gì: mã {code} không phải mã của các thay đổi ngoài "
                           "chương trình hiện có; từ lúc liệt kê, có thêm một thay đổi chưa liệt kê: Số liệu chỉ tiêu "
                           "Tỷ lệ người dân tham gia bảo hiểm y tế (kỳ 2026-6M) đã bị sửa ngoài chương trình.")
    assert "Chạy lại chitieu audit acknowledge để xem danh sách hiện nay" in said
    assert len(_found(filled)) == 2  # both still found, no acknowledgement row

    again = _list(filled)  # listed again: both, another code
    assert again != code
    assert _acknowledge(filled, again) == 0
    out = capsys.readouterr().out
    assert "Đã ghi nhận đã kiểm tra 2 thay đổi" in out and "bảo hiểm y tế" in out
    assert _found(filled) == ["tamper_ack"]


def test_a_listed_figure_changed_again_is_refused(filled, capsys):
    """The same change, the same words, another figure: the code says so."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    code = _list(filled)
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '999999' WHERE indicator = '{BUDGET}'")
    assert _acknowledge(filled, code) == 2
    said = capsys.readouterr().err
    assert ("các thay đổi vẫn là 1 thay đổi đã liệt kê, nhưng có thay đổi trong danh sách mà số liệu đã bị sửa lần "
            "nữa (số liệu đã xem không còn là số liệu đang lưu): Số liệu chỉ tiêu Tổng thu ngân sách") in said
    assert len(_found(filled)) == 1
    # typed as a person might: lower case, no dashes
    assert _acknowledge(filled, _list(filled).lower().replace("-", "")) == 0
    assert _found(filled) == ["tamper_ack"]


def test_yes_without_the_code_or_with_a_mistyped_one_records_nothing(filled, capsys):
    """Plain --yes says to list and take the code; the listing prints it and how to use it."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    assert _acknowledge(filled) == 2
    assert capsys.readouterr().err == (
        "Lỗi: Cần mã danh sách sau --yes: chạy chitieu audit acknowledge (không có --yes) để xem các thay đổi ngoài "
        "chương trình và mã in dưới danh sách, kiểm tra chúng, rồi chạy lại với --yes MÃ. Chưa ghi nhận gì.\n")
    assert _acknowledge(filled, "ABC-DEF") == 2
    assert "Mã danh sách «ABC-DEF» không đúng dạng: cần 12 chữ cái và chữ số" in capsys.readouterr().err
    assert len(_found(filled)) == 1
    assert main(["--data-dir", str(filled), "--user", ADMIN[0], "audit", "acknowledge"]) == 1
    code = _list(filled)
    assert f"Mã danh sách: {code}\nChưa ghi nhận gì. Kiểm tra các thay đổi trên rồi chạy lại với --yes {code} để xác " \
        "nhận đã kiểm tra đúng các thay đổi này" in capsys.readouterr().err


def test_the_officer_is_told_it_is_the_administrators_before_any_code(filled, monkeypatch, capsys):
    """Another role is refused as not permitted, not asked for a code it could never use."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    monkeypatch.setenv("CHITIEU_PASSWORD", OFFICER[1])
    assert main(["--data-dir", str(filled), "--user", OFFICER[0], "audit", "acknowledge", "--yes"]) == 2
    assert "Quản trị" in capsys.readouterr().err
