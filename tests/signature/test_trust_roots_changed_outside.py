"""The province's trust roots decide whose signed PDFs it believes: like a key decision, none is
added or removed while the database holds a change made outside the program that no administrator
has acknowledged (red-team 16, F1)."""
from __future__ import annotations

import pytest

from desktop_app.core.errors import ChangedOutside
from desktop_app.province import ProvinceOffice
from desktop_app.trust_roots import import_trust_roots, remove_trust_root, trust_roots
from tests.edited_outside import edit_with_sqlite3

PW = "Hoasen#2026"
EDIT = """UPDATE settings SET value = '"Người Khác"' WHERE key = 'signer'"""


def _as(folder, username: str) -> ProvinceOffice:
    office = ProvinceOffice.open(folder)
    office.ws.login(username, PW)
    return office


def _acknowledge(folder) -> None:
    admin = _as(folder, "quantri")
    admin.ws.acknowledge_changes(admin.ws.verify_history())
    admin.close()


def test_trust_roots_wait_for_a_change_outside_to_be_acknowledged(tmp_path, pki):
    folder = tmp_path / "tinh"
    office = ProvinceOffice.open(folder)
    office.ws.add_user("quantri", "Quản Trị", "admin", PW)
    office.ws.login("quantri", PW)
    office.ws.add_user("lanhdao", "Phó Chủ tịch", "leader", PW)
    office.setup("Lê Thị Thu", "Hoàng Văn Ký", "Phó Chủ tịch")
    office.close()
    edit_with_sqlite3(folder, EDIT)
    office = _as(folder, "lanhdao")
    with pytest.raises(ChangedOutside, match="^Chưa thêm chứng thư gốc tin cậy được: .*Cài đặt signer đã bị sửa"):
        import_trust_roots(office, [pki.root_pem])
    assert trust_roots(office) == []
    office.close()
    _acknowledge(folder)
    office = _as(folder, "lanhdao")
    (root,) = import_trust_roots(office, [pki.root_pem])
    office.close()
    edit_with_sqlite3(folder, EDIT.replace("Người Khác", "Người Khác Nữa"))
    office = _as(folder, "lanhdao")
    with pytest.raises(ChangedOutside, match="^Chưa bỏ chứng thư gốc tin cậy được: "):
        remove_trust_root(office, root.code)
    assert [r.sha256 for r in trust_roots(office)] == [root.sha256]
    office.close()
