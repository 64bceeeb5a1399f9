"""An acknowledgement records as checked only what the administrator read (red-team 8, finding 8):
a figure changed outside the program, listed, then changed again while the box is open reads the
same message, but the acknowledgement is refused ("changed again since the list was opened: look
again"), for the window's list and for `chitieu audit acknowledge --yes CODE`'s own; looked at again, it
is acknowledged, naming the record by the state the administrator saw."""
from __future__ import annotations

import json

import pytest

from desktop_app.__main__ import main
from desktop_app.core.errors import InvalidInput
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3

ADMIN, OFFICER = ("admin", "cay-tre-2026"), ("canbo", "nhaplieu-2026")
BUDGET = "thu_ngan_sach"


@pytest.fixture
def filled(data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", "Quản trị", ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user(OFFICER[0], "Nguyễn Văn An", Role.OFFICER, OFFICER[1])
    ws.login(*OFFICER)
    ws.set_entry("2026-6M", BUDGET, value="45.000")
    ws.close()
    return data_dir


def _edit(data_dir, value: str) -> None:
    edit_with_sqlite3(data_dir, f"UPDATE entries SET value = '{value}' WHERE indicator = '{BUDGET}'")


def _admin(data_dir) -> Workspace:
    ws = Workspace.open(data_dir)
    ws.login(*ADMIN)
    return ws


def _stored(ws) -> str:
    return ws.store.entries(ws.settings.commune_code, "2026-6M", BUDGET)[0].value


def test_a_record_changed_again_while_the_list_is_open_is_not_acknowledged(filled):
    _edit(filled, "60000")
    ws = _admin(filled)
    try:
        seen = ws.verify_history()  # the box: the administrator checks 60.000 against the papers
        _edit(filled, "999999")  # meanwhile, with sqlite3
        assert [t.message for t in ws.verify_history()] == [t.message for t in seen]  # the same words
        with pytest.raises(InvalidInput) as refused:
            ws.acknowledge_changes(seen)
        said = refused.value.message
        assert said.startswith("Chưa xác nhận: từ lúc danh sách được mở, 1 thay đổi trong danh sách đã bị thay đổi "
                               "lần nữa (số liệu đã xem không còn là số liệu đang lưu), đầu tiên: Số liệu chỉ tiêu ")
        assert said.endswith("Xem lại danh sách rồi xác nhận.") and "changed again" in refused.value.en
        assert [t.message for t in ws.verify_history()] == [t.message for t in seen]  # nothing recorded

        again = ws.verify_history()  # looked at again: 999.999 is what the administrator now checks
        ws.acknowledge_changes(again)
        assert ws.verify_history() == [] and _stored(ws) == "999999"
        row = ws.store.conn.execute("SELECT old FROM audit WHERE action = 'tamper_ack'").fetchone()[0]
        assert json.loads(row) == [list(again[0].mark)]  # the record, by the state listed
        assert again[0].mark[:2] == ("record", "entries") and again[0].mark[-1] != seen[0].mark[-1]
    finally:
        ws.close()


def test_the_command_acknowledges_what_it_listed_and_no_later_change(filled, monkeypatch, capsys):
    """`audit acknowledge --yes CODE`: a change made between its reading and its recording is refused."""
    _edit(filled, "60000")
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    code = listed_code("--data-dir", str(filled), "--user", ADMIN[0])  # the list: 60.000
    listed = Workspace.verify_history

    def listed_then_changed(ws):
        found = listed(ws)
        _edit(filled, "999999")  # another window's sqlite3 shell, at that moment
        return found

    monkeypatch.setattr(Workspace, "verify_history", listed_then_changed)
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    assert main(["--data-dir", str(filled), "--user", ADMIN[0], "audit", "acknowledge", "--yes", code]) == 2
    assert "đã bị thay đổi lần nữa" in capsys.readouterr().err
    monkeypatch.undo()
    ws = _admin(filled)
    try:
        assert len(ws.verify_history()) == 1  # still named: nothing was recorded as checked
    finally:
        ws.close()
    monkeypatch.setenv("CHITIEU_PASSWORD", ADMIN[1])
    code = listed_code("--data-dir", str(filled), "--user", ADMIN[0])  # listed again: 999.999
    assert main(["--data-dir", str(filled), "--user", ADMIN[0], "audit", "acknowledge", "--yes", code]) == 0
    assert "Đã ghi nhận đã kiểm tra 1 thay đổi" in capsys.readouterr().out
