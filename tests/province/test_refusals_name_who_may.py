"""Walk h8: the province office has its leader (Trần Thị Duyệt, lanh-dao) and its officer, yet the
officer pressing Enter on a key's row (confirming a key: the leader's) was told to ask the
administrator to make a Leader account, and the leader pressing Alt+N (receiving: the officer's)
to get an officer's one. The refusal, the service's own words, now names the accounts of the role
that may and how to log in with one; there is no account to make, so no "Tài khoản…" button."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.errors import NotPermitted
from desktop_app.core.keys import KeyState
from tests.province.test_keys_window import TODAY, mail  # noqa: F401 (fixture)
from tests.province.test_roles_said_first import on_the_key, read_and, shown
from tests.ui.conftest import Script, press

PASSWORD = "hoa-sen-2026"
LEADER_NAMED = ("Việc này do Lãnh đạo làm: Trần Thị Duyệt (lanh-dao) — đăng xuất (Tệp › Đăng xuất) và đăng nhập "
                "bằng tài khoản đó.")


@pytest.fixture
def staffed(office, mail):  # noqa: F811
    """The province with its administrator, its officer (who has read the folder: keys await
    confirmation) and its leader."""
    ws = office.ws
    ws.add_first_accounts("tinh", "Đỗ Thị Thanh Hương", PASSWORD, "can-bo")
    ws.login("tinh", PASSWORD)
    ws.add_user("lanh-dao", "Trần Thị Duyệt", "leader", PASSWORD)
    ws.login("can-bo", PASSWORD)
    office.intake(mail["folder"], "2026-6M")
    return office


def opened(qtbot, office, who: str):
    from ui.province_window import ProvinceWindow

    office.ws.login(who, PASSWORD)
    window = shown(qtbot, ProvinceWindow(office.ws, today=TODAY))
    window.period_box.setCurrentIndex(window.period_box.findData("2026-6M"))
    return window


def test_the_officer_confirming_a_key_is_told_to_log_in_as_the_leader(qtbot, staffed, mail):  # noqa: F811
    window, seen = opened(qtbot, staffed, "can-bo"), {}
    on_the_key(window, mail["a"])
    script = Script((QMessageBox, read_and(Qt.Key.Key_Return, seen)))
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    script.check()
    assert seen["text"] == ("Tài khoản can-bo (Cán bộ nhập liệu) không được xác nhận hoặc thu hồi khóa ký, chấp nhận "
                            "tệp chưa ký. " + LEADER_NAMED)
    assert "tạo một tài khoản" not in seen["text"]
    assert seen["buttons"] == ["Đóng"]
    assert staffed.key_state(mail["a"].unit_code).state == KeyState.CHO


def test_the_leader_receiving_is_told_to_log_in_as_the_officer(qtbot, staffed):
    window, seen = opened(qtbot, staffed, "lanh-dao"), {}
    window.table.setFocus()
    script = Script((QMessageBox, read_and(Qt.Key.Key_Escape, seen)))
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    script.check()
    assert seen["text"] == ("Tài khoản lanh-dao (Lãnh đạo) không được nhận báo cáo của các xã, phường. Việc này do "
                            "Cán bộ nhập liệu làm: Đỗ Thị Thanh Hương (can-bo) — đăng xuất (Tệp › Đăng xuất) và "
                            "đăng nhập bằng tài khoản đó.")
    assert seen["buttons"] == ["Đóng"]
    assert len(staffed.store.intake_runs()) == 1  # no folder asked, nothing read


def test_with_the_leader_locked_the_officer_is_told_to_ask_for_an_unlock(staffed, mail):  # noqa: F811
    """The only leader locked by the administrator: nobody to log in as; the administrator unlocks
    one or makes another (the service's words, as the command line prints them)."""
    ws = staffed.ws
    ws.login("tinh", PASSWORD)
    ws.lock_account("lanh-dao", last_leader=True)
    ws.login("can-bo", PASSWORD)
    with pytest.raises(NotPermitted) as refused:
        staffed.require_key_decisions()
    assert refused.value.message.endswith(
        "Việc này do Lãnh đạo làm, mà tài khoản Lãnh đạo nào cũng đang bị khóa: đề nghị quản trị viên mở khóa một "
        "tài khoản hoặc tạo tài khoản mới cho bạn (ở Tệp › Tài khoản…), rồi đăng xuất (Tệp › Đăng xuất) và đăng "
        "nhập bằng tài khoản đó.")


def test_the_command_line_says_the_same(staffed, mail, tmp_path, monkeypatch, capsys):  # noqa: F811
    from desktop_app.__main__ import main

    monkeypatch.setenv("CHITIEU_PASSWORD", PASSWORD)
    a = mail["a"]
    assert main(["--data-dir", str(tmp_path / "tinh"), "--user", "can-bo", "keys", "confirm", a.unit_code,
                 a.key_code]) == 2
    assert LEADER_NAMED in capsys.readouterr().err
    assert staffed.key_state(a.unit_code).state == KeyState.CHO
