"""Red-team 15, finding 5: a `chitieu.db` copied over by hand beside the `-wal` of a run that was
stopped abruptly is damaged (SQLite replays the old log onto the copy), and every command of the
command line printed a raw `sqlite3.DatabaseError` traceback. The command line's one error
boundary (`cli.run`) now says which database cannot be read, why, and how to restore it, and
ends with code 2, whichever command met the damage, opening the database or reading it later."""
from __future__ import annotations

import pytest

from desktop_app.cli import run
from desktop_app.services import Workspace

COMMANDS = [["status"], ["audit", "verify"], ["show", "--period", "2026-6M"],
            ["set", "--period", "2026-6M", "--indicator", "bhyt", "--numerator", "1", "--denominator", "2"]]


def _damaged(tmp_path, *, stale_wal: bool):
    ws = Workspace.open(tmp_path, user="can-bo")
    ws.setup("tan cuong", "Nguyễn Văn An", "Trần Thị Bình", "Chủ tịch", "UBND")
    ws.close()
    db = tmp_path / "chitieu.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\x0d\xff" * 1998  # the first page's tables (the schema) made garbage
    db.write_bytes(bytes(data))
    if stale_wal:
        (tmp_path / "chitieu.db-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(4092))
    return db


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0] if c[0] != "audit" else "audit-verify")
def test_a_damaged_database_is_said_so_without_a_traceback(tmp_path, capsys, command):
    db = _damaged(tmp_path, stale_wal=True)
    assert run(["--data-dir", str(tmp_path), *command]) == 2
    out = capsys.readouterr()
    assert out.out == "" and "Traceback" not in out.err
    assert out.err.startswith(f"Lỗi: Cơ sở dữ liệu {db} không đọc được (tệp cơ sở dữ liệu bị hỏng). Bên cạnh nó còn "
                              "tệp chitieu.db-wal của lần chạy trước (chương trình đã bị tắt đột ngột): nếu tệp "
                              "chitieu.db vừa được chép đè bằng tay, SQLite đã ghép tệp chitieu.db-wal cũ ấy vào bản "
                              "chép và làm nó hỏng.")
    assert "Hãy mở cửa sổ chương trình (lệnh chitieu gui): chương trình đề nghị khôi phục bản sao lưu" in out.err


def test_without_a_log_beside_it_none_is_named(tmp_path, capsys):
    db = _damaged(tmp_path, stale_wal=False)
    assert run(["--data-dir", str(tmp_path), "status"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"Lỗi: Cơ sở dữ liệu {db} không đọc được (tệp cơ sở dữ liệu bị hỏng). Hãy mở cửa sổ")
    assert "-wal" not in err
