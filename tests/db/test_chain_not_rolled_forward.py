"""Rows slipped into the audit chain with sqlite3 are never taken into it by the program's next
write (red-team 7, finding 1): the write is refused, saying so and what to do; a forged
acknowledgement clears nothing; an administrator's acknowledgement clears what it names and no
more, so a row deleted later before a break it cleared is named again."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.__main__ import main
from desktop_app.core.errors import ChangedOutside
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.edited_outside import edit_with_sqlite3

ADMIN, OFFICER = ("admin", "cay-tre-2026"), ("canbo", "nhaplieu-2026")
BHYT = "Số liệu chỉ tiêu Tỷ lệ người dân tham gia bảo hiểm y tế (năm 2026)"


@pytest.fixture
def filled(data_dir):
    ws = Workspace.open(data_dir)
    ws.add_user(ADMIN[0], "Hoàng Văn Quản", "Quản trị", ADMIN[1])
    ws.login(*ADMIN)
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình")
    ws.add_user(OFFICER[0], "Nguyễn Văn An", Role.OFFICER, OFFICER[1])
    ws.login(*OFFICER)
    ws.set_entry("2026", "bhyt", numerator="9.500", denominator="10.000")
    ws.set_narrative("2026", "ket_qua", "Hoàn thành phần lớn chỉ tiêu.")
    ws.close()
    return data_dir


_sql = edit_with_sqlite3


def _open(data_dir, account=OFFICER) -> Workspace:
    ws = Workspace.open(data_dir)
    ws.login(*account)
    return ws


def _found(data_dir) -> list:
    """What the history finds, as the administrator's list shows it (`Workspace.verify_history`)."""
    ws = Workspace.open(data_dir)
    try:
        return ws.store.verify_integrity({i.code: i.name for i in ws.catalog.indicators})
    finally:
        ws.close()


def _said(data_dir) -> list[str]:
    return [t.message for t in _found(data_dir)]


# The attacker's edit: a figure raised, and an acknowledgement row with no hash after it.
RAISED = "UPDATE entries SET numerator = '9999' WHERE indicator = 'bhyt'"
FORGED_ACK = ("INSERT INTO audit (at, user, action, field, new) VALUES "
              "('2026-06-20T08:00:00+07:00', 'admin', 'tamper_ack', 'history', 'Đã kiểm tra')")


def test_a_forged_acknowledgement_is_not_sealed_by_the_next_write(filled, capsys, monkeypatch):
    _sql(filled, RAISED, FORGED_ACK)
    found = _found(filled)
    said = [t.message for t in found]
    assert said[0].startswith("Nhật ký thay đổi bị sửa ngoài chương trình từ dòng số ")
    assert "thao tác tamper_ack" in said[0] and said[1].startswith(BHYT + " đã bị sửa")

    ws = _open(filled)
    with pytest.raises(ChangedOutside) as refused:  # the clerk's next ordinary write
        ws.set_narrative("2026", "ket_qua", "Hoàn thành các chỉ tiêu.")
    ws.close()
    said = refused.value.message
    assert f"Cơ sở dữ liệu {filled / 'chitieu.db'} có dòng nhật ký thay đổi được thêm ngoài chương trình" in said
    assert "việc vừa làm chưa được lưu" in said and "chitieu audit verify" in said and "Quản trị viên" in said
    assert "chitieu audit verify" in refused.value.en
    assert _found(filled) == found  # nothing written, the forgery still named
    monkeypatch.setenv("CHITIEU_PASSWORD", OFFICER[1])
    assert main(["--data-dir", str(filled), "--user", OFFICER[0], "audit", "verify"]) == 1
    assert "thao tác tamper_ack" in capsys.readouterr().err

    ws = _open(filled, ADMIN)
    ws.acknowledge_changes(found)  # the administrator looked: now the writes go on
    ws.login(*OFFICER)
    ws.set_narrative("2026", "ket_qua", "Hoàn thành các chỉ tiêu.")
    ws.close()
    assert _found(filled) == []


def test_a_row_added_by_hand_is_refused_at_every_write_not_only_an_acknowledgement(filled):
    _sql(filled, "INSERT INTO audit (at, user, action, commune, period, indicator, field, old, new) VALUES "
                 "('2026-06-20T08:00:00+07:00', 'canbo', 'entry', '05503', '2026', 'bhyt', 'numerator', "
                 "'9500', '9999')")
    ws = _open(filled)
    with pytest.raises(ChangedOutside):
        ws.set_entry("2026", "bhyt", comment="Đã rà soát")
    assert ws.store.entries("05503", "2026", "bhyt")[0].comment == ""
    ws.close()
    assert len(_found(filled)) == 1


def test_an_acknowledgement_clears_what_it_named_and_no_more(filled):
    """An audit row changed, acknowledged; then the row before it deleted: the chain no longer
    leads to that row as it did when acknowledged, and is named again."""
    conn = sqlite3.connect(filled / "chitieu.db")
    entry_id = conn.execute("SELECT min(id) FROM audit WHERE action = 'entry'").fetchone()[0]
    conn.close()
    _sql(filled, f"UPDATE audit SET new = '9600' WHERE id = {entry_id}")
    ws = _open(filled, ADMIN)
    ws.acknowledge_changes(_found(filled))
    ws.close()
    assert _found(filled) == []
    _sql(filled, f"DELETE FROM audit WHERE id = {entry_id - 1}")  # what recorded the officer's account
    said = _said(filled)
    assert len(said) == 2 and f"từ dòng số {entry_id} " in said[0]
    assert said[1] == "Tài khoản canbo đã được thêm ngoài chương trình."
