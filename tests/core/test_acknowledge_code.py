"""`chitieu audit acknowledge` records as checked only the changes it listed (red-team 9, finding 3):
the listing prints the list's code, `--yes` needs it, and a change made after the listing, or a
listed figure changed again, makes it refused with nothing recorded, saying what changed and to
list again; listed again, the new code acknowledges. Plain `--yes` and a mistyped code are refused.

The code is salted at each listing (red-team 10, finding 1): two states of a figure whose codes
collided under the 12-character code of before (40 bits for the states, a birthday search of 2^20
each side: `_search`) give different codes now, so the one written after the listing is refused;
two listings of the same changes give different codes; a code of the old form is refused, saying
to list again."""
from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from db.integrity import digest
from desktop_app.__main__ import main
from desktop_app.core.users import Role
from desktop_app.services import Workspace
from tests.acknowledge_code import listed_code
from tests.edited_outside import edit_with_sqlite3

ADMIN, OFFICER = ("admin", "cay-tre-2026"), ("canbo", "nhaplieu-2026")
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
    assert len(code) == 19 and code.count("-") == 3
    edit_with_sqlite3(filled, f"UPDATE entries SET numerator = '1' WHERE indicator = '{BHYT}'")  # meanwhile
    assert _acknowledge(filled, code) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"Lỗi: Chưa xác nhận, chưa ghi nhận gì: mã {code} không phải mã của các thay đổi ngoài "
                           "chương trình hiện có; từ lúc liệt kê, có thêm một thay đổi chưa liệt kê: Số liệu chỉ tiêu "
                           "Tỷ lệ người dân tham gia bảo hiểm y tế (6 tháng đầu năm 2026) đã bị sửa ngoài chương trình.")
    assert "Chạy lại chitieu audit acknowledge để xem danh sách hiện nay" in said
    assert len(_found(filled)) == 2  # both still found, no acknowledgement row

    again = _list(filled)  # listed again: both, another code
    assert again != code
    assert _acknowledge(filled, again) == 0
    out = capsys.readouterr().out
    assert "Đã ghi nhận đã kiểm tra 2 thay đổi" in out and "bảo hiểm y tế" in out
    assert _found(filled) == ["tamper_ack"]


def test_a_listed_figure_changed_again_is_refused(filled, capsys):
    """The same change, the same words, another figure: the code no longer matches."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    code = _list(filled)
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '999999' WHERE indicator = '{BUDGET}'")
    assert _acknowledge(filled, code) == 2
    said = capsys.readouterr().err
    assert ("từ lúc liệt kê, lịch sử số liệu nay tìm thấy 1 thay đổi không đúng như danh sách đã liệt kê: có thay "
            "đổi khác, hoặc có thay đổi trong danh sách mà số liệu đã bị sửa lần nữa (số liệu đã xem không còn là số "
            "liệu đang lưu). Chạy lại chitieu audit acknowledge") in said
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
    assert "Mã danh sách «ABC-DEF» không đúng dạng: cần 16 chữ cái và chữ số" in capsys.readouterr().err
    assert len(_found(filled)) == 1
    assert main(["--data-dir", str(filled), "--user", ADMIN[0], "audit", "acknowledge"]) == 1
    said = capsys.readouterr().err  # each listing its own code: this one's
    code = re.search(r"^Mã danh sách: ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})$", said, re.MULTILINE).group(1)
    assert f"Mã danh sách: {code}\nChưa ghi nhận gì. Kiểm tra các thay đổi trên rồi chạy lại với --yes {code} để xác " \
        "nhận đã kiểm tra đúng các thay đổi này" in said


def test_the_officer_is_told_it_is_the_administrators_before_any_code(filled, monkeypatch, capsys):
    """Another role is refused as not permitted, not asked for a code it could never use."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    monkeypatch.setenv("CHITIEU_PASSWORD", OFFICER[1])
    assert main(["--data-dir", str(filled), "--user", OFFICER[0], "audit", "acknowledge", "--yes"]) == 2
    assert "Quản trị" in capsys.readouterr().err


# Two states of Tân Cương's budget figure for 2026-6M (45.000 as entered, only a note of characters
# printed as nothing; then 99.999) whose 12-character codes were the same, NA7U-JXDN-ZNEQ: found by
# `_search` in 8 s.
_INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060"]


def _note(i: int) -> str:
    return "".join(_INVISIBLE[(i >> (2 * k)) & 3] for k in range(11))


SHOWN, RECORDED = ("45000", _note(147990)), ("99999", _note(144226))


def _old_code(found) -> str:
    """The code before the salt (68d9ba1): 20 bits of the messages, 40 of messages and marks, the messages
    as that version wrote them (the period by its code)."""
    found = [type("T", (), {"message": t.message.replace("(6 tháng đầu năm 2026)", "(kỳ 2026-6M)"), "mark": t.mark})
             for t in found]

    def b32(value):
        data = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
        return base64.b32encode(hashlib.sha256(data).digest()[:10]).decode("ascii")
    return b32([t.message for t in found])[:4] + b32([[t.message, t.mark] for t in found])[:8]


def _search(message: str, key=("05503", "2026-6M", BUDGET)) -> tuple[int, int]:
    """The birthday search that found SHOWN and RECORDED (red-team 10's, on this fixture's figure)."""
    def code(value, note):
        return _old_code([type("T", (), {"message": message, "mark": (
            "record", "entries", *key, digest("entries", key, (None, None, value, None, None, note)))})])
    shown = {code(SHOWN[0], _note(i)): i for i in range(1 << 20)}
    j = 0
    while code(RECORDED[0], _note(j)) not in shown:
        j += 1
    return shown[code(RECORDED[0], _note(j))], j


def _findings(data_dir) -> list:
    ws = Workspace.open(data_dir)
    try:
        ws.login(*ADMIN)
        return ws.verify_history()
    finally:
        ws.close()


def _write(data_dir, state) -> None:
    edit_with_sqlite3(data_dir, f"UPDATE entries SET value = '{state[0]}', comment = '{state[1]}' "
                                f"WHERE indicator = '{BUDGET}'")


def test_a_state_that_collided_under_the_old_code_is_refused(filled, capsys):
    """Red-team 10's steps: the administrator is shown 45.000 (an invisible note changed), lists; then
    99.999 is written, a state chosen to give the same 12-character code. It is refused, nothing
    recorded, and audit verify still names the change."""
    _write(filled, SHOWN)
    shown = _findings(filled)
    code = _list(filled)
    _write(filled, RECORDED)  # after the listing
    recorded = _findings(filled)
    assert shown[0].message == recorded[0].message and shown[0].mark != recorded[0].mark
    assert _old_code(shown) == _old_code(recorded) == "NA7UJXDNZNEQ", "the pair no longer collides: run _search"
    capsys.readouterr()
    assert _acknowledge(filled, code) == 2
    assert f"Chưa xác nhận, chưa ghi nhận gì: mã {code} không phải mã" in capsys.readouterr().err
    assert _found(filled) == [recorded[0].message]  # no acknowledgement row
    assert main(["--data-dir", str(filled), "--user", ADMIN[0], "audit", "verify"]) == 1


def test_each_listing_draws_its_own_salt(filled, capsys):
    """Listed twice, the same change gives two codes (a pair prepared for one cannot be relied on);
    either acknowledges while nothing has changed."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    first, second = _list(filled), _list(filled)
    assert first[:4] != second[:4] and first[5:] != second[5:]
    assert _acknowledge(filled, first) == 0
    assert _found(filled) == ["tamper_ack"]


def test_a_code_of_the_old_form_is_refused_saying_to_list_again(filled, capsys):
    """A 12-character code noted before the upgrade: refused as the old form, nothing recorded."""
    edit_with_sqlite3(filled, f"UPDATE entries SET value = '60000' WHERE indicator = '{BUDGET}'")
    assert _acknowledge(filled, "na7u-jxdn-zneq") == 2
    assert capsys.readouterr().err == (
        "Lỗi: Mã danh sách «na7u-jxdn-zneq» là mã dạng cũ (12 ký tự), phiên bản này không nhận nữa: mã nay gồm 16 chữ "
        "cái và chữ số, mỗi lần liệt kê một mã mới. Chạy lại chitieu audit acknowledge (không có --yes) để liệt kê "
        "lại các thay đổi, kiểm tra chúng, rồi xác nhận bằng mã mới in dưới danh sách. Chưa ghi nhận gì.\n")
    assert len(_found(filled)) == 1
